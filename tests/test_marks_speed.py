"""The marks stage's faster reading agrees with the one it replaced.

``find_spans`` settles first, by a mark's sides, whether it may open, keeps
the marks that close an opener in its stack entry, and sorts its quotations
and drops nested ones only when an inner quotation was reported. The
reading below is ``find_spans`` as it was before: every rule tried in turn
for each mark. Both must pair the marks of any text alike.
"""

from __future__ import annotations

import bisect
import itertools

from hypothesis import example, given
from hypothesis import strategies as st

from quotex import marks
from quotex.marks import (
    ALWAYS_OPEN,
    CLOSERS,
    LDQ,
    LSQ,
    NEVER_OPEN,
    RDQ,
    RSQ,
    WEAK,
    Span,
    find_spans,
)
from quotex.segment import Paragraphs, paragraphs
from tests.strategies import MARKS, quotish_text, texts

_Open = tuple[int, str, int, bool]


def plain_find_spans(text: str, paras: Paragraphs) -> list[Span]:
    out: list[Span] = []
    stack: list[_Open] = []
    n = len(text)
    starts, ends = paras.starts, paras.ends
    para = 0
    last_para = len(starts) - 1
    para_end = ends[0]
    reopen_at = -1

    def emit(entry: _Open, end: int, close_at: int, close_mark: str, para_now: int) -> None:
        at, mark, para_open, _ = entry
        start = at + len(mark)
        while start < end and text[start] in marks._SPACE:
            start += 1
        while end > start and text[end - 1] in marks._SPACE:
            end -= 1
        if end > start:
            out.append(Span(start, end, at, close_at, mark, close_mark, para_open, para_now))

    def end_paragraph(p: int) -> int:
        base = stack[0][1]
        if p < last_para:
            nxt = starts[p + 1]
            tok = marks._mark_at(text, nxt)
            if tok is not None and (
                tok == base or (base in CLOSERS.get(tok, ()) and tok not in WEAK)
            ):
                del stack[1:]
                return nxt
        for i, entry in enumerate(stack):
            if not entry[3]:
                if all(e[3] for e in stack[:i]):
                    emit(entry, ends[p], ends[p], "", p)
                break
        stack.clear()
        return -1

    for pos, tok in itertools.chain.from_iterable(marks._scan(text)):
        end = pos + len(tok)
        if pos >= para_end and para < last_para:
            if stack:
                while para < last_para and starts[para + 1] <= pos:
                    if stack:
                        reopen_at = end_paragraph(para)
                    para += 1
            else:
                para = bisect.bisect_right(starts, pos, para) - 1
            para_end = ends[para]
        if pos == reopen_at:
            continue
        prev = text[pos - 1] if pos else " "
        nxt = text[end] if end < n else " "
        space_before = prev in marks._OPEN_SIDE
        space_after = nxt in marks._CLOSE_SIDE
        if (
            not space_before
            and not space_after
            and (tok == "'" or tok == RSQ)
            and marks._between_words(text, pos)
        ):
            continue
        opens_only = space_before and not space_after
        closes_only = space_after and not space_before

        if stack and not opens_only:
            depth = len(stack)
            k = depth - 1
            floor = depth - marks._CLOSE_SEARCH if depth > marks._CLOSE_SEARCH else 0
            while k >= floor and tok not in CLOSERS[stack[k][1]]:
                k -= 1
            if k >= floor and not (
                (tok == "'" or tok == RSQ)
                and marks._apostrophe_not_closer(text, pos, nxt, para_end)
            ):
                if k == 0 or all(e[3] for e in stack[:k]):
                    emit(stack[k], pos, end, tok, para)
                del stack[k:]
                continue
        if tok in NEVER_OPEN or (closes_only and tok not in ALWAYS_OPEN):
            continue
        if tok == RDQ and not opens_only:
            continue
        if (tok == "'" or tok == LSQ) and (not opens_only or marks._ELISION.match(text, end)):
            continue
        if tok == LDQ and closes_only and stack:
            continue
        if prev == "=":
            continue
        if len(stack) < marks._MAX_DEPTH:
            stack.append((pos, tok, para, tok in WEAK))

    if stack:
        end_paragraph(last_para if para >= last_para else para)
    out.sort(key=lambda s: s.start)
    return marks._drop_nested(out)


def agree(text: str) -> None:
    paras = paragraphs(text)
    assert find_spans(text, paras) == plain_find_spans(text, paras)


# marks, the characters beside them, and paragraph breaks, densely: nesting,
# weak openers, marks that re-open a paragraph
_DENSE = st.lists(
    st.sampled_from([*MARKS, *MARKS, "a", "s", " ", "\n", "\n\n", "=", ".", "(", "tis"]),
    max_size=60,
).map("".join)


@given(texts)
@example("'a “b” c' d")  # an inner quotation reported under a weak opener
@example("‘a “b” c")  # and one ended by its paragraph
@example("“a ‘b “c” d’ e”")
@example("“a\n\n“b” c")  # a quotation re-opened by the next paragraph
def test_find_spans_pairs_as_every_rule_in_turn_does(text: str) -> None:
    agree(text)


@given(_DENSE)
def test_find_spans_pairs_dense_marks_as_every_rule_in_turn_does(text: str) -> None:
    agree(text)


@given(st.lists(quotish_text(), min_size=2, max_size=5).map("\n".join))
def test_find_spans_pairs_many_paragraphs_as_every_rule_in_turn_does(text: str) -> None:
    agree(text)
