"""One document as the layouts of reported speech read it."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from quotex.marks import Span
from quotex.reported.words import CLOSING_MARKS, FINAL_MARKS
from quotex.segment import Paragraphs, sentence_cuts


class Cue(NamedTuple):
    """One cue and the sentence it stands in.

    Attributes:
        start: Offset of the cue.
        end: Offset just past it.
        word: The cue as written ("said", "According to").
        lemma: Its dictionary form ("say", "according to").
        group: What the cue pattern read it as: ``"verb"``, ``"phrase"``
            or ``"noun"``.
        s0: Where its sentence starts.
        s1: Where its sentence ends, past its final punctuation.
    """

    start: int
    end: int
    word: str
    lemma: str
    group: str
    s0: int
    s1: int

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)`` of the cue."""
        return self.start, self.end


class Report(NamedTuple):
    """One report of speech read from the text, not yet attributed.

    Attributes:
        layout: Which layout read it (see :mod:`quotex.reported`).
        start: Offset of the content's first character.
        end: Offset just past the content.
        cue: ``(start, end)`` of the cue.
        lemma: The cue's dictionary form.
        mention: ``(start, end)`` of the speaker mention, or ``None``.
    """

    layout: str
    start: int
    end: int
    cue: tuple[int, int]
    lemma: str
    mention: tuple[int, int] | None


Reports = tuple[Report, ...]
"""What a layout reads from one cue: its report, or the two parts of a
content an aside splits; none when the layout does not fit."""


class ReportText:
    """One document's text, its sentences and its quotations.

    A paragraph is split into sentences when a cue first asks for one of
    them, and only as far as the sentence asked for, so text after a
    paragraph's last cue is never split.
    """

    def __init__(self, text: str, paras: Paragraphs, spans: Sequence[Span]) -> None:
        self.text = text
        self.paras = paras
        self.open = [s.open_at for s in spans]
        self.close = [s.close_at for s in spans]
        self._split = -1  # the paragraph split last
        self._cuts: list[int] = []  # its sentence starts read so far
        self._more: Iterator[int] = iter(())  # and the rest, read as asked for
        self._end = 0  # its end

    def sentence(self, pos: int) -> tuple[int, int]:
        """``(start, end)`` of the sentence holding ``pos``; ``end`` is
        past its final punctuation and closing marks."""
        p = self.paras.index(pos)
        if p != self._split:
            lo, self._end = self.paras.starts[p], self.paras.ends[p]
            self._split, self._cuts = p, [lo]
            self._more = sentence_cuts(self.text, lo, self._end, skip=self._inside)
        cuts = self._cuts
        while cuts[-1] <= pos and (cut := next(self._more, None)) is not None:
            cuts.append(cut)
        k = bisect.bisect_right(cuts, pos) - 1
        start, end = cuts[k], cuts[k + 1] if k + 1 < len(cuts) else self._end
        return start, len(self.text[start:end].rstrip()) + start

    def _inside(self, pos: int) -> bool:
        """Whether a sentence start at ``pos`` lies inside a quotation,
        past its opening mark: it starts no sentence of the text."""
        k = bisect.bisect_left(self.open, pos) - 1
        return k >= 0 and pos < self.close[k]

    def frames_quotation(self, pos: int) -> bool:
        """Whether only punctuation stands between a quotation's closing
        mark and ``pos``: a cue there frames that quotation."""
        k = bisect.bisect_right(self.close, pos) - 1
        if k < 0 or self.text[self.close[k] : pos].strip(" \t,\N{EM DASH}"):
            return False
        # '… “a friend.” He pledged …': a quotation that ends its sentence
        # frames no capitalised word after it
        inner = self.text[self.open[k] : self.close[k]].rstrip(CLOSING_MARKS)
        return not (inner.endswith(FINAL_MARKS) and self.text[pos : pos + 1].isupper())

    def holding(self, pos: int) -> int | None:
        """The offset past the closing mark of the quotation ``pos`` lies in,
        or ``None``."""
        k = bisect.bisect_right(self.open, pos) - 1
        return self.close[k] if k >= 0 and pos < self.close[k] else None

    def next_opening(self, start: int, end: int) -> int:
        """The offset of the first quotation's opening mark in
        ``start:end``, or ``end``."""
        k = bisect.bisect_left(self.open, start)
        return self.open[k] if k < len(self.open) and self.open[k] < end else end

    def last_quotation(self, pos: int) -> tuple[int, int] | None:
        """``(open_at, close_at)`` of the last quotation that closes at or
        before ``pos``, or ``None``."""
        k = bisect.bisect_right(self.close, pos) - 1
        return (self.open[k], self.close[k]) if k >= 0 else None

    def quoted(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a quotation's marks."""
        k = bisect.bisect_right(self.open, pos) - 1
        return k >= 0 and pos < self.close[k]
