"""Quotations as flat rows, for CSV, TSV and data frames.

A row is every :class:`~quotex.Quote` field, with each span split into two
columns (``cue_start``, ``cue_end``) so that every cell is a plain value.
"""

from __future__ import annotations

from typing import Any

from quotex.types import Quote

COLUMNS = (
    "text",
    "start",
    "end",
    "kind",
    "speaker",
    "speaker_mention",
    "speaker_mention_start",
    "speaker_mention_end",
    "cue",
    "cue_start",
    "cue_end",
    "cue_lemma",
    "rule",
    "open_mark",
    "close_mark",
    "confidence",
)
"""The columns of a row, in order."""


def quote_row(quote: Quote) -> dict[str, Any]:
    """The row of one quotation: ``None`` where the quote has no value.

    Examples:
        >>> row = quote_row(Quote("Hi", 1, 3, cue="said", cue_span=(5, 9)))
        >>> row["cue_start"], row["cue_end"], row["speaker_mention_start"]
        (5, 9, None)
    """
    mention = quote.speaker_mention_span or (None, None)
    cue = quote.cue_span or (None, None)
    return {
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
        "kind": quote.kind,
        "speaker": quote.speaker,
        "speaker_mention": quote.speaker_mention,
        "speaker_mention_start": mention[0],
        "speaker_mention_end": mention[1],
        "cue": quote.cue,
        "cue_start": cue[0],
        "cue_end": cue[1],
        "cue_lemma": quote.cue_lemma,
        "rule": quote.rule,
        "open_mark": quote.open_mark,
        "close_mark": quote.close_mark,
        "confidence": quote.confidence,
    }
