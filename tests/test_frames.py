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

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from quotex import extract_quotes
from quotex.cue_words import last_cue
from quotex.grammar import ADVERB, AUX, SP, alternation, cased, fragments, mention
from quotex.lexicon import Lexicon
from quotex.patterns import patterns_for

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
    pytest.param(
        "“We are ready,” Senate Minority Leader Harry M. Reid (D-Nev.) said.",
        (16, 52),
        "said",
        id="party-in-brackets",
    ),
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
    text = "“We are ready,” Reid (who leads the Democrats in the Senate) said."
    (q,) = extract_quotes(text)
    assert q.rule != "cue_after"


FRAMES = [
    pytest.param(
        "Hugh Hill, a doctor, said: “We are ready.”",
        "cue_before",
        "Hugh Hill",
        "said",
        id="before-appositive",
    ),
    pytest.param("Stoltenberg: “We are ready.”", "colon", "Stoltenberg", None, id="colon"),
    pytest.param(
        "According to the minister, “we are ready.”",
        "according_to",
        "the minister",
        "According to",
        id="phrase-before",
    ),
    pytest.param(
        "Panteley looked at the cross and asked: “Are we ready?”",
        "cue_before",
        "Panteley",
        "asked",
        id="coordination",
    ),
    pytest.param(
        "But, said Solovey, “we are ready.”", "cue_before", "Solovey", "said", id="inverted"
    ),
    pytest.param(
        "“We are ready.” — Commissioner Geoffrey Starks",
        "signature",
        "Commissioner Geoffrey Starks",
        None,
        id="signature",
    ),
    pytest.param(
        "“We are ready,” said another Twitter user, Johanna Bayer.",
        "cue_after",
        "Johanna Bayer",
        "said",
        id="description-then-name",
    ),
    pytest.param(
        "“We are ready,” according to the minister.",
        "according_to",
        "the minister",
        "according to",
        id="phrase-after",
    ),
    pytest.param(
        "“We are ready,” the assailant, John McGraw, told reporters.",
        "cue_after",
        "John McGraw",
        "told",
        id="name-in-appositive",
    ),
    pytest.param(
        "“We are ready,” said Stoltenberg.", "cue_after", "Stoltenberg", "said", id="inverted-after"
    ),
]


@pytest.mark.parametrize(("text", "rule", "mention", "cue"), FRAMES)
def test_frame_layouts(text: str, rule: str, mention: str, cue: str | None) -> None:
    (q,) = extract_quotes(text)
    start, end = q.speaker_mention_span or (0, 0)
    assert (q.rule, text[start:end], q.cue) == (rule, mention, cue)


def test_a_cue_with_no_subject_of_its_own() -> None:
    text = "He believed, “we are ready,” alleging “they are not.”"
    first, second = extract_quotes(text)
    assert (first.rule, first.cue) == ("cue_before", "believed")
    assert (second.rule, second.cue, second.speaker_mention_span) == (
        "chained_cue",
        "alleging",
        (0, 2),
    )


# -- the plain grammar, every reading kept ----------------------------------------------

_LEXICON = Lexicon.default()
_PATS = patterns_for(_LEXICON)
_PLAIN_LEAD = (
    r"[ \t\u00a0]*[,;:]?[ \t\u00a0]*(?:[\N{EM DASH}\N{EN DASH}\N{HORIZONTAL BAR}]+|--)?\s*"
)
_PLAIN_DESCRIPTOR = (
    r"(?:(?:(?:[\p{L}\-’'.][\p{L}\p{N}\-’'.]*|[\p{N}$][\p{L}\p{N}/\-]*)" + SP + r"){1,5}?)"
)
# a description that opens with a possessive or a determiner, then a comma
_PLAIN_DESCRIBED = (
    rf"(?:{_PLAIN_DESCRIPTOR}??\p{{Lu}}[\p{{L}}\p{{M}}\-]*['’]s[ \t]"
    rf"|(?:{alternation(cased(fragments('en').determiners))}){SP})"
    rf"[^,“”\"\n\r]{{1,60}}?,{SP}(?=\p{{Lu}})"
)
_PLAIN_GAP = regex.compile(
    rf"{_PLAIN_LEAD}(?:{_PLAIN_DESCRIPTOR}(?:,{SP})?|{_PLAIN_DESCRIBED})??"
    rf"(?P<speaker>{mention(_LEXICON)})"
    rf"(?:{SP}\([^()\n\r]{{1,24}}\))?"  # a party in brackets: "(D-Nev.)"
    rf"(?P<appositive>(?:,[^,;:“”\"\n\r]{{1,120}}){{1,2}},)?,?{SP}"
    rf"(?:(?:{AUX}){SP})?(?:{ADVERB}{SP})?",
    regex.VERBOSE,
)
_PLAIN_LEAD_ONLY = regex.compile(_PLAIN_LEAD, regex.VERBOSE)

# words and marks that steer the grammar: titles that are also capitalised
# words, initials, suffixes, particles, descriptors, dashes, a parenthesis
_WORDS = [
    *(
        "Jens Stoltenberg Mr. Mr MR Speaker Sen. Sen M. M Jr. Jr II van de the The "
        "campaign’s press secretary he she it 20-year-old (D-Nev.) - -- — ― ; : , . Rubio's "
        "had also quickly a former Prime Minister O'Brien Seitz-Wald Élodie Dr Dr. "
        "U.S. to of and Gov. J. then wasn't not ’ \" 1 9/11 $15 Powell’s office L2"
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
    fast = _PATS.subject_gap.fullmatch(gap)
    plain = _PLAIN_GAP.fullmatch(gap)
    assert (fast and fast.regs) == (plain and plain.regs)
    lead = _PATS.lead.match(gap)
    plain_lead = _PLAIN_LEAD_ONLY.match(gap)
    assert lead is not None and plain_lead is not None
    assert lead.end() == plain_lead.end()


# -- the cues in a window ------------------------------------------------------------

_CUE_WORDS = [*"said told says so-called added went on according to he Said ".split(), "(", "“"]


@given(
    st.lists(st.tuples(st.sampled_from(_CUE_WORDS), st.sampled_from(_SPACES)), max_size=12),
    st.integers(0, 40),
    st.integers(0, 80),
)
def test_the_last_cue_is_that_of_the_cue_pattern(
    words: list[tuple[str, str]], lo: int, hi: int
) -> None:
    text = "".join(w + s for w, s in words)
    expected = [m.span() for m in _PATS.cue.finditer(text, lo, hi)]
    assert last_cue(_PATS, text, lo, hi) == (expected[-1] if expected else None)


@pytest.mark.parametrize(
    ("text", "lo", "expected"),
    [
        ("said Jens, a so-called expert, and added", 0, (35, 40)),
        ("said Jens, a so-called expert", 0, (0, 4)),
        ("a so-called expert", 0, None),
        ("he said, and went on", 3, (13, 20)),
        ("he said, and went on", 4, (13, 20)),  # "aid" in the window is no cue
    ],
)
def test_the_last_cue(text: str, lo: int, expected: tuple[int, int] | None) -> None:
    assert last_cue(_PATS, text, lo, len(text)) == expected


# -- the subject before a cue, read backwards ------------------------------------------

_PLAIN_BEFORE = regex.compile(
    rf"(?P<speaker>{mention(_LEXICON, backwards=True, plain=True)})"
    rf"(?:{SP}\([^()\n\r]{{1,24}}\))?"  # a party in brackets: "(D-Nev.)"
    rf"(?:(?P<appositive>(?:,[^,;:“”\"\n\r]{{1,120}}){{1,2}},)|,)?{SP}"
    rf"(?:(?:{AUX}){SP})?(?:{ADVERB}{SP})?$",
    regex.REVERSE | regex.VERBOSE,
)
# names whose words have several readings ending at one place (a title that
# is also a word, "GOV." and its initial "V.", "McDonald" and "Donald"),
# particles, words that are no names, pronouns, nominals and long appositives
_BEFORE_WORDS = [
    *(
        "Jens Stoltenberg Gov Gov. GOV. GOV Governor V. Mr. Mr Jr. Jr McDonald O'Brien "
        "Seitz-Wald Élodie van de bin U.S. April And The the his He he I it they "
        "campaign’s press secretary former has also quickly wasn't not 43-year-old "
        "( ) (D-Nev.) -- ’ ' \" 1"
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
    fast = _PATS.subject_before.match(text)
    plain = _PLAIN_BEFORE.match(text)
    assert (fast and fast.regs) == (plain and plain.regs)
