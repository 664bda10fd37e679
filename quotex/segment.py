"""Stage 1: paragraphs and sentence starts.

quotex never splits a whole document into sentences: it only needs the
paragraph each quotation sits in, and, near a quotation, where its sentence
begins. Both are answered with compiled patterns.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterator

import attrs
import regex

from quotex.language import conventions
from quotex.lexicon import word_list

# Every line break Unicode knows, so "\r\n", "\r" and U+2028 texts split alike.
_BREAK_CHARS = (
    "\N{LINE FEED}\N{CARRIAGE RETURN}\N{LINE SEPARATOR}\N{PARAGRAPH SEPARATOR}"
    "\N{LINE TABULATION}\N{FORM FEED}\N{NEXT LINE}"
)
LINE_BREAK = rf"(?:\r\n|[{_BREAK_CHARS}])"
# Space that may indent a line: it belongs to the break before it.
_INDENT = "\N{SPACE}\N{CHARACTER TABULATION}\N{NO-BREAK SPACE}\N{IDEOGRAPHIC SPACE}"
# A blank line: line breaks with nothing but indents between them. Atomic,
# so a "\r\n" is one break: backtracking into it would read it as "\r" and
# "\n", a blank line, and split a wrapped text at every line.
_BLANK_LINE = regex.compile(rf"(?>{LINE_BREAK})(?:[{_INDENT}]*(?>{LINE_BREAK}))+")
# A line break with every break and indent after it. The standard library's
# engine scans for a character class about twice as fast as regex does, and
# the pattern needs nothing regex adds.
_ANY_BREAK = re.compile(rf"[{_BREAK_CHARS}][{_BREAK_CHARS}{_INDENT}]*")
# The same two for a text whose only line break is "\n".
_NL_BLANK_LINE = re.compile(rf"\n(?:[{_INDENT}]*\n)+")
_NL_BREAK = re.compile(rf"\n[\n{_INDENT}]*")

# A line this long is not hard-wrapped: wrapped text keeps its lines under
# about 80 characters.
_LONG = 100
# Found by the line break before it (a pattern opening with one fixed
# character is found by a fast scan for it), the first line on its own.
_LONG_LINE = re.compile(rf"\n[^\n]{{{_LONG}}}")
_LONG_FIRST_LINE = re.compile(rf"[^\n]{{{_LONG}}}")
# Hard-wrapped text (a Gutenberg novel) keeps nearly all its lines short; when
# fewer than this share of lines are long, a single line break is taken as
# wrapping, and only a blank line ends a paragraph.
_WRAPPED_LONG_SHARE = 0.1
# A text of fewer lines is too short to tell wrapping from short paragraphs.
_WRAPPED_MIN_LINES = 8


@attrs.frozen
class Paragraphs:
    """The paragraph layout of one text.

    Attributes:
        starts: Offset where each paragraph begins, ascending; the first is 0.
        ends: Offset where each paragraph's text ends (before its break).
    """

    starts: list[int]
    ends: list[int]

    def index(self, offset: int) -> int:
        """The number of the paragraph that holds ``offset``."""
        return bisect.bisect_right(self.starts, offset) - 1


def paragraphs(text: str) -> Paragraphs:
    """Split ``text`` into paragraphs.

    A blank line always ends a paragraph. A single line break ends one too,
    unless the text is hard-wrapped (most lines short), as novels from
    plain-text archives are.

    Examples:
        >>> paragraphs("One.\\n\\nTwo.").starts
        [0, 6]
        >>> paragraphs("A long line that is not wrapped.\\nB.").starts
        [0, 33]
    """
    breaker = _breaker(text)
    starts = [0]
    ends = []
    for m in breaker.finditer(text):
        ends.append(m.start())
        starts.append(m.end())
    ends.append(len(text))
    return Paragraphs(starts, ends)


def _breaker(text: str) -> re.Pattern[str] | regex.Pattern[str]:
    """The pattern of what ends a paragraph in ``text``. Nearly every text
    breaks its lines with "\n" alone: there the patterns open with that one
    character, which the engine finds by a fast scan for it, several times
    faster than a scan for a class of characters."""
    wrapped = _wrapped(text)
    if any(c in text for c in _BREAK_CHARS if c != "\n"):
        return _BLANK_LINE if wrapped else _ANY_BREAK
    return _NL_BLANK_LINE if wrapped else _NL_BREAK


def _wrapped(text: str) -> bool:
    """Whether ``text`` is hard-wrapped: _WRAPPED_MIN_LINES lines or more, and
    fewer than _WRAPPED_LONG_SHARE of them long."""
    # counted on "\n" only: a text wrapped with "\r" alone is rare enough
    lines = text.count("\n") + 1
    if lines < _WRAPPED_MIN_LINES:
        return False
    # stop counting at the first long line too many for wrapped text: in
    # news, where most lines are long, that is a few lines in
    enough = _WRAPPED_LONG_SHARE * lines
    long_lines = 1 if _LONG_FIRST_LINE.match(text) else 0
    for _ in _LONG_LINE.finditer(text):
        long_lines += 1
        if long_lines >= enough:
            return False
    return long_lines < enough


# A sentence ends at . ! ? or … (maybe followed by closing marks or
# brackets) and white space, when the next word starts with a capital, a
# digit or an opening mark.
_STOP = r"[.!?\N{HORIZONTAL ELLIPSIS}]"
_CLOSING = r"""["'\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK})\]]"""
_OPENING = (
    r"""[\p{Lu}\p{N}"'\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}"""
    r"""\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}(\[]"""
)
# Where quotations open low („…“) or guillemets point inward (»…«, ›…‹),
# “, « and ‹ close a quotation and » and › open one.
_INWARD_CLOSING = (
    "\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}"
)
_INWARD_OPENING = (
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}"
)


@functools.cache
def _sentence_end(lang: str) -> regex.Pattern[str]:
    """A sentence end in ``lang``: matched backwards from a quotation, so the
    nearest is found first and the text before it is never read."""
    closing, opening = _CLOSING, _OPENING
    if {"low_opening_marks", "inward_guillemets"} & conventions(lang):
        closing = closing[:-1] + _INWARD_CLOSING + "]"
        opening = opening[:-1] + _INWARD_OPENING + "]"
    return regex.compile(rf"{_STOP}+ {closing}* \s+ (?={opening})", regex.VERBOSE | regex.REVERSE)


# The word before a sentence end, with the full stops inside it and those of
# the punctuation but the last ("U.S" of "U.S. "), read back from where the
# sentence end does (a search forwards would try every start before it).
_WORD_BEFORE_END = regex.compile(
    rf"(?P<word>[\w.]+) {_STOP}+? {_CLOSING}* \s+ $", regex.VERBOSE | regex.REVERSE
)
# How many characters before a sentence end the word is looked for in: more
# than the longest abbreviation with its inner full stops.
_WORD_REACH = 12
# How far back a sentence start is looked for, so that a text without
# sentence ends costs no more than this per quotation.
_SENTENCE_REACH = 600


def sentence_start(
    text: str, pos: int, floor: int, window: int = _SENTENCE_REACH, lang: str = "en"
) -> int:
    """Offset where the sentence holding ``pos`` begins, not before ``floor``
    (``lang``: the language, whose abbreviations end no sentence).

    Looks back at most ``window`` characters, so a sentence without an end
    costs no more than that.

    Examples:
        >>> text = "He left. Mr. Brown said, “Stay.”"
        >>> text[sentence_start(text, text.index("“"), 0):]
        'Mr. Brown said, “Stay.”'
    """
    lo = max(floor, pos - window)
    # up to pos included: the opening mark at pos may follow a sentence end
    for end in _sentence_end(lang).finditer(text, lo, pos + 1):
        if _ends_sentence(text, end.start(), end.end(), lang):
            return end.end()
    return lo


def _ends_sentence(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the sentence end ``text[start:end]`` ends its sentence: it does
    unless it follows an abbreviation ("Mr.") or an initial ("John F.
    Kennedy")."""
    found = _WORD_BEFORE_END.match(text, max(0, start - _WORD_REACH), end)
    if found is None:
        return True
    word = found["word"]
    if word.lower().rstrip(".") in _abbreviations(lang):
        return False
    return not (len(word) == 1 and word.isupper())


@functools.cache
def _abbreviations(lang: str) -> frozenset[str]:
    """The abbreviations of ``lang`` whose full stop ends no sentence."""
    return frozenset(word_list("abbreviations.txt", lang))


# The sentence end of _SENTENCE_END, matched forwards: the whole text is
# split once when reported speech is read.
_SENTENCE_END_FORWARD = regex.compile(rf"{_STOP}+ {_CLOSING}* \s+ (?={_OPENING})", regex.VERBOSE)


def sentence_starts(text: str, lo: int, hi: int, lang: str = "en") -> list[int]:
    """The offsets where sentences after the first begin in ``text[lo:hi]``,
    in order: one pass, with the sentence ends :func:`sentence_start` knows
    (none after an abbreviation of ``lang`` or an initial).

    Examples:
        >>> text = "Mr. Brown left. He said so. Then he came."
        >>> sentence_starts(text, 0, len(text))
        [16, 28]
    """
    return list(sentence_cuts(text, lo, hi, lang))


def sentence_cuts(
    text: str, lo: int, hi: int, lang: str = "en", skip: Callable[[int], bool] | None = None
) -> Iterator[int]:
    """The sentence starts of :func:`sentence_starts`, read as they are
    asked for, so that the text after the last one asked for is never
    read; a start for which ``skip`` holds is not yielded, nor read for
    an abbreviation.

    Examples:
        >>> text = "Mr. Brown left. He said so. Then he came."
        >>> cuts = sentence_cuts(text, 0, len(text))
        >>> next(cuts)
        16
    """
    for end in _SENTENCE_END_FORWARD.finditer(text, lo, hi):
        cut = end.end()
        if (skip is None or not skip(cut)) and _ends_sentence(text, end.start(), cut, lang):
            yield cut
