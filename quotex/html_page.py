"""The HTML view: a document with every quotation highlighted.

One self-contained page (inline CSS, no script, nothing fetched) shows the
whole text; each quotation is a ``<mark class="quote">`` in its speaker's
colour, the speaker mention and the cue are marked too, and a legend lists the
speakers with their counts. Hovering over a quotation, or focusing it with the
keyboard, shows its speaker, cue, rule and kind. Every character of the
document is escaped, so a text holding ``<script>`` shows it and runs nothing.
"""

from __future__ import annotations

import bisect
import html
from collections.abc import Iterable, Sequence

import attrs

from quotex.palette import HIGHLIGHTS, ink, speaker_counts
from quotex.types import Quote

_CSS = """\
body { margin: 0 auto; max-width: 52em; padding: 1em 1.5em 4em;
  font: 17px/1.6 Georgia, "DejaVu Serif", serif; color: #1a1a1a; background: #fff; }
h1 { font: bold 1.3em system-ui, "DejaVu Sans", sans-serif; margin: 1em 0 .3em; }
.summary, .legend { font: .9em/1.5 system-ui, "DejaVu Sans", sans-serif; }
.summary { color: #444; margin: 0 0 .5em; }
.legend { list-style: none; padding: 0; margin: 0 0 1.5em; display: flex; flex-wrap: wrap;
  gap: .3em .6em; }
.legend li { display: inline-flex; align-items: center; gap: .35em; }
.swatch { display: inline-block; width: 1em; height: 1em; border-radius: 3px;
  background: var(--bg); border: 1px solid #0003; }
.text { white-space: pre-wrap; overflow-wrap: break-word; }
.quote { background: var(--bg); color: var(--ink); border-radius: 3px; padding: 0 .1em;
  position: relative; cursor: help; box-decoration-break: clone;
  -webkit-box-decoration-break: clone; }
.quote:focus { outline: 3px solid #1a1a1a; outline-offset: 1px; }
.quote:hover::after, .quote:focus::after { content: attr(data-tip); position: absolute;
  left: 0; top: 100%; z-index: 2; white-space: pre; pointer-events: none;
  font: 13px/1.4 system-ui, "DejaVu Sans", sans-serif; color: #fff; background: #1a1a1a;
  padding: .35em .6em; border-radius: 4px; box-shadow: 0 2px 6px #0005; }
.mention { font-weight: bold; text-decoration: underline 3px var(--bg);
  text-underline-offset: 3px; }
.cue { font-style: italic; text-decoration: underline dotted 2px; text-underline-offset: 3px; }
.none { --bg: #e8e8e8; --ink: #1a1a1a; }
.none.quote { outline: 1px dashed #666; }
"""


def to_html(text: str, quotes: Sequence[Quote], *, title: str = "quotex") -> str:
    """One self-contained HTML page of ``text`` with its quotations highlighted.

    Args:
        text: The document the quotes were found in.
        quotes: Its quotations, as :func:`quotex.extract_quotes` gave them.
        title: The page's title and heading.

    Raises:
        ValueError: a quote's offsets do not hold its text in ``text`` (the
            quotes come from another document), or two quotes overlap.

    Examples:
        >>> from quotex import extract_quotes
        >>> text = "“We are <ready>,” said Jens Stoltenberg."
        >>> page = to_html(text, extract_quotes(text))
        >>> page.startswith("<!DOCTYPE html>"), "&lt;ready&gt;" in page, "<ready>" in page
        (True, True, False)
    """
    return page_head(title) + document_html(title, text, quotes) + PAGE_END


PAGE_END = "</body>\n</html>\n"


def page_head(title: str) -> str:
    """The start of a page, up to ``<body>``: its style sheet and title."""
    colours = "\n".join(
        f".s{i} {{ --bg: {colour}; --ink: {ink(colour)}; }}" for i, colour in enumerate(HIGHLIGHTS)
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>\n{_CSS}{colours}\n</style>\n"
        "</head>\n<body>\n"
    )


def document_html(name: str, text: str, quotes: Sequence[Quote]) -> str:
    """One document as an ``<article>``: heading, summary, legend and text."""
    quotes = sorted(quotes, key=lambda q: q.start)
    for i, quote in enumerate(quotes):
        if text[quote.start : quote.end] != quote.text:
            raise ValueError(f"quote at {quote.start}-{quote.end} is not in this text: {quote!r}")
        if i and quotes[i - 1].end > quote.start:
            raise ValueError(f"quotes overlap at {quote.start}: {quotes[i - 1]!r} and {quote!r}")
    counts = speaker_counts(quotes)
    classes = {speaker: f"s{rank % len(HIGHLIGHTS)}" for rank, (speaker, _) in enumerate(counts)}
    legend = [
        f'<li class="{classes[speaker]}" data-speaker="{html.escape(speaker)}">'
        f'<span class="swatch"></span>{html.escape(speaker)} <b>{count}</b></li>'
        for speaker, count in counts
    ]
    unattributed = sum(q.speaker is None for q in quotes)
    if unattributed:
        legend.append(
            f'<li class="none"><span class="swatch"></span>(no speaker) <b>{unattributed}</b></li>'
        )
    summary = (
        f"{len(quotes)} quotation{'' if len(quotes) == 1 else 's'}, "
        f"{len(counts)} speaker{'' if len(counts) == 1 else 's'}"
    )
    return (
        f"<article>\n<h1>{html.escape(name)}</h1>\n"
        f'<p class="summary">{summary}</p>\n'
        f'<ul class="legend">\n{chr(10).join(legend)}\n</ul>\n'
        f'<div class="text">{_marked_text(text, quotes, classes)}</div>\n</article>\n'
    )


@attrs.frozen
class _Element:
    start: int
    end: int
    open_tag: str
    close_tag: str


def _marked_text(text: str, quotes: Sequence[Quote], classes: dict[str, str]) -> str:
    elements = [_quote_element(q, classes) for q in quotes]
    elements += _small_marks(quotes, classes)
    # Quotes never overlap, and a mention or cue is kept only when it lies
    # inside one quote or outside all: the elements nest, and one pass with
    # a stack of open elements writes them.
    elements.sort(key=lambda e: (e.start, -e.end))
    out: list[str] = []
    stack: list[_Element] = []
    at = 0
    for element in elements:
        while stack and stack[-1].end <= element.start:
            closing = stack.pop()
            out += html.escape(text[at : closing.end], quote=False), closing.close_tag
            at = closing.end
        out += html.escape(text[at : element.start], quote=False), element.open_tag
        at = element.start
        stack.append(element)
    while stack:
        closing = stack.pop()
        out += html.escape(text[at : closing.end], quote=False), closing.close_tag
        at = closing.end
    out.append(html.escape(text[at:], quote=False))
    return "".join(out)


def _quote_element(quote: Quote, classes: dict[str, str]) -> _Element:
    colour = "none" if quote.speaker is None else classes[quote.speaker]
    tip = "\n".join(
        [
            quote.speaker or "(no speaker)",
            f"cue: {quote.cue or '-'}",
            f"rule: {quote.rule or '-'}",
            f"kind: {quote.kind}",
        ]
    )
    attributes = {
        "data-speaker": quote.speaker or "",
        "data-cue": quote.cue or "",
        "data-rule": quote.rule or "",
        "data-kind": quote.kind,
        "data-tip": tip,
    }
    shown = " ".join(f'{key}="{html.escape(value)}"' for key, value in attributes.items())
    return _Element(
        quote.start, quote.end, f'<mark class="quote {colour}" tabindex="0" {shown}>', "</mark>"
    )


def _small_marks(quotes: Sequence[Quote], classes: dict[str, str]) -> list[_Element]:
    """The speaker mentions and cues that nest with the quotes, each span once."""
    spans: dict[tuple[int, int], str] = {}
    for quote in quotes:
        if quote.speaker_mention_span is not None and quote.speaker is not None:
            kind = f"mention {classes[quote.speaker]}"
            spans.setdefault(quote.speaker_mention_span, kind)
        if quote.cue_span is not None:
            spans.setdefault(quote.cue_span, "cue")
    starts = [q.start for q in quotes]
    marks: list[_Element] = []
    for (start, end), kind in sorted(spans.items()):
        if start >= end or (marks and marks[-1].end > start):
            continue
        i = bisect.bisect_right(starts, start) - 1
        inside = i >= 0 and end <= quotes[i].end
        after = i < 0 or start >= quotes[i].end
        following = i + 1 < len(quotes) and end > quotes[i + 1].start
        if (inside or after) and not following:
            marks.append(_Element(start, end, f'<span class="{kind}">', "</span>"))
    return marks


def html_documents(documents: Iterable[tuple[str, str, Sequence[Quote]]], title: str) -> str:
    """A page of several documents, each ``(name, text, quotes)``, one after another."""
    return page_head(title) + "".join(document_html(*doc) for doc in documents) + PAGE_END
