"""A speaker a novel names by a family tie ("said her husband").

In a conversation of two, such a relation is the other speaker (see
:meth:`quotex.document.Document.resolve`). In a larger one, the tie
itself tells who: a husband, a mother, a brother share the surname of
the one the possessive means, so "said her husband" after Mrs. Allen
has spoken is the one man of the name Allen who has spoken recently.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from quotex.gender import pronoun_genders
from quotex.mentions import Mention, compatible
from quotex.quotations import Person, Quotation
from quotex.talk import same_person
from quotex.wordlists import word_list

# Quotations looked back over for the members of a family who have spoken:
# a novel's family talks over a chapter, not a page.
KIN_REACH = 80


@functools.cache
def kin_nouns(lang: str) -> frozenset[str]:
    """The nouns of a family tie that passes on the surname in ``lang``.

    Examples:
        >>> "husband" in kin_nouns("en"), "friend" in kin_nouns("en")
        (True, False)
    """
    return frozenset(word_list("kin_nouns.txt", lang))


def relative(
    mention: Mention, owners: Sequence[Quotation], history: Sequence[Quotation], lang: str
) -> Person | None:
    """Who a family tie written with a possessive means ("his mother"):
    the latest person of the conversation (``owners``, latest first) of the
    possessive's gender who has exactly one relative of the tie's gender,
    by surname, among the recent speakers of ``history``; else ``None``.

    Examples:
        >>> def said(name, core, gender):
        ...     return Quotation(0, None, speaker=name, core=core, gender=gender)
        >>> wife = said("Mrs. Allen", ("Allen",), "f")
        >>> guest = said("Catherine Morland", ("Catherine", "Morland"), "f")
        >>> husband = said("Mr. Allen", ("Allen",), "m")
        >>> tie = Mention("nominal", "her husband", 0, 11, "m", head="husband")
        >>> relative(tie, [guest, wife], [husband, guest, wife], "en").name
        'Mr. Allen'
    """
    words = mention.text.lower().split()
    if len(words) != 2 or words[1] not in kin_nouns(lang):
        return None
    owner_gender = pronoun_genders(lang).get(words[0])
    if owner_gender is None:
        return None
    recent: list[Person] = []
    for q in reversed(history[-KIN_REACH:]):
        person = q.person
        if q.core and not any(same_person(person, x) for x in recent):
            recent.append(person)
    for owner in owners:
        if not owner.core or not compatible(owner.gender, owner_gender):
            continue
        found = [
            p
            for p in recent
            if p.core[-1] == owner.core[-1]
            and not same_person(p, owner.person)
            and p.gender == mention.gender
        ]
        if len(found) == 1:
            return found[0]
    return None
