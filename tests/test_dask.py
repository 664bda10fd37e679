"""quotex.dask: bags and DataFrames of documents in, one record or row per
quotation out, the same quotations as extract_quotes finds, computed on a
distributed cluster of two worker processes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from quotex import Lexicon
from tests import generated
from tests.extras import expected_rows, need, table_rows

need("dask.dataframe")
need("distributed")
need("pyarrow")

import dask.bag  # noqa: E402
import dask.dataframe  # noqa: E402
import pandas  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402

from quotex.dask import quotes_bag, quotes_dataframe  # noqa: E402

pytestmark = [pytest.mark.integration, pytest.mark.timeout(300)]

NULL_TEXT_ERROR = "TypeError: extract_quotes() takes str, not NoneType: pass the document's text"


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as connected,
    ):
        yield connected


def test_dataframe_of_generated_corpus_gives_what_extract_quotes_gives(client: Any) -> None:
    documents = generated.documents(3000)
    frame = pandas.DataFrame(documents, columns=["id", "text"])
    quotes = quotes_dataframe(dask.dataframe.from_pandas(frame, npartitions=4))
    got = client.compute(quotes).result()
    assert table_rows(got.to_dict("records")) == expected_rows(documents)
    assert got["error"].isna().all()
    assert [str(dtype) for dtype in got.dtypes] == [
        "int64",
        "string[pyarrow]",
        "int32[pyarrow]",
        "int32[pyarrow]",
        *["string[pyarrow]"] * 3,
        "struct<start: int32, end: int32>[pyarrow]",
        "string[pyarrow]",
        "struct<start: int32, end: int32>[pyarrow]",
        *["string[pyarrow]"] * 4,
        "double[pyarrow]",  # confidence
        "string[pyarrow]",
    ]


def test_bag_of_generated_corpus_gives_what_extract_quotes_gives(client: Any) -> None:
    documents = generated.documents(2000, seed=7)
    records = [{"id": ident, "text": text} for ident, text in documents]
    got = client.compute(quotes_bag(dask.bag.from_sequence(records, npartitions=4))).result()
    assert table_rows(got) == expected_rows(documents)
    assert list(got[0]) == ["id", "text", "start", "end", "kind", "speaker", "speaker_mention",
                            "speaker_mention_span", "cue", "cue_span", "cue_lemma", "rule",
                            "open_mark", "close_mark", "confidence", "error"]  # fmt: skip


def test_failed_documents_are_error_rows_and_the_others_go_on(client: Any) -> None:
    frame = pandas.DataFrame(
        {"doc": ["a", "b", "c"], "body": ["“Go home,” said Mrs. Hale.", None, "No quotes."]}
    )
    quotes = quotes_dataframe(
        dask.dataframe.from_pandas(frame, npartitions=2), text_col="body", id_col="doc"
    )
    got = client.compute(quotes).result()
    assert [(row["doc"], row["speaker"], row["error"]) for row in got.to_dict("records")] == [
        ("a", "Mrs. Hale", None),
        ("b", None, NULL_TEXT_ERROR),
    ]
    records = [{"id": 1, "text": None}, "“Go home,” said Mrs. Hale.", {"id": 3}]
    got_records = client.compute(quotes_bag(dask.bag.from_sequence(records))).result()
    assert [(r["id"], r["speaker"], r["error"]) for r in got_records] == [
        (1, None, NULL_TEXT_ERROR),
        (None, "Mrs. Hale", None),
        (3, None, NULL_TEXT_ERROR),
    ]


def test_options_reach_the_workers(client: Any) -> None:
    documents = [
        (1, "“Read more books,” Dorothea chortled."),
        (2, "Residents called the plan “a disgrace” at the meeting."),
    ]
    options: dict[str, Any] = {
        "lexicon": Lexicon.default().with_verbs("chortle"),
        "scare_quotes": True,
        "rules": ["cue_after", "cue_before"],
    }
    frame = dask.dataframe.from_pandas(
        pandas.DataFrame(documents, columns=["id", "text"]), npartitions=2
    )
    got = client.compute(quotes_dataframe(frame, **options)).result()
    assert table_rows(got.to_dict("records")) == expected_rows(documents, **options)
    assert list(got["speaker"]) == ["Dorothea", "Residents"]


def test_bad_arguments_fail_at_once() -> None:
    frame = dask.dataframe.from_pandas(pandas.DataFrame({"id": [1], "text": ["x"]}), 1)
    with pytest.raises(ValueError, match="text_col='body' is not a column"):
        quotes_dataframe(frame, text_col="body")
    with pytest.raises(ValueError, match="unknown rule"):
        quotes_bag(dask.bag.from_sequence(["x"]), rules=["telepathy"])
    with pytest.raises(ValueError, match="would clash"):
        quotes_bag(dask.bag.from_sequence(["x"]), id_key="speaker")
