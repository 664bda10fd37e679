"""Quote values check what they are given, print for people and round-trip."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest

from quotex import Quote, extract_quotes, read_jsonl
from quotex.cli import main

# A news paragraph and a fiction exchange written for these tests.
NEWS = (
    "Jens Stoltenberg arrived in Brussels on Monday.\n\n"
    "“We are ready,” he said. “Our unity is our strength.”"
)
FICTION = "“Get out,” Harriet Vane said. “Now.”\n\n“Why?” asked Peter Wimsey."


@pytest.mark.parametrize("text", [NEWS, FICTION], ids=["news", "fiction"])
def test_from_dict_gives_back_the_quote(text: str) -> None:
    quotes = extract_quotes(text)
    assert quotes
    for q in quotes:
        assert Quote.from_dict(q.to_dict()) == q
        assert Quote.from_dict(json.loads(json.dumps(q.to_dict()))) == q


def test_from_dict_names_an_unknown_key() -> None:
    data = {**extract_quotes(NEWS)[0].to_dict(), "file": "a.txt"}
    with pytest.raises(TypeError, match=r"unknown key.*file"):
        Quote.from_dict(data)


@pytest.mark.parametrize(
    ("change", "error", "message"),
    [
        ({"start": -5}, ValueError, "0 <= start <= end"),
        ({"end": 0}, ValueError, "0 <= start <= end"),
        ({"end": 20}, ValueError, "end - start = 19"),
        ({"text": "We are"}, ValueError, "end - start = 13"),
        ({"kind": "reported"}, ValueError, "kind must be one of direct, indirect, mixed"),
        ({"cue_span": (20, 16)}, ValueError, "cue_span must have 0 <= start <= end"),
        ({"speaker_mention_span": [21, 37]}, TypeError, "speaker_mention_span must be"),
        ({"cue_span": (16, "20")}, TypeError, "cue_span must be"),
    ],
)
def test_a_quote_refuses_what_breaks_its_promises(
    change: dict[str, Any], error: type[Exception], message: str
) -> None:
    q = extract_quotes("“We are ready,” said Jens Stoltenberg.")[0]
    with pytest.raises(error, match=message):
        attrs.evolve(q, **change)


def test_str_is_one_friendly_line_and_repr_stays_exact() -> None:
    first, second = extract_quotes(NEWS)
    assert str(first) == "Jens Stoltenberg said: “We are ready,” (50-63)"
    assert str(second) == "Jens Stoltenberg: “Our unity is our strength.” (75-101)"
    assert repr(first).startswith("Quote(text='We are ready,', start=50, end=63, kind='direct'")
    assert eval(repr(first), {"Quote": Quote}) == first


def test_read_jsonl_reads_the_plain_output_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    news, empty, fiction = tmp_path / "news.txt", tmp_path / "empty.txt", tmp_path / "fic.txt"
    news.write_text(NEWS, encoding="utf-8")
    empty.write_text("No quotations here.", encoding="utf-8")
    fiction.write_text(FICTION, encoding="utf-8")
    assert main(["--format", "jsonl", str(news), str(empty), str(fiction)]) == 0
    out = tmp_path / "out.jsonl"
    out.write_text(capsys.readouterr().out, encoding="utf-8")
    # a file without quotations writes no line, so it does not come back
    assert list(read_jsonl(out)) == [
        (str(news), extract_quotes(NEWS)),
        (str(fiction), extract_quotes(FICTION)),
    ]


def test_read_jsonl_reads_the_corpus_output_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    docs = [{"id": "n1", "text": NEWS}, {"id": 2, "text": "None."}, {"id": "f", "text": FICTION}]
    corpus.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    assert main(["--jsonl", str(corpus)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert dict(read_jsonl(lines)) == {
        "n1": extract_quotes(NEWS),
        2: [],
        "f": extract_quotes(FICTION),
    }


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "line 1: not a line quotex writes"),
        ('{"text": "Hi", "start": 1, "end": 3}', "line 1: not a line quotex writes"),
        ('{"file": "a", "text": "Hi", "start": 1, "end": 9}', "end - start = 8"),
    ],
)
def test_read_jsonl_says_which_line_is_wrong(line: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        list(read_jsonl([line]))
