"""How fast quotex reads text, and whether its time grows in step with the input.

usage: python -m benchmarks.speed [CORPUS ...] [--runs 5] [--scale-runs 3]
                                  [--adversarial-runs 1] [--timeout 300] [--no-scaling]
                                  [--lang LANG|corpus] [--kinds direct,mixed,indirect]

Prints three things; nothing here is a test:

All times are CPU seconds of the process doing the work (``time.process_time``),
which a busy machine inflates far less than wall time does. Each run of quotex
starts with its cache of names read in earlier documents emptied
(``quotex.mentions.clear_caches``): a run reads its texts as new, as a corpus is
read once, not from what the run before it left.

1. Throughput: characters per second of ``quotex.extract_quotes`` over the
   texts of each corpus (median of ``--runs`` runs, one process), beside a
   baseline timed on the same texts in the same runs. The machine these run
   on is shared and noisy, so the ratio to the baseline is the steadier
   figure. The baseline is the one pass over the text that any quotation
   finder has to make: counting its quotation marks with the standard
   library's ``re``. Texts are read in English unless ``--lang`` names a
   language, or ``corpus`` for the code in each corpus's file name
   (``rw-de-dev`` is German; see ``benchmarks.accuracy.corpus_language``).
2. Scaling: time per million characters for inputs of 1 to 16 million
   characters made by joining real article texts, and for adversarial inputs
   (runs of unclosed marks, deep nesting, one unbroken line, ...) at 1 and 8
   million. Each family prints its largest / smallest time-per-million
   ratio; linear time gives 1.0 and the target is at most 1.5. Each input
   runs in a child process that is stopped after ``--timeout`` seconds a
   run, so a quadratic case reports a lower bound instead of hanging.
3. The PolNeAR figure against the targets of 1,000,000 and 5,000,000
   characters per second.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import multiprocessing.queues
import re
import statistics
import sys
import time
from collections.abc import Callable, Collection, Iterable
from pathlib import Path

from benchmarks.accuracy import corpus_files, corpus_language, corpus_parser, parse_kinds
from quotex import extract_quotes
from quotex.extract import DEFAULT_KINDS
from quotex.mentions import clear_caches

MILLION = 1_000_000
TARGETS = (1_000_000, 5_000_000)
MAX_RATIO = 1.5
REAL_SIZES = (1, 2, 4, 8, 16)
ADVERSARIAL_SIZES = (1, 8)

# The baseline: every quotation finder must at least look at each quotation
# mark once. The class holds the marks quotex pairs (straight and curly, single
# and double, guillemets) so the baseline and quotex scan for the same things.
BASELINE_PATTERN = re.compile(
    "[\"'\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}"
    "\N{LEFT SINGLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}"
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}]"
)
BASELINE_NAME = "len(re.findall('[\"'“”‘’«»]', text)) with the standard re module"

LDQ = "\N{LEFT DOUBLE QUOTATION MARK}"
RDQ = "\N{RIGHT DOUBLE QUOTATION MARK}"
LSQ = "\N{LEFT SINGLE QUOTATION MARK}"
RSQ = "\N{RIGHT SINGLE QUOTATION MARK}"

# Warms quotex up outside the clock: the first attributed quotation compiles
# the lexicon's patterns (a few tenths of a second), which text without
# quotation marks never reaches.
WARM_UP = f"{LDQ}We are ready,{RDQ} Jens Stoltenberg said."


def load_texts(corpus: Path) -> list[str]:
    """The document texts of a ``.jsonl`` corpus, in file order."""
    with corpus.open(encoding="utf-8") as src:
        return [json.loads(line)["text"] for line in src if line.strip()]


def baseline(text: str) -> int:
    """The trivial pass the baseline times: count the quotation marks."""
    return len(BASELINE_PATTERN.findall(text))


def quotex_pass(text: str, lang: str | None = None, kinds: Collection[str] = DEFAULT_KINDS) -> int:
    """The pass being measured: every quotation of ``kinds``, attributed,
    reading the text in ``lang`` (English when ``None``)."""
    return len(extract_quotes(text, lang=lang, kinds=kinds))


def time_pass(func: Callable[[str], int], texts: Iterable[str]) -> float:
    """CPU seconds ``func`` takes over all ``texts``, one after the other.

    CPU time of this process rather than wall time: on a machine whose cores
    are shared, wall time mostly measures how long the process waited.
    """
    start = time.process_time()
    for text in texts:
        func(text)
    return time.process_time() - start


def throughput(
    texts: list[str], runs: int, lang: str | None = None, kinds: Collection[str] = DEFAULT_KINDS
) -> tuple[float, float]:
    """Median seconds of (quotex, baseline) over ``texts``, read in ``lang``
    for the quotations of ``kinds``.

    The two alternate run by run so that a burst of load from another user
    of the machine lands on both rather than on one.
    """
    quotex_times, base_times = [], []
    quotex_pass(WARM_UP, lang, kinds)
    for _ in range(runs):
        base_times.append(time_pass(baseline, texts))
        clear_caches()  # each run reads the texts as new (see quotex.mentions)
        quotex_times.append(time_pass(lambda text: quotex_pass(text, lang, kinds), texts))
    return statistics.median(quotex_times), statistics.median(base_times)


# ---------------------------------------------------------------- inputs


def fill(unit: str, size: int) -> str:
    """``unit`` repeated to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def real_text(articles: list[str], size: int) -> str:
    """Real articles joined with blank lines to ``size`` characters.

    The first million characters of articles make a block that is repeated,
    so that every size holds the same mix of quotations and frames: the
    articles of a corpus differ a lot in how many quotations they hold, and
    a 16-million input of different articles than the 1-million one would
    measure that difference, not the growth in size. The block ends at an
    article boundary, so no repeat starts inside a quotation.
    """
    parts: list[str] = []
    total = 0
    for article in articles:
        parts.append(article)
        total += len(article) + 2
        if total >= min(size, MILLION):
            break
    block = "\n\n".join(parts) + "\n\n"
    return fill(block, size)


def _tiny_paragraphs(size: int) -> str:
    # Ten characters each: a million characters make 100,000 paragraphs.
    return fill(f"{LDQ}No,{RDQ} I.\n\n", size)


def _deep_nesting(size: int) -> str:
    # 10,000 levels, double and single marks alternating as editors nest them.
    depth = 5_000
    unit = (LDQ + LSQ) * depth + " word " + (RSQ + RDQ) * depth + "\n\n"
    return fill(unit, size)


def adversarial(name: str, articles: list[str], size: int) -> str:
    """One adversarial input of ``size`` characters, by family name."""
    if name == "straight double run":
        return '"' * size
    if name == "curly opening run":
        return LDQ * size
    if name == "straight single run":
        return "'" * size
    if name == "alternating “‘“‘":
        return fill(LDQ + LSQ, size)
    if name == "one line, no spaces":
        # Real words and marks with every space and line break taken out.
        return fill(re.sub(r"\s+", "", real_text(articles, min(size, 2 * MILLION))), size)
    if name == "10,000-deep nesting":
        return _deep_nesting(size)
    if name == "tiny paragraphs":
        return _tiny_paragraphs(size)
    if name == "one giant unclosed quote":
        # Real prose after a single opening mark, with every double mark that
        # could close it removed.
        block = re.sub(f'["{LDQ}{RDQ}]', "", real_text(articles, MILLION))
        return ("The minister said: " + LDQ + fill(block, size))[:size]
    raise ValueError(f"no adversarial input named {name!r}")


ADVERSARIAL = (
    "straight double run",
    "curly opening run",
    "straight single run",
    "alternating “‘“‘",
    "one line, no spaces",
    "10,000-deep nesting",
    "tiny paragraphs",
    "one giant unclosed quote",
)


def _child(
    family: str, corpus: str, size: int, runs: int, out: multiprocessing.queues.Queue[float]
) -> None:
    articles = load_texts(Path(corpus))
    text = real_text(articles, size) if family == "real" else adversarial(family, articles, size)
    quotex_pass(WARM_UP)
    times = []
    for _ in range(runs):
        clear_caches()
        times.append(time_pass(quotex_pass, [text]))
    out.put(statistics.median(times))


def timed_in_child(family: str, corpus: Path, size: int, runs: int, timeout: float) -> float | None:
    """Median seconds for one scaling input, or ``None`` after ``timeout`` a run.

    A child process so that a case that has gone quadratic can be stopped.
    """
    queue: multiprocessing.queues.Queue[float] = mp.Queue()
    child = mp.Process(target=_child, args=(family, str(corpus), size, runs, queue))
    child.start()
    # Loading the corpus and building the input take a few seconds more.
    child.join(timeout * runs + 30)
    if child.is_alive():
        child.terminate()
        child.join()
        return None
    return queue.get() if not queue.empty() else None


def scaling(
    corpus: Path, runs: int, adversarial_runs: int, timeout: float
) -> list[tuple[str, bool]]:
    """Print the scaling table; return (family, within target) per family."""
    print(
        f"\n== scaling: CPU seconds per million characters (median of {runs} runs for real text, "
        f"{adversarial_runs} for adversarial; articles from {corpus.name}; "
        f"a run stopped after {timeout:.0f} s)"
    )
    families = [("real", REAL_SIZES)] + [(name, ADVERSARIAL_SIZES) for name in ADVERSARIAL]
    header = "".join(f"{size:>8} M" for size in REAL_SIZES)
    print(f"{'input':28}{header}   max/min")
    verdicts = []
    for family, sizes in families:
        per_million: dict[int, float | None] = {}
        family_runs = runs if family == "real" else adversarial_runs
        for size in sizes:
            seconds = timed_in_child(family, corpus, size * MILLION, family_runs, timeout)
            per_million[size] = None if seconds is None else seconds / size
        cells = []
        for size in REAL_SIZES:
            if size not in per_million:
                cells.append(f"{'':>10}")
            elif per_million[size] is None:
                cells.append(f"{'timeout':>10}")
            else:
                cells.append(f"{per_million[size]:>10.3f}")
        measured = [v for v in per_million.values() if v is not None]
        if len(measured) == len(sizes):
            ratio = max(measured) / min(measured)
            verdict = ratio <= MAX_RATIO
            note = f"{ratio:6.2f}{'' if verdict else '  over target'}"
        else:
            verdict = False
            note = "  timed out: not linear"
        verdicts.append((family, verdict))
        print(f"{family:28}{''.join(cells)}   {note}")
        sys.stdout.flush()
    return verdicts


def main(argv: list[str] | None = None) -> int:
    """Run the throughput and scaling benchmarks and print the figures."""
    ap = corpus_parser(__doc__)
    ap.add_argument("--runs", type=int, default=5, help="runs per corpus (median taken)")
    ap.add_argument("--scale-runs", type=int, default=3, help="runs per real-text scaling input")
    ap.add_argument(
        "--adversarial-runs",
        type=int,
        default=1,
        help="runs per adversarial input (they are slow; default 1)",
    )
    ap.add_argument(
        "--timeout",
        type=float,
        default=300.0,
        help="seconds a scaling run may take before it is given up as too slow",
    )
    ap.add_argument("--no-scaling", action="store_true", help="skip the scaling table")
    ap.add_argument(
        "--kinds",
        type=parse_kinds,
        default=DEFAULT_KINDS,
        help="kinds quotex reports, comma-separated (extract_quotes' kinds= option)",
    )
    ap.add_argument(
        "--lang",
        help="the language to read the corpora in (default: English), or 'corpus' for "
        "the code in each corpus's file name",
    )
    args = ap.parse_args(argv)

    corpora = list(corpus_files(args.corpora))
    print(f"baseline: {BASELINE_NAME}")
    print(f"== throughput (CPU time, median of {args.runs} runs, single process)")
    print(
        f"{'corpus':16}{'docs':>6}{'chars':>12}{'quotex c/s':>14}{'baseline c/s':>16}"
        f"{'time / baseline':>17}"
    )
    rates: dict[str, float] = {}
    for corpus in corpora:
        texts = load_texts(corpus)
        chars = sum(len(text) for text in texts)
        lang = corpus_language(corpus) if args.lang == "corpus" else args.lang
        q_sec, b_sec = throughput(texts, args.runs, lang, args.kinds)
        rates[corpus.stem] = chars / q_sec
        print(
            f"{corpus.stem:16}{len(texts):>6}{chars:>12,}{chars / q_sec:>14,.0f}"
            f"{chars / b_sec:>16,.0f}{q_sec / b_sec:>16.1f}x"
        )
        sys.stdout.flush()

    if not args.no_scaling:
        # News articles are the intended input; fall back to the first corpus.
        source = next((c for c in corpora if c.stem.startswith("polnear")), corpora[0])
        scaling(source, args.scale_runs, args.adversarial_runs, args.timeout)

    polnear = next((name for name in rates if name.startswith("polnear")), None)
    if polnear is not None:
        rate = rates[polnear]
        print(f"\n== {polnear}: {rate:,.0f} characters per second")
        for target in TARGETS:
            verdict = "met" if rate >= target else f"missed ({rate / target:.0%} of it)"
            print(f"   target {target:>10,}: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
