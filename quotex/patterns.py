"""Every pattern quotex reads frames with, compiled once per lexicon.

:func:`patterns_for` gives the :class:`Patterns` of a lexicon. Each is built
from the shared grammar of :mod:`quotex.grammar`, so they agree on what a
name or a speaker mention is, and from the lexicon's word lists with
``regex.escape``, longest first, so "went on" wins over "went" and "Mrs" over
"Mr".
"""

from __future__ import annotations

import functools
import re

import attrs
import regex

from quotex.grammar import (
    ADVERB,
    APPOSITIVE,
    APPOSITIVE_PART,
    AUX,
    COORDINATORS,
    DASH,
    DESCRIPTION_BEFORE_NAME,
    DESCRIPTOR,
    JOB_BEFORE_NAME,
    LEAD,
    SIGNATURE_DASH,
    SP,
    alternation,
    cased,
    mention,
    name,
    pronoun_words,
)
from quotex.lexicon import Lexicon, word_list

__all__ = ["Patterns", "patterns_for"]


# Verbs that may open a sentence before their subject: "Said Comey, “…”".
OPENING_VERBS = frozenset(word_list("opening_verbs.txt"))
# Lexicons whose patterns are kept compiled: a program uses one or a few.
CACHED_LEXICONS = 16

_VERBOSE = regex.VERBOSE


@attrs.frozen(eq=False)
class Patterns:
    """The compiled patterns of one :class:`~quotex.lexicon.Lexicon`.

    Only :attr:`cue` holds the (large) verb alternation; the frame patterns
    match the words around a cue. Groups named ``speaker`` hold the mention,
    ``appositive`` an appositive after it.
    """

    lexicon: Lexicon
    """The lexicon these patterns are compiled from."""
    cue: re.Pattern[str]
    """A reporting verb or phrase, as whole words."""
    lead: regex.Pattern[str]
    """Between a quotation's end and a cue: only a comma or dash."""
    subject_gap: regex.Pattern[str]
    """Between a quotation's end and a cue: ``, Stoltenberg, the NATO chief,``."""
    mention_after: regex.Pattern[str]
    """The speaker right after a cue: ``said [quietly] the old man``."""
    named_after: regex.Pattern[str]
    """``said another Twitter user, Johanna Bayer``: a description, then the name."""
    after_dash: regex.Pattern[str]
    """``"…" — Commissioner Geoffrey Starks`` (a signature line)."""
    signature_line: regex.Pattern[str]
    """A paragraph under a quotation that names its speaker: ``– U.S.
    District Judge Frem Nielsen, speaking at the hearing``."""
    subject_before: regex.Pattern[str]
    """The subject of a cue, matched backwards from it (``endpos`` = the cue)."""
    open_appositive: regex.Pattern[str]
    """``Alex Potteiger, Area Operations Manager said``, matched backwards
    from the cue (``endpos``)."""
    coordination: regex.Pattern[str]
    """"… raised himself on his elbow and said": the cue shares a subject."""
    sentence_subject: regex.Pattern[str]
    """The subject opening a sentence: "Panteley looked at the cross and asked"."""
    before_colon: regex.Pattern[str]
    """``Stoltenberg: "…"``, matched backwards from the colon (``endpos``)."""
    name: regex.Pattern[str]
    """A name anywhere, for building the document's cast."""
    vocative_first: regex.Pattern[str]
    """A vocative opening a turn: "Aziz, don't chatter.\""""
    vocative_last: regex.Pattern[str]
    """A vocative ending a turn: "Don't chatter, Aziz.\""""


@functools.lru_cache(maxsize=CACHED_LEXICONS)
def patterns_for(lexicon: Lexicon) -> Patterns:
    """The compiled patterns of ``lexicon``, built on first use.

    Examples:
        >>> pats = patterns_for(Lexicon.default())
        >>> pats.cue.search("“Go,” he said.").group()
        'said'
        >>> patterns_for(Lexicon.default()) is pats
        True
    """
    return Patterns(
        lexicon=lexicon,
        cue=_cue(lexicon),
        **_after(lexicon),
        **_before(lexicon),
        **_names(lexicon),
    )


def _cue(lexicon: Lexicon) -> re.Pattern[str]:
    """A cue, in lower case ("Post" and "Reveals" in a headline are no cues)
    but for reporting phrases and the verbs that open a sentence.

    This is the largest pattern (every form of some two hundred verbs); the
    standard library's engine compiles it several times faster than
    ``regex``, and it needs nothing ``re`` lacks.
    """
    forms = lexicon.forms
    cues = alternation(
        list(forms)
        + cased(lexicon.phrases)
        + [f.capitalize() for f in forms if forms[f] in OPENING_VERBS]
    )
    # not inside a hyphenated word: "so-called" holds no cue
    return re.compile(rf"(?<![\w-])(?:{cues})(?![\w-])")


def _after(lexicon: Lexicon) -> dict[str, regex.Pattern[str]]:
    """The patterns of a frame after a quotation."""
    # a mention here is followed only by a comma or space: read it once
    mention_once = mention(lexicon, once=True)
    subject_gap = rf"""
        {LEAD}
        (?:{DESCRIPTOR}(?:,{SP})?)??            # chief executive
        (?P<speaker>{mention_once})             # Tim Cook
        (?P<appositive>{APPOSITIVE})?           # , the NATO chief,
        ,?{SP}
        (?:(?:{AUX}){SP})?                      # has
        (?:{ADVERB}{SP})?                       # also
    """
    mention_after = rf"""
        (?:{SP}{ADVERB})?                       # quietly
        {SP}{DESCRIPTOR}??                      # Clinton campaign manager
        (?P<speaker>{mention(lexicon)})         # Robby Mook
        (?![\p{{L}}\p{{M}}]|{SP}{JOB_BEFORE_NAME})   # not "Clinton" of "Clinton campaign manager"
    """
    named_after = rf"""
        (?:{SP}{ADVERB})?{SP}                                   # quietly
        (?=\p{{Ll}})[^,.;:“”\"\n\r]{{1,{DESCRIPTION_BEFORE_NAME}}}?,{SP}   # another user,
        (?P<speaker>{name(lexicon)})                            # Johanna Bayer
        (?=[ \t]*[,.;]|[ \t]*$)                                 # ends the clause
    """
    after_dash = rf"""
        {DASH}                                  # —
        (?P<speaker>{name(lexicon)})            # Commissioner Geoffrey Starks
        [ \t\u00a0]*(?=[,\n\r(]|$)              # ends the line or a clause
    """
    signature_line = rf"""
        [ \t\u00a0]*
        (?:(?P<dash>{SIGNATURE_DASH})[ \t\u00a0]*{DESCRIPTOR}??)?    # – U.S.
        (?P<speaker>{name(lexicon)})                    # District Judge Frem Nielsen
        (?:[ \t\u00a0]*[,(][^“”\"\n\r]*)?               # , speaking at the hearing
        \.?[ \t\u00a0]*                                  # a full stop
    """
    return {
        "lead": regex.compile(LEAD, _VERBOSE),
        "signature_line": regex.compile(signature_line, _VERBOSE),
        "subject_gap": regex.compile(subject_gap, _VERBOSE),
        "mention_after": regex.compile(mention_after, _VERBOSE),
        "named_after": regex.compile(named_after, _VERBOSE),
        "after_dash": regex.compile(after_dash, _VERBOSE),
    }


def _before(lexicon: Lexicon) -> dict[str, regex.Pattern[str]]:
    """The patterns of a frame before a quotation."""
    # Matched backwards from the cue, so the subject is the mention nearest
    # the cue ("In a Bloomberg interview Trump said" is Trump's), and an
    # appositive before the cue is tried before a bare comma, so "Brian
    # Fallon, the campaign's press secretary, said" is Fallon's.
    subject_before = rf"""
        (?P<speaker>{mention(lexicon, backwards=True)})     # Brian Fallon
        (?:(?P<appositive>{APPOSITIVE})|,)?                 # , the press secretary,
        {SP}
        (?:(?:{AUX}){SP})?                                  # has
        (?:{ADVERB}{SP})?                                   # also
        $                                                   # the cue
    """
    # "Alex Potteiger, Area Operations Manager and an Atlanta native said":
    # an appositive the cue closes, read back from the cue to the name
    open_appositive = rf"""
        (?P<speaker>{name(lexicon, backwards=True)})        # Alex Potteiger
        ,[^,;:“”\"\n\r]{{1,{APPOSITIVE_PART}}}+{SP}           # , Area Operations Manager
        (?:(?:{AUX}){SP})?(?:{ADVERB}{SP})?                 # has also
        $                                                   # the cue
    """
    coordinators = "|".join(regex.escape(w) for w in COORDINATORS)
    sentence_subject = rf"""
        \s*
        (?P<speaker>(?:{alternation(pronoun_words(lexicon))})\b|{name(lexicon)})
        {SP}(?=\p{{Ll}})                        # a verb in lower case follows
    """
    return {
        "subject_before": regex.compile(subject_before, _VERBOSE | regex.REVERSE),
        "open_appositive": regex.compile(open_appositive, _VERBOSE | regex.REVERSE),
        "coordination": regex.compile(rf"\b(?:{coordinators}){SP}$"),
        "sentence_subject": regex.compile(sentence_subject, _VERBOSE),
        # read back from the colon: a search forwards would try a name at
        # every capital of a headline in capitals before it
        "before_colon": regex.compile(
            rf"(?P<speaker>{name(lexicon, backwards=True)})[ \t\u00a0]*:\s*$",
            _VERBOSE | regex.REVERSE,
        ),
    }


def _names(lexicon: Lexicon) -> dict[str, regex.Pattern[str]]:
    """The patterns of names anywhere and of vocatives."""
    found = name(lexicon)
    return {
        "name": regex.compile(rf"(?<![\p{{L}}\p{{M}}'’\-.])(?:{found})", _VERBOSE),
        "vocative_first": regex.compile(rf"(?P<speaker>{found}),", _VERBOSE),
        "vocative_last": regex.compile(rf",{SP}(?P<speaker>{found})[.!?,;]*$", _VERBOSE),
    }
