"""Reading the bundled word lists: one entry a line, ``#`` comments.

The lowest module of the package: :mod:`quotex.lexicon`,
:mod:`quotex.inflection` and :mod:`quotex.language` all read their files
through it, so none of them has to import another to read a list.
"""

from __future__ import annotations

import functools
import importlib.resources
from collections.abc import Iterator
from pathlib import Path

from quotex.errors import LexiconError


def read_file(directory: Path | importlib.resources.abc.Traversable, name: str) -> tuple[str, str]:
    """The text of the file ``name`` in ``directory``, and its name for
    messages.

    Raises:
        LexiconError: the file is missing or is not UTF-8.
    """
    path = directory / name
    try:
        return path.read_text(encoding="utf-8"), str(name)
    except FileNotFoundError:
        raise LexiconError(f"lexicon file {name} is missing from {directory}") from None
    except UnicodeDecodeError as exc:
        raise LexiconError(f"{name}: not UTF-8 text ({exc.reason})") from None


def entries(text: str) -> Iterator[tuple[int, str]]:
    """The numbered entries of a word list's text: comments and blank lines
    left out."""
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if line:
            yield number, line


@functools.cache
def word_list(name: str, lang: str = "en") -> tuple[str, ...]:
    """The entries of the bundled word list ``quotex/data/<lang>/<name>``, in
    file order: one entry a line, ``#`` comments and blank lines left out.

    For the fixed lists of the grammar (determiners, abbreviations, ...),
    which a caller does not extend per call; the lists a caller may extend
    are fields of :class:`~quotex.lexicon.Lexicon`.

    Examples:
        >>> "the" in word_list("determiners.txt")
        True
    """
    root = importlib.resources.files("quotex") / "data" / lang
    text, _ = read_file(root, name)
    return tuple(line for _, line in entries(text))
