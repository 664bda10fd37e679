"""Context rules that read the paragraph a quotation stands in."""

from __future__ import annotations

import bisect

from quotex.cast import named_person
from quotex.conversation import called
from quotex.cue_subjects import possessive
from quotex.document import Document
from quotex.hearers import told_at
from quotex.mentions import Mention, sexed
from quotex.quotations import Decision, Person, Quotation
from quotex.rules.framed import addressed_before
from quotex.segment import sentence_starts
from quotex.talk import same_person


def same_paragraph(q: Quotation, doc: Document) -> Decision | None:
    """Another quotation of the paragraph has a speaker: the nearest one's
    (the earlier on a tie). Asked of each quotation left without one in a
    paragraph where a frame named somebody."""
    framed = [a for a in doc.talk.group(q) if a.speaker is not None and a.rule != "same_paragraph"]
    if not framed:
        return None
    starts = [a.span.start for a in framed]
    k = bisect.bisect_left(starts, q.span.start)
    options = [framed[x] for x in (k - 1, k) if 0 <= x < len(framed)]
    near = min(options, key=lambda a: abs(a.span.start - q.span.start))
    return Decision(same_as=near, mention=near.mention)


def paragraph_subject(q: Quotation, doc: Document) -> Decision | None:
    """The paragraph's narration names one person and nobody else ("Emma
    smiled. “Oh, yes.”"): that person. Naming several, in a text that
    reads as dialogue: the one whose name opens the latest sentence before
    the first quotation."""
    group, cast = doc.talk.group(q), doc.cast
    start = doc.paras.starts[q.span.paragraph]
    end = doc.paras.ends[group[-1].span.last_paragraph]
    first = None
    first_core: tuple[str, ...] = ()
    for lo, hi in cast.narration(start, end):
        for m in doc.patterns.name.finditer(doc.text, lo, hi):
            if cast.article and possessive(doc.text, m.end()):
                continue  # news: "seize on Ryan's comments" is not Ryan's turn
            cand = named_person(cast, m.start(), m.end())
            if cand is None:
                continue
            if told_at(doc, m.start()):
                continue  # "“…,” turning to Mr. Woodhouse, “…”": the one told
            core = cast.fullest(cand)
            if first is None:
                first, first_core = cand, core
            elif core != first_core:
                return _lead_subject(doc, start, group[0].span.open_at)
    if first is None:
        lead = (start, group[0].span.open_at)
        if not doc.text[lead[0] : lead[1]].strip():
            lead = (group[-1].span.close_at, end)  # "“Oh, yes.” She laughed."
        return _pronoun_subject(doc, *lead)
    person: Person = doc.person(first)
    if named_in_turn(doc, q, person):
        return None  # "He looked at Anne. “Anne, come here.”": not Anne's
    return Decision(person=person, mention=(first.start, first.end))


def _pronoun_subject(doc: Document, start: int, end: int) -> Decision | None:
    """The narration before the paragraph's first quotation, or after its
    last when none stands before, opens with "He" or "She" ("She laughed.
    “Oh, yes.”"): the person that pronoun means, as in a frame ("“Oh,
    yes,” she said"). In a novel, when that person spoke the turn before
    and it called someone of that gender by name, the one called (as for
    "she replied")."""
    lead = doc.text[start:end]
    words = lead.split(maxsplit=1)
    if not words:
        return None
    word = words[0]
    gender = doc.lexicon.pronouns.get(word.lower())
    if not sexed(gender) or not word[0].isupper():
        return None
    at = start + lead.index(word)
    person = doc.antecedent(at, gender)
    if person is None:
        return None
    if doc.dialogue and _caller(doc, at, person):
        # "Will you come, Ann?" asked Mary. / "She laughed. “No.”": Ann
        pronoun = doc.cast.mention_at(at, at + len(word))
        if pronoun is not None:
            person = addressed_before(doc, pronoun, None, person) or person
    return Decision(person=person, mention=(at, at + len(word)))


def _caller(doc: Document, pos: int, person: Person) -> bool:
    """Whether ``person`` spoke the turn before ``pos``'s paragraph: one
    that may call someone else by name."""
    group = doc.talk.last_group(doc.paras.index(pos))
    return any(same_person(q.person, person) for q in group or ())


def narration_before_turn(q: Quotation, doc: Document) -> Decision | None:
    """``narration_before`` in a text that reads as dialogue: the paragraph
    right before is narration alone and names a person: the one named by
    the latest of its sentences that opens with a name ("Marilla gave a
    sniff."), else the last one it names, speaks next, unless the turn
    calls them by name."""
    p = q.span.paragraph
    if p == 0 or not doc.dialogue:
        return None
    start, end = doc.paras.starts[p - 1], doc.paras.ends[p - 1]
    if list(doc.cast.narration(start, end)) != [(start, end)]:
        return None
    found = _sentence_subject(doc, start, end) or _last_named(doc, start, end)
    if found is None:
        return None
    person = doc.person(found)
    if named_in_turn(doc, q, person):
        return None  # "Come down to your dinner, Anne.": not Anne's
    return Decision(person=person, mention=(found.start, found.end))


def _sentence_subject(doc: Document, start: int, end: int) -> Mention | None:
    """The person named by the latest sentence of ``start:end`` that opens
    with a person's name."""
    for at in reversed([start, *sentence_starts(doc.text, start, end, doc.lexicon.lang)]):
        at += len(doc.text[at:end]) - len(doc.text[at:end].lstrip())
        m = doc.patterns.name.match(doc.text, at)
        cand = None if m is None else named_person(doc.cast, m.start(), m.end())
        if cand is not None:
            return cand
    return None


def _last_named(doc: Document, start: int, end: int) -> Mention | None:
    """The last person named in ``start:end``."""
    last = None
    for m in doc.patterns.name.finditer(doc.text, start, end):
        last = named_person(doc.cast, m.start(), m.end()) or last
    return last


def _lead_subject(doc: Document, start: int, end: int) -> Decision | None:
    """The narration before the paragraph's first quotation names more
    than one person: the one whose name opens its latest sentence."""
    found = _sentence_subject(doc, start, end) if doc.dialogue else None
    if found is None:
        return None
    return Decision(person=doc.person(found), mention=(found.start, found.end))


def named_in_turn(doc: Document, q: Quotation, person: Person) -> bool:
    """Whether a quotation of ``q``'s paragraph names ``person``, calling
    them ("Come here, Anne.") or speaking of them ("Anne was so set on
    going."): nobody speaks of themselves by name. In news only the
    names a quotation calls count: a politician may quote their own name
    ("Vote Romney")."""
    group = doc.talk.group(q)
    if not doc.dialogue:
        return any(same_person(v, person) for other in group for v in called(doc, other))
    for other in group:
        for m in doc.patterns.name.finditer(doc.text, other.span.start, other.span.end):
            cand = doc.cast.mention_at(m.start(), m.end())
            if cand is not None and cand.kind == "name" and _one(doc.person(cand), person):
                return True
    return False


def _one(named: Person, person: Person) -> bool:
    """Whether a name a turn says means ``person``: :func:`same_person`,
    and not of the other gender ("Alfred" of "Alfred Inglethorp" is not
    "Mrs. Inglethorp")."""
    if sexed(named.gender) and sexed(person.gender) and named.gender != person.gender:
        return False
    return same_person(named, person)
