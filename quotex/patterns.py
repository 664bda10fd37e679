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
    APPOSITIVE,
    APPOSITIVE_PART,
    DASH,
    DESCRIPTION_BEFORE_NAME,
    DESCRIPTOR,
    LEAD,
    NOMINAL_WORD,
    NOMINAL_WORDS_AFTER_FIRST,
    SIGNATURE_DASH,
    SP,
    alternation,
    cased,
    fragments,
    mention,
    name,
    owner,
    pronoun_words,
)
from quotex.incises import incise_pattern
from quotex.language import conventions
from quotex.lexicon import Lexicon, word_list
from quotex.name_patterns import name_patterns

__all__ = ["Patterns", "patterns_for"]


# Lexicons whose patterns are kept compiled: a program uses one or a few.
CACHED_LEXICONS = 16
_VERBOSE = regex.VERBOSE
# The most characters in the brackets of a party and state after a name:
# "(I-Vt.)", "(R-South Carolina)".
PARTY_LENGTH = 24
# A party and state in brackets after a name: "Rep. Gwen Moore (D-Wis.)".
PARTY = rf"(?:{SP}\([^()\n\r]{{1,{PARTY_LENGTH}}}\))"
# The most lower-case words of a job after a possessive before a name:
# "Clinton's top foreign policy aide Jake Sullivan" (a descriptor's most).
JOB_AFTER_POSSESSIVE = 5
# The capitalised words, then the lower-case ones, of a description before
# the job word that ends it before a name opening a sentence: "Senate
# Republican campaign strategist Tom Reilly", "Democratic vice-presidential
# nominee".
JOB_CAPITALS = 3
JOB_WORDS = 2
# A capitalised possessive that may open the description before a name after
# a cue: "said Rubio's deputy campaign manager, Rich Beeson".
_POSSESSIVE_NAME = r"\p{Lu}[\p{L}\p{M}\-]*['’]s[ \t]"


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
    opening_description: regex.Pattern[str]
    """A description and the preposition after it, up to ``endpos``:
    ``, a Democratic staffer in`` (before "the room wondered")."""
    mention_after: regex.Pattern[str]
    """The speaker right after a cue: ``said [quietly] the old man``."""
    named_after: regex.Pattern[str]
    """``said another Twitter user, Johanna Bayer``: a description, then the name."""
    after_dash: regex.Pattern[str]
    """``"…" — Commissioner Geoffrey Starks`` (a signature line)."""
    after_phrase: regex.Pattern[str] | None
    """``„…“, so der Minister`` and ``„…“, dem Minister zufolge``: a
    reporting word of the language's cue_phrases_after.txt or
    cue_postpositions.txt (group ``cue``) and its object; ``None`` when the
    language lists none."""
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
    nominal_subject: regex.Pattern[str]
    """A description opening a sentence, its verb in the past after it:
    "The piece used"."""
    apposed_subject: regex.Pattern[str]
    """A name and its appositive opening a sentence, a verb after them:
    "Huma Abedin, vice chairwoman of the campaign, emailed"."""
    described_subject: regex.Pattern[str]
    """:attr:`sentence_subject`, maybe after a description that a job word
    ends: "Republican presidential candidate Donald Trump took to Twitter"."""
    before_colon: regex.Pattern[str]
    """``Stoltenberg: "…"``, matched backwards from the colon (``endpos``)."""
    incise: regex.Pattern[str] | None
    """The narrator's incise inside a quotation, ``« C’était, dit
    Mademoiselle, une … »``, where the language cuts incises out
    (conventions.txt: ``incises``; :mod:`quotex.incises`)."""
    colon_subject: regex.Pattern[str] | None
    """The first mention of a sentence that ends in a colon before a
    quotation, its subject: ``Elle secouait la tête : « … »``. Only in a
    language that writes dialogue so (conventions.txt: ``colon_subjects``)."""
    name: regex.Pattern[str]
    """A name anywhere, for building the document's cast."""
    vocative_first: regex.Pattern[str]
    """A vocative opening a turn: "Aziz, don't chatter.\""""
    vocative_last: regex.Pattern[str]
    """A vocative ending a turn: "Don't chatter, Aziz.\""""
    words_before_name: regex.Pattern[str]
    """The words of a name that stand before one of its places ("Charles
    de" before "Gaulle"), matched backwards from the place (``endpos``)."""
    vocative_inside: regex.Pattern[str]
    """A vocative set off inside a turn by a comma before and a comma or
    the end of a sentence after: "Do, Aziz, be quiet.", "Well, Aziz. Go.\""""


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
        colon_subject=_colon_subject(lexicon),
        incise=incise_pattern(lexicon) if _inverts(lexicon) else None,
        **_after(lexicon),
        after_phrase=_after_phrase(lexicon),
        **_before(lexicon),
        **name_patterns(lexicon),
    )


def _cue(lexicon: Lexicon) -> re.Pattern[str]:
    """A cue, in lower case ("Post" and "Reveals" in a headline are no cues)
    but for reporting phrases and the verbs that open a sentence.

    This is the largest pattern (every form of some two hundred verbs); the
    standard library's engine compiles it several times faster than
    ``regex``, and it needs nothing ``re`` lacks.
    """
    forms = lexicon.forms
    # verbs that may open a sentence before their subject: "Said Comey, “…”"
    opening = frozenset(word_list("opening_verbs.txt", lexicon.lang))
    cues = alternation(
        list(forms)
        + cased(lexicon.phrases)
        + [f.capitalize() for f in forms if forms[f] in opening]
    )
    # not inside a hyphenated word: "so-called" holds no cue; but a language
    # that inverts its subject writes it after a hyphen: "dit-il"
    hyphen = rf"-(?!{_inverted_pronoun(lexicon)})" if _inverts(lexicon) else "-"
    return re.compile(rf"(?<![\w-])(?:{cues})(?!\w|{hyphen})")


def _inverts(lexicon: Lexicon) -> bool:
    """Whether ``lexicon``'s language writes a pronoun subject after its
    verb with a hyphen ("dit-il"): one that cuts incises out of quotations."""
    return "incises" in conventions(lexicon.lang)


def _inverted_pronoun(lexicon: Lexicon) -> str:
    """A pronoun written after its verb with a hyphen, maybe after the
    "-t-" of euphony ("dit-il", "déclare-t-elle"), its speaker group named:
    the hyphen before it is read by the pattern it stands in."""
    pronouns = alternation(lexicon.pronouns)
    return rf"(?:t-)?(?P<speaker>{pronouns})(?![\w-])"


def _after(lexicon: Lexicon) -> dict[str, regex.Pattern[str]]:
    """The patterns of a frame after a quotation."""
    grammar = fragments(lexicon.lang)
    subject_gap = _subject_gap(lexicon)
    mention_after = _mention_after(lexicon)
    lead = LEAD
    if _inverts(lexicon):
        mention_after = rf"-{_inverted_pronoun(lexicon)}|{mention_after}"  # dit-il
        # before an inverted cue, an object pronoun ("», me dit Sérapion") or
        # an auxiliary ("», a déclaré le ministre")
        clitics = alternation(word_list("incise_clitics.txt", lexicon.lang))
        lead = rf"""{LEAD}
            (?:(?:{clitics})(?:(?<=['’])|[ \t\u00a0]+))?
            (?:(?:{grammar.aux})[ \t\u00a0]+)?"""
        # "», a-t-il déclaré": the pronoun of an inverted auxiliary
        inverted = alternation(word_list("inverted_auxiliaries.txt", lexicon.lang))
        if inverted:
            subject_gap = rf"""{LEAD}(?:{inverted})-{_inverted_pronoun(lexicon)}{SP}
                | {subject_gap}"""
    named_after = rf"""
        (?:{SP}{grammar.adverb})?{SP}                           # quietly
        (?=\p{{Ll}}|{_POSSESSIVE_NAME})                            # "another", "Rubio's"
        [^,.;:“”\"\n\r]{{1,{DESCRIPTION_BEFORE_NAME}}}?,{SP}     # user,
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
    # "a Democratic staffer in (the room) wondered": a determiner and two
    # words at most (more would take in a verb: "The ad ends with"), maybe a
    # participle ("a source speaking to (Fox News) said"), the preposition,
    # up to its object, which the gap took for the speaker
    prepositions = alternation(word_list("object_prepositions.txt", lexicon.lang))
    endings = word_list("clause_participle_endings.txt", lexicon.lang)
    participle = rf"(?:{SP}\p{{Ll}}+(?:{alternation(endings)}))?" if endings else ""
    opening_description = rf"""
        {LEAD}
        (?P<speaker>(?:{alternation(cased(grammar.determiners))}){SP}
            {NOMINAL_WORD}(?:{SP}{NOMINAL_WORD})?)
        {participle}{SP}(?:{prepositions}){SP}$
    """
    return {
        "lead": regex.compile(lead, _VERBOSE),
        "opening_description": regex.compile(opening_description, _VERBOSE),
        "signature_line": regex.compile(signature_line, _VERBOSE),
        "subject_gap": regex.compile(subject_gap, _VERBOSE),
        "mention_after": regex.compile(mention_after, _VERBOSE),
        "named_after": regex.compile(named_after, _VERBOSE),
        "after_dash": regex.compile(after_dash, _VERBOSE),
    }


def _subject_gap(lexicon: Lexicon) -> str:
    """Between a quotation's end and a cue: the subject, maybe with a
    description before it and an appositive after it (``, Stoltenberg, the
    NATO chief,``)."""
    # a mention here is followed only by a comma or space: read it once
    mention_once = mention(lexicon, once=True)
    grammar = fragments(lexicon.lang)
    dets = alternation(cased(grammar.determiners))
    described = rf"(?:{DESCRIPTOR}??{_POSSESSIVE_NAME}|(?:{dets}){SP})"  # (Ms.) Merkel's, the
    return rf"""
        {LEAD}
        (?:{DESCRIPTOR}(?:,{SP})?               # chief executive
        # "Ms. Merkel's spokesman, Steffen Seibert, wrote", "the White House
        # press secretary, Josh Earnest, said": a description, then the name
          | {described}[^,“”\"\n\r]{{1,{DESCRIPTION_BEFORE_NAME}}}?,{SP}(?=\p{{Lu}})
        )??
        (?P<speaker>{mention_once})             # Tim Cook
        {PARTY}?                                # (D-Wis.)
        (?P<appositive>{APPOSITIVE})?           # , the NATO chief,
        ,?{SP}
        (?:(?:{grammar.aux}){SP})?              # has
        (?:{grammar.adverb}{SP})?               # also
    """


def _mention_after(lexicon: Lexicon) -> str:
    """The speaker right after a cue, a description maybe before it:
    ``said [quietly] [Clinton campaign manager] Robby Mook``."""
    grammar = fragments(lexicon.lang)
    job_word = rf"{grammar.nominal_stop}\p{{Ll}}[\p{{Ll}}\-]*{SP}"
    possessive_job = rf"(?:{job_word}){{1,{JOB_AFTER_POSSESSIVE}}}(?=\p{{Lu}})"
    return rf"""
        (?:{SP}{grammar.adverb})?               # quietly
        {SP}{DESCRIPTOR}??                      # Clinton campaign manager
        (?P<speaker>{mention(lexicon)})         # Robby Mook
        # not "Clinton" of "Clinton campaign manager Robby Mook", nor
        # "Clinton's" of "Clinton's top foreign policy aide Jake Sullivan",
        # nor "White" of "White House press secretary Josh Earnest" (a name
        # goes on over every capitalised word: only a shorter reading of it
        # has one after it)
        (?![\p{{L}}\p{{M}}\p{{N}}]|{SP}(?:{grammar.job_before_name}|\p{{Lu}}\p{{Ll}})
          |(?:(?<=['’]s)|['’]s){SP}{possessive_job})
    """


def _after_phrase(lexicon: Lexicon) -> regex.Pattern[str] | None:
    """``„…“, so der Minister`` or ``„…“, dem Minister zufolge``: the
    reporting words that attribute a quotation only right after it, with
    their object after or before them, up to the clause's end."""
    before = word_list("cue_phrases_after.txt", lexicon.lang)
    after = word_list("cue_postpositions.txt", lexicon.lang)
    layouts = []
    if before:
        layouts.append(rf"(?P<cue>{alternation(before)}){SP}(?P<speaker>{mention(lexicon)})")
    if after:
        layouts.append(
            rf"(?:{DESCRIPTOR})??(?P<speaker>{mention(lexicon)}){SP}(?P<cue>{alternation(after)})"
        )
    if not layouts:
        return None
    body = "|".join(f"(?:{layout})" for layout in layouts)
    # then the clause ends, or goes on in lower case: "so Merkel am Montag"
    end = rf"(?=[ \t]*[,.;:!?)\n\r]|[ \t]*$|{SP}\p{{Ll}})"
    return regex.compile(rf"{LEAD}(?:{body}){end}", _VERBOSE)


def _job_before_subject(lexicon: Lexicon) -> str:
    """A description ending in a job word of the language's ``job_nouns.txt``
    or a title, before a name that opens a sentence ("Republican
    presidential candidate Donald Trump took to Twitter"): up to three
    capitalised words and two in lower case before the job, and a name
    after it, not a pronoun ("The editor I was talking to"). Optional;
    empty where the language lists no job."""
    jobs = word_list("job_nouns.txt", lexicon.lang)
    if not jobs:
        return ""
    words = alternation([*jobs, *(t for t in lexicon.titles if t.isalpha())])
    pronouns = alternation(pronoun_words(lexicon))
    return rf"""(?:(?:[\p{{Lu}}\p{{N}}][\p{{L}}\p{{N}}\-’'.]*{SP}){{1,{JOB_CAPITALS}}}
        (?:\p{{Ll}}[\p{{Ll}}\-]*{SP}){{0,{JOB_WORDS}}}?(?:{words}){SP}
        (?=\p{{Lu}})(?!(?:{pronouns})\b))?    # a name follows, not "I" """


def _before(lexicon: Lexicon) -> dict[str, regex.Pattern[str]]:
    """The patterns of a frame before a quotation."""
    grammar = fragments(lexicon.lang)
    # Matched backwards from the cue, so the subject is the mention nearest
    # the cue ("In a Bloomberg interview Trump said" is Trump's), and an
    # appositive before the cue is tried before a bare comma, so "Brian
    # Fallon, the campaign's press secretary, said" is Fallon's.
    subject_before = rf"""
        (?P<speaker>{mention(lexicon, backwards=True)})     # Brian Fallon
        {PARTY}?                                            # (D-Wis.)
        (?:(?P<appositive>{APPOSITIVE})|,)?                 # , the press secretary,
        {SP}
        (?:(?:{grammar.aux}){SP})?                          # has
        (?:{grammar.adverb}{SP})?                           # also
        $                                                   # the cue
    """
    # "Alex Potteiger, Area Operations Manager and an Atlanta native said":
    # an appositive the cue closes, read back from the cue to the name
    open_appositive = rf"""
        (?P<speaker>{name(lexicon, backwards=True)})        # Alex Potteiger
        ,[^,;:“”\"\n\r]{{1,{APPOSITIVE_PART}}}+{SP}           # , Area Operations Manager
        (?:(?:{grammar.aux}){SP})?(?:{grammar.adverb}{SP})? # has also
        $                                                   # the cue
    """
    coordinators = "|".join(regex.escape(w) for w in grammar.coordinators)
    subject = rf"""
        (?P<speaker>{owner(lexicon)}{SP}\p{{Ll}}+    # Ryan’s campaign
            |(?:{alternation(pronoun_words(lexicon))})\b|{name(lexicon)})
    """
    verb = rf"{SP}(?=\p{{Ll}})"  # a verb in lower case follows
    sentence_subject = rf"\s*{subject}{verb}"
    # the same after a description that a job word ends, and maybe with a
    # party after the name: "Rep. Hakeem Jeffries (D-N.Y.) reacted"
    described_subject = rf"\s*{_job_before_subject(lexicon)}{subject}{PARTY}?{verb}"
    # ... or a name of two words or more after its article, no possessive:
    # "The New York Times reported" (not "The Florida senator")
    articles = alternation(cased(word_list("definite_articles.txt", lexicon.lang)))
    described_subject = rf"""(?:{described_subject}
        |\s*(?P<speaker>(?:{articles}){SP}(?=\p{{Lu}}[^\s'’]*{SP}\p{{Lu}}){name(lexicon)})
            (?<![’']s){verb})"""
    # a name and its appositive open the sentence: "Huma Abedin, vice
    # chairwoman of the campaign, emailed supporters" (after a comma inside a
    # sentence, a name and two commas are more often a list or a place)
    apposed_subject = rf"\s*{subject}{PARTY}?{APPOSITIVE}{verb}"
    return {
        "apposed_subject": regex.compile(apposed_subject, _VERBOSE),
        "nominal_subject": _nominal_subject(lexicon),
        "subject_before": regex.compile(subject_before, _VERBOSE | regex.REVERSE),
        "open_appositive": regex.compile(open_appositive, _VERBOSE | regex.REVERSE),
        "coordination": regex.compile(rf"\b(?:{coordinators}){SP}$"),
        "sentence_subject": regex.compile(sentence_subject, _VERBOSE),
        "described_subject": regex.compile(described_subject, _VERBOSE),
        # read back from the colon: a search forwards would try a name at
        # every capital of a headline in capitals before it
        "before_colon": regex.compile(
            rf"(?P<speaker>{name(lexicon, backwards=True)})[ \t\u00a0]*:\s*$",
            _VERBOSE | regex.REVERSE,
        ),
    }


def _nominal_subject(lexicon: Lexicon) -> regex.Pattern[str]:
    """A description that opens a sentence, a verb in the past (by the
    language's ``past_endings.txt``) or an auxiliary after it: "The piece
    used", "Her campaign quickly blasted". No pronoun is a word of it ("The
    editor I was talking to"). Matches nothing where no ending is listed."""
    grammar = fragments(lexicon.lang)
    endings = word_list("past_endings.txt", lexicon.lang)
    if not endings:
        return regex.compile("(?!)")
    word = rf"(?!(?:{alternation(pronoun_words(lexicon))})\b){NOMINAL_WORD}"
    return regex.compile(
        rf"""\s*(?P<speaker>(?:{alternation(cased(grammar.determiners))}){SP}{word}
            (?:{SP}{grammar.nominal_stop}{word}){{0,{NOMINAL_WORDS_AFTER_FIRST - 1}}}?)
        {SP}(?:{grammar.adverb}{SP})?                  # quickly
        (?=\p{{Ll}}+(?:{alternation(endings)})\b|{grammar.aux}\b)   # blasted, was
        """,
        _VERBOSE,
    )


def _colon_subject(lexicon: Lexicon) -> regex.Pattern[str] | None:
    """The subject of a sentence ending in a colon before a quotation: the
    mention that opens it, maybe after a connective ("Et", "Puis"), where
    the language reads it (``colon_subjects``)."""
    if "colon_subjects" not in conventions(lexicon.lang):
        return None
    connectives = alternation(cased(word_list("connectives.txt", lexicon.lang)))
    return regex.compile(
        rf"""
        \s*(?:(?:{connectives})\b[\s,]*)?      # "Et", "Puis,"
        (?P<speaker>{mention(lexicon)})         # the sentence's subject
        """,
        _VERBOSE,
    )
