"""The one a framed turn is told to: "“Come in,” she said to Emma",
"“Where?” he asked Tom Avery". In a conversation the one told answers, as
the one a turn calls by name does (:func:`quotex.conversation.called`)."""

from __future__ import annotations

import functools

import regex

from quotex.cast import named_person
from quotex.document import Document
from quotex.grammar import SP, alternation, name
from quotex.language import word_set
from quotex.lexicon import Lexicon
from quotex.patterns import CACHED_LEXICONS
from quotex.quotations import Person, Quotation

# How many characters before a name are read for the preposition before it.
HEARER_REACH = 8


@functools.lru_cache(maxsize=CACHED_LEXICONS)
def _hearer_pattern(lexicon: Lexicon) -> regex.Pattern[str]:
    """A name right after a frame's cue or subject, maybe after a
    preposition of ``hearer_prepositions.txt``."""
    to = alternation(word_set("hearer_prepositions.txt", lexicon.lang))
    return regex.compile(
        rf"""
        {SP}(?:(?P<to>{to}){SP})?          # "to", or nothing after "asked"
        (?P<hearer>{name(lexicon)})         # the one told
        (?![\p{{L}}\p{{M}}'’\-])
        """,
        regex.VERBOSE,
    )


def hearer(doc: Document, q: Quotation) -> Person | None:
    """The person ``q``'s frame says it was told to, by name: after the cue
    or its subject, whichever comes last, a preposition and a name ("she
    said to Emma", "said he to Emma"), or a name alone after a verb whose
    object is the one told ("he asked Emma", not "asked Emma", where Emma
    speaks). Only a name that surely names a person counts."""
    if not q.framed or q.cue is None or q.mention is None:
        return None
    at = max(q.cue[1], q.mention[1])
    m = _hearer_pattern(doc.lexicon).match(doc.text, at)
    if m is None:
        return None
    if m["to"] is None and (
        q.mention[0] > q.cue[0] or q.lemma not in word_set("recipient_verbs.txt", doc.lexicon.lang)
    ):
        return None
    cand = named_person(doc.cast, *m.span("hearer"))
    return None if cand is None else doc.person(cand)


def told_at(doc: Document, at: int) -> bool:
    """Whether the name at ``at`` follows a preposition of
    ``hearer_prepositions.txt`` ("turning to Mr. Woodhouse", "She turned
    to Ann Lee."): in narration it names the one told, not the one
    talking."""
    words = doc.text[max(0, at - HEARER_REACH) : at].split()
    prepositions = word_set("hearer_prepositions.txt", doc.lexicon.lang)
    return bool(words) and words[-1].lower() in prepositions
