"""Print every quotation of the bundled news article and who said it.

Run from the repository root, with quotex installed::

    python examples/basic.py
"""

from __future__ import annotations

from pathlib import Path

from quotex import extract_quotes

ARTICLE = Path(__file__).with_name("nato_stoltenberg.txt")


def main() -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    quotes = extract_quotes(text)
    for q in quotes:
        # the offsets point into the text, marks excluded
        assert text[q.start : q.end] == q.text
        preview = q.text if len(q.text) <= 60 else q.text[:57] + "..."
        print(f"{q.speaker or '?'} | {q.cue or '-'} | {preview}")
    print(f"{len(quotes)} quotations")


if __name__ == "__main__":
    main()
