"""Stage 3, which words the cue pattern finds stand as reporting verbs.

The cue pattern matches every form of a reporting verb, and some of those
forms are nouns too: "a tweet", "Mrs. Clinton's remark", "an impressive
whisper", "Clinton press secretary". :func:`last_cue` gives the last one
of a stretch that stands as a verb, which is where :mod:`quotex.frames`
reads a frame before a quotation from.
"""

from __future__ import annotations

import regex

from quotex.language import word_set
from quotex.patterns import Patterns

# How far back the word before a mention is read: a long German word.
WORD_BEFORE_REACH = 30


# What ends a possessive name, which is no subject.
POSSESSIVE = ("'s", "’s", "'", "’")


# A word in lower case after a space.
_LOWER_WORD_AFTER = regex.compile(r"[ \t]+(\p{Ll}+)\b")


def last_cue(pats: Patterns, text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of the last cue in ``text[lo:hi]`` that stands as a verb,
    or ``None`` (see :func:`is_noun`)."""
    spans = [m.span() for m in pats.cue.finditer(text, lo, hi)]
    for span in reversed(spans):
        if not is_noun(text, lo, span, pats):
            return span
    return None


def is_noun(text: str, lo: int, cue: tuple[int, int], pats: Patterns) -> bool:
    """Whether a cue word stands as a noun: after an article or a
    possessive ("a tweet", "Mrs. Clinton's remark", "the following
    comment"), or in its bare form after "a" and one word ("an impressive
    whisper", "a sharp reply"), where a verb would agree with its subject
    ("a man whispers")."""
    lang = pats.lexicon.lang
    markers = word_set("noun_markers.txt", lang)
    if not markers:
        return False
    cs, ce = cue
    words = _words_before(text, max(lo, cs - WORD_BEFORE_REACH), cs)
    if not words:
        return False
    word = words[-1]
    if word.lower() in markers or word.endswith(POSSESSIVE):
        return True
    form = text[cs:ce].lower()
    if pats.lexicon.lemma(form) == form and _job_after(text, ce, pats):
        return True  # "Clinton press secretary Brian Fallon said"
    return (
        len(words) > 1
        and words[-2].lower() in word_set("indefinite_determiners.txt", lang)
        and word.islower()
        and pats.lexicon.lemma(form) == form
    )


def _job_after(text: str, ce: int, pats: Patterns) -> bool:
    """Whether a job word in lower case (``job_nouns.txt``, or a title)
    follows the word that ends at ``ce``: the word names the job's field
    ("press secretary"), as a verb would not in its bare form."""
    after = _LOWER_WORD_AFTER.match(text, ce)
    if after is None:
        return False
    word = after[1]
    return word in pats.lexicon.titles or word in word_set("job_nouns.txt", pats.lexicon.lang)


def _words_before(text: str, start: int, end: int) -> list[str]:
    """The whole words of ``text[start:end]``: one that ``start`` cuts
    through is not one of them."""
    words = text[start:end].split()
    if words and start > 0 and not text[start - 1].isspace() and not text[start].isspace():
        del words[0]
    return words
