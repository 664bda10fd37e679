"""A name's gender, learned from the pronouns that follow it in the text.

"Archer rose to go, and as his hand met …" makes Archer a man. The first
pronoun after each of a name's first places (:data:`quotex.places.PLACES`)
in the same sentence is counted, and a clear majority decides.
"""

from __future__ import annotations

import functools

import regex

from quotex.lexicon import word_list
from quotex.mentions import Gender
from quotex.places import TokenPlaces


@functools.cache
def pronoun_genders(lang: str) -> dict[str, str]:
    """Each gendered pronoun of ``lang`` (``gendered_pronouns.txt``) with
    its gender.

    Examples:
        >>> pronoun_genders("en")["his"], pronoun_genders("en")["her"]
        ('m', 'f')
    """
    return dict(line.split() for line in word_list("gendered_pronouns.txt", lang))


def _forms(gender: str, lang: str) -> str:
    rows = pronoun_genders(lang).items()
    forms = sorted((form for form, g in rows if g == gender), key=len, reverse=True)
    return "|".join(map(regex.escape, forms))


@functools.cache
def next_pronoun(lang: str) -> regex.Pattern[str]:
    """A gendered pronoun of ``lang`` in any case: "he", "his", "him",
    "himself"; "she", "her", "hers", "herself" (groups ``m`` and ``f``)."""
    return regex.compile(rf"(?i)\b(?:(?P<m>{_forms('m', lang)})|(?P<f>{_forms('f', lang)}))\b")


# What ends the sentence (or the clause) a name stands in: a pronoun after
# it speaks of someone else.
_SENTENCE_BREAK = regex.compile(
    r"[.!?;\"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}]"
)
# How far after a name its pronoun is sought: the rest of a clause
# ("Archer rose to go, and as his"); one further off is about someone else.
PRONOUN_REACH = 80
# A gender is learned when its pronouns outnumber the other's more than
# twice over: one stray "her" (his wife's) does not undo two "his".
_MAJORITY = 2


class LearnedGender:
    """The genders of a document's names, read from their pronouns.

    Args:
        text: The document.
        places: Where its name tokens stand.
        lang: Its language, whose gendered_pronouns.txt is read.
    """

    def __init__(self, text: str, places: TokenPlaces, lang: str = "en") -> None:
        self.text = text
        self.places = places
        self._next_pronoun = next_pronoun(lang)
        self._learned: dict[tuple[str, int], Gender] = {}

    def of(self, core: tuple[str, ...], near: int = 0) -> Gender:
        """The gender of the name ``core`` (its tokens), read around ``near``.
        Only the last token is looked for: names that end alike share it."""
        token = core[-1]
        key = (token, near // self.places.neighbourhood)
        gender = self._learned.get(key)
        if gender is None:
            gender = self._learned[key] = self._count(token, near)
        return gender

    def _count(self, token: str, near: int) -> Gender:
        text = self.text
        male = female = 0
        for at in self.places.near(token, near):
            end = at + len(token)
            m = self._next_pronoun.search(text, end, min(len(text), end + PRONOUN_REACH))
            if m is not None and not _SENTENCE_BREAK.search(text, end, m.start()):
                if m.lastgroup == "m":
                    male += 1
                else:
                    female += 1
        if male > _MAJORITY * female:
            return "m"
        if female > _MAJORITY * male:
            return "f"
        return "-"
