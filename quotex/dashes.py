"""Stage 2b: dialogue set with dashes.

French and Spanish fiction (and much else outside English) sets dialogue
without quotation marks: a paragraph that opens with a dash is a line of
speech, running to the paragraph's end. Inside the line, the narrator's
words are set off by dashes again, and are not part of what is said:

* Spanish, the raya: ``—Espero que sí —dijo Azucena—. Afortunadamente…``
  is two quotations, "Espero que sí" and "Afortunadamente…";
* French: ``— Madame Krafft ? – continua le domestique. – C’est ta mère ?``.

Each dash inside a dash line switches between speech and narration, so a
narrator's aside ends at the next dash or at the paragraph's end. The
quotations read here are :class:`~quotex.marks.Span` values like those
:func:`~quotex.marks.find_spans` pairs from marks, and :func:`merge_spans`
merges the two lists in text order, never overlapping. The language's data
says whether dash dialogue is read at all (English does not read it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quotex.marks import Span, outermost
from quotex.segment import Paragraphs

EM_DASH = "\N{EM DASH}"
EN_DASH = "\N{EN DASH}"
BAR = "\N{HORIZONTAL BAR}"
# The dashes that open a line of dialogue and set off the narrator in it.
DIALOGUE_DASHES = frozenset((EM_DASH, EN_DASH, BAR))

# A dash at the start of a line, after its indent: found by a scan for the
# line break, the first line on its own.
_LINE_DASH = re.compile(
    rf"(?:^|(?<=\n))[ \t\N{{NO-BREAK SPACE}}]*(?P<dash>[{EM_DASH}{EN_DASH}{BAR}])"
)
# Every dash that switches between speech and narration inside a line.
_INNER_DASH = re.compile(rf"[{EM_DASH}{EN_DASH}{BAR}]")
# What is left off the start of a piece of speech: space, and the
# punctuation that closes the narrator's aside before it ("—dijo—. Sí").
_LEADING = " \t\N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}\N{THIN SPACE}.,;:"
# What is left off its end: space only (its punctuation is the speaker's).
_TRAILING = " \t\N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}\N{THIN SPACE}\r\n"


def may_have_dashes(text: str) -> bool:
    """Whether ``text`` holds a dash that may open a line of dialogue.

    Examples:
        >>> may_have_dashes("—Sí."), may_have_dashes("Yes.")
        (True, False)
    """
    return any(d in text for d in DIALOGUE_DASHES)


def find_dash_spans(text: str, paras: Paragraphs) -> list[Span]:
    """The speech of every paragraph that opens with a dash, in text order:
    one span for each stretch the narrator's asides leave.

    Examples:
        >>> from quotex.segment import paragraphs
        >>> s = "Ella sonrió.\\n—Espero que sí —dijo Azucena—. Afortunadamente, no."
        >>> [s[q.start:q.end] for q in find_dash_spans(s, paragraphs(s))]
        ['Espero que sí', 'Afortunadamente, no.']
    """
    found: list[Span] = []
    for m in _LINE_DASH.finditer(text):
        at = m.start("dash")
        p = paras.index(at)
        if paras.starts[p] == at:  # a dash that opens its paragraph
            found.extend(_line_spans(text, at, paras.ends[p], p))
    return found


def _line_spans(text: str, at: int, end: int, p: int) -> Iterator[Span]:
    """The pieces of speech of the dash line opening at ``at`` and ending at
    ``end`` in paragraph ``p``: every other stretch between its dashes."""
    open_at, speech = at, True
    for m in _INNER_DASH.finditer(text, at + 1, end):
        if speech:
            span = _piece(text, open_at, m.start(), p)
            if span is not None:
                yield span
        open_at, speech = m.start(), not speech
    if speech:
        span = _piece(text, open_at, end, p)
        if span is not None:
            yield span


def _piece(text: str, open_at: int, hi: int, p: int) -> Span | None:
    """The piece of speech after the dash at ``open_at`` up to ``hi``, trimmed,
    or ``None`` when nothing but punctuation is left."""
    start, end = open_at + 1, hi
    while start < end and text[start] in _LEADING:
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    if end == start:
        return None
    return Span(start, end, open_at, end, text[open_at], "", p, p)


def merge_spans(marked: list[Span], dashed: list[Span]) -> list[Span]:
    """The quotations of marks and of dash lines in one list, in text order,
    never overlapping. A line whose speech opens with a quotation mark
    (``— « Oui. »``) is read by its marks; otherwise, of two overlapping
    spans, the one that opens first stays (a quotation inside a line of
    speech is part of it).

    Examples:
        >>> a = Span(3, 7, 2, 8, "«", "»", 0, 0)
        >>> b = Span(2, 9, 0, 9, "—", "", 0, 0)
        >>> merge_spans([a], [b]) == [a]
        True
    """
    if not dashed:
        return marked
    opened = {s.open_at for s in marked}
    candidates = marked + [s for s in dashed if s.start not in opened]
    candidates.sort(key=lambda s: (s.open_at, -s.close_at))
    return outermost(candidates)
