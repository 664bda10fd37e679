"""Throughput at scale: one process, ``extract_many`` in processes, Spark, Dask.

usage: python -m benchmarks.scale [CORPUS ...] [--workers 2] [--runs 1]
                                  [--engines plain,many,spark,dask]

Reads the texts of the JSON Lines corpora (default: the English development
corpora in ``../shared/corpora`` beside the repository, PolNeAR's news,
PDNC's novels and QuoteLi3's chapters: 970 documents, 13.4 million
characters), each document once, and extracts their quotations in one run
with each engine:

* ``plain``: ``extract_quotes`` over every text in this process;
* ``many``: ``extract_many(texts, processes=WORKERS)``;
* ``spark``: ``quotex.spark.quotes_dataframe`` on Spark ``local[WORKERS]``,
  the documents cached in Spark in 2 partitions per worker of about as many
  characters each (see :func:`partitions`), after an untimed first pass
  that warms the JVM, the quotes
  brought back to the driver as an Arrow table (``toArrow``, PySpark 4);
* ``dask``: ``quotex.dask.quotes_dataframe`` on a ``distributed.LocalCluster``
  of WORKERS single-threaded worker processes, the documents sent to the
  workers in 8 such partitions each, the quotes brought back to the client.

Every engine's time is wall time from the call to the last quotation in the
caller's hands. Not timed: starting Spark or the cluster, loading the
documents into them, and compiling the lexicon once in every process (in
this one before ``plain``; in Spark by the first pass; in Dask on each
worker by ``Client.run``), as a long job pays them once. Each
engine's name cache starts empty, as a corpus is read once. The figures are
characters a second and each engine's throughput over ``plain``'s; each
engine's quotations are checked to be those of ``plain``, field for field.
On a shared machine, other work takes cores from the engines that need
two: the load average is printed before and after, and the machine's own
speed-up, before the engines and after them: a loop of pure Python that
runs WORKERS times in one process, then once in each of WORKERS processes,
the most that any engine could gain at that moment.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import statistics
import sys
import time
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from quotex import Lexicon, extract_many, extract_quotes
from quotex.batch import QUOTE_FIELDS, SPAN_FIELDS
from quotex.mentions import clear_caches
from quotex.patterns import patterns_for

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
DEFAULT_CORPORA = [CORPORA / f"{name}-dev.jsonl" for name in ("polnear", "pdnc", "quoteli3")]
SPARK_PARTITIONS_PER_WORKER = 2
"""Partitions of the documents per worker in Spark. A task of PySpark's
costs its Python worker about 35 ms of CPU and the JVM about as much,
whatever its size (measured with a function that reads nothing): 16 tasks
over this corpus cost Spark 1.2 seconds, as much as half the work. Real
jobs give each task far more text (see docs/scale.md)."""
DASK_PARTITIONS_PER_WORKER = 8
"""Partitions of the documents per worker in Dask, whose tasks cost little:
enough that a worker finishing early finds more to do, and that the
partitions Dask places on each worker hold about the same work."""
SEED = 2026
"""Of the shuffle of the documents."""

Row = tuple[Any, ...]
Engine = Callable[[list[tuple[int, str]], int], tuple[float, list[Row]]]


def main(argv: list[str] | None = None) -> int:
    """Time each engine on the same documents; print the figures."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.scale", description=__doc__)
    parser.add_argument("corpus", nargs="*", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--runs", type=int, default=1, help="runs per engine; the median counts")
    parser.add_argument("--engines", default="plain,many,spark,dask")
    args = parser.parse_args(argv)
    engines = [name.strip() for name in args.engines.split(",") if name.strip()]
    unknown = sorted(set(engines) - set(ENGINES))
    if unknown or "plain" not in engines:
        parser.error(f"--engines takes plain and any of {', '.join(ENGINES)}; got {unknown}")
    documents = load(args.corpus)
    characters = sum(len(text) for _, text in documents)
    print(
        f"{len(documents)} documents, {characters / 1e6:.1f} million characters, "
        f"{args.workers} workers; load average {os.getloadavg()[0]:.1f}"
    )
    print(f"machine's own speed-up with {args.workers} processes: {ceiling(args.workers):.2f}x")
    patterns_for(Lexicon.default())  # compiled before any engine is timed
    expected: list[Row] = []
    plain_seconds = 0.0
    matched = True
    for name in engines:
        seconds, rows = timed(ENGINES[name], documents, args.workers, args.runs)
        if name == "plain":
            expected, plain_seconds = rows, seconds
        same = rows == expected
        matched &= same
        print(
            f"{name:>6}: {seconds:7.2f} s  {characters / seconds / 1e6:6.2f} M chars/s  "
            f"{plain_seconds / seconds:5.2f}x plain  {len(rows)} rows  "
            f"{'identical' if same else 'DIFFERENT'}",
            flush=True,
        )
    print(f"machine's own speed-up after: {ceiling(args.workers):.2f}x")
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    return 0 if matched else 1


SPIN = 10_000_000
"""Steps of the loop that measures the machine's speed-up: about half a
second of one core."""


def ceiling(workers: int) -> float:
    """How much faster ``workers`` processes run a pure-Python loop than one."""
    started = time.perf_counter()
    for _ in range(workers):
        _spin(SPIN)
    alone = time.perf_counter() - started
    with multiprocessing.Pool(workers) as pool:
        started = time.perf_counter()
        pool.map(_spin, [SPIN] * workers)
        together = time.perf_counter() - started
    return alone / together


def _spin(steps: int) -> int:
    total = 0
    for step in range(steps):
        total += step
    return total


def load(corpora: Iterable[Path]) -> list[tuple[int, str]]:
    """``(id, text)`` of the corpora's documents, in a shuffled order.

    Each document once: a document read twice finds its names in the cache
    the first reading filled, in one process, but not always in a pool,
    where the other process may have read it. Shuffled (always the same
    way) so that the long novels, which come together in the files, spread
    over the partitions, as a corpus should be before it is split.
    """
    texts: list[str] = []
    for path in corpora:
        with path.open(encoding="utf-8") as lines:
            texts.extend(json.loads(line)["text"] for line in lines if line.strip())
    if not texts:
        raise SystemExit("no documents in the corpora")
    random.Random(SEED).shuffle(texts)
    return list(enumerate(texts))


def timed(
    engine: Engine, documents: list[tuple[int, str]], workers: int, runs: int
) -> tuple[float, list[Row]]:
    """The median wall time of ``runs`` runs of ``engine``, and its rows, sorted."""
    times = []
    rows: list[Row] = []
    for _ in range(runs):
        clear_caches()
        seconds, rows = engine(documents, workers)
        times.append(seconds)
    return statistics.median(times), sorted(rows, key=_order)


def quote_rows(ident: Any, quotes: Iterable[Any]) -> Iterator[Row]:
    """A document's quotes as rows: the id, then every field, spans as tuples."""
    for quote in quotes:
        yield (ident, *(getattr(quote, name) for name in QUOTE_FIELDS))


def record_rows(records: Iterable[Mapping[str, Any]]) -> Iterator[Row]:
    """Records of a quote table (spans as start/end mappings) as rows."""
    for record in records:
        if record["error"] is not None:
            raise RuntimeError(f"document {record['id']} failed: {record['error']}")
        values = [record["id"]]
        for name in QUOTE_FIELDS:
            value = record[name]
            if name in SPAN_FIELDS and value is not None:
                value = (value["start"], value["end"])
            values.append(value)
        yield tuple(values)


def run_plain(documents: list[tuple[int, str]], workers: int) -> tuple[float, list[Row]]:
    started = time.perf_counter()
    results = [extract_quotes(text) for _, text in documents]
    seconds = time.perf_counter() - started
    return seconds, [
        row for (i, _), qs in zip(documents, results, strict=True) for row in quote_rows(i, qs)
    ]


def run_many(documents: list[tuple[int, str]], workers: int) -> tuple[float, list[Row]]:
    started = time.perf_counter()
    results = list(extract_many((text for _, text in documents), processes=workers))
    seconds = time.perf_counter() - started
    return seconds, [
        row for (i, _), qs in zip(documents, results, strict=True) for row in quote_rows(i, qs)
    ]


def run_spark(documents: list[tuple[int, str]], workers: int) -> tuple[float, list[Row]]:
    from pyspark.sql import SparkSession

    from quotex.spark import quotes_dataframe

    warnings.filterwarnings("ignore", "PySpark does not yet fully support pandas")
    spark = (
        SparkSession.builder.master(f"local[{workers}]")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.memory", "4g")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    try:
        parts = partitions(documents, workers * SPARK_PARTITIONS_PER_WORKER)
        keyed = [(number, document) for number, part in enumerate(parts) for document in part]
        placed = spark.sparkContext.parallelize(keyed).partitionBy(len(parts), _identity)
        frame = spark.createDataFrame(placed.values(), "id long, text string").cache()
        frame.count()
        # Untimed, a first pass starts the Python workers, compiles their
        # lexicons and warms the JVM's compiler, as the first minutes of a
        # long job do; the name caches it fills are emptied after it.
        quotes_dataframe(frame).toArrow()
        spark.sparkContext.parallelize(range(len(parts)), len(parts)).foreach(_clear_caches)
        started = time.perf_counter()
        table = quotes_dataframe(frame).toArrow()
        seconds = time.perf_counter() - started
    finally:
        spark.stop()
    return seconds, list(record_rows(table.to_pylist()))


def run_dask(documents: list[tuple[int, str]], workers: int) -> tuple[float, list[Row]]:
    import dask.dataframe
    import pandas
    from distributed import Client, LocalCluster

    from quotex.dask import quotes_dataframe

    warnings.filterwarnings("ignore", "Sending large graph")  # the documents, sent once
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        client.wait_for_workers(workers)
        parts = partitions(documents, workers * DASK_PARTITIONS_PER_WORKER)
        frames = [pandas.DataFrame(part, columns=["id", "text"]) for part in parts]
        # Each worker holds as many partitions: Dask runs a task where its
        # data is, and persisting the frames left 14 of 16 on one worker.
        addresses = sorted(client.scheduler_info()["workers"])
        placed = [
            client.scatter(frame, workers=[addresses[number % len(addresses)]])
            for number, frame in enumerate(frames)
        ]
        persisted = dask.dataframe.from_delayed(placed, meta=frames[0].iloc[:0])
        client.run(_prepare_worker)
        persisted.map_partitions(len).compute()  # the documents are on the workers
        started = time.perf_counter()
        table = client.compute(quotes_dataframe(persisted)).result()
        seconds = time.perf_counter() - started
    return seconds, list(record_rows(table.to_dict("records")))


def partitions(documents: list[tuple[int, str]], count: int) -> list[list[tuple[int, str]]]:
    """The documents in ``count`` parts of about as many characters each, as
    Spark and Dask split files by bytes: the longest first, each to the part
    with the fewest characters so far; within a part, in the input's order."""
    sizes = [0] * count
    members: list[list[int]] = [[] for _ in range(count)]
    for index in sorted(range(len(documents)), key=lambda i: -len(documents[i][1])):
        smallest = sizes.index(min(sizes))
        sizes[smallest] += len(documents[index][1])
        members[smallest].append(index)
    return [[documents[i] for i in sorted(part)] for part in members]


def _identity(key: int) -> int:
    return key


def _clear_caches(_: object) -> None:
    clear_caches()


def _prepare_worker() -> None:
    clear_caches()
    patterns_for(Lexicon.default())


def _order(row: Row) -> tuple[Any, int]:
    return (row[0], row[2])


ENGINES: dict[str, Engine] = {
    "plain": run_plain,
    "many": run_many,
    "spark": run_spark,
    "dask": run_dask,
}

if __name__ == "__main__":
    sys.exit(main())
