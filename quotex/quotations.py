"""The values the attribution stage works with.

A :class:`Quotation` is one quotation while the rules run: its span, the
frames read next to it, its kind, and what has been decided so far. A rule
answers with a :class:`Decision`, which names a :class:`Person`, a
description, or the speaker of another quotation.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import attrs

from quotex.frames import Frame
from quotex.marks import Span
from quotex.types import QuoteKind


class Person(NamedTuple):
    """Someone a rule names as the speaker.

    Attributes:
        core: The name's words without titles (``("Jens", "Stoltenberg")``).
        honorific: The honorific kept with a one-word name ("Mrs."
            Bennet, "Lord" Henry), or ``""``.
        gender: ``"m"``, ``"f"`` or ``"-"`` (unknown).
    """

    core: tuple[str, ...]
    honorific: str = ""
    gender: str = "-"

    @property
    def name(self) -> str:
        """The name as quotex reports it: "Mrs. Bennet", "Jens Stoltenberg"."""
        words = " ".join(self.core)
        return f"{self.honorific} {words}" if self.honorific else words


@attrs.define(eq=False)
class Quotation:
    """One quotation while the rules run (mutable: the runner fills it in).

    Attributes:
        index: Its place among the document's quotations.
        span: Where its marks put it.
        kind: ``"direct"`` or ``"mixed"`` (see :mod:`quotex.kinds`).
        frames: The frames read next to it whose rule is switched on, in
            the order they are tried.
        scare: Whether it is a scare quote or a title: reported only on
            request, attributed to nobody.
        frame: While the frame rules run, the frame being tried; then the
            frame that decided, or ``None``.
        speaker, core, gender: The decided speaker as reported, its name's
            words and its gender.
        mention, cue, lemma, rule: Where the speaker was read, the cue and its
            lemma, and the rule that decided.
        framed: Whether a frame rule decided.
    """

    index: int
    span: Span
    kind: QuoteKind = "direct"
    frames: Sequence[Frame] = ()
    scare: bool = False
    frame: Frame | None = None
    speaker: str | None = None
    core: tuple[str, ...] = ()
    gender: str = "-"
    mention: tuple[int, int] | None = None
    cue: tuple[int, int] | None = None
    lemma: str | None = None
    rule: str | None = None
    framed: bool = False

    @property
    def person(self) -> Person:
        """The decided speaker as a :class:`Person` (``core`` empty if none)."""
        honorific = ""
        if self.speaker and self.core and self.speaker != " ".join(self.core):
            honorific = self.speaker.split(" ", 1)[0]
        return Person(self.core, honorific, self.gender)

    @property
    def told(self) -> bool:
        """Whether a speaker or a mention of one has been found."""
        return self.speaker is not None or self.mention is not None


class Decision(NamedTuple):
    """What one rule decided for a quotation.

    At most one of ``person``, ``description`` and ``same_as`` is set; a
    decision with none of them says the rule applies but names nobody (a
    pronoun with no antecedent): the rules after it are not tried.

    Attributes:
        person: The speaker, resolved to a person of the document.
        description: A speaker named only by a description ("the company").
        same_as: A quotation whose speaker, as decided there, this one shares.
        mention: Where the speaker mention was read, if anywhere.
        cue: The cue's span, for a rule that read one.
        lemma: The cue's lemma.
    """

    person: Person | None = None
    description: str | None = None
    same_as: Quotation | None = None
    mention: tuple[int, int] | None = None
    cue: tuple[int, int] | None = None
    lemma: str | None = None
