"""Where a name stands, found with the document's caches, is where a plain
search finds it: the block index of name places and the remembered steps of
the backward scan (what keeps a long novel linear) never change an answer."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from quotex.lexicon import Lexicon
from quotex.places import PLACES, NameRuns, TokenPlaces


def stretch_places(text: str, token: str, lo: int, hi: int) -> list[int]:
    """The first ``PLACES`` places of ``token`` as a word in ``text[lo:hi]``, each
    search going on from the end of the place before."""
    places: list[int] = []
    at = text.find(token, lo, hi)
    while at >= 0 and len(places) < PLACES:
        end = at + len(token)
        before = at == 0 or not text[at - 1].isalnum()
        after = end == len(text) or not text[end].isalnum()
        if before and after:
            places.append(at)
        at = text.find(token, end, hi)
    return places


@given(
    text=st.text(alphabet="AB -xé1_É", max_size=120),
    token=st.sampled_from(["A", "AB", "ABA", "A-A", "B A", "Ax", "A1", "Éx", "x"]),
    pos=st.integers(min_value=0, max_value=119),
)
# "A-A" twice over in "A-A-A": a search of the whole stretch takes the first
# only, and the block boundary at 7 must not make the second a place
@example(text="xxxxx A-A-A", token="A-A", pos=3)
@example(text="x AB" * 20, token="AB", pos=60)
# words listed block by block: "Ax" runs over the boundary at 7 and "xAx"
# holds it only inside a longer word
@example(text="xxxx Ax Ax xAx_Ax", token="Ax", pos=15)
@example(text="xxxxxxéAx Ax", token="Ax", pos=10)
def test_places_found_by_block_are_those_of_the_whole_stretch(
    text: str, token: str, pos: int
) -> None:
    pos = min(pos, len(text))
    places = TokenPlaces(text, neighbourhood=7)  # blocks of 7 characters
    lo, hi = places.around(pos)
    assert places.near(token, pos) == stretch_places(text, token, lo, hi)
    # asked again, from the cache
    assert places.near(token, pos) == stretch_places(text, token, lo, hi)


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


def quotations(text: str) -> tuple[list[int], list[int]]:
    """Each "“" to the next "”" (or the end), as a quotation."""
    starts, ends = [], []
    at = text.find("“")
    while at >= 0:
        end = text.find("”", at + 1)
        end = len(text) if end < 0 else end
        starts.append(at)
        ends.append(end)
        at = text.find("“", end + 1)
    return starts, ends


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
    starts, ends = quotations(text)
    lexicon = Lexicon.default()
    remembering = NameRuns(text, lexicon, starts, ends)
    for a, b in windows:
        lo, hi = sorted((min(a, len(text)), min(b, len(text))))
        fresh = NameRuns(text, lexicon, starts, ends)
        assert list(remembering.backwards(lo, hi)) == list(fresh.backwards(lo, hi))
        # a search stopped early leaves no wrong step behind
        next(iter(remembering.backwards(lo, hi)), None)


WIDENED = [
    # (text, the token, the name written there)
    ("Jens Stoltenberg said", "Stoltenberg", "Jens Stoltenberg"),
    ("said Sen. John McCain on Monday", "McCain", "Sen. John McCain"),
    ("the general Charles de Gaulle", "Gaulle", "Charles de Gaulle"),
    ("Emma Woodhouse, handsome, clever", "Emma", "Emma Woodhouse"),
    # a full stop after a word that is no title ended a sentence
    ("asked Harriet. Emma smiled", "Emma", "Emma"),
    ("Korea Donald Trump", "Trump", "Korea Donald Trump"),
    # a particle never opens a name
    ("at ten Tibby came", "Tibby", "Tibby"),
    # an abbreviated "Saint" with its full stop opens a place's name
    ("the dome of St. Paul's", "Paul", "St. Paul"),
    ("in St. Petersburg", "Petersburg", "St. Petersburg"),
    ("O’Brien\u00a0Smith left", "Smith", "O’Brien\u00a0Smith"),
    # the words after a name: capitals after the spaces of its line, two at most
    ("Emma  Woodhouse came", "Emma", "Emma  Woodhouse"),
    ("Emma \t Woodhouse came", "Emma", "Emma \t Woodhouse"),
    ("Emma Jane Woodhouse Knightley", "Emma", "Emma Jane Woodhouse"),
    ("Emma\nWoodhouse came", "Emma", "Emma"),
    ("Emma smiled at Harriet", "Emma", "Emma"),
    ("Emma (Woodhouse) came", "Emma", "Emma"),
    ("said Emma ", "Emma", "Emma"),
]


def test_widen_reads_the_name_written_around_a_token() -> None:
    for text, token, name in WIDENED:
        runs = NameRuns(text, Lexicon.default(), [], [])
        at = text.index(token)
        s, e = runs.widen(at, at + len(token))
        assert text[s:e] == name, text


CUT = [
    # (text, where the window ends: inside a word, the names read backwards)
    # a wider window of an antecedent search ends where the narrower one began
    ("Mary Cavendish came in. Then", "Mary Cave", ["Mary Cavendish"]),
    ("said Mr. Knightley, and Emma", "said Mr. Knigh", ["Mr. Knightley"]),
    ("Emma saw Harriet Smith go", "Emma saw Harriet Sm", ["Harriet Smith", "Emma"]),
]


def test_a_window_that_ends_mid_word_reads_the_word_whole() -> None:
    for text, head, names in CUT:
        runs = NameRuns(text, Lexicon.default(), [], [])
        found = [text[s:e] for s, e in runs.backwards(0, len(head))]
        assert found == names, text
