"""Reading back the JSON Lines the ``quotex`` command writes.

The command writes one of two layouts (see :mod:`quotex.cli`): a line per
quotation with its ``"file"`` (reading text files), or a line per document,
``{"id": ..., "quotes": [...]}`` (reading a corpus with ``--jsonl``).
:func:`read_jsonl` reads either back into :class:`~quotex.Quote` values.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from typing import Any

from quotex.types import Quote


def read_jsonl(source: str | os.PathLike[str] | Iterable[str]) -> Iterator[tuple[Any, list[Quote]]]:
    """The documents of a ``quotex`` JSON Lines output, with their quotes.

    Args:
        source: A path, or an iterable of lines (an open file, a list of
            strings).

    Yields:
        ``(key, quotes)`` per document, in the order written: the key is the
        document's ``"id"`` for the output of ``quotex --jsonl``, the file
        name for the output of ``quotex FILE...`` (a file without quotations
        writes no line there, so it does not come back). ``dict(read_jsonl(p))``
        maps each document to its quotes.

    Raises:
        ValueError: a line is not JSON, or not a line quotex writes; the
            message gives its number.

    Examples:
        >>> lines = [
        ...     '{"file": "a.txt", "text": "Hi", "start": 1, "end": 3}',
        ...     '{"file": "a.txt", "text": "Bye", "start": 9, "end": 12}',
        ...     '{"id": 7, "quotes": [{"text": "Yes", "start": 0, "end": 3}]}',
        ... ]
        >>> [(key, [q.text for q in quotes]) for key, quotes in read_jsonl(lines)]
        [('a.txt', ['Hi', 'Bye']), (7, ['Yes'])]
    """
    if isinstance(source, (str, os.PathLike)):
        with open(source, encoding="utf-8-sig") as stream:
            yield from _documents(stream)
    else:
        yield from _documents(source)


def _documents(lines: Iterable[str]) -> Iterator[tuple[Any, list[Quote]]]:
    # Lines of one file come one after another: gather them until the name changes.
    file: str | None = None
    quotes: list[Quote] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        name, key, read = _record(line, number)
        if name is not None and name == file:
            quotes.extend(read)
            continue
        if file is not None:
            yield file, quotes
        file, quotes = name, read
        if name is None:
            yield key, read
    if file is not None:
        yield file, quotes


def _record(line: str, number: int) -> tuple[str | None, Any, list[Quote]]:
    """``(file, None, [quote])`` for a quotation's line, ``(None, id, quotes)`` for a document's."""
    try:
        record = json.loads(line)
        if "quotes" in record:
            return None, record["id"], [Quote.from_dict(q) for q in record["quotes"]]
        name = record.pop("file")
        return name, None, [Quote.from_dict(record)]
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise ValueError(f"line {number}: not a line quotex writes ({exc})") from None
