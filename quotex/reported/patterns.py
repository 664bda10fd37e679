"""The patterns of reported speech, compiled once per lexicon."""

from __future__ import annotations

import functools
import re

import attrs
import regex

from quotex.grammar import SP, alternation, cased, mention, name
from quotex.lexicon import Lexicon
from quotex.patterns import Patterns, patterns_for

# Lexicons whose patterns are kept compiled, as in quotex.patterns.
CACHED_LEXICONS = 16


@attrs.frozen(eq=False)
class ReportedPatterns:
    """The patterns of reported speech for one lexicon."""

    frames: Patterns
    """The lexicon's frame patterns (subjects, mentions, gaps)."""
    cue: re.Pattern[str]
    """A cue: a verb (group ``verb``), a reporting phrase (``phrase``), or
    a cue noun before "that" (``noun``)."""
    that: re.Pattern[str]
    """The word "that" opening a content."""
    recipient: regex.Pattern[str]
    """The one told, after a cue: "reporters", "the National Post"."""
    possessive: regex.Pattern[str]
    """Whose claim it is, before a cue noun: "Trump's", "his"."""


@functools.lru_cache(maxsize=CACHED_LEXICONS)
def reported_patterns(lexicon: Lexicon) -> ReportedPatterns:
    """The patterns of reported speech of ``lexicon``, compiled on first use.

    Examples:
        >>> pats = reported_patterns(Lexicon.default())
        >>> found = pats.cue.search("Critics fear the plan will fail.")
        >>> found.group(), found.lastgroup
        ('fear', 'verb')
    """
    nouns = [n for noun in lexicon.reported_nouns for n in (noun, noun + "s")]
    cue = rf"""(?<![\w-])(?:
        (?P<verb>{alternation(lexicon.reported)})
      | (?P<phrase>{alternation(cased(lexicon.phrases))})
      | (?P<noun>{alternation(nouns)})(?=\s+that\b)
    )(?![\w-])"""
    recipient = rf"""{SP}
        (?P<recipient>
            (?:me|him|her|us|them|you|reporters|journalists|supporters|voters)\b
          | {mention(lexicon)}
        )"""
    possessive = rf"""(?:
        (?P<speaker>{name(lexicon, backwards=True)})['’]s?     # Trump's
      | (?P<pronoun>his|her|their|its)                         # her
    ){SP}$"""
    return ReportedPatterns(
        frames=patterns_for(lexicon),
        cue=re.compile(cue, re.VERBOSE),
        that=re.compile(r"\bthat\b"),
        recipient=regex.compile(recipient, regex.VERBOSE),
        possessive=regex.compile(possessive, regex.VERBOSE | regex.REVERSE),
    )
