"""Many documents at once: :func:`extract_many`, and the columns that the
Spark and Dask integrations (:mod:`quotex.spark`, :mod:`quotex.dask`) build
their tables from.

Results stream out in input order while the input is read lazily, so a corpus
of any size goes through in constant memory. With ``processes > 1`` the
documents are sent to a :class:`multiprocessing.pool.Pool` in chunks, at most
a fixed number of chunks in flight at a time.
"""

from __future__ import annotations

import multiprocessing
import operator
import signal
import uuid
from collections import deque
from collections.abc import Collection, Iterable, Iterator
from multiprocessing.pool import AsyncResult
from typing import Any, Literal

import attrs

from quotex.extract import DEFAULT_KINDS, extract_quotes
from quotex.lexicon import Lexicon
from quotex.types import Quote

DEFAULT_CHUNKSIZE = 256
"""Most documents per task sent to a worker process: enough short documents
to make a task's round trip cheap beside its work."""

CHUNK_CHARACTERS = 500_000
"""A task also ends once its documents hold this many characters: about a
tenth of a second of work, which costs the parent a few milliseconds to hand
out and collect, and keeps memory flat however long the documents are."""

_CHUNKS_PER_PROCESS = 2
"""Chunks in flight per worker: one being worked on, one waiting, so no
worker idles while the caller reads the next result."""


def extract_many(
    texts: Iterable[str],
    *,
    processes: int = 1,
    lexicon: Lexicon | None = None,
    lang: str | None = None,
    rules: Iterable[str] | None = None,
    scare_quotes: bool = False,
    names: Literal["full", "as_written"] = "full",
    chunksize: int = DEFAULT_CHUNKSIZE,
    kinds: Collection[str] = DEFAULT_KINDS,
) -> Iterator[list[Quote]]:
    """Run :func:`~quotex.extract_quotes` over many documents, in order.

    ``texts`` is read lazily, a little ahead of the results, and memory does
    not grow with the number of documents: feed it a generator that reads a
    file line by line and the whole corpus is never held at once.

    Args:
        texts: The documents, each a ``str``.
        processes: How many processes to work in. ``1`` (the default) works
            in the calling process; more start a pool that lives as long as
            the returned iterator.
        lexicon: As for :func:`~quotex.extract_quotes`. It is sent to each
            worker process once.
        lang: As for :func:`~quotex.extract_quotes`; ``"auto"`` guesses the
            language of each document.
        rules: As for :func:`~quotex.extract_quotes`.
        scare_quotes: As for :func:`~quotex.extract_quotes`.
        names: As for :func:`~quotex.extract_quotes`.
        kinds: As for :func:`~quotex.extract_quotes`.
        chunksize: Most documents sent to a worker process at a time
            (ignored when ``processes`` is 1); fewer go when they hold
            :data:`CHUNK_CHARACTERS` characters.

    Returns:
        An iterator with one list of quotes per document, in input order,
        each equal to what ``extract_quotes`` returns for that document.

    Raises:
        TypeError: An item of ``texts`` is not a ``str`` (raised when that
            item is reached, after the results of the items before it; the
            message gives its index), or ``lexicon`` is not a
            :class:`~quotex.Lexicon`.
        ValueError: ``processes`` or ``chunksize`` is below 1, ``rules``
            names a rule quotex does not have, or ``names``, ``lang`` or a kind
            is unknown.

    Examples:
        >>> texts = ['“We are ready,” Jens Stoltenberg said.', 'No quotes here.']
        >>> [[q.speaker for q in quotes] for quotes in extract_many(texts)]
        [['Jens Stoltenberg'], []]
    """
    if isinstance(texts, str):
        raise TypeError(
            "extract_many() takes an iterable of documents, not one str: "
            "use extract_quotes() for a single text, or wrap it in a list"
        )
    if not isinstance(processes, int) or processes < 1:
        raise ValueError(f"processes must be a whole number of at least 1, got {processes!r}")
    if not isinstance(chunksize, int) or chunksize < 1:
        raise ValueError(f"chunksize must be a whole number of at least 1, got {chunksize!r}")
    options = Options.checked(
        lexicon=lexicon,
        lang=lang,
        rules=rules,
        scare_quotes=scare_quotes,
        names=names,
        kinds=kinds,
    )
    if processes == 1:
        return _serial(texts, options)
    return _pooled(texts, options, processes, chunksize)


@attrs.frozen
class Options:
    """The keyword arguments of :func:`~quotex.extract_quotes`, checked once,
    to extract many documents with, in this process or in others.

    A copy pickled to another process keeps the :attr:`token` of the
    original, and :meth:`in_this_process` maps every copy of one token to the
    first that arrived there: a worker that receives the options again with
    each batch of documents compiles a custom lexicon's patterns only once.
    """

    lexicon: Lexicon | None
    rules: tuple[str, ...] | None
    scare_quotes: bool
    names: Literal["full", "as_written"]
    lang: str | None = None
    kinds: frozenset[str] = DEFAULT_KINDS
    token: str = attrs.field(factory=lambda: uuid.uuid4().hex, eq=False)

    @classmethod
    def checked(
        cls,
        *,
        lexicon: Lexicon | None = None,
        lang: str | None = None,
        rules: Iterable[str] | None = None,
        scare_quotes: bool = False,
        names: Literal["full", "as_written"] = "full",
        kinds: Collection[str] = DEFAULT_KINDS,
    ) -> Options:
        """Options checked as :func:`~quotex.extract_quotes` checks them.

        Raises:
            TypeError: ``lexicon`` is not a :class:`~quotex.Lexicon`.
            ValueError: ``rules`` names a rule quotex does not have, or
                ``names``, ``lang`` or a kind is unknown.
        """
        # A one-shot iterable of rule names must survive being read once per
        # document and being pickled for the workers.
        chosen = None if rules is None or isinstance(rules, str) else tuple(rules)
        # Checked now, in the caller's frame, rather than at the first
        # document: extract_quotes checks them before looking at the text.
        kinds = kinds if isinstance(kinds, str) else frozenset(kinds)
        extract_quotes(
            "",
            lexicon=lexicon,
            lang=lang,
            rules=rules if isinstance(rules, str) else chosen,
            names=names,
            kinds=kinds,
        )
        return cls(lexicon, chosen, scare_quotes, names, lang, frozenset(kinds))

    def extract(self, text: str) -> list[Quote]:
        """:func:`~quotex.extract_quotes` of ``text`` with these options."""
        return extract_quotes(
            text,
            lexicon=self.lexicon,
            lang=self.lang,
            rules=self.rules,
            scare_quotes=self.scare_quotes,
            names=self.names,
            kinds=self.kinds,
        )

    def in_this_process(self) -> Options:
        """The first copy of these options that reached this process."""
        first = _arrived.get(self.token)
        if first is None:
            if len(_arrived) >= _OPTIONS_KEPT:
                del _arrived[next(iter(_arrived))]  # the oldest
            first = _arrived[self.token] = self
        return first


# Options by token, in each process that extracts, oldest first.
_arrived: dict[str, Options] = {}

_OPTIONS_KEPT = 8
"""Options kept per process: a worker serves one job, or a few at once, and
each copy kept holds its lexicon's compiled patterns, a few megabytes."""

QUOTE_FIELDS = tuple(field.name for field in attrs.fields(Quote))
"""The fields of :class:`~quotex.Quote`, in order: the columns of a quote table."""

SPAN_FIELDS = ("speaker_mention_span", "cue_span")
"""The fields that hold ``(start, end)`` pairs: structs in a quote table."""
OFFSET_FIELDS = frozenset({"start", "end"})
"""The fields that are offsets: integers in a quote table."""
FRACTION_FIELDS = frozenset({"confidence"})
"""The fields that are fractions: floats in a quote table. The others, but
those of SPAN_FIELDS and OFFSET_FIELDS, are strings."""

quote_values = operator.attrgetter(*QUOTE_FIELDS)
"""The values of a quote's fields, as a tuple in :data:`QUOTE_FIELDS` order."""


def check_columns(columns: Iterable[str], text_col: str, id_col: str) -> None:
    """Check that a table of documents can be read for a table of quotes.

    Raises:
        ValueError: ``text_col`` or ``id_col`` is not one of ``columns``, or
            ``id_col`` is the name of a column of the quote table.
    """
    names = list(columns)
    for role, name in (("text_col", text_col), ("id_col", id_col)):
        if name not in names:
            raise ValueError(f"{role}={name!r} is not a column of the table; it has {names}")
    if id_col in (*QUOTE_FIELDS, "error"):
        raise ValueError(
            f"id_col={id_col!r} would clash with a column of the quotes: rename it first"
        )


def quote_columns(
    ids: Iterable[object], texts: Iterable[object], options: Options
) -> dict[str, list[Any]]:
    """The quotations of many documents as the columns of a table.

    Each quotation is a row: its document's id, every field of its
    :class:`~quotex.Quote` (a span as ``{"start": ..., "end": ...}``) and
    ``error`` ``None``. A document that cannot be read (its text is not a
    ``str``, or extraction raises) is one row instead: its id, ``error`` the
    exception's type and message, the quote fields ``None``. A document
    without quotations gives no row.

    Args:
        ids: The documents' ids, any values, one per text.
        texts: The documents.
        options: What to extract with (see :meth:`Options.in_this_process`).

    Returns:
        The columns ``"id"``, the :data:`QUOTE_FIELDS` and ``"error"``, in
        that order, each a list with one item per row.

    Examples:
        >>> table = quote_columns([7, 8], ["“Go,” said Mrs. Hale.", None], Options.checked())
        >>> table["id"], table["speaker"], table["cue_span"]
        ([7, 8], ['Mrs. Hale', None], [{'start': 6, 'end': 10}, None])
        >>> print(table["error"][1])
        TypeError: extract_quotes() takes str, not NoneType: pass the document's text
    """
    options = options.in_this_process()
    rows: list[tuple[Any, ...]] = []
    empty = (None,) * len(QUOTE_FIELDS)
    for ident, text in zip(ids, texts, strict=True):
        try:
            quotes = options.extract(text)  # type: ignore[arg-type]  # checked there
        except Exception as exc:
            rows.append((ident, *empty, f"{type(exc).__name__}: {exc}"))
            continue
        rows.extend((ident, *quote_values(quote), None) for quote in quotes)
    names = ("id", *QUOTE_FIELDS, "error")
    columns = {name: [row[index] for row in rows] for index, name in enumerate(names)}
    for name in SPAN_FIELDS:
        columns[name] = [None if s is None else {"start": s[0], "end": s[1]} for s in columns[name]]
    return columns


def _checked(texts: Iterable[str]) -> Iterator[str]:
    for index, text in enumerate(texts):
        if not isinstance(text, str):
            kind = type(text).__name__
            hint = (
                "decode it first, e.g. data.decode('utf-8')"
                if isinstance(text, (bytes, bytearray, memoryview))
                else "every document must be a str"
            )
            raise TypeError(f"extract_many(): item {index} of texts is {kind}, not str: {hint}")
        yield text


def _serial(texts: Iterable[str], options: Options) -> Iterator[list[Quote]]:
    for text in _checked(texts):
        yield options.extract(text)


def _chunks(texts: Iterator[str], size: int) -> Iterator[list[str]]:
    chunk: list[str] = []
    characters = 0
    try:
        for text in texts:
            chunk.append(text)
            characters += len(text)
            if len(chunk) == size or characters >= CHUNK_CHARACTERS:
                yield chunk
                chunk = []
                characters = 0
    except Exception:
        # Hand over what was read before a bad item, so its results still
        # come out before the error, as they do with one process.
        if chunk:
            yield chunk
        raise
    if chunk:
        yield chunk


# Set in each worker process by _start_worker.
_worker_options: Options | None = None


def _start_worker(options: Options) -> None:
    global _worker_options
    _worker_options = options
    # Ctrl-C is the parent's to handle: it closes the pool; workers printing
    # their own KeyboardInterrupt tracebacks would only bury the message.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


# A quote as the tuple of its field values, to cross between processes:
# pickling Quote values themselves goes through attrs' __getstate__ and
# __setstate__ in Python, which cost the parent process 0.10 CPU seconds per
# pass over PolNeAR (10 MB) against 0.02 for the tuples and Quote(*fields),
# and the workers 0.07 against 0.02: a tenth of a worker's time in all.
_Fields = tuple[Any, ...]


def _extract_chunk(chunk: list[str]) -> list[list[_Fields]]:
    assert _worker_options is not None, "worker started without _start_worker"
    return [[quote_values(q) for q in _worker_options.extract(text)] for text in chunk]


def _pooled(
    texts: Iterable[str], options: Options, processes: int, chunksize: int
) -> Iterator[list[Quote]]:
    # Pool.imap would read the whole input in its feeder thread as fast as it
    # can, holding every pending document in memory; submitting chunks one by
    # one from here, with a bounded queue of pending results, keeps both the
    # input read-ahead and the finished results waiting to be taken bounded.
    window = processes * _CHUNKS_PER_PROCESS
    chunks = _chunks(_checked(texts), chunksize)
    pending: deque[AsyncResult[list[list[_Fields]]]] = deque()
    failure: BaseException | None = None
    with multiprocessing.Pool(processes, initializer=_start_worker, initargs=(options,)) as pool:
        while True:
            while failure is None and len(pending) < window:
                try:
                    chunk = next(chunks)
                except StopIteration:
                    break
                except Exception as exc:
                    # Raised after the documents before it are done (see below).
                    failure = exc
                    break
                pending.append(pool.apply_async(_extract_chunk, (chunk,)))
            if not pending:
                break
            for fields in pending.popleft().get():
                yield [Quote(*values) for values in fields]
    if failure is not None:
        raise failure
