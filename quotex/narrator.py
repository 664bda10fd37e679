"""Who "I" is: the first-person narrator of a novel, named as its people
call them.

"“Walking,” I said." is the narrator's; the narrator's name is what the
other people of the narrator's conversations call out in the turns right
before and after ("Alone, Hastings?"). A name counts once it is called out
:data:`NARRATOR_VOTES` times, and only a word the text never writes in
lower case is taken for a name ("Exactly, ..." names nobody).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Protocol

import regex

from quotex.cast import Cast
from quotex.language import word_set
from quotex.mentions import Mention
from quotex.patterns import Patterns
from quotex.quotations import Person, Quotation

# A name others call out beside the narrator's turns ("said I") is the
# narrator's once it is called out this many times: once may be anyone.
NARRATOR_VOTES = 2


class ProperWords:
    """Which words one text never writes in lower case, each looked up once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._found: dict[str, bool] = {}

    def never_lower(self, word: str) -> bool:
        """Whether the text never writes ``word`` in lower case."""
        low = word.lower()
        found = self._found.get(low)
        if found is None:
            found = self._found[low] = not regex.search(rf"\b{regex.escape(low)}\b", self.text)
        return found


class Reader(Protocol):
    """What the narrator is read from: the document as the rules see it."""

    text: str
    patterns: Patterns
    cast: Cast
    quotations: list[Quotation]
    proper_words: ProperWords

    def vocative(self, q: Quotation, *, people_only: bool = True) -> Person | None: ...

    def person(self, mention: Mention) -> Person: ...


def is_narrator(mention_text: str, lang: str) -> bool:
    """Whether a speaker mention is the narrator's "I" (``first_person.txt``)."""
    return mention_text.lower() in word_set("first_person.txt", lang)


def find_narrator(doc: Reader) -> Person | None:
    """The name most often called out in the quotations next to the
    narrator's turns, or ``None`` when no name is called out often enough."""
    votes: Counter[tuple[str, ...]] = Counter()
    called: dict[tuple[str, ...], Person] = {}
    quotations, text, lang = doc.quotations, doc.text, doc.patterns.lexicon.lang
    for q in quotations:
        if not any(
            f.mention is not None and is_narrator(text[f.mention[0] : f.mention[1]], lang)
            for f in q.frames
        ):
            continue
        for k in (q.index - 1, q.index + 1):
            if not 0 <= k < len(quotations):
                continue
            other = quotations[k]
            if abs(other.span.paragraph - q.span.paragraph) != 1:
                continue  # the narrator's own, or no answer
            for voc in called_out(doc, other):
                votes[voc.core] += 1
                called[voc.core] = voc
    if not votes:
        return None
    core, count = votes.most_common(1)[0]
    return called[core] if count >= NARRATOR_VOTES else None


def called_out(doc: Reader, q: Quotation) -> list[Person]:
    """Everyone ``q`` calls by name, at its start or end or set off by
    commas inside it ("Do, Alexis Ivanovitch, be quiet"): names the text
    never writes in lower case, each once."""
    found = doc.vocative(q, people_only=False)
    people = [found] if found is not None else []
    for _, cand in names_set_off(doc, q):
        if doc.proper_words.never_lower(cand.core[-1]):
            person = doc.person(cand)
            if person not in people:
                people.append(person)
    return people


def names_set_off(doc: Reader, q: Quotation) -> Iterator[tuple[int, Mention]]:
    """The names set off by commas inside ``q`` (``Patterns.vocative_inside``),
    each with where its match ends (its comma included)."""
    span = q.span
    for m in doc.patterns.vocative_inside.finditer(doc.text, span.start, span.end):
        cand = doc.cast.mention_at(*m.span("speaker"))
        if cand is not None and cand.kind == "name":
            yield m.end(), cand
