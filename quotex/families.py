"""How a novel names the members of one family.

"Mr. Knightley" is the head of the family; "Mr. John Knightley", an
honorific written with a given name, is a younger brother, so named to
tell him from the other. :class:`FamilyNames` finds, for one honorific
and surname, the given names the text writes between them: once per
document, so a novel's hundred "said Mr. Knightley" cost one search.
"""

from __future__ import annotations

from collections.abc import Mapping

import regex

from quotex.lexicon import Lexicon
from quotex.mentions import Gender, Mention


def junior_pattern(honorific: str, surname: str) -> regex.Pattern[str]:
    """An honorific, a capitalised word and a surname: "Mr. John Knightley".

    Examples:
        >>> junior_pattern("mr", "Knightley").search("said Mr. John Knightley")["given"]
        'John'
    """
    return regex.compile(
        rf"""(?i:\b{regex.escape(honorific)})\.?[ \t\n]+  # "Mr."
        (?P<given>\p{{Lu}}\p{{Ll}}+)[ \t\n]+              # "John"
        {regex.escape(surname)}\b                           # "Knightley"
        """,
        regex.VERBOSE,
    )


class FamilyNames:
    """The given names one text writes between an honorific and a surname.

    Args:
        text: The document.
        lexicon: Its lexicon (the given names).
    """

    def __init__(self, text: str, lexicon: Lexicon) -> None:
        self.text = text
        self.lexicon = lexicon
        self._juniors: dict[tuple[str, str], frozenset[str]] = {}

    def juniors(self, honorific: str, surname: str) -> frozenset[str]:
        """The given names the text writes between ``honorific`` and
        ``surname`` ("Mr. John Knightley"): in a novel, the form that tells
        a younger son or daughter from the head of the family, whom the
        honorific and surname alone name ("Mr. Knightley", "Miss Bertram").

        Examples:
            >>> text = "Mr. John Knightley came. Mr. Knightley stayed."
            >>> sorted(FamilyNames(text, Lexicon.default()).juniors("Mr.", "Knightley"))
            ['John']
        """
        key = (honorific.rstrip(".").lower(), surname)
        found = self._juniors.get(key)
        if found is None:
            found = self._juniors[key] = frozenset(
                m["given"]
                for m in junior_pattern(*key).finditer(self.text)
                if m["given"].lower() in self.lexicon.first_names
            )
        return found

    def spoken(
        self, mention: Mention, speakers: Mapping[tuple[str, ...], Gender]
    ) -> tuple[str, ...] | None:
        """The one person who has spoken under a longer form of a surname
        that stands alone ("said Denham" after "said Ralph Denham") or after
        "Mr.": a given name and the surname; by the novel's conventions, a
        man, and no younger son (:meth:`juniors`). ``None`` when nobody or
        several fit.

        Examples:
            >>> names = FamilyNames("", Lexicon.default())
            >>> said = Mention("name", "Denham", 0, 6, core=("Denham",))
            >>> names.spoken(said, {("Ralph", "Denham"): "m", ("Joan", "Denham"): "f"})
            ('Ralph', 'Denham')
        """
        if len(mention.core) != 1 or mention.gender not in ("-", "m"):
            return None
        if mention.honorific and mention.gender != "m":
            return None
        word = mention.core[0]
        juniors = self.juniors(mention.honorific, word) if mention.honorific else frozenset()
        given = self.lexicon.first_names
        found = None
        for core, gender in speakers.items():
            if len(core) < 2 or core[-1] != word or core[0] in juniors or gender == "f":
                continue
            if core[0].lower() not in given:
                continue  # "Suddenly Dallas" is no fuller name
            if found is not None:
                return None  # two people of the name have spoken
            found = core
        return found
