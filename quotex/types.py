"""The values quotex returns.

Every value is frozen: a :class:`Quote` can be hashed, compared, stored in a
set and shared between threads. Offsets are Python string offsets (code
points) into the text given to :func:`quotex.extract_quotes`, end exclusive,
so ``source[q.start:q.end] == q.text`` always holds.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

QuoteKind = Literal["direct", "mixed", "indirect"]
"""``direct``: a quotation set off by its marks as what someone said.
``mixed``: a partial quotation woven into the narrator's sentence
(``He called it "a disaster" and left``). ``indirect`` is reserved for
reported speech without marks, which quotex 0.1 does not yet extract."""


@attrs.frozen
class Quote:
    """One quotation and what the text says about who said it.

    Attributes:
        text: The quoted words, without the quotation marks.
        start: Offset of the first quoted character (just after the opening mark).
        end: Offset just past the last quoted character (the closing mark's offset).
        kind: ``"direct"`` or ``"mixed"`` (see :data:`QuoteKind`).
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
        open_mark: The opening quotation mark as written.
        close_mark: The closing mark as written, or ``""`` when the quotation
            was never closed and ends at its paragraph's end.
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
