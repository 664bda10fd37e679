"""Stage 2: find the quotation marks and pair them into quotations.

One compiled pattern finds every character that may be a quotation mark;
apostrophes inside words ("Russia’s", "don't") never count as marks. Each
mark is then read by what flanks it (space or punctuation on one side, a
word on the other) and paired with a stack, one pass over the marks, so the
work grows with the number of marks and never with their nesting.

Layouts handled:

* curly “…” and ‘…’, straight "…" and '…', newswire ``…'' and ''…'';
* « », » «, „ “, „ ”, ‚ ‘, ‹ ›, 「 」 and 『 』;
* nesting: an inner quotation belongs to the outer one and is not reported;
* a quotation running over paragraphs, each re-opened and only the last
  closed, is one quotation;
* a mark left open ends its quotation at its paragraph's end, so it never
  swallows the rest of the document.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterator
from typing import NamedTuple

import regex

from quotex.language import conventions
from quotex.segment import Paragraphs

LDQ = "\N{LEFT DOUBLE QUOTATION MARK}"
RDQ = "\N{RIGHT DOUBLE QUOTATION MARK}"
LSQ = "\N{LEFT SINGLE QUOTATION MARK}"
RSQ = "\N{RIGHT SINGLE QUOTATION MARK}"
LOW_DQ = "\N{DOUBLE LOW-9 QUOTATION MARK}"
LOW_SQ = "\N{SINGLE LOW-9 QUOTATION MARK}"
LAQ = "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
RAQ = "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
LSAQ = "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}"
RSAQ = "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}"
LCORNER = "\N{LEFT CORNER BRACKET}"
RCORNER = "\N{RIGHT CORNER BRACKET}"
LWCORNER = "\N{LEFT WHITE CORNER BRACKET}"
RWCORNER = "\N{RIGHT WHITE CORNER BRACKET}"

# Each opening mark and the marks that may close it. Mixed pairs ("“…\"")
# occur in scraped news, so the double marks close each other.
CLOSERS: dict[str, tuple[str, ...]] = {
    LDQ: (RDQ, '"', LDQ, "''"),
    '"': ('"', RDQ, LDQ, "''"),
    "``": ("''", '"', RDQ),
    "''": ("''", '"', RDQ),
    LOW_DQ: (LDQ, RDQ, '"'),
    RDQ: (RDQ,),  # Swedish and Finnish ”…”
    LSQ: (RSQ, "'", LSQ),
    "'": ("'", RSQ),
    LOW_SQ: (LSQ, RSQ),
    LAQ: (RAQ,),
    RAQ: (LAQ,),  # German and Danish »…«
    LSAQ: (RSAQ,),
    RSAQ: (LSAQ,),
    LCORNER: (RCORNER,),
    LWCORNER: (RWCORNER,),
}
# Openers that are often apostrophes or commas in disguise: a quotation they
# open is reported only once closed, and never hides a quotation inside it.
WEAK = frozenset({"'", LSQ, LOW_SQ})
# Marks that only ever open, whatever flanks them.
ALWAYS_OPEN = frozenset({LDQ, LOW_DQ, LOW_SQ, LAQ, LSAQ, LCORNER, LWCORNER, "``"})
# Marks that never open a quotation.
NEVER_OPEN = frozenset({RSQ, RCORNER, RWCORNER})

# Every mark that may open or close; the class is built from CLOSERS so the
# two always agree.
_MARK_CHARS = "".join(sorted({c for k, v in CLOSERS.items() for c in (k, *v) if len(c) == 1}))
# Letters and digits that are word characters for any reading of \w (ASCII,
# the Latin-1 letters and Latin Extended-A and B): an apostrophe between two
# of them ("don't", "Russia’s") is never a mark.
_LETTER = (
    "[A-Za-z0-9"
    "\N{LATIN CAPITAL LETTER A WITH GRAVE}-\N{LATIN CAPITAL LETTER O WITH DIAERESIS}"
    "\N{LATIN CAPITAL LETTER O WITH STROKE}-\N{LATIN SMALL LETTER O WITH DIAERESIS}"
    "\N{LATIN SMALL LETTER O WITH STROKE}-\N{LATIN SMALL LETTER Y WITH STROKE}]"
)
# One character that may be a mark, then what it is. An apostrophe between
# plain letters is dropped here; the few left beside other word characters
# (a combining accent, a non-Latin letter) by _between_words, as the standard
# library's engine has no \w of regex's reading. One regex pattern with \w
# says the same (a test holds the two together), but scans PolNeAR in 2.3
# times the time, and made a pass over it about 15 % slower.
_MARK = re.compile(
    rf"""
    [`{re.escape(_MARK_CHARS)}]
    (?:
        (?<=`)`                 # newswire doubled marks: ``
      | (?<=')'                 # and '', before the single '
      | (?<=[^`'\N{{RIGHT SINGLE QUOTATION MARK}}])   # any other mark
      | (?<=['\N{{RIGHT SINGLE QUOTATION MARK}}])     # ' and ’ unless between letters
        (?:(?<!{_LETTER}.)|(?!{_LETTER}))
    )
    """,
    re.VERBOSE,
)
_WORD = regex.compile(r"\w")
# Elisions that start with an apostrophe: 'tis, 'em, ’90s, 'n'.
_ELISION = regex.compile(r"(?i)(?:tis|twas|em|cause|cos|til|n|s|\d\d)\b")
# A later closing single mark in the same paragraph, for "the boys' books".
_LATER_SINGLE_CLOSE = regex.compile(r"\S['\N{RIGHT SINGLE QUOTATION MARK}](?=[\s.,;:!?)\]]|$)")

# What quotex takes for space beside a mark: white space and the zero-width
# marks. Every character str.isspace() accepts is below U+3000 (a test checks).
_SPACE = frozenset(c for c in map(chr, range(0x3001)) if c.isspace()) | {
    "\N{ZERO WIDTH NO-BREAK SPACE}",
    "\N{ZERO WIDTH SPACE}",
}
# A mark with one of these before it may open; with one after it, may close.
# No character of either is a word character (a test checks), so a mark
# beside one is never an apostrophe inside a word.
_OPEN_SIDE = _SPACE | frozenset("([{<\N{EM DASH}\N{EN DASH}-/") | frozenset(CLOSERS)
_CLOSE_SIDE = (
    _SPACE
    | frozenset(".,;:!?)]}>\N{EM DASH}\N{EN DASH}-/\N{HORIZONTAL ELLIPSIS}")
    | frozenset((RDQ, RSQ, '"', "'", RAQ, RSAQ, RCORNER, RWCORNER, LDQ))
)
# Single marks, which may be apostrophes.
_SINGLE = frozenset({"'", RSQ, LSQ, LOW_SQ, LSAQ, RSAQ})
# How far past a single line break the closing mark of a quotation that
# goes on over it is looked for: a few wrapped lines.
WRAPPED_REACH = 2000
# Open quotations kept at most: no real text nests deeper, and a text of
# nothing but openers then costs a bounded stack.
_MAX_DEPTH = 16
# A closing mark closes one of this many innermost open quotations (a stray
# opener inside a quotation does not keep it open), so each mark is compared
# with a bounded number of openers.
_CLOSE_SEARCH = 4
# Single marks that may be apostrophes: the two that open a quotation or an
# elision ('tis), and the two that may stand inside a word (don't, Russia’s).
_SINGLE_OPENERS = frozenset({"'", LSQ})
_APOSTROPHES = frozenset({"'", RSQ})
# Marks that do not open with space on both sides or on neither.
_UNFLANKED_NO_OPEN = NEVER_OPEN | {RDQ, "'", LSQ}


class Span(NamedTuple):
    """A quotation as its marks delimit it, before any attribution. (A named
    tuple: one is made per quotation, several times faster than a frozen
    attrs class.)

    Attributes:
        start: Offset of the first quoted character.
        end: Offset just past the last quoted character.
        open_at: Offset of the opening mark.
        close_at: Offset just past the closing mark (``end`` if unclosed).
        open_mark: The opening mark as written.
        close_mark: The closing mark as written, ``""`` when unclosed.
        paragraph: Number of the paragraph the quotation opens in.
        last_paragraph: Number of the paragraph it closes in.
    """

    start: int
    end: int
    open_at: int
    close_at: int
    open_mark: str
    close_mark: str
    paragraph: int
    last_paragraph: int


class _Open(NamedTuple):
    """A quotation opened and not yet closed."""

    at: int  # offset of its opening mark
    mark: str  # the opening mark
    paragraph: int  # the paragraph it opens in
    weak: bool  # whether the mark is WEAK
    # whether it is reported when closed: an inner quotation is, only when
    # weak marks opened every quotation it is inside
    shown: bool


def _between_words(text: str, pos: int) -> bool:
    """True when the single mark at ``pos`` has a word character on both
    sides, by regex's reading of \\w: an apostrophe, never a mark."""
    return (
        pos > 0
        and _WORD.match(text, pos - 1) is not None
        and _WORD.match(text, pos + 1) is not None
    )


def _marks(text: str) -> Iterator[tuple[int, str]]:
    """Offset and token of every quotation mark in ``text``, in order."""
    for m in _MARK.finditer(text):
        pos, tok = m.start(), m[0]
        if not (tok in _APOSTROPHES and _between_words(text, pos)):
            yield pos, tok


def _mark_at(text: str, pos: int) -> str | None:
    """The mark that starts at ``pos``, if one does."""
    m = _MARK.match(text, pos)
    if m is None or (m[0] in _APOSTROPHES and _between_words(text, pos)):
        return None
    return m[0]


def may_quote(text: str) -> bool:
    """Whether ``text`` holds a character that may be a quotation mark; when
    not, it has no quotation and needs no paragraphs either.

    Examples:
        >>> may_quote("It’s late, isn’t it?"), may_quote('He said "no".')
        (False, True)
    """
    return _MARK.search(text) is not None


def find_spans(text: str, paras: Paragraphs, lang: str = "en") -> list[Span]:
    """Pair the quotation marks of ``text`` into quotations, in text order,
    by the conventions of ``lang`` (its conventions.txt: which marks only
    close, ditto marks, quotations over wrapped lines).

    Examples:
        >>> from quotex.segment import paragraphs
        >>> s = 'He said, "It is late."'
        >>> [(q.start, q.end, s[q.start:q.end]) for q in find_spans(s, paragraphs(s))]
        [(10, 21, 'It is late.')]
    """
    flags = conventions(lang)
    always_open, unflanked = ALWAYS_OPEN, _UNFLANKED_NO_OPEN
    if "inward_guillemets" in flags:
        always_open -= {LAQ}
    if "low_opening_marks" in flags:
        # “ after a word closes „…“; „ opens against its first word, and
        # between spaces is a ditto mark
        always_open -= {LDQ}
        unflanked |= {LOW_DQ}
    pairing = _Pairing(text, paras, always_open, unflanked, "wrapped_quotations" in flags)
    # a mark that only closes, read first, closes a quotation the text (an
    # excerpt) begins inside
    pairing.begun_inside = ALWAYS_OPEN - always_open
    for pos, tok in _marks(text):
        pairing.read(pos, tok)
    return pairing.finish()


class _Pairing:
    """The pairing of one text's marks, read in text order: a stack of the
    open quotations, innermost last, the paragraph being read, and the
    quotations found."""

    def __init__(
        self,
        text: str,
        paras: Paragraphs,
        always_open: frozenset[str],
        unflanked_no_open: frozenset[str],
        wrapped_lines: bool,
    ) -> None:
        self.text = text
        self.paras = paras
        self.always_open = always_open
        self.unflanked_no_open = unflanked_no_open
        self.wrapped_lines = wrapped_lines
        self.begun_inside: frozenset[str] = frozenset()
        # where the text's last mark is behind: nothing after it opens or closes
        self.unmarked_from = len(text) + 1
        self.first_mark = True
        self.last_para = len(paras.starts) - 1
        self.para = 0
        self.para_end = paras.ends[0]
        # offset of the mark that carries a quotation into a new paragraph
        self.reopen_at = -1
        self.stack: list[_Open] = []
        self.found: list[Span] = []

    def read(self, pos: int, tok: str) -> None:
        """Read the mark ``tok`` at ``pos``: it closes an open quotation,
        opens one, or neither."""
        if pos >= self.para_end and self.para < self.last_para:
            self._enter_paragraph(pos)
            if pos == self.reopen_at:
                return  # it re-opens a quotation that goes on
        text = self.text
        end = pos + len(tok)
        # white space or punctuation before a mark lets it open, after it close
        opening = pos == 0 or text[pos - 1] in _OPEN_SIDE
        closing = end == len(text) or text[end] in _CLOSE_SIDE
        only_opens = opening and not closing
        if self.first_mark:
            self.first_mark = False
            if tok in self.begun_inside and closing and not opening:
                self._emit(_Open(0, "", 0, False, True), pos, end, tok, self.para)
                return
        if self.stack and not only_opens and self._close(pos, tok):
            return
        if len(self.stack) < _MAX_DEPTH and self._may_open(pos, tok, opening, closing):
            self._open(pos, tok)

    def finish(self) -> list[Span]:
        """The quotations found, outermost only, in text order."""
        if self.stack:
            self._end_paragraph(self.para)
        # an inner quotation is found before the one it is inside
        self.found.sort(key=operator.attrgetter("start"))
        return outermost(self.found)

    def _enter_paragraph(self, pos: int) -> None:
        """Go on to the paragraph that holds ``pos``, ending what is open at
        the end of each paragraph on the way."""
        starts = self.paras.starts
        while self.stack and self.para < self.last_para and starts[self.para + 1] <= pos:
            self.reopen_at = self._end_paragraph(self.para)
            self.para += 1
        self.para = self.paras.index(pos)
        self.para_end = self.paras.ends[self.para]

    def _end_paragraph(self, p: int) -> int:
        """End what is open at the end of paragraph ``p``, unless the next
        paragraph re-opens it; the offset of the re-opening mark, or -1."""
        if self._reopened(p):
            del self.stack[1:]
            return self.paras.starts[p + 1]
        if self.wrapped_lines and self._goes_on(p):
            return -1
        # the outermost quotation a weak mark did not open ends here
        strong = next((entry for entry in self.stack if not entry.weak), None)
        if strong is not None:
            end = self.paras.ends[p]
            self._emit(strong, end, end, "", p)
        self.stack.clear()
        return -1

    def _goes_on(self, p: int) -> bool:
        """Whether the quotation open at the end of paragraph ``p`` goes on
        over a single line break (a hard-wrapped line that the paragraph
        split took for a paragraph's end): the next double mark after it
        closes the outermost open quotation, or no mark follows at all."""
        if p >= self.last_para:
            return False
        start = self.paras.starts[p + 1]
        if self.text[self.paras.ends[p] : start] != "\n":
            return False
        if start >= self.unmarked_from:
            return True
        for found in _MARK.finditer(self.text, start, start + WRAPPED_REACH):
            pos, tok = found.start(), found[0]
            if tok not in _SINGLE:  # an apostrophe, or a quotation inside
                base = self.stack[0].mark
                return tok in CLOSERS[base] and self.text[pos - 1] not in _OPEN_SIDE
        if _MARK.search(self.text, start) is None:
            self.unmarked_from = start  # remembered: the rest is read once
            return True
        return False

    def _reopened(self, p: int) -> bool:
        """Whether the paragraph after ``p`` opens with a mark that carries on
        the outermost open quotation (each paragraph of a long quotation is
        re-opened, and only the last closed)."""
        if p >= self.last_para:
            return False
        tok = _mark_at(self.text, self.paras.starts[p + 1])
        base = self.stack[0].mark
        # a mark that only closes ("’") is in no CLOSERS entry of its own
        return tok is not None and (
            tok == base or (base in CLOSERS.get(tok, ()) and tok not in WEAK)
        )

    def _open(self, pos: int, tok: str) -> None:
        """Open a quotation with the mark ``tok`` at ``pos``."""
        stack = self.stack
        shown = not stack or (stack[-1].weak and stack[-1].shown)
        stack.append(_Open(pos, tok, self.para, tok in WEAK, shown))

    def _close(self, pos: int, tok: str) -> bool:
        """Close the innermost of the _CLOSE_SEARCH innermost open quotations
        that ``tok`` at ``pos`` may close, and every one inside it; whether
        there was one."""
        stack = self.stack
        for k in reversed(range(max(0, len(stack) - _CLOSE_SEARCH), len(stack))):
            if tok in CLOSERS[stack[k].mark]:
                break
        else:
            return False
        if tok in _APOSTROPHES and _apostrophe_not_closer(self.text, pos, self.para_end):
            return False
        if stack[k].shown:
            self._emit(stack[k], pos, pos + len(tok), tok, self.para)
        del stack[k:]
        return True

    def _may_open(self, pos: int, tok: str, opening: bool, closing: bool) -> bool:
        """Whether ``tok`` at ``pos`` may open a quotation, by what flanks it."""
        if self.text[pos - 1 : pos] == "=":
            return False  # an attribute value in markup: <a href="...">
        if opening == closing:  # space on both sides or on neither
            return tok not in self.unflanked_no_open
        if closing:
            # “ opens here only with nothing open
            return tok in self.always_open and not (tok == LDQ and self.stack)
        # not the apostrophe of an elision ('tis, ’90s)
        elision = tok in _SINGLE_OPENERS and _ELISION.match(self.text, pos + 1) is not None
        return tok not in NEVER_OPEN and not elision

    def _emit(self, entry: _Open, end: int, close_at: int, close_mark: str, para: int) -> None:
        """Report the quotation ``entry`` opens, ending at ``end`` in
        paragraph ``para``, without the white space just inside its marks."""
        text = self.text
        start = entry.at + len(entry.mark)
        while start < end and text[start] in _SPACE:
            start += 1
        while end > start and text[end - 1] in _SPACE:
            end -= 1
        if end > start:
            self.found.append(
                Span(start, end, entry.at, close_at, entry.mark, close_mark, entry.paragraph, para)
            )


def _apostrophe_not_closer(text: str, pos: int, para_end: int) -> bool:
    """True when the ' or ’ at ``pos`` is a plural possessive ("the boys'
    books") inside a quotation: a single mark after an s, followed by a word,
    with a closer later on."""
    if pos >= 2 and text[pos - 2] in ("'", RSQ):
        return True  # rock 'n' roll
    if text[pos - 1] not in "sSzZ" or text[pos + 1 : pos + 2] != " ":
        return False
    if not text[max(0, pos - 4) : pos].isalpha() or not text[pos + 2 : pos + 3].isalnum():
        return False
    return _LATER_SINGLE_CLOSE.search(text, pos + 1, para_end) is not None


def outermost(spans: list[Span]) -> list[Span]:
    """Keep only outermost quotations of ``spans`` (sorted by where they
    open, the outer first): an inner one is part of its outer one."""
    kept: list[Span] = []
    reach = -1
    for s in spans:
        if s.open_at < reach:
            continue
        kept.append(s)
        reach = s.close_at
    return kept
