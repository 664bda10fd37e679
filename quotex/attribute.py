"""Stage 4: decide each quotation's speaker, by the rules of the table.

Paragraph by paragraph, in text order, so that each rule sees the speakers
decided before it: the frame rules decide each quotation they can, then the
context rules attribute what is left of the paragraph (see
:mod:`quotex.rules` for the families and their order). Last, each rule's
settle step runs once.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from quotex.cast import Cast
from quotex.conversation import is_dialogue
from quotex.document import Document
from quotex.kinds import is_scare
from quotex.lexicon import Lexicon
from quotex.marks import Span
from quotex.patterns import patterns_for
from quotex.places import NEIGHBOURHOOD, NEWS_PLACES, PLACES
from quotex.quotations import Quotation
from quotex.reading import read_quotations
from quotex.rules import Rule
from quotex.segment import Paragraphs


def attribute(
    text: str,
    paras: Paragraphs,
    spans: list[Span],
    lexicon: Lexicon,
    rules: Sequence[Rule],
    *,
    full_names: bool,
) -> Document:
    """Read the frames of every quotation and run ``rules`` over them.

    Returns:
        The document, its quotations attributed (``Document.quotations``),
        its cast knowing every speaker decided, and whether it reads as
        dialogue (``Document.dialogue``).
    """
    patterns = patterns_for(lexicon)
    quotations = read_quotations(text, paras, spans, patterns, {r.name for r in rules})
    dialogue = is_dialogue(text, paras, quotations)
    marked = [(s.open_at, s.close_at) for s in spans]
    # a news article is read whole for each name; a novel, even one that
    # reads as no dialogue, at its first places
    article = not dialogue and len(text) <= NEIGHBOURHOOD
    cast = Cast(text, lexicon, marked, places=NEWS_PLACES if article else PLACES, article=article)
    doc = Document(
        text,
        paras,
        lexicon,
        patterns,
        cast,
        quotations,
        dialogue=dialogue,
        full_names=full_names,
    )
    frame_rules = {r.name: r for r in rules if r.family == "frame"}
    paragraph_rules = [r for r in rules if r.family == "paragraph"]
    turn_rules = [r for r in rules if r.family == "turn"]
    for p, quoted in _by_paragraph(quotations):
        for q in quoted:
            _by_frames(q, doc, frame_rules)
        group = [q for q in quoted if not q.scare]
        if not group:
            continue
        doc.talk.groups[p] = group
        if any(q.told for q in group):
            for q in group:
                if not q.told:
                    _first_decision([q], doc, paragraph_rules)
        else:
            _first_decision(group, doc, turn_rules)
        first = next((q for q in group if q.core), None)
        if first is not None:
            doc.talk.turns.append((p, first))
    for rule in rules:
        if rule.settle is not None:
            rule.settle(doc)
    return doc


def _by_paragraph(quotations: list[Quotation]) -> Iterator[tuple[int, list[Quotation]]]:
    """The quotations grouped by the paragraph they open in, in order."""
    group: list[Quotation] = []
    for q in quotations:
        if group and q.span.paragraph != group[0].span.paragraph:
            yield group[0].span.paragraph, group
            group = []
        group.append(q)
    if group:
        yield group[0].span.paragraph, group


def _by_frames(q: Quotation, doc: Document, frame_rules: dict[str, Rule]) -> None:
    """Try ``q``'s frames in order, each by the rule of its layout; a woven
    quotation no frame decides may be a scare quote."""
    for frame in q.frames:
        q.frame = frame
        decision = frame_rules[frame.rule].decide(q, doc)
        if decision is not None:
            doc.apply(q, decision, frame.rule)
            q.framed = True
            break
    else:
        q.frame = None
    if q.kind == "mixed" and not q.framed and is_scare(doc.text, q.span):
        q.scare = True


def _first_decision(group: list[Quotation], doc: Document, rules: Sequence[Rule]) -> None:
    """The first of ``rules`` to decide for ``group[0]`` decides for the
    whole group; a decision that names nobody ends the search."""
    for rule in rules:
        decision = rule.decide(group[0], doc)
        if decision is None:
            continue
        if decision.person is not None or decision.same_as is not None:
            for q in group:
                doc.apply(q, decision, rule.name)
        return
