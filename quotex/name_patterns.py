"""The patterns of names anywhere in a text and of names called out.

:func:`name_patterns` compiles them for :func:`quotex.patterns.patterns_for`:
a name wherever it stands (for the document's cast), a name called out at the
start, end or inside a turn ("Aziz, don't chatter."), and the words of a name
written before one of its places ("Charles de" before "Gaulle").
"""

from __future__ import annotations

import regex

from quotex.grammar import SP, alternation, cased, name
from quotex.lexicon import Lexicon, word_list

_VERBOSE = regex.VERBOSE


def name_patterns(lexicon: Lexicon) -> dict[str, regex.Pattern[str]]:
    """The patterns of names anywhere and of vocatives."""
    found = name(lexicon)
    # "my dear Emma": words of endearment before a name called out
    dear = rf"(?:(?:{alternation(cased(word_list('endearments.txt', lexicon.lang)))}){SP})?"
    return {
        "name": regex.compile(rf"(?<![\p{{L}}\p{{M}}'’\-.])(?:{found})", _VERBOSE),
        "vocative_first": regex.compile(rf"{dear}(?P<speaker>{found}),", _VERBOSE),
        "vocative_last": regex.compile(rf",{SP}{dear}(?P<speaker>{found})[.!?,;]*$", _VERBOSE),
        "words_before_name": _words_before_name(lexicon),
        "vocative_inside": regex.compile(rf",{SP}{dear}(?P<speaker>{found}){SP}?[,!?.;]", _VERBOSE),
    }


# How many words before a place may belong to the name written there
# ("Sen. John" before "McCain"): no longer name is written in full.
NAME_WORDS_BEFORE = 3


def _words_before_name(lexicon: Lexicon) -> regex.Pattern[str]:
    """Up to NAME_WORDS_BEFORE words before a place, each a whole word
    followed by space on the same line: a capitalised word, an initial, a
    title with its full stop, or a particle ("de"). A capitalised word that
    ends in a full stop and is neither an initial nor a title ends a
    sentence ("Harriet. Emma"), not a name. An abbreviated "Saint" counts as
    a title: "St." before "Paul's"."""
    titles = [t for t in lexicon.titles if " " not in t]
    titles += word_list("saint_abbreviations.txt", lexicon.lang)
    particles = sorted(lexicon.particles, key=len, reverse=True)
    return regex.compile(
        rf"""
        (?:
            (?<![\p{{L}}.'’\-])                 # the whole word, all of it
            (?:
                {"|".join(map(regex.escape, particles)) or "(?!)"}
              | \p{{Lu}} [\p{{L}}.'’\-]* (?<!\.)  # "Charles", "O'Brien", "U.S"
              | \p{{Lu}} \.+                       # an initial: "J."
              | (?=\p{{Lu}}) (?i:{alternation(titles, backwards=True)}) \.+  # "Sen.", "St."
            )
            [ \t\N{{NO-BREAK SPACE}}]+
        ){{0,{NAME_WORDS_BEFORE}}}
        """,
        _VERBOSE | regex.REVERSE,
    )
