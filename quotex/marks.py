"""Stage 2: find the quotation marks and pair them into quotations.

One compiled pattern finds every character that may be a quotation mark;
apostrophes inside words ("Russia’s", "don't") never match it. Each mark is
then read by what flanks it (space or punctuation on one side, a word on the
other) and paired with a stack, one pass over the marks, so the work grows
with the number of marks and never with their nesting.

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

import attrs
import regex

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
_MARK = regex.compile(
    r"""
    ``|''                       # newswire doubled marks, before the single '
    | (?<!\w)['\N{RIGHT SINGLE QUOTATION MARK}]   # an apostrophe between
    | ['\N{RIGHT SINGLE QUOTATION MARK}](?!\w)    # letters never matches
    | ["""
    + regex.escape(_MARK_CHARS.replace("'", "").replace(RSQ, ""))
    + "]",
    regex.VERBOSE,
)
# Elisions that start with an apostrophe: 'tis, 'em, ’90s, 'n'.
_ELISION = regex.compile(r"(?i)(?:tis|twas|em|cause|cos|til|n|s|\d\d)\b")
# A later closing single mark in the same paragraph, for "the boys' books".
_LATER_SINGLE_CLOSE = regex.compile(r"\S['\N{RIGHT SINGLE QUOTATION MARK}](?=[\s.,;:!?)\]]|$)")

_OPEN_SIDE = frozenset("([{<\N{EM DASH}\N{EN DASH}-/") | frozenset(CLOSERS)
_CLOSE_SIDE = frozenset(".,;:!?)]}>\N{EM DASH}\N{EN DASH}-/\N{HORIZONTAL ELLIPSIS}") | frozenset(
    (RDQ, RSQ, '"', "'", RAQ, RSAQ, RCORNER, RWCORNER, LDQ)
)
_MAX_DEPTH = 16
_CLOSE_SEARCH = 4


@attrs.frozen
class Span:
    """A quotation as its marks delimit it, before any attribution.

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


class _Open:
    __slots__ = ("at", "mark", "paragraph", "weak")

    def __init__(self, at: int, mark: str, paragraph: int) -> None:
        self.at = at
        self.mark = mark
        self.paragraph = paragraph
        self.weak = mark in WEAK


def _is_space(ch: str) -> bool:
    return ch.isspace() or ch == "\ufeff" or ch == "\u200b"


def find_spans(text: str, paras: Paragraphs) -> list[Span]:
    """Pair the quotation marks of ``text`` into quotations, in text order.

    Examples:
        >>> from quotex.segment import paragraphs
        >>> s = 'He said, "It is late."'
        >>> [(q.start, q.end, s[q.start:q.end]) for q in find_spans(s, paragraphs(s))]
        [(10, 21, 'It is late.')]
    """
    out: list[Span] = []
    stack: list[_Open] = []
    n = len(text)
    starts, ends = paras.starts, paras.ends
    para = 0
    last_para = len(starts) - 1
    reopen_at = -1

    def emit(entry: _Open, end: int, close_at: int, close_mark: str, para_now: int) -> None:
        start = entry.at + len(entry.mark)
        while start < end and _is_space(text[start]):
            start += 1
        while end > start and _is_space(text[end - 1]):
            end -= 1
        if end > start:
            out.append(
                Span(
                    start,
                    end,
                    entry.at,
                    close_at,
                    entry.mark,
                    close_mark,
                    entry.paragraph,
                    para_now,
                )
            )

    def end_paragraph(p: int) -> int:
        """Close what is open at the end of paragraph p; return a re-open offset."""
        base = stack[0]
        if p < last_para:
            nxt = starts[p + 1]
            m = _MARK.match(text, nxt)
            # a mark that only closes ("’") is in no CLOSERS entry of its own
            if m and (
                m.group() == base.mark
                or (base.mark in CLOSERS.get(m.group(), ()) and m.group() not in WEAK)
            ):
                del stack[1:]
                return nxt
        for i, entry in enumerate(stack):
            if not entry.weak:
                if all(e.weak for e in stack[:i]):
                    emit(entry, ends[p], ends[p], "", p)
                break
        stack.clear()
        return -1

    for m in _MARK.finditer(text):
        pos = m.start()
        if pos >= ends[para] and para < last_para:
            while para < last_para and starts[para + 1] <= pos:
                if stack:
                    reopen_at = end_paragraph(para)
                para += 1
        if pos == reopen_at:
            continue
        tok = m.group()
        end = m.end()
        prev = text[pos - 1] if pos else " "
        nxt = text[end] if end < n else " "
        space_before = _is_space(prev) or prev in _OPEN_SIDE
        space_after = _is_space(nxt) or nxt in _CLOSE_SIDE
        opens_only = space_before and not space_after
        closes_only = space_after and not space_before

        if not opens_only and stack:
            # the innermost open quotations that this mark may close
            k = len(stack) - 1
            floor = max(0, len(stack) - _CLOSE_SEARCH)
            while k >= floor and tok not in CLOSERS[stack[k].mark]:
                k -= 1
            if k >= floor and not _apostrophe_not_closer(text, tok, pos, nxt, ends[para]):
                entry = stack[k]
                if all(e.weak for e in stack[:k]):
                    emit(entry, pos, end, tok, para)
                del stack[k:]
                continue
        if tok in NEVER_OPEN or (closes_only and tok not in ALWAYS_OPEN):
            continue
        if tok == RDQ and not opens_only:
            continue
        if tok in ("'", LSQ) and (not opens_only or _ELISION.match(text, end)):
            continue
        if tok == LDQ and closes_only and stack:
            continue
        if prev == "=":
            continue  # an attribute value in markup: <a href="...">
        if len(stack) < _MAX_DEPTH:
            stack.append(_Open(pos, tok, para))

    if stack:
        end_paragraph(last_para if para >= last_para else para)
    out.sort(key=lambda s: s.start)
    return _drop_nested(out)


def _apostrophe_not_closer(text: str, tok: str, pos: int, nxt: str, para_end: int) -> bool:
    """True for a plural possessive ("the boys' books") inside a quotation:
    a single mark after an s, followed by a word, with a closer later on."""
    if tok not in ("'", RSQ):
        return False
    if pos >= 2 and text[pos - 2] in ("'", RSQ):
        return True  # rock 'n' roll
    if text[pos - 1] not in "sSzZ" or nxt != " " or not text[max(0, pos - 4) : pos].isalpha():
        return False
    after = text[pos + 2] if pos + 2 < len(text) else ""
    if not after.isalnum():
        return False
    return _LATER_SINGLE_CLOSE.search(text, pos + 1, para_end) is not None


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
