"""Who else takes part in a conversation whose frames name only one talker.

A run of unframed turns alternates between two people, but its frames
often name one of them ("“Did you sleep at all?” asked Poirot." and then
turns that name nobody). The other one is often found in the narration
that leads into the conversation:

- in a novel told by "I", the narrator, when that narration says "I"
  ("I looked up at him."): :func:`narrator_talking`;
- else the person that narration names ("Mr. Grey came in and sat down
  by Ann Lee."): :func:`named_before`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from quotex.cast import named_person
from quotex.document import Document
from quotex.grammar import alternation
from quotex.language import word_set
from quotex.lexicon import Lexicon
from quotex.mentions import Mention
from quotex.patterns import CACHED_LEXICONS
from quotex.quotations import Person
from quotex.segment import sentence_starts
from quotex.talk import TURN_GAP, same_person


@functools.lru_cache(maxsize=CACHED_LEXICONS)
def _first_person(lexicon: Lexicon) -> regex.Pattern[str]:
    """A word of ``first_person.txt`` ("I"), standing alone."""
    words = alternation(word_set("first_person.txt", lexicon.lang))
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}'’])(?:{words})(?![\p{{L}}\p{{M}}'’])", regex.I)


def narrator_talking(doc: Document, p: int, speaker: Person) -> Person | None:
    """The narrator, if they take part in the conversation whose first turn
    is paragraph ``p`` and are not ``speaker``: the text has a first-person
    narrator with a name (:meth:`Document.narrator`), and one of the
    paragraphs of narration right before ``p`` (:func:`_lead_in`) says "I"
    outside quotation marks. A heading in capitals ("CHAPTER I") says
    nothing."""
    narrator = doc.narrator()
    if narrator is None or same_person(narrator, speaker):
        return None
    pattern = _first_person(doc.lexicon)
    for before in _lead_in(doc, p):
        start, end = doc.paras.starts[before], doc.paras.ends[before]
        for lo, hi in doc.cast.narration(start, end):
            if not doc.text[lo:hi].isupper() and pattern.search(doc.text, lo, hi):
                return narrator
    return None


def named_before(doc: Document, p: int, speaker: Person) -> Person | None:
    """The person the narration right before paragraph ``p`` names
    (:func:`_lead_in`, the nearest paragraph first), who is not
    ``speaker``: in each paragraph, the one whose name opens its latest
    sentence that opens with a name, then the others from the last named
    back. Only a name that surely names a person counts."""
    for before in _lead_in(doc, p):
        for mention in _named_in(doc, before):
            person = doc.person(mention)
            if not same_person(person, speaker):
                return person
    return None


def conversation_start(doc: Document, p: int) -> int:
    """The first paragraph of the run of back-to-back quoted paragraphs
    that paragraph ``p`` ends."""
    while p - 1 in doc.talk.groups:
        p -= 1
    return p


def _lead_in(doc: Document, p: int) -> Iterator[int]:
    """The paragraphs of narration right before paragraph ``p``, nearest
    first: up to :data:`~quotex.talk.TURN_GAP` of them, back to the latest
    quoted paragraph (the turn of an earlier conversation)."""
    for before in range(p - 1, max(p - 1 - TURN_GAP, -1), -1):
        if before in doc.talk.groups:
            return
        yield before


def _named_in(doc: Document, p: int) -> list[Mention]:
    """The people paragraph ``p`` names, in the order :func:`named_before`
    tries them."""
    text, start, end = doc.text, doc.paras.starts[p], doc.paras.ends[p]
    places = doc.patterns.name.finditer(text, start, end)
    named = [cand for m in places if (cand := named_person(doc.cast, *m.span())) is not None]
    if not named:
        return named
    opens = {
        at + len(text[at:end]) - len(text[at:end].lstrip())
        for at in (start, *sentence_starts(text, start, end, doc.lexicon.lang))
    }
    subjects = [c for c in named if c.start in opens]
    return subjects[-1:] + [c for c in reversed(named) if c not in subjects[-1:]]
