"""The quotations of a Spark DataFrame of documents: :func:`quotes_dataframe`.

Needs the ``spark`` extra (``pip install 'quotex[spark]'``: PySpark and
PyArrow) and Java 17 or later. quotex must be importable by the executors'
Python, as any library a job's functions use: installed there, or shipped
with ``spark.submit.pyFiles``.

The documents travel to the Python workers in Arrow batches
(:meth:`pyspark.sql.DataFrame.mapInArrow`), and the quotations come back the
same way, one row each, typed::

    <id_col>              the document's id, of the id column's type
    text                  string, the quoted words
    start, end            int, offsets in the document's text, in code points,
                          end exclusive: the quoted words are Spark's
                          substring(document_text, start + 1, end - start)
    kind                  string, "direct" or "mixed"
    speaker               string
    speaker_mention       string
    speaker_mention_span  struct<start: int, end: int>
    cue                   string
    cue_span              struct<start: int, end: int>
    cue_lemma             string
    rule                  string
    open_mark, close_mark string
    confidence            double, the deciding rule's measured precision
    error                 string, null unless the document failed

A document without quotations gives no row; a document that fails (its text
is null, or extraction raises) gives one row with its id and ``error`` set,
every other column null, and the job goes on.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
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
    import pyarrow
    from pyspark.sql import DataFrame
    from pyspark.sql.types import DataType, StructType


def quotes_dataframe(
    df: DataFrame, text_col: str = "text", id_col: str = "id", **options: Any
) -> DataFrame:
    """One row per quotation of the documents of ``df``, lazily, as Spark does.

    Args:
        df: The documents, a DataFrame with a string column of texts and a
            column of ids (any type; it is copied to each quotation's row,
            under the same name).
        text_col: The name of the text column.
        id_col: The name of the id column. Without one, add it first:
            ``df.withColumn("id", pyspark.sql.functions.monotonically_increasing_id())``.
        **options: Keyword arguments of :func:`~quotex.extract_quotes`
            (``lexicon``, ``rules``, ``scare_quotes``, ``names``), checked
            here and sent to the executors with the job; each executor
            process compiles a lexicon's patterns once.

    Returns:
        A DataFrame with the columns listed in this module's documentation.

    Raises:
        ValueError: ``df`` has no column ``text_col`` or ``id_col``,
            ``id_col`` is the name of a quote field, or an option is wrong
            (as :func:`~quotex.extract_quotes` raises it).
        TypeError: an option is unknown or of the wrong type.
    """
    from pyspark.sql.pandas.types import to_arrow_schema

    checked = Options.checked(**options)
    check_columns(df.columns, text_col, id_col)
    schema = quote_schema(id_col, df.schema[id_col].dataType)
    batches = functools.partial(_quote_batches, text_col, id_col, checked, to_arrow_schema(schema))
    return df.select(id_col, text_col).mapInArrow(batches, schema)


def quote_schema(id_col: str, id_type: DataType) -> StructType:
    """The schema of :func:`quotes_dataframe`'s result, for ids of ``id_type``."""
    from pyspark.sql.types import (
        DoubleType,
        IntegerType,
        StringType,
        StructField,
        StructType,
    )

    span = StructType([StructField("start", IntegerType()), StructField("end", IntegerType())])
    fields = [StructField(id_col, id_type)]
    for name in QUOTE_FIELDS:
        if name in SPAN_FIELDS:
            kind: DataType = span
        elif name in OFFSET_FIELDS:
            kind = IntegerType()
        elif name in FRACTION_FIELDS:
            kind = DoubleType()
        else:
            kind = StringType()
        fields.append(StructField(name, kind))
    fields.append(StructField("error", StringType()))
    return StructType(fields)


def _quote_batches(
    text_col: str,
    id_col: str,
    options: Options,
    schema: pyarrow.Schema,
    batches: Iterator[pyarrow.RecordBatch],
) -> Iterator[pyarrow.RecordBatch]:
    """Run in the executors: documents in, quotations out, batch by batch."""
    import pyarrow

    for batch in batches:
        columns = quote_columns(
            batch.column(id_col).to_pylist(), batch.column(text_col).to_pylist(), options
        )
        columns[id_col] = columns.pop("id")
        yield pyarrow.RecordBatch.from_pydict(columns, schema=schema)
