"""German: marks, frames and speakers, read with ``lang="de"``.

Every sentence is written for these tests, in the layouts of German news
and fiction; offsets are exact.
"""

from __future__ import annotations

import pytest

from quotex import Lexicon, extract_quotes

Row = tuple[int, int, str | None, str | None, str | None]


def read(text: str) -> list[Row]:
    return [(q.start, q.end, q.speaker, q.cue, q.rule) for q in extract_quotes(text, lang="de")]


FRAMES = [
    pytest.param(
        "Merkel sagte: „Wir schaffen das.“",
        [(15, 32, "Merkel", "sagte", "cue_before")],
        id="colon-frame",
    ),
    pytest.param(
        "Der Kanzler erklärte am Montag in Berlin: „Wir helfen.“",
        [(43, 54, "Kanzler", "erklärte", "cue_before")],
        id="colon-frame-far",
    ),
    pytest.param(
        "Olaf Scholz kam spät. „Das geht nicht“, sagte er.",
        [(23, 37, "Olaf Scholz", "sagte", "cue_after")],
        id="inverted-pronoun",
    ),
    pytest.param(
        "„Das ist falsch“, erklärte Merkel.",
        [(1, 15, "Merkel", "erklärte", "cue_after")],
        id="inverted-name",
    ),
    pytest.param(
        "„Nein“, antwortete Frau Müller.",
        [(1, 5, "Frau Müller", "antwortete", "cue_after")],
        id="inverted-honorific",
    ),
    pytest.param(
        "»Komm herein!« rief die alte Mutter.",
        [(1, 13, "Mutter", "rief", "cue_after")],
        id="chevrons-nominal",
    ),
    pytest.param(
        "„Wir bleiben“, fügte Angela Merkel hinzu.",
        [(1, 12, "Angela Merkel", "fügte", "cue_after")],
        id="separable-hinzu",
    ),
    pytest.param(
        "»Und dann«, fuhr der Alte fort, »gingen wir heim.«",
        [(1, 9, "Alte", "fuhr", "cue_after"), (33, 49, "Alte", "fuhr", "chained_cue")],
        id="separable-fort",
    ),
    pytest.param(
        "„Die Lage ist ernst“, so der Minister.",
        [(1, 19, "Minister", "so", "according_to")],
        id="so-phrase",
    ),
    pytest.param(
        "„Die Lage ist ernst“, so Angela Merkel am Montag.",
        [(1, 19, "Angela Merkel", "so", "according_to")],
        id="so-phrase-goes-on",
    ),
    pytest.param(
        "„Die Lage ist ernst“, laut dem Minister.",
        [(1, 19, "Minister", "laut", "according_to")],
        id="laut-phrase",
    ),
    pytest.param(
        "„Die Lage ist ernst“, dem Minister zufolge.",
        [(1, 19, "Minister", "zufolge", "according_to")],
        id="zufolge-postposition",
    ),
    pytest.param(
        "Anna und Peter saßen am Tisch. „Ich gehe“, sagte sie. „Bleib“, sagte er.",
        [(32, 40, "Anna", "sagte", "cue_after"), (55, 60, "Peter", "sagte", "cue_after")],
        id="pronouns-by-gender",
    ),
    pytest.param(
        "Angela Merkel:\n„Wir schaffen das.“",
        [(16, 33, "Angela Merkel", None, "colon")],
        id="name-on-its-own-line",
    ),
    pytest.param(
        "Die Rede\n\nAngela Merkel\n„Wir schaffen das.“\n\nOlaf Scholz\n„Wir auch.“",
        [(25, 42, "Angela Merkel", None, "colon"), (58, 67, "Olaf Scholz", None, "colon")],
        id="names-on-lines-above",
    ),
    pytest.param(
        "Er flüsterte: ‚Komm mit.‘",
        [(15, 24, None, "flüsterte", "cue_before")],
        id="single-low-marks",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRAMES)
def test_german_frames(text: str, expected: list[Row]) -> None:
    assert read(text) == expected


NO_SPEAKER = [
    # a capitalised noun before a colon is no name: German capitalises them all
    pytest.param("Der Haken: „Er kam nicht.“", [(12, 25, None, None, None)], id="noun-colon"),
    pytest.param("Merkel: „Wir schaffen das.“", [(9, 26, None, None, None)], id="bare-name-colon"),
    pytest.param(
        "Vorher.\n\nDer Haken\n„Er kam nicht.“", [(20, 33, None, None, None)], id="noun-line"
    ),
    # a noun after an article is no subject ("dem Reporter gesagt"): the
    # sentence's is
    pytest.param(
        "Scholz hat dem Reporter gesagt: „Nie wieder.“",
        [(33, 44, "Scholz", "gesagt", "cue_before")],
        id="dative-no-subject",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NO_SPEAKER)
def test_a_german_name_needs_evidence(text: str, expected: list[Row]) -> None:
    assert read(text) == expected


MARKS = [
    # » opens and « closes; a « after a word never opens
    pytest.param(
        "»Ja«, sagte er. »Nein«, sagte sie.",
        [(1, 3, None, "sagte", "cue_after"), (17, 21, None, "sagte", "cue_after")],
        id="chevrons-pair-inward",
    ),
    # an excerpt that begins inside a quotation
    pytest.param(
        "nach Hause!« rief der Vater. Dann ging er.",
        [(0, 11, "Vater", "rief", "cue_after")],
        id="excerpt-begins-inside",
    ),
    # a quotation of hard-wrapped lines, closed two lines on
    pytest.param(
        "Er sagte damals: „Wir werden\ndas Land nicht verlassen, und wir\n"
        "bleiben hier.“ Dann ging er.",
        [(18, 76, None, "sagte", "cue_before")],
        id="wrapped-lines",
    ),
    # a „ between spaces is a ditto mark in a table
    pytest.param("Weizen 12 Mark\nRoggen „ 10 Mark\nHafer „ 9 Mark", [], id="ditto-marks"),
    # a thought, not speech
    pytest.param("»Aha!« dachte er und ging hinaus.", [], id="thought"),
    # a newspaper's name, not speech
    pytest.param("Die „Kreuzzeitung“ und der „Vorwärts“ schrieben es.", [], id="quoted-names"),
]


@pytest.mark.parametrize(("text", "expected"), MARKS)
def test_german_marks(text: str, expected: list[Row]) -> None:
    assert read(text) == expected


def test_english_reads_the_same_text_as_it_always_did() -> None:
    # « after a word opens in English (French layout): German conventions
    # are the German lexicon's alone
    text = "nach Hause!« rief der Vater."
    assert [(q.start, q.kind) for q in extract_quotes(text, scare_quotes=True)] == [(13, "mixed")]


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("sagte", "sagen"),
        ("gesagt", "sagen"),
        ("antwortete", "antworten"),
        ("erklärt", "erklären"),
        ("flüsterte", "flüstern"),
        ("rief", "rufen"),
        ("fügte", "hinzufügen"),
        ("hinzugefügt", "hinzufügen"),
        ("fuhr", "fortfahren"),
    ],
)
def test_german_verb_forms(form: str, lemma: str) -> None:
    assert Lexicon.default("de").lemma(form) == lemma


def test_speakers_named_by_nouns_take_turns() -> None:
    text = (
        "»Kommst du mit?« fragte der Alte.\n"
        "»Nein«, sagte die Magd.\n"
        "»Warum nicht?«\n"
        "»Ich habe keine Zeit.«\n"
        "»Und morgen?«\n"
        "»Morgen auch nicht.«"
    )
    assert read(text) == [
        (1, 15, "Alte", "fragte", "cue_after"),
        (35, 39, "Magd", "sagte", "cue_after"),
        (59, 71, "Alte", None, "dialogue_turn"),
        (74, 94, "Magd", None, "dialogue_turn"),
        (97, 108, "Alte", None, "dialogue_turn"),
        (111, 129, "Magd", None, "dialogue_turn"),
    ]
