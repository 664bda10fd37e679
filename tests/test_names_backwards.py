"""The names read backwards from a place, as the pronoun resolver asks for
them, are the same whether or not earlier searches went over the same text:
the steps it remembers are taken again only where they would come out alike."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from quotex.lexicon import Lexicon
from quotex.names import Cast

PIECES = (
    " ",
    "  ",
    "\n",
    ". ",
    ", ",
    "Jens ",
    "Stoltenberg",
    "Mr. ",
    "the ",
    "He ",
    "said ",
    "“",
    "”",
    "'",
    "’",
    "-",
    "é",
    "\u0301",
    "Éa",
    "O'Brien",
    "van ",
    "NATO",
    "Ab",
)


def quotations(text: str) -> list[tuple[int, int]]:
    """Each "“" to the next "”" (or the end), as a quotation."""
    spans = []
    at = text.find("“")
    while at >= 0:
        end = text.find("”", at + 1)
        end = len(text) if end < 0 else end
        spans.append((at, end))
        at = text.find("“", end + 1)
    return spans


def read(cast: Cast, lo: int, hi: int) -> list[tuple[int, int]]:
    return list(cast._names_backwards(lo, hi))


@given(
    pieces=st.lists(st.sampled_from(PIECES), max_size=40),
    windows=st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200)), max_size=8),
)
# the step from the end to "Jens Stoltenberg" (its capital at 5) is
# remembered; a search that stops at 6 must not take it
@example(pieces=["Jens ", "Stoltenberg", " ", "said"], windows=[(0, 21), (6, 21)])
# "Ab Jens" widens back to the "A" after the accent, which opens no word:
# the word before runs on over the accent and "Ab" to the space
@example(pieces=["Ab", "\u0301", "Ab", " ", "Jens ", "said"], windows=[(0, 14), (0, 8), (0, 4)])
def test_names_read_backwards_do_not_depend_on_earlier_searches(
    pieces: list[str], windows: list[tuple[int, int]]
) -> None:
    text = "".join(pieces)
    quoted = quotations(text)
    lexicon = Lexicon.default()
    remembering = Cast(text, lexicon, quoted)
    for a, b in windows:
        lo, hi = sorted((min(a, len(text)), min(b, len(text))))
        assert read(remembering, lo, hi) == read(Cast(text, lexicon, quoted), lo, hi)
        # a search stopped early leaves no wrong step behind
        next(iter(remembering._names_backwards(lo, hi)), None)
