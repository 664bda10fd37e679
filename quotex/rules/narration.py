"""A context rule of news (and, read more widely, of fiction): a paragraph
of quotation with no frame, right after a paragraph of narration, is the
person that narration's last sentence is about ("Carter said that the
region would not be left.\n\n“That is because …”")."""

from __future__ import annotations

from quotex.cue_subjects import opening_subject
from quotex.document import Document
from quotex.language import word_set
from quotex.mentions import Mention, sexed
from quotex.quotations import Decision, Quotation
from quotex.rules.paragraph import narration_before_turn
from quotex.segment import sentence_start


def narration_before(q: Quotation, doc: Document) -> Decision | None:
    """In a news article, the paragraph right before ``q``'s holds no
    quotation, and its last sentence opens with a name, or "he" or "she",
    and a verb: that person speaks. A sentence that opens with a
    subordinate clause ("When Wallace died in 1998, President Clinton
    released …") is read from the clause after it. In a text that reads as
    dialogue: :func:`~quotex.rules.paragraph.narration_before_turn`."""
    if doc.dialogue:
        return narration_before_turn(q, doc)
    p = q.span.paragraph
    if not doc.cast.article or p == 0 or _quoted(doc, p - 1):
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
    if found is None:
        return None
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
