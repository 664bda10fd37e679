"""Paragraphs and sentence starts: where quotex takes one to begin and end."""

from __future__ import annotations

import pytest

from quotex.segment import paragraphs, sentence_start

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
