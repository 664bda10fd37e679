"""Frame rules: the speaker is the one the words next to the quotation name.

Each reads ``q.frame``, the frame the runner is trying (read by
:mod:`quotex.frames`, whose layouts give these rules their names), and
decides from it or passes.
"""

from __future__ import annotations

from quotex.conversation import called
from quotex.document import Document
from quotex.language import word_set
from quotex.mentions import Mention, sexed
from quotex.quotations import Decision, Person, Quotation
from quotex.talk import same_person

# Characters looked back over for what ends the sentence before a name: a
# closing mark and a space.
_OPENING_LOOKBACK = 3
# What ends a sentence before a word that opens the next.
_SENTENCE_END = ".!?\"“‘'”’:\n"


def named_by_frame(q: Quotation, doc: Document) -> Decision | None:
    """``cue_after``, ``according_to``, ``signature``, ``cue_before``,
    ``colon``: the frame's mention, resolved (a name to its fullest form, a
    pronoun or a definite nominal to the nearest person of its gender). A
    mention that names no one (a word no name starts with) passes; one that
    resolves to nobody still decides, with no speaker."""
    frame = q.frame
    assert frame is not None and frame.mention is not None
    mention = doc.cast.mention_at(*frame.mention)
    if mention is not None and doc.dialogue:
        mention = _without_common_word(mention, doc)
    if mention is None or (frame.cue is None and not doc.names_someone(mention)):
        return None
    found = doc.resolve(mention, frame.lemma)
    called_one = _calls(doc, q, found) if doc.dialogue and mention.kind == "pronoun" else None
    if called_one is not None:
        # nobody calls themselves by name: "“Come, Anne,” she said" is not Anne's
        found = doc.resolve(mention, frame.lemma, avoid=called_one) or called_one
    if doc.dialogue and _answers(doc, mention, found):
        found = addressed_before(doc, mention, frame.lemma, found) or found
    return Decision(
        person=found if isinstance(found, Person) else None,
        description=found if isinstance(found, str) else None,
        mention=(mention.start, mention.end),
        cue=frame.cue,
        lemma=frame.lemma,
    )


def _calls(doc: Document, q: Quotation, found: Person | str | None) -> Person | None:
    """``found``, if quotation ``q`` or the other half of its turn calls
    that person by name (see :func:`quotex.conversation.called`)."""
    if not isinstance(found, Person):
        return None
    calls = (person for half in _halves(doc, q) for person in called(doc, half))
    return found if any(same_person(person, found) for person in calls) else None


def _halves(doc: Document, q: Quotation) -> list[Quotation]:
    """``q`` and the quotations beside it that share its frame: both halves
    of "“Come,” she said, “and look, Mary.”"."""
    assert q.frame is not None
    halves = [q]
    for k in (q.index - 1, q.index + 1):
        if 0 <= k < len(doc.quotations):
            other = doc.quotations[k]
            if any(f.mention == q.frame.mention for f in other.frames):
                halves.append(other)
    return halves


def _answers(doc: Document, mention: Mention, found: Person | str | None) -> bool:
    """Whether a frame's mention may mean whoever the turn before called
    by name: "she", or "the" and a noun in lower case tied to no name
    ("the girl"), which says no more of the speaker than a gender. ("His
    wife" is someone's wife, seldom the one called.)"""
    if mention.kind == "pronoun":
        return isinstance(found, Person)
    words = mention.text.split()
    return (
        mention.kind == "nominal"
        and found is not None
        and words[0].lower() in word_set("definite_articles.txt", doc.lexicon.lang)
        and words[-1].islower()
        and doc.described(mention) is None
    )


def addressed_before(
    doc: Document, mention: Mention, lemma: str | None, found: Person | str | None
) -> Person | None:
    """In a novel, who "she replied" means after a turn that called a
    woman by name ("Hasn't he, Katharine?" / "No," she replied): the one
    called, who answers; unless the paragraph's own earlier turn is of
    that gender, the cue says the speaker goes on ("she continued"), or
    the narration since the turn before names a person of that gender."""
    gender = mention.gender
    if not sexed(gender) or (lemma and lemma in word_set("continuing_verbs.txt", doc.lexicon.lang)):
        return None
    pos = mention.start
    p = doc.paras.index(pos)
    own = doc.talk.said_before(pos, p)
    group = doc.talk.last_group(p)
    if not group or (own is not None and doc.gender_of(own) == gender):
        return None
    named = doc.cast.antecedent(pos, gender, sure=True)
    if named is not None and doc.paras.index(named.start) > group[-1].span.last_paragraph:
        return None
    for q in group:
        for person in called(doc, q):
            known = person.gender if sexed(person.gender) else doc.cast.gender_of(person.core)
            if not sexed(known):
                known = doc.cast.learned_gender(person.core, pos)
            if known == gender:
                return _as_named(doc, person, found, p)
    return None


def _as_named(doc: Document, person: Person, found: Person | str | None, p: int) -> Person:
    """``person``, as the talk names them already: "Mrs. Pontellier",
    called so, is the "Edna Pontellier" who has spoken."""
    talkers = [q.person for q in doc.talk.participants(p)]
    for known in [found, *talkers] if isinstance(found, Person) else talkers:
        if same_person(known, person):
            return known
    return person


def chained_cue(q: Quotation, doc: Document) -> Decision | None:
    """A cue with no subject of its own after an earlier quotation of the
    paragraph (``He believed, "…" alleging "…"``): that quotation's speaker."""
    frame = q.frame
    assert frame is not None
    prev = doc.talk.previous_in_paragraph(q)
    if prev is None or not prev.told:
        return None
    return Decision(same_as=prev, mention=prev.mention, cue=frame.cue, lemma=frame.lemma)


def _without_common_word(mention: Mention, doc: Document) -> Mention | None:
    """In a novel, a name whose first word the text also writes in lower
    case and that is no given name nor a speaker's ("Presently Adela",
    "Seeing"): the name after it, or nobody when it is the only word."""
    core = mention.core
    if mention.kind != "name" or mention.honorific:
        return mention
    if len(core) == 1 and doc.cast.person_like(mention):
        return mention  # a speaker's name
    first = core[0]
    before = doc.text[max(0, mention.start - _OPENING_LOOKBACK) : mention.start].rstrip()
    if before and before[-1] not in _SENTENCE_END:
        return mention  # a capital inside a sentence is a name's ("said Grandmother")
    if first.lower() in doc.lexicon.first_names or doc.proper_words.never_lower(first):
        return mention
    if len(core) == 1:
        return None
    at = doc.text.find(core[1], mention.start, mention.end)
    return mention if at < 0 else doc.cast.mention_at(at, mention.end)
