"""The ASCII twins of the frame patterns match as the patterns do.

A :class:`~quotex.patterns.DualPattern` matches plain text (ASCII and a few
quotation marks and dashes) with a twin written for the standard library's
engine, and any other text with the ``regex`` pattern itself. The twin is a
rewriting of the pattern's classes into the ASCII characters they take; these
tests check the facts that rewriting rests on, and then the matches of both
on generated text near the frames quotex reads, plain and not.
"""

from __future__ import annotations

import re
import sys

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from quotex.lexicon import Lexicon
from quotex.patterns import (
    _ASCII_CLASSES,
    _ASCII_SPACE,
    PLAIN_EXTRA,
    AnyMatch,
    DualPattern,
    ascii_twin,
    plain,
)

_PATS = Lexicon.default().patterns
_DUALS = {name: p for name, p in vars(_PATS).items() if isinstance(p, DualPattern)}
_ASCII = "".join(map(chr, range(128)))
_TWINS = sys.version_info >= (3, 11)


def test_the_ascii_classes_take_what_regex_takes() -> None:
    rewritten = {rf"\p{{{name}}}": chars for name, chars in _ASCII_CLASSES.items()}
    for escape, chars in {**rewritten, r"\s": _ASCII_SPACE}.items():
        twin = re.compile(f"[{chars}]") if chars else None
        for c in _ASCII:
            expected = regex.match(escape, c) is not None
            assert (twin is not None and twin.match(c) is not None) == expected, (escape, c)


def test_the_plain_characters_are_no_letter_digit_mark_word_or_space() -> None:
    for c in PLAIN_EXTRA:
        for escape in (r"\p{L}", r"\p{M}", r"\p{N}", r"\w", r"\s", r"\d"):
            assert regex.match(escape, c) is None, (escape, c)
        for escape in (r"\w", r"\s", r"\d"):
            assert re.match(escape, c) is None, (escape, c)


def test_ascii_twin_rewrites_classes_only() -> None:
    twin = ascii_twin(regex.compile(r"(?<![\p{L}\p{M}'’\-])\p{Lu}[\p{Ll}]*\s(?:x|y)\p{M}"))
    if not _TWINS:
        assert twin is None  # re has no atomic groups before 3.11: none is made
        return
    assert twin is not None
    assert twin.pattern == r"(?<![A-Za-z'’\-])[A-Z][a-z]*[ \t\n\r\f\v](?:x|y)(?!)"


@pytest.mark.parametrize(
    "source, flags",
    [
        (r"\p{Lu}+", regex.REVERSE),  # read backwards: re cannot
        (r"(?i)said", 0),  # case folding differs between the engines
        (r"(?<!ab)c", 0),  # a lookbehind reads more than plain() does
        (r"\p{Greek}", 0),  # a class with no ASCII rewriting here
        (r"(a)\1", 0),  # a back reference: left to regex
    ],
)
def test_ascii_twin_declines(source: str, flags: int) -> None:
    assert ascii_twin(regex.compile(source, flags)) is None


@pytest.mark.skipif(not _TWINS, reason="re has no atomic groups before Python 3.11")
def test_every_dual_pattern_of_the_lexicon_has_a_twin() -> None:
    # without one, the pattern still matches, only slower: this keeps it from
    # going unnoticed
    assert sorted(_DUALS) == [
        "mention_after",
        "name",
        "named_after",
        "sentence_subject",
        "subject_gap",
    ]
    assert all(p.std is not None for p in _DUALS.values())


@pytest.mark.parametrize(
    "text, pos, end, expected",
    [
        ("“Go,” he said.", 4, 14, True),  # the closing mark before pos is plain
        ("“Go,” Zoë said.", 4, 15, False),
        ("é, he said", 1, 10, False),  # a letter before pos may decide a lookbehind
        ("é, he said", 2, 10, True),
        ("he\u00a0said", 0, 7, False),  # no-break space: regex's \s takes it
        ("a — b … c", 0, 9, True),
    ],
)
def test_plain(text: str, pos: int, end: int, expected: bool) -> None:
    assert plain(text, pos, end) is expected


def _regs(m: AnyMatch | None) -> object:
    return None if m is None else m.regs


# words and separators around frames, and characters the engines read
# differently: U+001C to U+001F, which re's \s takes and regex's does not
_PLAIN_WORDS = [
    *"he He she said told Jens Stoltenberg NATO Mr. Sen. the The chief former".split(),
    *"O'Brien Seitz-Wald Jr. J. his another user 20-year-old reporters Trump’s".split(),
    *"also quickly has went on to Monday But asked".split(),
]
_PLAIN_SEPARATORS = [
    *("", " ", " ", ", ", "  ", "\n", "\t", ": ", ". ", "“", "”", "’", "'", '"'),
    *(" — ", "–", "…", "(", "\x1c", "\x1f", "\x0b", "\r\n"),
]
# and what is not plain: accented and non-Latin letters, a combining accent,
# no-break and em spaces
_OTHER_WORDS = "Élodie Zoë naïve Ωmega e\u0301".split()
_OTHER_SEPARATORS = ["\u00a0", "\u2003", "\u2028"]


def _text_and_window(words: list[tuple[str, str]], data: st.DataObject) -> tuple[str, int, int]:
    """The text of ``words``, and a window in it that starts and ends mostly
    where a word or separator does, as the frames' windows do."""
    text = "".join(w + s for w, s in words)
    edges = [0]
    for word, separator in words:
        edges += [edges[-1] + len(word), edges[-1] + len(word) + len(separator)]
    pos = data.draw(st.one_of(st.sampled_from(edges), st.integers(0, len(text))))
    end = data.draw(
        st.one_of(st.sampled_from([e for e in edges if e >= pos]), st.integers(pos, len(text)))
    )
    return text, pos, end


def _assert_alike(
    tried: re.Pattern[str] | DualPattern,
    full: regex.Pattern[str],
    text: str,
    pos: int,
    end: int,
    name: str,
) -> None:
    """``tried`` matches, fully matches and finds in ``text[pos:end]`` what
    the ``regex`` pattern ``full`` does, groups and all."""
    assert _regs(tried.match(text, pos, end)) == _regs(full.match(text, pos, end)), name
    assert _regs(tried.fullmatch(text, pos, end)) == _regs(full.fullmatch(text, pos, end)), name
    assert [m.regs for m in tried.finditer(text, pos, end)] == [
        m.regs for m in full.finditer(text, pos, end)
    ], name


@pytest.mark.skipif(not _TWINS, reason="re has no atomic groups before Python 3.11")
@given(
    st.lists(
        st.tuples(st.sampled_from(_PLAIN_WORDS), st.sampled_from(_PLAIN_SEPARATORS)), max_size=10
    ),
    st.data(),
)
def test_a_twin_matches_plain_text_as_its_pattern(
    words: list[tuple[str, str]], data: st.DataObject
) -> None:
    text, pos, end = _text_and_window(words, data)
    for name, dual in _DUALS.items():
        assert dual.std is not None
        _assert_alike(dual.std, dual.full, text, pos, end, name)


@pytest.mark.skipif(not _TWINS, reason="re has no atomic groups before Python 3.11")
def test_a_twin_reads_every_plain_separator_as_its_pattern() -> None:
    # each separator before and after a word of each kind, the window from
    # the first separator on: the edges the generated texts rarely hit
    words = ["he", "Jens", "Mr.", "the", "chief", "O'Brien", "Trump’s", "said", "20-year-old"]
    for first in _PLAIN_SEPARATORS:
        for word in words:
            for second in _PLAIN_SEPARATORS:
                text = f"x{first}{word}{second}said"
                for name, dual in _DUALS.items():
                    full, twin = dual.full, dual.std
                    assert twin is not None
                    for pos in (1, 1 + len(first)):
                        got = [twin.match(text, pos), twin.fullmatch(text, pos, len(text) - 4)]
                        want = [full.match(text, pos), full.fullmatch(text, pos, len(text) - 4)]
                        assert list(map(_regs, got)) == list(map(_regs, want)), (name, text, pos)


_ANY_WORDS = st.sampled_from(_PLAIN_WORDS + _OTHER_WORDS)
_ANY_SEPARATORS = st.sampled_from(_PLAIN_SEPARATORS + _OTHER_SEPARATORS)


@given(st.lists(st.tuples(_ANY_WORDS, _ANY_SEPARATORS), max_size=10), st.data())
def test_plain_is_what_it_says(words: list[tuple[str, str]], data: st.DataObject) -> None:
    text, pos, end = _text_and_window(words, data)
    read = text[max(0, pos - 1) : end]
    assert plain(text, pos, end) is all(c.isascii() or c in PLAIN_EXTRA for c in read)


@given(st.lists(st.tuples(_ANY_WORDS, _ANY_SEPARATORS), max_size=10), st.data())
def test_a_dual_pattern_matches_as_its_regex_pattern(
    words: list[tuple[str, str]], data: st.DataObject
) -> None:
    text, pos, end = _text_and_window(words, data)
    for name, dual in _DUALS.items():
        _assert_alike(dual, dual.full, text, pos, end, name)
