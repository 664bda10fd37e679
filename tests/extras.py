"""The optional engines (Spark, Dask) for the tests of quotex's integrations."""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Mapping
from types import ModuleType
from typing import Any

import pytest

from quotex import extract_quotes
from quotex.batch import QUOTE_FIELDS, SPAN_FIELDS


def need(module: str) -> ModuleType:
    """Import ``module``, or skip the calling test module without it.

    Under CI (the ``CI`` environment variable set), ``.ci/run`` installs the
    extras, so a missing engine is an error there rather than a skip.
    """
    if os.environ.get("CI"):
        return importlib.import_module(module)
    found: ModuleType = pytest.importorskip(module)
    return found


def expected_rows(
    documents: Iterable[tuple[object, str | None]], **options: Any
) -> list[tuple[Any, ...]]:
    """The rows a quote table should hold: ``extract_quotes`` run directly.

    Each row is the document's id and every :class:`~quotex.Quote` field in
    order, spans as ``(start, end)``; a document whose text is ``None`` is
    one row of its id and ``None`` fields (its error is checked apart).
    Sorted, as an engine need not keep the order.
    """
    rows = []
    for ident, text in documents:
        if text is None:
            rows.append((ident, *([None] * len(QUOTE_FIELDS))))
            continue
        for quote in extract_quotes(text, **options):
            rows.append((ident, *(getattr(quote, name) for name in QUOTE_FIELDS)))
    return sorted(rows, key=_order)


def table_rows(records: Iterable[Mapping[str, Any]], id_key: str = "id") -> list[tuple[Any, ...]]:
    """Records of a quote table as :func:`expected_rows` gives them (``error`` left out)."""
    rows = []
    for record in records:
        values = [record[name] for name in QUOTE_FIELDS]
        for index, name in enumerate(QUOTE_FIELDS):
            if name in SPAN_FIELDS and values[index] is not None:
                values[index] = (values[index]["start"], values[index]["end"])
        rows.append((record[id_key], *values))
    return sorted(rows, key=_order)


def _order(row: tuple[Any, ...]) -> tuple[Any, int]:
    return (row[0], -1 if row[2] is None else row[2])
