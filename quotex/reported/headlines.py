"""Reports in a headline set in title case: "Bellwether County Says Trump
Should Win", "Clinton Hid Health Problems, Former Doctor Says".

A headline capitalises its verbs, so the cue pattern, whose verbs are in
lower case, does not see them. A paragraph that reads as a title-case
headline is searched once with the cue verbs capitalised; any other
paragraph costs one look at its length.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quotex.reported.contents import content
from quotex.reported.patterns import ReportedPatterns
from quotex.reported.subjects import Mention
from quotex.reported.text import Cue, Reports, ReportText
from quotex.reported.words import SUBJECT_WORDS, TOKEN, WORD, ReportedWords, stripped
from quotex.segment import Paragraphs

# The longest paragraph read as a headline, in characters: a line of a
# title, not a paragraph of prose.
HEADLINE_CHARS = 200
# The fewest words of a headline: "Trump Says So" is three.
HEADLINE_WORDS = 3
# Words this long or longer are capitalised in title case; shorter ones
# ("of", "to", "and", "for") may not be.
TITLE_LETTERS = 4


def headline_cues(text: str, paras: Paragraphs, pats: ReportedPatterns) -> Iterator[re.Match[str]]:
    """The first capitalised cue verb of each paragraph that reads as a
    title-case headline, in text order."""
    for start, end in zip(paras.starts, paras.ends, strict=True):
        if end - start <= HEADLINE_CHARS:
            found = pats.headline.search(text, start, end)
            if found is not None and _title_case(text, start, end):
                yield found


def _title_case(text: str, start: int, end: int) -> bool:
    """Whether ``start:end`` is a line in title case: a few words, every
    long one capitalised."""
    words = WORD.findall(text, start, end)
    long_words = [w for w in words if len(w) >= TITLE_LETTERS and w[0].isalpha()]
    return (
        len(words) >= HEADLINE_WORDS
        and bool(long_words)
        and all(w[0].isupper() for w in long_words)
    )


def headline(doc: ReportText, cue: Cue, pats: ReportedPatterns) -> Reports:
    """``Bellwether County Says Trump Should Win``: the words before the
    cue, from the headline's start or its last comma or colon, name the
    source, and the words after it are the content; a cue that ends the
    headline (``Clinton Hid Problems, Former Doctor Says.``) has its source
    after the last comma before it and its content before that comma."""
    text = doc.text
    p = doc.paras.index(cue.start)
    p0, p1 = doc.paras.starts[p], doc.paras.ends[p]
    if not WORD.search(text, cue.end, p1):
        comma = text.rfind(",", p0, cue.start)
        if comma < 0:
            return ()
        mention = _source(text, comma + 1, cue.start, pats.words)
        span = (p0, comma)
    else:
        opening = max(text.rfind(",", p0, cue.start), text.rfind(":", p0, cue.start))
        mention = _source(text, max(p0, opening + 1), cue.start, pats.words)
        span = (cue.end, p1)
    if mention is None:
        return ()
    return content("reported_headline", doc, span, cue, mention, pats, follows=False)


def _source(text: str, start: int, end: int, words: ReportedWords) -> Mention | None:
    """The words naming a headline's source, without a time before them
    ("12:38PM Rubio") or the auxiliaries and adverbs after them ("Rick
    Perry Just", "Trump Has"); ``None`` when there are none or more than a
    subject's."""
    tokens = list(TOKEN.finditer(text, start, end))
    while tokens and any(c.isdigit() for c in tokens[0].group()):
        tokens.pop(0)
    while tokens and (
        tokens[-1].group().lower() in words.auxiliaries
        or tokens[-1].group().lower().endswith(words.adverb_endings)
    ):
        tokens.pop()
    if not tokens or len(tokens) > SUBJECT_WORDS:
        return None
    return stripped(text, tokens[0].start(), tokens[-1].end())
