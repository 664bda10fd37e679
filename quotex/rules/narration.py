"""A context rule of news (and, read more widely, of fiction): a paragraph
of quotation with no frame, right after a paragraph of narration, is the
person that narration's last sentence is about ("Carter said that the
region would not be left.\n\n“That is because …”")."""

from __future__ import annotations

import re

from quotex.cue_subjects import opening_subject, subject_before
from quotex.cue_words import last_cue
from quotex.document import Document
from quotex.language import word_set
from quotex.mentions import Mention, sexed
from quotex.quotations import Decision, Quotation
from quotex.rules.paragraph import narration_before_turn
from quotex.segment import sentence_start

# The most characters between a cue that ends a sentence and its full stop:
# "said in an interview in her office".
SAID_TAIL = 40
# What may not stand there: a comma or a quotation mark opens more than an
# adverbial.
_TAIL_STOP = re.compile(r"[,;:\"“”]")
# What ends narration that leads into the turn after it: "Harriet said--".
_LEADS_IN = ",:-—– "


def narration_before(q: Quotation, doc: Document) -> Decision | None:
    """In a news article, a cue and its subject end the sentence right before
    ``q`` in its paragraph ("…, Schiff said. “…”"): that subject speaks.
    Else the paragraph right before ``q``'s holds no
    quotation, and its last sentence opens with a name, or "he" or "she",
    and a verb: that person speaks. A sentence that opens with a
    subordinate clause ("When Wallace died in 1998, President Clinton
    released …") is read from the clause after it. In a text that reads as
    dialogue: the subject of a cue that ends the paragraph before, leading
    into the turn ("Harriet said--"; see :func:`_said_last`), else
    :func:`~quotex.rules.paragraph.narration_before_turn`."""
    if doc.dialogue:
        led = _said_last(q, doc)
        named = None if led is None else _decision(doc, led)
        return named or narration_before_turn(q, doc)
    if not doc.cast.article:
        return None
    said = _said_before(q, doc)
    if said is not None:
        return _decision(doc, said)
    p = q.span.paragraph
    if p == 0 or _quoted(doc, p - 1):
        return None
    text, lang = doc.text, doc.lexicon.lang
    lo, hi = doc.paras.starts[p - 1], doc.paras.ends[p - 1]
    hi = lo + len(text[lo:hi].rstrip())
    if hi <= lo:
        return None
    start = sentence_start(text, hi - 1, lo, lang=lang)
    first = text[start:hi].split(None, 1)
    if first and first[0].lower() in word_set("opening_subordinators.txt", lang):
        comma = text.find(",", start, hi)
        if comma < 0:
            return None
        start = comma + 1
    found = opening_subject(text, start, hi, doc.patterns)
    return None if found is None else _decision(doc, found)


def _said_before(q: Quotation, doc: Document) -> tuple[int, int] | None:
    """In ``q``'s paragraph, the subject of a cue that closes the sentence
    right before it after a comma: "…, Schiff said. “…”", "…, Hassan said
    in an interview. “…”" (a short adverbial may follow the cue, no
    comma)."""
    text, pats = doc.text, doc.patterns
    lo = doc.paras.starts[q.span.paragraph]
    hi = lo + len(text[lo : q.span.open_at].rstrip())
    if hi <= lo or text[hi - 1] != ".":
        return None
    cue = last_cue(pats, text, max(lo, hi - 1 - SAID_TAIL), hi - 1)
    if cue is None or _TAIL_STOP.search(text, cue[1], hi - 1):
        return None
    start = sentence_start(text, cue[0], lo, lang=doc.lexicon.lang)
    found = subject_before(text, start, cue[0], pats)
    # the frame closes what the sentence reports, after a comma ("Tom
    # smiled at Ann." is narration)
    if found is None or "," not in text[start : found[0]]:
        return None
    return found


def _said_last(q: Quotation, doc: Document) -> tuple[int, int] | None:
    """The paragraph right before ``q``'s is narration that ends with a cue
    and its subject, and a dash, colon or comma that leads into the turn
    ("At last, with some hesitation, Harriet said--"): that subject."""
    p = q.span.paragraph
    if p == 0 or _quoted(doc, p - 1):
        return None
    text, pats = doc.text, doc.patterns
    lo = doc.paras.starts[p - 1]
    hi = lo + len(text[lo : doc.paras.ends[p - 1]].rstrip())
    end = lo + len(text[lo:hi].rstrip(_LEADS_IN))
    if end == hi:
        return None
    cue = last_cue(pats, text, max(lo, end - SAID_TAIL), end)
    if cue is None or _TAIL_STOP.search(text, cue[1], end):
        return None
    start = sentence_start(text, cue[0], lo, lang=doc.lexicon.lang)
    return subject_before(text, start, cue[0], pats)


def _decision(doc: Document, found: tuple[int, int]) -> Decision | None:
    """The person the subject at ``found`` names, if any: a name that surely
    names someone, or "he" or "she" resolved."""
    mention = doc.cast.mention_at(*found)
    if mention is None:
        return None
    if mention.kind == "name":
        named = doc.person(mention)
        return Decision(person=named, mention=found) if _someone(doc, mention) else None
    if mention.kind == "pronoun" and sexed(mention.gender):
        person = doc.antecedent(found[0], mention.gender)
        return None if person is None else Decision(person=person, mention=found)
    return None


def _someone(doc: Document, mention: Mention) -> bool:
    """Whether a name surely names a person: one :meth:`Cast.person_like`
    knows, or whose fullest form opens with a known given name ("Valastro"
    of "Buddy Valastro"), not a capitalised word ("Speaking", "Voices")."""
    if doc.cast.person_like(mention):
        return True
    core = doc.cast.fullest(mention)
    return len(core) > 1 and core[0].lower() in doc.lexicon.first_names


def _quoted(doc: Document, p: int) -> bool:
    """Whether a quotation (no scare quote) stands in paragraph ``p``: one
    that opens there, or one that opens before and runs into it."""
    for before, group in reversed(doc.talk.groups.items()):
        if before < p:
            return group[-1].span.last_paragraph >= p
        if before == p:
            return True
    return False
