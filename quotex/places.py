"""Where a name stands in a document, and the names around a place.

:class:`TokenPlaces` finds the places a name token stands as a word near a
mention, block by block, so a long novel costs no more than its names.
:class:`NameRuns` widens a token over the capitalised words next to it into
the whole name written there, and reads the names of a stretch of text
backwards, the nearest first, as a pronoun looks for the person it means.
Both keep what they found for the rest of the document.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence

import regex

from quotex.lexicon import Lexicon
from quotex.patterns import patterns_for

# Names are looked up within this many characters of where they are used
# (give or take a block): more than a novel, less than a long concatenation.
NEIGHBOURHOOD = 250_000
# A name's fullest form and its gender are read at its first ten places
# around a mention. More read no better: on the corpora of
# ``benchmarks.accuracy`` speaker accuracy (``names="full"``) was as high or
# a little higher with ten than with 11, 12, 16 or 24 (news and both sets of
# novels alike), and lower with eight or nine; each place costs a widening
# and a search for the pronoun after it. (With ``names="as_written"``, which
# reads only the gender here, a dozen named one to three speakers more.)
PLACES = 10
# ... and in news (text that is no dialogue): an article is short, and a
# surname two people share ("Bill Clinton", "Hillary Clinton") must be seen
# wherever it stands for "Clinton" to stay as written; on PolNeAR 20 places
# named 30 more speakers than ten, 40 another 30, 64 two more.
NEWS_PLACES = 40
# A name is widened over at most two words after it ("Emma Woodhouse" from
# "Emma"), and over the words before it that the lexicon's
# ``Patterns.words_before_name`` reads ("Sen. John McCain" from "McCain"): no
# longer name is written in full.
WORDS_AFTER = 2
# A name used in one block is sought from this many blocks before that
# block's start to as many after it (four blocks): a mention anywhere in
# its block sees at least a whole block before and after it.
_BLOCKS_AROUND = 2

# The spaces that may stand between the words of a name on one line.
_SPACE = r"[ \t\N{NO-BREAK SPACE}]"
# A capitalised word, and where one starts. Searched backwards (``REVERSE``)
# the start finds the same words as a forward search of the whole word, last
# first, and only as many as are asked for: an antecedent search usually stops
# at the first few names before the pronoun. (The whole word searched
# backwards is many times slower: every letter is tried as its end.)
_CAPITAL = regex.compile(r"(?<![\p{L}\p{M}'’\-])\p{Lu}[\p{L}\p{M}]*(?:['’\-]\p{L}+)*")
_CAPITAL_START = regex.compile(r"(?<![\p{L}\p{M}'’\-])\p{Lu}", regex.REVERSE)
# Capitalised words after a name, on the same line.
_WORDS_AFTER = regex.compile(rf"(?:{_SPACE}+\p{{Lu}}[\p{{L}}'’\-]*){{0,{WORDS_AFTER}}}")
# A run of letters and digits, all of it, opening with any of them but a-z
# and 0-9: the words a name token can be. Matched by the standard library's
# ``re``, whose ``[^\W_]`` is exactly what ``str.isalnum`` takes, as
# :meth:`TokenPlaces._word_places` tests a word's edges.
_CAPITALISED_WORD = re.compile(r"(?<![^\W_])[^\W_a-z0-9][^\W_]*")
# What stands between the words of a name on one line (see
# patterns._words_before_name).
_NAME_SPACES = " \t\N{NO-BREAK SPACE}"
# What may open a quotation yet stand in a name: a quotation opened by a
# letter, a full stop, an apostrophe or a hyphen may end a name inside it.
_NAME_CHARACTERS = ".'’- \t\N{NO-BREAK SPACE}"


class TokenPlaces:
    """Where each name token stands as a word, near the place it is used.

    Args:
        text: The document.
        neighbourhood: The size of a block; the places of a token used at
            ``pos`` are sought in ``pos``'s block, the two before it and
            the one after.
        places: How many places of a token are read (``PLACES``, or
            ``NEWS_PLACES`` in news).
    """

    def __init__(self, text: str, neighbourhood: int = NEIGHBOURHOOD, places: int = PLACES) -> None:
        self.text = text
        self.neighbourhood = neighbourhood
        self.places = places
        self._block_places: dict[tuple[str, int], list[int]] = {}
        self._near: dict[tuple[str, int], list[int]] = {}
        self._words: dict[int, dict[str, list[int]]] = {}

    def around(self, pos: int) -> tuple[int, int]:
        """The stretch of text searched for a name used at ``pos``: the whole
        of an article or a novel, a neighbourhood of a longer concatenation,
        so that each name costs the same however long the input."""
        size = self.neighbourhood
        block = pos // size
        lo = (block - _BLOCKS_AROUND) * size
        return max(0, lo), min(len(self.text), (block + _BLOCKS_AROUND) * size)

    def near(self, token: str, pos: int) -> list[int]:
        """The first ``places`` places in the stretch :meth:`around` ``pos``
        where ``token`` stands as a word (no letter or digit either side), in
        order.

        Each stretch spans four blocks and each block lies in four stretches,
        so the places are found block by block, once each: a stretch searched
        whole for a rare token costs a million characters however few its
        places. The stretch's first places are what a search of it with
        ``str.find``, one place after the other, gives: the block lists are
        alike only for a token no two places of which can overlap ("ABA" can
        in "ABABA", and there such a search skips the second), so any other
        is searched the stretch at once, as is a text of one block: its one
        stretch is all of it.
        """
        key = (token, pos // self.neighbourhood)
        places = self._near.get(key)
        if places is None:
            lo, hi = self.around(pos)
            if hi > self.neighbourhood and token and not _overlaps(token):
                places = self._by_block(token, lo, hi)
            else:
                places = self._word_places(token, lo, hi)
            self._near[key] = places
        return places

    def _by_block(self, token: str, lo: int, hi: int) -> list[int]:
        """The first places of ``token`` in ``lo:hi``, block by block.

        In a text of more than one block most tokens asked for are rare, and
        each would cost a search of four blocks: there each block's words
        are listed once (:meth:`_block_words`) and a token that is a whole
        word, opening with a capital, is looked up. A token all of letters
        and digits stands as a word exactly where such a word is it.
        """
        size = self.neighbourhood
        length = len(token)
        last = hi - length  # a place must end inside the stretch
        indexed = (
            len(self.text) > size
            and token.isalnum()
            and not ("a" <= token[0] <= "z" or "0" <= token[0] <= "9")
        )
        places: list[int] = []
        for block in range(lo // size, -(-hi // size)):
            found = self._block_places.get((token, block))
            if found is None:
                if indexed:
                    found = self._block_words(block).get(token, [])[: self.places]
                else:
                    found = self._word_places(token, block * size, (block + 1) * size + length - 1)
                self._block_places[token, block] = found
            places += [p for p in found if p <= last]
            if len(places) >= self.places:
                break
        return places[: self.places]

    def _block_words(self, block: int) -> dict[str, list[int]]:
        """Where each word that starts in ``block`` and opens with a capital
        (any letter or digit but a-z and 0-9) stands, by the word: a word here
        is a run of letters and digits as ``str.isalnum`` has them."""
        words = self._words.get(block)
        if words is None:
            words = self._words[block] = {}
            stop = (block + 1) * self.neighbourhood
            for m in _CAPITALISED_WORD.finditer(self.text, block * self.neighbourhood):
                if m.start() >= stop:
                    break
                words.setdefault(m.group(), []).append(m.start())
        return words

    def _word_places(self, token: str, lo: int, hi: int) -> list[int]:
        """The first ``places`` places ``token`` stands as a word in ``lo:hi``,
        each search going on from the end of the place before. (A stretch
        never takes more than ``places`` places from one block.)"""
        text = self.text
        size, length = len(text), len(token)
        places: list[int] = []
        at = text.find(token, lo, hi)
        while at >= 0 and len(places) < self.places:
            end = at + length
            if (at == 0 or not text[at - 1].isalnum()) and (end == size or not text[end].isalnum()):
                places.append(at)
            at = text.find(token, end, hi)
        return places


def _capital_after(text: str, end: int) -> bool:
    """Whether a capital follows ``end`` past the spaces of one line, as a
    word of a name after it (``_WORDS_AFTER``) opens: checked before that
    pattern is matched, which finds no word in some 30 places of 31."""
    k = end
    while k < len(text) and text[k] in _NAME_SPACES:
        k += 1
    # (every \p{Lu} letter is upper case; a rarer capital only costs a match)
    return k > end and text[k : k + 1].isupper()


def _overlaps(token: str) -> bool:
    """Whether two places of ``token`` can overlap ("ABA" in "ABABA"): the
    token begins with one of its own endings."""
    return any(token[:k] == token[-k:] for k in range(1, len(token)))


class NameRuns:
    """The whole names written around name tokens.

    Args:
        text: The document.
        lexicon: Its word lists (particles, titles, non-names).
        quote_starts: Where each quotation starts, sorted.
        quote_ends: Where each ends, in the same order.
    """

    def __init__(
        self, text: str, lexicon: Lexicon, quote_starts: Sequence[int], quote_ends: Sequence[int]
    ) -> None:
        self.text = text
        self.lexicon = lexicon
        self._words_before = patterns_for(lexicon).words_before_name
        self._quote_starts = quote_starts
        self._quote_ends = quote_ends
        # antecedents and fuller names are sought around the same places again
        # and again: each stretch is widened once
        self._widened: dict[tuple[int, int], tuple[int, int]] = {}
        self._steps: dict[int, tuple[int, int, int]] = {}

    def widen(self, start: int, end: int) -> tuple[int, int]:
        """Widen ``start:end`` over the capitalised words (and particles) that
        stand next to it on the same line: up to three before,
        ``WORDS_AFTER`` after."""
        found = self._widened.get((start, end))
        if found is None:
            found = self._widened[start, end] = self._widen(start, end)
        return found

    def _widen(self, start: int, end: int) -> tuple[int, int]:
        text = self.text
        # a word of the name before ``start`` ends in a space: else there is none
        if start and text[start - 1] in _NAME_SPACES:
            before = self._words_before.match(text, 0, start)  # no word before: empty
            if before is not None:
                start = before.start()
        while start < end and text[start].islower():
            # a particle never opens a name: "ten Tibby" is "Tibby"
            start = text.find(" ", start, end) + 1 or end
        if not _capital_after(text, end):
            return start, end  # a word of the name after it opens with a capital
        after = _WORDS_AFTER.match(text, end)
        return start, after.end() if after is not None else end

    def backwards(self, lo: int, hi: int) -> Iterator[tuple[int, int]]:
        """The capitalised runs of words between lo and hi, last first, each
        widened over its neighbours (:meth:`widen`), past ``lo`` too: a name
        whose capital stands in the window is read whole. Scanning for capitals
        and widening is several times cheaper than running the full name
        pattern over the window. The names of a quotation are passed over
        when its opening mark (a "“", not a "'") ends every name in it: they
        all stand inside it, and no name in narration can.

        Pronouns close together look back over the same names: a fifth of the
        steps from one name to the one before are taken again. Each step is
        remembered by where it starts (``hi``, or the start of the name read
        before) as the capital it stopped at and the name widened from there,
        and taken again from memory while that capital is at ``lo`` or after:
        a search bounded by ``lo`` meets the same capitals on the way (the
        backward search sees the text before its bound)."""
        # the next capital is sought before ``floor``: a capital inside the
        # name just yielded is part of it
        floor = hi
        while True:
            step = self._steps.get(floor)
            if step is None:
                step = self._step(lo, floor)
            if step is None or step[0] < lo:
                return
            _, s, e = step
            floor = s
            yield s, e

    def _step(self, lo: int, origin: int) -> tuple[int, int, int] | None:
        """The name before ``origin`` (not before ``lo``): the capital it was
        found at, and the name widened from there. Each word is read whole,
        past ``origin`` too: a wider window's bound falls mid-word, and a word
        cut there names no one ("Mary Cave" of "Mary Cavendish"). Remembered
        when no word read on the way reached within a character of
        ``origin``."""
        text = self.text
        floor = origin
        reach = 0  # the furthest end of a word read on the way
        while (start := _CAPITAL_START.search(text, lo, floor)) is not None:
            at = floor = start.start()
            opening = self._quote_opening(at)
            if opening is not None:
                if opening <= lo:
                    return None
                floor = opening
                continue
            word = _CAPITAL.match(text, at)
            if word is None:
                reach = origin  # never: the capital matches
                continue
            reach = max(reach, word.end())
            if word.group().lower() in self.lexicon.not_names:
                continue  # "The", "He", "Monday": a name after it is read on its own
            step = (at, *self.widen(at, word.end()))
            if reach + 1 < origin:
                self._steps[origin] = step
            return step
        return None

    def _quote_opening(self, at: int) -> int | None:
        """Where the quotation ``at`` falls inside opens, when its opening
        mark ends every name in it; else ``None``."""
        i = bisect_right(self._quote_starts, at) - 1
        if i < 0 or at >= self._quote_ends[i]:
            return None
        opening = self._quote_starts[i]
        if self.text[opening].isalpha() or self.text[opening] in _NAME_CHARACTERS:
            return None
        return opening
