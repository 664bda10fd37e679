"""Whose report a participle is, and what is no subject before a cue.

A participle that no auxiliary carries ("The town released a statement
saying …", "began by saying …", "despite admitting …") has no subject of
its own: it reports for the subject of its clause, never for the noun
right before it. :func:`shares_subject` tells such a cue;
:func:`clause_subject` finds that subject, a name, a pronoun or a short
description ("The town", "Both women", "A reporter for USA Today") that
opens the sentence or the clause after an opening adverbial.

:mod:`quotex.reported.subjects` asks the rest when it reads the subject
right before a cue: whether a preposition stands before a mention
(:func:`after_preposition`: "Trump at the time said"), which name opens
the sentence before its appositives (:func:`opening_name`), where the
adverbs before a cue start (:func:`adverbs_before`); and
:mod:`quotex.weave` whether a subject is someone's rather than the person
it names (:func:`of_someone`: "advisers to Mr. Obama").
"""

from __future__ import annotations

import functools
import itertools
import re

import attrs

from quotex.cue_subjects import opens_with_given_name
from quotex.lexicon import Lexicon, word_list
from quotex.reported.patterns import ReportedPatterns
from quotex.reported.text import Cue, ReportText
from quotex.reported.words import SUBJECT_WORDS, TOKEN, WORD, ReportedWords, space, trimmed

Mention = tuple[int, int]

# How far back from a participle the auxiliary that carries it is read:
# "is once again questioning".
PROGRESSIVE_REACH = 40
# How far back from a shared cue its clause's subject is read: a long news
# sentence; a text with no sentence ends is read no further per cue.
CLAUSE_REACH = 600
# The most words of a description that opens a clause before its verb:
# "A few other prominent Republicans and national security leaders have".
DESCRIPTION_WORDS = 12


@attrs.frozen
class SpeakerWords:
    """The word lists of one language that find a clause's subject."""

    progressive: frozenset[str]
    """Forms of "be" that make a participle a finite verb: "is saying"."""
    verb_endings: tuple[str, ...]
    """Endings of a verb in the past: a description before one is a
    subject ("The town released")."""
    openers: frozenset[str]
    """Words that open an adverbial or a clause, never a subject."""
    joints: frozenset[str]
    """Words that join a clause before its subject: "and", "when"."""
    absolute: frozenset[str]
    """Words that open an absolute clause: "with top officials vowing"."""
    prepositions: frozenset[str]
    """Prepositions whose object is no subject: "Trump at the time said"."""
    pasts: frozenset[str]
    """Irregular past forms, which end a description before them."""


@functools.cache
def speaker_words(lang: str) -> SpeakerWords:
    """The lists of ``lang``, read once per process."""
    joints = set(word_list("subordinators.txt", lang)) | set(word_list("clause_starters.txt", lang))
    return SpeakerWords(
        progressive=frozenset(word_list("progressive_auxiliaries.txt", lang)),
        verb_endings=word_list("clause_verb_endings.txt", lang),
        openers=frozenset(joints | set(word_list("content_stops.txt", lang))),
        joints=frozenset(joints),
        absolute=frozenset(word_list("absolute_openers.txt", lang)),
        prepositions=frozenset(word_list("subject_prepositions.txt", lang)),
        pasts=frozenset(word_list("irregular_pasts.txt", lang)),
    )


def shares_subject(text: str, cue: Cue, pats: ReportedPatterns) -> bool:
    """Whether ``cue`` is a participle no form of "be" carries: "issued a
    statement saying", "began by saying" (not "is saying", "are now
    questioning")."""
    words = pats.words
    if cue.group != "verb" or cue.word == cue.lemma:
        return False
    if not cue.word.split()[0].endswith(words.participle_endings):
        return False
    before = text[max(cue.s0, cue.start - PROGRESSIVE_REACH) : cue.start].split()
    progressive = speaker_words(pats.frames.lexicon.lang).progressive
    while (
        before
        and before[-1].lower() not in progressive
        and (before[-1].lower() in words.auxiliaries or before[-1].endswith(words.adverb_endings))
    ):
        before.pop()  # "is once again", "are now openly", "have been"
    if not before:
        return False
    last = before[-1].lower()
    if last in words.determiners:
        return False  # "the planning", "his saying": a noun
    return last not in progressive and not last.endswith(words.possessive)


def after_preposition(text: str, s0: int, start: int, pats: ReportedPatterns) -> bool:
    """Whether a preposition of subject_prepositions.txt stands right
    before a mention at ``start``: "at [the time]", "to [Mr. Obama]"."""
    before = text[max(s0, start - PROGRESSIVE_REACH) : start].split()
    prepositions = speaker_words(pats.frames.lexicon.lang).prepositions
    return bool(before) and before[-1].lower() in prepositions


def of_someone(written: str, lexicon: Lexicon) -> bool:
    """Whether a subject is someone's or something's, not the one named
    in it: a noun, in lower case or opening the subject, no title, then a
    preposition and a name that ends it ("advisers to Mr. Obama", "A
    spokeswoman for Hillary Clinton"; not "Secretary of State Hillary
    Clinton")."""
    said = written.split()
    prepositions = speaker_words(lexicon.lang).prepositions
    for i in range(1, len(said) - 1):
        noun = said[i - 1]
        common = noun.islower() or (i == 1 and noun.lower() not in lexicon.titles)
        if said[i] in prepositions and noun.isalpha() and common:
            rest = said[i + 1 :]
            return all(w[:1].isupper() for w in rest[1:]) and rest[-1][:1].isupper()
    return False


def opening_name(text: str, s0: int, ms: int, cs: int, pats: ReportedPatterns) -> Mention | None:
    """The name that opens a sentence and is set off by a comma, when a
    mention at ``ms`` after it, before a cue at ``cs``, is only part of
    its appositives ("Donna Rawlings, 59, of Ashton, Md., said": not
    "Md."), or the first of a list ("Carson, Fiorina and Huckabee said");
    ``None`` when a clause of its own joins before ``ms`` (", and", ";")."""
    if text.find(",", s0, ms) < 0:
        return None  # the comma that sets the name off comes before ``ms``
    start = _past_joints(text, s0, ms, pats)
    named = pats.frames.name.match(text, start, ms)
    if named is None or not text.startswith(",", named.end()) or named.end() >= ms:
        return None
    if pats.words.coordination.search(text, named.end(), ms) is not None:
        return None
    # a person's name, not "Finally," "Last Monday," or a dateline: a
    # given name or title opens it, or an appositive, a relative or an age
    # follows
    after = WORD.match(text, named.end() + 1 + space(text, named.end() + 1), ms)
    opener = "" if after is None else after.group()
    described = (
        (
            opener in pats.words.determiners
            or opener in pats.words.relative_subjects
            or opener.isdigit()
        )
        and after is not None
        and text.find(",", after.end(), cs) >= 0  # not "Regardless, the State Department said"
    )
    person = described or opens_with_given_name(text, *named.span(), pats.frames)
    return named.span() if person and _subject(text, named.span(), pats) else None


def joined(text: str, s0: int, ms: int, me: int, pats: ReportedPatterns) -> Mention:
    """The mention ``ms:me`` with the name joined to it before by a word of
    plural_joiners.txt ("Mr. Grassley and Mr. Leahy said"), or as it is."""
    before = text[max(s0, ms - PROGRESSIVE_REACH) : ms].split()
    if len(before) < 2 or before[-1] not in pats.words.plural_joiners or not text[ms].isupper():
        return ms, me
    joint = text.rindex(before[-1], s0, ms)
    named = pats.frames.subject_before.match(text, max(s0, joint - PROGRESSIVE_REACH), joint)
    if named is None or named.start("appositive") >= 0:
        return ms, me
    if not text[named.start("speaker")].isupper():
        return ms, me
    first = trimmed(text, *named.span("speaker"))
    return (first[0], me) if pats.frames.name.fullmatch(text, *first) else (ms, me)


def joins_clause(word: str, lang: str) -> bool:
    """Whether ``word`` joins a clause ("But", "and", "when")."""
    return word.lower() in speaker_words(lang).joints


def adverbs_before(text: str, s0: int, cs: int, words: ReportedWords) -> int:
    """Where the adverbs and auxiliaries right before a cue at ``cs``
    start ("and specifically mentioned", ", falsely suggesting"), or
    ``cs`` when there are none."""
    # read back word by word, only as far as the words go on: a word is a
    # run of letters and digits (as ``WORD`` reads), space between two
    lo, lead = max(s0, cs - PROGRESSIVE_REACH), cs
    while True:
        end = lead
        while end > lo and text[end - 1].isspace():
            end -= 1
        start = end
        while start > lo and text[start - 1].isalnum():
            start -= 1
        said = text[start:end]
        if not said.islower():
            return lead  # no word, a mark before it, or a capital
        if said not in words.auxiliaries and not said.endswith(words.adverb_endings):
            return lead
        lead = start


def clause_subject(doc: ReportText, s0: int, cs: int, pats: ReportedPatterns) -> Mention | None:
    """The subject of the clause a shared cue at ``cs`` stands in: the
    nearest clause before the cue, after a comma or a word that opens one,
    or the sentence, that opens with a name, a pronoun or a short
    description before a verb ("On Thursday, however, Trump spoke …", "The
    town released", "Dan Backer, the fund's lawyer, has"); the noun of an
    absolute clause right before the cue ("…, with top officials
    vowing"). Only what follows a quotation that opens the sentence is
    read: the cue that frames it has the speaker ("…,” Ryan said,
    adding")."""
    text = doc.text
    quoted = doc.last_quotation(cs)
    framed = quoted is not None and quoted[1] > s0 and not text[s0 : quoted[0]].strip()
    lo = max(quoted[1] if quoted is not None and framed else s0, cs - CLAUSE_REACH)
    opens = [m.end() for m in pats.words.clause_open.finditer(text, lo, cs)]
    if opens:
        found = _absolute(text, opens[-1], cs, pats)
        if found is not None:
            return found
    if lo == s0 and (named := opening_name(text, s0, cs, cs, pats)) is not None:
        return named  # "David Stockman, a former director of …, has been pushing …, arguing"
    for start in reversed([lo, *opens]):
        found = _opening(text, start, cs, pats, start == s0)
        if found is not None:
            return found
    return _main_subject(doc, s0, cs, pats) if lo == s0 else None


def in_adverbial(text: str, s0: int, cs: int, pats: ReportedPatterns) -> bool:
    """Whether a cue at ``cs`` stands in an adverbial that opens its
    sentence, before its first comma ("In describing Trump, …")."""
    first = WORD.match(text, s0 + space(text, s0), cs)
    openers = speaker_words(pats.frames.lexicon.lang).openers
    return first is not None and first.group().lower() in openers and "," not in text[s0:cs]


def _main_subject(doc: ReportText, s0: int, cs: int, pats: ReportedPatterns) -> Mention | None:
    """The subject of the main clause after an opening adverbial that holds
    a cue at ``cs`` ("In describing Trump, Cuban said", "While declining
    to comment, the mayor insisted"), or ``None``."""
    text = doc.text
    if not in_adverbial(text, s0, cs, pats):
        return None
    s1 = doc.sentence(cs)[1]
    comma = text.find(",", cs, s1)
    return None if comma < 0 else _opening(text, comma + 1, s1, pats, False)


def _opening(text: str, start: int, cs: int, pats: ReportedPatterns, first: bool) -> Mention | None:
    """The subject that opens the clause at ``start``, past the words that
    join it ("and when"), or ``None``: a name or a pronoun before a verb
    in lower case, a name before a bracket ("Sanders (I-Vt.)") or set off
    as a subject ("The director, Ina Kirsch, told") or, when it opens the
    sentence (``first``), any name ("Dan Backer, the fund's lawyer,
    has"), or a description; never a possessive ("Obama's aides
    were")."""
    start = _past_joints(text, start, cs, pats)
    if start >= cs:
        return None
    found = pats.frames.sentence_subject.match(text, start, cs)
    if found is not None and _subject(text, found.span("speaker"), pats):
        described = _description(text, start, cs, pats, first)
        if described is not None and described[1] > found.end("speaker"):
            last = text.rfind(" ", start, described[1]) + 1
            if text[last].isupper():
                return described  # "Democratic presidential candidate Bernie Sanders is"
        return trimmed(text, *found.span("speaker"))
    named = pats.frames.name.match(text, start, cs)
    if (
        named is not None
        and (first or text.startswith(" (", named.end()) or _set_off(text, named.end(), cs, pats))
        and _subject(text, named.span(), pats)
    ):
        return named.span()  # "Dan Backer, the fund's lawyer, has …"
    return _description(text, start, cs, pats, first)


def _past_joints(text: str, start: int, cs: int, pats: ReportedPatterns) -> int:
    """``start`` past space and the words that join a clause ("and when")."""
    joints = speaker_words(pats.frames.lexicon.lang).joints
    while True:
        start += space(text, start)
        word = WORD.match(text, start, cs)
        if word is None or word.group().lower() not in joints:
            return start
        start = word.end()


def _absolute(text: str, start: int, cs: int, pats: ReportedPatterns) -> Mention | None:
    """The noun of an absolute clause that ends at a participle at ``cs``,
    opened by a word of absolute_openers.txt ("with top officials
    vowing") or a quantity after a comma ("…, most of them seeking"): a
    few words and no verb; else ``None``."""
    lang = speaker_words(pats.frames.lexicon.lang)
    lo = start - 1  # the comma or the joining word's last letter
    start += space(text, start)
    opener = WORD.match(text, start, cs)
    if opener is None:
        return None
    if opener.group().lower() in lang.absolute:
        start = opener.end() + space(text, opener.end())
    elif opener.group().lower() not in pats.words.plural_words or "," not in text[lo:start]:
        return None  # but "…, most of them seeking"
    said = text[start:cs].split()
    if not said or len(said) > SUBJECT_WORDS or not all(TOKEN.fullmatch(w) for w in said):
        return None
    if any(w in pats.words.auxiliaries or w.endswith(lang.verb_endings) for w in said):
        return None
    return trimmed(text, start, start + len(text[start:cs].rstrip()))


def _subject(text: str, span: tuple[int, int], pats: ReportedPatterns) -> bool:
    """Whether a name or pronoun read at a clause's start is its subject:
    no possessive ("Obama's aides were"), no word that only opens a
    description with a capital ("Several groups sent") and no word of an
    adverbial a capital made look like a name ("Last month")."""
    said = text[span[0] : span[1]].lower()
    if said in pats.words.plural_words or said in pats.words.determiners:
        return said in pats.frames.lexicon.pronouns  # "They", not "Several"
    return not _possessive(text, span[1], pats) and not adverbial(said, pats)


def adverbial(said: str, pats: ReportedPatterns) -> bool:
    """Whether ``said``, in lower case, is a word of an adverbial
    ("last", "then", "also"; content_stops.txt, adverbs.txt), no name."""
    return said in pats.words.content_stops or said in pats.words.subject_ends


def _set_off(text: str, end: int, cs: int, pats: ReportedPatterns) -> bool:
    """Whether a name ending at ``end`` is set off by a comma as a subject
    whose appositive or verb follows ("The director, Ina Kirsch, told"),
    not as the last word of a phrase before the cue ("in Tulsa, Oklahoma,
    arguing") or before an adverbial ("Bill Clinton, at the wedding")."""
    if not text.startswith(",", end):
        return False
    rest = WORD.match(text, end + 1 + space(text, end + 1), cs)
    return (
        rest is not None
        and rest.group().lower() not in speaker_words(pats.frames.lexicon.lang).openers
    )


def _possessive(text: str, end: int, pats: ReportedPatterns) -> bool:
    """Whether the word that ends at ``end`` is a possessive ("Obama's")."""
    return text.endswith(pats.words.possessive, 0, end) or text.startswith(
        pats.words.possessive, end
    )


# A word or a mark, for reading a description word by word.
_WORD = re.compile(r"[\w'’.\-]+|[^\w\s]")


def _description(
    text: str, start: int, cs: int, pats: ReportedPatterns, opens: bool = False
) -> Mention | None:
    """A subject of a few words at ``start``, up to the first verb after
    it, an auxiliary or a past form ("The town released", "Party leaders
    are"); ``None`` when the words there open an adverbial or no verb is
    found."""
    words, lang = pats.words, speaker_words(pats.frames.lexicon.lang)
    tokens = list(itertools.islice(_WORD.finditer(text, start, cs), DESCRIPTION_WORDS + 1))
    if not tokens or not TOKEN.fullmatch(tokens[0].group()):
        return None
    word = tokens[0].group()
    if word.lower() in lang.openers:
        return None  # "In Ohio"
    participle = word.endswith(words.participle_endings) and len(tokens) > 1
    if participle and tokens[1].group().lower() in words.determiners:
        return None  # "Following the meeting", but "Consulting firms"
    # a word in lower case opens no subject inside a sentence, but for a
    # description of a name ("…, former Arkansas Gov. Mike Huckabee agreed")
    named = opens or word[0].isupper() or word in words.determiners
    for i, tok in enumerate(tokens[1:], 1):
        word = tok.group()
        if not TOKEN.fullmatch(word) or word.lower() in words.relative_subjects:
            return None  # punctuation or a relative clause before any verb
        if not word[0].islower() or tokens[i - 1].group().lower() in words.determiners:
            continue
        verb = word in words.auxiliaries or word in lang.progressive or word in lang.pasts
        if verb or word.endswith(lang.verb_endings):
            if not named and not tokens[i - 1].group()[0].isupper():
                return None
            return tokens[0].start(), tokens[i - 1].end()
    return None
