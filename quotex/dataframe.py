"""Quotations as a pandas ``DataFrame`` (the ``quotex[pandas]`` extra).

pandas is imported when a frame is made, never by ``import quotex``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from quotex.table import COLUMNS, quote_row
from quotex.types import Quote

# Offsets that may be missing: pandas' nullable integers keep them whole.
_OPTIONAL_INTS = ("speaker_mention_start", "speaker_mention_end", "cue_start", "cue_end")


def to_frame(quotes: Iterable[Quote] | Mapping[Any, Iterable[Quote]]) -> Any:
    """A ``pandas.DataFrame`` with a row per quotation.

    Args:
        quotes: The quotations of one document, or a mapping from each
            document's name or id to its quotations (for many documents:
            ``dict(zip(ids, quotex.extract_many(texts)))``, or
            ``dict(quotex.read_jsonl(path))``).

    Returns:
        A frame with the columns of :data:`quotex.table.COLUMNS`, in order:
        every ``Quote`` field, each span as two columns (``cue_start``,
        ``cue_end``, nullable integers). For a mapping, a first column
        ``document`` holds its key; a document without quotations has no row.

    Raises:
        ImportError: pandas is not installed (``pip install 'quotex[pandas]'``).

    Examples:
        >>> from quotex import extract_quotes
        >>> frame = to_frame(extract_quotes("“We are ready,” said Jens Stoltenberg."))
        >>> frame[["text", "speaker", "cue_start"]].to_dict("records")
        [{'text': 'We are ready,', 'speaker': 'Jens Stoltenberg', 'cue_start': 16}]
    """
    try:
        import pandas
    except ImportError as exc:
        raise ImportError("quotex.to_frame needs pandas: pip install 'quotex[pandas]'") from exc
    if isinstance(quotes, Mapping):
        columns = ["document", *COLUMNS]
        rows = [{"document": key, **quote_row(q)} for key, found in quotes.items() for q in found]
    else:
        columns = list(COLUMNS)
        rows = [quote_row(q) for q in quotes]
    frame = pandas.DataFrame(rows, columns=columns)
    return frame.astype({column: "Int64" for column in _OPTIONAL_INTS})
