"""Measure each attribution rule's precision and write it where quotex reads it.

usage: python -m benchmarks.confidence [CORPUS_DIR_OR_FILE ...] [--out FILE] [--dry-run]

For every quotation quotex finds in the English development corpora (all
kinds, reported speech included) that the
corpus's scorer pairs with an annotated quotation that names its speaker,
the rule that decided quotex's speaker is charged one, and credited one when
the scorer (``score.py`` beside the corpus) counts that speaker right. A
quotation with no speaker counts for no rule. The figures are kept apart for
text read as dialogue and text read as reporting (see
:mod:`quotex.confidence`). Written to ``quotex/data/en/confidence.txt``,
they are :attr:`quotex.Quote.confidence`; ``docs/rules.md`` shows them.
With no argument, the English dev parts in ``../shared/corpora`` are read.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from benchmarks.accuracy import DEFAULT_CORPORA, corpus_files, corpus_parser
from quotex import Lexicon, Quote, extract_quotes
from quotex.attribute import attribute
from quotex.rules import RULE_TABLE
from quotex.segment import paragraphs
from quotex.spans import quotation_spans

# The English development corpora whose speakers are annotated.
ENGLISH = ("polnear-dev.jsonl", "pdnc-dev.jsonl", "quoteli3-dev.jsonl")
# A rule measured on fewer quotations than this in one setting is given its
# figure over both settings: a handful of quotations says little.
MIN_QUOTES = 30
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "quotex" / "data" / "en" / "confidence.txt"
DOCS = ROOT / "docs" / "rules.md"
TABLE_START = "<!-- confidence table: written by benchmarks.confidence -->\n"
TABLE_END = "<!-- end of confidence table -->\n"

HEADER = """\
# The precision of each attribution rule: of the quotations it attributed
# in the English development corpora (PolNeAR, PDNC, QuoteLi3), the share
# whose speaker the corpora's scorer counts right, in text read as dialogue
# and in text read as reporting. Written by `python -m benchmarks.confidence`;
# read as Quote.confidence. A rule measured on fewer than {min} quotations in
# a setting has its figure over both settings there.
# rule  setting  precision  quotations
"""


def scorer(corpus: Path) -> ModuleType:
    """The ``score.py`` beside ``corpus``, imported."""
    spec = importlib.util.spec_from_file_location("corpus_score", corpus.parent / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no score.py beside {corpus}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def reads_as_dialogue(text: str) -> bool:
    """Whether quotex reads ``text`` as dialogue, as extract_quotes does."""
    lexicon = Lexicon.default()
    paras = paragraphs(text)
    spans = quotation_spans(text, paras, lexicon)
    if not spans:
        return False
    return attribute(text, paras, spans, lexicon, RULE_TABLE, full_names=True).dialogue


def tally(corpus: Path, counts: Counter[tuple[str, str, str]]) -> None:
    """Add the decided and right quotations of ``corpus`` to ``counts``,
    keyed by (rule, setting, "decided" or "right")."""
    score = scorer(corpus)
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            doc: dict[str, Any] = json.loads(line)
            text, golds = doc["text"], doc.get("quotes", [])
            found = extract_quotes(text, kinds=("direct", "mixed", "indirect"))
            quotes = [q for q in found if q.speaker is not None]
            if not quotes:
                continue
            setting = "dialogue" if reads_as_dialogue(text) else "reporting"
            entities = {g["speaker"] for g in golds if g.get("speaker")}
            for gold, quote in _pairs(score, text, golds, quotes):
                if not gold.get("speaker"):
                    continue
                rule = quote.rule or ""
                counts[rule, setting, "decided"] += 1
                if score.speaker_right(quote.speaker, gold, text, entities):
                    counts[rule, setting, "right"] += 1


def _pairs(
    score: ModuleType, text: str, golds: list[dict[str, Any]], quotes: list[Quote]
) -> Iterator[tuple[dict[str, Any], Quote]]:
    """The scorer's pairs of gold and found quotations, kind by kind, as
    ``score.py --kind`` pairs them (a direct quotation is not charged for
    the reported speech around it)."""
    for kind in ("direct", "mixed", "indirect"):
        kind_golds = [g for g in golds if g.get("kind", "direct") == kind]
        kind_quotes = [q for q in quotes if q.kind == kind]
        preds = [{"start": q.start, "end": q.end} for q in kind_quotes]
        for gi, pi, _strict in score.pair(text, kind_golds, preds):
            yield kind_golds[gi], kind_quotes[pi]


def rows(counts: Counter[tuple[str, str, str]]) -> list[tuple[str, str, float, int]]:
    """(rule, setting, precision, quotations) for every rule and setting it
    decided in; a setting with fewer than MIN_QUOTES takes both together."""
    out = []
    named = [rule.name for rule in RULE_TABLE]
    # the rules of the table first, in order, then the layouts of reported speech
    for rule in named + sorted({key[0] for key in counts} - set(named) - {""}):
        both = [counts[rule, s, "decided"] for s in ("dialogue", "reporting")]
        right = [counts[rule, s, "right"] for s in ("dialogue", "reporting")]
        for i, setting in enumerate(("dialogue", "reporting")):
            decided, good = both[i], right[i]
            if decided == 0:
                continue  # the rule never decides there
            if decided < MIN_QUOTES:
                decided, good = sum(both), sum(right)
            if decided >= MIN_QUOTES:
                out.append((rule, setting, round(good / decided, 3), decided))
    return out


def markdown(table: list[tuple[str, str, float, int]]) -> str:
    """The figures as the Markdown table of ``docs/rules.md``: a row per rule,
    its precision and quotations measured in each setting."""
    cells: dict[str, dict[str, str]] = {}
    for rule, setting, precision, count in table:
        cells.setdefault(rule, {})[setting] = f"{precision:.3f} ({count})"
    lines = ["| rule | dialogue | reporting |", "|---|---|---|"]
    for rule, by_setting in cells.items():
        row = [by_setting.get(s, "–") for s in ("dialogue", "reporting")]
        lines.append(f"| `{rule}` | {row[0]} | {row[1]} |")
    return "\n".join(lines) + "\n"


def write_docs(table: list[tuple[str, str, float, int]], docs: Path = DOCS) -> None:
    """Put the table between its markers in ``docs``."""
    text = docs.read_text(encoding="utf-8")
    head, rest = text.split(TABLE_START, 1)
    _, tail = rest.split(TABLE_END, 1)
    docs.write_text(f"{head}{TABLE_START}\n{markdown(table)}\n{TABLE_END}{tail}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = corpus_parser(__doc__)
    ap.add_argument("--out", default=str(OUT), help="the file to write (default: quotex's own)")
    ap.add_argument("--dry-run", action="store_true", help="print the table, write nothing")
    args = ap.parse_args(argv)
    if args.corpora:
        corpora = list(corpus_files(args.corpora))
    else:
        corpora = [c for c in corpus_files([str(DEFAULT_CORPORA)]) if c.name in ENGLISH]
    counts: Counter[tuple[str, str, str]] = Counter()
    for corpus in corpora:
        print(f"reading {corpus.name}", file=sys.stderr)
        tally(corpus, counts)
    table = rows(counts)
    body = "".join(f"{r}\t{s}\t{p:.3f}\t{n}\n" for r, s, p, n in table)
    print(body, end="")
    if not args.dry_run:
        Path(args.out).write_text(HEADER.format(min=MIN_QUOTES) + body, encoding="utf-8")
        write_docs(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
