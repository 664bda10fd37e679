"""The word lists, thresholds and small text helpers of reported speech."""

from __future__ import annotations

import functools
import re

import attrs

from quotex.lexicon import word_list

# How far after a cue "that" may open its content ("said on Monday that").
THAT_REACH = 40
# The longest tail after a frame that ends a sentence ("he said in a
# statement on Monday."): longer, the cue opens a content of its own.
TAIL_REACH = 60
# A content shorter than this many characters is a word or two, no report.
SHORTEST_CONTENT = 8
# How far around a subject a word making it hypothetical is looked for.
BLOCKER_REACH = 8
# How far before a cue the words are read that tell whether a mention may
# end there, and how many of them may hold a nominal's determiner.
MENTION_LOOK = 60
NOMINAL_LOOK = 4
# How far before a cue noun its determiner is looked for.
NOUN_REACH = 20
# The longest bracketed aside between a subject and its cue: "(R-Ohio)".
BRACKET_REACH = 40
# The most words of the source named after "according to".
SOURCE_WORDS = 12
# How far back from a cue its subject is read, appositive and all.
SUBJECT_REACH = 200
# The most words of a plain subject that no mention grammar reads
# ("many economists", "advisers to Mr. Obama").
SUBJECT_WORDS = 8
# How far before a cue a comma or conjunction that shares the sentence's
# subject is looked for: " and " and a space.
SHARED_REACH = 5
# How far before a subject a relative pronoun is looked for: "which " and
# a space or two.
RELATIVE_REACH = 8
# Punctuation that cannot open a content: the cue ends a clause there.
NO_CONTENT = ",.;:!?)]}\N{EM DASH}\N{EN DASH}-"
# The fewest words, not numbers, of a content after a name and a colon:
# fewer, it is a figure or a label ("Clinton: 2,316.").
COLON_WORDS = 3
# What may stand before a participle that opens its sentence: space, an
# opening bracket or mark.
OPENING_MARKS = " \t\n\r\u00a0([\"“‘'"
WORD = re.compile(r"[^\W_]+")
# A word of a plain subject: "two-thirds", "Obama's", "Mr."
TOKEN = re.compile(r"[\w'’.\-]+")


@attrs.frozen(eq=False)
class ReportedWords:
    """The word lists of one language's reported speech, read from
    ``quotex/data/<lang>/`` and compiled once: :func:`reported_words`
    gives them."""

    recipient_verbs: frozenset[str]
    """Verbs whose first object is the one told, not what was told."""
    blockers: frozenset[str]
    """Words that make a report hypothetical right before its subject."""
    content_stops: frozenset[str]
    """Words that go on with the cue's own clause ("said in a statement")."""
    subordinators: frozenset[str]
    """Words that open a clause whose comma ends a content ("since")."""
    question_openers: frozenset[str]
    """Words that open a question about speech ("Did he say …?")."""
    determiners: frozenset[str]
    auxiliaries: frozenset[str]
    """Auxiliaries and the adverbs that go with them."""
    subject_ends: frozenset[str]
    """Words after which a plain subject has ended: "the Kentucky
    Republican on Tuesday dismissed", "Ben Sasse even suggested"."""
    plural_words: frozenset[str]
    """Subjects that take a verb's base form without a plural ending."""
    plural_endings: tuple[str, ...]
    focus_adverbs: frozenset[str]
    """Adverbs that may open a plain subject of a quantity: "only 24
    percent"."""
    subject_heads: frozenset[str]
    """Words after the head of a subject, before its complement: "supporters
    of the law", "voters in Iowa"."""
    plural_joiners: frozenset[str]
    """Words that join a subject of two or more: "Clinton and Sanders"."""
    """Endings of a plural noun ("voters say"), also made onto cue nouns."""
    colon_headings: frozenset[str]
    """Words before a colon at a line's start that head a note, not a
    speaker: "Correction:"."""
    clause_cues: frozenset[str]
    """Lemmas of cue verbs that report only before a complementizer:
    "maintained that …", not "maintained a lead"."""
    object_cues: frozenset[str]
    """Lemmas of cue verbs whose complement is a thing, which close no
    frame after their content: "question", "call"."""
    topic_prepositions: frozenset[str]
    """Prepositions between an opening participle and its content:
    "Asked about the budget"."""
    complementizers: frozenset[str]
    """Words that open a content: "that"."""
    relative_subjects: frozenset[str]
    """Relative pronouns that stand as a subject: "Barkley, who said …"."""
    participle_endings: tuple[str, ...]
    """Endings of the participle that shares the sentence's subject: "…,
    saying"."""
    adverb_endings: tuple[str, ...]
    possessive: tuple[str, ...]
    """Endings of a possessive name: "Trump's"."""
    content_break: re.Pattern[str]
    """Where a content ends inside its sentence: a dash or bracket that
    sets off an aside, a semicolon or colon, a comma before a new clause."""
    clause_open: re.Pattern[str]
    """What opens the clause a plain subject stands in, read back from a
    cue."""
    shared_subject: re.Pattern[str]
    """A cue that shares the subject of the sentence: "…, saying", "… and
    said"."""
    coordination: re.Pattern[str]
    """What joins a clause of its own to a content: ", and", ", but",
    ";"."""
    infinitive: re.Pattern[str]
    """The marker before a cue in its infinitive, which shares the subject
    of its sentence: "Sexton was quick to point out …"."""
    relative: re.Pattern[str]
    """Relative pronouns: a subject after one heads a relative clause,
    whose content stands before it ("the emails that Trump asked for")."""
    subject_pronoun: re.Pattern[str]
    """A subject pronoun opening a content after an adverbial: "wrote in
    both listings he was honored"."""


def _set(name: str, lang: str) -> frozenset[str]:
    return frozenset(word_list(name, lang))


@functools.cache
def reported_words(lang: str = "en") -> ReportedWords:
    """The word lists of reported speech in ``lang``, read once per process.

    Examples:
        >>> "that" in reported_words("en").complementizers
        True
    """

    def either(name: str) -> str:
        words = word_list(name, lang)
        return "|".join(re.escape(w) for w in words) if words else "(?!)"

    content_stops = _set("content_stops.txt", lang)
    endings = either("shared_participle_endings.txt")
    content_break = rf"""\s(?:\N{{EM DASH}}|\N{{EN DASH}}|--?)\s | [;:] | \s\(
      | ,\s(?:{either("clause_openers.txt")}|\w+(?:{endings}))\b
      | \s(?:{either("clause_conjunctions.txt")})\s
        (?=(?:{either("clause_subjects.txt")})\b|[a-z]+(?:{either("clause_verb_endings.txt")})\b)"""
    return ReportedWords(
        recipient_verbs=_set("recipient_verbs.txt", lang),
        blockers=_set("reported_blockers.txt", lang),
        content_stops=content_stops,
        subordinators=_set("subordinators.txt", lang),
        question_openers=_set("question_openers.txt", lang),
        determiners=_set("determiners.txt", lang),
        auxiliaries=_set("auxiliaries.txt", lang) | _set("auxiliary_adverbs.txt", lang),
        subject_ends=(content_stops | _set("adverbs.txt", lang))
        - _set("subject_joiners.txt", lang),
        plural_words=_set("plural_subjects.txt", lang),
        plural_endings=word_list("plural_endings.txt", lang),
        focus_adverbs=_set("focus_adverbs.txt", lang),
        subject_heads=_set("subject_heads.txt", lang),
        plural_joiners=_set("plural_joiners.txt", lang),
        colon_headings=_set("colon_headings.txt", lang),
        clause_cues=_set("clause_cues.txt", lang),
        object_cues=_set("object_cues.txt", lang),
        topic_prepositions=_set("topic_prepositions.txt", lang),
        complementizers=_set("complementizers.txt", lang),
        relative_subjects=_set("relative_subjects.txt", lang),
        participle_endings=word_list("shared_participle_endings.txt", lang),
        adverb_endings=word_list("adverb_endings.txt", lang),
        possessive=word_list("possessive_endings.txt", lang),
        content_break=re.compile(content_break, re.VERBOSE),
        clause_open=re.compile(
            rf"[,;:(\N{{EM DASH}}\N{{EN DASH}}\"“”]|\b(?:{either('clause_starters.txt')})\s"
        ),
        shared_subject=re.compile(rf"(?:,|\b(?:{either('clause_conjunctions.txt')}))\s+$"),
        coordination=re.compile(
            rf"(?:,\s+(?:{either('clause_conjunctions.txt')})|;)\s+", re.IGNORECASE
        ),
        infinitive=re.compile(rf"\b(?:{either('infinitive_markers.txt')})\s+$"),
        relative=re.compile(rf"\b(?:{either('relative_pronouns.txt')})\s*$", re.IGNORECASE),
        subject_pronoun=re.compile(rf"\b(?:{either('content_subjects.txt')})\b"),
    )


def space(text: str, pos: int) -> int:
    """How many white space characters stand at ``pos``."""
    n = 0
    while pos + n < len(text) and text[pos + n].isspace():
        n += 1
    return n


def stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` without the space and punctuation at its ends."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` without space and punctuation at its end, but for the
    full stop of an initial or a title ("Jr.", "Dr.")."""
    while end > start and text[end - 1] in " \t\n\r,;:.":
        if text[end - 1] == "." and not text[end - 3 : end - 1].islower():
            break
        end -= 1
    return start, end


def singular(word: str, nouns: frozenset[str], words: ReportedWords) -> str:
    """The cue noun ``word`` is a form of: itself, or itself without a
    plural ending when that is one of ``nouns`` ("claims" -> "claim")."""
    if word in nouns:
        return word
    for ending in words.plural_endings:
        if word.endswith(ending) and word[: -len(ending)] in nouns:
            return word[: -len(ending)]
    return word
