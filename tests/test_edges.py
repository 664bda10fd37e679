"""Friendly edges: ``python -m quotex``, byte-order marks, verb lists, option
errors and where progress is drawn."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

from quotex import Lexicon, LexiconError, Quote, extract_quotes
from quotex.cli import main

ROOT = Path(__file__).resolve().parent.parent
BOM = "\N{ZERO WIDTH NO-BREAK SPACE}"

# Short news and fiction sentences written for these tests.
SENTENCES = {
    "cue-after": "“We are ready,” said Jens Stoltenberg.",
    "cue-before": "Jens Stoltenberg said: “We are ready.”",
    "pronoun": "Mayor Ruth Adler spoke first.\n\n“We will reopen the library,” she said.",
    "first-word-name": "Dorothea smiled. “Read more books.”",
    "unattributed": "“Ready.” The door closed.",
}


def shifted(quote: Quote, by: int) -> Quote:
    def move(span: tuple[int, int] | None) -> tuple[int, int] | None:
        return None if span is None else (span[0] + by, span[1] + by)

    return attrs.evolve(
        quote,
        start=quote.start + by,
        end=quote.end + by,
        speaker_mention_span=move(quote.speaker_mention_span),
        cue_span=move(quote.cue_span),
    )


def test_python_dash_m_quotex_runs_the_command() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "quotex", "examples/nato_stoltenberg.txt"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    quotes = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(quotes) == 23
    assert {q["speaker"] for q in quotes} == {"Jens Stoltenberg"}


@pytest.mark.parametrize("text", SENTENCES.values(), ids=SENTENCES.keys())
def test_a_bom_starting_a_string_is_no_text_and_offsets_index_the_string(text: str) -> None:
    with_bom = extract_quotes(BOM + text)
    assert with_bom == [shifted(q, 1) for q in extract_quotes(text)]
    for q in with_bom:
        assert (BOM + text)[q.start : q.end] == q.text


@pytest.mark.parametrize("jsonl", [False, True], ids=["text-file", "corpus"])
def test_a_bom_starting_a_file_is_dropped(
    jsonl: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = SENTENCES["cue-after"]
    path = tmp_path / "bom.txt"
    data = json.dumps({"id": "d", "text": text}) + "\n" if jsonl else text
    path.write_bytes(b"\xef\xbb\xbf" + data.encode("utf-8"))
    assert main(["--format", "jsonl", *(["--jsonl"] if jsonl else []), str(path)]) == 0
    out, err = capsys.readouterr()
    record = json.loads(out.splitlines()[0])
    quote = record["quotes"][0] if jsonl else record
    assert (quote["start"], quote["speaker"], err) == (1, "Jens Stoltenberg", "")


@pytest.mark.parametrize(
    "verbs",
    [("quip, chortle",), (["quip", "chortle"],), ("quip", "chortle"), (["quip, chortle"],)],
    ids=["comma-separated", "list", "arguments", "list-of-comma-separated"],
)
def test_with_verbs_takes_what_the_command_takes(verbs: tuple[str | list[str], ...]) -> None:
    lexicon = Lexicon.default().with_verbs(*verbs)
    [q] = extract_quotes("“Read more books,” Dorothea chortled.", lexicon=lexicon)
    assert (q.speaker, q.cue_lemma) == ("Dorothea", "chortle")
    assert lexicon.lemma("quipped") == "quip"


def test_with_verbs_reads_irregular_forms_whole() -> None:
    lexicon = Lexicon.default().with_verbs("spit = spat, spitten", "quip")
    assert [lexicon.lemma(f) for f in ("spat", "spitten", "quips")] == ["spit", "spit", "quip"]


@pytest.mark.parametrize(
    ("verbs", "message"),
    [
        (("zork",), "the lexicon has no verb 'zork'"),
        (("said",), "no verb 'said' \\(give its base form, 'say'\\)"),
        (("say, zork",), "no verb 'zork'"),
    ],
)
def test_without_verbs_says_when_a_verb_is_missing(verbs: tuple[str, ...], message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        Lexicon.default().without_verbs(*verbs)


def test_without_verbs_takes_lists() -> None:
    fewer = Lexicon.default().without_verbs(["say", "tell"], "ask, reply")
    assert [fewer.lemma(f) for f in ("said", "told", "asked", "replied")] == [None] * 4


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--verbs", "say-so", "-"], "argument --verbs: a verb must be words, got 'say-so'"),
        (["--rules", "telepathy", "-"], "argument --rules: unknown rule(s) telepathy"),
        (["--encoding", "klingon", "-"], "argument --encoding: unknown encoding 'klingon'"),
        (["--lexicon", ".", "-"], "argument --lexicon: "),
        (["--format", "pdf", "-"], "argument -f/--format: invalid choice: 'pdf'"),
    ],
)
def test_option_errors_name_the_option(
    argv: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    os.chdir(tmp_path)
    try:
        assert main(argv) == 2
    finally:
        os.chdir(ROOT)
    err = capsys.readouterr().err
    assert message in err
    assert "with_verbs" not in err and "from_directory" not in err


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_redrawn_only_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(SENTENCES["cue-after"], encoding="utf-8")
    assert main(["--format", "jsonl", str(path)]) == 0
    assert capsys.readouterr().err == ""  # not asked, no terminal: nothing
    assert main(["--format", "jsonl", "--progress", str(path)]) == 0
    err = capsys.readouterr().err
    assert err == "quotex: 1 document, 0.0 MB, " + err.split(", ")[2]
    assert "\r" not in err and "\x1b" not in err and err.endswith(" MB/s\n")

    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert main(["--format", "jsonl", str(path)]) == 0
    assert terminal.getvalue().startswith("\rquotex: 1 document,")
    assert terminal.getvalue().endswith("\x1b[K\n")


def test_verbs_option_takes_irregular_forms(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "vane.txt"
    path.write_text("“Get out,” Harriet Vane spat at Peter Wimsey.", encoding="utf-8")
    assert main(["-f", "jsonl", "--verbs", "spit = spat", "--verbs", "quip", str(path)]) == 0
    [quote] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (quote["speaker"], quote["cue"], quote["cue_lemma"]) == ("Harriet Vane", "spat", "spit")
