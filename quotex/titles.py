"""Stage 4a, the titles of a name: which words of a mention are titles,
the office a title names ("Secretary of State"), and which title word is a
surname ("Martin Baron", "Mr. King"). :func:`quotex.mentions.analyse` asks
these when it splits a mention's titles from its name.
"""

from __future__ import annotations

import functools

from quotex.language import word_set
from quotex.lexicon import Lexicon, is_initial, word_list


def title_key(key: str, lexicon: Lexicon) -> str:
    """A word as the titles are listed; a title written with hyphens as its
    title: "co-anchor" and "ex-governor" after a prefix of the language's
    ``title_prefixes.txt``, "secretary-treasurer" of two titles,
    "editor-in-chief" of three words one of which ends it or opens it.
    (Two words and one title is a double surname: "Jones-Bishop".)

    Examples:
        >>> lex = Lexicon.default()
        >>> [title_key(k, lex) for k in ("co-anchor", "editor-in-chief", "jones-bishop")]
        ['anchor', 'chief', 'jones-bishop']
    """
    if "-" not in key or key in lexicon.titles:
        return key
    parts = key.split("-")
    titles = lexicon.titles
    if len(parts) > 2:
        found = [p for p in (parts[-1], parts[0]) if p in titles]
    elif parts[1] in titles and (
        parts[0] in titles or parts[0] in word_set("title_prefixes.txt", lexicon.lang)
    ):
        found = [parts[1]]
    else:
        found = []
    return found[0] if found else key


def surname_after_name(
    words: list[str], keys: list[str], i: int, last_title: int, lexicon: Lexicon
) -> bool:
    """Whether the title word ``words[i]``, after a word of the name, is the
    surname: one that is a surname too ("Peter T. King"), or any after a
    given name or an initial ("Martin Baron"), not after a place ("Utah
    Republican").

    Examples:
        >>> lex = Lexicon.default()
        >>> names = ("Martin Baron", "Utah Republican")
        >>> [surname_after_name(n.split(), n.lower().split(), 1, -1, lex) for n in names]
        [True, False]
    """
    if i <= last_title + 1:
        return False
    return (
        keys[i] in word_set("title_surnames.txt", lexicon.lang)
        or keys[i - 1] in lexicon.first_names
        or is_initial(words[i - 1])
    )


def office_words(keys: list[str], lexicon: Lexicon) -> range:
    """The words after a title that name its office, not the person: "of
    State" in "Secretary of State Hillary Clinton", "of the Joint Chiefs" in
    "Chairman of the Joint Chiefs Martin Dempsey". The office ends before
    the first given name after its first word; else it is the rest ("VP of
    Business Development", "Queen of Hearts" name no one but by the title).
    A title that is a surname too links nothing ("Peter King of New York").

    Examples:
        >>> lex = Lexicon.default()
        >>> office_words("secretary of state hillary clinton".split(), lex)
        range(1, 3)
        >>> office_words("chairman of the joint chiefs martin dempsey".split(), lex)
        range(1, 5)
        >>> office_words("queen of hearts".split(), lex)
        range(1, 3)
        >>> office_words("peter king of new york".split(), lex)
        range(0, 0)
    """
    links = title_links(lexicon.lang)
    surnames = word_set("title_surnames.txt", lexicon.lang)
    for i in range(len(keys) - 2):
        if keys[i] not in lexicon.titles or keys[i] in surnames:
            continue
        link = next((len(n) for n in links if tuple(keys[i + 1 : i + 1 + len(n)]) == n), 0)
        if not link:
            continue
        first = i + 1 + link  # the office's first word
        given = (j for j in range(first + 1, len(keys)) if keys[j] in lexicon.first_names)
        end = next(given, len(keys))
        return range(i + 1, end)
    return range(0)


@functools.cache
def title_links(lang: str) -> tuple[tuple[str, ...], ...]:
    """The words that join a title to its office in ``lang`` ("of the"), each
    link split into its words, the longest first."""
    links = (tuple(link.split()) for link in word_list("title_links.txt", lang))
    return tuple(sorted(links, key=len, reverse=True))


def surname_after_honorific(keys: list[str], lexicon: Lexicon) -> bool:
    """Whether two title words are an honorific and a surname ("Mr. King",
    "Ms. Bishop"), by the language's ``title_surnames.txt``."""
    first = lexicon.titles.get(keys[0])
    return (
        first is not None
        and first.honorific
        and keys[1] in word_set("title_surnames.txt", lexicon.lang)
    )
