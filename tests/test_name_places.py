"""The places a name stands, found block by block, are the places one search
of the whole stretch around a mention finds: the fullest form of a name and
its learned gender must not depend on how the search is cut up."""

from __future__ import annotations

from unittest.mock import patch

from hypothesis import example, given
from hypothesis import strategies as st

from quotex import names
from quotex.lexicon import Lexicon
from quotex.names import Cast


def stretch_places(text: str, token: str, lo: int, hi: int) -> list[int]:
    """The first ``PLACES`` places of ``token`` as a word in ``text[lo:hi]``, each
    search going on from the end of the place before."""
    places: list[int] = []
    at = text.find(token, lo, hi)
    while at >= 0 and len(places) < names.PLACES:
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
    with patch.object(names, "NEIGHBOURHOOD", 7):  # blocks of 7 characters
        cast = Cast(text, Lexicon.default(), [])
        lo, hi = cast._around(pos)
        assert cast._places_near(token, pos) == stretch_places(text, token, lo, hi)
        # asked again, from the cache
        assert cast._places_near(token, pos) == stretch_places(text, token, lo, hi)


def test_gender_is_learned_from_the_pronouns_after_the_first_places() -> None:
    rose = "Archer rose to go, and as his hand met the door he paused. "
    waited = "Archer waited. She said nothing. "
    lexicon = Lexicon.default()
    # "his" after three of the first places, and no pronoun of the same
    # sentence after the rest: a man
    cast = Cast(rose * 3 + waited * (names.PLACES - 3), lexicon, [])
    assert cast.learned_gender(("Newland", "Archer")) == "m"
    # the same sentences after the first PLACES places are not read
    cast = Cast(waited * names.PLACES + rose * 3, lexicon, [])
    assert cast.learned_gender(("Archer",)) == "-"
