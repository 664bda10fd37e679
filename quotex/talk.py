"""Who has spoken so far in one document, as the rules run.

A :class:`Talk` keeps what the runner has decided: the quotations given a
person, in the order decided; the turns of the conversation (one per
paragraph that has a speaker); and each paragraph's quotations. The rules
ask it who takes part in the conversation at a paragraph, who spoke last
and who before, and which quotations stand together.
"""

from __future__ import annotations

from quotex.quotations import Person, Quotation
from quotex.segment import Paragraphs

# A turn more than this many paragraphs after the last one starts a new
# conversation.
TURN_GAP = 3
# A turn ending more than this many characters before a paragraph is no
# longer part of its conversation: a long stretch of narration ends one.
LONG_NARRATION = 1200
# How many of the latest attributed quotations show who is talking.
RECENT_TURNS = 6


def same_person(a: Person, b: Person) -> bool:
    """Whether two speakers are one person: the words of one name are all
    in the other ("Fielding", "Cyril Fielding") and no honorifics tell
    them apart ("Mr. Bennet" is not "Mrs. Bennet").

    Examples:
        >>> same_person(Person(("Fielding",)), Person(("Cyril", "Fielding")))
        True
        >>> same_person(Person(("Bennet",), "Mr."), Person(("Bennet",), "Mrs."))
        False
    """
    if not a.core or not b.core:
        return False
    if a.honorific and b.honorific and a.honorific.rstrip(".") != b.honorific.rstrip("."):
        return False
    x, y = set(a.core), set(b.core)
    return x <= y or y <= x


class Talk:
    """Who has spoken so far in one document.

    Args:
        quotations: The document's quotations, in text order.
        paras: The document's paragraphs.
    """

    def __init__(self, quotations: list[Quotation], paras: Paragraphs) -> None:
        self.quotations = quotations
        self.paras = paras
        #: quotations given a person, in the order decided
        self.history: list[Quotation] = []
        #: (paragraph, its first quotation with a person), per paragraph
        self.turns: list[tuple[int, Quotation]] = []
        #: the quotations of each paragraph that are no scare quotes, by
        #: paragraph, in text order (a quotation holds no list of its
        #: neighbours: a list holding the quotation would make a cycle, left
        #: for the garbage collector to find)
        self.groups: dict[int, list[Quotation]] = {}

    def group(self, q: Quotation) -> list[Quotation]:
        """The quotations of ``q``'s paragraph that are no scare quotes,
        ``q`` among them (set before the paragraph's context rules run)."""
        return self.groups.get(q.span.paragraph, [])

    def previous_in_paragraph(self, q: Quotation) -> Quotation | None:
        """The quotation before ``q`` if it closes in the paragraph ``q`` opens in."""
        if q.index == 0:
            return None
        prev = self.quotations[q.index - 1]
        return prev if prev.span.last_paragraph == q.span.paragraph else None

    def said_before(self, pos: int, p: int) -> Quotation | None:
        """The latest quotation given a person, if it closes before ``pos``
        in paragraph ``p``: the paragraph's speaker so far. (On the novels
        of the development corpora, the paragraph's speaker was right about
        four times as often as a person the narration names between.)"""
        if not self.history:
            return None
        latest = self.history[-1]
        if latest.span.end > pos or latest.span.last_paragraph != p:
            return None
        return latest

    def last_turn(self, p: int) -> tuple[int, Quotation] | None:
        """The latest turn, if it is recent enough for paragraph ``p`` to answer it."""
        if self.turns and self.near(self.turns[-1][1], p):
            return self.turns[-1]
        return None

    def last_group(self, p: int) -> list[Quotation] | None:
        """The quotations of the latest quoted paragraph before ``p``, with
        a speaker or not, if it is recent enough for ``p`` to answer it."""
        for before, group in reversed(self.groups.items()):
            if before < p:  # the paragraph being read is among the groups
                return group if p - before <= TURN_GAP else None
        return None

    def near(self, q: Quotation, p: int) -> bool:
        """Whether ``q``'s turn is recent enough for paragraph ``p`` to
        answer it: at most :data:`TURN_GAP` paragraphs and
        :data:`LONG_NARRATION` characters before ``p``."""
        last = q.span.last_paragraph
        gap = self.paras.starts[p] - self.paras.ends[last] if p > last else 0
        return p - q.span.paragraph <= TURN_GAP and gap <= LONG_NARRATION

    def participants(self, p: int) -> list[Quotation]:
        """The people of the conversation paragraph ``p`` is in, one
        quotation each, the latest speaker first: the speakers of its
        latest turns, none more than :data:`TURN_GAP` paragraphs from
        the turn after it, all :meth:`near` ``p``."""
        people: list[Quotation] = []
        persons: list[Person] = []  # theirs, each made once
        after = p
        for turn, old in reversed(self.turns[-RECENT_TURNS:]):
            if after - turn > TURN_GAP or not self.near(old, p):
                break
            after = turn
            person = old.person
            if not any(same_person(x, person) for x in persons):
                people.append(old)
                persons.append(person)
        return people

    def other_speaker(self) -> Quotation | None:
        """The speaker before the latest one ("said the other")."""
        last = None
        for old in reversed(self.history[-RECENT_TURNS:]):
            if not old.core:
                continue
            if last is None:
                last = old
            elif old.core != last.core:
                return old
        return None
