"""Quotations as a pandas frame (the ``quotex[pandas]`` extra); skipped without pandas."""

from __future__ import annotations

import sys

import pytest

from quotex import extract_many, extract_quotes, to_frame
from quotex.table import COLUMNS

NEWS = "“We will reopen the library in May,” said Mayor Ruth Adler. “Soon,” Tom Hale said."
FICTION = "“Ready?” \n\n“Always,” answered Marie Dubois."


def test_frame_of_one_document() -> None:
    pytest.importorskip("pandas")
    frame = to_frame(extract_quotes(NEWS))
    assert list(frame.columns) == list(COLUMNS)
    assert frame[["text", "speaker", "cue", "start"]].values.tolist() == [
        ["We will reopen the library in May,", "Ruth Adler", "said", 1],
        ["Soon,", "Tom Hale", "said", 61],
    ]
    assert str(frame["cue_start"].dtype) == "Int64"


def test_frame_of_many_documents() -> None:
    pytest.importorskip("pandas")
    texts = {"news/1": NEWS, "empty": "No quotations.", "novel/3": FICTION}
    frame = to_frame(dict(zip(texts, extract_many(texts.values()), strict=True)))
    assert list(frame.columns) == ["document", *COLUMNS]
    assert frame["document"].tolist() == ["news/1", "news/1", "novel/3", "novel/3"]
    assert frame.groupby("document").size().to_dict() == {"news/1": 2, "novel/3": 2}
    # a quotation without a speaker mention keeps a missing value, not a float
    unattributed = frame[frame["text"] == "Ready?"].iloc[0]
    assert unattributed["speaker_mention_start"] is __import__("pandas").NA


def test_frame_of_nothing_has_the_columns() -> None:
    pytest.importorskip("pandas")
    frame = to_frame([])
    assert (len(frame), list(frame.columns)) == (0, list(COLUMNS))


def test_without_pandas_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install 'quotex\[pandas\]'"):
        to_frame([])
