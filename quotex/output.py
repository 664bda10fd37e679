"""How the ``quotex`` command writes what it found: one writer per format.

``jsonl`` (the default when standard output is not a terminal) is for
programs; ``text`` (the default on a terminal) is the listing a person reads;
``csv`` and ``tsv`` are for spreadsheets; ``html`` is a page that shows the
whole text with the quotations highlighted.
"""

from __future__ import annotations

import csv
import json
from typing import Protocol, TextIO

from quotex.html_page import PAGE_END, document_html, page_head
from quotex.inputs import Document
from quotex.listing import render_listing
from quotex.table import COLUMNS, quote_row
from quotex.types import Quote

FORMATS = ("text", "jsonl", "csv", "tsv", "html")
"""The names ``--format`` takes."""

NEEDS_TEXT = frozenset({"text", "html"})
"""The formats that show the document's text, not only its quotations."""


class Writer(Protocol):
    """Writes each document's quotations as they come, then the end."""

    def write(self, doc: Document, text: str | None, quotes: list[Quote]) -> None: ...

    def close(self) -> None: ...


def make_writer(
    name: str, out: TextIO, *, corpus: bool, width: int, color: bool, title: str
) -> Writer:
    """The writer of format ``name`` (one of :data:`FORMATS`).

    Args:
        name: The format.
        out: Where to write.
        corpus: The documents come from JSON Lines corpora (named by id), not
            text files (named by file).
        width: Columns to wrap the listing to.
        color: Colour the listing's speakers.
        title: The HTML page's title.
    """
    if name == "jsonl":
        return JsonlWriter(out, corpus)
    if name in ("csv", "tsv"):
        return TableWriter(out, corpus, "," if name == "csv" else "\t")
    if name == "text":
        return ListingWriter(out, width, color)
    if name == "html":
        return HtmlWriter(out, title)
    raise ValueError(f"unknown format {name!r}; quotex writes {', '.join(FORMATS)}")


def document_name(doc: Document) -> str:
    """How a listing or a page heads a document: its file, or its corpus id."""
    if doc.line is None:
        return doc.file
    if doc.id is None:
        return f"{doc.file}, line {doc.line}"
    return f"{doc.file}, id {json.dumps(doc.id, ensure_ascii=False)}"


class JsonlWriter:
    """A line per quotation with its file, or with ``corpus`` a line per document."""

    def __init__(self, out: TextIO, corpus: bool) -> None:
        self.out = out
        self.corpus = corpus

    def write(self, doc: Document, text: str | None, quotes: list[Quote]) -> None:
        if self.corpus:
            record = {"id": doc.id, "quotes": [q.to_dict() for q in quotes]}
            self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
            return
        for q in quotes:
            self.out.write(json.dumps({"file": doc.file, **q.to_dict()}, ensure_ascii=False))
            self.out.write("\n")

    def close(self) -> None:
        self.out.flush()


class TableWriter:
    """A header row, then a row per quotation: its file (or id) and its fields."""

    def __init__(self, out: TextIO, corpus: bool, delimiter: str) -> None:
        self.out = out
        self.corpus = corpus
        self.rows = csv.writer(out, delimiter=delimiter, lineterminator="\n")
        self.rows.writerow(("id" if corpus else "file", *COLUMNS))

    def write(self, doc: Document, text: str | None, quotes: list[Quote]) -> None:
        key = doc.id if self.corpus else doc.file
        for q in quotes:
            row = quote_row(q)
            self.rows.writerow((key, *(row[column] for column in COLUMNS)))

    def close(self) -> None:
        self.out.flush()


class ListingWriter:
    """The terminal listing of each document, a blank line between documents."""

    def __init__(self, out: TextIO, width: int, color: bool) -> None:
        self.out = out
        self.width = width
        self.color = color
        self.first = True

    def write(self, doc: Document, text: str | None, quotes: list[Quote]) -> None:
        listing = render_listing(
            document_name(doc), text or "", quotes, width=self.width, color=self.color
        )
        self.out.write(("" if self.first else "\n") + listing + "\n")
        self.out.flush()  # a person reads each document as it is done
        self.first = False

    def close(self) -> None:
        self.out.flush()


class HtmlWriter:
    """One page: an article per document."""

    def __init__(self, out: TextIO, title: str) -> None:
        self.out = out
        self.out.write(page_head(title))

    def write(self, doc: Document, text: str | None, quotes: list[Quote]) -> None:
        self.out.write(document_html(document_name(doc), text or "", quotes))

    def close(self) -> None:
        self.out.write(PAGE_END)
        self.out.flush()
