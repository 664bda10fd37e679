"""The scripts in examples/ run and print what their docstrings promise."""

from __future__ import annotations

import os
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

from tests.extras import need

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def run_example(
    name: str, *args: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[int, str, str]:
    """Run ``examples/<name>`` as a script from the repository root, in this
    process (a new interpreter would import and compile everything again,
    about a second a script); return its exit status, output and errors."""
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(sys, "argv", [str(EXAMPLES / name), *args])
    status = 0
    try:
        runpy.run_path(str(EXAMPLES / name), run_name="__main__")
    except SystemExit as done:
        status = done.code if isinstance(done.code, int) else 1
    out, err = capsys.readouterr()
    return status, out, err


def example_output(
    name: str, *args: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> str:
    """The output of ``examples/<name>``, which must exit with status 0."""
    status, out, err = run_example(name, *args, capsys=capsys, monkeypatch=monkeypatch)
    assert status == 0, err
    return out


def run_script(name: str, *args: str, timeout: float) -> str:
    """Run ``examples/<name>`` in a new interpreter (for a script that starts
    services of its own, as Spark does); return its output."""
    env = dict(os.environ)
    # quotex may be installed or only checked out: either way import this copy
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_basic_prints_every_quotation_of_the_article(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = example_output("basic.py", capsys=capsys, monkeypatch=monkeypatch).splitlines()
    assert lines[-1] == "23 quotations"
    assert lines[0].startswith("Jens Stoltenberg | said | NATO 2030 is about protecting")
    assert all(line.startswith("Jens Stoltenberg | ") for line in lines[:-1])


def test_custom_lexicon_finds_the_speaker_only_with_the_new_verb(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = example_output("custom_lexicon.py", capsys=capsys, monkeypatch=monkeypatch).splitlines()
    assert out == [
        "default: speaker=None cue=None lemma=None rule=None",
        "with spit: speaker=Harriet Vane cue=spat lemma=spit rule=cue_after",
        "default knows 'spat': False",
    ]


def test_corpus_stats_defaults_to_the_examples_folder(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = example_output("corpus_stats.py", capsys=capsys, monkeypatch=monkeypatch).splitlines()
    assert out[0] == "23 quotations in 1 files"
    assert out[1].split(maxsplit=1) == ["23", "Jens Stoltenberg"]


def test_corpus_stats_counts_per_speaker_over_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(
        "“The budget is balanced,” Maria Lopez said.\n\n“It is not,” said Tom Okafor.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Maria Lopez told reporters: “We will vote on Friday.”\n", encoding="utf-8"
    )
    (tmp_path / "notes.md").write_text("“Ignored,” said Nobody.\n", encoding="utf-8")
    out = example_output(
        "corpus_stats.py", str(tmp_path), capsys=capsys, monkeypatch=monkeypatch
    ).splitlines()
    assert out[0] == "3 quotations in 2 files"
    assert [line.split(maxsplit=1) for line in out[1:]] == [
        ["2", "Maria Lopez"],
        ["1", "Tom Okafor"],
    ]


def test_corpus_stats_rejects_a_missing_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    status, _, err = run_example(
        "corpus_stats.py", str(tmp_path / "absent"), capsys=capsys, monkeypatch=monkeypatch
    )
    assert status == 2
    assert "is not a folder" in err


@pytest.mark.integration
@pytest.mark.timeout(300)
@pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas")
def test_spark_corpus_writes_a_row_per_quotation_as_parquet(tmp_path: Path) -> None:
    need("pyspark")
    parquet = need("pyarrow.parquet")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        '{"id": 1, "text": "“We are ready,” said Jens Stoltenberg. “Our unity is our strength.”"}\n'
        '{"id": 2, "text": "No quotation marks here."}\n'
        '{"id": 3}\n'
        '{"id": 4, "text": "Clara Holt told reporters: “The budget is balanced.”"}\n',
        encoding="utf-8",
    )
    target = tmp_path / "quotes"
    out = run_script(
        "spark_corpus.py", str(corpus), str(target), "--master", "local[2]", timeout=280
    )
    assert out.splitlines() == [f"3 quotations written to {target}", "1 documents failed"]
    table = parquet.read_table(target).sort_by([("id", "ascending"), ("start", "ascending")])
    rows = table.select(["id", "start", "speaker", "cue", "error"]).to_pylist()
    assert [(r["id"], r["start"], r["speaker"], r["cue"]) for r in rows] == [
        (1, 1, "Jens Stoltenberg", "said"),
        (1, 40, "Jens Stoltenberg", None),
        (3, None, None, None),
        (4, 28, "Clara Holt", "told"),
    ]
    assert rows[2]["error"].startswith("TypeError: extract_quotes() takes str, not NoneType")
