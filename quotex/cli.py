"""The ``quotex`` command: the quotations of files, for people and programs.

Two modes:

* ``quotex FILE...`` reads each file (``-`` for standard input) as one
  document. On a terminal it prints a listing to read; piped, one JSON
  object per quotation: every :class:`~quotex.Quote` field plus ``"file"``.
* ``quotex --jsonl FILE...`` reads corpora with one JSON document a line
  (``{"id": ..., "text": ...}``) and prints one line per document,
  ``{"id": ..., "quotes": [...]}``.

``--format`` chooses the output: ``text``, ``jsonl``, ``csv``, ``tsv`` or
``html`` (see :mod:`quotex.output`). Both modes stream: documents are read,
worked on and written one by one (or a few chunks at a time with
``--jobs``), so memory does not grow with the input.
:func:`main` takes the arguments as a list and returns the exit status, so it
can be called (and tested) in-process.
"""

from __future__ import annotations

import argparse
import codecs
import importlib.metadata
import io
import os
import shutil
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Literal, NoReturn

import attrs

from quotex import language
from quotex.batch import DEFAULT_CHUNKSIZE, extract_many
from quotex.errors import LexiconError
from quotex.extract import DEFAULT_KINDS
from quotex.inputs import Document, jsonl_documents, plain_documents
from quotex.lexicon import Lexicon
from quotex.output import FORMATS, NEEDS_TEXT, Writer, make_writer
from quotex.progress import PROG, Reporter
from quotex.rules import RULES
from quotex.types import KINDS

_EPILOG = """\
output (--format; default: text on a terminal, jsonl elsewhere):
  text         a listing to read: each quotation with its speaker, cue and
               line, wrapped to the terminal, speakers in colour (not when
               NO_COLOR is set), then how often each speaker is quoted
  csv, tsv     a header row, then a row per quotation: file (or id) and the
               fields below, spans as two columns (cue_start, cue_end)
  html         one page showing the whole text, quotations highlighted in
               their speaker's colour: quotex --format html FILE > page.html
  jsonl        as follows.
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
  quotex --format html article.txt > article.html
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
    on_terminal = sys.stdout.isatty()
    fmt = args.format or ("text" if on_terminal else "jsonl")
    # a progress line would break up a listing on the same terminal
    progress = sys.stderr.isatty() and not on_terminal if args.progress is None else args.progress
    report = Reporter(sys.stderr, progress, terminal=sys.stderr.isatty())
    if args.jsonl:
        docs = jsonl_documents(args.files, settings.encoding, report)
        chunksize = DEFAULT_CHUNKSIZE
    else:
        docs = plain_documents(args.files, settings.encoding, report)
        # a plain file may be a whole book: send them one at a time
        chunksize = 1
    writer = make_writer(
        fmt,
        sys.stdout,
        corpus=args.jsonl,
        width=shutil.get_terminal_size().columns if on_terminal else 80,
        # https://no-color.org: set and not empty means no colour
        color=fmt == "text" and on_terminal and not os.environ.get("NO_COLOR"),
        title=" ".join(args.files),
    )
    _run(docs, settings, args.jobs, chunksize, writer, report, keep_text=fmt in NEEDS_TEXT)
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
            "Prints a listing on a terminal, JSON Lines elsewhere (see --format)."
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
        "-f",
        "--format",
        choices=FORMATS,
        help="output format (default: text on a terminal, jsonl elsewhere)",
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
    _add_reading_options(parser)
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show documents done and MB/s on stderr, redrawn in place on a terminal, "
        "as a line every few seconds elsewhere (default: when stderr is a terminal "
        "and the output goes to a file or a pipe)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    return parser


def _add_reading_options(parser: argparse.ArgumentParser) -> None:
    """The options of how quotations are found and attributed."""
    parser.add_argument(
        "--rules",
        metavar="NAMES",
        help="comma-separated attribution rules to enable; the others are off "
        f"(default: all of {', '.join(RULES)})",
    )
    _add_lexicon_options(parser)
    parser.add_argument(
        "--lang",
        choices=(*language.languages(), language.AUTO),
        help="the language of the texts (default: en), or 'auto' to guess each "
        "text's from its function words",
    )
    parser.add_argument(
        "--lexicon",
        metavar="DIR",
        help="read the word lists from DIR, laid out like quotex/data/en/, "
        "instead of the bundled ones (use it for irregular verbs); its language "
        "is --lang's",
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
        "--kinds",
        metavar="KINDS",
        help="comma-separated kinds of quotation to output, of direct, mixed and "
        "indirect (default: direct,mixed); with indirect, reported speech without "
        "quotation marks too ('Trump said the system is rigged')",
    )
    parser.add_argument(
        "--indirect",
        action="store_true",
        help="also output reported speech: short for --kinds direct,mixed,indirect",
    )


def _add_lexicon_options(parser: argparse.ArgumentParser) -> None:
    """The options that extend the bundled lexicon per run."""
    parser.add_argument(
        "--verbs",
        metavar="VERBS",
        action="append",
        help="extra reporting verbs, comma-separated base forms (regular inflections "
        "are made for you: 'quip' also finds 'quipped'; irregular ones follow an "
        "equals sign: 'spit = spat'); may be repeated",
    )
    parser.add_argument(
        "--titles",
        metavar="TITLES",
        action="append",
        help="extra titles that may stand before a name, comma-separated, each "
        "'title GENDER yes|no' (gender m, f or -; yes: kept with a surname as "
        "an honorific) or a bare word: 'alderman, dame f yes'; may be repeated",
    )
    parser.add_argument(
        "--given-names",
        metavar="NAMES",
        action="append",
        help="extra given names with their usual gender, comma-separated, each "
        "'name m' or 'name f': 'melissa f, fin m'; may be repeated",
    )


@attrs.frozen
class _Settings:
    encoding: str
    lexicon: Lexicon | None
    lang: str | None
    rules: tuple[str, ...] | None
    scare_quotes: bool
    names: Literal["full", "as_written"]
    kinds: frozenset[str] = DEFAULT_KINDS


def _settings(parser: argparse.ArgumentParser, args: argparse.Namespace) -> _Settings:
    """Check what can be checked before any output; ``parser.error`` exits with 2."""
    try:
        encoding = codecs.lookup(args.encoding).name
    except LookupError:
        parser.error(
            f"argument --encoding: unknown encoding {args.encoding!r} "
            "(try utf-8, latin-1 or cp1252)"
        )
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
            parser.error(
                f"argument --rules: unknown rule(s) {', '.join(unknown)}; "
                f"quotex has {', '.join(RULES)}"
            )
    lexicon = None
    if args.lexicon is not None:
        try:
            lexicon = Lexicon.from_directory(args.lexicon, args.lang or language.DEFAULT)
        except LexiconError as exc:
            parser.error(f"argument --lexicon: {exc}")
        if args.lang == language.AUTO:
            parser.error("argument --lang: 'auto' reads the bundled lexicons, not --lexicon's")
    extend = (
        ("--verbs", args.verbs, Lexicon.with_verbs),
        ("--titles", args.titles, Lexicon.with_titles),
        ("--given-names", args.given_names, Lexicon.with_given_names),
    )
    for option, values, add in extend:
        for value in values or ():
            try:
                lexicon = add(lexicon or Lexicon.default(_fixed(args.lang, option, parser)), value)
            except LexiconError as exc:
                # the message names the Python call and the entry: name the option
                reason = str(exc).partition(": ")[2]
                parser.error(f"argument {option}: {reason}")
    lang = None if lexicon is not None else args.lang
    kinds = _kinds(parser, args)
    return _Settings(encoding, lexicon, lang, rules, args.scare_quotes, args.names, kinds)


def _fixed(lang: str | None, option: str, parser: argparse.ArgumentParser) -> str:
    """The one language whose lexicon ``option`` extends (``--lang``'s)."""
    if lang == language.AUTO:
        parser.error(f"argument {option}: extends one language's lexicon; give --lang, not auto")
    return lang or language.DEFAULT


def _kinds(parser: argparse.ArgumentParser, args: argparse.Namespace) -> frozenset[str]:
    """The kinds ``--kinds`` and ``--indirect`` ask for."""
    if args.kinds is None:
        return DEFAULT_KINDS | {"indirect"} if args.indirect else DEFAULT_KINDS
    kinds = frozenset(k.strip() for k in args.kinds.split(",") if k.strip())
    unknown = sorted(kinds - KINDS)
    if unknown or not kinds:
        parser.error(
            f"argument --kinds: unknown kind(s) {', '.join(unknown) or '(none given)'}; "
            f"quotex knows {', '.join(sorted(KINDS))}"
        )
    return kinds | {"indirect"} if args.indirect else kinds


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


def _run(
    docs: Iterable[tuple[Document, str]],
    settings: _Settings,
    jobs: int,
    chunksize: int,
    writer: Writer,
    report: Reporter,
    *,
    keep_text: bool,
) -> None:
    # extract_many yields exactly one result per text, in order, and reads
    # only a bounded way ahead: a queue of the documents read but not yet
    # written pairs each result with its source and stays short.
    waiting: deque[tuple[Document, str | None]] = deque()

    def texts() -> Iterator[str]:
        for doc, text in docs:
            waiting.append((doc, text if keep_text else None))
            yield text

    results = extract_many(
        texts(),
        processes=jobs,
        lexicon=settings.lexicon,
        rules=settings.rules,
        scare_quotes=settings.scare_quotes,
        names=settings.names,
        lang=settings.lang,
        chunksize=chunksize,
        kinds=settings.kinds,
    )
    for quotes in results:
        doc, text = waiting.popleft()
        writer.write(doc, text, quotes)
        report.done(doc.size)
    writer.close()


if __name__ == "__main__":
    main_entry()
