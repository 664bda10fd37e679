"""Pathological input: every one finishes, with valid quotations.

These are behaviour checks, not benchmarks: each test has a timeout so a
regex that backtracks or a loop that rescans fails fast. How time grows with
the size of such input is measured by ``benchmarks.speed``.
"""

from __future__ import annotations

import pytest

from quotex import Quote, extract_quotes

# Long enough that a loop that rescans, or a regex that backtracks, over
# it runs far past each test's timeout (200,000 squared is 4e10 steps);
# how time grows with the length is benchmarks.speed's to measure.
LONG = 200_000


def valid(text: str, found: list[Quote]) -> None:
    reach = 0
    for q in found:
        assert reach <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        reach = q.end


def run(text: str) -> list[Quote]:
    found = extract_quotes(text, scare_quotes=True)
    valid(text, found)
    return found


# -- a long run of trouble -----------------------------------------------------------


@pytest.mark.timeout(20)
def test_a_long_run_of_straight_double_marks() -> None:
    assert run('"' * LONG) == []


@pytest.mark.timeout(20)
def test_a_long_run_of_openers_never_closed() -> None:
    assert run("“" * LONG) == []


@pytest.mark.timeout(20)
def test_a_long_run_of_straight_single_marks() -> None:
    assert run("'" * LONG) == []


@pytest.mark.timeout(20)
def test_a_long_run_of_alternating_double_and_single_openers() -> None:
    assert len(run("“‘" * (LONG // 2))) <= 1


@pytest.mark.timeout(20)
def test_one_long_line_without_spaces() -> None:
    chunk = "x" * 499 + "“" + "x" * 499 + "”"
    found = run(chunk * (LONG // len(chunk)))
    assert len(found) == LONG // len(chunk)
    assert found[0].text == "x" * 499


@pytest.mark.timeout(20)
def test_one_long_run_of_letters() -> None:
    assert run("x" * LONG) == []


@pytest.mark.timeout(20)
def test_ten_thousand_nested_quotes() -> None:
    # deeper than quotex keeps track of (no text nests so deep): it need only
    # finish and give at most one quotation, with valid offsets
    depth = 10_000
    assert len(run("He said, " + "“" * depth + "deep" + "”" * depth)) <= 1
    assert len(run("“a " * depth + "deep" + " b”" * depth)) <= 1


@pytest.mark.parametrize("depth", [2, 8, 15])
def test_nesting_as_deep_as_is_tracked_keeps_the_outer_quote(depth: int) -> None:
    text = "He said, " + "“a " * depth + "deep" + " b”" * depth + " and left."
    [q] = run(text)
    assert (q.start, q.end) == (len("He said, “"), len(text) - len("” and left."))


@pytest.mark.timeout(20)
def test_a_hundred_thousand_tiny_paragraphs() -> None:
    # every tenth paragraph a quotation
    text = ("a\n\n" * 9 + "“Yes.”\n\n") * 10_000
    found = run(text)
    assert len(found) == 10_000
    assert found[-1].text == "Yes."


@pytest.mark.timeout(20)
def test_a_hundred_thousand_one_character_paragraphs() -> None:
    assert run("x\n" * 100_000) == []


@pytest.mark.timeout(20)
def test_one_giant_unclosed_quote_paragraph() -> None:
    text = "He said, “" + "word " * (LONG // 5) + "\n\nAfterwards “we left” early."
    first, second = run(text)
    assert first.start == len("He said, “")
    assert first.close_mark == ""
    assert text[first.end :].startswith(" \n\nAfterwards")
    assert second.text == "we left"


@pytest.mark.timeout(20)
def test_many_possessives_inside_a_single_quote() -> None:
    text = "He said, 'the boys' books and " * 20_000 + "the end.'"
    valid(text, run(text))
