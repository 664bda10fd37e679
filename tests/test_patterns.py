"""The patterns of a lexicon, each read on the words next to a quotation.

Each table gives the stretch a frame reader hands a pattern (the gap between
a closing mark and a cue, the words before a cue, ...) and the speaker the
pattern reads there, or ``None``. The sentences are written for these tests
after layouts seen in news and fiction.
"""

from __future__ import annotations

import pickle

import pytest
import regex

from quotex import extract_quotes
from quotex.grammar import alternation
from quotex.lexicon import Lexicon, word_list
from quotex.patterns import Patterns, patterns_for

_PATS = patterns_for(Lexicon.default())


def _speaker(m: regex.Match[str] | None) -> str | None:
    return None if m is None else m.group("speaker")


# -- compiled once per lexicon ---------------------------------------------------------


def test_a_lexicon_compiles_its_patterns_once() -> None:
    lexicon = Lexicon.default()
    assert patterns_for(lexicon) is patterns_for(lexicon)
    assert patterns_for(lexicon).lexicon is lexicon


def test_a_new_lexicon_has_patterns_of_its_own() -> None:
    more = Lexicon.default().with_verbs("intone")
    assert patterns_for(more) is not _PATS
    assert patterns_for(more).cue.search("Hidalgo intoned") is not None
    assert _PATS.cue.search("Hidalgo intoned") is None


def test_a_pickled_lexicon_compiles_patterns_where_it_arrives() -> None:
    more = Lexicon.default().with_verbs("intone")
    back = pickle.loads(pickle.dumps(more))
    assert isinstance(patterns_for(back), Patterns)
    assert patterns_for(back).cue.search("Hidalgo intoned") is not None
    text = "“It is a trap,” Hidalgo intoned."
    assert extract_quotes(text, lexicon=back) == extract_quotes(text, lexicon=more)


# -- word tries --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "backwards", "expected"),
    [
        (["said", "say", "says"], False, "sa(?:id|y(?:s)?)"),
        (["said", "paid"], True, "(?:p|s)aid"),
        (
            ["went", "went on"],
            False,
            r"went(?:(?:[ \t\u00a0]+|[ \t\u00a0]*(?:\r\n|\n|\r)"
            r"[ \t\u00a0]*)on)?",
        ),
        (["Mr", "Mrs"], False, "Mr(?:s)?"),
        (["", "a"], False, "a"),
    ],
)
def test_alternation(words: list[str], backwards: bool, expected: str) -> None:
    assert alternation(words, backwards) == expected


def test_an_alternation_tries_the_longer_word_first() -> None:
    went = regex.match(alternation(["went", "went on"]), "went on")
    mrs = regex.match(alternation(["Mr", "Mrs"]), "Mrs")
    assert (went and went.group(), mrs and mrs.group()) == ("went on", "Mrs")


# -- cues --------------------------------------------------------------------------------

CUES = [
    pytest.param("“Go,” he said.", ["said"], id="verb"),
    pytest.param("He went on to say more.", ["went on", "say"], id="phrasal-verb"),
    pytest.param("She blurted  out the news.", ["blurted  out"], id="any-space-inside"),
    pytest.param("“No,” according to the minister.", ["according to"], id="phrase"),
    pytest.param("Said Comey, “no.”", ["Said"], id="verb-opening-a-sentence"),
    pytest.param("Post Reveals Plan", [], id="headline-capitals"),
    pytest.param("a so-called expert", [], id="inside-hyphenated-word"),
    pytest.param("the saying goes", ["saying"], id="a-form-is-a-form"),
]


@pytest.mark.parametrize(("text", "expected"), CUES)
def test_cue(text: str, expected: list[str]) -> None:
    assert [m.group() for m in _PATS.cue.finditer(text)] == expected


# -- after a quotation -------------------------------------------------------------------

GAPS = [
    pytest.param(" he ", "he", None, id="pronoun"),
    pytest.param(", chief executive Tim Cook ", "Tim Cook", None, id="descriptor"),
    pytest.param(" — Speaker Paul Ryan ", "Speaker Paul Ryan", None, id="dash-title"),
    pytest.param(
        ", Jens Stoltenberg, the NATO chief, ",
        "Jens Stoltenberg",
        ", the NATO chief,",
        id="appositive",
    ),
    pytest.param(" she quickly ", "she", None, id="adverb"),
    pytest.param(" Trump has also ", "Trump", None, id="auxiliary-adverb"),
    pytest.param(" Trump wasn't ", "Trump", None, id="negated-auxiliary"),
    pytest.param(", the ship sank and ", None, None, id="a-clause"),
]


@pytest.mark.parametrize(("gap", "speaker", "appositive"), GAPS)
def test_subject_gap(gap: str, speaker: str | None, appositive: str | None) -> None:
    m = _PATS.subject_gap.fullmatch(gap)
    assert _speaker(m) == speaker
    assert (m and m.group("appositive")) == appositive


@pytest.mark.parametrize(
    ("after", "mention", "named"),
    [
        (" Stoltenberg, ", "Stoltenberg", None),
        (" quietly the old man", "the old man", None),
        (" another Twitter user, Johanna Bayer.", "another Twitter user", "Johanna Bayer"),
        (" to reporters", None, None),
    ],
)
def test_the_speaker_after_a_cue(after: str, mention: str | None, named: str | None) -> None:
    assert _speaker(_PATS.mention_after.match(after)) == mention
    assert _speaker(_PATS.named_after.match(after)) == named


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        (" — Commissioner Geoffrey Starks", "Commissioner Geoffrey Starks"),
        (" -- Sen. John McCain, in a statement", "Sen. John McCain"),
        (" - Mr. Smith", None),  # a hyphen is no dash
        (" — and then", None),
    ],
)
def test_after_dash(after: str, speaker: str | None) -> None:
    assert _speaker(_PATS.after_dash.match(after)) == speaker


# -- before a quotation ------------------------------------------------------------------

SUBJECTS = [
    pytest.param("In a Bloomberg interview Trump ", "Trump", id="nearest-the-cue"),
    pytest.param("Brian Fallon, the campaign's press secretary, ", "Brian Fallon", id="appositive"),
    pytest.param("Hugh Hill, a doctor, has also ", "Hugh Hill", id="auxiliary-adverb"),
    pytest.param("that Tom Avery ", "Tom Avery", id="after-a-conjunction"),
    pytest.param("the report ", "the report", id="nominal"),
    pytest.param("in a statement on Monday ", None, id="no-subject"),
]


@pytest.mark.parametrize(("before", "speaker"), SUBJECTS)
def test_subject_before(before: str, speaker: str | None) -> None:
    assert _speaker(_PATS.subject_before.match(before)) == speaker


@pytest.mark.parametrize(
    ("before", "speaker", "coordinated"),
    [
        ("Panteley looked at the cross and ", "Panteley", True),
        ("He stood up, then ", "He", True),
        ("After the vote he ", None, False),
    ],
)
def test_the_subject_opening_a_sentence(
    before: str, speaker: str | None, coordinated: bool
) -> None:
    assert _speaker(_PATS.sentence_subject.match(before)) == speaker
    assert (_PATS.coordination.search(before) is not None) is coordinated


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        ("NATO SG Jens Stoltenberg: ", "NATO SG Jens Stoltenberg"),
        ("Statement by Stoltenberg:\n", "Stoltenberg"),
        ("Monday: ", None),  # no name starts with it
        ("He told them: ", None),
        ("Stoltenberg said ", None),
    ],
)
def test_before_colon(before: str, speaker: str | None) -> None:
    assert _speaker(_PATS.before_colon.match(before)) == speaker


# -- names and vocatives -----------------------------------------------------------------


def test_names_in_narration() -> None:
    text = "Yesterday Charles de Gaulle met Martin Luther King Jr. and O'Brien in Paris."
    assert [m.group() for m in _PATS.name.finditer(text)] == [
        "Charles de Gaulle",
        "Martin Luther King Jr",
        "O'Brien",
        "Paris",
    ]


@pytest.mark.parametrize(
    ("turn", "first", "last"),
    [
        ("Aziz, don't chatter.", "Aziz", None),
        ("Don't chatter, Aziz.", None, "Aziz"),
        ("Well, go on.", None, None),
    ],
)
def test_vocatives(turn: str, first: str | None, last: str | None) -> None:
    assert _speaker(_PATS.vocative_first.match(turn)) == first
    assert _speaker(_PATS.vocative_last.search(turn)) == last


# -- data --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "adverbs.txt",
        "auxiliaries.txt",
        "auxiliary_adverbs.txt",
        "coordinators.txt",
        "name_suffixes.txt",
        "nominal_stops.txt",
        "opening_verbs.txt",
    ],
)
def test_the_grammar_word_lists_are_single_words(name: str) -> None:
    words = word_list(name)
    assert words
    assert all(w.isalpha() for w in words)
