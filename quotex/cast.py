"""Stage 4b: the people a document names.

:class:`Cast` answers the document-wide questions, lazily and with caching so
a long novel costs no more than its speakers: the fullest form the text gives
of a name ("Stoltenberg" -> "Jens Stoltenberg") and the most recent person a
pronoun can mean. Where a name stands is :mod:`quotex.places`' work, the
gender its pronouns give it :mod:`quotex.gender`'s.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence

from quotex.families import FamilyNames, titled_otherwise
from quotex.gender import LearnedGender
from quotex.lexicon import Lexicon, word_list
from quotex.mentions import Gender, Mention, compatible, read_words, sexed
from quotex.places import NEIGHBOURHOOD, PLACES, NameRuns, TokenPlaces

# How far back a pronoun looks for the person it means, widening step by step.
ANTECEDENT_WINDOWS = (400, 2000, 12000)
# A fuller name has at most four words: a longer run of capitals is several
# names side by side ("Korea Donald J. Trump").
LONGEST_NAME = 4
# A given name extends to a name of at most three words ("Emma Woodhouse",
# "John Wilkes Booth"); more after it is a list of names, not a surname.
LONGEST_FROM_GIVEN = 3
# Characters looked back over for what ends the sentence before a name: a
# connective ("while") and the punctuation and space before it.
_SUBJECT_LOOKBACK = 12
# ... and before a word that may open its sentence: a closing mark and a space.
_OPENING_LOOKBACK = 3
# What ends a sentence (or a clause) before a word that opens the next.
_SENTENCE_END = ".!?\"“‘'”’:\n"
_CLAUSE_END = '.!?;:\n"”’'
# What the cache of read names gives for a place not read yet (``None`` is a
# reading: the words name no one).
_UNREAD = Mention("", "", -1, -1)


def _plural(core: tuple[str, ...], speakers: Mapping[tuple[str, ...], Gender]) -> bool:
    """Whether a name is the plural of a speaker's: "the two Mr. Knightleys"
    names no one person."""
    last = core[-1] if core else ""
    return last.endswith("s") and (*core[:-1], last[:-1]) in speakers


class Cast:
    """The people one document names, asked lazily.

    Args:
        text: The document.
        lexicon: The lexicon its names are read with.
        quoted: ``(start, end)`` of every quotation, sorted, so that names
            inside quotations are not taken for the narrator's.
        places: How many places of a name are read for a fuller name and
            its gender (see :class:`~quotex.places.TokenPlaces`).
        article: Whether the text is a news article, whose people are told
            apart by the name the text writes (see :meth:`fullest`).
    """

    def __init__(
        self,
        text: str,
        lexicon: Lexicon,
        quoted: Sequence[tuple[int, int]],
        places: int = PLACES,
        article: bool = False,
    ) -> None:
        self.text = text
        self.lexicon = lexicon
        #: whether the text is a news article
        self.article = article
        self._quote_starts = [s for s, _ in quoted]
        self._quote_ends = [e for _, e in quoted]
        self._places = TokenPlaces(text, places=places)
        self._runs = NameRuns(text, lexicon, self._quote_starts, self._quote_ends)
        self._learned = LearnedGender(text, self._places, lexicon.lang)
        # words that may open a clause before its subject ("and Emma said")
        self._connectives = frozenset(word_list("connectives.txt", lexicon.lang))
        #: canonical name tokens of everyone attributed a quotation so far,
        #: with their gender
        self.speakers: dict[tuple[str, ...], Gender] = {}
        self._speaker_tokens: dict[str, tuple[str, ...]] = {}
        self._fullest: dict[tuple[tuple[str, ...], Gender, str, int], tuple[str, ...]] = {}
        # the names widened around the same places are read again and again
        self._read: dict[tuple[int, int], Mention | None] = {}
        self._searched: dict[tuple[Gender, bool], int] = {}
        #: in a novel, the names a frame gives a quotation ("said Styopka"):
        #: a person's, even before they speak (see Document)
        self.framed_names: set[tuple[str, ...]] = set()
        #: how the text names the members of one family
        self.families = FamilyNames(text, lexicon)

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

    def mention_at(self, start: int, end: int) -> Mention | None:
        """:func:`quotex.mentions.analyse` of ``text[start:end]``, cached: a
        name is read once however often it stands in the text."""
        found = read_words(self.text[start:end], self.lexicon)
        return None if found is None else found.placed(start, end)

    def add_speaker(self, core: tuple[str, ...], gender: Gender) -> None:
        """Remember that ``core`` spoke (it is a person, with this gender)."""
        old = self.speakers.get(core, "-")
        self.speakers[core] = gender if old == "-" else old
        for tok in core:
            self._speaker_tokens.setdefault(tok, core)

    def person_like(self, mention: Mention) -> bool:
        """Whether a name surely names a person (not a place or a body)."""
        if mention.honorific or sexed(mention.gender):
            return True
        if mention.core in self.speakers:
            return True
        return not self._speaker_tokens.keys().isdisjoint(mention.core)

    def gender_of(self, core: tuple[str, ...]) -> Gender:
        """The gender a speaker was given, or ``"-"``."""
        return self.speakers.get(core, "-")

    def learned_gender(self, core: tuple[str, ...], near: int = 0) -> Gender:
        """A name's gender read from the pronouns that follow it in the text
        (around ``near``): "Archer rose to go, and as his hand met …" makes
        Archer a man."""
        return self._learned.of(core, near)

    def fullest(self, mention: Mention) -> tuple[str, ...]:
        """The fullest form of a name the text gives, as core tokens.

        Every place the name's last token stands is read as a whole name; the
        names that contain all the mention's tokens, agree with its gender and
        are longer are kept. When they all fit in one (one is "Jens
        Stoltenberg", another "Stoltenberg"), that one is the answer; when
        they name different people ("John Knightley", "George Knightley"),
        the mention is left as it is; in a news article, so is one whose
        honorific or gender rules out someone else of its name ("Mrs.
        Clinton" beside "Bill Clinton" and "Hillary Clinton").
        """
        # everything the answer depends on, the honorific too (see
        # _same_gender), so that the answer never depends on who asked first
        key = (mention.core, mention.gender, mention.honorific, mention.start // NEIGHBOURHOOD)
        result = self._fullest.get(key)
        if result is None:
            result = self._fullest[key] = self._find_fullest(mention)
        return result

    def _find_fullest(self, mention: Mention) -> tuple[str, ...]:
        core = mention.core
        if len(core) >= 2 and self.lexicon.is_given(core[0]):
            return core  # "Jens Stoltenberg" is already a full name
        found: set[tuple[str, ...]] = set()
        clashing: set[tuple[str, ...]] = set()  # "Sir Thomas" is no "Mr. Bertram"
        for at in self._places.near(core[-1], mention.start):
            end = at + len(core[-1])
            s, e = self._runs.widen(at, end)
            if (s, e) == (at, end):
                continue
            other = self._read_span(s, e)
            if other is not None and other.core and _opens_sentence(self.text, s):
                other = _without_opener(self, other, s, e, len(core))
            if (
                other is not None
                and other.kind == "name"
                and len(core) < len(other.core) <= LONGEST_NAME
                and other.core not in found
                and _extends(self.text, self.lexicon, core, other.core, s)
            ):
                if self._same_gender(other, mention, at):
                    found.add(other.core)
                    if titled_otherwise(other.text, mention.honorific, self.lexicon):
                        clashing.add(other.core)
                elif self.article:
                    # "Mrs. Clinton" beside "Bill Clinton": two people share
                    # the name, and the one the article wrote tells them apart
                    return core
        if mention.honorific and len(core) == 1 and not self.article:
            found = self.families.of_honorific(mention.honorific, core[0], found - clashing)
        if not found:
            return core
        biggest = max(found, key=len)
        if all(set(f) <= set(biggest) for f in found):
            return biggest
        return core

    def _read_span(self, start: int, end: int) -> Mention | None:
        """The name written at ``start:end`` (read once per document)."""
        found = self._read.get((start, end), _UNREAD)
        if found is _UNREAD:
            found = self._read[start, end] = read_words(self.text[start:end], self.lexicon)
        return found

    def _same_gender(self, fuller: Mention, mention: Mention, near: int) -> bool:
        """Whether a fuller name may be the mention's person. "Mrs. Archer" is
        not "Newland Archer" unless Newland is known to be a woman."""
        given = self.lexicon.first_names.get(fuller.core[0].lower(), "-")
        if fuller.gender not in ("-", given) and self.learned_gender(fuller.core, near) not in (
            "-",
            fuller.gender,
        ):
            # "Mrs. Newland Archer" is Newland's wife, not Newland; a gender
            # the given name gives ("Bill Clinton") is no title's to doubt
            return False
        if not mention.honorific:
            if len(mention.core) == 1 and fuller.core[-1] == mention.core[0]:
                # "Roy" after "Emily Roy" is her surname: the gender it has as
                # a given name says nothing. A novel calls a man by his bare
                # surname ("said Crawford"), a woman by a title or her name
                return self.article or self._gender_at(fuller, near) != "f"
            return compatible(fuller.gender, mention.gender)
        # a fuller name written with the same honorific ("Mr. Henry Wilcox")
        # is surely his
        honorific = mention.honorific.rstrip(".").lower()
        if any(w.rstrip(".").lower() == honorific for w in fuller.text.split()):
            return True
        # "Mr. Stoltenberg" after "Jens Stoltenberg", "Miss Crawford" after
        # "Mary Crawford": a fuller name of the honorific's gender, known from
        # its given name or its pronouns
        return self._gender_at(fuller, near) == mention.gender

    def _gender_at(self, name: Mention, near: int) -> Gender:
        """A name's gender, from its title or given name, else from its pronouns."""
        return name.gender if name.gender != "-" else self.learned_gender(name.core, near)

    def antecedent(self, pos: int, gender: Gender, sure: bool = False) -> Mention | None:
        """The nearest person named in narration before ``pos`` that fits
        ``gender`` (when ``sure``, of a known gender or who has spoken: in a
        novel "Suddenly", "Siena" are more often no person than "he").

        The subject of a sentence is the likelier "he" than a name in the
        object or a possessive: "Father Christopher … began rubbing
        Yegorushka's chest. “…,” he whispered". Of the two nearest fits, the
        nearer one that is a subject wins, else the nearest. (Four read no
        better on the corpora of benchmarks.accuracy, and cost more names.)
        """
        # a search that found nobody left a mark: nobody of that gender stands
        # before it either, so each stretch of text is read once at most
        floor = self._searched.get((gender, sure), 0)
        hi = pos
        for width in ANTECEDENT_WINDOWS:
            lo = max(floor, pos - width)
            if lo >= hi:
                break
            nearest: Mention | None = None  # the nearest fit, if no subject
            for s, e in self._runs.backwards(lo, hi):
                cand = self._person(s, e, gender, sure)
                if cand is None:
                    continue
                if _is_subject(self.text, s, e, self._connectives):
                    return cand
                if nearest is not None:
                    break  # the second fit is no subject either
                nearest = cand
            if nearest is not None:
                return nearest
            hi = lo
        # nobody in [pos - widest window, pos): a later search, whose window
        # starts later, needs to read only what comes after pos
        self._searched[gender, sure] = max(self._searched.get((gender, sure), 0), pos)
        return None

    def _person(self, start: int, end: int, gender: Gender, sure: bool) -> Mention | None:
        """The person of ``gender`` named in narration at ``start:end``, if any."""
        if self.inside_quote(start):
            return None
        cand = self._read_span(start, end)
        if cand is None or cand.kind != "name":
            return None
        if not self.person_like(cand) and cand.core not in self.framed_names:
            return None
        if _plural(cand.core, self.speakers):
            return None
        known = self._known_gender(cand, start)
        unsure = sure and not sexed(known) and cand.core not in self.speakers
        return None if unsure or not compatible(known, gender) else cand.placed(start, end)

    def _known_gender(self, mention: Mention, near: int) -> Gender:
        if mention.gender != "-":
            return mention.gender
        owner = self._speaker_tokens.get(mention.core[-1])
        known = self.speakers.get(owner, "-") if owner else "-"
        return known if known != "-" else self.learned_gender(mention.core, near)


def named_person(cast: Cast, start: int, end: int) -> Mention | None:
    """The name written at ``start:end``, if it surely names a person
    (:meth:`Cast.person_like`): the check every rule makes of a name it
    reads in narration."""
    cand = cast.mention_at(start, end)
    if cand is None or cand.kind != "name" or not cast.person_like(cand):
        return None
    return cand


def _without_opener(cast: Cast, other: Mention, s: int, e: int, size: int) -> Mention | None:
    """A name read at ``s:e`` that opens its sentence with a capitalised
    word no given name, before a given name: the name without it
    ("Landlord Brian Adams" is Brian Adams)."""
    if len(other.core) <= size + 1 or cast.lexicon.is_given(other.core[0]):
        return other
    if not cast.lexicon.is_given(other.core[1]):
        return other
    cut = cast.text.find(other.core[1], s, e)
    return other if cut < 0 else cast._read_span(cut, e)


def _extends(
    text: str, lexicon: Lexicon, core: tuple[str, ...], other: tuple[str, ...], start: int
) -> bool:
    """Whether ``other``, written at ``start``, is ``core`` with given
    names before it ("Jens Stoltenberg" for "Stoltenberg"), or a given
    name with its surname after it ("Emma Woodhouse" for "Emma")."""
    if other[-len(core) :] == core:
        extra = other[: -len(core)]
        # "Korea Donald Trump" is a place before a name, not a longer name;
        # a capital that opens a sentence ("Is Fagin", "Marrying Sibyl")
        # proves nothing: there only a given name extends
        return lexicon.is_given(extra[0]) or (len(extra) == 1 and not _opens_sentence(text, start))
    return (
        len(core) == 1
        and other[0] == core[0]
        and core[0].lower() in lexicon.first_names
        and len(other) <= LONGEST_FROM_GIVEN
    )


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` opens its sentence."""
    before = text[max(0, pos - _OPENING_LOOKBACK) : pos].rstrip()
    return not before or before[-1] in _SENTENCE_END


def _is_subject(text: str, start: int, end: int, connectives: frozenset[str]) -> bool:
    """Whether a name opens its sentence (or clause, after one of
    ``connectives``) and is no possessive."""
    if text.startswith(("'s", "’s"), end):
        return False
    before = text[max(0, start - _SUBJECT_LOOKBACK) : start].rstrip()
    words = before.split()
    if words and words[-1].lower() in connectives:
        before = before[: -len(words[-1])].rstrip()
        if before.endswith(","):
            return True  # "The door creaked, and Mr. Briggs came in"
    return not before or before[-1] in _CLAUSE_END
