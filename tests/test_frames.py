"""The reporting frame read after a quotation: the words between its closing
mark and the cue, and the speaker mention among them.

The sentences are written for these tests. The pattern that reads those words
(``subject_gap``) reads each run of space and each word of a name one way
only, to fail fast on a gap that holds no subject; the property test checks it
against the same grammar written plainly, which keeps every reading. The
subject before a cue (``subject_before``, read backwards) is checked the same
way.
"""

from __future__ import annotations

import re
import sys

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from quotex import extract_quotes
from quotex.frames import cue_spans, last_cue
from quotex.lexicon import Lexicon
from quotex.patterns import ADVERB, APPOSITIVE, AUX, SP, SPEAKER, STD_SPACE, _mention

GAPS = [
    pytest.param("“We are ready,” Mr. Rubio told reporters.", (16, 25), "told", id="title"),
    pytest.param(
        "“We are ready,” — Speaker Paul Ryan said.", (18, 35), "said", id="dash-title-as-name"
    ),
    pytest.param(
        "“We are ready,” Brian Fallon, the campaign’s press secretary, said.",
        (16, 28),
        "said",
        id="appositive",
    ),
    pytest.param(
        "“We are ready,” 20-year-old student Maria Lopez said.", (36, 47), "said", id="descriptor"
    ),
    pytest.param("“We are ready,” Martin Luther King Jr. said.", (16, 38), "said", id="suffix"),
    pytest.param("“We are ready,” she quickly added.", (16, 19), "added", id="adverb"),
    # the dash is read as a descriptor word here, not as the dash after a
    # quotation: only then can the comma that follows it be read
    pytest.param("“We are ready,” -- , Jens Stoltenberg said.", (21, 37), "said", id="dash-comma"),
]


@pytest.mark.parametrize(("text", "mention", "cue"), GAPS)
def test_the_subject_between_quotation_and_cue(
    text: str, mention: tuple[int, int], cue: str
) -> None:
    (q,) = extract_quotes(text)
    assert (q.speaker_mention_span, q.cue, q.rule) == (mention, cue, "cue_after")


def test_a_gap_with_no_subject_gives_no_frame_after() -> None:
    text = "“We are ready,” Senate Minority Leader Harry M. Reid (D-Nev.) said."
    (q,) = extract_quotes(text)
    assert q.rule != "cue_after"


def test_the_speaker_and_appositive_groups_have_the_numbers_frames_read() -> None:
    groups = [
        p.groupindex for p in vars(Lexicon.default().patterns).values() if hasattr(p, "groupindex")
    ]
    assert [g["speaker"] for g in groups if "speaker" in g] == [SPEAKER] * 9
    assert [g["appositive"] for g in groups if "appositive" in g] == [APPOSITIVE] * 2


# -- the plain grammar, every reading kept ----------------------------------------------

_LEXICON = Lexicon.default()
_PLAIN_LEAD = (
    r"[ \t\u00a0]*[,;:]?[ \t\u00a0]*(?:[\N{EM DASH}\N{EN DASH}\N{HORIZONTAL BAR}]+|--)?\s*"
)
_PLAIN_DESCRIPTOR = r"(?:(?:(?:[\p{L}\-’'.]+|\p{N}+-\p{L}+-\p{L}+)" + SP + r"){1,5}?)"
_PLAIN_GAP = regex.compile(
    rf"{_PLAIN_LEAD}(?:{_PLAIN_DESCRIPTOR}(?:,{SP})?)??"
    rf"(?P<speaker>{_mention(_LEXICON, backwards=False)[1]})"
    rf"(?P<appositive>(?:,[^,;:“”\"\n\r]{{1,120}}){{1,2}},)?,?{SP}"
    rf"(?:(?:{AUX}){SP})?(?:{ADVERB}{SP})?"
)
_PLAIN_LEAD_ONLY = regex.compile(_PLAIN_LEAD)

# words and marks that steer the grammar: titles that are also capitalised
# words, initials, suffixes, particles, descriptors, dashes, a parenthesis
_WORDS = [
    *(
        "Jens Stoltenberg Mr. Mr MR Speaker Sen. Sen M. M Jr. Jr II van de the The "
        "campaign’s press secretary he she it 20-year-old (D-Nev.) - -- — ― ; : , . "
        "had also quickly a former Prime Minister O'Brien Seitz-Wald Élodie Dr Dr. "
        "U.S. to of and Gov. J. then wasn't not ’ \" 1"
    ).split(),
    "went on to",
]
_SPACES = (" ", " ", "  ", "\t", "\n", " \n ", "\r\n", "\u00a0", "", ",", ", ", "\u2003")


@given(
    st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SPACES)), max_size=9),
    st.sampled_from(_SPACES),
)
def test_subject_gap_reads_as_the_plain_grammar(words: list[tuple[str, str]], first: str) -> None:
    gap = first + "".join(w + s for w, s in words)
    fast = _LEXICON.patterns.subject_gap.fullmatch(gap)
    plain = _PLAIN_GAP.fullmatch(gap)
    assert (fast and fast.regs) == (plain and plain.regs)
    lead = _LEXICON.patterns.lead.match(gap)
    plain_lead = _PLAIN_LEAD_ONLY.match(gap)
    assert lead is not None and plain_lead is not None
    assert lead.end() == plain_lead.end()


def test_the_lead_reads_the_space_of_regex() -> None:
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert re.findall(STD_SPACE, every) == regex.findall(r"\s", every)


# -- the cues in a window ------------------------------------------------------------

_CUE_WORDS = [*"said told says so-called added went on according to he Said ".split(), "(", "“"]


@given(
    st.lists(st.tuples(st.sampled_from(_CUE_WORDS), st.sampled_from(_SPACES)), max_size=12),
    st.integers(0, 40),
    st.integers(0, 80),
)
def test_cue_spans_are_those_of_the_cue_pattern(
    words: list[tuple[str, str]], lo: int, hi: int
) -> None:
    text = "".join(w + s for w, s in words)
    pats = _LEXICON.patterns
    expected = [m.span() for m in pats.cue.finditer(text, lo, hi)]
    assert list(cue_spans(pats, text, lo, hi)) == expected
    assert last_cue(pats, text, lo, hi) == (expected[-1] if expected else None)


def test_a_cue_at_the_start_of_the_text_and_after_a_hyphen() -> None:
    text = "said Jens, a so-called expert, and added"
    assert list(cue_spans(_LEXICON.patterns, text, 0, len(text))) == [(0, 4), (35, 40)]


# -- the subject before a cue, read backwards ------------------------------------------

_PLAIN_BEFORE = regex.compile(
    rf"(?P<speaker>{_mention(_LEXICON, backwards=True, plain=True)[1]})"
    rf"(?:(?P<appositive>(?:,[^,;:“”\"\n\r]{{1,120}}){{1,2}},)|,)?{SP}"
    rf"(?:(?:{AUX}){SP})?(?:{ADVERB}{SP})?$",
    regex.REVERSE,
)
# names whose words have several readings ending at one place (a title that
# is also a word, "GOV." and its initial "V.", "McDonald" and "Donald"),
# particles, words that are no names, pronouns, nominals and long appositives
_BEFORE_WORDS = [
    *(
        "Jens Stoltenberg Gov Gov. GOV. GOV Governor V. Mr. Mr Jr. Jr McDonald O'Brien "
        "Seitz-Wald Élodie van de bin U.S. April And The the his He he I it they "
        "campaign’s press secretary former has also quickly wasn't not 43-year-old "
        "( ) -- ’ ' \" 1"
    ).split(),
    "went on to",
    "x" * 70,
]


@given(
    st.lists(st.tuples(st.sampled_from(_BEFORE_WORDS), st.sampled_from(_SPACES)), max_size=10),
    st.sampled_from(_SPACES),
)
def test_subject_before_reads_as_the_plain_grammar(words: list[tuple[str, str]], last: str) -> None:
    text = "".join(w + s for w, s in words) + last
    fast = _LEXICON.patterns.subject_before.match(text)
    plain = _PLAIN_BEFORE.match(text)
    assert (fast and fast.regs) == (plain and plain.regs)
