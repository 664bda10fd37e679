"""Stage 4a: what a speaker mention says, and the people a document names.

:func:`analyse` reads one mention ("He", "NATO SG Stoltenberg", "his host")
into a :class:`Mention`: a pronoun, a name (its titles split from its core
tokens) or a nominal ("the old man"), with the gender it carries.

:class:`Cast` answers the document-wide questions, lazily and with caching so
a long novel costs no more than its speakers: the fullest form the text gives
of a name ("Stoltenberg" -> "Jens Stoltenberg") and the most recent person a
pronoun can mean.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import regex

from quotex.lexicon import Lexicon
from quotex.patterns import DETERMINERS, NOT_CONCURRENT

Gender = str  # "m", "f", "p" (plural), "n" (names nobody), "-" (unknown)

_POSSESSIVE = ("’s", "'s", "’", "'")
# "he", "his", "him", "himself", "she", "her", "hers", "herself" in any case.
# The letters are spelt out as the sets ``(?i)`` matches them by (it also
# takes "ſ" for "s" and "İ" for "i"), the search costs a third less.
_NEXT_PRONOUN = regex.compile(
    r"\b(?:[hH](?:[eE](?:[rR](?:[sSſ](?:[eE][lL][fF])?)?)?|[iIİ](?:[sSſ]|[mM](?:[sSſ][eE][lL][fF])?))"
    r"|[sSſ][hH][eE])\b"
)
# Plain characters, so the standard library's ``re`` finds them alike, faster.
_SENTENCE_BREAK = re.compile(r"[.!?;\"“”]")
_MALE = frozenset({"he", "his", "him", "himself"})
_DETERMINERS = frozenset(DETERMINERS)


# A capitalised word, and where one starts. Searched backwards (``REVERSE``)
# the start finds the same words as a forward search of the whole word, last
# first, and only as many as are asked for: an antecedent search usually stops
# at the first few names before the pronoun. (The whole word searched
# backwards is many times slower: every letter is tried as its end.)
_CAPITAL = regex.compile(r"(?<![\p{L}\p{M}'’\-])\p{Lu}[\p{L}\p{M}]*(?:['’\-]\p{L}+)*")
_CAPITAL_START = regex.compile(r"(?<![\p{L}\p{M}'’\-])\p{Lu}", regex.REVERSE)
# What follows a capital in _CAPITAL, in ASCII only.
_ASCII_WORD_REST = re.compile(r"[A-Za-z]*(?:['’\-][A-Za-z]+)*")
# The word before a position and the spaces between, matched backwards from
# the position: one step of widening a name leftwards. ``\p{L}`` is what
# ``str.isalpha`` calls a letter.
_WORD_BEFORE = regex.compile(r"([\p{L}.'’\-]*)[ \t\u00a0]+", regex.REVERSE)
# Up to two capitalised words after a name, on the same line.
_WORDS_AFTER = regex.compile(r"(?:[ \t\u00a0]+\p{Lu}[\p{L}'’\-]*){0,2}")
# A run of letters and digits (``[^\W_]`` is what ``str.isalnum`` takes), all
# of it, opening with any of them but a-z and 0-9: the words a name token can
# be, found with the standard library's ``re``.
_CAPITALISED_WORD = re.compile(r"(?<![^\W_])[^\W_a-z0-9][^\W_]*")
_CONNECTIVES = frozenset({"and", "but", "then", "so", "when", "while", "as", "now", "soon"})
# Names are looked up within this many characters of where they are used
# (give or take a block): more than a novel, less than a long concatenation.
NEIGHBOURHOOD = 250_000
# How far back a pronoun looks for the person it means, widening step by step.
ANTECEDENT_WINDOWS = (400, 2000, 12000)
# A name's fullest form and its gender are read at its first ten places
# around a mention. More read no better: on the corpora of
# ``benchmarks.accuracy`` speaker accuracy (``names="full"``) was as high or
# a little higher with ten than with 11, 12, 16 or 24 (news and both sets of
# novels alike), and lower with eight or nine; each place costs a widening
# and a search for the pronoun after it. (With ``names="as_written"``, which
# reads only the gender here, a dozen named one to three speakers more.)
PLACES = 10


class Mention(NamedTuple):
    """One speaker mention, read. (A named tuple, not an attrs class: tens of
    thousands are made per document, and a tuple is made in one step.)

    Attributes:
        kind: ``"pronoun"``, ``"name"`` or ``"nominal"``.
        text: As written.
        start: Offset in the document.
        end: Offset just past it.
        gender: What the mention says of the person's gender.
        core: A name's tokens without titles (``("Jens", "Stoltenberg")``);
            empty for pronouns and nominals.
        honorific: The honorific kept with a name that has no given name
            ("Mrs."), or ``""``.
        head: A nominal's head noun ("man" in "the old man"), or ``""``.
        definite: Whether a nominal is definite ("the", "his"), not "a".
    """

    kind: str
    text: str
    start: int
    end: int
    gender: Gender = "-"
    core: tuple[str, ...] = ()
    honorific: str = ""
    head: str = ""
    definite: bool = True

    @property
    def display(self) -> str:
        """The name as quotex reports it: honorific (if kept) and core."""
        return " ".join((self.honorific, *self.core)) if self.honorific else " ".join(self.core)


def _clean(token: str) -> str:
    if token.endswith(_POSSESSIVE):  # one test for the common case of none
        for suffix in _POSSESSIVE:
            if token.endswith(suffix) and len(token) > len(suffix):
                return token[: -len(suffix)]
    return token.rstrip(",;:")


def _is_acronym(token: str) -> bool:
    letters = token.replace(".", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha()


def analyse(text: str, start: int, end: int, lexicon: Lexicon) -> Mention | None:
    """Read the mention ``text[start:end]``; ``None`` if it names no one.

    Examples:
        >>> lex = Lexicon.default()
        >>> s = "NATO SG Stoltenberg"
        >>> analyse(s, 0, len(s), lex).core
        ('Stoltenberg',)
        >>> s = "Mrs. Bennet"
        >>> m = analyse(s, 0, len(s), lex); (m.display, m.gender)
        ('Mrs. Bennet', 'f')
    """
    raw = text[start:end]
    low = raw.lower()
    pronouns = lexicon.pronouns
    if low in pronouns:
        return _new(Mention, ("pronoun", raw, start, end, pronouns[low], (), "", "", True))
    if raw.isalpha() and low not in _DETERMINERS and low not in lexicon.titles:
        # one word of letters, no title: the name is the word itself, unless
        # no name starts with it (what follows reads it so, in more steps)
        if low in lexicon.not_names:
            return None
        gender = lexicon.first_names.get(low, "-")
        return _new(Mention, ("name", raw, start, end, gender, (raw,), "", "", True))
    # letters and spaces alone, as most names are: nothing to take off, no dots
    plain = raw.replace(" ", "").isalpha()
    if not plain and ("'" in raw or "’" in raw):
        words = [w for t in raw.split() if (w := _clean(t))]
        lows = [w.lower() for w in words]
    elif not plain and ("," in raw or ";" in raw or ":" in raw):
        words = [w for t in raw.split() if (w := t.rstrip(",;:"))]
        lows = [w.lower() for w in words]
    else:  # nothing to take off, the usual case: the words of the lowered
        # text are the lowered words (lowering neither makes nor takes a space)
        words = raw.split()
        lows = low.split()
    if not words:
        return None
    if lows[0] in _DETERMINERS:  # the same words the mention pattern reads nominals by
        return _nominal(raw, start, end, words, lexicon)
    # split titles from the name: everything up to the last title goes (a
    # title that ends a longer mention does not count as the last)
    titles = lexicon.titles
    # each word as titles are listed
    keys = lows if plain or "." not in raw else [w.rstrip(".") for w in lows]
    n = len(words)
    last_title = -1
    if (keys[0] not in titles) if n == 1 else titles.keys().isdisjoint(keys):
        core = words  # no title at all, the usual case
    else:
        for i in range(n - 1 if n > 1 else 1):
            if keys[i] in titles:
                last_title = i
        core = [words[i] for i in range(last_title + 1, n) if keys[i] not in titles]
    return _name(raw, start, end, words, keys, core, last_title, lexicon)


def _name(
    raw: str,
    start: int,
    end: int,
    words: list[str],
    keys: list[str],
    core: list[str],
    last_title: int,
    lexicon: Lexicon,
) -> Mention | None:
    """The end of :func:`analyse`, once the titles are split off: ``core``
    (the words after the last title, ``last_title`` its index or -1) loses
    what no name holds, and the mention is made."""
    titles = lexicon.titles
    not_names = lexicon.not_names
    while core and core[0].lower() in not_names:
        core.pop(0)
    if len(core) > 1:
        forms = lexicon.forms
        for i in range(1, len(core)):
            w = core[i]
            if w[:1].isupper() and w.lower() in forms:
                del core[i:]  # a headline: "Glenn Beck Says Trump ..."
                break
        # acronyms go only from among other words, and only a word all in
        # capitals can be one (dots are uncased): most names have none
        if len(core) > 1 and any(map(str.isupper, core)):
            acronyms = [w.isupper() and _is_acronym(w) for w in core]
            if any(acronyms) and not all(acronyms):
                core = [w for w, acronym in zip(core, acronyms, strict=True) if not acronym]
    if "." in raw:
        core = [bare if w[-1] == "." and len(bare := w.rstrip(".")) > 1 else w for w in core]
    if not core:
        if last_title >= 0:
            title = titles[keys[last_title]]
            return Mention("nominal", raw, start, end, title.gender, head=title.word)
        return None
    # the gender is the title's (Mrs.), else the given name's
    honorific = ""
    gender = "-"
    if last_title >= 0:
        title = titles[keys[last_title]]
        gender = title.gender
        has_given = len(core) >= 2 or core[0].lower() in lexicon.first_names
        if title.honorific and not has_given:
            honorific = _honorific(words[last_title])
    if gender not in ("m", "f"):
        gender = lexicon.first_names.get(core[0].lower(), "-")
    return _new(Mention, ("name", raw, start, end, gender, tuple(core), honorific, "", True))


# Makes a Mention from all its fields as a plain tuple is made: ``Mention(...)``
# and ``m._replace`` both pass through Python code to handle keywords.
_new = tuple.__new__

# What a cache of readings gives for a place not read yet (``None`` is a
# reading: the words name no one).
_UNREAD = Mention("", "", -1, -1)


def _placed(m: Mention, start: int, end: int) -> Mention:
    """``m`` at another place (made with ``_new``)."""
    kind, text, _, _, gender, core, honorific, head, definite = m
    return _new(Mention, (kind, text, start, end, gender, core, honorific, head, definite))


@functools.lru_cache(maxsize=1 << 14)
def _analyse_words(raw: str, lexicon: Lexicon) -> Mention | None:
    return analyse(raw, 0, len(raw), lexicon)


def clear_caches() -> None:
    """Forget every mention read so far: the one cache quotex keeps from one
    document to the next (names recur across news articles). The benchmarks
    empty it before each timed run, so that a run reads its texts as new and
    not from what the run before left.
    """
    _analyse_words.cache_clear()


def _honorific(word: str) -> str:
    """ "MR" -> "Mr.", "mrs" -> "Mrs.", "Sir" -> "Sir"."""
    bare = word.rstrip(".")
    bare = bare[:1].upper() + bare[1:].lower()
    return bare + "." if len(bare) <= 4 and bare.lower() in _ABBREVIATED else bare


_ABBREVIATED = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "rev",
        "capt",
        "col",
        "gen",
        "lt",
        "sgt",
        "adm",
        "mme",
        "mlle",
        "prof",
    }
)


def _nominal(raw: str, start: int, end: int, words: list[str], lexicon: Lexicon) -> Mention:
    det = words[0].lower()
    definite = det not in ("a", "an", "one", "another")
    head = ""
    gender: Gender = "-"
    for w in words[1:]:
        key = w.lower().rstrip(".")
        if key in lexicon.person_nouns:
            head, gender = key, lexicon.person_nouns[key]
            break
        if key in lexicon.titles:
            head, gender = key, lexicon.titles[key].gender
            break
    return Mention("nominal", raw, start, end, gender, head=head, definite=definite)


def compatible(a: Gender, b: Gender) -> bool:
    """Whether two genders may be the same person's."""
    return a == "-" or b == "-" or a == b


class Cast:
    """The people one document names, asked lazily.

    Args:
        text: The document.
        lexicon: The lexicon its names are read with.
        quoted: ``(start, end)`` of every quotation, sorted, so that names
            inside quotations are not taken for the narrator's.
    """

    def __init__(self, text: str, lexicon: Lexicon, quoted: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.lexicon = lexicon
        self._quote_starts = [s for s, _ in quoted]
        self._quote_ends = [e for _, e in quoted]
        self._fullest: dict[tuple[tuple[str, ...], Gender, str, int], tuple[str, ...]] = {}
        #: canonical name tokens of everyone attributed a quotation so far,
        #: with their gender
        self.speakers: dict[tuple[str, ...], Gender] = {}
        self._speaker_tokens: dict[str, tuple[str, ...]] = {}
        self._learned: dict[tuple[str, int], Gender] = {}
        # where each name token stands: per block, and the first places around
        # each block (see :meth:`_places_near`)
        self._block_places: dict[tuple[str, int], list[int]] = {}
        self._near: dict[tuple[str, int], list[int]] = {}
        self._words: dict[int, dict[str, list[int]]] = {}
        # antecedents and fuller names are sought around the same places again
        # and again: each stretch is widened, and each name read, once
        self._widened: dict[tuple[int, int], tuple[int, int]] = {}
        self._read: dict[tuple[int, int], Mention | None] = {}
        self._steps: dict[int, tuple[int, int, int]] = {}
        self._searched: dict[Gender, int] = {}
        #: whether the text reads as dialogue (a novel) rather than news; set
        #: by the attributor once it has read every frame
        self.dialogue = False

    def narration(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        """The stretches of ``start:end`` outside every quotation, in order.

        A name never runs across a quotation mark (an apostrophe inside a
        name, "O'Brien", stands between letters, where no mark is), so the
        names of these stretches are the names of ``start:end`` that do not
        start inside a quotation.
        """
        starts, ends = self._quote_starts, self._quote_ends
        k = max(0, bisect_right(starts, start) - 1)
        pos = start
        while k < len(starts) and starts[k] < end:
            if ends[k] > pos:
                if starts[k] > pos:
                    yield pos, starts[k]
                pos = ends[k]
            k += 1
        if pos < end:
            yield pos, end

    def inside_quote(self, pos: int) -> bool:
        """Whether ``pos`` falls inside a quotation."""
        i = bisect_right(self._quote_starts, pos) - 1
        return i >= 0 and pos < self._quote_ends[i]

    def add_speaker(self, core: tuple[str, ...], gender: Gender) -> None:
        """Remember that ``core`` spoke (it is a person, with this gender)."""
        old = self.speakers.get(core, "-")
        self.speakers[core] = gender if old == "-" else old
        for tok in core:
            self._speaker_tokens.setdefault(tok, core)

    def fullest(self, mention: Mention) -> tuple[str, ...]:
        """The fullest form of a name the text gives, as core tokens.

        Every place the name's last token stands is read as a whole name; the
        names that contain all the mention's tokens, agree with its gender and
        are longer are kept. When they all fit in one (one is "Jens
        Stoltenberg", another "Stoltenberg"), that one is the answer; when
        they name different people ("John Knightley", "George Knightley"),
        the mention is left as it is.
        """
        # everything the answer depends on, the honorific too (in a novel a
        # fuller name must be written with the mention's honorific, see
        # _same_gender), so that the answer never depends on who asked first
        key = (mention.core, mention.gender, mention.honorific, mention.start // NEIGHBOURHOOD)
        if key in self._fullest:
            return self._fullest[key]
        result = self._find_fullest(mention)
        self._fullest[key] = result
        return result

    def _around(self, pos: int) -> tuple[int, int]:
        """The stretch of text searched for a name used at ``pos``: the whole
        of an article or a novel, a neighbourhood of a longer concatenation,
        so that each name costs the same however long the input."""
        block = pos // NEIGHBOURHOOD
        lo = max(0, (block - 2) * NEIGHBOURHOOD)
        return lo, min(len(self.text), (block + 2) * NEIGHBOURHOOD)

    def _find_fullest(self, mention: Mention) -> tuple[str, ...]:
        core = mention.core
        if len(core) >= 2 and self._given(core[0]):
            return core  # "Jens Stoltenberg" is already a full name
        token = core[-1]
        text = self.text
        found: set[tuple[str, ...]] = set()
        length = len(token)
        lexicon = self.lexicon
        # the caches of widened stretches and read names, looked up with
        # ``get`` (most places are read once, and a missing key raised and
        # caught costs more): this loop reads thousands of places
        widened, read = self._widened, self._read
        for at in self._places_near(token, mention.start):
            end = at + length
            span = widened.get((at, end))
            if span is None:
                span = widened[at, end] = self._widen(at, end)
            s, e = span
            if s != at or e != end:
                other = read.get(span, _UNREAD)
                if other is _UNREAD:
                    other = read[span] = _analyse_words(text[s:e], lexicon)
                if (
                    other is not None
                    and other.kind == "name"
                    and len(core) < len(other.core) <= 4
                    and other.core not in found  # found already: no need to ask again
                    and self._extends(core, other.core, s)
                    and self._same_gender(other, mention, at)
                ):
                    found.add(other.core)
        if not found:
            return core
        biggest = max(found, key=len)
        if all(set(f) <= set(biggest) for f in found):
            return biggest
        return core

    def _places_near(self, token: str, pos: int) -> list[int]:
        """The first ``PLACES`` places in the stretch :meth:`_around` ``pos``
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

        In a text of more than one block most tokens asked for are rare, and
        each would cost a search of four blocks: there each block's words
        are listed once (:meth:`_block_words`) and a token that is a whole
        word, opening with a capital, is looked up. A token all of letters
        and digits stands as a word exactly where such a word is it.
        """
        key = (token, pos // NEIGHBOURHOOD)
        places = self._near.get(key)
        if places is not None:
            return places
        lo, hi = self._around(pos)
        length = len(token)
        if hi > NEIGHBOURHOOD and (
            # no border, no overlap: a token whose first character comes only
            # once has none
            length
            and (
                token.find(token[0], 1) < 0
                or all(token[:k] != token[-k:] for k in range(1, length))
            )
        ):
            places = []
            block_places = self._block_places
            last = hi - length  # a place must end inside the stretch
            indexed = (
                len(self.text) > NEIGHBOURHOOD
                and token.isalnum()
                and not ("a" <= token[0] <= "z" or "0" <= token[0] <= "9")
            )
            for block in range(lo // NEIGHBOURHOOD, -(-hi // NEIGHBOURHOOD)):
                found = block_places.get((token, block))
                if found is None:
                    if indexed:
                        found = self._block_words(block).get(token, [])[:PLACES]
                    else:
                        found = self._word_places(
                            token, block * NEIGHBOURHOOD, (block + 1) * NEIGHBOURHOOD + length - 1
                        )
                    block_places[token, block] = found
                places += found if found and found[-1] <= last else [p for p in found if p <= last]
                if len(places) >= PLACES:
                    break
            del places[PLACES:]
        else:  # the text is one block, or the token may overlap itself
            places = self._word_places(token, lo, hi)
        self._near[key] = places
        return places

    def _block_words(self, block: int) -> dict[str, list[int]]:
        """Where each word that starts in ``block`` and opens with a capital
        (any letter or digit but a-z and 0-9) stands, by the word: a word here
        is a run of letters and digits as ``str.isalnum`` has them."""
        words = self._words.get(block)
        if words is None:
            words = self._words[block] = {}
            stop = (block + 1) * NEIGHBOURHOOD
            for m in _CAPITALISED_WORD.finditer(self.text, block * NEIGHBOURHOOD):
                at = m.start()
                if at >= stop:
                    break
                word = m.group()
                places = words.get(word)
                if places is None:
                    words[word] = [at]
                else:
                    places.append(at)
        return words

    def _word_places(self, token: str, lo: int, hi: int) -> list[int]:
        """The first ``PLACES`` places ``token`` stands as a word in ``lo:hi``,
        each search going on from the end of the place before. (A stretch
        never takes more than ``PLACES`` places from one block.)"""
        text = self.text
        size, length = len(text), len(token)
        find = text.find
        places = []
        at = find(token, lo, hi)
        while at >= 0:
            end = at + length
            if (at == 0 or not text[at - 1].isalnum()) and (end == size or not text[end].isalnum()):
                places.append(at)
                if len(places) == PLACES:
                    break
            at = find(token, end, hi)
        return places

    def mention_at(self, start: int, end: int) -> Mention | None:
        """:func:`analyse` of ``text[start:end]``, cached: a name is read once
        however often it stands in the text."""
        found = _analyse_words(self.text[start:end], self.lexicon)
        if found is None:
            return None
        # :func:`_placed`, inline: thousands of mentions are placed per document
        kind, text, _, _, gender, core, honorific, head, definite = found
        return _new(Mention, (kind, text, start, end, gender, core, honorific, head, definite))

    def _widen(self, start: int, end: int) -> tuple[int, int]:
        """Widen ``start:end`` over the capitalised words (and particles) that
        stand next to it on the same line: up to three before, two after.
        Callers keep the answer in ``_widened``."""
        text = self.text
        particles = self.lexicon.particles
        titles = self.lexicon.titles
        for _ in range(3):
            if start == 0 or text[start - 1] not in " \t\u00a0":
                break  # no space before: the name opens the line or the text
            # the word before and the spaces between, as _WORD_BEFORE reads
            # them; the pattern only when the word is more than ASCII letters and dots
            k = start - 1
            while k and text[k - 1] in " \t\u00a0":
                k -= 1
            if not k:
                break  # only spaces before
            last = text[k - 1]
            if last.isascii() and not last.isalpha() and last not in ".'-":
                break  # no word: a digit or punctuation before the spaces
            lo = k - 24 if k > 24 else 0
            at = text.rfind(" ", lo, k) + 1  # 0: no space since lo
            word = text[at:k] if at or not lo else ""
            if not (word.isascii() and (word.isalpha() or word.replace(".", "").isalpha())):
                m = _WORD_BEFORE.match(text, 0, start, NOT_CONCURRENT)
                if m is None:
                    break  # never: the space alone matches
                word, at = m[1], m.start()
            if not word or not (word[0].isupper() or word in particles):
                break
            if word[-1] == ".":
                bare = word.rstrip(".")
                if len(bare) > 1 and bare.lower() not in titles:
                    break  # "Harriet. Emma": a sentence ended there
            start = at
        while start < end and text[start].islower():
            # a particle never opens a name: "ten Tibby" is "Tibby"
            start = text.find(" ", start, end) + 1 or end
        size = len(text)
        if end == size or text[end] not in " \t\u00a0":
            return start, end  # no space after, so no word after: skip the pattern
        k = end + 1
        while k < size and text[k] in " \t\u00a0":
            k += 1
        if k == size or (text[k].isascii() and not text[k].isupper()):
            return start, end  # no capital after the spaces: the pattern matches nothing
        # it matches, if only the empty string
        after = _WORDS_AFTER.match(text, end, None, NOT_CONCURRENT)
        return start, after.end() if after is not None else end

    def _opens_sentence(self, pos: int) -> bool:
        before = self.text[max(0, pos - 3) : pos].rstrip()
        return not before or before[-1] in ".!?\"“‘'”’:\n"

    def _extends(self, core: tuple[str, ...], other: tuple[str, ...], start: int) -> bool:
        """Whether ``other``, written at ``start``, is ``core`` with given
        names before it ("Jens Stoltenberg" for "Stoltenberg"), or a given
        name with its surname after it ("Emma Woodhouse" for "Emma")."""
        if other[-len(core) :] == core:
            extra = other[: -len(core)]
            # "Korea Donald Trump" is a place before a name, not a longer name
            # a capital that opens a sentence ("Is Fagin", "Marrying Sibyl")
            # proves nothing: there only a given name extends (what opens the
            # sentence is asked last: most extra words are given names)
            return self._given(extra[0]) or (len(extra) == 1 and not self._opens_sentence(start))
        return (
            len(core) == 1
            and other[0] == core[0]
            and core[0].lower() in self.lexicon.first_names
            and len(other) <= 3
        )

    def _given(self, token: str) -> bool:
        initial = len(token) == 2 and token[0].isupper() and token[1] == "."
        return initial or token.lower() in self.lexicon.first_names

    def person_like(self, mention: Mention) -> bool:
        """Whether a name surely names a person (not a place or a body)."""
        if mention.honorific or mention.gender in ("m", "f"):
            return True
        if mention.core in self.speakers:
            return True
        return not self._speaker_tokens.keys().isdisjoint(mention.core)

    def gender_of(self, core: tuple[str, ...]) -> Gender:
        return self.speakers.get(core, "-")

    def antecedent(self, pos: int, gender: Gender, floor: int = 0) -> Mention | None:
        """The nearest person named in narration before ``pos`` that fits ``gender``."""
        # a search that found nobody left a mark: nobody of that gender stands
        # before it either, so each stretch of text is read once at most
        floor = max(floor, self._searched.get(gender, 0))
        hi = pos
        # the loop below reads thousands of candidates: its lookups are local
        quote_starts, quote_ends = self._quote_starts, self._quote_ends
        read, is_subject = self._read, self._is_subject
        speakers, speaker_tokens = self.speakers, self._speaker_tokens.keys()
        text, lexicon = self.text, self.lexicon
        for width in ANTECEDENT_WINDOWS:
            lo = max(floor, pos - width)
            if lo >= hi:
                break
            nearest: Mention | None = None  # the nearest fit, if no subject
            for s, e in self._names_backwards(lo, hi):
                i = bisect_right(quote_starts, s) - 1
                if i >= 0 and s < quote_ends[i]:
                    continue  # inside a quotation (:meth:`inside_quote`)
                cand = read.get((s, e), _UNREAD)
                if cand is _UNREAD:  # not read yet (see _find_fullest)
                    cand = read[s, e] = _analyse_words(text[s:e], lexicon)
                if cand is None or cand.kind != "name":
                    continue
                g = cand.gender
                if not (
                    # :meth:`person_like`, inline
                    cand.honorific
                    or g in ("m", "f")
                    or cand.core in speakers
                    or not speaker_tokens.isdisjoint(cand.core)
                ):
                    continue
                if g == "-":
                    g = self._known_gender(cand, s)
                if g == "-" or gender == "-" or g == gender:  # :func:`compatible`
                    # the subject of a sentence is the likelier "he" than a
                    # name in the object or a possessive: "Father Christopher
                    # … began rubbing Yegorushka's chest. “…,” he whispered".
                    # Of the two nearest fits, the nearer one that is a
                    # subject wins, else the nearest. (Four read no better on
                    # the corpora of benchmarks.accuracy, and cost more names.)
                    if is_subject(s, e):
                        return _placed(cand, s, e)
                    if nearest is not None:
                        break  # the second fit is no subject either
                    nearest = _placed(cand, s, e)
            if nearest is not None:
                return nearest
            hi = lo
        # nobody in [pos - widest window, pos): a later search, whose window
        # starts later, needs to read only what comes after pos
        self._searched[gender] = max(self._searched.get(gender, 0), pos)
        return None

    def _names_backwards(self, lo: int, hi: int) -> Iterator[tuple[int, int]]:
        """The capitalised runs of words between lo and hi, last first, each
        widened over its neighbours (:meth:`_widen`). Scanning for
        capitals and widening in Python is several times cheaper than running
        the full name pattern over the window. The names of a quotation are
        passed over when its opening mark (a "“", not a "'") ends every name
        in it: they all stand inside it, and no name in narration can.

        Pronouns close together look back over the same names: a fifth of the
        steps from one name to the one before are taken again. Each step is
        remembered by where it starts (``hi``, or the start of the name read
        before) as the capital it stopped at and the name widened from there,
        and taken again from memory while that capital is at ``lo`` or after:
        a search bounded by ``lo`` meets the same capitals on the way (the
        backward search sees the text before its bound)."""
        text = self.text
        not_names = self.lexicon.not_names
        quote_starts, quote_ends = self._quote_starts, self._quote_ends
        widened, steps = self._widened, self._steps
        search, match, ascii_rest = _CAPITAL_START.search, _CAPITAL.match, _ASCII_WORD_REST.match
        # the next capital is sought before ``floor``: a capital inside the
        # name just yielded is part of it
        floor = hi
        while True:
            step = steps.get(floor)
            if step is not None:
                at, s, e = step
                if at < lo:
                    return
                floor = s
                yield s if s > lo else lo, e
                continue
            origin = floor
            # the furthest end of a word read on the way: a word that ends
            # short of the step's start by more than a character was matched
            # alike whatever the ``hi`` (a mark ends a word only if no letter
            # follows it), and the step can be taken again from memory
            reach = 0
            while (start := search(text, lo, floor, NOT_CONCURRENT)) is not None:
                at = start.start()
                # the quotation ``at`` falls inside, if any (as :meth:`inside_quote`)
                i = bisect_right(quote_starts, at) - 1
                if i >= 0 and at < quote_ends[i]:
                    opening = quote_starts[i]
                    if not (text[opening].isalpha() or text[opening] in ".'’- \t\u00a0"):
                        if opening <= lo:
                            return
                        floor = opening
                        continue
                floor = at
                # the word's end, as _CAPITAL matches it: its ASCII part matched
                # with the standard library (cheaper), the full pattern only when
                # a character it stopped at may go on the word outside ASCII
                rest = ascii_rest(text, at + 1, hi)
                wend = rest.end() if rest is not None else at + 1
                if wend > reach:
                    reach = wend
                if wend < hi:
                    c = text[wend]
                    if c in "'’-" and wend + 1 < hi:
                        c = text[wend + 1]  # the word goes on over the mark only to a letter
                    if not c.isascii():  # maybe a letter or a mark
                        word = match(text, at, hi, NOT_CONCURRENT)
                        if word is None:
                            reach = origin  # never: the capital matches
                            continue
                        wend = word.end()
                        if wend > reach:
                            reach = wend
                if text[at:wend].lower() in not_names:
                    continue  # "The", "He", "Monday": a name after it is read on its own
                key = (at, wend)
                found = widened.get(key)
                if found is None:
                    found = widened[key] = self._widen(at, wend)
                s, e = found
                if reach + 1 < origin:
                    steps[origin] = (at, s, e)
                floor = s
                yield s if s > lo else lo, e
                break
            else:
                return

    def _is_subject(self, start: int, end: int) -> bool:
        """Whether a name opens its sentence (or clause) and is no possessive."""
        if self.text[end : end + 2] in ("'s", "’s"):
            return False
        before = self.text[max(0, start - 12) : start].rstrip()
        words = before.split()
        if words and words[-1].lower() in _CONNECTIVES:
            before = before[: -len(words[-1])].rstrip()
        return not before or before[-1] in '.!?;:\n"”’'

    def _same_gender(self, fuller: Mention, mention: Mention, near: int) -> bool:
        """Whether a fuller name may be the mention's person. "Mrs. Archer" is
        not "Newland Archer" unless Newland is known to be a woman."""
        if fuller.gender != "-" and self.learned_gender(fuller.core, near) not in (
            "-",
            fuller.gender,
        ):
            return False  # "Mrs. Newland Archer" is Newland's wife, not Newland
        if not mention.honorific:
            return compatible(fuller.gender, mention.gender)
        # "Mr. Wilcox" may be any Wilcox man: only a fuller name written with
        # the same honorific ("Mr. Henry Wilcox") is surely his
        honorific = mention.honorific.rstrip(".").lower()
        if any(w.rstrip(".").lower() == honorific for w in fuller.text.split()):
            return True
        if self.dialogue:
            # in a novel "Mr. Wilcox" may be any Wilcox man, and the honorific
            # form is how the text names him: only "Mr. Henry Wilcox" is surely him
            return False
        # in news "Mr. Stoltenberg" follows "Jens Stoltenberg": a fuller name of
        # the honorific's gender, known from its given name or its pronouns
        gender = fuller.gender if fuller.gender != "-" else self.learned_gender(fuller.core, near)
        return gender == mention.gender

    def _known_gender(self, mention: Mention, near: int) -> Gender:
        owner = self._speaker_tokens.get(mention.core[-1])
        known = self.speakers.get(owner, "-") if owner else "-"
        return known if known != "-" else self.learned_gender(mention.core, near)

    def learned_gender(self, core: tuple[str, ...], near: int = 0) -> Gender:
        """A name's gender read from the pronouns that follow it in the text
        (around ``near``): "Archer rose to go, and as his hand met …" makes
        Archer a man."""
        token = core[-1]
        # only the last token is looked for: names that end alike share it
        key = (token, near // NEIGHBOURHOOD)
        if key in self._learned:
            return self._learned[key]
        text = self.text
        male = female = 0
        size, length = len(text), len(token)
        next_pronoun = _NEXT_PRONOUN.search
        for at in self._places_near(token, near):  # the first PLACES
            end = at + length
            m = next_pronoun(text, end, min(size, end + 80), NOT_CONCURRENT)
            if m is not None and not _SENTENCE_BREAK.search(text, end, m.start()):
                if m.group().lower() in _MALE:
                    male += 1
                else:
                    female += 1
        gender = "-"
        if male >= 2 * female + 1:
            gender = "m"
        elif female >= 2 * male + 1:
            gender = "f"
        self._learned[key] = gender
        return gender
