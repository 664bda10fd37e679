"""The quotations of a Dask collection of documents: :func:`quotes_bag` and
:func:`quotes_dataframe`.

Needs the ``dask`` extra (``pip install 'quotex[dask]'``: Dask with its
DataFrame and distributed parts, and PyArrow). Both functions are lazy, as
Dask is, and run on whatever scheduler computes them: a
``distributed.Client`` of a cluster, or Dask's local processes. Each worker
process compiles a lexicon's patterns once.

A quotation is one record or row: the document's id, every field of its
:class:`~quotex.Quote` (a span as a ``start``/``end`` struct) and ``error``,
``None`` unless the document failed. A document without quotations gives
none; a document that fails (its text is missing or not a string, or
extraction raises) gives one, with its id and ``error`` set and every other
field ``None``, and the computation goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from quotex.batch import (
    FRACTION_FIELDS,
    OFFSET_FIELDS,
    QUOTE_FIELDS,
    SPAN_FIELDS,
    Options,
    check_columns,
    quote_columns,
)

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas
    import pyarrow


def quotes_bag(
    bag: dask.bag.Bag, text_key: str = "text", id_key: str = "id", **options: Any
) -> dask.bag.Bag:
    """One record per quotation of the documents of a bag.

    Args:
        bag: The documents: mappings (parsed JSON Lines, say) with a text
            under ``text_key`` and an id under ``id_key``, or plain strings,
            whose records then have the id ``None``.
        text_key: The key of the text in each document.
        id_key: The key of the id; each quotation's record has it under the
            same key.
        **options: Keyword arguments of :func:`~quotex.extract_quotes`,
            checked here.

    Returns:
        A bag of dicts: ``id_key``, the fields of a :class:`~quotex.Quote`
        (spans as ``{"start": ..., "end": ...}``) and ``"error"``.

    Raises:
        ValueError: ``id_key`` is the name of a quote field, or an option is wrong.
        TypeError: an option is unknown or of the wrong type.
    """
    checked = Options.checked(**options)
    check_columns([text_key, id_key], text_key, id_key)
    return bag.map_partitions(_quote_records, text_key, id_key, checked)


def quotes_dataframe(
    ddf: dask.dataframe.DataFrame, text_col: str = "text", id_col: str = "id", **options: Any
) -> dask.dataframe.DataFrame:
    """One row per quotation of the documents of a Dask DataFrame.

    Args:
        ddf: The documents, with a column of texts and a column of ids (any
            dtype; it is copied to each quotation's row, under the same name).
        text_col: The name of the text column.
        id_col: The name of the id column.
        **options: Keyword arguments of :func:`~quotex.extract_quotes`,
            checked here.

    Returns:
        A Dask DataFrame: ``id_col`` with the dtype it has in ``ddf``, then
        the fields of a :class:`~quotex.Quote` and ``error``, typed with
        Arrow (strings, 32-bit offsets, spans as ``start``/``end`` structs).
        Its partitions are those of ``ddf``; its index runs from 0 in each.

    Raises:
        ValueError: ``ddf`` has no column ``text_col`` or ``id_col``,
            ``id_col`` is the name of a quote field, or an option is wrong.
        TypeError: an option is unknown or of the wrong type.
    """
    checked = Options.checked(**options)
    check_columns(ddf.columns, text_col, id_col)
    schema = quote_arrow_schema()
    meta = _quote_frame(ddf._meta[[id_col, text_col]], text_col, id_col, checked, schema)
    return ddf[[id_col, text_col]].map_partitions(
        _quote_frame, text_col, id_col, checked, schema, meta=meta
    )


def quote_arrow_schema() -> pyarrow.Schema:
    """The Arrow types of the quote fields and ``error``, in order."""
    import pyarrow

    span = pyarrow.struct([("start", pyarrow.int32()), ("end", pyarrow.int32())])
    fields = []
    for name in QUOTE_FIELDS:
        if name in SPAN_FIELDS:
            kind = span
        elif name in OFFSET_FIELDS:
            kind = pyarrow.int32()
        elif name in FRACTION_FIELDS:
            kind = pyarrow.float64()
        else:
            kind = pyarrow.string()
        fields.append(pyarrow.field(name, kind))
    fields.append(pyarrow.field("error", pyarrow.string()))
    return pyarrow.schema(fields)


def _quote_records(
    documents: Iterable[object], text_key: str, id_key: str, options: Options
) -> list[dict[str, Any]]:
    """Run in the workers: one partition of a bag."""
    ids: list[object] = []
    texts: list[object] = []
    for document in documents:
        if isinstance(document, Mapping):
            ids.append(document.get(id_key))
            texts.append(document.get(text_key))
        else:
            ids.append(None)
            texts.append(document)
    columns = quote_columns(ids, texts, options)
    keys = [id_key, *QUOTE_FIELDS, "error"]  # the order of the columns
    return [dict(zip(keys, row, strict=True)) for row in zip(*columns.values(), strict=True)]


def _quote_frame(
    frame: pandas.DataFrame,
    text_col: str,
    id_col: str,
    options: Options,
    schema: pyarrow.Schema,
) -> pandas.DataFrame:
    """Run in the workers: one partition of a DataFrame."""
    import pandas
    import pyarrow

    texts = frame[text_col].astype(object)
    # a missing text reads as None, whatever the dtype's own missing value
    columns = quote_columns(frame[id_col], texts.where(texts.notna(), None), options)
    ids = pandas.Series(columns.pop("id"), dtype=frame[id_col].dtype, name=id_col)
    quotes = pyarrow.Table.from_pydict(columns, schema=schema)
    table = quotes.to_pandas(types_mapper=pandas.ArrowDtype)
    table.insert(0, id_col, ids)
    return table
