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

import bisect
import itertools
import operator
import re
from collections.abc import Iterator
from typing import NamedTuple

import regex

from quotex.patterns import NOT_CONCURRENT
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
# Letters and digits that are word characters for any reading of \w: an
# apostrophe between two of them ("don't", "Russia’s") is never a mark.
_LETTER = r"[A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]"
# The standard library's re scans for a pattern that starts with a character
# class at C speed, skipping every other character, several times faster than
# regex or an alternation does; so the pattern takes one character that may
# start a mark and decides after it what it is. Most apostrophes ("don't",
# "Russia’s") sit between plain letters and are dropped here; the few left
# (beside a combining accent, a non-Latin letter) are read in Python with
# regex's \w, by _between_words, as the marks stage always has.
_MARK = re.compile(
    r"""
    [`"""
    + re.escape(_MARK_CHARS)
    + r"""]
    (?:
        (?<=`)`                 # newswire doubled marks: ``
      | (?<=')'                 # and '', before the single '
      | (?<=[^`'\N{RIGHT SINGLE QUOTATION MARK}])     # any other mark
      | (?<=['\N{RIGHT SINGLE QUOTATION MARK}])        # ' and ’ unless between letters
        (?:(?<!"""
    + _LETTER
    + r""".)|(?!"""
    + _LETTER
    + r"""))
    )
    """,
    re.VERBOSE,
)
# The same marks, found one character at a time: a scan for one fixed
# character (str.find, or a pattern that opens with it) is several times
# faster than re's scan for a class of characters. The marks of different
# characters never overlap (a two-mark token is one character twice), so the
# marks of each character, merged in order, are what _MARK finds.
_APOSTROPHE_OK = r"(?:(?<!" + _LETTER + r".)|(?!" + _LETTER + r"))"
_BY_CHARACTER = {
    "`": re.compile("``"),
    "'": re.compile("'(?:'|" + _APOSTROPHE_OK + ")"),
    RSQ: re.compile(RSQ + _APOSTROPHE_OK),
}
_SCANNED = tuple(sorted(set(_MARK_CHARS) | set(_BY_CHARACTER)))
# Marks are merged a stretch of text at a time, so that a text made of
# nothing but marks costs memory for one stretch only.
_STRETCH = 1 << 16


def _scan(text: str) -> Iterator[list[tuple[int, str]]]:
    """Offset and token of every mark _MARK finds in ``text``, in order, in
    lists of the marks of one stretch of text."""
    size = len(text)
    present = [c for c in _SCANNED if c in text]
    resume = dict.fromkeys(present, 0)  # where each character's scan goes on
    find = text.find
    lo = 0
    while lo < size:
        hi = min(size, lo + _STRETCH)
        found: list[tuple[int, str]] = []
        for c in present:
            pattern = _BY_CHARACTER.get(c)
            if pattern is None:
                at = find(c, resume[c], hi)
                while at >= 0:
                    found.append((at, c))
                    at = find(c, at + 1, hi)
                resume[c] = hi
                continue
            # a token is at most two characters and looks one past itself:
            # a mark that starts before hi is read whole
            at = resume[c]
            for m in pattern.finditer(text, at, hi + 2):
                if m.start() >= hi:
                    break
                found.append((m.start(), m[0]))
                at = m.end()
            resume[c] = max(at, hi)
        found.sort()
        yield found
        lo = hi


_WORD = regex.compile(r"\w")
# Elisions that start with an apostrophe: 'tis, 'em, ’90s, 'n'.
_ELISION = regex.compile(r"(?i)(?:tis|twas|em|cause|cos|til|n|s|\d\d)\b")
# A later closing single mark in the same paragraph, for "the boys' books".
_LATER_SINGLE_CLOSE = regex.compile(r"\S['\N{RIGHT SINGLE QUOTATION MARK}](?=[\s.,;:!?)\]]|$)")

# What quotex takes for space beside a mark: white space and the zero-width
# marks. Every character that str.isspace() accepts is below U+3000 (a test
# checks), so the set is built once instead of calling isspace() per mark.
_SPACE = frozenset(c for c in map(chr, range(0x3001)) if c.isspace()) | {"\ufeff", "\u200b"}
# A mark with one of these before it may open; with one after it, may close.
_OPEN_SIDE = _SPACE | frozenset("([{<\N{EM DASH}\N{EN DASH}-/") | frozenset(CLOSERS)
_CLOSE_SIDE = (
    _SPACE
    | frozenset(".,;:!?)]}>\N{EM DASH}\N{EN DASH}-/\N{HORIZONTAL ELLIPSIS}")
    | frozenset((RDQ, RSQ, '"', "'", RAQ, RSAQ, RCORNER, RWCORNER, LDQ))
)
_MAX_DEPTH = 16
_CLOSE_SEARCH = 4
_START = operator.attrgetter("start")


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


# An open quotation on the stack: offset and mark of its opener, its
# paragraph, whether the opener is WEAK, and the marks that close it. A plain
# tuple, as most marks make one and a class instance costs several times as
# much to build.
_Open = tuple[int, str, int, bool, tuple[str, ...]]
# Single marks that may be apostrophes: the two that open a quotation or an
# elision ('tis), and the two that may stand inside a word (don't, Russia’s).
_SINGLE_OPENERS = frozenset({"'", LSQ})
_APOSTROPHES = frozenset({"'", RSQ})
# Marks that do not open with space on both sides or on neither.
_UNFLANKED_NO_OPEN = NEVER_OPEN | {RDQ, "'", LSQ}
# Spans are built by tuple.__new__: calling Span would run the named tuple's
# own __new__, a Python function, for each quotation.
_new_span = tuple.__new__


def _between_words(text: str, pos: int) -> bool:
    """True when the single mark at ``pos`` has a word character on both
    sides, by regex's reading of \\w: an apostrophe, never a mark."""
    return (
        pos > 0
        and pos + 1 < len(text)
        and _WORD.match(text, pos - 1, None, NOT_CONCURRENT) is not None
        and _WORD.match(text, pos + 1, None, NOT_CONCURRENT) is not None
    )


def _mark_at(text: str, pos: int) -> str | None:
    """The mark that starts at ``pos``, if one does."""
    m = _MARK.match(text, pos)
    if m is None:
        return None
    tok = m[0]
    if (tok == "'" or tok == RSQ) and _between_words(text, pos):
        return None
    return tok


def may_quote(text: str) -> bool:
    """Whether ``text`` holds a character that may be a quotation mark; when
    not, it has no quotation and needs no paragraphs either.

    Examples:
        >>> may_quote("It’s late, isn’t it?"), may_quote('He said "no".')
        (False, True)
    """
    # what _MARK.search would say, by the faster scans of _scan
    for c in _SCANNED:
        if c in text:
            pattern = _BY_CHARACTER.get(c)
            if pattern is None or pattern.search(text) is not None:
                return True
    return False


def find_spans(text: str, paras: Paragraphs) -> list[Span]:
    """Pair the quotation marks of ``text`` into quotations, in text order.

    Examples:
        >>> from quotex.segment import paragraphs
        >>> s = 'He said, "It is late."'
        >>> [(q.start, q.end, s[q.start:q.end]) for q in find_spans(s, paragraphs(s))]
        [(10, 21, 'It is late.')]
    """
    out: list[Span] = []
    stack: list[_Open] = []  # innermost last
    starts, ends = paras.starts, paras.ends
    para = 0
    last_para = len(starts) - 1
    para_end = ends[0]
    reopen_at = -1
    n = len(text)
    # whether a quotation inside another was reported (under weak openers)
    nested = False

    def emit(entry: _Open, end: int, close_at: int, close_mark: str, para_now: int) -> None:
        at, mark, para_open, _, _ = entry
        start = at + len(mark)
        while start < end and text[start] in _SPACE:
            start += 1
        while end > start and text[end - 1] in _SPACE:
            end -= 1
        if end > start:
            out.append(
                _new_span(Span, (start, end, at, close_at, mark, close_mark, para_open, para_now))
            )

    def end_paragraph(p: int) -> int:
        """Close what is open at the end of paragraph p; return a re-open offset."""
        base = stack[0][1]
        if p < last_para:
            nxt = starts[p + 1]
            tok = _mark_at(text, nxt)
            # a mark that only closes ("’") is in no CLOSERS entry of its own
            if tok is not None and (
                tok == base or (base in CLOSERS.get(tok, ()) and tok not in WEAK)
            ):
                del stack[1:]
                return nxt
        nonlocal nested
        for i, entry in enumerate(stack):
            if not entry[3]:
                if all(e[3] for e in stack[:i]):
                    emit(entry, ends[p], ends[p], "", p)
                    nested = nested or i > 0
                break
        stack.clear()
        return -1

    for pos, tok in itertools.chain.from_iterable(_scan(text)):
        end = pos + len(tok)
        if pos >= para_end and para < last_para:
            if stack:
                while para < last_para and starts[para + 1] <= pos:
                    if stack:
                        reopen_at = end_paragraph(para)
                    para += 1
            else:  # nothing to close on the way: go straight to pos's paragraph
                para = bisect.bisect_right(starts, pos, para) - 1
            para_end = ends[para]
            # a re-opening mark starts the paragraph: it is the first mark
            # read in it, and no later mark is at reopen_at
            if pos == reopen_at:
                continue
        prev = text[pos - 1] if pos else " "
        nxt = text[end] if end < n else " "
        # Read by its sides, a mark opens only, closes only, or may do
        # either; whether it may open is settled here, before it is tried as
        # a closer (which leaves the stack as it was when it closes nothing).
        if prev in _OPEN_SIDE:
            if nxt not in _CLOSE_SIDE:
                # opens only: it closes nothing, and opens unless it never
                # does or is the apostrophe of an elision ('tis, ’90s)
                if tok in NEVER_OPEN or (
                    tok in _SINGLE_OPENERS
                    and _ELISION.match(text, end, None, NOT_CONCURRENT) is not None
                ):
                    continue
                if len(stack) < _MAX_DEPTH:
                    stack.append((pos, tok, para, tok in WEAK, CLOSERS[tok]))
                continue
            opens = tok not in _UNFLANKED_NO_OPEN
        elif nxt in _CLOSE_SIDE:
            # closes only: opens only if it always does; “ opens here only
            # with nothing open
            opens = tok in ALWAYS_OPEN and not (tok == LDQ and stack)
        else:
            # no character of either side set is a word character, so only a
            # single mark with neither beside it may be an apostrophe after all
            if tok in _APOSTROPHES and _between_words(text, pos):
                continue
            opens = tok not in _UNFLANKED_NO_OPEN

        if stack:
            # the innermost open quotation, or one of the few below it, that
            # this mark may close (-1: none)
            k = len(stack) - 1
            if tok not in stack[k][4]:
                k = _closed_below(stack, tok)
            if k >= 0 and not (
                tok in _APOSTROPHES and _apostrophe_not_closer(text, pos, nxt, para_end)
            ):
                # an inner quotation is reported only under weak openers
                if k == 0:
                    emit(stack[k], pos, end, tok, para)
                elif all(e[3] for e in stack[:k]):
                    emit(stack[k], pos, end, tok, para)
                    nested = True
                del stack[k:]
                continue
        if opens and prev != "=" and len(stack) < _MAX_DEPTH:
            # (after "=", an attribute value in markup: <a href="...">)
            stack.append((pos, tok, para, tok in WEAK, CLOSERS[tok]))

    if stack:
        end_paragraph(last_para if para >= last_para else para)
    if not nested:
        # Only the outermost open quotation was ever reported, and reporting
        # it emptied the stack: each was opened after the one before it
        # closed, so they are in order and none holds another.
        return out
    out.sort(key=_START)
    return _drop_nested(out)


def _closed_below(stack: list[_Open], tok: str) -> int:
    """Index of the innermost of the open quotations under the innermost one,
    at most _CLOSE_SEARCH deep in all, that ``tok`` may close; -1 if none."""
    depth = len(stack)
    floor = depth - _CLOSE_SEARCH if depth > _CLOSE_SEARCH else 0
    for k in range(depth - 2, floor - 1, -1):
        if tok in stack[k][4]:
            return k
    return -1


def _apostrophe_not_closer(text: str, pos: int, nxt: str, para_end: int) -> bool:
    """True when the ' or ’ at ``pos`` is a plural possessive ("the boys'
    books") inside a quotation: a single mark after an s, followed by a word,
    with a closer later on."""
    if pos >= 2 and text[pos - 2] in ("'", RSQ):
        return True  # rock 'n' roll
    if text[pos - 1] not in "sSzZ" or nxt != " " or not text[max(0, pos - 4) : pos].isalpha():
        return False
    after = text[pos + 2] if pos + 2 < len(text) else ""
    if not after.isalnum():
        return False
    return _LATER_SINGLE_CLOSE.search(text, pos + 1, para_end, NOT_CONCURRENT) is not None


def _drop_nested(spans: list[Span]) -> list[Span]:
    """Keep only outermost quotations (an inner one is part of its outer one)."""
    kept: list[Span] = []
    reach = -1
    for s in spans:
        if s.open_at < reach:
            continue
        kept.append(s)
        reach = s.close_at
    return kept
