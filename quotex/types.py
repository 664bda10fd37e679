"""The values quotex returns.

Every value is frozen: a :class:`Quote` can be hashed, compared, stored in a
set and shared between threads. Offsets are Python string offsets (code
points) into the text given to :func:`quotex.extract_quotes`, end exclusive,
so ``source[q.start:q.end] == q.text`` always holds.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, get_args

import attrs

QuoteKind = Literal["direct", "mixed", "indirect"]
"""``direct``: a quotation set off by its marks as what someone said.
``mixed``: a partial quotation woven into the narrator's sentence
(``He called it "a disaster" and left``); with ``indirect`` asked for, the
whole reported content a quotation is woven into. ``indirect``: reported
speech without marks (``Trump said the system is rigged``), read only when
asked for (see ``docs/reported.md``)."""

KINDS = frozenset(get_args(QuoteKind))
"""Every kind of quotation quotex knows."""
_KINDS = KINDS


def _check_span(name: str, span: object) -> None:
    if not (isinstance(span, tuple) and len(span) == 2):
        raise TypeError(f"{name} must be a (start, end) tuple or None, not {span!r}")
    start, end = span
    if not (isinstance(start, int) and isinstance(end, int)):
        raise TypeError(f"{name} must be a (start, end) tuple of ints, not {span!r}")
    if not 0 <= start <= end:
        raise ValueError(f"{name} must have 0 <= start <= end, not {span!r}")


@attrs.frozen
class Quote:
    """One quotation and what the text says about who said it.

    Attributes:
        text: The quoted words, without the quotation marks; for reported
            speech, the reported content.
        start: Offset of the first quoted character (just after the opening mark).
        end: Offset just past the last quoted character (the closing mark's offset).
        kind: ``"direct"``, ``"mixed"`` or ``"indirect"`` (see :data:`QuoteKind`).
        speaker: The resolved name of the speaker, in the fullest form the text
            gives ("Jens Stoltenberg" for "He" or "NATO SG Stoltenberg"), or
            ``None`` when the text does not say. Never a pronoun.
        speaker_mention: The words the attribution was read from, as written
            ("He", "NATO SG Stoltenberg", "his host"), or ``None``.
        speaker_mention_span: ``(start, end)`` of :attr:`speaker_mention`.
        cue: The reporting words as written ("said", "went on", "according to"),
            or ``None`` when the speaker was found without one.
        cue_span: ``(start, end)`` of :attr:`cue`.
        cue_lemma: The dictionary form of the cue ("say" for "said").
        rule: The name of the attribution rule that decided the speaker
            (see ``docs/rules.md``), or ``None`` when no rule applied.
        open_mark: The opening quotation mark as written; ``""`` for
            reported speech (``indirect``, and ``mixed`` over a reported
            content).
        close_mark: The closing mark as written, or ``""`` when the quotation
            was never closed and ends at its paragraph's end, and for
            reported speech.
        confidence: How far to trust :attr:`speaker`: the precision the
            deciding rule measured on annotated news and novels, in text
            like this one (dialogue or reporting), from 0 to 1; ``None``
            when there is no speaker. See ``docs/rules.md``.
    """

    text: str
    start: int
    end: int
    kind: QuoteKind = "direct"
    speaker: str | None = None
    speaker_mention: str | None = None
    speaker_mention_span: tuple[int, int] | None = None
    cue: str | None = None
    cue_span: tuple[int, int] | None = None
    cue_lemma: str | None = None
    rule: str | None = None
    open_mark: str = '"'
    close_mark: str = '"'
    confidence: float | None = None

    def __attrs_post_init__(self) -> None:
        # Checked on every construction, attrs.evolve included: offsets that
        # hold their text (text[start:end] == quote.text) are the promise every
        # reader relies on.
        if self.kind not in _KINDS:
            raise ValueError(f"kind must be one of {', '.join(sorted(_KINDS))}, not {self.kind!r}")
        if self.speaker_mention_span is not None:
            _check_span("speaker_mention_span", self.speaker_mention_span)
        if self.cue_span is not None:
            _check_span("cue_span", self.cue_span)
        if not 0 <= self.start <= self.end:
            raise ValueError(
                f"a Quote needs 0 <= start <= end, got start={self.start}, end={self.end}"
            )
        if self.confidence is not None and not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence must be between 0 and 1, not {self.confidence!r}")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"a Quote's text must be end - start = {self.end - self.start} characters "
                f"long, got {len(self.text)}"
            )

    def __str__(self) -> str:
        """A one-line form for people; ``repr`` stays exact.

        Examples:
            >>> q = Quote(text="We are ready,", start=1, end=14, speaker="Jens Stoltenberg",
            ...           cue="said", open_mark="“", close_mark="”")
            >>> print(q)
            Jens Stoltenberg said: “We are ready,” (1-14)
            >>> print(Quote(text="Hi", start=1, end=3))
            (no speaker): "Hi" (1-3)
        """
        who = self.speaker if self.speaker is not None else "(no speaker)"
        cue = f" {self.cue}" if self.cue else ""
        return f"{who}{cue}: {self.open_mark}{self.text}{self.close_mark} ({self.start}-{self.end})"

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Quote:
        """The quote :meth:`to_dict` gave (spans may be lists, as JSON has them).

        Raises:
            TypeError: a key is not a field of ``Quote``, or a required one is
                missing.
            ValueError: the values break a rule of ``Quote`` (offsets out of
                order, unknown kind).

        Examples:
            >>> q = Quote(text="Hi", start=1, end=3, cue_span=(5, 9))
            >>> Quote.from_dict(q.to_dict()) == q
            True
        """
        names = {f.name for f in attrs.fields(cls)}
        unknown = sorted(set(data) - names)
        if unknown:
            raise TypeError(
                f"Quote.from_dict() got unknown key(s) {', '.join(unknown)}; "
                f"a Quote has {', '.join(sorted(names))}"
            )
        values = dict(data)
        for key in ("speaker_mention_span", "cue_span"):
            if isinstance(values.get(key), list):
                values[key] = tuple(values[key])
        return cls(**values)

    def to_dict(self) -> dict[str, Any]:
        """Every field as plain JSON-ready values (spans become lists).

        Examples:
            >>> Quote(text="Hi", start=1, end=3).to_dict()["text"]
            'Hi'
        """
        out = attrs.asdict(self)
        for key in ("speaker_mention_span", "cue_span"):
            if out[key] is not None:
                out[key] = list(out[key])
        return out
