"""Count the quotations per speaker over a folder of ``.txt`` files.

Run from the repository root, with quotex installed::

    python examples/corpus_stats.py            # the files in examples/
    python examples/corpus_stats.py my_texts/  # any folder of UTF-8 .txt files
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from quotex import extract_quotes


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path(__file__).parent
    if not folder.is_dir():
        print(f"{folder} is not a folder; give a folder of .txt files", file=sys.stderr)
        return 2
    files = sorted(folder.glob("*.txt"))
    per_speaker: Counter[str] = Counter()
    total = 0
    for path in files:
        for q in extract_quotes(path.read_text(encoding="utf-8")):
            per_speaker[q.speaker or "(unknown)"] += 1
            total += 1
    print(f"{total} quotations in {len(files)} files")
    for speaker, count in per_speaker.most_common():
        print(f"{count:6d}  {speaker}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
