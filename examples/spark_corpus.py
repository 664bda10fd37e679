"""The quotations of a corpus, with Spark: JSON Lines or Parquet in, Parquet out.

Needs ``pip install 'quotex[spark]'`` and Java 17 or later. Run it from the
repository root; on a cluster, give ``--master`` (or run it through
``spark-submit``, which sets it) and make quotex importable on the executors::

    python examples/spark_corpus.py corpus.jsonl quotes.parquet
    python examples/spark_corpus.py articles/ quotes/ --text-col body --id-col url
    python examples/spark_corpus.py articles.parquet quotes/ --master 'local[2]'

The input is read as Parquet when its name ends in ``.parquet`` (a file or a
folder of them) and as JSON Lines otherwise (a file or a folder, one
``{"id": ..., "text": ...}`` object a line). The output folder gets one row
per quotation, in the columns of ``quotex.spark.quotes_dataframe``, and the
script prints how many quotations it wrote and how many documents failed.
"""

from __future__ import annotations

import argparse
import sys

from pyspark.sql import SparkSession

from quotex.spark import quotes_dataframe


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", help="JSON Lines or Parquet: a file or a folder")
    parser.add_argument("target", help="the folder to write the quotations to, as Parquet")
    parser.add_argument("--text-col", default="text")
    parser.add_argument("--id-col", default="id")
    parser.add_argument("--master", help="Spark master (default: spark-submit's, or local[*])")
    parser.add_argument("--scare-quotes", action="store_true", help="keep scare quotes too")
    args = parser.parse_args(argv)

    builder = SparkSession.builder.appName("quotex-spark-corpus")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        reader = (
            spark.read.parquet if args.source.rstrip("/").endswith(".parquet") else spark.read.json
        )
        documents = reader(args.source)
        quotes = quotes_dataframe(
            documents, args.text_col, args.id_col, scare_quotes=args.scare_quotes
        )
        quotes.write.mode("overwrite").parquet(args.target)
        # read back what was written rather than extract a second time
        written = spark.read.parquet(args.target)
        failed = written.filter(written.error.isNotNull()).count()
        print(f"{written.count() - failed} quotations written to {args.target}")
        print(f"{failed} documents failed")
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
