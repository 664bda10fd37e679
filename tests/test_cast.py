"""What a document says of its people: the fullest form of a name, the
person a pronoun means, and the gender a name's pronouns give it. Each row
a short text and the exact answer."""

from __future__ import annotations

import pytest

from quotex.cast import ANTECEDENT_WINDOWS, Cast
from quotex.lexicon import Lexicon
from quotex.mentions import analyse
from quotex.places import PLACES

LEXICON = Lexicon.default()

FULLEST = [
    # (text, the mention: its last place in the text, fullest form)
    pytest.param(
        "Jens Stoltenberg spoke in Brussels. Later Stoltenberg left.",
        "Stoltenberg",
        ("Jens", "Stoltenberg"),
        id="surname-to-full-name",
    ),
    pytest.param(
        "Emma Woodhouse, handsome, clever, and rich. Emma smiled.",
        "Emma",
        ("Emma", "Woodhouse"),
        id="given-name-to-full-name",
    ),
    pytest.param(
        "John Knightley came. George Knightley stayed. Knightley spoke.",
        "Knightley",
        ("Knightley",),
        id="two-people-left-as-written",
    ),
    pytest.param(
        "Jens Stoltenberg spoke. He said more. Mr. Stoltenberg left.",
        "Mr. Stoltenberg",
        ("Jens", "Stoltenberg"),
        id="news-honorific-to-full-name",
    ),
    pytest.param(
        "“Come in,” said Henry Wilcox.\n\n“Thank you,” said Mr. Wilcox.",
        "Mr. Wilcox",
        ("Henry", "Wilcox"),
        id="novel-honorific-to-full-name",
    ),
    pytest.param(
        "“Come in,” said Mary Crawford.\n\n“I must move,” said Miss Crawford.",
        "Miss Crawford",
        ("Mary", "Crawford"),
        id="miss-to-her-full-name",
    ),
    pytest.param(
        "“Come in,” said Henry Wilcox.\n\n“Thank you,” said Mrs. Wilcox.",
        "Mrs. Wilcox",
        ("Wilcox",),
        id="honorific-of-the-other-gender-stays",
    ),
    pytest.param(
        "Is Fagin here? Fagin left.",
        "Fagin",
        ("Fagin",),
        id="capital-opening-a-sentence-proves-nothing",
    ),
    pytest.param(
        "Mrs. Newland Archer came. Archer rose to go, and as his hand met "
        "the door he paused. Archer said.",
        "Archer",
        ("Archer",),
        id="wife-named-after-husband",
    ),
]


NEWS_FULLEST = [
    pytest.param(
        "Emily Roy runs the shelter on Mill Road. Roy said so.",
        "Roy",
        ("Emily", "Roy"),
        id="surname-that-is-also-a-given-name",
    ),
    pytest.param(
        "Jens Stoltenberg spoke. Mr. Jens Stoltenberg left. Mr. Stoltenberg said.",
        "Mr. Stoltenberg",
        ("Jens", "Stoltenberg"),
        id="honorific-and-given-name-is-the-same-man",
    ),
]

# A novel's conventions: "Mr. Knightley" is the head of the family, "Mr.
# John Knightley" a younger brother; a bare surname is a man's.
NOVEL_FULLEST = [
    pytest.param(
        "“Come,” said Mr. John Knightley.\n\n“Stay,” said John Knightley.\n\n"
        "“No,” said Mr. Knightley.",
        "Mr. Knightley",
        ("Knightley",),
        id="honorific-and-given-name-is-a-younger-son",
    ),
    pytest.param(
        "“Come,” said Henry Wilcox.\n\n“Stay,” said Mr. Charles Wilcox.\n\n"
        "“Go,” said Charles Wilcox.\n\n“No,” said Mr. Wilcox.",
        "Mr. Wilcox",
        ("Henry", "Wilcox"),
        id="the-head-of-the-family-is-the-other-one",
    ),
    pytest.param(
        "“Come in,” said Mary Crawford.\n\n“Thank you,” said Henry Crawford.\n\n"
        "“Well,” said Crawford.",
        "Crawford",
        ("Henry", "Crawford"),
        id="bare-surname-is-the-brother",
    ),
    pytest.param(
        "Emily Roy runs the shelter on Mill Road. Roy said so.",
        "Roy",
        ("Roy",),
        id="bare-surname-is-no-woman",
    ),
    pytest.param(
        "“Come,” said Sir Walter Elliot.\n\n“Stay,” said Mr. Elliot.",
        "Mr. Elliot",
        ("Elliot",),
        id="a-fuller-name-with-another-honorific-is-someone-else",
    ),
    pytest.param(
        "“Come,” said Lucy Steele.\n\n“Not yet,” said Miss Steele.\n\n“Stay,” said Mrs. Steele.",
        "Mrs. Steele",
        ("Steele",),
        id="a-mother-beside-a-miss-is-not-the-daughter",
    ),
    pytest.param(
        "“Come,” said Clarissa Dalloway.\n\n“Stay,” said Mrs. Dalloway.",
        "Mrs. Dalloway",
        ("Clarissa", "Dalloway"),
        id="a-wife-with-no-miss-beside-her-is-the-full-name",
    ),
]


@pytest.mark.parametrize(("text", "written", "expected"), FULLEST + NOVEL_FULLEST)
def test_fullest_form(text: str, written: str, expected: tuple[str, ...]) -> None:
    cast = Cast(text, LEXICON, [])
    at = text.rindex(written)
    mention = cast.mention_at(at, at + len(written))
    assert mention is not None
    assert cast.fullest(mention) == expected


@pytest.mark.parametrize(("text", "written", "expected"), NEWS_FULLEST)
def test_fullest_form_in_news(text: str, written: str, expected: tuple[str, ...]) -> None:
    cast = Cast(text, LEXICON, [], article=True)
    at = text.rindex(written)
    mention = cast.mention_at(at, at + len(written))
    assert mention is not None
    assert cast.fullest(mention) == expected


# A name whose first letters stand before the nearest window a pronoun
# looks back over, and the rest inside it: it is still read whole.
_NAME_BEFORE = "The rain fell, for Mohammed Latif had slept there. "
_ACROSS_WINDOW = (
    _NAME_BEFORE
    + "x" * (ANTECEDENT_WINDOWS[0] - len(_NAME_BEFORE) + _NAME_BEFORE.index("ohammed"))
    + " |"
)

ANTECEDENTS = [
    # (text, "|" marking the pronoun's place, its gender, the name it means)
    pytest.param(
        "Father Christopher sat by the fire and began rubbing Yegorushka's chest. |",
        "m",
        "Father Christopher",
        id="subject-over-possessive",
    ),
    pytest.param(
        "Jens Stoltenberg met Angela Merkel in Brussels. |",
        "f",
        "Angela Merkel",
        id="she-by-given-name",
    ),
    pytest.param(
        "Jens Stoltenberg met Angela Merkel in Brussels. |",
        "m",
        "Jens Stoltenberg",
        id="he-by-given-name",
    ),
    pytest.param(
        "Mr. Bennet looked at Mrs. Bennet. |",
        "m",
        "Mr. Bennet",
        id="he-by-honorific",
    ),
    pytest.param(
        "Emma smiled at the window. And Mr. Knightley answered her. |",
        "f",
        "Emma",
        id="she-skips-a-man",
    ),
    pytest.param(
        "Mr. Hale rode past. The door creaked, and Mr. Briggs came in with Tom. |",
        "m",
        "Mr. Briggs",
        id="a-subject-after-a-comma-and-a-joining-word",
    ),
    pytest.param(
        "Mr. Hale rode past, and Tom waved at Mr. Briggs. |",
        "m",
        "Tom",
        id="the-object-after-it-is-passed-over",
    ),
    pytest.param("NATO met in Brussels on Monday. |", "m", None, id="no-person"),
    pytest.param(
        _ACROSS_WINDOW,
        "m",
        "Mohammed Latif",
        id="a-name-across-the-edge-of-the-window-is-read-whole",
    ),
]


@pytest.mark.parametrize(("text", "gender", "expected"), ANTECEDENTS)
def test_antecedent(text: str, gender: str, expected: str | None) -> None:
    cast = Cast(text, LEXICON, [])
    found = cast.antecedent(text.index("|"), gender)
    assert (None if found is None else text[found.start : found.end]) == expected


# In a novel (``sure``), a name "he" may mean is one of known gender or
# one who has spoken under it; a capital that shares a word with a speaker
# but tells no gender ("Unfortunately" beside a speaker so misread) is passed.
SURE_ANTECEDENTS = [
    pytest.param(
        "Tom Hale came in. Unfortunately Vale stood up. |",
        False,
        "Unfortunately Vale",
        id="any-name-outside-a-novel",
    ),
    pytest.param(
        "Tom Hale came in. Unfortunately Vale stood up. |",
        True,
        "Tom Hale",
        id="a-name-of-no-gender-is-passed",
    ),
    pytest.param(
        "Tom Hale came in. Vale stood up. |",
        True,
        "Vale",
        id="one-who-has-spoken-is-kept",
    ),
]


@pytest.mark.parametrize(("text", "sure", "expected"), SURE_ANTECEDENTS)
def test_antecedent_in_a_novel(text: str, sure: bool, expected: str) -> None:
    cast = Cast(text, LEXICON, [])
    cast.add_speaker(("Vale",), "-")
    found = cast.antecedent(text.index("|"), "m", sure=sure)
    assert found is not None and text[found.start : found.end] == expected


def test_antecedent_is_named_in_narration() -> None:
    text = "“Hello, Mr. Darcy,” Elizabeth said. |"
    cast = Cast(text, LEXICON, [(1, 18)])
    assert cast.antecedent(text.index("|"), "m") is None
    found = cast.antecedent(text.index("|"), "f")
    assert found is not None and found.core == ("Elizabeth",)


ROSE = "Archer rose to go, and as his hand met the door he paused. "
WAITED = "Archer waited. She said nothing. "

LEARNED = [
    # (text, the name's tokens, the gender its pronouns give it)
    pytest.param(ROSE * 3, ("Newland", "Archer"), "m", id="his-after-the-name"),
    pytest.param(WAITED * 3, ("Archer",), "-", id="pronoun-of-the-next-sentence"),
    pytest.param(
        "Lilly turned, and her voice was low. Lilly sang herself to sleep. ",
        ("Lilly",),
        "f",
        id="her-and-herself",
    ),
    pytest.param("Lilly turned, and HER voice was low. ", ("Lilly",), "f", id="any-case"),
    pytest.param(
        "Lilly turned to him. Lilly spoke to her. ", ("Lilly",), "-", id="no-clear-majority"
    ),
    # "his" after three of the first places, nothing after the rest: a man
    pytest.param(ROSE * 3 + WAITED * (PLACES - 3), ("Archer",), "m", id="first-places"),
    # the same sentences after the first PLACES places are not read
    pytest.param(WAITED * PLACES + ROSE * 3, ("Archer",), "-", id="later-places-unread"),
]


@pytest.mark.parametrize(("text", "core", "expected"), LEARNED)
def test_learned_gender(text: str, core: tuple[str, ...], expected: str) -> None:
    assert Cast(text, LEXICON, []).learned_gender(core) == expected


MENTIONS = [
    # (mention, kind, core, honorific, gender, head)
    ("NATO SG Stoltenberg", "name", ("Stoltenberg",), "", "-", ""),
    ("Mrs. Bennet", "name", ("Bennet",), "Mrs.", "f", ""),
    ("MR BENNET", "name", ("BENNET",), "Mr", "m", ""),
    ("Mr Adams", "name", ("Adams",), "Mr", "m", ""),
    ("Jens Stoltenberg", "name", ("Jens", "Stoltenberg"), "", "m", ""),
    ("Trump's", "name", ("Trump",), "", "-", ""),
    ("Glenn Beck Says Trump", "name", ("Glenn", "Beck"), "", "m", ""),
    ("Sen. John McCain,", "name", ("John", "McCain"), "", "m", ""),
    ("the old man", "nominal", (), "", "m", "man"),
    ("his host", "nominal", (), "", "m", "host"),
    ("the President", "nominal", (), "", "-", "president"),
    ("She", "pronoun", (), "", "f", ""),
]


@pytest.mark.parametrize(("written", "kind", "core", "honorific", "gender", "head"), MENTIONS)
def test_analyse(
    written: str, kind: str, core: tuple[str, ...], honorific: str, gender: str, head: str
) -> None:
    text = f"said {written} on Monday"
    mention = analyse(text, 5, 5 + len(written), LEXICON)
    assert mention is not None
    assert (mention.kind, mention.core, mention.honorific, mention.gender, mention.head) == (
        kind,
        core,
        honorific,
        gender,
        head,
    )
    assert (mention.start, mention.end) == (5, 5 + len(written))


@pytest.mark.parametrize("written", ["Monday", "But"])
def test_analyse_names_nobody(written: str) -> None:
    assert analyse(written, 0, len(written), LEXICON) is None


# A speaker's name with an "s" added is the plural: "the two Mr.
# Knightleys" name no one person, and a "he" after them goes further back.
PLURALS = [
    pytest.param(
        "Emma saw Mr. Elton, and the two Mr. Knightleys came in. |",
        "Mr. Elton",
        id="the-plural-of-a-speaker-is-passed",
    ),
    pytest.param(
        "Emma saw Mr. Elton, and Mr. Knightley came in. |",
        "Mr. Knightley",
        id="the-speaker-himself-is-kept",
    ),
    pytest.param(
        "Emma saw Mr. Elton, and Mr. Lucas came in. |",
        "Mr. Lucas",
        id="a-name-in-s-of-no-speaker-is-kept",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLURALS)
def test_plural_of_a_speaker_names_no_one(text: str, expected: str) -> None:
    cast = Cast(text, LEXICON, [])
    cast.add_speaker(("Knightley",), "m")
    found = cast.antecedent(text.index("|"), "m")
    assert found is not None and text[found.start : found.end] == expected
