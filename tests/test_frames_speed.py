"""The shortcuts ``frames`` takes past its patterns read as the patterns do.

Each shortcut decides some inputs without matching the pattern it stands in
for; these properties compare the two on generated text made of the words
and marks that steer the grammar.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotex import extract_quotes
from quotex.frames import (
    _COORDINATION_ENDS,
    _DASH,
    _named_appositive,
    _trim_mention,
    colon_speaker,
    gap_subject,
    subject_words,
)
from quotex.lexicon import Lexicon
from quotex.patterns import SPEAKER, AnyMatch

_LEXICON = Lexicon.default()
_PATS = _LEXICON.patterns


def _mention_of(text: str, found: AnyMatch | None) -> tuple[int, int] | None:
    """The mention a frame pattern's match gives, as ``frames`` reads it."""
    if found is None:
        return None
    ms, me = _named_appositive(text, found, _PATS.name) or found.span(SPEAKER)
    return _trim_mention(text, ms, me)


def _gap_by_pattern(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    return _mention_of(text, _PATS.subject_gap.fullmatch(text, lo, hi))


# words of every kind a one-word gap may hold: pronouns in both cases, words
# no name starts with, titles, particles, determiners, all-capital words,
# names, and words the shortcut leaves to the pattern
_ONE_WORDS = sorted(
    {
        *_PATS.pronoun_words,
        *(p.upper() for p in _LEXICON.pronouns),
        *_PATS.not_name_words,
        *_LEXICON.not_names,
        *(t.capitalize() for t in _LEXICON.titles),
        *(t.upper() for t in _LEXICON.titles),
        *_LEXICON.particles,
        *"the The a A an An his His Jr II III IV NATO SG McDonald iPhone Trump".split(),
        *"Trump’s O'Brien Seitz-Wald Élodie Mr. M. J 20-year-old U.S. 1 ( , ; —".split(),
    }
)
_BEFORE = ("", "”", "’", "a", " ", "-", "\n")
_SPACES = ("", " ", "  ", "\t", "\u00a0", "\n", " \n ", ",", ", ", " — ", "\u2003", "\r\n")


@given(
    st.sampled_from(_BEFORE),
    st.sampled_from(_SPACES),
    st.one_of(
        st.sampled_from(_ONE_WORDS),
        st.text("abcdehiszABCDEHISZ", min_size=1, max_size=6),
    ),
    st.sampled_from(_SPACES),
    st.sampled_from(("", "said", "x")),
)
def test_a_one_word_gap_reads_as_subject_gap(
    before: str, lead: str, word: str, trail: str, after: str
) -> None:
    text = before + lead + word + trail + after
    lo, hi = len(before), len(text) - len(after)
    assert gap_subject(_PATS, text, lo, hi) == _gap_by_pattern(text, lo, hi)


_GAP_WORDS = [*_ONE_WORDS, "(D-Nev.)", "went on to", "also", "quickly", "has", "not", "to"]


@given(
    st.sampled_from(_BEFORE),
    st.lists(st.tuples(st.sampled_from(_SPACES), st.sampled_from(_GAP_WORDS)), max_size=6),
    st.sampled_from(_SPACES),
)
def test_any_gap_reads_as_subject_gap(
    before: str, words: list[tuple[str, str]], trail: str
) -> None:
    text = before + "".join(s + w for s, w in words) + trail + "said"
    lo, hi = len(before), len(text) - len("said")
    assert gap_subject(_PATS, text, lo, hi) == _gap_by_pattern(text, lo, hi)


def _subject_by_pattern(text: str, lo: int, cs: int) -> tuple[int, int] | None:
    return _mention_of(text, _PATS.subject_before.match(text, lo, cs))


# what may stand before a cue: names and the words around them, and what
# closes a name or lets it go on
_SUBJECT_WORDS = [
    *_ONE_WORDS,
    *"Jens Stoltenberg Hillary Clinton Sen. John McCain McCrory (R) Kelly Otto".split(),
    *"said also quickly has not to went on later only de van bin al iPhone MacLeod".split(),
    *"The But Monday Republican President Vice Secretary General he she they".split(),
    *"Jr. Sr II. 2016 U.S. Trump’s Démocrate ’s ' - . , ( “ ” — …".split(),
]
_SUBJECT_SPACES = (" ", " ", " ", "", "  ", "\t", "\u00a0", "\n", ", ", ". ", " — ", "\r\n")


@given(
    st.sampled_from(("", "x", " ", "\n", "“")),
    st.lists(
        st.tuples(st.sampled_from(_SUBJECT_SPACES), st.sampled_from(_SUBJECT_WORDS)),
        min_size=1,
        max_size=9,
    ),
    st.sampled_from((" ", " ", "  ", "\u00a0", ", ", "")),
    st.integers(0, 3),
)
def test_words_before_a_cue_read_as_subject_before(
    before: str, words: list[tuple[str, str]], space: str, cut: int
) -> None:
    _check_subject(before, words, space, cut)


def _check_subject(before: str, words: list[tuple[str, str]], space: str, cut: int) -> None:
    text = before + "".join(s + w for s, w in words) + space + "said"
    cs = len(text) - len("said")
    lo = min(cut, cs)  # the window may start inside the words
    found = subject_words(_PATS, text, lo, cs)
    if found is not None:  # None: the shortcut leaves it to the pattern
        assert found == _subject_by_pattern(text, lo, cs)


_NAME_RUN_WORDS = [
    *"Jens Stoltenberg The But He he she President Mr Sen de van al said the".split(),
    *"iPhone Jr II Kelly Otto to also (R) , “ — Monday NATO X a McCain Said".split(),
    *"Sen. J. Obama. year. Gen. SEN. U.S. Jr. ’ ‘ ' - . 7 é É Ørsted".split(),
]


@given(
    st.sampled_from(("", "x", " ", "\n", "“", ", ")),
    st.lists(
        st.tuples(st.sampled_from((" ", " ", "", ", ")), st.sampled_from(_NAME_RUN_WORDS)),
        min_size=1,
        max_size=10,
    ),
    st.sampled_from((" ", " ", "  ")),
    st.integers(0, 3),
)
def test_runs_of_names_before_a_cue_read_as_subject_before(
    before: str, words: list[tuple[str, str]], space: str, cut: int
) -> None:
    # single spaces between words, as the shortcut reads them (a quarter of
    # these texts take it, against a twentieth above)
    _check_subject(before, words, space, cut)


def test_the_subject_shortcut_reads_the_common_layouts() -> None:
    cases = {
        "In Brussels, Jens Stoltenberg said": "Jens Stoltenberg",
        "Later that day he said": "he",
        "But Trump said": "Trump",
        "and the spokesman, Mr Kirby, and (R) Obama said": "Obama",
        "the party chairman Reince Priebus said": "Reince Priebus",
        "Trump said": "Trump",
        "He said": "He",
        "Earlier this year. Sen. John McCain said": "Sen. John McCain",
        "a statement to Obama. Clinton said": "Clinton",
    }
    for before, subject in cases.items():
        cs = len(before) - len("said")
        found = subject_words(_PATS, before, 0, cs)
        assert found is not None
        assert before[found[0] : found[1]] == subject
        assert found == _subject_by_pattern(before, 0, cs)


def _colon_by_pattern(text: str, lo: int) -> tuple[int, int] | None:
    """The name ``before_colon`` finds searched from every place."""
    found = _PATS.before_colon.search(text, lo)
    return found.span(SPEAKER) if found is not None else None


_COLON_WORDS = [
    *"Jens Stoltenberg Mr. Sen SEN J. de van al bin Jr II. Sr. III and said".split(),
    *"IOWA POLLS NOT WRONG, JUST TOO EARLY DOESN’T The ( — - : (R) NATO SG".split(),
    *"McDonald O'Brien Seitz-Wald x-Mark é Élodie Ørsted 7 ’s".split(),
]


@given(
    st.lists(
        st.tuples(
            st.sampled_from((" ", " ", "  ", "\n", ", ", "\u00a0")), st.sampled_from(_COLON_WORDS)
        ),
        min_size=1,
        max_size=20,
    ),
    st.sampled_from((":", ": ", " : ", ":\n", ":\u00a0")),
)
def test_a_name_before_a_colon_reads_as_before_colon(
    words: list[tuple[str, str]], colon: str
) -> None:
    text = "".join(s + w for s, w in words) + colon
    for lo in (0, 1, 5):
        lo = min(lo, len(text))
        assert colon_speaker(_PATS, text, lo, len(text)) == _colon_by_pattern(text, lo)


def test_a_headline_in_capitals_before_a_colon() -> None:
    # the name after the dash; the capitals before it open no name that
    # reaches the colon, however many words they are
    text = "TURNOUT IN THE EARLY STATES WILL NOT DECIDE THIS RACE - Anna Maria van Berg: "
    assert colon_speaker(_PATS, text, 0, len(text)) == (56, 75)
    assert text[56:75] == "Anna Maria van Berg"
    assert _colon_by_pattern(text, 0) == (56, 75)


# -- the tests frames makes before a pattern, to skip it ------------------------------

# letters, the words the tests are about, and what the patterns read around them
_AROUND = "andthebutorsixZé \t\u00a0\r\n,;:.—–―-“”\u2003"


@given(st.text(_AROUND, min_size=2, max_size=12))
def test_a_gap_with_a_letter_before_its_last_character_is_no_lead(gap: str) -> None:
    # read_after asks the lead pattern only when gap[-2] is no letter
    lead = _PATS.lead.match(gap)
    assert lead is not None
    if gap[-2].isalpha():
        assert lead.end() < len(gap)


@given(st.text(_AROUND, min_size=1, max_size=12))
def test_no_signature_dash_where_a_letter_follows(after: str) -> None:
    # read_after asks _DASH only when the first character, or the one after a
    # single space, is no letter
    c = after[1] if after[0] == " " and len(after) > 1 else after[0]
    if c.isalpha():
        assert _DASH.match(after) is None


@given(st.text(_AROUND, min_size=0, max_size=8))
def test_no_coordination_without_its_last_letter_or_a_space(window: str) -> None:
    # read_before asks the coordination pattern only when the character
    # second before the cue is in _COORDINATION_ENDS
    if len(window) < 2 or window[-2] not in _COORDINATION_ENDS:
        assert _PATS.coordination.search(window) is None


@pytest.mark.parametrize(
    ("text", "speaker", "rule"),
    [
        ("“We are ready.”  — Commissioner Geoffrey Starks", "Geoffrey Starks", "signature"),
        ("“We are ready.”—Commissioner Geoffrey Starks", "Geoffrey Starks", "signature"),
        ("“We are ready,”, said Jens Stoltenberg.", "Jens Stoltenberg", "cue_after"),
        ("“We are ready,” he said.", None, "cue_after"),  # no antecedent for "he"
    ],
)
def test_frames_after_a_quotation_around_the_skipped_patterns(
    text: str, speaker: str | None, rule: str
) -> None:
    (q,) = extract_quotes(text)
    assert (q.start, q.speaker, q.rule) == (1, speaker, rule)


def test_a_cue_after_and_with_two_spaces_shares_the_subject() -> None:
    text = "Jens Stoltenberg stood up and  said: “We are ready.”"
    (q,) = extract_quotes(text)
    # "and  said" is a coordination: the subject is the sentence's, not "up"
    assert (q.start, q.end, q.speaker, q.cue, q.rule) == (
        38,
        51,
        "Jens Stoltenberg",
        "said",
        "cue_before",
    )
