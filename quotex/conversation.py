"""Conversations: whether a text reads as dialogue, and settling the turns
of a run of back-to-back quoted paragraphs.

In news an unattributed quotation goes on with the last speaker; in fiction
it answers the last one. :func:`is_dialogue` tells the two apart.
:func:`settle_turns` (part of the ``dialogue_turn`` rule) revisits each run
of quoted paragraphs once everything is read: two people alternate, so a
turn an even number of turns from an attributed one is that speaker's, an
odd number the other's. Reading only forwards, one wrong turn would spoil
every turn after it; an attributed turn further on fixes them.
"""

from __future__ import annotations

from collections import Counter

from quotex.document import Document
from quotex.quotations import Decision, Person, Quotation
from quotex.segment import Paragraphs

# A text reads as dialogue when at least this many paragraphs open with a
# quotation that has no frame...
DIALOGUE_MIN_TURNS = 3
# ... and they are at least this share of the paragraphs opening with one.
DIALOGUE_SHARE = 0.2
# Only runs of at least this many back-to-back quoted paragraphs are settled.
MIN_RUN = 3
# An anchor read from a pronoun ("he said") counts as this many turns
# further away than one named outright.
WEAK_ANCHOR_PENALTY = 1.5
# The rules whose turns settle_turns may change; those of any other rule
# (and turns given by a frame) anchor the run.
_GUESSED = ("dialogue_turn", "continuing_paragraph")

Run = list[tuple[int, list[Quotation]]]


def is_dialogue(text: str, paras: Paragraphs, quotations: list[Quotation]) -> bool:
    """Whether the text reads as dialogue (fiction): several paragraphs open
    with a quotation that has no frame at all."""
    framed = {q.span.paragraph for q in quotations if q.frames}
    opening = unframed = 0
    seen = -1
    for q in quotations:
        p = q.span.paragraph
        if p == seen:
            continue
        seen = p
        if _opens_paragraph(text, paras, p, q):
            opening += 1
            unframed += p not in framed
    return unframed >= DIALOGUE_MIN_TURNS and unframed >= DIALOGUE_SHARE * opening


def settle_turns(doc: Document) -> None:
    """Settle each run of back-to-back quoted paragraphs from its nearest
    anchored turn (see the module's description)."""
    if not doc.dialogue:
        return
    run: Run = []
    for p, group in [*doc.talk.groups.items(), (-2, [])]:
        opens = bool(group) and _opens_paragraph(doc.text, doc.paras, p, group[0])
        if run and opens and p == run[-1][0] + 1:
            run.append((p, group))
            continue
        if len(run) >= MIN_RUN:
            _settle(doc, run)
        run = [(p, group)] if opens else []


def _settle(doc: Document, run: Run) -> None:
    anchored = [
        i for i, (_, g) in enumerate(run) if g[0].core and g[0].rule not in (*_GUESSED, "vocative")
    ]
    if not anchored:
        return
    for i, (_, group) in enumerate(run):
        if i in anchored or group[0].rule not in (*_GUESSED, None):
            continue
        choice = _turn_of(doc, run, anchored, i)
        if choice is None:
            continue
        for q in group:
            doc.apply(q, Decision(person=choice), "dialogue_turn")


def _turn_of(doc: Document, run: Run, anchored: list[int], i: int) -> Person | None:
    """Who speaks turn ``i`` of ``run``, counted from the nearest anchor."""

    def distance(a: int) -> tuple[float, bool]:
        weak = WEAK_ANCHOR_PENALTY * _weak_anchor(doc, run[a][1][0])
        return abs(a - i) + weak, a > i

    j = min(anchored, key=distance)
    anchor = run[j][1][0]
    if (i - j) % 2 == 0:
        return anchor.person
    others = sorted(
        (a for a in anchored if run[a][1][0].core != anchor.core), key=lambda a: abs(a - j)
    )
    if others:
        return run[others[0]][1][0].person
    return _addressee(doc, run, anchor)


def _weak_anchor(doc: Document, q: Quotation) -> bool:
    """Whether an anchor's speaker was read from a pronoun, or from nothing."""
    if q.mention is None:
        return True
    return doc.text[q.mention[0] : q.mention[1]].lower() in doc.lexicon.pronouns


def _addressee(doc: Document, run: Run, speaker: Quotation) -> Person | None:
    """Who ``speaker`` talks with in a run where nobody else is named by a
    frame: the name most often called out in the run's quotations."""
    counts: Counter[tuple[str, ...]] = Counter()
    found: dict[tuple[str, ...], Person] = {}
    for _, group in run:
        for q in group:
            voc = doc.vocative(q)
            if voc is not None and voc.core != speaker.core:
                counts[voc.core] += 1
                found[voc.core] = voc
    if not counts:
        return None
    return found[max(counts, key=lambda k: counts[k])]


def _opens_paragraph(text: str, paras: Paragraphs, p: int, q: Quotation) -> bool:
    """Whether quotation ``q`` opens paragraph ``p`` (only space before it)."""
    return text[paras.starts[p] : q.span.open_at].strip() == ""
