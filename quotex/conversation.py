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
from quotex.language import word_set
from quotex.mentions import sexed
from quotex.narrator import names_set_off
from quotex.quotations import Decision, Person, Quotation
from quotex.segment import Paragraphs
from quotex.talk import TURN_GAP, same_person
from quotex.talkers import named_before, narrator_talking

# A text reads as dialogue when at least this many paragraphs open with a
# quotation that has no frame...
DIALOGUE_MIN_TURNS = 3
# ... and they are at least this share of the paragraphs opening with one...
DIALOGUE_SHARE = 0.2
# ... or they are this many at least, whatever their share: a novel whose
# turns are mostly framed has hundreds, a news article a handful.
DIALOGUE_MANY_TURNS = 50
# Only runs of at least this many back-to-back quoted paragraphs are settled.
MIN_RUN = 3
# An anchor read from a pronoun ("he said") counts as this many turns
# further away than one named outright.
WEAK_ANCHOR_PENALTY = 1.5
# An anchor named outright counts this many times one read from a pronoun
# in the vote for who holds each parity of a run.
STRONG_VOTE = 2.0
# A name called out in a turn ("Which drawer, Tom?") counts this many votes
# for the other parity: as sure a sign as a name in a frame.
VOCATIVE_VOTE = 2.0
# How many characters after a name set off by commas are read to tell
# whether it is one of a list ("Jane, Miss Bates, and me"): a word or two.
LIST_WINDOW = 30
# How many turns before or after a run the other talker is looked for.
CONVERSATION_REACH = 6
# The rules whose turns settle_turns may change; those of any other rule
# (and turns given by a frame) anchor the run.
_GUESSED = ("dialogue_turn", "continuing_paragraph", "narration_before")

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
    if unframed >= DIALOGUE_MANY_TURNS:
        return True
    return unframed >= DIALOGUE_MIN_TURNS and unframed >= DIALOGUE_SHARE * opening


# A group after the last, empty and at no paragraph, that ends the last run.
_AFTER_LAST: tuple[int, list[Quotation]] = (-2, [])


def settle_turns(doc: Document) -> None:
    """Settle each run of back-to-back quoted paragraphs from its nearest
    anchored turn (see the module's description)."""
    if not doc.dialogue:
        return
    turns: Run = list(doc.talk.groups.items())
    first = 0  # where the current run starts in turns
    for k, (p, group) in enumerate([*turns, _AFTER_LAST]):
        opens = bool(group) and _opens_paragraph(doc.text, doc.paras, p, group[0])
        if first < k and opens and p == turns[k - 1][0] + 1:
            continue
        if k - first >= MIN_RUN:
            _settle(doc, turns, first, k)
        first = k if opens else k + 1
    _fill_unknown(doc, turns)


def _fill_unknown(doc: Document, turns: Run) -> None:
    """Give each turn no rule could attribute the speaker its place in the
    conversation gives it: the nearest known turn's speaker an even number
    of turns away, the other talker an odd number away."""
    for k, (_, group) in enumerate(turns):
        if any(q.rule not in (None, "continuing_paragraph") or q.framed for q in group):
            continue
        before = _known_along(turns, range(k - 1, -1, -1), None)
        after = _known_along(turns, range(k + 1, len(turns)), None)
        found = before if after is None or (before is not None and before[0] <= after[0]) else after
        if found is None:
            continue
        steps, known = found
        choice: Person | None = known.person
        if steps % 2:
            p, person = turns[k][0], known.person
            talking = narrator_talking(doc, p, person) or named_before(doc, p, person)
            choice = talking or _speaker_near(turns, k, k + 1, known)
        if choice is not None and not _addresses(doc, group, choice):
            for q in group:
                doc.apply(q, Decision(person=choice), "dialogue_turn")


def _settle(doc: Document, turns: Run, lo: int, hi: int) -> None:
    run = turns[lo:hi]
    anchored = [
        i for i, (_, g) in enumerate(run) if g[0].core and g[0].rule not in (*_GUESSED, "vocative")
    ]
    votes = _vote(doc, run, anchored)
    if not anchored and not votes:
        return
    against = _reread_anchors(doc, run, anchored, votes)
    for i, (_, group) in enumerate(run):
        if i in anchored or group[0].rule not in (*_GUESSED, None):
            continue
        vote = None if anchored and _nearest(doc, run, anchored, i) in against else votes.get(i % 2)
        choice = vote or (_turn_of(doc, turns, lo, hi, anchored, i) if anchored else None)
        if choice is None or _addresses(doc, group, choice):
            continue
        for q in group:
            doc.apply(q, Decision(person=choice), "dialogue_turn")


def _vote(doc: Document, run: Run, anchored: list[int]) -> dict[int, Person]:
    """Who holds each parity of the run's turns, by a vote of its anchors:
    an anchor named outright counts :data:`STRONG_VOTE` times, one read
    from a pronoun once; a name a turn calls out counts
    :data:`VOCATIVE_VOTE` times for the other parity (the one addressed
    answers, and was answered). Empty when a parity's anchors give nobody a
    majority of its votes, or when both parities go to one person: the
    alternation breaks somewhere."""
    tallies: dict[int, list[tuple[Person, float]]] = {0: [], 1: []}
    for a in anchored:
        q = run[a][1][0]
        _count(tallies[a % 2], q.person, 1.0 if _weak_anchor(doc, q) else STRONG_VOTE)
    for i, (_, group) in enumerate(run):
        for voc in {v.core: v for q in group for v in called(doc, q)}.values():
            _count(tallies[(i + 1) % 2], voc, VOCATIVE_VOTE)
    winners: dict[int, Person] = {}
    for parity, tally in tallies.items():
        if not tally:
            continue
        person, votes = max(tally, key=lambda pv: pv[1])
        if votes * 2 > sum(v for _, v in tally):
            winners[parity] = person
    if len(winners) < len([t for t in tallies.values() if t]):
        return {}  # one parity's anchors disagree with no majority
    if len(winners) == 2 and same_person(winners[0], winners[1]):
        return {}
    return winners


def _count(tally: list[tuple[Person, float]], person: Person, weight: float) -> None:
    """Add ``weight`` votes for ``person`` to ``tally``."""
    for k, (known, votes) in enumerate(tally):
        if same_person(known, person):
            tally[k] = (known, votes + weight)
            return
    tally.append((person, weight))


def called(doc: Document, q: Quotation) -> list[Person]:
    """The people ``q`` calls by name: at its start or end, or, in a text
    that reads as dialogue, set off inside it by a comma before and a comma
    or the end of a sentence after ("You understand it well, Harriet, but
    ...", "Very well, Harriet. Shall we go?"; in news such a name is mostly
    an apposition)."""
    found = doc.vocative(q)
    people = [found] if found is not None else []
    if not doc.dialogue:
        return people
    for end, cand in names_set_off(doc, q):
        if not _listed(doc, end) and doc.cast.person_like(cand):
            people.append(doc.person(cand))
    return people


def _listed(doc: Document, end: int) -> bool:
    """Whether the name set off by commas that ends at ``end`` (its comma
    included) is one of a list ("Jane, Miss Bates, and me"): a joiner of
    ``list_joiners.txt`` follows its comma."""
    after = doc.text[end : end + LIST_WINDOW].split(maxsplit=1)
    joiners = word_set("list_joiners.txt", doc.lexicon.lang)
    return doc.text[end - 1] == "," and bool(after) and after[0].lower() in joiners


def _reread_anchors(
    doc: Document, run: Run, anchored: list[int], votes: dict[int, Person]
) -> set[int]:
    """Give each anchor read from a pronoun ("he said") that the vote of
    its parity goes against to that parity's winner, when the pronoun fits
    the winner: the pronoun meant the other one of the pair. Returns the
    anchors left against the vote: there the alternation breaks."""
    against = set()
    for a in anchored:
        q = run[a][1][0]
        winner = votes.get(a % 2)
        if winner is None or same_person(winner, q.person):
            continue
        fits = _fits(doc, q, winner)
        if fits is False:
            against.add(a)
        if not fits:
            continue
        decision = Decision(person=winner, mention=q.mention, cue=q.cue, lemma=q.lemma)
        for other in run[a][1]:
            if other.core == q.core:
                doc.apply(other, decision, other.rule or "dialogue_turn")
    return against


def _fits(doc: Document, q: Quotation, winner: Person) -> bool | None:
    """Whether anchor ``q`` was read from a pronoun that could mean
    ``winner`` as well, in a frame that keeps the turns alternating: False
    when it cannot (a name, the other gender, "he went on"), None when it
    is not known (no mention, no gender known)."""
    if q.mention is None:
        return None
    if not _weak_anchor(doc, q) or q.lemma in word_set("continuing_verbs.txt", doc.lexicon.lang):
        return False  # "he went on": the one who spoke last, out of turn
    gender = doc.lexicon.pronouns.get(doc.text[q.mention[0] : q.mention[1]].lower())
    known = winner.gender if sexed(winner.gender) else doc.cast.gender_of(winner.core)
    if not sexed(gender) or not sexed(known):
        return None
    return gender == known


def _nearest(doc: Document, run: Run, anchored: list[int], i: int) -> int:
    """The anchor of the run nearest turn ``i``; one read from a pronoun
    counts as :data:`WEAK_ANCHOR_PENALTY` turns further away."""

    def distance(a: int) -> tuple[float, bool]:
        weak = WEAK_ANCHOR_PENALTY * _weak_anchor(doc, run[a][1][0])
        return abs(a - i) + weak, a > i

    return min(anchored, key=distance)


def _turn_of(
    doc: Document, turns: Run, lo: int, hi: int, anchored: list[int], i: int
) -> Person | None:
    """Who speaks turn ``i`` of the run ``turns[lo:hi]``, counted from the
    nearest anchor: at an odd count, the nearest other attributed speaker
    an odd number of turns from that anchor. One an even number away who
    is someone else broke into the alternation, a third person: the other
    talkers of :mod:`quotex.talkers` and of the turns around the run come
    before them."""
    run = turns[lo:hi]
    j = _nearest(doc, run, anchored, i)
    anchor = run[j][1][0]
    if (i - j) % 2 == 0:
        return anchor.person
    others = sorted(
        (a for a in anchored if run[a][1][0].core != anchor.core),
        key=lambda a: ((a - j) % 2 == 0, abs(a - j)),
    )
    if others and (others[0] - j) % 2:
        return run[others[0]][1][0].person
    return (
        narrator_talking(doc, turns[lo][0], anchor.person)
        or named_before(doc, turns[lo][0], anchor.person)
        or _speaker_near(turns, lo, hi, anchor)
        or _addressee(doc, run, anchor)
        or (run[others[0]][1][0].person if others else None)
    )


def _speaker_near(turns: Run, lo: int, hi: int, speaker: Quotation) -> Person | None:
    """The speaker nearest the run ``turns[lo:hi]``, before or after it in
    the same conversation, who is not ``speaker``: a run's own frames may
    all name one of the two talkers."""
    before = _known_along(turns, range(lo - 1, -1, -1), speaker)
    after = _known_along(turns, range(hi, len(turns)), speaker)
    if before is None or after is None:
        found = before or after
        return found[1].person if found is not None else None
    return (before if before[0] <= after[0] else after)[1].person


def _known_along(
    turns: Run, order: range, speaker: Quotation | None
) -> tuple[int, Quotation] | None:
    """The first quotation along ``order`` (indices of ``turns``) given to
    someone other than ``speaker`` (anyone when ``None``), with how many
    turns away it is; the search stops at a gap of more than
    :data:`TURN_GAP` paragraphs or after :data:`CONVERSATION_REACH` turns."""
    last = turns[order[0] - order.step][0] if order else 0
    for steps, k in enumerate(order[:CONVERSATION_REACH], start=1):
        p, group = turns[k]
        if abs(p - last) > TURN_GAP:
            return None
        last = p
        for q in group:
            if q.core and (speaker is None or not same_person(q.person, speaker.person)):
                return steps, q
    return None


def _addresses(doc: Document, group: list[Quotation], person: Person) -> bool:
    """Whether a turn calls ``person`` by name: nobody calls themselves by name."""
    return any(same_person(voc, person) for q in group for voc in called(doc, q))


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
            if voc is not None and not same_person(voc, speaker.person):
                counts[voc.core] += 1
                found[voc.core] = voc
    if not counts:
        return None
    return found[max(counts, key=lambda k: counts[k])]


def _opens_paragraph(text: str, paras: Paragraphs, p: int, q: Quotation) -> bool:
    """Whether quotation ``q`` opens paragraph ``p`` (only space before it)."""
    return text[paras.starts[p] : q.span.open_at].strip() == ""
