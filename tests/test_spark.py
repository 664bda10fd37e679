"""quotex.spark: a DataFrame of documents in, one typed row per quotation out,
the same quotations as extract_quotes finds, on a local Spark of two cores."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from quotex import Lexicon
from tests import generated
from tests.extras import expected_rows, need, table_rows

need("pyspark")
need("pyarrow")

from pyspark.sql import SparkSession  # noqa: E402

from quotex.spark import quotes_dataframe  # noqa: E402

pytestmark = [
    pytest.mark.integration,
    pytest.mark.timeout(300),
    pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas"),
]


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    session = (
        SparkSession.builder.master("local[2]")
        .appName("quotex-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def rows_of(frame: Any) -> list[dict[str, Any]]:
    return [row.asDict(recursive=True) for row in frame.collect()]


def test_generated_corpus_gives_what_extract_quotes_gives(spark: Any) -> None:
    documents = generated.documents(3000)
    frame = spark.createDataFrame(documents, "id long, text string").repartition(4)
    got = rows_of(quotes_dataframe(frame))
    assert table_rows(got) == expected_rows(documents)
    assert len(got) > 7000  # the stories hold quotations, most of them
    assert all(row["error"] is None for row in got)


def test_columns_are_typed() -> None:
    pyspark_types = pytest.importorskip("pyspark.sql.types")
    from quotex.spark import quote_schema

    schema = quote_schema("doc", pyspark_types.StringType())
    assert [(f.name, f.dataType.simpleString()) for f in schema.fields] == [
        ("doc", "string"),
        ("text", "string"),
        ("start", "int"),
        ("end", "int"),
        ("kind", "string"),
        ("speaker", "string"),
        ("speaker_mention", "string"),
        ("speaker_mention_span", "struct<start:int,end:int>"),
        ("cue", "string"),
        ("cue_span", "struct<start:int,end:int>"),
        ("cue_lemma", "string"),
        ("rule", "string"),
        ("open_mark", "string"),
        ("close_mark", "string"),
        ("confidence", "double"),
        ("error", "string"),
    ]


def test_failed_document_is_an_error_row_and_the_others_go_on(spark: Any) -> None:
    documents = [
        ("a", "“The bridge stays closed,” said Peter Okafor."),
        ("b", None),
        ("c", "No quotation marks here."),
    ]
    frame = spark.createDataFrame(documents, "doc string, body string")
    got = rows_of(quotes_dataframe(frame, text_col="body", id_col="doc"))
    assert [(row["doc"], row["speaker"], row["start"], row["error"]) for row in got] == [
        ("a", "Peter Okafor", 1, None),
        (
            "b",
            None,
            None,
            "TypeError: extract_quotes() takes str, not NoneType: pass the document's text",
        ),
    ]


def test_options_reach_the_executors(spark: Any) -> None:
    documents = [
        (1, "“Read more books,” Dorothea chortled."),
        (2, "Residents called the plan “a disgrace” at the meeting."),
        (3, "“We are ready,” NATO SG Jens Stoltenberg said. “Yes,” Mr. Stoltenberg added."),
    ]
    options: dict[str, Any] = {
        "lexicon": Lexicon.default().with_verbs("chortle"),
        "scare_quotes": True,
        "names": "as_written",
        "rules": ["cue_after", "cue_before"],
    }
    frame = spark.createDataFrame(documents, "id int, text string")
    got = table_rows(rows_of(quotes_dataframe(frame, **options)))
    assert got == expected_rows(documents, **options)
    assert [(row[0], row[4], row[5], row[11]) for row in got] == [
        (1, "direct", "Dorothea", "cue_after"),
        (2, "mixed", "Residents", "cue_before"),
        (3, "direct", "Jens Stoltenberg", "cue_after"),
        (3, "direct", "Mr. Stoltenberg", "cue_after"),
    ]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"text_col": "body"}, "text_col='body' is not a column"),
        ({"id_col": "start"}, "is not a column"),
        ({"rules": ["telepathy"]}, "unknown rule"),
    ],
)
def test_bad_arguments_fail_before_the_job(
    spark: Any, kwargs: dict[str, Any], message: str
) -> None:
    frame = spark.createDataFrame([(1, "text")], "id int, text string")
    with pytest.raises(ValueError, match=message):
        quotes_dataframe(frame, **kwargs)


def test_id_named_like_a_quote_field_is_refused(spark: Any) -> None:
    frame = spark.createDataFrame([(1, "x")], "start int, text string")
    with pytest.raises(ValueError, match="would clash"):
        quotes_dataframe(frame, id_col="start")


def test_offsets_count_code_points_as_spark_strings_do(spark: Any) -> None:
    # an emoji and an accented name before the quotation: one code point each
    # in Python and in Spark, two UTF-16 units or several UTF-8 bytes elsewhere
    text = "Zoë Ndiaye 🎉 arrived. “We won,” said Zoë Ndiaye."
    frame = spark.createDataFrame([(1, text)], "id int, text string")
    quotes = quotes_dataframe(frame).withColumnRenamed("text", "quoted")
    joined = quotes.join(frame, "id").selectExpr(
        "quoted", "start", "substring(text, start + 1, end - start) AS cut"
    )
    assert [tuple(row) for row in joined.collect()] == [("We won,", 23, "We won,")]
