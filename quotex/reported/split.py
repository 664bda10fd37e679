"""The layouts of reported speech whose content stands on both sides of
its cue: a raised subject ("The vote is expected to pass": "The vote" and
"to pass"), the subject of a passive ("Yellen was criticized by bankers":
"Yellen") and a relative word ("a charge which he denied": "which")."""

from __future__ import annotations

from quotex.reported.contents import content
from quotex.reported.patterns import ReportedPatterns
from quotex.reported.subjects import Mention, subject
from quotex.reported.text import Cue, Report, Reports, ReportText
from quotex.reported.words import (
    NOUN_REACH,
    RELATIVE_REACH,
    SUBJECT_REACH,
    SUBJECT_WORDS,
    TOKEN,
    WORD,
    ReportedWords,
    space,
    trimmed,
)


def raising(doc: ReportText, cue: Cue, pats: ReportedPatterns) -> Reports:
    """``The vote is expected to pass``, ``He is said to be ill``: a verb
    of ``raising_cues`` in the passive, or of ``active_raising_cues``
    before "to" (``The talks seemed to stall``), reports both its subject
    and its complement, its source left unnamed."""
    text, words = doc.text, pats.words
    start = cue.end + space(text, cue.end)
    first = WORD.match(text, start)
    if first is None:
        return ()
    active = cue.lemma in words.active_raising_cues and first.group() in words.infinitive_markers
    if not active and (cue.lemma not in words.raising_cues or not _passive(text, cue, words)):
        return ()
    opening = first.group().lower()
    if opening in words.complementizers or opening in words.content_stops:
        return ()  # "is said that …", "was said on Monday"
    mention = raised_subject(doc, cue, pats)
    if mention is None:
        return ()  # "It is said …": no subject reported
    complement = content("reported_raising", doc, (start, cue.s1), cue, None, pats)
    if not complement:
        return ()
    return (Report("reported_raising", *mention, cue.span, cue.lemma, None), *complement)


def passive(doc: ReportText, cue: Cue, pats: ReportedPatterns) -> Reports:
    """``Yellen has been criticized by bankers for …``, ``The remark was
    echoed by her aides``: a verb of ``passive_cues`` in its participle
    after a form of "be" reports its subject, and what follows it up to
    "by" when anything does; the words after "by" are the speaker."""
    text, words = doc.text, pats.words
    word = cue.word.lower()
    if cue.lemma not in words.passive_cues or not _passive(text, cue, words):
        return ()
    if word == cue.lemma or word.endswith(words.plural_endings):
        return ()  # "they criticize", "criticizes": no participle
    mention = raised_subject(doc, cue, pats)
    if mention is None:
        return ()  # "It was denounced …"
    by = words.agent.search(text, cue.end, cue.s1)
    end = cue.s1 if by is None else by.start()
    agent = None if by is None else agent_after(text, by.end(), cue.s1, words)
    start = cue.end + space(text, cue.end)
    rest = content("reported_passive", doc, (start, end), cue, agent, pats) if end > start else ()
    return (Report("reported_passive", *mention, cue.span, cue.lemma, agent), *rest)


def agent_after(text: str, start: int, s1: int, words: ReportedWords) -> Mention | None:
    """The words after "by" that name who did it, up to a comma, a
    preposition or another word that goes on with the clause ("by many
    Wall Street players for …" gives "many Wall Street players"), or
    ``None`` when they run longer than a subject."""
    end = start
    for n, word in enumerate(TOKEN.finditer(text, start, s1)):
        if n == SUBJECT_WORDS or (n and word.group().lower() in words.content_stops):
            break
        end = word.end()
        if text[end : end + 1] in ",;:":
            break
    start, end = trimmed(text, start, end)
    return (start, end) if end > start else None


def _passive(text: str, cue: Cue, words: ReportedWords) -> bool:
    """Whether the cue is a participle after a form of "be", adverbs
    between them or not: "is widely expected"."""
    if cue.word.endswith(words.participle_endings):
        return False  # "are saying": the progressive
    before = text[max(cue.s0, cue.start - NOUN_REACH) : cue.start].split()
    while before and before[-1].lower() not in words.passive_auxiliaries:
        if before[-1].lower() not in words.auxiliaries and not before[-1].endswith(
            words.adverb_endings
        ):
            return False  # "No one expected …": an ordinary report
        before.pop()
    return bool(before)


def relative(doc: ReportText, cue: Cue, pats: ReportedPatterns) -> Reports:
    """``an attack which he denied``, ``a plan which aides said was
    dead``: a relative word of ``relative_contents`` before the cue's
    subject stands for its content, and so does a verb phrase after the
    cue."""
    text, words = doc.text, pats.words
    start = cue.end + space(text, cue.end)
    verb = WORD.match(text, start)
    helped = verb is not None and verb.group().lower() in words.auxiliaries
    before = text[max(cue.s0, cue.start - SUBJECT_REACH) : cue.start].lower().split()
    gap = helped and _past(cue, words)
    if not gap and words.relative_contents.isdisjoint(before):
        return ()  # no relative word, and no clause with a gap: "Ruiz said …"
    mention = subject(doc, cue, pats)
    if mention is None:
        return ()
    word = list(WORD.finditer(text, max(cue.s0, mention[0] - RELATIVE_REACH), mention[0]))[-1:]
    if not word or word[0].group().lower() not in words.relative_contents:
        if gap:
            return content("reported_relative", doc, (start, cue.s1), cue, mention, pats)
        return ()
    if text[word[0].end() : mention[0]].strip():
        return ()
    preposition = text[max(cue.s0, word[0].start() - NOUN_REACH) : word[0].start()].split()[-1:]
    if preposition and preposition[0].lower() in words.content_stops:
        return ()  # "in which he said …": an adverbial, no content
    found: list[Report] = [
        Report("reported_relative", *word[0].span(), cue.span, cue.lemma, mention)
    ]
    if helped:
        # "the plan, which Okafor said was dead, …": the rest of the
        # relative clause, to its comma
        comma = text.find(",", start, cue.s1)
        end = cue.s1 if comma < 0 else comma
        found.extend(content("reported_relative", doc, (start, end), cue, mention, pats))
    return tuple(found)


def _past(cue: Cue, words: ReportedWords) -> bool:
    """Whether the cue is in its past tense, no noun that shares a verb's
    form ("the report was", "worries have"): neither its lemma nor a
    form with a plural or participle ending."""
    word = cue.word.lower()
    return word != cue.lemma and not word.endswith(words.plural_endings + words.participle_endings)


def raised_subject(doc: ReportText, cue: Cue, pats: ReportedPatterns) -> Mention | None:
    """The subject of a raising cue: the words from its clause's opening to
    the cue, without the auxiliaries and adverbs before it ("The blunt
    language from Mr. Obama seemed", "The vote is widely expected");
    ``None`` for "it" or "there", or no subject."""
    text, words = doc.text, pats.words
    lo = max(cue.s0, cue.start - SUBJECT_REACH)
    opens = [m.end() for m in words.clause_open.finditer(text, lo, cue.start)]
    said = list(TOKEN.finditer(text, opens[-1] if opens else lo, cue.start))
    skip = words.auxiliaries | words.passive_auxiliaries
    while said and (
        said[-1].group().lower() in skip or said[-1].group().endswith(words.adverb_endings)
    ):
        said.pop()  # "is widely expected", "may once have seemed"
    if said and words.relative.fullmatch(said[-1].group()):
        return said[-1].span()  # "the issue that seemed …": the relative pronoun
    opening = [i + 1 for i, w in enumerate(said) if w.group().lower() in words.clause_starters]
    said = said[opening[-1] :] if opening else said  # "But it", "after he"
    if not said or (len(said) == 1 and said[0].group().lower() in words.expletives):
        return None
    return said[0].start(), said[-1].end()
