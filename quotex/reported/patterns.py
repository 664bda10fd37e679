"""The patterns of reported speech, compiled once per lexicon."""

from __future__ import annotations

import functools
import re

import attrs
import regex

from quotex.grammar import SP, alternation, cased, mention, name
from quotex.lexicon import Lexicon, word_list
from quotex.patterns import Patterns, patterns_for
from quotex.reported.words import CLAUSE_REACH, ReportedWords, reported_words

# Lexicons whose patterns are kept compiled, as in quotex.patterns.
CACHED_LEXICONS = 16
# The most words of a speaker named before a colon at a line's start
# ("Mike Pence: ...").
COLON_NAME_WORDS = 4


@attrs.frozen(eq=False)
class ReportedPatterns:
    """The patterns of reported speech for one lexicon."""

    frames: Patterns
    """The lexicon's frame patterns (subjects, mentions, gaps)."""
    words: ReportedWords
    """The word lists of the lexicon's language."""
    cue: re.Pattern[str]
    """A cue: a verb (group ``verb``), a reporting phrase (``phrase``), a
    cue noun before a complementizer (``noun``), or a capitalised
    participle that may open a sentence (``opening``: "Asked")."""
    colon: re.Pattern[str] | None
    """A name and a colon, matched at a paragraph's start (group
    ``colon``): "Pence: …"; ``None`` where reports stand in a clause of
    their own (``ReportedWords.clauses``): there a colon sets off direct
    speech."""
    that: re.Pattern[str]
    """A complementizer opening a content: "that"."""
    recipient: regex.Pattern[str]
    """The one told, after a cue: "reporters", "the National Post"."""
    possessive: regex.Pattern[str]
    """Whose claim it is, before a cue noun: "Trump's", "his"."""
    headline: re.Pattern[str]
    """A cue verb capitalised as in a title-case headline (group
    ``headline``): "Says", "Calls For"."""


@functools.lru_cache(maxsize=CACHED_LEXICONS)
def reported_patterns(lexicon: Lexicon) -> ReportedPatterns:
    """The patterns of reported speech of ``lexicon``, compiled on first use.

    Examples:
        >>> pats = reported_patterns(Lexicon.default())
        >>> found = pats.cue.search("Critics fear the plan will fail.")
        >>> found.group(), found.lastgroup
        ('fear', 'verb')
    """
    words = reported_words(lexicon.lang)
    nouns = [n + e for n in lexicon.reported_nouns for e in ("", *words.plural_endings)]
    that = alternation(sorted(words.complementizers))
    not_forms = set(word_list("reported_not_forms.txt", lexicon.lang))
    verbs = set(lexicon.reported) - not_forms
    titled = {" ".join(w[:1].upper() + w[1:] for w in form.split()) for form in verbs}
    # a cue noun reports before "that", or, where reports stand in a clause
    # of their own, before the comma that ends its clause ("Nachricht, dass")
    phrases = set(lexicon.phrases)
    if words.clauses:
        phrases |= words.postpositions
        noun = rf"(?P<noun>{alternation(cased(nouns))})(?=[^.;:!?]{{0,{CLAUSE_REACH}}},)"
    else:
        noun = rf"(?P<noun>{alternation(nouns)})(?=\s+(?:{that})\b)"
    openings = alternation(word_list("opening_participles.txt", lexicon.lang)) or "(?!)"
    cue = rf"""(?<![\w-])(?:
        (?P<verb>{alternation(verbs)})
      | (?P<phrase>{alternation(cased(phrases))})
      | {noun}
      | (?P<opening>{openings})
    )(?![\w-])"""
    recipient = rf"""{SP}
        (?P<recipient>
            (?:{alternation(word_list("recipient_words.txt", lexicon.lang))})\b
          | {mention(lexicon)}
        )"""
    possessives = alternation(word_list("reported_possessives.txt", lexicon.lang), backwards=True)
    possessive = rf"""(?:
        (?P<speaker>{name(lexicon, backwards=True)})['’]s?     # Trump's
      | (?P<pronoun>{possessives})                               # her
    ){SP}$"""
    return ReportedPatterns(
        frames=patterns_for(lexicon),
        words=words,
        cue=re.compile(cue, re.VERBOSE),
        colon=None
        if words.clauses
        else re.compile(
            rf"(?P<colon>[A-Z][\w.'’-]*(?:\x20[A-Z][\w.'’-]*){{0,{COLON_NAME_WORDS - 1}}}:)(?=\s)"
        ),
        that=re.compile(rf"\b(?:{that})\b"),
        recipient=regex.compile(recipient, regex.VERBOSE),
        possessive=regex.compile(possessive, regex.VERBOSE | regex.REVERSE),
        headline=re.compile(rf"(?<![\w-])(?P<headline>{alternation(titled) or '(?!)'})(?![\w-])"),
    )
