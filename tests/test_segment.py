"""Paragraphs and sentence starts: where quotex takes one to begin and end."""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from quotex.segment import _ABBREV, _INDENT, Paragraphs, paragraphs, sentence_start

SHORT_LINES = "\nshort line" * 8


@pytest.mark.parametrize(
    ("first", "wrapped"),
    [
        pytest.param("x" * 99, True, id="99-characters"),
        pytest.param("x" * 100, False, id="100-characters"),
    ],
)
def test_one_long_line_in_nine_is_enough_to_not_be_wrapped(first: str, wrapped: bool) -> None:
    # the long line first, then last: it counts wherever it stands
    for text in (first + SHORT_LINES, SHORT_LINES[1:] + "\n" + first):
        assert len(paragraphs(text).starts) == (1 if wrapped else 9)


@pytest.mark.parametrize("br", ["\n", "\r\n", "\r", "\u2028", "\u2029", "\x0b", "\x0c", "\x85"])
def test_every_line_break_ends_a_paragraph(br: str) -> None:
    text = f"One.{br}Two.{br} \t{br}\u3000Three."
    paras = paragraphs(text)
    assert [text[a:b] for a, b in zip(paras.starts, paras.ends, strict=True)] == [
        "One.",
        "Two.",
        "Three.",
    ]


def test_mixed_line_breaks_split_as_each_does_alone() -> None:
    # "\n" with another kind of break in the same text: the general pattern
    text = "One.\nTwo.\r\nThree.\n\u2028 Four."
    paras = paragraphs(text)
    assert paras.starts == [0, 5, 11, 20]
    assert [text[a:b] for a, b in zip(paras.starts, paras.ends, strict=True)] == [
        "One.",
        "Two.",
        "Three.",
        "Four.",
    ]


def test_a_text_without_breaks_is_one_paragraph() -> None:
    for text in ("", "x", "x" * 1000):
        paras = paragraphs(text)
        assert (paras.starts, paras.ends) == ([0], [len(text)])


@pytest.mark.parametrize("br", ["\n", "\r\n"])
def test_a_hard_wrapped_text_splits_at_blank_lines_only(br: str) -> None:
    # a "\r\n" is one line break, never a blank line
    lines = ["It was the best of times,", "it was the worst of times."] * 4
    text = br.join(lines) + br + br + br.join(lines)
    paras = paragraphs(text)
    assert len(paras.starts) == 2
    assert text[paras.starts[1] :] == br.join(lines)


def test_a_sentence_starts_after_a_full_stop_but_not_after_an_abbreviation() -> None:
    text = "The ambassadors met Gov. Brown and J. Alderman. “We agreed,” they said."
    mark = text.index("“")
    assert sentence_start(text, mark, 0) == mark  # "Alderman." ends a sentence
    # "Gov." and the initial "J." end none
    assert sentence_start(text, text.index("Alderman"), 0) == 0
    assert sentence_start(text, text.index("Brown"), 0) == 0
    # with no sentence end after it, the floor is the answer
    assert sentence_start(text, text.index("Brown"), 10) == 10


def test_a_sentence_end_needs_a_capital_after_its_space() -> None:
    text = "Prices rose 3.5 percent. in fact, “It is bad,” he said. “Very bad.”"
    # "percent. in" ends no sentence; "said. “" does
    assert sentence_start(text, text.index("“It"), 0) == 0
    assert sentence_start(text, text.index("“Very"), 0) == text.index("“Very")


def test_a_sentence_end_may_close_a_quotation_or_bracket() -> None:
    text = "He left (for good). Then she sang “O Sole Mio!”\n  Nobody clapped."
    assert sentence_start(text, text.index("Then"), 0) == text.index("Then")
    assert sentence_start(text, text.index("Nobody"), 0) == text.index("Nobody")


# sentence_start as first written: the sentence end pattern read backwards
# from pos, and the word before each end read with a pattern too
_SENTENCE_END_BACK = regex.compile(
    r"""[.!?…]+[\"'”’)\]]*\s+(?=[\p{Lu}\p{N}"'“‘«„(\[])""", regex.VERSION1 | regex.REVERSE
)
_LAST_WORD = regex.compile(r"([\w.]+)[.!?…]+[\"'”’)\]]*\s+$")


def plain_sentence_start(text: str, pos: int, floor: int, window: int = 600) -> int:
    lo = max(floor, pos - window)
    hi = min(len(text), pos + 1)
    while hi > lo:
        m = _SENTENCE_END_BACK.search(text, lo, hi)
        if m is None:
            break
        hi = m.start()
        if m.end() > pos:
            continue
        word = _LAST_WORD.search(text, max(0, m.start() - 12), m.end())
        if word and word.group(1).lower().rstrip(".") in _ABBREV:
            continue
        if word and len(word.group(1)) == 1 and word.group(1).isupper():
            continue  # an initial
        return m.end()
    return lo


# the characters a sentence end is made of, and some that break one
_SENTENCE_PIECES = st.sampled_from(
    [*"ab.!?…\"'”’)] \n\t\x1c\u00a0AZ09éÉ_“‘«„(", "Mr.", "U.S.", "e.g.", "J.", "etc...", "Brown"]
)


@given(
    st.lists(_SENTENCE_PIECES, max_size=30).map("".join),
    st.integers(0, 40),
    st.integers(0, 40),
    st.sampled_from([600, 12, 3]),
)
def test_sentence_start_reads_as_the_sentence_end_pattern_backwards(
    text: str, pos: int, floor: int, window: int
) -> None:
    pos = min(pos, len(text))
    floor = min(floor, pos)
    assert sentence_start(text, pos, floor, window) == plain_sentence_start(
        text, pos, floor, window
    )


@given(st.lists(st.sampled_from([*"ab.\n \t\u00a0\u3000"]), max_size=40).map("".join))
def test_news_paragraphs_split_at_every_line_break_and_its_indent(text: str) -> None:
    # the pattern as segment._INDENT spells it
    # five long lines first: a tenth or more of the lines are long whatever
    # follows (up to 41 short lines), so the text is not hard-wrapped
    text = ("x" * 100 + "\n") * 5 + text
    starts, ends = [0], []
    for m in re.finditer(rf"\n[\n{_INDENT}]*", text):
        ends.append(m.start())
        starts.append(m.end())
    assert paragraphs(text) == Paragraphs(starts, [*ends, len(text)])
