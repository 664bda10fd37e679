"""Speakers of framed quotations in fiction: a paragraph as one person's
turn, a description in a conversation of two, and the names a novel gives
the members of one family.

Each case lists every quotation as ``(start, end, speaker, cue, cue_lemma,
rule, kind)``. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from quotex.families import FamilyNames
from quotex.lexicon import Lexicon
from quotex.mentions import analyse
from tests.test_attribution import Row, check

TA, JH = "Tom Avery", "John Hale"

# Two men talk, four turns with no frame: the text reads as dialogue.
EXCHANGE = (
    "“Is it cold?” asked Tom Avery.\n\n“Very,” said John Hale.\n\n"
    "“Colder than last year?”\n\n“Much colder.”\n\n"
    "“Colder than ever?”\n\n“Yes.”\n\n"
)
OPENING: list[Row] = [
    (1, 12, TA, "asked", "ask", "cue_after", "direct"),
    (33, 38, JH, "said", "say", "cue_after", "direct"),
    (58, 80, TA, None, None, "dialogue_turn", "direct"),
    (84, 96, JH, None, None, "dialogue_turn", "direct"),
    (100, 117, TA, None, None, "dialogue_turn", "direct"),
    (121, 125, JH, None, None, "dialogue_turn", "direct"),
]

# -- a paragraph is one person's turn ---------------------------------------------

TURNS = [
    pytest.param(
        EXCHANGE + "“We stay in,” said John Hale, moved. Smiling, he said: “Or we go out.”",
        [
            *OPENING[:4],
            (100, 117, JH, None, None, "dialogue_turn", "direct"),
            (121, 125, TA, None, None, "dialogue_turn", "direct"),
            (129, 140, JH, "said", "say", "cue_after", "direct"),
            # he who spoke first in the paragraph goes on, though he spoke
            # the turn before too
            (184, 197, JH, "said", "say", "cue_before", "direct"),
        ],
        id="he-goes-on-in-his-paragraph",
    ),
    pytest.param(
        EXCHANGE + "“We stay in,” said John Hale. Tom Avery nodded, and he said: “Or we go out.”",
        [
            *OPENING[:4],
            (100, 117, JH, None, None, "dialogue_turn", "direct"),
            (121, 125, TA, None, None, "dialogue_turn", "direct"),
            (129, 140, JH, "said", "say", "cue_after", "direct"),
            # the paragraph is his turn, whoever the narration names between
            (190, 203, JH, "said", "say", "cue_before", "direct"),
        ],
        id="his-turn-though-another-is-named",
    ),
    pytest.param(
        EXCHANGE + "The door opened.\n\n“We stay in,” said Ann Lee. He said: “Or we go out.”",
        [
            *OPENING,
            (147, 158, "Ann Lee", "said", "say", "cue_after", "direct"),
            # she spoke first in the paragraph: "he" is the man who did not
            # speak last
            (184, 197, TA, "said", "say", "cue_before", "direct"),
        ],
        id="a-pronoun-of-the-other-gender",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TURNS)
def test_turns(text: str, expected: list[Row]) -> None:
    check(text, expected)


# -- a description in a conversation of two -----------------------------------------

DESCRIBED = [
    pytest.param(
        EXCHANGE + "“Then we walk,” said the painter.",
        [*OPENING, (129, 142, TA, "said", "say", "cue_after", "direct")],
        id="the-painter-is-the-other-talker",
    ),
    pytest.param(
        EXCHANGE + "“Then we walk,” said the General.",
        [*OPENING, (129, 142, "the General", "said", "say", "cue_after", "direct")],
        id="a-capitalised-title-names-itself",
    ),
    pytest.param(
        EXCHANGE + "“Then we walk,” said the porters.",
        [*OPENING, (129, 142, "the porters", "said", "say", "cue_after", "direct")],
        id="no-person-noun-stands-as-written",
    ),
    pytest.param(
        "“Just so,” said the old man. Then he left the room.",
        [(1, 9, "the old man", "said", "say", "cue_after", "direct")],
        id="a-full-stop-ends-the-description",
    ),
    pytest.param(
        "“We are ready,” said the U.S. envoy to the talks.",
        [(1, 14, "the U.S. envoy", "said", "say", "cue_after", "direct")],
        id="the-full-stop-of-an-abbreviation-does-not",
    ),
    pytest.param(
        "“I see,” said the General good-naturedly.",
        [(1, 7, "the General", "said", "say", "cue_after", "direct")],
        id="a-hyphenated-adverb-ends-the-description",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED)
def test_described(text: str, expected: list[Row]) -> None:
    check(text, expected)


# -- the names of one family ----------------------------------------------------------

# The family meets after a conversation of two, so that the text reads as
# dialogue (a novel), not news.
MEETING = EXCHANGE + "They left. Later that day the family met at the house.\n\n"


def _meeting(*rows: Row) -> list[Row]:
    """The opening conversation's rows, then ``rows`` placed after it."""
    at = len(MEETING)
    return [*OPENING, *((r[0] + at, r[1] + at, r[2], r[3], r[4], r[5], r[6]) for r in rows)]


FAMILY = [
    pytest.param(
        MEETING + "“Come,” said Henry Wilcox.\n\n“Stay,” said Mr. Charles Wilcox.\n\n"
        "“Go,” said Charles Wilcox.\n\n“No,” said Mr. Wilcox.",
        _meeting(
            (1, 6, "Henry Wilcox", "said", "say", "cue_after", "direct"),
            (29, 34, "Charles Wilcox", "said", "say", "cue_after", "direct"),
            (63, 66, "Charles Wilcox", "said", "say", "cue_after", "direct"),
            # "Mr. Charles Wilcox" is the son: "Mr. Wilcox" the father
            (91, 94, "Henry Wilcox", "said", "say", "cue_after", "direct"),
        ),
        id="mr-and-surname-is-the-father",
    ),
    pytest.param(
        MEETING + "“Come in,” said Mary Crawford.\n\n“Thank you,” said Henry Crawford.\n\n"
        "“Well,” said Crawford.",
        _meeting(
            (1, 9, "Mary Crawford", "said", "say", "cue_after", "direct"),
            (33, 43, "Henry Crawford", "said", "say", "cue_after", "direct"),
            # a novel calls a man by his bare surname, a woman not
            (68, 73, "Henry Crawford", "said", "say", "cue_after", "direct"),
        ),
        id="a-bare-surname-is-the-brother",
    ),
    pytest.param(
        MEETING + "“Come,” said Fanny Price.\n\n“Stay,” said Miss Price.\n\n“Go,” said Mrs. Price.",
        _meeting(
            (1, 6, "Fanny Price", "said", "say", "cue_after", "direct"),
            (28, 33, "Fanny Price", "said", "say", "cue_after", "direct"),
            # "Miss Price" is the daughter, "Mrs. Price" her mother
            (54, 57, "Mrs. Price", "said", "say", "cue_after", "direct"),
        ),
        id="mrs-beside-miss-is-the-mother",
    ),
    pytest.param(
        MEETING + "“Come,” said Mr. Allen.\n\n“Stay,” said Catherine Morland.\n\n"
        "“Go,” said Mrs. Allen.\n\n“No,” said her husband.",
        _meeting(
            (1, 6, "Mr. Allen", "said", "say", "cue_after", "direct"),
            (26, 31, "Catherine Morland", "said", "say", "cue_after", "direct"),
            (59, 62, "Mrs. Allen", "said", "say", "cue_after", "direct"),
            # three talk: her husband is the Allen man who has spoken
            (83, 86, "Mr. Allen", "said", "say", "cue_after", "direct"),
        ),
        id="a-family-tie-in-a-conversation-of-three",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FAMILY)
def test_family(text: str, expected: list[Row]) -> None:
    check(text, expected)


# -- the one of a family who has spoken -----------------------------------------------

LEXICON = Lexicon.default()
DENHAMS = {("Ralph", "Denham"): "m", ("Joan", "Denham"): "f"}

SPOKEN = [
    # (text, the mention, who has spoken so far, the fuller name or None)
    pytest.param("", "Denham", DENHAMS, ("Ralph", "Denham"), id="the-brother-not-the-sister"),
    pytest.param("", "Mr. Denham", DENHAMS, ("Ralph", "Denham"), id="mr-is-the-man"),
    pytest.param("", "Mrs. Denham", DENHAMS, None, id="mrs-is-no-daughter"),
    pytest.param(
        "",
        "Denham",
        {**DENHAMS, ("Harry", "Denham"): "m"},
        None,
        id="two-brothers-have-spoken",
    ),
    pytest.param(
        "", "Dallas", {("Suddenly", "Dallas"): "-"}, None, id="an-adverb-is-no-given-name"
    ),
    pytest.param(
        "“Stay,” said Mr. Charles Wilcox.",
        "Mr. Wilcox",
        {("Charles", "Wilcox"): "m"},
        None,
        id="the-younger-son-is-not-mr-wilcox",
    ),
]


@pytest.mark.parametrize(("text", "written", "speakers", "expected"), SPOKEN)
def test_spoken(
    text: str,
    written: str,
    speakers: dict[tuple[str, ...], str],
    expected: tuple[str, ...] | None,
) -> None:
    mention = analyse(written, 0, len(written), LEXICON)
    assert mention is not None
    assert FamilyNames(text, LEXICON).spoken(mention, speakers) == expected


# -- a word that opens a sentence is no name ------------------------------------------

OPENERS = [
    pytest.param(
        MEETING + "“Come,” said Mary Hale.\n\n“Stay,” said Tom Avery. She would go "
        "presently.\n\n“Go,” Presently Mary said.",
        _meeting(
            (1, 6, "Mary Hale", "said", "say", "cue_after", "direct"),
            (26, 31, "Tom Avery", "said", "say", "cue_after", "direct"),
            # "presently" is written in lower case too: Mary is the name
            (75, 78, "Mary Hale", "said", "say", "cue_after", "direct"),
        ),
        id="an-adverb-opening-the-sentence-is-no-given-name",
    ),
    pytest.param(
        "“Ha!” cried Hal Dymov. “Let us bathe.”\n\nBut Hal, as though nothing were "
        "the matter, swam off to the boat, shouting: “Let us catch fish!”",
        [
            (1, 4, "Hal Dymov", "cried", "cry", "cue_after", "direct"),
            (24, 37, "Hal Dymov", None, None, "same_paragraph", "direct"),
            (117, 135, "Hal Dymov", "shouting", "shout", "cue_before", "direct"),
        ],
        id="a-name-and-an-aside-open-the-sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OPENERS)
def test_openers(text: str, expected: list[Row]) -> None:
    check(text, expected)
