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
) -> Reports:
    """The report of the content ``span``, trimmed, cut at its first break
    when it ``follows`` its cue (one before its cue runs to the cue); none
    when too short."""
    text = doc.text
    start, end = span
    if follows:
        # the first break outside a quotation: "said the plan was “bold, daring”"
        breaks = pats.words.content_break.finditer(text, start, end)
        cut = next((c for c in breaks if not doc.quoted(c.start())), None)
        if cut is not None:
            end = cut.start()
    while start < end and text[start] in " \t\n\r,":
        start += 1
    while end > start and text[end - 1] in " \t\n\r,.;:":
        end -= 1
    if end - start < SHORTEST_CONTENT or not WORD.search(text, start, end):
        return ()
    return (Report(layout, start, end, cue.span, cue.lemma, mention),)
