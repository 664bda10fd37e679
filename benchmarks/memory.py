"""Peak memory of the ``quotex --jsonl`` command on a large corpus.

usage: python -m benchmarks.memory [CORPUS] [--size-mb 200 ...] [--jobs 1 2] [--limit-mb 150]

Builds a JSON Lines input of ``--size-mb`` megabytes in a temporary folder by
repeating the texts of CORPUS (default: ``../shared/corpora/polnear-dev.jsonl``
beside the repository), runs ``python -m quotex.cli --jsonl FILE [--jobs N]``
on it in a child process with its output going to the null device, and
prints, per run:

* the peak resident memory of the largest process of the run: the figure
  ``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` gives, read per run
  through :func:`os.wait4` so one run's peak does not hide the next one's;
* the peak of the whole process tree's resident memory (the command plus its
  worker processes), sampled from ``/proc`` every 50 ms, on Linux;
* the wall time and throughput.

Give several sizes to see that the peak does not grow with the input. The
temporary files are deleted at the end. Nothing here is a test; the target
is a peak under ``--limit-mb`` for every run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "polnear-dev.jsonl"
MB = 1_000_000
KB = 1 if sys.platform == "darwin" else 1024
"""Bytes per unit of ``ru_maxrss``: kilobytes on Linux, bytes on macOS."""


def main(argv: list[str] | None = None) -> int:
    """Build the inputs, run the command on each, print the figures."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.memory", description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--size-mb", type=int, nargs="+", default=[200], metavar="MB")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], metavar="N")
    parser.add_argument("--limit-mb", type=float, default=150.0, metavar="MB")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        parser.error(f"no corpus at {args.corpus}: give a JSON Lines file with 'text' fields")
    texts = list(corpus_texts(args.corpus))
    print(f"corpus: {args.corpus.name}, {len(texts)} texts")
    print(f"floor: {floor_rss() / MB:.1f} MB peak RSS to start Python and load quotex")
    print(f"{'input':>9} {'jobs':>4} {'peak RSS':>9} {'tree peak':>9} {'time':>8} {'MB/s':>6}")
    within = True
    with tempfile.TemporaryDirectory(prefix="quotex-memory-") as tmp:
        for size in args.size_mb:
            path = Path(tmp) / f"input-{size}mb.jsonl"
            written = build_input(texts, path, size * MB)
            for jobs in args.jobs:
                run = measure(path, jobs)
                within &= run.status == 0 and run.peak < args.limit_mb * MB
                tree = f"{run.tree_peak / MB:8.1f}M" if run.tree_peak else f"{'n/a':>9}"
                print(
                    f"{written / MB:8.1f}M {jobs:>4} {run.peak / MB:8.1f}M {tree} "
                    f"{run.seconds:7.1f}s {written / MB / run.seconds:6.2f}"
                    + ("" if run.status == 0 else f"  exit status {run.status}")
                )
            path.unlink()
    # the same figure for all runs at once, as the standard library reports it
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * KB
    print(f"largest peak RSS of any run (getrusage RUSAGE_CHILDREN): {largest / MB:.1f} MB")
    verdict = "within" if within else "NOT within"
    print(f"target: peak RSS under {args.limit_mb:.0f} MB per run: {verdict}")
    return 0 if within else 1


def corpus_texts(corpus: Path) -> Iterator[str]:
    """The ``text`` of each document of a JSON Lines corpus."""
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)["text"]


def build_input(texts: list[str], path: Path, size: int) -> int:
    """Write copies of ``texts`` as ``{"id", "text"}`` lines until ``size`` bytes."""
    written = 0
    copy = 0
    with path.open("w", encoding="utf-8") as out:
        while written < size:
            for number, text in enumerate(texts):
                line = json.dumps({"id": f"{copy}/{number}", "text": text}) + "\n"
                out.write(line)
                written += len(line.encode("utf-8"))
                if written >= size:
                    break
            copy += 1
    return written


@attrs.frozen
class Run:
    """The figures of one run of the command."""

    status: int
    peak: int
    """Peak resident bytes of the run's largest process."""
    tree_peak: int
    """Peak resident bytes of the whole process tree, sampled; 0 without /proc."""
    seconds: float


def measure(path: Path, jobs: int) -> Run:
    """Run the command on ``path`` with ``jobs`` processes, output discarded."""
    command = [sys.executable, "-m", "quotex.cli", "--jsonl", "--no-progress", str(path)]
    if jobs > 1:
        command += ["--jobs", str(jobs)]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    started = time.perf_counter()
    tree_peak = 0
    with open(os.devnull, "wb") as sink:
        child = subprocess.Popen(command, stdout=sink, env=env, cwd=ROOT)
        while True:
            # wait4 rather than child.wait(): it also returns the child's
            # resource usage, that of this run alone.
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            tree_peak = max(tree_peak, tree_rss(child.pid))
            time.sleep(0.05)
    child.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    return Run(child.returncode, usage.ru_maxrss * KB, tree_peak, seconds)


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and its descendants now (0 without /proc)."""
    total = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            with open(f"/proc/{current}/status", encoding="ascii") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
            with open(f"/proc/{current}/task/{current}/children", encoding="ascii") as kids:
                pending.extend(int(kid) for kid in kids.read().split())
        except (OSError, ValueError):
            continue  # gone meanwhile, or no /proc
    return total


def floor_rss() -> int:
    """Peak RSS of a process that only imports quotex and compiles its patterns."""
    code = (
        "import quotex; from quotex.patterns import patterns_for;"
        " patterns_for(quotex.Lexicon.default()); import quotex.cli"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-c", code], env=env)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss * KB


if __name__ == "__main__":
    sys.exit(main())
