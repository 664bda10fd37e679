"""Context rules for the turns of a conversation: a paragraph of quotations
none of which has a frame answers, or goes on from, the turn before."""

from __future__ import annotations

from quotex.conversation import called
from quotex.document import Document
from quotex.hearers import hearer
from quotex.quotations import Decision, Person, Quotation
from quotex.rules.paragraph import named_in_turn
from quotex.talk import same_person
from quotex.talkers import conversation_start, narrator_talking


def vocative(q: Quotation, doc: Document) -> Decision | None:
    """The turn before addressed someone by name ("Thank you, Dr. Aziz";
    in dialogue, "You know, Aziz, we could wait" too: see
    :func:`~quotex.conversation.called`): the one addressed answers,
    whether or not the turn before has a speaker of its own."""
    before = doc.talk.last_group(q.span.paragraph)
    if before is None:
        return None
    speaker = next((old for old in before if old.core), None)
    for old in reversed(before):
        voc = next(iter(called(doc, old)), None) or hearer(doc, old)
        if voc is None or (speaker is not None and same_person(voc, speaker.person)):
            continue
        if speaker is None:
            addressed = {v.core for other in doc.talk.group(q) for v in called(doc, other)}
            return None if voc.core in addressed else Decision(person=voc)
        return _unless_addressed(voc, speaker, q, doc)
    return None


def dialogue_turn(q: Quotation, doc: Document) -> Decision | None:
    """Two people have been talking in turns (in a text that reads as
    dialogue): the one of the conversation who did not speak last; with
    nobody else in it, the first-person narrator, if the narration before
    it says "I" (:func:`~quotex.talkers.narrator_talking`)."""
    turn = doc.talk.last_turn(q.span.paragraph)
    if turn is None or not doc.dialogue:
        return None
    last = turn[1]
    for old in doc.talk.participants(q.span.paragraph)[1:]:
        if old.core and not same_person(old.person, last.person):
            return _unless_addressed(old.person, last, q, doc)
    start = conversation_start(doc, q.span.paragraph)
    talking = narrator_talking(doc, start, last.person)
    return None if talking is None else _unless_addressed(talking, last, q, doc)


def continuing_paragraph(q: Quotation, doc: Document) -> Decision | None:
    """The paragraph before ended with a quotation: its speaker goes on."""
    turn = doc.talk.last_turn(q.span.paragraph)
    if turn is None or turn[0] != q.span.paragraph - 1:
        return None
    return Decision(person=turn[1].person)


def _unless_addressed(choice: Person, last: Quotation, q: Quotation, doc: Document) -> Decision:
    """``choice``, unless the turn calls them by name: nobody calls
    themselves by name ("Oh! Miss Woodhouse, …" is not hers). Then the last
    speaker goes on, unless called by name too; then nobody is named."""
    addressed = {v.core for other in doc.talk.group(q) for v in called(doc, other)}
    if choice.core not in addressed and not named_in_turn(doc, q, choice):
        return Decision(person=choice)
    if last.core not in addressed:
        return Decision(person=last.person)
    return Decision()
