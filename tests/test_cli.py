"""The quotex command, run in-process through cli.main(argv)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import attrs
import pytest

from quotex import Quote
from quotex.cli import main, main_entry

# Short news and fiction sentences written for these tests.
COUNCIL = "The council met on Monday. “We will reopen the library in May,” said Mayor Ruth Adler."
DUBOIS = "Prices at the café rose. “Nobody can pay this,” said Marie Dubois."
CHORTLE = "“Read more books,” Dorothea chortled."

QUOTE_FIELDS = {f.name for f in attrs.fields(Quote)}


def lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def brief(quote: dict[str, Any]) -> tuple[Any, ...]:
    return quote["text"], quote["start"], quote["end"], quote["speaker"], quote["cue"]


def write(path: Path, *docs: Any) -> Path:
    """A JSON Lines corpus; a str item is written as the raw line."""
    with path.open("w", encoding="utf-8") as out:
        for doc in docs:
            out.write((doc if isinstance(doc, str) else json.dumps(doc)) + "\n")
    return path


# plain files


def test_plain_file_gives_every_quote_field_and_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "council.txt"
    path.write_text(COUNCIL, encoding="utf-8")
    assert main([str(path)]) == 0
    out, err = capsys.readouterr()
    [quote] = lines(out)
    assert set(quote) == QUOTE_FIELDS | {"file"}
    assert quote["file"] == str(path)
    assert brief(quote) == ("We will reopen the library in May,", 28, 62, "Ruth Adler", "said")
    assert (quote["rule"], quote["cue_span"], quote["kind"]) == ("cue_after", [64, 68], "direct")
    assert (quote["open_mark"], quote["close_mark"]) == ("“", "”")
    assert err == ""


def test_several_files_in_order_and_a_file_without_quotes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, empty, second = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"
    first.write_text(DUBOIS, encoding="utf-8")
    empty.write_text("The meeting ended at noon.\n", encoding="utf-8")
    second.write_text(COUNCIL, encoding="utf-8")
    assert main([str(first), str(empty), str(second), "--jobs", "2"]) == 0
    out = lines(capsys.readouterr().out)
    assert [(q["file"], q["speaker"]) for q in out] == [
        (str(first), "Marie Dubois"),
        (str(second), "Ruth Adler"),
    ]


def test_offsets_count_the_line_endings_as_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = (
        "The council met.\r\n\r\n“We will reopen the library in May,” said Mayor Ruth Adler.\r\n"
    )
    path = tmp_path / "crlf.txt"
    path.write_bytes(source.encode("utf-8"))
    assert main([str(path)]) == 0
    [quote] = lines(capsys.readouterr().out)
    assert (quote["start"], quote["end"]) == (21, 55)
    assert source[quote["start"] : quote["end"]] == quote["text"]


def test_stdin_bytes(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(DUBOIS.encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", stdin)
    assert main(["-"]) == 0
    [quote] = lines(capsys.readouterr().out)
    assert quote["file"] == "-"
    assert brief(quote) == ("Nobody can pay this,", 26, 46, "Marie Dubois", "said")


def test_stdin_that_is_only_text(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(COUNCIL))
    assert main(["-"]) == 0
    [quote] = lines(capsys.readouterr().out)
    assert (quote["file"], quote["speaker"]) == ("-", "Ruth Adler")


def test_wrong_encoding_is_reported_and_the_right_one_works(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cp1252.txt"
    path.write_bytes(DUBOIS.encode("cp1252"))
    good = tmp_path / "good.txt"
    good.write_text(COUNCIL, encoding="utf-8")
    assert main([str(path), str(good)]) == 1
    out, err = capsys.readouterr()
    assert [q["file"] for q in lines(out)] == [str(good)]
    # "café": the é is byte 17, 0xE9 in Windows-1252
    assert f"{path}: not utf-8 text: byte 17" in err
    assert "--encoding" in err

    assert main(["--encoding", "cp1252", str(path)]) == 0
    [quote] = lines(capsys.readouterr().out)
    assert brief(quote) == ("Nobody can pay this,", 26, 46, "Marie Dubois", "said")


# options


def test_verbs_adds_reporting_verbs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "chortle.txt"
    path.write_text(CHORTLE, encoding="utf-8")
    assert main([str(path)]) == 0
    [plain] = lines(capsys.readouterr().out)
    assert plain["cue"] is None

    assert main(["--verbs", "quip, chortle", str(path)]) == 0
    [quote] = lines(capsys.readouterr().out)
    assert brief(quote) == ("Read more books,", 1, 17, "Dorothea", "chortled")
    assert (quote["cue_lemma"], quote["rule"]) == ("chortle", "cue_after")


def test_rules_enables_only_the_named_rules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "council.txt"
    path.write_text(COUNCIL, encoding="utf-8")
    # the speaker stands after the quote: cue_before alone cannot find it
    assert main(["--rules", "cue_before,colon", str(path)]) == 0
    [quote] = lines(capsys.readouterr().out)
    assert (quote["start"], quote["speaker"], quote["rule"]) == (28, None, None)


def test_scare_quotes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "review.txt"
    path.write_text("The so-called “experts” were wrong again.", encoding="utf-8")
    assert main([str(path)]) == 0
    assert capsys.readouterr().out == ""
    assert main(["--scare-quotes", str(path)]) == 0
    quotes = lines(capsys.readouterr().out)
    assert [(q["text"], q["start"], q["end"], q["kind"], q["speaker"]) for q in quotes] == [
        ("experts", 15, 22, "mixed", None)
    ]


def test_progress_on_request(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "c.jsonl", {"id": "d1", "text": DUBOIS})
    assert main(["--jsonl", str(path)]) == 0
    assert capsys.readouterr().err == ""  # stderr is no terminal here
    assert main(["--jsonl", "--progress", str(path)]) == 0
    err = capsys.readouterr().err
    assert "1 document," in err and "MB/s" in err and err.endswith("\n")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("quotex ")


def test_help_documents_the_options(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for option in ("--jsonl", "--jobs", "--encoding", "--rules", "--verbs", "--scare-quotes"):
        assert option in out
    assert "cue_after" in out  # the rule names, for --rules
    assert "exit status" in out


# JSON Lines corpora


def test_jsonl_one_line_per_document_in_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(
        tmp_path / "corpus.jsonl",
        {"id": "news/1", "text": COUNCIL, "source": "test"},
        {"id": "news/2", "text": "The meeting ended at noon."},
        {"id": 3, "text": DUBOIS},
    )
    assert main(["--jsonl", str(path)]) == 0
    docs = lines(capsys.readouterr().out)
    assert [(d["id"], [brief(q) for q in d["quotes"]]) for d in docs] == [
        ("news/1", [("We will reopen the library in May,", 28, 62, "Ruth Adler", "said")]),
        ("news/2", []),
        (3, [("Nobody can pay this,", 26, 46, "Marie Dubois", "said")]),
    ]
    assert set(docs[0]) == {"id", "quotes"}
    assert set(docs[0]["quotes"][0]) == QUOTE_FIELDS


def test_jsonl_bad_documents_are_reported_and_the_rest_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(
        tmp_path / "corpus.jsonl",
        {"id": "ok/1", "text": COUNCIL},
        '{"id": "broken", "text": "unterminated',
        "",
        {"id": "no-text", "title": "A headline only"},
        {"id": "number", "text": 42},
        ["a", "list"],
        {"id": "ok/2", "text": DUBOIS},
    )
    assert main(["--jsonl", str(path)]) == 1
    out, err = capsys.readouterr()
    assert [d["id"] for d in lines(out)] == ["ok/1", "ok/2"]
    assert lines(out)[1]["quotes"][0]["speaker"] == "Marie Dubois"
    reports = err.splitlines()
    assert len(reports) == 4
    assert reports[0].startswith(f"quotex: {path}, line 2: not a JSON document")
    assert reports[1].startswith(f'quotex: {path}, line 4, id "no-text": no text')
    assert reports[2].startswith(f'quotex: {path}, line 5, id "number": text is a number')
    assert reports[3] == f"quotex: {path}, line 6: expected a JSON object, got list"
    assert "Traceback" not in err


@pytest.mark.timeout(60)
def test_jsonl_two_jobs_give_the_same_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = [{"id": f"doc/{i}", "text": t} for i, t in enumerate([COUNCIL, DUBOIS, CHORTLE] * 15)]
    path = write(tmp_path / "corpus.jsonl", *docs[:20], "not json", *docs[20:])
    assert main(["--jsonl", str(path)]) == 1
    one = capsys.readouterr()
    assert main(["--jsonl", "--jobs", "2", str(path)]) == 1
    two = capsys.readouterr()
    assert two.out == one.out
    assert (
        two.err
        == one.err
        == f"quotex: {path}, line 21: not a JSON document (Expecting value at column 1)\n"
    )
    assert len(lines(two.out)) == 45


def test_jsonl_from_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.dumps({"id": "in", "text": DUBOIS}) + "\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data.encode()), encoding="utf-8"))
    assert main(["--jsonl", "-"]) == 0
    [doc] = lines(capsys.readouterr().out)
    assert (doc["id"], doc["quotes"][0]["start"]) == ("in", 26)


# usage errors: exit status 2, a message, no traceback


def test_titles_and_given_names_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "warden.txt"
    path.write_text(
        "Zebulona Price met Warden Quenby Brown. “We are ready,” she said.", encoding="utf-8"
    )
    assert main([str(path)]) == 0
    [plain] = lines(capsys.readouterr().out)
    assert plain["speaker"] is None
    assert main(["--titles", "warden - no", "--given-names", "zebulona f", str(path)]) == 0
    [quote] = lines(capsys.readouterr().out)
    assert quote["speaker"] == "Zebulona Price"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["missing.txt"], "missing.txt: no such file"),
        (["--rules", "cue_after,telepathy", "-"], "unknown rule(s) telepathy"),
        (["--encoding", "klingon", "-"], "unknown encoding 'klingon'"),
        (["--jobs", "0", "-"], "expected a whole number of at least 1"),
        (["--verbs", "say-so", "-"], "a verb must be words"),
        (["--titles", "warden x no", "-"], "argument --titles: "),
        (["--given-names", "zebulona", "-"], "argument --given-names: "),
        ([], "the following arguments are required: FILE"),
    ],
)
def test_usage_errors(
    argv: list[str],
    message: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert message in err
    assert "Traceback" not in err


def test_a_folder_is_not_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--jsonl", str(tmp_path)]) == 2
    assert f"{tmp_path}: is a directory" in capsys.readouterr().err


def test_console_script_exits_with_the_status(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.argv", ["quotex", str(tmp_path / "missing.txt")])
    with pytest.raises(SystemExit) as exit_info:
        main_entry()
    assert exit_info.value.code == 2
    assert "no such file" in capsys.readouterr().err


def test_names_as_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "nato.txt"
    path.write_text(
        "“We are ready,” NATO Secretary General Jens Stoltenberg said. "
        "“It is a good day,” Mr. Stoltenberg added.",
        encoding="utf-8",
    )
    assert main([str(path)]) == 0
    assert [q["speaker"] for q in lines(capsys.readouterr().out)] == ["Jens Stoltenberg"] * 2
    assert main(["--names", "as_written", str(path)]) == 0
    quotes = lines(capsys.readouterr().out)
    assert [(q["start"], q["speaker"]) for q in quotes] == [
        (1, "Jens Stoltenberg"),
        (63, "Mr. Stoltenberg"),
    ]
