"""Given names and titles of the bundled lexicon, read in sentences.

``first_names.txt`` gives a name's gender, so that "she" finds "Melissa
Grant" and "he" skips "Ana Ruiz"; ``titles.txt`` splits a title from the
name it stands before ("Cllr Maurice Devenney" is Maurice Devenney). The
sentences are written for these tests, in the style of local news; each case
lists every quotation as ``(start, end, speaker)``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from quotex import Lexicon, LexiconError, extract_quotes


def spans(text: str) -> list[tuple[int, int, str | None]]:
    return [(q.start, q.end, q.speaker) for q in extract_quotes(text)]


# -- a pronoun finds the person its given name tells -----------------------------

PRONOUNS = [
    pytest.param(
        "Melissa Grant runs the shelter on Mill Road. “We are full every night,” she said.",
        [(46, 70, "Melissa Grant")],
        id="melissa",
    ),
    pytest.param(
        "Jen Walsh chairs the parents' group. “Nobody asked us,” she said.",
        [(38, 54, "Jen Walsh")],
        id="jen-short-form",
    ),
    pytest.param(
        "Fin Murphy has fished the loch for forty years. “The salmon are gone,” he said.",
        [(49, 69, "Fin Murphy")],
        id="fin-short-form",
    ),
    pytest.param(
        "Alex Hale met the board on Tuesday. “We will appeal,” he said.",
        [(37, 52, "Alex Hale")],
        id="alex",
    ),
    pytest.param(
        "Niamh Byrne teaches at the school. “The roof leaks,” she said.",
        [(36, 51, "Niamh Byrne")],
        id="niamh-irish",
    ),
    pytest.param(
        "Ruben Ortiz coaches the team. Ana Ruiz watched. “We lost our way,” he said.",
        [(49, 65, "Ruben Ortiz")],
        id="he-skips-a-woman",
    ),
    pytest.param(
        "Dolores Price heard the news at home. Her brother Tom was away. “I knew it,” she said.",
        [(65, 75, "Dolores Price")],
        id="she-skips-a-man",
    ),
    pytest.param(
        "“Georgia will decide,” said Hope Hicks.",
        [(1, 21, "Hope Hicks")],
        id="word-name-still-a-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUNS)
def test_given_name_resolves_pronoun(text: str, expected: list[tuple[int, int, str]]) -> None:
    assert spans(text) == expected


# -- a title before a name is not part of it -------------------------------------

TITLES = [
    pytest.param(
        "“The road must be fixed,” Cllr Maurice Devenney said.",
        [(1, 24, "Maurice Devenney")],
        id="cllr",
    ),
    pytest.param(
        "“The road must be fixed,” said Alderman Brendan Reilly.",
        [(1, 24, "Brendan Reilly")],
        id="alderman",
    ),
    pytest.param(
        "“We will not close the library,” Councillor Mary Hanafin said.",
        [(1, 31, "Mary Hanafin")],
        id="councillor",
    ),
    pytest.param(
        "“The budget is balanced,” Assemblywoman Nily Rozic said.",
        [(1, 24, "Nily Rozic")],
        id="assemblywoman",
    ),
    pytest.param(
        "“We are not for sale,” Taoiseach Leo Varadkar said.",
        [(1, 21, "Leo Varadkar")],
        id="taoiseach",
    ),
    pytest.param(
        "“The seats are safe,” said Labour MP Jess Phillips.",
        [(1, 20, "Jess Phillips")],
        id="mp-after-party",
    ),
    pytest.param(
        "“It was a fair trial,” Magistrate Emma Arbuthnot said.",
        [(1, 21, "Emma Arbuthnot")],
        id="magistrate",
    ),
    pytest.param(
        "“The ship is sound,” said Cmdr. Jon Hale.",
        [(1, 19, "Jon Hale")],
        id="cmdr",
    ),
    pytest.param(
        "“Pray for them,” Pastor Rick Warren said.",
        [(1, 15, "Rick Warren")],
        id="pastor",
    ),
    pytest.param(
        "“Nobody saw him,” Supt. Alan Todd said.",
        [(1, 16, "Alan Todd")],
        id="supt",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_title_is_split_from_name(text: str, expected: list[tuple[int, int, str]]) -> None:
    assert spans(text) == expected


# -- what the lists hold ------------------------------------------------------------

GENDERS = [
    ("melissa", "f"),
    ("jen", "f"),
    ("fin", "m"),
    ("alex", "m"),
    ("marilla", "f"),  # kept by hand: a novel's name, rare in birth records
    ("fitzwilliam", "m"),
    ("lindsey", "m"),  # kept by hand: a man in the news, though mostly a girl's name
    ("may", None),  # an English word
    ("hope", None),
    ("grant", None),
    ("savannah", None),  # a place
    ("kennedy", None),  # mostly a surname
    ("jordan", None),  # unisex
    ("king", None),  # a title
]


@pytest.mark.parametrize(("name", "gender"), GENDERS)
def test_first_name_gender(name: str, gender: str | None) -> None:
    assert Lexicon.default().first_names.get(name) == gender


def test_list_sizes() -> None:
    lexicon = Lexicon.default()
    assert len(lexicon.first_names) >= 5000
    assert len(lexicon.titles) >= 150
    assert {"alderman", "councillor", "cllr", "fr", "rabbi", "imam", "cfo"} <= set(lexicon.titles)


# -- extended per call --------------------------------------------------------

PER_CALL = [
    pytest.param(
        "“The bins are full,” said Warden Quenby Brown.",
        ("warden - no",),
        (),
        [(1, 19, "Warden Quenby Brown")],
        [(1, 19, "Quenby Brown")],
        id="title",
    ),
    pytest.param(
        "Zebulona Price opened the door. “We are ready,” she said.",
        (),
        ("zebulona f",),
        [(33, 46, None)],
        [(33, 46, "Zebulona Price")],
        id="given-name",
    ),
]


@pytest.mark.parametrize(("text", "titles", "names", "before", "after"), PER_CALL)
def test_titles_and_given_names_per_call(
    text: str,
    titles: tuple[str, ...],
    names: tuple[str, ...],
    before: list[tuple[int, int, str | None]],
    after: list[tuple[int, int, str | None]],
) -> None:
    lexicon = Lexicon.default().with_titles(*titles).with_given_names(*names)
    assert spans(text) == before
    assert [(q.start, q.end, q.speaker) for q in extract_quotes(text, lexicon=lexicon)] == after


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: Lexicon.default().with_titles("warden x no"), "expected 'title GENDER yes|no'"),
        (lambda: Lexicon.default().with_given_names("zebulona"), "expected 'word GENDER'"),
    ],
)
def test_malformed_entries_say_what_is_expected(call: Callable[[], Lexicon], message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        call()
