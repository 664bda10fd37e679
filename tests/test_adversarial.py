"""Pathological input: every one finishes, and time grows linearly with size.

These are behaviour checks, not benchmarks: each test has a timeout so a
regex that backtracks or a loop that rescans fails fast, and the scaling
tests only ask that four times the text take less than eight times as long.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable

import pytest

from quotex import Quote, extract_quotes

MB = 1_000_000


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


# -- a megabyte of trouble -----------------------------------------------------------


@pytest.mark.timeout(40)
def test_a_megabyte_of_straight_double_marks() -> None:
    assert run('"' * MB) == []


@pytest.mark.timeout(40)
def test_a_megabyte_of_openers_never_closed() -> None:
    assert run("“" * MB) == []


@pytest.mark.timeout(40)
def test_a_megabyte_of_straight_single_marks() -> None:
    assert run("'" * MB) == []


@pytest.mark.timeout(40)
def test_a_megabyte_of_alternating_double_and_single_openers() -> None:
    assert len(run("“‘" * (MB // 2))) <= 1


@pytest.mark.timeout(20)
def test_one_megabyte_line_without_spaces() -> None:
    chunk = "x" * 499 + "“" + "x" * 499 + "”"
    found = run(chunk * (MB // len(chunk)))
    assert len(found) == MB // len(chunk)
    assert found[0].text == "x" * 499


@pytest.mark.timeout(20)
def test_one_megabyte_of_letters() -> None:
    assert run("x" * MB) == []


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
    text = "He said, “" + "word " * (MB // 5) + "\n\nAfterwards “we left” early."
    first, second = run(text)
    assert first.start == len("He said, “")
    assert first.close_mark == ""
    assert text[first.end :].startswith(" \n\nAfterwards")
    assert second.text == "we left"


@pytest.mark.timeout(20)
def test_many_possessives_inside_a_single_quote() -> None:
    text = "He said, 'the boys' books and " * 20_000 + "the end.'"
    valid(text, run(text))


# -- linear time ---------------------------------------------------------------------


def median_seconds(text: str, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        # the collector's full passes grow with the heap; keep them out
        gc.collect()
        gc.disable()
        try:
            t0 = time.perf_counter()
            extract_quotes(text, scare_quotes=True)
            times.append(time.perf_counter() - t0)
        finally:
            gc.enable()
    return statistics.median(times)


SCALING: list[tuple[str, Callable[[int], str], int]] = [
    ("straight-double", lambda n: '"' * n, 10_000),
    ("curly-openers", lambda n: "“" * n, 10_000),
    ("straight-single", lambda n: "'" * n, 10_000),
    ("alternating", lambda n: "“‘" * (n // 2), 10_000),
    ("nested", lambda n: "“" * n + "x" + "”" * n, 4_000),
    ("unclosed-paragraph", lambda n: "He said, “" + "word " * (n // 5), 400_000),
    ("tiny-paragraphs", lambda n: "“Yes.”\n\n" * (n // 8), 16_000),
    # many quotations in one paragraph: no per-quotation rescan of the paragraph
    ("one-paragraph", lambda n: "and “b” c " * (n // 10), 10_000),
    ("possessives", lambda n: "He said, 'the boys' books " * (n // 26), 50_000),
    (
        "news-dialogue",
        lambda n: "Jens Stoltenberg arrived.\n\n“We are ready,” he said.\n\n" * (n // 53),
        10_000,
    ),
]


@pytest.mark.timeout(30)
@pytest.mark.parametrize(
    ("make", "n"), [pytest.param(make, n, id=name) for name, make, n in SCALING]
)
def test_time_grows_linearly(make: Callable[[int], str], n: int) -> None:
    extract_quotes("He said, “warm up.”")  # compile the patterns outside the timing
    small_text, large_text = make(n), make(4 * n)
    ratios = []
    # a second try, so that another process stealing the CPU during one
    # measurement does not fail the test; a quadratic loop fails both
    for _ in range(2):
        small = median_seconds(small_text)
        large = median_seconds(large_text)
        # a floor keeps timer noise on tiny inputs from making a ratio
        ratios.append(large / max(small, 0.005))
        if ratios[-1] < 8:
            return
    pytest.fail(f"4x the text took {min(ratios):.1f}x as long (tries: {ratios})")
