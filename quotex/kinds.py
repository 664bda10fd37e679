"""What kind of quotation a span is: speech set off by its marks, words
woven into the narrator's sentence, or a title.

``direct``
    the quotation stands on its own: it opens its sentence, or follows a
    comma, colon or dash (``He said, “We are ready.”``).
``mixed``
    it goes on the narrator's sentence (``He called it “a disaster” and
    left``). An unattributed mixed quotation of a few words is a scare
    quote, reported only with ``scare_quotes=True``.
title
    Title Case words with no sentence in them (``She read “Pride and
    Prejudice”``), unless a frame sets them off as speech: reported as a
    scare quote. Where every noun is capitalised (German), a few words with
    no sentence in them, woven into a line, are a name or title instead.
thought
    a quotation a verb of thinking of the language frames (``»Aha!« dachte
    er``): reported as a scare quote.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

import regex

from quotex.dashes import DIALOGUE_DASHES
from quotex.frames import Frame
from quotex.language import conventions
from quotex.lexicon import word_list
from quotex.marks import LSQ, Span
from quotex.types import QuoteKind

# An unattributed woven quotation of at most this many words is a scare
# quote or a title, not speech.
SCARE_WORDS = 3
# A title has at least two words and at most this many.
TITLE_WORDS = 8
# How far from a quotation a verb of thinking that frames it is read.
THOUGHT_REACH = 40
# Where every noun is capitalised, a quoted name or title has at most this
# many words: longer, without sentence punctuation, it is as often speech.
NAME_WORDS = 3
# A cue before a quotation followed by more words than this before the mark
# has a clause of its own between: the quotation is woven into it.
WOVEN_TAIL_WORDS = 2
# A subhead in single marks has at most this many words.
SUBHEAD_WORDS = 6
_SINGLE_MARKS = ("'", LSQ)
# How far back a comma or colon before the mark is looked for, to tell a
# title set off as speech (``said: “Yes Sir”``).
SET_OFF_REACH = 40

# Punctuation no title holds.
_TITLE_BREAK = re.compile(r"[.!?;:]")
# The first letter or digit of a quotation (str.isalnum as a pattern).
_ALNUM = re.compile(r"[^\W_]")
# What may stand before a quotation that opens its own clause.
# What sets a quotation off from the words before it as speech.
_SETS_OFF = ",:;—–-"
_OPENING_PUNCTUATION = _SETS_OFF + "(["
_MARKS = "”\"’'»“"


def kind_of(text: str, span: Span, floor: int, before: Frame | None) -> QuoteKind:
    """``"mixed"`` when the quotation goes on the narrator's sentence that
    starts at ``floor``, else ``"direct"``; ``before`` is the frame read
    before it, if any."""
    if span.open_mark in DIALOGUE_DASHES:
        return "direct"  # a line of dialogue
    last = _last_before(text, floor, span.open_at)
    lead = last != ""
    if not lead or last in _OPENING_PUNCTUATION or last in _MARKS:
        woven = False
    elif before is not None and before.cue is not None:
        tail = text[before.cue[1] : span.open_at]
        woven = len(tail.split()) > WOVEN_TAIL_WORDS
    else:
        woven = True
    if not woven and lead and last not in _SETS_OFF:
        # a quotation that opens in lower case goes on the narrator's sentence
        first = _ALNUM.search(text, span.start, span.end)
        woven = first is not None and first.group().islower()
    return "mixed" if woven else "direct"


def is_title(
    text: str, span: Span, before: Frame | None, after: Frame | None, lang: str = "en"
) -> bool:
    """Whether the quotation is a title ("Pride and Prejudice"): Title Case
    words with no sentence in them, not set off as speech by a frame after
    it or by a frame before it that ends in a comma or colon (``lang``: the
    language, whose title_small_words.txt a title may hold)."""
    if after is not None:
        return False
    if "capitalised_nouns" in conventions(lang):
        return _quoted_name(text, span, before)
    if text[span.end - 1] in ".!?;:":
        return False
    if not _title_case(text, span, lang) or _TITLE_BREAK.search(text, span.start, span.end):
        return False
    reach = max(0, span.open_at - SET_OFF_REACH)
    return before is None or _last_before(text, reach, span.open_at) not in (",", ":")


def is_thought(text: str, span: Span, lang: str = "en") -> bool:
    """Whether a verb of thinking of ``lang`` (its thought_verbs.txt) frames
    the quotation, right after it ("»Aha!« dachte er") or before it and a
    colon or comma ("Sie denkt: »…«", "»…«, dachte er, »…«"): a thought,
    not speech."""
    pattern = _thought(lang)
    if pattern is None:
        return False
    after = pattern.after.match(text, span.close_at, span.close_at + THOUGHT_REACH)
    lo = max(0, span.open_at - THOUGHT_REACH)
    return after is not None or pattern.before.search(text, lo, span.open_at) is not None


class _Thought(NamedTuple):
    after: regex.Pattern[str]
    before: regex.Pattern[str]


@functools.cache
def _thought(lang: str) -> _Thought | None:
    """The patterns of a verb of thinking after a quotation and before one."""
    forms = word_list("thought_verbs.txt", lang)
    if not forms:
        return None
    verb = "|".join(regex.escape(f) for f in sorted(forms, key=len, reverse=True))
    return _Thought(
        regex.compile(rf"[ \t]*[,\N{{EN DASH}}\N{{EM DASH}}]?[ \t]*(?:{verb})\b"),
        # "denkt sie: »", and "dachte sie, »" going on after a thought
        regex.compile(
            rf"\b(?:{verb})\b[^.!?;:\n]{{0,{THOUGHT_REACH}}}[,;:\N{{EN DASH}}\N{{EM DASH}}]\s*$"
        ),
    )


def _quoted_name(text: str, span: Span, before: Frame | None) -> bool:
    """Where every noun is capitalised, no Title Case tells a title: a name
    or title is a few words with no sentence in them and no cue before,
    woven into a line ("„Matin“ und „Echo“"), or a source in brackets
    ("(„M. T.“)"). Alone on its line a quotation is a turn ("»Nein«"), and
    so it is when it ends in a comma before its frame ("»Ja,« …")."""
    bracketed = text[span.open_at - 1 : span.open_at] + text[span.close_at : span.close_at + 1]
    if bracketed == "()":
        return True
    if text[span.end - 1] in ".!?;:," or _TITLE_BREAK.search(text, span.start, span.end):
        return False
    alone = text[span.open_at - 1 : span.open_at] in ("", "\n") and text[
        span.close_at : span.close_at + 1
    ] in ("", "\n")
    words = text[span.start : span.end].split(None, NAME_WORDS)
    return len(words) <= NAME_WORDS and not alone and (before is None or before.cue is None)


def is_subhead(text: str, span: Span, para_start: int, para_end: int) -> bool:
    """Whether the quotation is a subhead set in single marks (``'Quiet and
    modest'`` on a line of its own, in British news): it fills its
    paragraph, at most SUBHEAD_WORDS words with no punctuation of a
    sentence in or after them."""
    if span.open_mark not in _SINGLE_MARKS or span.paragraph != span.last_paragraph:
        return False
    if text[para_start : span.open_at].strip() or text[span.close_at : para_end].strip():
        return False
    inner = text[span.start : span.end]
    words = inner.split(None, SUBHEAD_WORDS)
    return len(words) <= SUBHEAD_WORDS and _TITLE_BREAK.search(inner) is None


def is_scare(text: str, span: Span) -> bool:
    """Whether a woven quotation is short enough to be a scare quote: a few
    words, no sentence. (Split no further than one word past the most:
    a long quotation is not cut into all its words to be counted.)"""
    inner = text[span.start : span.end]
    return len(inner.split(None, SCARE_WORDS)) <= SCARE_WORDS and not any(c in inner for c in ".!?")


def _last_before(text: str, floor: int, pos: int) -> str:
    """The last character of ``text[floor:pos]`` that is no space, or ``""``.
    (Read backwards: the stretch may be a long sentence.)"""
    k = pos
    while k > floor and text[k - 1].isspace():
        k -= 1
    return text[k - 1] if k > floor else ""


def _title_case(text: str, span: Span, lang: str) -> bool:
    """Whether the quotation is two to TITLE_WORDS words, each capitalised
    (or no word of letters) or a small word, two of them at least
    capitalised. (Only its first words are split off: most quotations fail
    within them.)"""
    words = text[span.start : span.end].strip(" ,").split(None, TITLE_WORDS)
    if not 2 <= len(words) <= TITLE_WORDS:
        return False
    small = _small_words(lang)
    capital = 0
    for w in words:
        if w[0].isupper() or not w[0].isalpha():
            capital += 1
        elif w not in small:
            return False
    return capital >= 2


@functools.cache
def _small_words(lang: str) -> frozenset[str]:
    """The words a Title Case title of ``lang`` leaves in lower case."""
    return frozenset(word_list("title_small_words.txt", lang))
