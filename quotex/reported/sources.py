"""The layouts of reported speech in a clause of its own whose source does
not stand before it, and the table of every such layout.

``Er sei krank, sagte er.`` (the cue after its content), ``Laut der
Zeitung ist …`` and ``Der Zeitung zufolge …`` (a source around its word),
and the sentences in the subjunctive that go on with a report. The layouts
with the cue before the content are :mod:`quotex.reported.clauses`'.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from quotex.reported.clauses import (
    RUN_ON,
    clause,
    clause_end,
    clause_start,
    content_end,
    frames_quotation,
    report_speaker,
    subjunctive,
)
from quotex.reported.patterns import ReportedPatterns
from quotex.reported.subjects import Mention
from quotex.reported.text import Cue, Report, Reports, ReportText
from quotex.reported.words import (
    CONTINUED_SENTENCES,
    SHORTEST_CONTENT,
    SUBJECT_REACH,
    WORD,
    ReportedWords,
    space,
    stripped,
)


def after(doc: ReportText, cue: Cue, pats: ReportedPatterns) -> Reports:
    """``Er sei krank, sagte er.``: a content in the subjunctive of
    reported speech, a comma, then the cue and its subject, inverted, to
    the sentence's end or the next comma."""
    text, words = doc.text, pats.words
    comma = text.rfind(",", max(cue.s0, cue.start - SUBJECT_REACH), cue.start)
    if comma < 0 or text[comma + 1 : cue.start].strip() or frames_quotation(doc, cue, words):
        return ()
    start = max(cue.s0, text.rfind(";", cue.s0, comma) + 1, text.rfind(":", cue.s0, comma) + 1)
    first = WORD.search(text, start, comma)
    if first is None or doc.next_opening(first.start(), comma) < comma:
        return ()
    if not subjunctive(text, first.start(), comma, words):
        return ()
    speaker = report_speaker(doc, cue, pats)
    if speaker is None or speaker[0] < cue.end:
        return ()  # no subject after the cue: "…, sagte, …"
    end = content_end(text, first.start(), comma, words)
    if end - first.start() < SHORTEST_CONTENT:
        return ()
    return (Report("reported_after", first.start(), end, cue.span, cue.lemma, speaker),)


def according_to(doc: ReportText, cue: Cue, pats: ReportedPatterns) -> Reports:
    """``Laut der Zeitung ist …`` and ``Der Zeitung zufolge ist …``: the
    source opens the sentence, around its word, and the content follows
    it to the clause's end."""
    text, words = doc.text, pats.words
    if cue.lemma in words.postpositions:
        lo = clause_start(text, cue.s0, cue.start)
        source = stripped(text, lo, cue.start)
        first = WORD.search(text, cue.end, cue.s1)
    else:
        if not cue.word[0].isupper() or text[cue.s0 : cue.start].strip():
            return ()  # "weinte laut": an adverb
        source, first = _source_after(text, cue, words)
    if first is None or source[0] >= source[1] or not first.group().islower():
        return ()  # no source, or no verb after it
    start = first.start()
    end = content_end(text, start, clause_end(text, start, cue.s1, words), words)
    if end - start < SHORTEST_CONTENT or doc.next_opening(start, end) < end:
        return ()
    return (Report("reported_according_to", start, end, cue.span, cue.lemma, source),)


def _source_after(
    text: str, cue: Cue, words: ReportedWords
) -> tuple[Mention, re.Match[str] | None]:
    """The source named after "laut" (its capitalised words, and the
    articles and prepositions between them) and the first word after it."""
    said = WORD.finditer(text, cue.end, cue.s1)
    end = cue.end
    for word in said:
        if not word.group()[0].isupper() and word.group() not in words.continuers:
            return stripped(text, cue.end, end), word
        end = word.end()
    return (cue.end, cue.end), None


def continued(doc: ReportText, report: Report, pats: ReportedPatterns) -> list[Report]:
    """The sentences after a report that go on with it, with no cue of
    their own, marked only by the subjunctive of reported speech: "Er
    erklärte, er sei krank. Er habe Fieber." Each is a report of the same
    cue and speaker, until a sentence without a subjunctive, a quotation
    or a paragraph's end."""
    text, words = doc.text, pats.words
    out: list[Report] = []
    end = RUN_ON.search(text, report.end)
    while end is not None and len(out) < CONTINUED_SENTENCES and end.group()[0] != "\n":
        start = end.end() + space(text, end.end())
        if start >= len(text) or not text[start].isalpha() or "\n\n" in text[end.end() : start]:
            break  # a quotation, a paragraph's end
        end = RUN_ON.search(text, start)
        stop = end.start() if end is not None else len(text)
        if doc.next_opening(start, stop) < stop or not subjunctive(text, start, stop, words):
            break
        out.append(
            Report("reported_continued", start, stop, report.cue, report.lemma, report.mention)
        )
    return out


ClauseLayout = Callable[[ReportText, Cue, ReportedPatterns], Reports]

CLAUSE_LAYOUTS: Mapping[str, tuple[ClauseLayout, ...]] = {
    "phrase": (according_to,),
    "noun": (clause,),
    "verb": (clause, after),
}
"""The layouts a cue is read by where reports stand in a clause of their
own, for what the cue pattern read it as, in the order tried."""
