"""Stage 1: paragraphs and sentence starts.

quotex never splits a whole document into sentences: it only needs the
paragraph each quotation sits in, and, near a quotation, where its sentence
begins. Both are answered with compiled patterns run at C speed.
"""

from __future__ import annotations

import bisect
import re
import string

import attrs
import regex

from quotex.patterns import NOT_CONCURRENT, STD_SPACE

# Every line break Unicode knows, so "\r\n", "\r" and U+2028 texts split alike.
LINE_BREAK = r"(?:\r\n|[\n\r\u2028\u2029\x0b\x0c\x85])"
_BREAK_CHARS = r"\n\r\u2028\u2029\x0b\x0c\x85"
_INDENT = r" \t\u00a0\u3000"
# Atomic, so a "\r\n" is one break: backtracking into it would read it as
# "\r" and "\n", a blank line, and split a wrapped text at every line.
_BLANK_LINE = regex.compile(rf"(?>{LINE_BREAK})(?:[{_INDENT}]*(?>{LINE_BREAK}))+")
# A line break with every break and indent after it. Written as a character
# class first, which the standard library's re skips through at C speed
# (about twice as fast as regex with the alternation of LINE_BREAK).
_ANY_BREAK = re.compile(rf"[{_BREAK_CHARS}][{_BREAK_CHARS}{_INDENT}]*")
# The same two for a text whose only line break is "\n" (nearly every
# text): a pattern that starts with one fixed character is found by a fast
# scan for that character, about five times faster than the class. The
# second, "\n[\n{_INDENT}]*", is read by str.find and a loop (see _every_line).
_RARE_BREAKS = "\r\u2028\u2029\x0b\x0c\x85"  # as in _BREAK_CHARS, but "\n"
_NL_BLANK_LINE = re.compile(rf"\n(?:[{_INDENT}]*\n)+")
# what that pattern reads after its "\n": "\n" and the characters of _INDENT
_NL_INDENT = frozenset("\n \t\u00a0\u3000")
# A line of _LONG characters or more, found by the "\n" before it: re finds
# a pattern that starts with one fixed character fastest. Each match ends
# inside its line, so each line is tried once and counted at most once.
_LONG = 100
_LONG_LINE = re.compile(rf"\n[^\n]{{{_LONG}}}")
_LONG_FIRST_LINE = re.compile(rf"[^\n]{{{_LONG}}}")
# How far into a text a long line makes it look like news.
_NEWS_REACH = 2000

# Hard-wrapped text (a Gutenberg novel) keeps its lines under about 80
# characters; when fewer than this share of lines are long, a single line
# break is taken as wrapping, and only a blank line ends a paragraph.
_WRAPPED_LONG_SHARE = 0.1


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
    rare = any(c in text for c in _RARE_BREAKS)
    if not rare and (
        _LONG_FIRST_LINE.match(text) is not None
        or _LONG_LINE.search(text, 0, _NEWS_REACH) is not None
    ):
        # A long line near the start, as in news: split at every line break
        # first, and keep that if it shows the text is not wrapped. This
        # spares counting the line breaks, which str.count does a character
        # at a time where str.find jumps from one to the next.
        found = _every_line(text)
        if _surely_unwrapped(found):
            return found
    wrapped = _wrapped(text)
    if rare:
        breaker = _BLANK_LINE if wrapped else _ANY_BREAK
    elif wrapped:
        breaker = _NL_BLANK_LINE
    else:
        return _every_line(text)
    starts = [0]
    ends = []
    for m in breaker.finditer(text):
        start, end = m.span()
        ends.append(start)
        starts.append(end)
    ends.append(len(text))
    return Paragraphs(starts, ends)


def _wrapped(text: str) -> bool:
    """Whether ``text`` is hard-wrapped: eight lines or more, and fewer than
    _WRAPPED_LONG_SHARE of them long."""
    # counted on "\n" only: a text wrapped with "\r" alone is rare enough
    lines = text.count("\n") + 1
    if lines < 8:
        return False
    # count long lines only until there are too many for wrapped text:
    # in news, where most lines are long, that is a few lines in
    enough = _WRAPPED_LONG_SHARE * lines
    long_lines = 1 if _LONG_FIRST_LINE.match(text) is not None else 0
    if long_lines < enough:
        for _ in _LONG_LINE.finditer(text):
            long_lines += 1
            if long_lines >= enough:
                break
    return long_lines < enough


def _every_line(text: str) -> Paragraphs:
    """The paragraphs of ``text``, whose only line break is "\n", when every
    line break ends one (news)."""
    # the matches of "\n[\n{_INDENT}]*", found by str.find and read on in
    # Python, a fifth cheaper than re
    starts = [0]
    ends = []
    find, size = text.find, len(text)
    at = find("\n")
    while at >= 0:
        end = at + 1
        while end < size and text[end] in _NL_INDENT:
            end += 1
        ends.append(at)
        starts.append(end)
        at = find("\n", end)
    ends.append(size)
    return Paragraphs(starts, ends)


def _surely_unwrapped(paras: Paragraphs) -> bool:
    """Whether the paragraphs _every_line found show their text is not
    hard-wrapped, as _wrapped would say, without counting its lines.

    A break between paragraphs is its line breaks and the indents after
    them, so the text has no more lines than one plus the breaks' lengths;
    and a paragraph of _LONG characters sits on a long line. So when those
    paragraphs are _WRAPPED_LONG_SHARE of that many lines, the long lines are
    too. When they are not, _wrapped counts.
    """
    starts, ends = paras.starts, paras.ends
    most_lines = 1 + sum(starts) - (sum(ends) - ends[-1])
    enough = _WRAPPED_LONG_SHARE * most_lines
    long_lines = 0
    for start, end in zip(starts, ends, strict=True):
        if end - start >= _LONG:
            long_lines += 1
            if long_lines >= enough:
                return True
    return False


# A sentence ends at . ! ? (maybe followed by closing marks or brackets)
# and white space, when the next word starts with a capital, a digit or
# an opening mark:
#
#     [.!?…]+ ["'”’)\]]* \s+ (?=[\p{Lu}\p{N}"'“‘«„(\[])
#
# (``\s`` as regex reads it). ``sentence_start`` finds these ends from the
# right by the punctuation they open with, and reads the rest of each in
# parts; tests compare it with that pattern read backwards. Abbreviations
# are checked in Python, on the one boundary that matters.
_ENDS = ".!?…"
# What follows the punctuation: closing marks, then white space as regex's
# \s reads it.
_AFTER_END = re.compile(rf"""["'”’)\]]*{STD_SPACE}+""")
# What the next sentence opens with; its ASCII part as a set, for the usual case.
_NEXT = regex.compile(r"""[\p{Lu}\p{N}"'“‘«„(\[]""")
_NEXT_ASCII = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\"'([")
_ABBREV = frozenset(
    """mr mrs ms dr st sen rep gov gen col capt lt sgt rev prof jr sr mt ft no vs
    u.s u.k u.n e.g i.e inc co corp ltd jan feb mar apr aug sept sep oct nov dec
    messrs mme mlle ave""".split()
)
# A word of more letters than this ends no abbreviation.
_LONGEST_ABBREV = max(len(a) for a in _ABBREV)
# The word before a sentence end, looked for in the 12 characters before it.
_LAST_WORD = regex.compile(r"([\w.]+)[.!?…]+[\"'”’)\]]*\s+$")
# Its characters (\w and the full stop) among ASCII ones, for str.rstrip.
_WORD_ASCII = string.ascii_letters + string.digits + "_."


def sentence_start(text: str, pos: int, floor: int, window: int = 600) -> int:
    """Offset where the sentence holding ``pos`` begins, not before ``floor``.

    Looks back at most ``window`` characters, so a sentence without an end
    costs no more than that.

    Examples:
        >>> text = "He left. Mr. Brown said, “Stay.”"
        >>> text[sentence_start(text, text.index("“"), 0):]
        'Mr. Brown said, “Stay.”'
    """
    lo = pos - window
    if lo < floor:
        lo = floor
    if lo >= pos:
        return lo  # no room for a sentence end before pos
    # The text looked at, copied once (the character at pos, an opening
    # mark, may follow a sentence end): in the copy, str.rfind needs no
    # bounds to parse and the test for the rarer ends is a plain `in`. It is
    # read from the right, by the punctuation a sentence end opens with: the
    # last full stop, and the last of the rarer ends. str.rfind scans for one
    # character far faster than a pattern read backwards, which tests the
    # class of the next sentence's first letter at every character.
    seen = text[lo : pos + 1]
    size = len(seen)
    dot = seen.rfind(".")
    rare = (
        max(seen.rfind("!"), seen.rfind("?"), seen.rfind("…"))
        if "!" in seen or "?" in seen or "…" in seen
        else -1
    )
    k = size  # where the last end read starts: nothing read yet
    while True:
        # the last full stop and rarer end before the end just read
        if dot >= k:
            dot = seen.rfind(".", 0, k)
        if rare >= k:
            rare = max(seen.rfind("!", 0, k), seen.rfind("?", 0, k), seen.rfind("…", 0, k))
        last = dot if dot > rare else rare  # the end's last punctuation mark
        if last < 0:
            return lo
        k = last  # where the run of punctuation starts
        while k > 0 and seen[k - 1] in _ENDS:
            k -= 1
        # closing marks and space, then the next sentence's first character
        # (which must stand in the copy, as the pattern's lookahead does)
        end = last + 1
        c = seen[end + 1] if end + 1 < size and seen[end] == " " else ""
        if c and c in _NEXT_ASCII:
            end += 1  # the usual case: one space and a capital
        elif c.isascii() and c and not c.isspace():
            continue  # one space and a lower-case letter, say
        else:
            after = _AFTER_END.match(seen, end)
            if after is None:
                continue
            end = after.end()
            if end >= size or _NEXT.match(seen, end, None, NOT_CONCURRENT) is None:
                continue
        # the word before the end, read in the whole text (it may start
        # before lo)
        at = lo + k
        before = text[at - _LONGEST_ABBREV - 1 : at] if at > _LONGEST_ABBREV else ""
        if before.isascii() and before.isalpha():
            return lo + end  # a long word ends the sentence: no abbreviation, no initial
        word = _word_before(text, at, lo + last, lo + end, lo)
        if word and word.lower().rstrip(".") in _ABBREV:
            continue
        if word and len(word) == 1 and word.isupper():
            continue  # an initial: "John F. Kennedy"
        return lo + end


def _word_before(text: str, k: int, last: int, end: int, lo: int) -> str | None:
    """The word a sentence end follows, as ``_LAST_WORD`` reads it in the 12
    characters before the end's punctuation (``text[k:last + 1]``): with the
    full stops of the punctuation but the last, "U.S" for "U.S.".

    Read in Python when those 12 characters are ASCII and the punctuation
    starts at k (not before lo, where this call saw none of it).
    """
    start = k - 12 if k >= 12 else 0
    head = text[start:k]
    if head.isascii() and (k > lo or k == 0 or text[k - 1] not in _ENDS):
        # the word starts after the last character of head that is not in it
        p = start + len(head.rstrip(_WORD_ASCII))
        q = k
        while q < last and text[q] == ".":
            q += 1
        return text[p:q] if q > p else None
    found = _LAST_WORD.search(text, start, end, NOT_CONCURRENT)
    return found.group(1) if found is not None else None
