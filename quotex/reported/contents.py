"""A report's content: its span, trimmed and cut where it ends."""

from __future__ import annotations

from quotex.reported.patterns import ReportedPatterns
from quotex.reported.subjects import Mention
from quotex.reported.text import Cue, Report, Reports, ReportText
from quotex.reported.words import SHORTEST_CONTENT, WORD


def content(
    layout: str,
    doc: ReportText,
    span: tuple[int, int],
    cue: Cue,
    mention: Mention | None,
    pats: ReportedPatterns,
    follows: bool = True,
    shortest: int = SHORTEST_CONTENT,
) -> Reports:
    """The report of the content ``span``, trimmed, cut at its first break
    when it ``follows`` its cue (one before its cue runs to the cue); none
    when shorter than ``shortest`` characters."""
    text = doc.text
    start, end = span
    if follows:
        end = _break(doc, start, end, pats)
    while start < end and text[start] in " \t\n\r,":
        start += 1
    while end > start and text[end - 1] in " \t\n\r,.;:":
        end -= 1
    if end - start < shortest or not WORD.search(text, start, end):
        return ()
    return (Report(layout, start, end, cue.span, cue.lemma, mention),)


def _break(doc: ReportText, start: int, end: int, pats: ReportedPatterns) -> int:
    """Where the content ``start:end`` that follows its cue ends: at its
    first break outside a quotation ("said the plan was “bold, daring”")
    and past an aside set off by two dashes, or past the closing mark of a
    quotation whose comma is one ("called it “fantastic,” telling reporters
    …"); else at ``end``."""
    for cut in pats.words.content_break.finditer(doc.text, start, end):
        if cut.start("aside") >= 0:
            continue  # "the troops — about 166,000 — lag": an aside it holds
        if not doc.quoted(cut.start()):
            return cut.start()
        if cut.start("close") >= 0 and doc.holding(cut.start()) == cut.end("close"):
            return cut.end("close")
    return end
