"""How often ``lang="auto"`` names the language a corpus is written in.

usage: python -m benchmarks.languages [CORPUS_OR_FOLDER ...]

For every document of each corpus (default: every ``*.jsonl`` in
``../shared/corpora``), :func:`quotex.language.guess_language` is asked
for the document's language and held against the corpus's: the code in its
file name (``rw-de-dev`` is German, see
``benchmarks.accuracy.corpus_language``), English when the name has none.
Prints, per corpus, how many documents were guessed right and which
languages the wrong guesses named. Nothing here is a test.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from benchmarks.accuracy import DEFAULT_CORPORA, corpus_language
from quotex.language import AUTO, DEFAULT, guess_language


def expected_language(corpus: Path) -> str:
    """The language of ``corpus``: its file name's code, else English."""
    lang = corpus_language(corpus)
    return DEFAULT if lang == AUTO else lang


def guesses(corpus: Path) -> Counter[str]:
    """How many documents of ``corpus`` ``guess_language`` takes for each
    language."""
    with corpus.open(encoding="utf-8") as src:
        texts = [json.loads(line)["text"] for line in src if line.strip()]
    return Counter(guess_language(text) for text in texts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path, default=[DEFAULT_CORPORA])
    args = parser.parse_args(argv)
    files = sorted(
        f for path in args.corpora for f in (path.glob("*.jsonl") if path.is_dir() else [path])
    )
    print(f"{'corpus':<24} {'lang':<5} {'docs':>6} {'right':>6}  wrong guesses")
    for corpus in files:
        lang = expected_language(corpus)
        found = guesses(corpus)
        total = sum(found.values())
        wrong = {k: v for k, v in found.items() if k != lang}
        print(f"{corpus.stem:<24} {lang:<5} {total:>6} {found[lang]:>6}  {wrong or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
