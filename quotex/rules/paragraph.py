"""Context rules that read the paragraph a quotation stands in."""

from __future__ import annotations

import bisect

from quotex.cue_subjects import possessive
from quotex.document import Document
from quotex.quotations import Decision, Person, Quotation


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
    smiled. “Oh, yes.”"): that person."""
    group, cast = doc.talk.group(q), doc.cast
    start = doc.paras.starts[q.span.paragraph]
    end = doc.paras.ends[group[-1].span.last_paragraph]
    first = None
    first_core: tuple[str, ...] = ()
    for lo, hi in cast.narration(start, end):
        for m in doc.patterns.name.finditer(doc.text, lo, hi):
            if cast.article and possessive(doc.text, m.end()):
                continue  # news: "seize on Ryan's comments" is not Ryan's turn
            cand = cast.mention_at(m.start(), m.end())
            if cand is None or cand.kind != "name" or not cast.person_like(cand):
                continue
            core = cast.fullest(cand)
            if first is None:
                first, first_core = cand, core
            elif core != first_core:
                return None  # a second person: no one subject
    if first is None:
        lead = (start, group[0].span.open_at)
        if not doc.text[lead[0] : lead[1]].strip():
            lead = (group[-1].span.close_at, end)  # "“Oh, yes.” She laughed."
        return _pronoun_subject(doc, *lead)
    person: Person = doc.person(first)
    return Decision(person=person, mention=(first.start, first.end))


def _pronoun_subject(doc: Document, start: int, end: int) -> Decision | None:
    """The narration before the paragraph's first quotation, or after its
    last when none stands before, opens with "He" or "She" ("She laughed.
    “Oh, yes.”"): the person that pronoun means, as in a frame ("“Oh,
    yes,” she said")."""
    lead = doc.text[start:end]
    words = lead.split(maxsplit=1)
    if not words:
        return None
    word = words[0]
    gender = doc.lexicon.pronouns.get(word.lower())
    if gender not in ("m", "f") or not word[0].isupper():
        return None
    at = start + lead.index(word)
    person = doc.antecedent(at, gender)
    if person is None:
        return None
    return Decision(person=person, mention=(at, at + len(word)))
