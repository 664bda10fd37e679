"""How a novel names the members of one family.

"Mr. Knightley" is the head of the family; "Mr. John Knightley", an
honorific written with a given name, is a younger brother, so named to
tell him from the other. :class:`FamilyNames` finds, for one honorific
and surname, the given names the text writes between them: once per
document, so a novel's hundred "said Mr. Knightley" cost one search.
"""

from __future__ import annotations

import regex

from quotex.lexicon import Lexicon


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
