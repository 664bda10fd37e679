"""The layouts of reported speech that stands in a clause of its own.

German sets its reported content off from the cue's clause with a comma,
whatever the order of the words around the cue: ``Er sagte, dass …``,
``Sie erklärte ihm, sie sei bereit``, ``Wie die Zeitung meldet, soll …``,
``…, als er hörte, es sei spät``, ``Der König befahl, das Tor zu
schließen``, ``die Nachricht, dass …``. A language whose conventions.txt
sets ``reported_clauses`` is read by :data:`CLAUSE_LAYOUTS` instead of the
English layouts.
"""

from __future__ import annotations

import itertools
import re

import regex

from quotex.reported.patterns import ReportedPatterns
from quotex.reported.subjects import Mention
from quotex.reported.text import Cue, Report, Reports, ReportText
from quotex.reported.words import (
    CLAUSE_REACH,
    CLAUSE_WORDS,
    EVIDENCE_REACH,
    EVIDENCE_WORDS,
    NOUN_REACH,
    NOUN_WORDS,
    RUN_ON_REACH,
    SHORTEST_CONTENT,
    SUBJECT_REACH,
    WORD,
    ReportedWords,
    space,
    trimmed,
)

# What ends a cue's clause before its content: a comma, or a colon with no
# quotation after it ("meinte: nicht nur …").
CLAUSE_END = re.compile(r"[,:]")
# How many words open a cue's clause: a conjunction and a subordinator,
# "und als".
OPENING_WORDS = 2
# The longest abbreviation with its full stop between a cue and its
# comma: "Ew.", "Dr.", "Abg.".
ABBREVIATION = 4
# Marks that may not stand between a cue and the comma that ends its
# clause: a sentence or a quotation runs there.
CLAUSE_BREAKS = frozenset('.;:!?»«„“”"()[]')
# Where a content may end inside its sentence: a comma or semicolon.
BOUNDARY = re.compile(r"[,;]")
# Marks that end a sentence, where a sentence that ends at a line break
# (not a colon or semicolon, after which it goes on in the next line)
# does not run on.
SENTENCE_ENDS = frozenset('.!?»«„“”"')
# Where a sentence that runs on over a line break ends: its final
# punctuation after a word (not an abbreviation, "Nr.", "v.", nor a
# number, "17."), or a blank line.
RUN_ON = re.compile(r"(?<=[^\W\d_]{3})[.!?](?=\s|$)|\n[ \t]*\n")


def clause(doc: ReportText, cue: Cue, pats: ReportedPatterns) -> Reports:
    """``Er sagte (ihm), dass …``: the cue ends its clause, maybe after a
    few words (its object, a particle), and the content follows the comma
    to the sentence's end, when it is marked as reported: a "dass" or a
    question word opens it, a subjunctive stands in it, or it is an
    infinitive clause."""
    text, words = doc.text, pats.words
    s1 = _run_on(text, cue.s1) if words.wrapped else cue.s1
    first = _content_opening(text, cue, s1, words)
    if first is None:
        return ()
    start = first.start()
    between = WORD.findall(text, cue.end, start)
    if frames_quotation(doc, cue, words):
        return ()
    lo = clause_start(text, cue.s0, cue.start)
    opening = _clause_opening(text, lo, cue.start)
    if doc.quoted(start) or not opening.isdisjoint(words.blockers):
        return ()  # "Falls er sagt, …"
    if _question(text, cue.s0, s1, words):
        return ()  # "Hat er gesagt, dass …?"
    if first.group().lower() in words.content_blockers or _relative(text, cue, first, words):
        return ()  # "…, um … zu …", "…, denn …", "dem Blatte, welches …": no content
    # "Wie die Zeitung meldet, …", "Wie gemeldet wird, …", not "wie gesagt,"
    source = not opening.isdisjoint(words.source_openers) and (len(opening) > 1 or bool(between))
    # "sagte, er kommt": a verb of saying and a subject pronoun need no more
    told = cue.word.lower() in pats.frames.lexicon.forms and bool(
        words.subject_pronoun.fullmatch(first.group())
    )
    if not (source or told) and not _reported(text, start, s1, cue.group == "noun", words):
        return ()
    end = clause_end(text, start, s1, words)
    # a quotation ends the content: the language does not weave quotations
    # into reported speech, so the quotation stays a quotation of its own
    end = content_end(text, start, doc.next_opening(start, end), words)
    if end - start < SHORTEST_CONTENT:
        return ()
    mention = report_speaker(doc, cue, pats)
    return (Report("reported_clause", start, end, cue.span, cue.lemma, mention),)


def _content_opening(text: str, cue: Cue, s1: int, words: ReportedWords) -> re.Match[str] | None:
    """The first word of the content after a cue: after the comma or colon
    that ends the cue's clause a few words on, or a "dass" or question
    word there that old spelling sets off with no comma ("erzählte ihm
    der Soldat daß …"); ``None`` when the clause does not end so."""
    found = CLAUSE_END.search(text, cue.end, min(s1, cue.end + CLAUSE_REACH))
    limit = found.start() if found is not None else min(s1, cue.end + CLAUSE_REACH)
    said = list(WORD.finditer(text, cue.end, limit))
    bare = next((w for w in said if w.group() in words.complementizers), None)
    comma = bare.start() if bare is not None else limit
    between = text[cue.end : comma].split()
    reach = NOUN_WORDS if cue.group == "noun" else CLAUSE_WORDS
    if len(between) > reach or any(_breaks(w) for w in between):
        return None
    if between and between[-1].lower() in words.cue_blockers:
        return None  # "erzählte ihm alles, was er wusste": a relative clause
    if bare is not None:
        return bare
    if found is None:
        return None
    first = WORD.search(text, comma, s1)
    if first is None or text[comma + 1 : first.start()].strip():
        return None  # a quotation or a dash follows the comma
    return first


def _relative(text: str, cue: Cue, first: re.Match[str], words: ReportedWords) -> bool:
    """Whether the clause at ``first`` is a relative clause on the noun
    before its comma ("teilte alle Berichte mit, die er …", "die
    Nachricht, die ihn …"), not the cue's content."""
    if words.relative.fullmatch(first.group()) is None:
        return False
    then = WORD.search(text, first.end(), cue.s1)
    if then is not None and then.group()[0].isupper():
        return False  # an article: "befahl seinem Knappen, die Pferde …"
    noun: str = [cue.word, *WORD.findall(text, cue.end, first.start())][-1]
    return noun[0].isupper()


def _breaks(word: str) -> bool:
    """Whether a word between a cue and its comma holds a mark that ends a
    sentence or opens a quotation there, which the full stop of a short
    abbreviation ("Ew.", "Dr.") does not."""
    if word.endswith(".") and len(word) <= ABBREVIATION and word[:-1].isalpha():
        word = word[:-1]
    return any(c in CLAUSE_BREAKS for c in word)


def _reported(text: str, start: int, s1: int, noun: bool, words: ReportedWords) -> bool:
    """Whether the clause at ``start`` is marked as a reported content: a
    complementizer or question word opens it, a subjunctive stands in its
    first words (after a noun, only one of reported speech: a conditional
    after a noun is mostly its relative clause's), or an infinitive with
    its particle ends one of its clauses."""
    said = list(itertools.islice(WORD.finditer(text, start, s1), EVIDENCE_WORDS))
    if not said:
        return False
    first = said[0].group().lower()
    if first in words.complementizers or first in words.content_openers:
        return True
    if noun:
        if subjunctive(text, start, s1, words):
            return True
    elif not words.subjunctives.isdisjoint(w.group().lower() for w in said):
        return True
    elif words.subjunctive is not None and words.subjunctive.search(text, start, said[-1].end()):
        return True  # "er glaube", "habe er"
    reach = min(s1, start + EVIDENCE_REACH)
    return words.infinitive is not None and words.infinitive.search(text, start, reach) is not None


def _question(text: str, s0: int, s1: int, words: ReportedWords) -> bool:
    """Whether the sentence asks whether something was said: "Hat er
    gesagt, dass …?"."""
    opening = WORD.search(text, s0, s1)
    return (
        opening is not None
        and opening.group().lower() in words.question_openers
        and text[max(s0, s1 - len("?«“ ")) : s1].rstrip("»«„“”\"' ").endswith("?")
    )


def frames_quotation(doc: ReportText, cue: Cue, words: ReportedWords) -> bool:
    """Whether the cue frames a quotation that closes before it in its
    sentence: "»…«, sagte er, …", "»…« hat er gesagt, …" (and not "»…«
    Der Mann versprach, …", a new sentence)."""
    found = doc.last_quotation(cue.start)
    if found is None or found[1] <= max(cue.s0, cue.start - SUBJECT_REACH):
        return False
    opening, close = found
    before = doc.text[max(cue.s0, opening - NOUN_REACH) : opening].split()[-1:]
    if before and before[0].lower() in words.determiners:
        return False  # "Der „Globe“ meint, …": a title
    after = doc.text[close : cue.start].lstrip(" \t\n,\N{EN DASH}\N{EM DASH}-")
    said = after.lower().split()
    if "," in after or len(said) > CLAUSE_WORDS or not words.joiners.isdisjoint(said):
        return False  # "»…«, und man erzählt sich, …"
    return not after[:1].isupper()


def clause_start(text: str, s0: int, cs: int) -> int:
    """Where the clause of a cue at ``cs`` starts: after the last comma
    before it, within reach, else at the sentence's start ``s0``."""
    lo = max(s0, cs - SUBJECT_REACH)
    comma = text.rfind(",", lo, cs)
    return comma + 1 if comma >= 0 else lo


def _clause_opening(text: str, lo: int, cs: int) -> frozenset[str]:
    """The first words of the cue's clause, from ``lo`` to the cue at
    ``cs``, lower case: "wie", "falls", "und als"."""
    return frozenset(w.lower() for w in WORD.findall(text, lo, cs)[:OPENING_WORDS])


def clause_end(text: str, start: int, end: int, words: ReportedWords) -> int:
    """Where the content at ``start`` ends before ``end``: before a comma
    that a new main clause follows ("…, ging er hinaus"), or before a
    clause joined on with a comma or semicolon that is not reported
    itself ("…, und er ging")."""
    clause = start
    for cut in BOUNDARY.finditer(text, start, end):
        after = WORD.search(text, cut.end(), end)
        if after is None:
            return cut.start()
        word = after.group()
        joined = word.lower() in words.joiners or cut.group() == ";"
        if joined and not _reported(
            text,
            after.end() if word.lower() in words.joiners else after.start(),
            _next_boundary(text, after.end(), end),
            False,
            words,
        ):
            return cut.start()
        if not joined and _main_clause(text, after, end, words):
            return cut.start()  # "…, ging er hinaus"
        if not joined and _after_infinitive(text, clause, cut.end(), after, words):
            return cut.start()  # "bat ihn, zu bleiben, ging aber"
        clause = cut.end()
    return end


def _after_infinitive(
    text: str, clause: int, cut: int, verb: re.Match[str], words: ReportedWords
) -> bool:
    """Whether the clause that ends at the comma ``cut`` is an infinitive
    ("zu bleiben,") and a lower-case word that does not go on with a
    content follows it: the verb of the cue's own clause, which goes on
    there ("bat ihn, zu bleiben, ging aber hinaus")."""
    word = verb.group()
    if not word.islower() or word in words.continuers or words.infinitive is None:
        return False
    return words.infinitive.search(text, clause, cut) is not None


def _main_clause(text: str, verb: re.Match[str], end: int, words: ReportedWords) -> bool:
    """Whether the word ``verb`` after a comma opens a new main clause: a
    lower-case word that does not go on with a content, and is no
    subjunctive, before its subject ("…, ging er hinaus", "…, antworteten
    sie")."""
    word = verb.group()
    if not word.islower() or word in words.continuers or word in words.subjunctives:
        return False
    subject = WORD.search(text, verb.end(), end)
    return subject is not None and subject.group().lower() in words.main_subjects


def _next_boundary(text: str, start: int, end: int) -> int:
    """The offset of the next comma or semicolon in ``start:end``, or
    ``end``."""
    found = BOUNDARY.search(text, start, end)
    return end if found is None else found.start()


def _run_on(text: str, s1: int) -> int:
    """Where a sentence that ``s1`` ends at a single line break, with no
    final punctuation, or at the full stop of an abbreviation, ends in
    hard-wrapped print: at the next final punctuation or blank line, a
    few lines on; else ``s1``."""
    if text[s1 - 1 : s1] == "." and RUN_ON.match(text, s1 - 1) is None:
        pass  # an abbreviation ("Pf.", "v.") or a number ("17.") ended it
    elif text[s1 - 1 : s1] in SENTENCE_ENDS or text[s1 : s1 + 1] != "\n":
        return s1
    found = RUN_ON.search(text, s1, s1 + RUN_ON_REACH)
    return s1 if found is None else found.end()


def _object(text: str, mention: regex.Match[str], words: ReportedWords) -> bool:
    """Whether a mention after a cue is its object, the one told ("fragte
    den Fremden", "versicherte ihrem Nachbarn"), not its subject
    ("erzählte ihm der Soldat")."""
    said = text[mention.start("speaker") : mention.end("speaker")].split()
    before = text[mention.start() : mention.start("speaker")].split()[-1:]
    if said[0] in words.objects:
        return True
    return bool(before) and before[0] in words.objects and said[0] not in words.determiners


def _run_back(text: str, s0: int) -> int:
    """Where a sentence that ``s0`` opens at a single line break, after a
    line with no final punctuation, starts in hard-wrapped print: after
    the last final punctuation or blank line a few lines back."""
    before = text[max(0, s0 - RUN_ON_REACH) : s0].rstrip(" \t")
    if not before.endswith("\n") or before[-2:-1] in SENTENCE_ENDS or before.endswith("\n\n"):
        return s0
    ends = list(RUN_ON.finditer(before))
    return s0 if not ends else s0 - len(before) + ends[-1].end()


def content_end(text: str, start: int, end: int, words: ReportedWords) -> int:
    """Where the content at ``start`` ends: at ``end``, or earlier at a
    semicolon, a colon or a dash that sets off an aside."""
    cut = words.content_break.search(text, start, end)
    if cut is not None:
        end = cut.start()
    return trimmed(text, start, end)[1]


def report_speaker(doc: ReportText, cue: Cue, pats: ReportedPatterns) -> Mention | None:
    """The subject of the cue: the first mention of its clause when the
    cue follows a coordinator ("Die Alte besah den Flachs und sagte,"),
    else a mention right after it that is no object ("Dann sagte der
    Wirt,", "meldet die Zeitung,"), else the subject that ends at it ("Der
    Wirt sagte"), else the first mention of its clause ("Als der Wirt ihm
    sagte,")."""
    text, frames = doc.text, pats.frames
    s0 = _run_back(text, cue.s0) if pats.words.wrapped else cue.s0
    opening = clause_start(text, s0, cue.start)
    opening += space(text, opening)
    if frames.coordination.search(text, max(opening, cue.start - NOUN_REACH), cue.start):
        # "Die Alte besah den Flachs und sagte, …": the clause's subject
        shared = frames.mention_after.match(text, opening, cue.start)
        if shared is not None:
            return trimmed(text, *shared.span("speaker"))
    after = frames.mention_after.match(text, cue.end, min(cue.s1, cue.end + CLAUSE_REACH))
    if after is not None and not _object(text, after, pats.words):
        return trimmed(text, *after.span("speaker"))
    before = frames.subject_before.match(text, max(s0, cue.start - SUBJECT_REACH), cue.start)
    if before is not None:
        return trimmed(text, *before.span("speaker"))
    for word in WORD.finditer(text, opening, cue.start):
        if word.group() in frames.lexicon.pronouns:
            return word.span()
        named = frames.name.match(text, word.start(), cue.start)
        if named is not None:
            return named.span()
    return None


def subjunctive(text: str, start: int, end: int, words: ReportedWords) -> bool:
    """Whether a subjunctive of reported speech stands among the first
    words of ``start:end``."""
    said = list(itertools.islice(WORD.finditer(text, start, end), EVIDENCE_WORDS))
    if not said:
        return False
    if not words.reported_subjunctives.isdisjoint(w.group().lower() for w in said):
        return True
    return words.subjunctive is not None and bool(
        words.subjunctive.search(text, start, said[-1].end())
    )
