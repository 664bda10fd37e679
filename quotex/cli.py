"""The ``quotex`` command: the quotations of files, as JSON Lines.

Two modes:

* ``quotex FILE...`` reads each file (``-`` for standard input) as one
  document and prints one JSON object per quotation: every
  :class:`~quotex.Quote` field plus ``"file"``.
* ``quotex --jsonl FILE...`` reads corpora with one JSON document a line
  (``{"id": ..., "text": ...}``) and prints one line per document,
  ``{"id": ..., "quotes": [...]}``.

Both stream: documents are read, worked on and written one by one (or a few
chunks at a time with ``--jobs``), so memory does not grow with the input.
:func:`main` takes the arguments as a list and returns the exit status, so it
can be called (and tested) in-process.
"""

from __future__ import annotations

import argparse
import codecs
import importlib.metadata
import io
import json
import os
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, Literal, NoReturn, TextIO

import attrs

from quotex.batch import DEFAULT_CHUNKSIZE, extract_many
from quotex.errors import LexiconError
from quotex.lexicon import Lexicon
from quotex.rules import RULES

PROG = "quotex"

_EPILOG = """\
output:
  plain mode   one line per quotation: {"file": ..., "text": ..., "start": ...,
               "end": ..., "kind": ..., "speaker": ..., "speaker_mention": ...,
               "speaker_mention_span": ..., "cue": ..., "cue_span": ...,
               "cue_lemma": ..., "rule": ..., "open_mark": ..., "close_mark": ...}
               Offsets count code points of the decoded file, line endings
               kept as they are.
  --jsonl      one line per document: {"id": ..., "quotes": [{...}, ...]},
               each quote with the fields above except "file".

exit status:
  0  every document was read
  1  some documents could not be read (each is reported on stderr, with its
     file, line and id; the others are still written)
  2  usage error: unknown option, missing file, unknown rule or encoding

examples:
  quotex article.txt
  cat article.txt | quotex -
  quotex --jsonl corpus.jsonl --jobs 2 > predictions.jsonl
  quotex --verbs quip,chortle --rules cue_after,cue_before story.txt
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``quotex`` command.

    Args:
        argv: The arguments, without the program name; ``sys.argv[1:]`` when
            ``None``.

    Returns:
        The exit status: 0 when every document was read, 1 when some could
        not be (each is reported on stderr), 2 for a usage error.
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        settings = _settings(parser, args)
    except SystemExit as exc:  # --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else 2
    report = _Reporter(sys.stderr, _show_progress(args.progress))
    if args.jsonl:
        docs = _jsonl_documents(args.files, settings.encoding, report)
        chunksize = DEFAULT_CHUNKSIZE
    else:
        docs = _plain_documents(args.files, settings.encoding, report)
        # a plain file may be a whole book: send them one at a time
        chunksize = 1
    _run(docs, settings, args.jobs, chunksize, sys.stdout, report, jsonl=args.jsonl)
    report.finish()
    return 1 if report.failures else 0


def main_entry() -> NoReturn:
    """The console script: :func:`main` on ``sys.argv``, then exit with its status."""
    if isinstance(sys.stdout, io.TextIOWrapper):
        # JSON Lines are UTF-8 whatever the locale says.
        sys.stdout.reconfigure(encoding="utf-8")
    try:
        status = main()
        sys.stdout.flush()
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        status = 130
    except BrokenPipeError:
        # The reader went away (``quotex ... | head``): not an error of ours.
        # Point stdout at nothing so the interpreter's final flush is quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        status = 0
    sys.exit(status)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``quotex`` command (its ``--help`` is the manual)."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "Find the quotations in text files and say who said them. "
            "Prints JSON Lines on standard output."
        ),
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="text files to read, each one document ('-' reads standard input); "
        "with --jsonl, JSON Lines corpora",
    )
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help='read each FILE as JSON Lines, one {"id": ..., "text": ...} document a line, '
        'and print one {"id": ..., "quotes": [...]} line per document, in input order',
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        default=1,
        metavar="N",
        help="work in N processes (default: 1); output order does not change",
    )
    parser.add_argument(
        "--encoding",
        default="utf-8",
        help="encoding of the input files (default: utf-8); a file that does not "
        "decode is reported with the byte offset of the first bad byte",
    )
    parser.add_argument(
        "--rules",
        metavar="NAMES",
        help="comma-separated attribution rules to enable; the others are off "
        f"(default: all of {', '.join(RULES)})",
    )
    parser.add_argument(
        "--verbs",
        metavar="VERBS",
        action="append",
        help="extra reporting verbs, comma-separated base forms (regular inflections "
        "are made for you: 'quip' also finds 'quipped'); may be repeated",
    )
    parser.add_argument(
        "--lexicon",
        metavar="DIR",
        help="read the word lists from DIR, laid out like quotex/data/en/, "
        "instead of the bundled English ones (use it for irregular verbs)",
    )
    parser.add_argument(
        "--scare-quotes",
        action="store_true",
        help="also output short quoted words nobody is said to have said "
        '(scare quotes, titles), as kind "mixed"',
    )
    parser.add_argument(
        "--names",
        choices=("full", "as_written"),
        default="full",
        help="how speakers are named: 'full', the fullest name the document gives "
        "the person (default), or 'as_written', the attributing mention's name "
        "without titles ('Mr. Stoltenberg')",
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show documents done and MB/s on stderr (default: only when stderr is a terminal)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    return parser


@attrs.frozen
class _Settings:
    encoding: str
    lexicon: Lexicon | None
    rules: tuple[str, ...] | None
    scare_quotes: bool
    names: Literal["full", "as_written"]


def _settings(parser: argparse.ArgumentParser, args: argparse.Namespace) -> _Settings:
    """Check what can be checked before any output; ``parser.error`` exits with 2."""
    try:
        encoding = codecs.lookup(args.encoding).name
    except LookupError:
        parser.error(f"unknown encoding {args.encoding!r} (try utf-8, latin-1 or cp1252)")
    for name in args.files:
        path = Path(name)
        if name != "-" and not path.is_file():
            why = "is a directory" if path.is_dir() else "no such file"
            parser.error(f"{name}: {why}")
    rules = None
    if args.rules is not None:
        rules = tuple(r.strip() for r in args.rules.split(",") if r.strip())
        unknown = [r for r in rules if r not in RULES]
        if unknown:
            parser.error(f"unknown rule(s) {', '.join(unknown)}; quotex has {', '.join(RULES)}")
    lexicon = None
    try:
        if args.lexicon is not None:
            lexicon = Lexicon.from_directory(args.lexicon)
        verbs = [v.strip() for arg in args.verbs or () for v in arg.split(",") if v.strip()]
        if verbs:
            lexicon = (lexicon or Lexicon.default()).with_verbs(*verbs)
    except LexiconError as exc:
        parser.error(str(exc))
    return _Settings(encoding, lexicon, rules, args.scare_quotes, args.names)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return number


def _version() -> str:
    try:
        return importlib.metadata.version("quotex")
    except importlib.metadata.PackageNotFoundError:
        return "(version unknown: quotex is not installed)"


def _show_progress(flag: bool | None) -> bool:
    return sys.stderr.isatty() if flag is None else flag


@attrs.frozen
class _Document:
    """Where a document came from, kept beside its text while it is worked on."""

    file: str
    line: int | None  # in a JSON Lines corpus
    id: Any  # the corpus's id, any JSON value
    size: int  # bytes read, for the progress display


class _Reporter:
    """Failures and progress on stderr; counts the failures."""

    def __init__(self, stream: TextIO, progress: bool) -> None:
        self.stream = stream
        self.progress = progress
        self.failures = 0
        self.documents = 0
        self.bytes = 0
        self.started = time.monotonic()
        self.drawn = 0.0  # when the progress line was last drawn; 0 if not shown

    def fail(self, where: str, what: str) -> None:
        self.failures += 1
        self._clear()
        print(f"{PROG}: {where}: {what}", file=self.stream, flush=True)

    def done(self, size: int) -> None:
        self.documents += 1
        self.bytes += size
        # Redrawing costs little, but four times a second is all a person reads.
        if self.progress and time.monotonic() - self.drawn >= 0.25:
            self._draw()

    def finish(self) -> None:
        if self.progress:
            self._draw()
            self.stream.write("\n")
            self.stream.flush()

    def _draw(self) -> None:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        megabytes = self.bytes / 1e6
        self.stream.write(
            f"\r{PROG}: {self.documents:,} document{'' if self.documents == 1 else 's'}, "
            f"{megabytes:,.1f} MB, "
            f"{megabytes / elapsed:,.2f} MB/s\x1b[K"
        )
        self.stream.flush()
        self.drawn = time.monotonic()

    def _clear(self) -> None:
        if self.progress and self.drawn:
            self.stream.write("\r\x1b[K")
            self.drawn = 0.0


def _run(
    docs: Iterable[tuple[_Document, str]],
    settings: _Settings,
    jobs: int,
    chunksize: int,
    out: TextIO,
    report: _Reporter,
    *,
    jsonl: bool,
) -> None:
    # extract_many yields exactly one result per text, in order, and reads
    # only a bounded way ahead: a queue of the documents read but not yet
    # written pairs each result with its source and stays short.
    waiting: deque[_Document] = deque()

    def texts() -> Iterator[str]:
        for doc, text in docs:
            waiting.append(doc)
            yield text

    results = extract_many(
        texts(),
        processes=jobs,
        lexicon=settings.lexicon,
        rules=settings.rules,
        scare_quotes=settings.scare_quotes,
        names=settings.names,
        chunksize=chunksize,
    )
    for quotes in results:
        doc = waiting.popleft()
        if jsonl:
            record = {"id": doc.id, "quotes": [q.to_dict() for q in quotes]}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            for q in quotes:
                out.write(json.dumps({"file": doc.file, **q.to_dict()}, ensure_ascii=False))
                out.write("\n")
        report.done(doc.size)
    out.flush()


def _plain_documents(
    files: Iterable[str], encoding: str, report: _Reporter
) -> Iterator[tuple[_Document, str]]:
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
            yield _Document(name, None, None, size), text


def _jsonl_documents(
    files: Iterable[str], encoding: str, report: _Reporter
) -> Iterator[tuple[_Document, str]]:
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
    stream: IO[Any], name: str, encoding: str, report: _Reporter
) -> Iterator[tuple[_Document, str]]:
    for number, raw in enumerate(stream, 1):
        where = f"{name}, line {number}"
        line = _decode(raw, encoding, where, report)
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
        yield _Document(name, number, ident, size), text


def _decode(data: bytes | str, encoding: str, where: str, report: _Reporter) -> str | None:
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


if __name__ == "__main__":
    main_entry()
