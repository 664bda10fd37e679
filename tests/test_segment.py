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


def test_a_sentence_end_needs_a_capital_after_its_space() -> None:
    text = "Prices rose 3.5 percent. in fact, “It is bad,” he said. “Very bad.”"
    # "percent. in" ends no sentence; "said. “" does
    assert sentence_start(text, text.index("“It"), 0) == 0
    assert sentence_start(text, text.index("“Very"), 0) == text.index("“Very")


def test_a_sentence_end_may_close_a_quotation_or_bracket() -> None:
    text = "He left (for good). Then she sang “O Sole Mio!”\n  Nobody clapped."
    assert sentence_start(text, text.index("Then"), 0) == text.index("Then")
    assert sentence_start(text, text.index("Nobody"), 0) == text.index("Nobody")


SENTENCE_STARTS = [
    # (text, where the quotation opens, where its sentence starts)
    pytest.param("The U.S. Senate voted, and “No,” he said.", 0, id="country-abbreviation"),
    pytest.param("They met on Jan. 5 in Paris. “Yes,” she said.", 29, id="month-then-end"),
    pytest.param("Said the St. Louis mayor: “Fine.”", 0, id="saint"),
    pytest.param("Messrs. Smith and Jones left, and “Bye,” they said.", 0, id="messrs"),
    pytest.param("John F. Kennedy said: “Ask not.”", 0, id="initial"),
    pytest.param("He waited... “Well?” she asked.", 13, id="ellipsis-of-full-stops"),
    pytest.param("Was it over? “Yes!” he cried.", 13, id="question"),
    pytest.param("She met Dr. Watson (a friend). “Hello,” he said.", 31, id="after-bracket"),
    pytest.param("It cost 3.5 million. “Too much,” he said.", 21, id="decimal-point"),
    pytest.param("It was late.\u00a0“Go,” he said.", 13, id="no-break-space"),
]


@pytest.mark.parametrize(("text", "start"), SENTENCE_STARTS)
def test_sentence_starts(text: str, start: int) -> None:
    assert sentence_start(text, text.index("“"), 0) == start


def test_a_sentence_start_is_looked_for_within_a_window() -> None:
    text = "He left. Then " + "word " * 200 + "and “Stop,” he said."
    mark = text.index("“")
    assert sentence_start(text, mark, 0) == mark - 600
    assert sentence_start(text, mark, 0, window=2000) == len("He left. ")


# (text, the paragraphs' text)
LAYOUTS = [
    pytest.param(
        "Jens Stoltenberg arrived in Brussels on Monday for talks with the defence "
        "ministers of the member states.\n  \n\tHe said the alliance was ready.\n"
        "\u00a0“We are ready,” he said.\n\n\nNobody asked more.",
        [
            "Jens Stoltenberg arrived in Brussels on Monday for talks with the defence "
            "ministers of the member states.",
            "He said the alliance was ready.",
            "“We are ready,” he said.",
            "Nobody asked more.",
        ],
        id="news-indented-lines",
    ),
    pytest.param(
        "x" * 100 + "\n" + "\n".join(["ab"] * 9),
        ["x" * 100, *["ab"] * 9],
        id="one-long-line-in-ten-is-not-wrapped",
    ),
    pytest.param(
        "x" * 100 + "\n" + "\n".join(["ab"] * 10),
        ["x" * 100 + "\n" + "\n".join(["ab"] * 10)],
        id="one-long-line-in-eleven-is-wrapped",
    ),
    pytest.param(
        "\n".join(["It was the best of times,"] * 8) + "\n \n" + "It was the worst.",
        ["\n".join(["It was the best of times,"] * 8), "It was the worst."],
        id="wrapped-indented-blank-line",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LAYOUTS)
def test_paragraph_layouts(text: str, expected: list[str]) -> None:
    paras = paragraphs(text)
    assert [text[a:b] for a, b in zip(paras.starts, paras.ends, strict=True)] == expected
