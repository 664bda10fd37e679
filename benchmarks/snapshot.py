"""Every field of every quotation quotex finds in some corpora, to compare
two versions of the code.

``python -m benchmarks.snapshot --out before.jsonl`` writes one line per
document, option set and corpus (both naming styles, scare quotes on, so
every quotation the attributor decides on is there); run it again after a
change with ``--against before.jsonl`` and it prints how many quotations
differ and in which fields, with a few examples. A refactoring that means to
change nothing must print ``identical``.

With no corpus given it reads every ``*.jsonl`` in ``../shared/corpora``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks.accuracy import DEFAULT_CORPORA
from quotex import extract_quotes

OPTIONS: tuple[dict[str, Any], ...] = (
    {"names": "full", "scare_quotes": True},
    {"names": "as_written", "scare_quotes": True},
)
# Examples of differences printed per field.
_EXAMPLES = 3


def _documents(paths: list[Path]) -> Iterator[tuple[str, dict[str, Any]]]:
    for path in paths:
        files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
        for file in files:
            with file.open(encoding="utf-8") as lines:
                for line in lines:
                    doc = json.loads(line)
                    yield file.stem, doc


def snapshot(paths: list[Path], extra: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One record per document and option set: every quote as a dict."""
    for corpus, doc in _documents(paths):
        for options in OPTIONS:
            quotes = extract_quotes(doc["text"], **options, **extra)
            yield {
                "corpus": corpus,
                "id": doc["id"],
                "options": options,
                "quotes": [q.to_dict() for q in quotes],
            }


def _key(record: dict[str, Any]) -> str:
    return json.dumps([record["corpus"], record["id"], record["options"]], sort_keys=True)


def compare(
    before: dict[str, dict[str, Any]],
    after: list[dict[str, Any]],
    ignore: frozenset[str] = frozenset(),
) -> int:
    """Print the differences, but in the fields of ``ignore`` (a field added
    since ``before`` was written, say); return how many quotations differ."""
    fields: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    changed = total = 0
    for record in after:
        old = before.get(_key(record))
        quotes = [_without(q, ignore) for q in record["quotes"]]
        total += len(quotes)
        if old is None:
            print(f"new document: {_key(record)}")
            continue
        old_quotes = [_without(q, ignore) for q in old["quotes"]]
        if old_quotes == quotes:
            continue
        old_by_span = {(q["start"], q["end"]): q for q in old_quotes}
        new_by_span = {(q["start"], q["end"]): q for q in quotes}
        for span in old_by_span.keys() | new_by_span.keys():
            a, b = old_by_span.get(span), new_by_span.get(span)
            if a == b:
                continue
            changed += 1
            if a is None or b is None:
                names = ["span"]
            else:
                names = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
            for name in names:
                fields[name] += 1
                shown = examples.setdefault(name, [])
                if len(shown) < _EXAMPLES:
                    shown.append(f"  {record['id']} {record['options']} {span}: {a} -> {b}")
    print(f"{total} quotations, {changed} differ")
    for name, count in fields.most_common():
        print(f"{name}: {count}")
        print("\n".join(examples[name]))
    return changed


def _without(quote: dict[str, Any], ignore: frozenset[str]) -> dict[str, Any]:
    return {k: v for k, v in quote.items() if k not in ignore}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="*", type=Path, default=[DEFAULT_CORPORA])
    parser.add_argument("--out", type=Path, help="write the snapshot here")
    parser.add_argument("--against", type=Path, help="compare with this snapshot")
    parser.add_argument(
        "--ignore", action="append", default=[], help="a field not to compare (repeatable)"
    )
    args = parser.parse_args(argv)
    records = list(snapshot(args.corpora, {}))
    digest = hashlib.sha256()
    for record in records:
        digest.update(json.dumps(record, sort_keys=True, ensure_ascii=False).encode())
    print(f"{sum(len(r['quotes']) for r in records)} quotations, sha256 {digest.hexdigest()[:16]}")
    if args.out is not None:
        with args.out.open("w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    if args.against is not None:
        with args.against.open(encoding="utf-8") as lines:
            before = {_key(r): r for r in map(json.loads, lines)}
        if compare(before, records, frozenset(args.ignore)) == 0:
            print("identical")
            return 0
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
