"""Many documents at once: :func:`extract_many`.

Results stream out in input order while the input is read lazily, so a corpus
of any size goes through in constant memory. With ``processes > 1`` the
documents are sent to a :class:`multiprocessing.pool.Pool` in chunks, at most
a fixed number of chunks in flight at a time.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.pool import AsyncResult
from typing import Literal

import attrs

from quotex.extract import extract_quotes
from quotex.lexicon import Lexicon
from quotex.types import Quote

DEFAULT_CHUNKSIZE = 16
"""Documents per task sent to a worker process: enough to make the pickling
round trip cheap beside the work, few enough to keep memory flat."""

_CHUNKS_PER_PROCESS = 2
"""Chunks in flight per worker: one being worked on, one waiting, so no
worker idles while the caller reads the next result."""


def extract_many(
    texts: Iterable[str],
    *,
    processes: int = 1,
    lexicon: Lexicon | None = None,
    rules: Iterable[str] | None = None,
    scare_quotes: bool = False,
    names: Literal["full", "as_written"] = "full",
    chunksize: int = DEFAULT_CHUNKSIZE,
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
        rules: As for :func:`~quotex.extract_quotes`.
        scare_quotes: As for :func:`~quotex.extract_quotes`.
        names: As for :func:`~quotex.extract_quotes`.
        chunksize: Documents sent to a worker process at a time (ignored
            when ``processes`` is 1).

    Returns:
        An iterator with one list of quotes per document, in input order,
        each equal to what ``extract_quotes`` returns for that document.

    Raises:
        TypeError: An item of ``texts`` is not a ``str`` (raised when that
            item is reached, after the results of the items before it; the
            message gives its index), or ``lexicon`` is not a
            :class:`~quotex.Lexicon`.
        ValueError: ``processes`` or ``chunksize`` is below 1, ``rules``
            names a rule quotex does not have, or ``names`` is unknown.

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
    # A one-shot iterable of rule names must survive being read once per
    # document and being pickled for the workers.
    chosen = None if rules is None or isinstance(rules, str) else tuple(rules)
    # Check the lexicon and rules now, in the caller's frame, rather than at
    # the first next(): extract_quotes checks them before looking at the text.
    extract_quotes(
        "", lexicon=lexicon, rules=rules if isinstance(rules, str) else chosen, names=names
    )
    options = _Options(lexicon, chosen, scare_quotes, names)
    if processes == 1:
        return _serial(texts, options)
    return _pooled(texts, options, processes, chunksize)


@attrs.frozen
class _Options:
    """What every document is extracted with; sent to each worker once."""

    lexicon: Lexicon | None
    rules: tuple[str, ...] | None
    scare_quotes: bool
    names: Literal["full", "as_written"]

    def extract(self, text: str) -> list[Quote]:
        return extract_quotes(
            text,
            lexicon=self.lexicon,
            rules=self.rules,
            scare_quotes=self.scare_quotes,
            names=self.names,
        )


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


def _serial(texts: Iterable[str], options: _Options) -> Iterator[list[Quote]]:
    for text in _checked(texts):
        yield options.extract(text)


def _chunks(texts: Iterator[str], size: int) -> Iterator[list[str]]:
    chunk: list[str] = []
    try:
        for text in texts:
            chunk.append(text)
            if len(chunk) == size:
                yield chunk
                chunk = []
    except Exception:
        # Hand over what was read before a bad item, so its results still
        # come out before the error, as they do with one process.
        if chunk:
            yield chunk
        raise
    if chunk:
        yield chunk


# Set in each worker process by _start_worker.
_worker_options: _Options | None = None


def _start_worker(options: _Options) -> None:
    global _worker_options
    _worker_options = options
    # Ctrl-C is the parent's to handle: it closes the pool; workers printing
    # their own KeyboardInterrupt tracebacks would only bury the message.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _extract_chunk(chunk: list[str]) -> list[list[Quote]]:
    assert _worker_options is not None, "worker started without _start_worker"
    return [_worker_options.extract(text) for text in chunk]


def _pooled(
    texts: Iterable[str], options: _Options, processes: int, chunksize: int
) -> Iterator[list[Quote]]:
    # Pool.imap would read the whole input in its feeder thread as fast as it
    # can, holding every pending document in memory; submitting chunks one by
    # one from here, with a bounded queue of pending results, keeps both the
    # input read-ahead and the finished results waiting to be taken bounded.
    window = processes * _CHUNKS_PER_PROCESS
    chunks = _chunks(_checked(texts), chunksize)
    pending: deque[AsyncResult[list[list[Quote]]]] = deque()
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
            yield from pending.popleft().get()
    if failure is not None:
        raise failure
