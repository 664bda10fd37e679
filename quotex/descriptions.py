"""Descriptions the text ties to a name.

"said the beadle" names Mr. Bumble where the text has introduced him as
"Mr. Bumble, the beadle,", and "said the
doctor" names the person the text writes with that title ("Doctor
Losberne", "Dr. Bauerstein"). :class:`Descriptions` finds, for one
description word, every place the text ties it to a name: once per word
and document, so a novel's hundred "said the doctor" cost one search.
"""

from __future__ import annotations

import bisect
import functools
import itertools

import regex

from quotex.lexicon import Lexicon, word_list
from quotex.mentions import Mention, sexed
from quotex.patterns import Patterns

# A name introduced before its description ends within this many
# characters before the comma: a name of up to six words.
NAME_REACH = 60
# Words that may stand between "the" and the description's noun ("the
# old beadle"): at most this many.
ADJECTIVES = 2
# The words every description has around them: "the" and its noun.
ARTICLE_AND_NOUN = 2

# A titled name ties its title's description to it only when the text
# writes its surname this often: "General Perovski" named once in passing is not
# "the General" of the whole novel.
TITLED_TIMES = 2


@functools.cache
def _set_off(lang: str) -> regex.Pattern[str]:
    """ ", the old beadle," : a description set off after a comma, opened by
    a definite article of ``lang``, its noun last or before the
    preposition of its complement (", the matron of the workhouse")."""
    articles = "|".join(map(regex.escape, word_list("definite_articles.txt", lang)))
    linking = "|".join(map(regex.escape, word_list("description_links.txt", lang)))
    return regex.compile(
        rf""",\s+(?:{articles})\s+(?:\p{{Ll}}+\s+){{0,{ADJECTIVES}}}?
        (?P<word>\p{{Ll}}+)(?:\s*[,.;:!?)]|\s+(?:{linking})\b)""",
        regex.VERBOSE,
    )


@functools.cache
def _abbreviations(lang: str) -> dict[str, str]:
    """abbreviation -> title word in ``lang`` ("dr" -> "doctor")."""
    return dict(line.split() for line in word_list("title_abbreviations.txt", lang))


# One place a description is tied to a name: where the tie is, and the
# name's offsets.
Tie = tuple[int, int, int]


class Descriptions:
    """The names a document ties its descriptions to.

    Args:
        text: The document.
        lexicon: Its lexicon (titles).
        patterns: That lexicon's patterns (names).
    """

    def __init__(self, text: str, lexicon: Lexicon, patterns: Patterns) -> None:
        self.text = text
        self.lexicon = lexicon
        self.patterns = patterns
        self._ties: dict[str, list[Tie]] = {}
        self._surnames: dict[str, bool] = {}
        self._commas: dict[str, list[int]] | None = None

    def named(self, mention: Mention) -> tuple[int, int] | None:
        """Where the text names the person a description means: the tie
        nearest before the mention, else the first after it."""
        words = mention.text.split()
        if not ARTICLE_AND_NOUN <= len(words) <= ARTICLE_AND_NOUN + ADJECTIVES:
            return None
        word = words[-1].lower()
        ties = self._ties.get(word)
        if ties is None:
            ties = self._ties[word] = self._find(word)
        if not ties:
            return None
        k = bisect.bisect_left(ties, (mention.start,))
        _, start, end = ties[k - 1] if k > 0 else ties[0]
        return start, end

    def _find(self, word: str) -> list[Tie]:
        # "the girl", "the old gentleman" describe anybody of their gender:
        # a tie to one name says nothing of the next
        if not word.isalpha() or sexed(self.lexicon.person_nouns.get(word, "-")):
            return []
        ties = [*self._appositives(word)]
        title = self.lexicon.titles.get(word)
        # an honorific ("the doctor": Dr. Grant) stays with its person; an
        # office ("the president") passes from one holder to the next
        if title is not None and title.honorific:
            ties.extend(self._titled(word))
        return sorted(ties)

    def _appositives(self, word: str) -> list[Tie]:
        """ "Mr. Bumble, the beadle, ...": the description set off after
        the name, up to a punctuation mark."""
        if self._commas is None:
            # every description set off after a comma, in one pass over the
            # text: the names before them are read only for the words asked
            self._commas = {}
            for m in _set_off(self.lexicon.lang).finditer(self.text):
                self._commas.setdefault(m["word"], []).append(m.start())
        text, name = self.text, self.patterns.name
        ties: list[Tie] = []
        for comma in self._commas.get(word, ()):
            for n in name.finditer(text, max(0, comma - NAME_REACH), comma):
                if n.end() == comma:
                    ties.append((comma, n.start(), n.end()))
                    break
        return ties

    def _titled(self, word: str) -> list[Tie]:
        """ "Doctor Losberne", "Dr. Losberne" for "the doctor"."""
        forms = [regex.escape(word.capitalize())]
        forms += [
            rf"{regex.escape(w.capitalize())}\.?"
            for w, title in _abbreviations(self.lexicon.lang).items()
            if title == word
        ]
        ties: list[Tie] = []
        # a particle may stand before the surname: "Professor de Worms"
        title = rf"\b(?:{'|'.join(forms)})[ \t\n]+(?:\p{{Ll}}+[ \t\n]+)?\p{{Lu}}"
        for m in regex.finditer(title, self.text):
            n = self.patterns.name.match(self.text, m.start())
            if n is not None and n.end() > m.end() - 1:
                ties.append((m.start(), n.start(), n.end()))
        return [t for t in ties if self._written(self.text[t[1] : t[2]].split()[-1])]

    def _written(self, surname: str) -> bool:
        """Whether the text writes ``surname`` :data:`TITLED_TIMES` times."""
        known = self._surnames.get(surname)
        if known is None:
            found = regex.finditer(rf"\b{regex.escape(surname)}\b", self.text)
            places = itertools.islice(found, TITLED_TIMES)
            known = self._surnames[surname] = sum(1 for _ in places) == TITLED_TIMES
        return known
