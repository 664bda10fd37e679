"""Where the ``quotex`` command's documents come from: text files and corpora.

A text file (or standard input) is one document. A JSON Lines corpus holds one
``{"id": ..., "text": ...}`` document a line. A document that cannot be read
is reported and skipped; the others are still read. A UTF-8 byte-order mark
at the start of a file is not text: it is dropped, and offsets count from
the character after it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from typing import IO, Any

import attrs

from quotex.progress import Reporter

BOM = "\N{ZERO WIDTH NO-BREAK SPACE}"


@attrs.frozen
class Document:
    """Where a document came from, kept beside its text while it is worked on."""

    file: str
    line: int | None  # in a JSON Lines corpus
    id: Any  # the corpus's id, any JSON value
    size: int  # bytes read, for the progress display


def plain_documents(
    files: Iterable[str], encoding: str, report: Reporter
) -> Iterator[tuple[Document, str]]:
    """Each text file (``-``: standard input) as one document, read whole."""
    for name in files:
        try:
            if name == "-":
                data = _stdin().read()
            else:
                with open(name, "rb") as stream:
                    data = stream.read()
        except OSError as exc:
            report.fail(name, f"cannot read it ({exc.strerror})")
            continue
        size = len(data) if isinstance(data, bytes) else len(data.encode("utf-8"))
        text = _decode(data, encoding, name, report)
        if text is not None:
            yield Document(name, None, None, size), text.removeprefix(BOM)


def jsonl_documents(
    files: Iterable[str], encoding: str, report: Reporter
) -> Iterator[tuple[Document, str]]:
    """The documents of JSON Lines corpora, a line at a time."""
    for name in files:
        try:
            stream = _stdin() if name == "-" else open(name, "rb")  # noqa: SIM115
        except OSError as exc:
            report.fail(name, f"cannot read it ({exc.strerror})")
            continue
        try:
            yield from _corpus(stream, name, encoding, report)
        finally:
            if name != "-":
                stream.close()


def _corpus(
    stream: IO[Any], name: str, encoding: str, report: Reporter
) -> Iterator[tuple[Document, str]]:
    for number, raw in enumerate(stream, 1):
        where = f"{name}, line {number}"
        line = _decode(raw, encoding, where, report)
        if line is not None and number == 1:
            line = line.removeprefix(BOM)
        if line is None or not line.strip():
            continue
        try:
            # without its line ending, an error's column is on this line
            doc = json.loads(line.rstrip("\r\n"))
        except json.JSONDecodeError as exc:
            report.fail(where, f"not a JSON document ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(doc, dict):
            report.fail(where, f"expected a JSON object, got {type(doc).__name__}")
            continue
        ident = doc.get("id")
        if ident is not None:
            where += f", id {json.dumps(ident, ensure_ascii=False)}"
        text = doc.get("text")
        if not isinstance(text, str):
            what = "no text" if text is None else f"text is {_json_type(text)}, not a string"
            report.fail(where, f'{what}: every document needs a "text" string')
            continue
        size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8"))
        yield Document(name, number, ident, size), text


def _decode(data: bytes | str, encoding: str, where: str, report: Reporter) -> str | None:
    if isinstance(data, str):  # a text stream standing in for stdin
        return data
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        report.fail(
            where,
            f"not {encoding} text: byte {exc.start} ({data[exc.start : exc.start + 1]!r}) "
            f"{exc.reason}; give the right --encoding",
        )
        return None


def _stdin() -> IO[Any]:
    # Bytes when there are any, to decode with --encoding and keep "\r\n"
    # as sent; a replaced sys.stdin (tests, embedding) may be text only.
    buffer: IO[bytes] | None = getattr(sys.stdin, "buffer", None)
    return buffer if buffer is not None else sys.stdin


def _json_type(value: object) -> str:
    names = {bool: "a boolean", int: "a number", float: "a number", list: "a list"}
    return names.get(type(value), "an object")
