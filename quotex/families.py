"""How a novel names the members of one family.

"Mr. Knightley" is the head of the family; "Mr. John Knightley", an
honorific written with a given name, is a younger brother, so named to
tell him from the other. :class:`FamilyNames` finds, for one honorific
and surname, the given names the text writes between them: once per
document, so a novel's hundred "said Mr. Knightley" cost one search.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache

import regex

from quotex.lexicon import Lexicon
from quotex.mentions import Gender, Mention
from quotex.wordlists import word_list


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


def titled_pattern(honorifics: Sequence[str], surname: str) -> regex.Pattern[str]:
    """One of ``honorifics`` and a surname: "Miss Price".

    Examples:
        >>> bool(titled_pattern(["miss"], "Price").search("said Miss Price"))
        True
    """
    return regex.compile(
        rf"""(?i:\b(?:{"|".join(map(regex.escape, honorifics))}))\.?[ \t\n]+  # "Miss"
        {regex.escape(surname)}\b                                       # "Price"
        """,
        regex.VERBOSE,
    )


@cache
def unmarried_titles(lang: str) -> dict[str, tuple[str, ...]]:
    """A married woman's honorifics and the unmarried ones of the language
    (its ``married_titles.txt``).

    Examples:
        >>> unmarried_titles("en")["mrs"]
        ('miss',)
    """
    found: dict[str, tuple[str, ...]] = {}
    for line in word_list("married_titles.txt", lang):
        married, unmarried = line.split()
        found[married] = (*found.get(married, ()), unmarried)
    return found


def titled_otherwise(name: str, honorific: str, lexicon: Lexicon) -> bool:
    """Whether a written name holds honorifics and none is ``honorific``
    ("Sir Thomas Bertram" is the father, not "Mr. Bertram"). No honorific
    asked, none clashes.

    Examples:
        >>> lex = Lexicon.default()
        >>> titled_otherwise("Sir Thomas Bertram", "Mr.", lex)
        True
        >>> titled_otherwise("Mr. Henry Wilcox", "Mr", lex)
        False
        >>> titled_otherwise("Tom Bertram", "Mr.", lex)
        False
    """
    if not honorific:
        return False
    titles = lexicon.titles
    words = {w.rstrip(".").lower() for w in name.split()}
    written = {w for w in words if w in titles and titles[w].honorific}
    return bool(written) and honorific.rstrip(".").lower() not in written


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
        self._daughters: dict[tuple[str, str], bool] = {}

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

    def has_daughter(self, honorific: str, surname: str) -> bool:
        """Whether the text writes ``surname`` after a married woman's
        ``honorific`` and after an unmarried woman's too ("Mrs. Price",
        "Miss Price"): a mother and a daughter, and the woman a novel calls
        by her given name ("Fanny Price") is the daughter, not "Mrs. Price".

        Examples:
            >>> names = FamilyNames("Mrs. Price sat. Miss Price stood.", Lexicon.default())
            >>> names.has_daughter("Mrs.", "Price"), names.has_daughter("Mrs.", "Sat")
            (True, False)
        """
        key = (honorific.rstrip(".").lower(), surname)
        found = self._daughters.get(key)
        if found is None:
            unmarried = unmarried_titles(self.lexicon.lang).get(key[0], ())
            found = self._daughters[key] = bool(unmarried) and (
                titled_pattern(unmarried, surname).search(self.text) is not None
            )
        return found

    def of_honorific(
        self, honorific: str, surname: str, found: set[tuple[str, ...]]
    ) -> set[tuple[str, ...]]:
        """Of the fuller names ``found`` for an honorific and a surname, those
        that may name its bearer: no younger son ("Mr. Charles Wilcox" is no
        "Mr. Wilcox", see :meth:`juniors`), and none at all for a mother
        whose daughter the text names too (:meth:`has_daughter`).

        Examples:
            >>> names = FamilyNames("Mrs. Price sat. Miss Price stood.", Lexicon.default())
            >>> names.of_honorific("Mrs.", "Price", {("Fanny", "Price")})
            set()
        """
        if self.has_daughter(honorific, surname):
            return set()
        juniors = self.juniors(honorific, surname)
        return {f for f in found if f[0] not in juniors}

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
