"""Accuracy of quotex on annotated corpora, scored by the corpora's own scorer.

Writes one prediction file per corpus (the format of ``FORMAT.md`` beside the
corpora) and runs ``score.py`` from the corpus folder on it.

usage: python -m benchmarks.accuracy [CORPUS_DIR_OR_FILE ...] [--kind direct] [--out DIR]
       [--lang LANG] [--kinds direct,mixed,indirect]

With no argument, every ``*.jsonl`` in ``../shared/corpora`` is scored. Prints
the scorer's figures per corpus; nothing here is a test. Each corpus is read
in its language: ``--lang``, else the language code in its file name
(``rw-de-dev.jsonl`` is German), else ``auto``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Literal

from quotex import extract_quotes
from quotex.extract import DEFAULT_KINDS
from quotex.language import AUTO, languages

DEFAULT_CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"


def corpus_files(paths: list[str]) -> Iterator[Path]:
    """The ``.jsonl`` corpora named by ``paths`` (files or folders)."""
    for raw in paths or [str(DEFAULT_CORPORA)]:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(path.glob("*.jsonl"))
        elif path.is_file():
            yield path
        else:
            raise SystemExit(f"no corpus at {path}: give a .jsonl file or a folder of them")


def corpus_language(corpus: Path) -> str:
    """The language a corpus is written in, by the code in its file name
    (``rw-de-dev`` is German), or ``"auto"`` when its name has none."""
    parts = corpus.stem.split("-")
    return next((p for p in parts if p in languages()), AUTO)


def predict(
    corpus: Path,
    out: Path,
    names: Literal["full", "as_written"] = "full",
    lang: str | None = None,
    kinds: Collection[str] = DEFAULT_KINDS,
) -> int:
    """Write quotex's predictions for every document of ``corpus`` to ``out``,
    reading each in ``lang`` (English when ``None``), each with its kind (the
    scorer's ``--kind`` reads it)."""
    count = 0
    with corpus.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            if not line.strip():
                continue
            doc = json.loads(line)
            quotes = [
                {
                    "start": q.start,
                    "end": q.end,
                    "kind": q.kind,
                    "speaker": q.speaker,
                    "cue": q.cue,
                    "rule": q.rule,
                }
                for q in extract_quotes(doc["text"], names=names, lang=lang, kinds=kinds)
            ]
            dst.write(json.dumps({"id": doc["id"], "quotes": quotes}) + "\n")
            count += 1
    return count


def parse_kinds(value: str) -> frozenset[str]:
    """The kinds of a ``--kinds`` option: comma-separated names."""
    return frozenset(k.strip() for k in value.split(",") if k.strip())


def corpus_parser(description: str | None) -> argparse.ArgumentParser:
    """An argument parser whose positional arguments are corpora, as
    :func:`corpus_files` reads them; each benchmark adds its own options."""
    ap = argparse.ArgumentParser(
        description=description, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "corpora", nargs="*", help="corpus .jsonl files or folders (default: ../shared/corpora)"
    )
    return ap


def main(argv: list[str] | None = None) -> int:
    ap = corpus_parser(__doc__)
    ap.add_argument("--kind", choices=["direct", "indirect", "mixed"], help="score one kind only")
    ap.add_argument("--out", help="folder to keep the prediction files in")
    ap.add_argument("--json", action="store_true", help="print the scorer's JSON")
    ap.add_argument(
        "--names",
        choices=["full", "as_written"],
        default="full",
        help="how speakers are named (extract_quotes' names= option; default full)",
    )
    ap.add_argument(
        "--lang",
        choices=(*languages(), AUTO),
        help="the corpora's language (default: the code in each file name, else auto)",
    )
    ap.add_argument(
        "--kinds",
        type=parse_kinds,
        default=DEFAULT_KINDS,
        help="kinds quotex reports, comma-separated (extract_quotes' kinds= option; "
        "default direct,mixed)",
    )
    args = ap.parse_args(argv)
    out_dir = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="quotex-pred-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    for corpus in corpus_files(args.corpora):
        scorer = corpus.parent / "score.py"
        pred = out_dir / f"{corpus.stem}.pred.jsonl"
        lang = args.lang or corpus_language(corpus)
        n = predict(corpus, pred, args.names, lang, args.kinds)
        cmd = [sys.executable, str(scorer), str(corpus), str(pred)]
        if args.kind:
            cmd += ["--kind", args.kind]
        if args.json:
            cmd.append("--json")
        kind = f" --kind {args.kind}" if args.kind else ""
        kinds = ",".join(sorted(args.kinds))
        print(
            f"== {corpus.name} ({n} documents){kind} names={args.names} lang={lang} kinds={kinds}"
        )
        sys.stdout.flush()
        if not scorer.exists():
            print(f"   no score.py beside {corpus}; predictions in {pred}")
            continue
        subprocess.run(cmd, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
