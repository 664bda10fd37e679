"""The languages quotex reads, and a cheap guess of a text's language.

Each language is a folder ``quotex/data/<lang>/`` laid out like ``en/``;
:data:`LANGUAGES` lists those bundled. ``lang="auto"`` picks one per text
with :func:`guess_language`: it counts, in the start of the text, the very
frequent function words each language lists in its ``function_words.txt``
("the", "der", "les", "los"), words no other language writes as often, and
takes the language with the most. A text in which no language's words stand
(a list of names, a line of numbers) is read as English.
"""

from __future__ import annotations

import functools
import importlib.resources
from collections import Counter

import regex

from quotex.wordlists import word_list

AUTO = "auto"
"""The ``lang`` that asks quotex to guess each text's language."""
DEFAULT = "en"
"""The language of a text whose language nothing tells."""
# How much of the start of a text the guess reads: a few paragraphs hold
# dozens of function words, and a long novel is not read through for it.
GUESS_REACH = 4000

_WORD = regex.compile(r"\p{L}+")


@functools.cache
def languages() -> tuple[str, ...]:
    """The languages bundled with quotex: each a folder of ``quotex/data``
    with a lexicon in it, English first.

    Examples:
        >>> "en" in languages() and "de" in languages()
        True
    """
    root = importlib.resources.files("quotex") / "data"
    found = sorted(d.name for d in root.iterdir() if d.is_dir() and (d / "verbs.txt").is_file())
    return tuple(sorted(found, key=lambda lang: lang != DEFAULT))


def check(lang: str) -> str:
    """``lang`` if quotex reads it (a bundled language or ``"auto"``).

    Raises:
        ValueError: quotex has no such language; the message lists those it has.
    """
    if lang != AUTO and lang not in languages():
        valid = ", ".join(repr(x) for x in (*languages(), AUTO))
        raise ValueError(f"lang must be one of {valid}, not {lang!r}")
    return lang


@functools.cache
def conventions(lang: str) -> frozenset[str]:
    """The flags of how ``lang`` writes, from its ``conventions.txt``
    (``quotex/data/en/conventions.txt`` lists the flags known).

    Examples:
        >>> "capitalised_nouns" in conventions("de"), conventions("en")
        (True, frozenset())
    """
    return frozenset(word_list("conventions.txt", lang))


@functools.cache
def word_set(name: str, lang: str) -> frozenset[str]:
    """The entries of the word list ``name`` of ``lang``, as a set.

    Examples:
        >>> sorted(word_set("definite_articles.txt", "en"))
        ['the']
    """
    return frozenset(word_list(name, lang))


@functools.cache
def _function_words(among: tuple[str, ...]) -> dict[str, str]:
    """Each function word of the languages ``among``, mapped to its language."""
    return {w: lang for lang in among for w in word_list("function_words.txt", lang)}


def guess_language(text: str, among: tuple[str, ...] | None = None) -> str:
    """The language ``text`` is most likely written in, of ``among`` (the
    bundled languages when ``None``): the one whose function words stand
    most often in its first :data:`GUESS_REACH` characters; English when
    none stands there or two tie.

    Examples:
        >>> guess_language("„Wir kommen morgen“, sagte sie, und das war alles.")
        'de'
        >>> guess_language("“We’ll come tomorrow,” she said, and that was all.")
        'en'
        >>> guess_language("12 345 678")
        'en'
    """
    words = _function_words(among or languages())
    counts = Counter(
        lang
        for m in _WORD.finditer(text, 0, GUESS_REACH)
        if (lang := words.get(m.group().lower())) is not None
    )
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return DEFAULT
    return ranked[0][0]
