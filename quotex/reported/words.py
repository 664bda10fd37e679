"""The word lists, thresholds and small text helpers of reported speech."""

from __future__ import annotations

import re

from quotex.lexicon import word_list


def _either(name: str) -> str:
    """The words of the English list ``name`` as a regex alternation."""
    return "|".join(re.escape(w) for w in word_list(name))


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
# Verbs whose first object is the one told, not what was told.
RECIPIENT_VERBS = frozenset(word_list("recipient_verbs.txt"))

BLOCKERS = frozenset(word_list("reported_blockers.txt"))
CONTENT_STOPS = frozenset(word_list("content_stops.txt"))
SUBORDINATORS = frozenset(word_list("subordinators.txt"))
QUESTION_OPENERS = frozenset(word_list("question_openers.txt"))
DETERMINERS = frozenset(word_list("determiners.txt"))
AUXILIARIES = frozenset(word_list("auxiliaries.txt")) | frozenset(
    word_list("auxiliary_adverbs.txt")
)
# Words after which a plain subject has ended: "the Kentucky Republican on
# Tuesday dismissed", "Ben Sasse even suggested".
SUBJECT_ENDS = (CONTENT_STOPS | frozenset(word_list("adverbs.txt"))) - {"of", "and"}
# Subjects that take a verb's base form without ending in -s.
PLURAL_WORDS = frozenset(word_list("plural_subjects.txt"))
POSSESSIVE = ("'s", "’s", "s'", "s’")
# Punctuation that cannot open a content: the cue ends a clause there.
NO_CONTENT = ",.;:!?)]}\N{EM DASH}\N{EN DASH}-"
# Where a content ends inside its sentence: a dash or bracket that sets off
# an aside, a semicolon or colon, a comma before a new clause.
CONTENT_BREAK = re.compile(
    rf"""\s(?:\N{{EM DASH}}|\N{{EN DASH}}|--?)\s | [;:] | \s\(
      | ,\s(?:{_either("clause_openers.txt")}|\w+ing)\b
      | \s(?:{_either("clause_conjunctions.txt")})\s
        (?=(?:{_either("clause_subjects.txt")})\b|[a-z]+ed\b)""",
    re.VERBOSE,
)
# What opens the clause a plain subject stands in, read back from a cue.
CLAUSE_OPEN = re.compile(
    rf"[,;:(\N{{EM DASH}}\N{{EN DASH}}\"“”]|\b(?:{_either('clause_starters.txt')})\s"
)
# A cue that shares the subject of the sentence: "…, saying", "… and said".
SHARED_SUBJECT = re.compile(rf"(?:,|\b(?:{_either('clause_conjunctions.txt')}))\s+$")
# Relative pronouns: a subject after one heads a relative clause, whose
# content stands before it ("the emails that Trump asked for").
RELATIVE = re.compile(rf"\b(?:{_either('relative_pronouns.txt')})\s*$", re.IGNORECASE)
WORD = re.compile(r"[^\W_]+")
# A subject pronoun opening a content after an adverbial: "wrote in both
# listings he was honored".
SUBJECT_PRONOUN = re.compile(rf"\b(?:{_either('content_subjects.txt')})\b")
# A word of a plain subject: "two-thirds", "Obama's", "Mr."
TOKEN = re.compile(r"[\w'’.\-]+")


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
