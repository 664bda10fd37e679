"""The scripts in examples/ run and print what their docstrings promise."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def run_example(name: str, *args: str) -> str:
    """Run ``examples/<name>`` from the repository root; return its output."""
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
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_basic_prints_every_quotation_of_the_article() -> None:
    lines = run_example("basic.py").splitlines()
    assert lines[-1] == "23 quotations"
    assert lines[0].startswith("Jens Stoltenberg | said | NATO 2030 is about protecting")
    assert all(line.startswith("Jens Stoltenberg | ") for line in lines[:-1])


def test_custom_lexicon_finds_the_speaker_only_with_the_new_verb() -> None:
    out = run_example("custom_lexicon.py").splitlines()
    assert out == [
        "default: speaker=None cue=None lemma=None rule=None",
        "with spit: speaker=Harriet Vane cue=spat lemma=spit rule=cue_after",
        "default knows 'spat': False",
    ]


def test_corpus_stats_defaults_to_the_examples_folder() -> None:
    out = run_example("corpus_stats.py").splitlines()
    assert out[0] == "23 quotations in 1 files"
    assert out[1].split(maxsplit=1) == ["23", "Jens Stoltenberg"]


def test_corpus_stats_counts_per_speaker_over_a_folder(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "“The budget is balanced,” Maria Lopez said.\n\n“It is not,” said Tom Okafor.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Maria Lopez told reporters: “We will vote on Friday.”\n", encoding="utf-8"
    )
    (tmp_path / "notes.md").write_text("“Ignored,” said Nobody.\n", encoding="utf-8")
    out = run_example("corpus_stats.py", str(tmp_path)).splitlines()
    assert out[0] == "3 quotations in 2 files"
    assert [line.split(maxsplit=1) for line in out[1:]] == [
        ["2", "Maria Lopez"],
        ["1", "Tom Okafor"],
    ]


def test_corpus_stats_rejects_a_missing_folder(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / "corpus_stats.py"), str(tmp_path / "absent")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "is not a folder" in done.stderr
