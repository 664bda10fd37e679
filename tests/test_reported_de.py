"""German reported speech: ``extract_quotes(lang="de", kinds=...)`` with
``"indirect"``.

Each case lists every quotation returned with all three kinds as
``(start, end, kind, speaker, cue, rule)``. The sentences are written for
these tests in the style of German news and fiction, in today's spelling
and in the spelling of before 1901 that digitised print keeps. Cases quotex
gets wrong keep the right answer, marked ``xfail(strict=True)`` with the
reason.
"""

from __future__ import annotations

from typing import Any

import pytest

from quotex import Quote, extract_quotes
from quotex.reported.words import reported_words
from tests.offsets import assert_offsets_hold

ALL = frozenset({"direct", "mixed", "indirect"})

Row = tuple[int, int, str, "str | None", "str | None", "str | None"]

CLAUSE = "reported_clause"
AFTER = "reported_after"
ACCORDING = "reported_according_to"
CONTINUED = "reported_continued"


def row(q: Quote) -> tuple[Any, ...]:
    return (q.start, q.end, q.kind, q.speaker, q.cue, q.rule)


def at(text: str, content: str) -> tuple[int, int]:
    """The offsets of ``content`` in ``text``, which holds it once."""
    assert text.count(content) == 1, content
    start = text.index(content)
    return start, start + len(content)


def xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=reason, strict=True)


# Each case: the text, then (content, speaker, cue, rule) for every report
# in text order; the offsets are where the content stands in the text.
CASES = [
    pytest.param(
        "Die Ministerin sagte, dass die Schulen im Herbst wieder öffnen.",
        [("dass die Schulen im Herbst wieder öffnen", "Ministerin", "sagte", CLAUSE)],
        id="dass-after-the-comma",
    ),
    pytest.param(
        "Der Bürgermeister erklärte, die Brücke sei seit Jahren baufällig.",
        [("die Brücke sei seit Jahren baufällig", "Bürgermeister", "erklärte", CLAUSE)],
        id="subjunctive-without-dass",
    ),
    pytest.param(
        "Anna Berger versicherte ihrem Nachbarn, sie habe nichts gesehen.",
        [("sie habe nichts gesehen", "Anna Berger", "versicherte", CLAUSE)],
        id="the-one-told-is-no-speaker",
    ),
    pytest.param(
        "Der Kapitän befahl seinen Leuten, die Segel einzuholen.",
        [("die Segel einzuholen", "Kapitän", "befahl", CLAUSE)],
        id="an-order-as-an-infinitive",
    ),
    pytest.param(
        "Der Wirt fragte den Fremden, ob er über Nacht bleiben wolle.",
        [("ob er über Nacht bleiben wolle", "Wirt", "fragte", CLAUSE)],
        id="a-dependent-question",
    ),
    pytest.param(
        "Wie die Zeitung meldet, soll das Fest auf den Herbst verschoben werden.",
        [("soll das Fest auf den Herbst verschoben werden", "Zeitung", "meldet", CLAUSE)],
        id="wie-names-the-source",
    ),
    pytest.param(
        "Als der Bauer hörte, es sei schon spät, ging er nach Hause.",
        [("es sei schon spät", "Bauer", "hörte", CLAUSE)],
        id="a-main-clause-after-the-content-ends-it",
    ),
    pytest.param(
        "Die Mutter erzählte, dass der Vater krank sei, und ging hinaus.",
        [("dass der Vater krank sei", "Mutter", "erzählte", CLAUSE)],
        id="a-clause-joined-on-in-the-indicative-ends-it",
    ),
    pytest.param(
        "Der Richter versicherte, daß das Urteil gerecht sei; der Angeklagte schwieg.",
        [("daß das Urteil gerecht sei", "Richter", "versicherte", CLAUSE)],
        id="old-spelling-and-a-semicolon",
    ),
    pytest.param(
        "Da erzählte ihm der Soldat daß er fortgelaufen sei.",
        [("daß er fortgelaufen sei", "Soldat", "erzählte", CLAUSE)],
        id="old-spelling-without-a-comma-and-the-speaker-after-the-cue",
    ),
    pytest.param(
        "Die Alte besah den Flachs und sagte, das sei unmöglich.",
        [("das sei unmöglich", "Alte", "sagte", CLAUSE)],
        id="a-cue-after-und-shares-the-subject",
    ),
    pytest.param(
        "Sie brachte die Nachricht, dass der Krieg zu Ende sei.",
        [("dass der Krieg zu Ende sei", None, "Nachricht", CLAUSE)],
        id="a-noun-that-carries-a-report",
    ),
    pytest.param(
        "Er sei krank, sagte der Lehrer.",
        [("Er sei krank", "Lehrer", "sagte", AFTER)],
        id="the-frame-after-the-content",
    ),
    pytest.param(
        "Dem Polizeibericht zufolge wurde niemand verletzt.",
        [("wurde niemand verletzt", "Polizeibericht", "zufolge", ACCORDING)],
        id="zufolge",
    ),
    pytest.param(
        "Laut Angaben der Feuerwehr brach der Brand im Keller aus.",
        [("brach der Brand im Keller aus", "Angaben der Feuerwehr", "Laut", ACCORDING)],
        id="laut",
    ),
    pytest.param(
        "Der Arzt erklärte, der Junge habe Fieber. Er müsse eine Woche im Bett bleiben. "
        "Dann ging er.",
        [
            ("der Junge habe Fieber", "Arzt", "erklärte", CLAUSE),
            ("Er müsse eine Woche im Bett bleiben", "Arzt", "erklärte", CONTINUED),
        ],
        id="the-subjunctive-goes-on-in-the-next-sentence",
    ),
    pytest.param(
        "Der Schreiber sagte zu dem\nalten Mann, er solle am Montag\nwiederkommen.",
        [("er solle am Montag\nwiederkommen", "Schreiber", "sagte", CLAUSE)],
        id="hard-wrapped-lines",
    ),
    pytest.param(
        "Die Nachricht, dass der Krieg zu Ende sei, verbreitete sich schnell.",
        [("dass der Krieg zu Ende sei", None, "Nachricht", CLAUSE)],
        id="a-noun-in-subject-position",
        marks=xfail("the content runs on into the predicate: no subject follows its verb"),
    ),
]

# Sentences that report nothing, and quotations that stay quotations.
NEGATIVES = [
    pytest.param("Sie sah, dass es regnete.", [], id="dass-after-a-verb-of-seeing"),
    pytest.param("Er wusste, dass sie recht hatte.", [], id="dass-after-a-verb-of-knowing"),
    pytest.param("Er sagte ihm alles, was er wusste.", [], id="a-relative-clause-after-alles"),
    pytest.param(
        "Hat der Minister gesagt, dass die Steuern steigen?", [], id="a-question-about-speech"
    ),
    pytest.param("Falls er sagt, dass er kommt, backen wir einen Kuchen.", [], id="a-condition"),
    pytest.param("Sie weinte laut und lange in der Nacht.", [], id="laut-as-an-adverb"),
    pytest.param("Er sagte ihr, um sie zu trösten, nichts.", [], id="an-infinitive-of-purpose"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reported_de(text: str, expected: list[tuple[str, str | None, str, str]]) -> None:
    found = extract_quotes(text, lang="de", kinds=ALL)
    rows = [(*at(text, c), "indirect", speaker, cue, rule) for c, speaker, cue, rule in expected]
    assert [row(q) for q in found] == rows
    assert_offsets_hold(text, found)


@pytest.mark.parametrize(("text", "expected"), NEGATIVES)
def test_no_report_de(text: str, expected: list[Row]) -> None:
    assert [row(q) for q in extract_quotes(text, lang="de", kinds=ALL)] == expected


def test_a_quotation_framed_by_a_cue_stays_a_quotation() -> None:
    text = "»Komm herein«, sagte die Mutter, und er kam."
    found = extract_quotes(text, lang="de", kinds=ALL)
    assert [row(q) for q in found] == [(1, 12, "direct", "Mutter", "sagte", "cue_after")]


def test_a_quotation_ends_the_content_before_it() -> None:
    text = "Der Pfarrer erklärte, man müsse jetzt gehen. »Sofort!«, rief er."
    found = extract_quotes(text, lang="de", kinds=ALL)
    assert [(q.text, q.kind) for q in found] == [
        ("man müsse jetzt gehen", "indirect"),
        ("Sofort!", "direct"),
    ]


def test_german_reports_are_read_only_when_asked_for() -> None:
    text = "Der Bürgermeister erklärte, die Brücke sei seit Jahren baufällig."
    assert extract_quotes(text, lang="de") == []


def test_the_words_of_german_reports_are_read_from_its_folder() -> None:
    words = reported_words("de")
    assert words.clauses and not reported_words("en").clauses
    assert "daß" in words.complementizers and "sei" in words.subjunctives
    assert words.infinitive is not None and words.infinitive.search("das Tor zu öffnen.")
