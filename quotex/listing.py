"""The listing a person reads in a terminal: ``quotex FILE`` on a terminal.

Each quotation on its own lines (number, speaker, cue, line and offsets, then
the quoted words wrapped to the terminal's width), each speaker in a colour of
their own, and a summary of how often each speaker is quoted.
"""

from __future__ import annotations

import bisect
import textwrap
import unicodedata
from collections.abc import Sequence

from quotex.palette import TERMINAL_STYLES, speaker_counts
from quotex.types import Quote

# Narrower than this, wrapped quotations would be a word a line.
MIN_WIDTH = 40
# Room on the left for the quotation's number.
INDENT = 5

_RESET = "\x1b[0m"


def render_listing(
    name: str, text: str, quotes: Sequence[Quote], *, width: int = 80, color: bool = False
) -> str:
    """The listing of one document's quotations.

    Args:
        name: What the heading calls the document (a file name, an id).
        text: The document, to count lines in.
        quotes: Its quotations, as :func:`quotex.extract_quotes` gave them.
        width: Columns to wrap to (at least :data:`MIN_WIDTH` are used).
        color: Colour each speaker with ANSI escapes.

    Examples:
        >>> from quotex import extract_quotes
        >>> text = "Talks ended.\\n\\n“We are ready,” said Jens Stoltenberg."
        >>> print(render_listing("nato.txt", text, extract_quotes(text)))
        nato.txt: 1 quotation
          1  Jens Stoltenberg  said  line 3, 15-28
             “We are ready,”
        <BLANKLINE>
        1 quotation: Jens Stoltenberg 1
    """
    width = max(width, MIN_WIDTH)
    counts = speaker_counts(quotes)
    styles = {
        speaker: TERMINAL_STYLES[rank % len(TERMINAL_STYLES)]
        for rank, (speaker, _) in enumerate(counts)
    }
    paint = _Paint(color)
    lines = [f"{paint('1', _clean(name))}: {_plural(len(quotes), 'quotation')}"]
    starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]
    for number, quote in enumerate(quotes, 1):
        if quote.speaker is None:
            who = paint("2", "(no speaker)")
        else:
            who = paint(f"1;{styles[quote.speaker]}", _clean(quote.speaker))
        cue = f"  {_clean(quote.cue)}" if quote.cue else ""
        line = bisect.bisect_right(starts, quote.start)
        where = paint("2", f"line {line}, {quote.start}-{quote.end}")
        lines.append(f"{number:>3}  {who}{cue}  {where}")
        words = f"{quote.open_mark}{' '.join(quote.text.split())}{quote.close_mark}"
        lines.extend(
            textwrap.wrap(
                _clean(words),
                width - 1,
                initial_indent=" " * INDENT,
                subsequent_indent=" " * INDENT,
                break_on_hyphens=False,
            )
        )
    lines.append("")
    lines.append(_summary(quotes, counts, styles, paint, width))
    return "\n".join(lines)


def _summary(
    quotes: Sequence[Quote],
    counts: list[tuple[str, int]],
    styles: dict[str, str],
    paint: _Paint,
    width: int,
) -> str:
    parts = [f"{paint(styles[speaker], _clean(speaker))} {count}" for speaker, count in counts]
    unattributed = sum(q.speaker is None for q in quotes)
    if unattributed:
        parts.append(f"{paint('2', '(no speaker)')} {unattributed}")
    head = _plural(len(quotes), "quotation") + (":" if parts else "")
    # wrap by hand: the escapes take no columns, so textwrap would count wrong
    lines, line, used = [], head, len(head)
    for part, shown in zip(parts, _widths(counts, unattributed), strict=True):
        if used + 1 + shown > width - 1 and used > len(head):
            lines.append(line)
            line, used = " " * INDENT + part, INDENT + shown
        else:
            line, used = f"{line} {part}", used + 1 + shown
    lines.append(line)
    return "\n".join(lines)


def _widths(counts: list[tuple[str, int]], unattributed: int) -> list[int]:
    """The columns each part of the summary takes on screen."""
    shown = [len(_clean(speaker)) + 1 + len(str(count)) for speaker, count in counts]
    if unattributed:
        shown.append(len("(no speaker)") + 1 + len(str(unattributed)))
    return shown


class _Paint:
    """Wraps words in an SGR style, or leaves them be when colour is off."""

    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, style: str, words: str) -> str:
        return f"\x1b[{style}m{words}{_RESET}" if self.color else words


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _clean(words: str) -> str:
    """Control characters from a document shown as U+FFFD, never sent to the terminal."""
    if words.isprintable():
        return words
    return "".join(
        "\N{REPLACEMENT CHARACTER}" if unicodedata.category(c) == "Cc" else c for c in words
    )
