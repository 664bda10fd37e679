"""Whether the first-person narrator takes part in a conversation.

In a novel told by "I", the narrator talks with the others ("“Do you know
what I think?” … “What?”"), yet their unframed turns name nobody: when a
conversation's frames name only one talker and the narration that leads
into it says "I" ("I looked at her."), the narrator is the other one.
"""

from __future__ import annotations

import functools

import regex

from quotex.document import Document
from quotex.grammar import alternation
from quotex.language import word_set
from quotex.lexicon import Lexicon
from quotex.patterns import CACHED_LEXICONS
from quotex.quotations import Person
from quotex.talk import TURN_GAP, same_person


@functools.lru_cache(maxsize=CACHED_LEXICONS)
def _first_person(lexicon: Lexicon) -> regex.Pattern[str]:
    """A word of ``first_person.txt`` ("I"), standing alone."""
    words = alternation(word_set("first_person.txt", lexicon.lang))
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}'’])(?:{words})(?![\p{{L}}\p{{M}}'’])", regex.I)


def narrator_talking(doc: Document, p: int, speaker: Person) -> Person | None:
    """The narrator, if they take part in the conversation whose first turn
    is paragraph ``p`` and are not ``speaker``: the text has a first-person
    narrator with a name (:meth:`Document.narrator`), and one of the up to
    :data:`~quotex.talk.TURN_GAP` paragraphs of narration right before
    ``p`` says "I" outside quotation marks. A heading in capitals
    ("CHAPTER I") says nothing."""
    narrator = doc.narrator()
    if narrator is None or same_person(narrator, speaker):
        return None
    pattern = _first_person(doc.lexicon)
    for before in range(p - 1, max(p - 1 - TURN_GAP, -1), -1):
        if before in doc.talk.groups:
            return None  # the turn of an earlier conversation
        start, end = doc.paras.starts[before], doc.paras.ends[before]
        for lo, hi in doc.cast.narration(start, end):
            if not doc.text[lo:hi].isupper() and pattern.search(doc.text, lo, hi):
                return narrator
    return None


def conversation_start(doc: Document, p: int) -> int:
    """The first paragraph of the run of back-to-back quoted paragraphs
    that paragraph ``p`` ends."""
    while p - 1 in doc.talk.groups:
        p -= 1
    return p
