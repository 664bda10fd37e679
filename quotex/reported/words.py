"""The word lists, thresholds and small text helpers of reported speech."""

from __future__ import annotations

import functools
import re
from typing import Any

import attrs

from quotex.language import conventions
from quotex.lexicon import word_list
from quotex.reported.breaks import content_break, either

# How far after a cue "that" may open its content ("said on Monday that").
THAT_REACH = 40
# How far after an adverbial that follows a cue "that" or a subject pronoun
# may open its content: a programme's or a place's name ("said on ABC's
# “This Week With George Stephanopoulos” that").
ADVERBIAL_REACH = 80
# The longest tail after a frame that ends a sentence ("he said in a
# statement on Monday."): longer, the cue opens a content of its own.
TAIL_REACH = 40
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
# How far before a cue an aside set off by dashes may open ("Jason Sims —
# a teacher from Mount Pleasant — says").
DASH_REACH = 120
# The most words of a speaker named after its cue ("…, said X.").
SOURCE_WORDS = 12
# The most words of a source after "according to": polls are described at length.
ACCORDING_WORDS = 20
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
# How far after a cue the comma that ends its clause may stand, where a
# report stands in a clause of its own: "befahl endlich ihren Zofen,".
CLAUSE_REACH = 90
# The most words between such a cue and its comma ("heißt es in einem
# wörtlich abgedruckten Briefe Schleidens,"), and between a cue noun and
# its comma ("die Forderung Preußens,").
CLAUSE_WORDS = 7
NOUN_WORDS = 3
# Words of a plain antecedent a relative subject stands for, after the
# preposition or verb before it ("among small business owners who say").
ANTECEDENT_WORDS = 4
# How many words of a clause after a cue's comma are read for a
# subjunctive that marks it as reported: a subject and a verb in second
# place, or a short subordinate clause's.
EVIDENCE_WORDS = 12
# How far into such a clause the infinitive that marks it is looked for:
# a long clause of its own ("bat ihn, ihr ein Zimmer … zu geben").
EVIDENCE_REACH = 300
# How far past a single line break a content may run on to its
# sentence's end, in hard-wrapped print: a few lines.
RUN_ON_REACH = 400
# The fewest letters of a verb with a subjunctive ending: shorter words
# ending so are function words ("die", "wie").
SUBJUNCTIVE_LETTERS = 4
# How many sentences after a report may go on with it, marked by the
# subjunctive of reported speech alone: a paragraph's worth.
CONTINUED_SENTENCES = 6
# A lower-case word, for the patterns of a content's verbs.
LOWER = r"[a-zäöüß]+"
# Punctuation that cannot open a content: the cue ends a clause there.
NO_CONTENT = ",.;:!?)]}\N{EM DASH}\N{EN DASH}-"
# The fewest words, not numbers, of a content after a name and a colon:
# fewer, it is a figure or a label ("Clinton: 2,316.").
COLON_WORDS = 3
# What may stand before a participle that opens its sentence: space, an
# opening bracket or mark.
OPENING_MARKS = " \t\n\r\u00a0([\"“‘'"
# The closing marks of a quotation, and the marks that end a sentence
# inside one: a quotation that ends so frames no capitalised word after it.
CLOSING_MARKS = (
    "\"'\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}"
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
)
FINAL_MARKS = (".", "!", "?")
WORD = re.compile(r"[^\W_]+")
# A word of a plain subject: "two-thirds", "Obama’s", "Mr.", "42%"
TOKEN = re.compile(r"[\w'’.%\-]+")


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
    verb_auxiliaries: frozenset[str]
    """Auxiliaries alone, without those adverbs: "was", "would"."""
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
    unnamed_cues: frozenset[str]
    """Lemmas of cue verbs that report a clause with no subject read."""
    infinitive_cues: frozenset[str]
    """Lemmas of cue verbs whose infinitive reports whatever follows it,
    not only a clause: "went on to explain how …", "met to discuss the
    plan"."""
    passive_cues: frozenset[str]
    """Lemmas of cue verbs whose subject is reported in the passive, and
    the words after "by" are the speaker: "Yellen was criticized by
    bankers"."""
    active_raising_cues: frozenset[str]
    """Lemmas of cue verbs that raise their subject in the active, before
    an infinitive: "seemed to"."""
    infinitive_markers: frozenset[str]
    """The words that mark an infinitive: "to"."""
    raising_cues: frozenset[str]
    """Lemmas of cue verbs whose subject and complement are both reported
    in the passive: "is expected to"."""
    passive_auxiliaries: frozenset[str]
    """Forms of "be" that make a passive: "is"."""
    expletives: frozenset[str]
    """Subjects that stand for no thing: "it", "there"."""
    naming_cues: frozenset[str]
    """Lemmas of cue verbs that name a thing in a participle: "a group
    called …"."""
    indefinites: frozenset[str]
    """Determiners of an indefinite noun: "a", "an"."""
    verb_particles: frozenset[str]
    """Particles that make a phrasal verb of a cue: "showed up"."""
    cue_adverbs: frozenset[str]
    """Adverbials of one word between a cue and its content: "said
    Thursday his …"."""
    relative_contents: frozenset[str]
    """Relative words that stand for a cue's content before its subject:
    "which he denied"."""
    clause_starters: frozenset[str]
    """Conjunctions that open a clause: "and", "as"."""
    topic_prepositions: frozenset[str]
    """Prepositions between an opening participle and its content:
    "Asked about the budget"."""
    cue_prepositions: frozenset[str]
    """Prepositions right after a cue that open its content: "complained
    about the mic", "is seen as a threat"."""
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
    sets off an aside, a mark of ``content_breaks.txt``, a comma before
    a new clause."""
    clause_open: re.Pattern[str]
    """What opens the clause a plain subject stands in, read back from a
    cue."""
    shared_subject: re.Pattern[str]
    """A cue that shares the subject of the sentence: "…, saying", "… and
    said"."""
    coordination: re.Pattern[str]
    """What joins a clause of its own to a content: ", and", ", but",
    ";"."""
    infinitive_marker: re.Pattern[str]
    """The marker before a cue in its infinitive, which shares the subject
    of its sentence: "Sexton was quick to point out …"."""
    agent: re.Pattern[str]
    """The word that opens the agent of a passive: "by"."""
    relative: re.Pattern[str]
    """Relative pronouns: a subject after one heads a relative clause,
    whose content stands before it ("the emails that Trump asked for")."""
    subject_pronoun: re.Pattern[str]
    """A subject pronoun opening a content after an adverbial: "wrote in
    both listings he was honored"."""
    clauses: bool = False
    """Whether reported speech stands in a clause of its own after its
    cue's clause and a comma (conventions.txt: ``reported_clauses``)."""
    content_openers: frozenset[str] = frozenset()
    """Words that open a dependent question a cue reports: "ob", "wie"."""
    subjunctives: frozenset[str] = frozenset()
    """Subjunctive forms, and modal forms of hearsay and command, that
    mark a clause as reported: "sei", "habe", "soll"."""
    reported_subjunctives: frozenset[str] = frozenset()
    """Subjunctive forms of reported speech alone (Konjunktiv I), which
    mark a sentence as going on with the report before it: "sei"."""
    subjunctive: re.Pattern[str] | None = None
    """A subjunctive of any verb next to its subject pronoun: "er glaube",
    "habe er"."""
    infinitive: re.Pattern[str] | None = None
    """An infinitive with its particle that ends a clause a cue reports:
    "zu üben", "anzugeben"."""
    content_blockers: frozenset[str] = frozenset()
    """Words that open a clause after a cue's comma that is not its
    content: "um … zu", "denn"."""
    joiners: frozenset[str] = frozenset()
    """Conjunctions inside a content that join on a clause, which the
    content holds only when it is marked as reported too."""
    continuers: frozenset[str] = frozenset()
    """Lower-case words that go on with a content after a comma; any other
    opens a new main clause there."""
    main_subjects: frozenset[str] = frozenset()
    """Subjects that, right after a verb that follows a comma, show that
    verb opens a main clause: "…, ging er"."""
    postpositions: frozenset[str] = frozenset()
    """Reporting words after their source: "der Zeitung zufolge"."""
    objects: frozenset[str] = frozenset()
    """Words that open an object, never a subject: "dem", "ihm"."""
    cue_blockers: frozenset[str] = frozenset()
    """Words before a cue's comma whose relative clause follows it:
    "alles, was"."""
    wrapped: bool = False
    """Whether a content may run on over a single line break that ends no
    sentence: the language's print is hard-wrapped (conventions.txt:
    ``wrapped_quotations``)."""
    source_openers: frozenset[str] = frozenset()
    """Words that open a cue's clause naming the source of what follows
    its comma: "Wie die Zeitung meldet, …"."""


def _set(name: str, lang: str) -> frozenset[str]:
    return frozenset(word_list(name, lang))


@functools.cache
def reported_words(lang: str = "en") -> ReportedWords:
    """The word lists of reported speech in ``lang``, read once per process.

    Examples:
        >>> "that" in reported_words("en").complementizers
        True
    """

    content_stops = _set("content_stops.txt", lang)
    return ReportedWords(
        recipient_verbs=_set("recipient_verbs.txt", lang),
        blockers=_set("reported_blockers.txt", lang),
        content_stops=content_stops,
        subordinators=_set("subordinators.txt", lang),
        question_openers=_set("question_openers.txt", lang),
        determiners=_set("determiners.txt", lang),
        auxiliaries=_set("auxiliaries.txt", lang) | _set("auxiliary_adverbs.txt", lang),
        verb_auxiliaries=_set("auxiliaries.txt", lang),
        subject_ends=(content_stops | _set("adverbs.txt", lang))
        - _set("subject_joiners.txt", lang),
        plural_words=_set("plural_subjects.txt", lang),
        plural_endings=word_list("plural_endings.txt", lang),
        focus_adverbs=_set("focus_adverbs.txt", lang),
        subject_heads=_set("subject_heads.txt", lang),
        plural_joiners=_set("plural_joiners.txt", lang),
        colon_headings=_set("colon_headings.txt", lang),
        passive_auxiliaries=_set("passive_auxiliaries.txt", lang),
        expletives=_set("expletive_subjects.txt", lang),
        indefinites=_set("indefinite_determiners.txt", lang),
        relative_contents=_set("relative_contents.txt", lang),
        clause_starters=_set("clause_starters.txt", lang) | _set("subordinators.txt", lang),
        complementizers=_set("complementizers.txt", lang),
        relative_subjects=_set("relative_subjects.txt", lang),
        participle_endings=word_list("shared_participle_endings.txt", lang),
        adverb_endings=word_list("adverb_endings.txt", lang),
        possessive=word_list("possessive_endings.txt", lang),
        content_break=content_break(lang),
        clause_open=re.compile(
            rf"[,;:(\N{{EM DASH}}\N{{EN DASH}}\"“”]|\b(?:{either('clause_starters.txt', lang)})\s"
        ),
        shared_subject=re.compile(rf"(?:,|\b(?:{either('clause_conjunctions.txt', lang)}))\s+$"),
        coordination=re.compile(
            rf"(?:,\s+(?:{either('clause_conjunctions.txt', lang)})|;)\s+", re.IGNORECASE
        ),
        infinitive_marker=re.compile(rf"\b(?:{either('infinitive_markers.txt', lang)})\s+$"),
        relative=re.compile(rf"\b(?:{either('relative_pronouns.txt', lang)})\s*$", re.IGNORECASE),
        agent=re.compile(rf"\s(?:{either('agent_prepositions.txt', lang)})\s"),
        subject_pronoun=re.compile(rf"\b(?:{either('content_subjects.txt', lang)})\b"),
        **_cue_words(lang),
        **_clause_words(lang),
    )


def _cue_words(lang: str) -> dict[str, Any]:
    """The lists of ``lang`` that say how one cue verb reads: which need
    "that", which take a thing, which raise their subject, and the words
    between a cue and its content."""
    names = (
        "clause_cues",
        "object_cues",
        "unnamed_cues",
        "raising_cues",
        "active_raising_cues",
        "infinitive_markers",
        "infinitive_cues",
        "passive_cues",
        "naming_cues",
        "verb_particles",
        "cue_adverbs",
        "topic_prepositions",
        "cue_prepositions",
    )
    return {name: _set(f"{name}.txt", lang) for name in names}


def _subjunctive(lang: str) -> re.Pattern[str]:
    """A verb with a subjunctive ending next to a subject pronoun, either
    way round ("er glaube", "habe er"), not a word that only looks so."""
    listed = word_list("not_subjunctives.txt", lang)
    unlike = "|".join(re.escape(w) for w in listed if not w.startswith("-")) or "(?!)"
    # the endings of the past are read back from the word's end
    past = "".join(rf"(?<!{re.escape(w[1:])})" for w in listed if w.startswith("-"))
    verb = rf"(?!(?:{unlike})\b){LOWER}(?:{either('subjunctive_endings.txt', lang)})\b{past}"
    pronoun = rf"\b(?i:{either('content_subjects.txt', lang)})"
    long_word = rf"(?=\w{{{SUBJUNCTIVE_LETTERS},}}\b)"
    return re.compile(rf"{pronoun}\s+{long_word}{verb}|\b{long_word}{verb}\s+{pronoun}\b")


def _clause_words(lang: str) -> dict[str, Any]:
    """The lists of a language whose reported speech stands in a clause of
    its own (conventions.txt: ``reported_clauses``), read only for one."""
    if "reported_clauses" not in conventions(lang):
        return {}
    zu = either("infinitive_particles.txt", lang)
    return {
        "clauses": True,
        "wrapped": "wrapped_quotations" in conventions(lang),
        "content_openers": _set("content_openers.txt", lang),
        "subjunctives": _set("subjunctives.txt", lang) | _set("reported_modals.txt", lang),
        "subjunctive": _subjunctive(lang),
        "reported_subjunctives": _set("reported_subjunctives.txt", lang),
        "infinitive": re.compile(
            rf"""(?:\b(?:{zu})\s+{LOWER}|{LOWER}(?:{zu}){LOWER})n\b
            (?=\s*(?:[,.;:!?]|$)|\s+(?:{either("coordinators.txt", lang)})\b)""",
            re.VERBOSE,
        ),
        "cue_blockers": _set("clause_cue_blockers.txt", lang),
        "content_blockers": _set("content_blockers.txt", lang),
        "joiners": _set("content_joiners.txt", lang),
        "continuers": _set("content_continuers.txt", lang),
        "main_subjects": _set("main_clause_subjects.txt", lang),
        "postpositions": _set("cue_postpositions.txt", lang),
        "objects": frozenset(word_list("object_words.txt", lang)),
        "source_openers": _set("source_clause_openers.txt", lang),
    }


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
