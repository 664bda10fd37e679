"""The shortcuts ``frames`` takes past its patterns read as the patterns do.

Each shortcut decides some inputs without matching the pattern it stands in
for; these properties compare the two on generated text made of the words
and marks that steer the grammar.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quotex.frames import _named_appositive, _trim_mention, gap_subject
from quotex.lexicon import Lexicon
from quotex.patterns import SPEAKER

_LEXICON = Lexicon.default()
_PATS = _LEXICON.patterns


def _gap_by_pattern(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    gap = _PATS.subject_gap.fullmatch(text, lo, hi)
    if gap is None:
        return None
    ms, me = _named_appositive(text, gap, _PATS.name) or gap.span(SPEAKER)
    return _trim_mention(text, ms, me)


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
