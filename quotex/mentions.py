"""Stage 4a: what one speaker mention says.

:func:`analyse` reads one mention ("He", "NATO SG Stoltenberg", "his host")
into a :class:`Mention`: a pronoun, a name (its titles split from its core
tokens) or a nominal ("the old man"), with the gender it carries. What the
document's other words say of the person is :mod:`quotex.cast`'s work.
"""

from __future__ import annotations

import functools
from typing import NamedTuple, TypeGuard

import regex

from quotex.grammar import fragments
from quotex.lexicon import Lexicon, word_list
from quotex.titles import office_words, surname_after_honorific, surname_after_name, title_key

Gender = str  # "m", "f", "p" (plural), "n" (names nobody), "-" (unknown)


@functools.cache
def determiners(lang: str) -> frozenset[str]:
    """The words that open a nominal mention in ``lang``, as the mention
    pattern reads them."""
    return frozenset(fragments(lang).determiners)


@functools.cache
def indefinite(lang: str) -> frozenset[str]:
    """The determiners of ``lang`` that make a nominal indefinite ("a man"
    is nobody named before)."""
    return frozenset(word_list("indefinite_determiners.txt", lang))


@functools.cache
def saints(lang: str) -> frozenset[str]:
    """The abbreviated "Saint" of ``lang`` ("st"), which keeps its full stop
    in a name: "St. Austrey"."""
    return frozenset(word_list("saint_abbreviations.txt", lang))


# Honorifics reported with a full stop ("Mr."), whatever the text wrote.
_POSSESSIVE = ("’s", "'s", "’", "'")
# How far before a definite nominal ("the woman") the indefinite one that
# brought its person in ("a young woman") is looked for: a few paragraphs.
INTRODUCTION_REACH = 800
# The most words between the determiner and the head of that nominal.
INTRODUCTION_WORDS = 3
# Mention strings read per process: the names of a few thousand news
# articles, so a name recurring across documents is read once.
MENTION_CACHE_SIZE = 1 << 14


class Mention(NamedTuple):
    """One speaker mention, read. (A named tuple, not an attrs class: tens of
    thousands are made per document, and a tuple is cheap to make.)

    Attributes:
        kind: ``"pronoun"``, ``"name"`` or ``"nominal"``.
        text: As written.
        start: Offset in the document.
        end: Offset just past it.
        gender: What the mention says of the person's gender.
        core: A name's tokens without titles (``("Jens", "Stoltenberg")``);
            empty for pronouns and nominals.
        honorific: The honorific kept with a one-word name ("Mrs."
            Bennet, "Lord" Henry), or ``""``.
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

    def placed(self, start: int, end: int) -> Mention:
        """The same reading of the same words, standing at ``start:end``.
        (Cheaper than ``_replace``, which takes keywords: thousands of
        mentions are placed per document.)"""
        return Mention(
            self.kind,
            self.text,
            start,
            end,
            self.gender,
            self.core,
            self.honorific,
            self.head,
            self.definite,
        )


def introduced(text: str, pos: int, head: str, lang: str) -> bool:
    """Whether the head noun of a definite nominal at ``pos`` ("the woman")
    was brought in just before as someone the text does not name: after an
    indefinite determiner ("a young woman asked Mrs. Clinton …") or a
    possessive ("the prime minister's spokesman"). The nominal then means
    that person, not the last one named of its gender.

    Examples:
        >>> s = "A young woman asked Mrs. Clinton about it. The woman said"
        >>> introduced(s, s.index("The woman"), "woman", "en")
        True
        >>> introduced(s, s.index("The woman"), "man", "en")
        False
    """
    return _introduction(head, lang).search(text, max(0, pos - INTRODUCTION_REACH), pos) is not None


@functools.cache
def _introduction(head: str, lang: str) -> regex.Pattern[str]:
    """A nominal of ``head`` after an indefinite determiner or a possessive."""
    determiners = "|".join(map(regex.escape, sorted(indefinite(lang), key=len, reverse=True)))
    return regex.compile(
        rf"""(?:(?<![\w'’])(?i:{determiners})|\w['’]s?)      # "a", "the minister's"
        (?:[ \t]+[\w\-]+){{0,{INTRODUCTION_WORDS}}}?          # young, middle-aged
        [ \t]+{regex.escape(head)}\b""",
        regex.VERBOSE | regex.IGNORECASE,
    )


def noun_phrase(text: str) -> str:
    """A nominal mention as a speaker is named where every noun is
    capitalised: its nouns, without the article, adjectives or possessive
    before them, so that "der alte Bauer", "der Bauer" and "ihr Bauer" name
    one speaker, as a name would.

    Examples:
        >>> noun_phrase("der gute alte Mond"), noun_phrase("mein Vormund")
        ('Mond', 'Vormund')
    """
    _, *rest = text.split()
    return " ".join(w for w in rest if w[:1].isupper()) or text


def as_speaker(description: str) -> str:
    """A description as the speaker it names: its words on one line, one
    space apart, as a name is written (a novel's lines break anywhere).

    Examples:
        >>> as_speaker("the\\nold  clerk")
        'the old clerk'
    """
    return " ".join(description.split())


def sexed(gender: Gender | None) -> TypeGuard[Gender]:
    """Whether a gender is a man's or a woman's ("m", "f"): one a pronoun
    ("he", "she") can stand for, and not unknown, plural or nobody's.

    Examples:
        >>> sexed("f"), sexed("-"), sexed("p")
        (True, False, False)
    """
    return gender in ("m", "f")


def compatible(a: Gender, b: Gender) -> bool:
    """Whether two genders may be the same person's."""
    return a == "-" or b == "-" or a == b


def honorific(word: str) -> str:
    """An honorific as quotex reports it: as the text writes it, full stop
    or none ("Mr Adams" in British style), in capitalised case.

    Examples:
        >>> honorific("MR"), honorific("Mrs."), honorific("Sir")
        ('Mr', 'Mrs.', 'Sir')
    """
    return word[:1].upper() + word[1:].lower()


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
    if low in lexicon.pronouns:
        return Mention("pronoun", raw, start, end, lexicon.pronouns[low])
    words = _words(raw)
    if not words:
        return None
    lows = [w.lower() for w in words]
    if lows[0] in determiners(lexicon.lang) or _owned(raw, words):
        return _nominal(raw, start, end, words, lexicon)
    owned = _owned_name(raw)
    if owned and opens_with_given_name(raw[owned:], lexicon):
        # "Iowa State University's Dianne Bystrom": the person after the owner
        found = analyse(text, start + owned, end, lexicon)
        return (
            None
            if found is None
            else Mention(found.kind, raw, start, end, found.gender, found.core, found.honorific)
        )
    # split titles from the name: everything up to the last title goes (a
    # title that ends a longer mention does not count as the last)
    titles = lexicon.titles
    keys = [title_key(w.rstrip("."), lexicon) for w in lows]  # as titles are listed
    office = office_words(keys, lexicon)
    if office and office.stop == len(keys):
        return None  # a title and its office alone: "Democrat of California"
    if office:
        words = [w for i, w in enumerate(words) if i not in office]
        keys = [k for i, k in enumerate(keys) if i not in office]
    last_title = -1
    for i in range(max(1, len(words) - 1)):
        if keys[i] in titles:
            last_title = i
    core = [
        words[i]
        for i in range(last_title + 1, len(words))
        if keys[i] not in titles or surname_after_name(words, keys, i, last_title, lexicon)
    ]
    if len(words) == 2 and not core and surname_after_honorific(keys, lexicon):
        core = words[1:]  # "Mr. King": the title word is the surname
    return _name(raw, start, end, words, keys, core, last_title, lexicon)


def opens_with_given_name(name: str, lexicon: Lexicon) -> bool:
    """Whether ``name`` opens with a given name or a title: a person's, not
    a capitalised word that opens a sentence ("Nevertheless, …") nor a
    headline's ("Sanders' Campaign")."""
    words = name.split(None, 1)
    first = words[0].lower().rstrip(".") if words else ""
    return first in lexicon.first_names or first in lexicon.titles


def _owned_name(raw: str) -> int:
    """Where the name starts that a possessive name before it owns, in
    capitalised words ("Iowa State University's Dianne Bystrom"), or 0."""
    at = max(raw.rfind(p) for p in _POSSESSIVE)
    if at <= 0:
        return 0
    rest = raw[at:].split(None, 1)
    if len(rest) < 2 or rest[0] not in _POSSESSIVE:
        return 0  # "D'Angelo Russell": no possessive ends a word
    if not all(w[:1].isupper() for w in rest[1].split()):
        return 0
    return len(raw) - len(rest[1])


def _owned(raw: str, words: list[str]) -> bool:
    """Whether a mention is a description its first word owns: "Powell’s
    office", a possessive name before a word in lower case."""
    return len(words) > 1 and raw.split(None, 1)[0].endswith(_POSSESSIVE) and words[1].islower()


def _words(raw: str) -> list[str]:
    """The words of a mention, a possessive ending and trailing ``,;:`` taken off."""
    if "'" in raw or "’" in raw:
        return [w for t in raw.split() if (w := _clean(t))]
    return [w for t in raw.split() if (w := t.rstrip(",;:"))]


def _clean(token: str) -> str:
    for suffix in _POSSESSIVE:
        if token.endswith(suffix) and len(token) > len(suffix):
            return token[: -len(suffix)]
    return token.rstrip(",;:")


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
    while core and core[0].lower() in lexicon.not_names:
        core.pop(0)
    core = _trim_core(core, lexicon)
    if "." in raw:
        abbreviated = saints(lexicon.lang)
        core = [
            bare
            if w[-1] == "." and len(bare := w.rstrip(".")) > 1 and bare.lower() not in abbreviated
            else w
            for w in core
        ]
    title = lexicon.titles[keys[last_title]] if last_title >= 0 else None
    if not core:
        if title is not None:
            return Mention("nominal", raw, start, end, title.gender, head=title.word)
        return None
    # the gender is the title's (Mrs.), else the given name's
    kept = ""
    gender = "-"
    if title is not None:
        gender = title.gender
        # a one-word name keeps its honorific, a given name too: "Lord
        # Henry" is not "Lady Henry"
        if title.honorific and len(core) == 1:
            kept = honorific(words[last_title])
    if not sexed(gender):
        gender = lexicon.first_names.get(core[0].lower(), "-")
    return Mention("name", raw, start, end, gender, tuple(core), kept)


def _trim_core(core: list[str], lexicon: Lexicon) -> list[str]:
    """A name's words without a reporting verb before it ("Stated Stone:")
    or after it with what follows (a headline: "Glenn Beck Says Trump ..."),
    from its given name on (:func:`_from_given`) and, when real name words
    stand beside them, without acronyms ("NATO")."""
    if len(core) > 1 and lexicon.lemma(core[0]) not in (None, core[0].lower()):
        core = core[1:]  # an inverted cue before a colon: "Stated Stone:"
    for i in range(1, len(core)):
        w = core[i]
        # a base form ends a name only inside a headline: "Washington Post"
        # is a paper, "Democrats Say Trump" a headline
        inflected = i + 1 < len(core) or lexicon.lemma(w.lower()) != w.lower()
        if w[:1].isupper() and w.lower() in lexicon.forms and inflected:
            core = core[:i]
            break
    core = _from_given(core, lexicon)
    if len(core) < 2 or not any(map(str.isupper, core)):
        return core  # only a word all in capitals can be an acronym
    acronyms = [_is_acronym(w) for w in core]
    if any(acronyms) and not all(acronyms):
        return [w for w, acronym in zip(core, acronyms, strict=True) if not acronym]
    return core


def _from_given(core: list[str], lexicon: Lexicon) -> list[str]:
    """A name's words from its given name on, when only capitalised words
    that are no given name stand before it and a surname after it: the end
    of an office or a company glued to the name ("Global Affairs and
    Communications Jane Adams", "Fox Chris Wallace"). Not in a headline,
    nor in a description written out in lower case words too, nor after
    an abbreviated "Saint" ("St. John Rivers").

    Examples:
        >>> lex = Lexicon.default()
        >>> [_from_given(n.split(), lex) for n in ("Fox Chris Wallace", "Jock A. Finlayson")]
        [['Chris', 'Wallace'], ['Jock', 'A.', 'Finlayson']]
    """
    given = lexicon.first_names
    if core and core[0].rstrip(".").lower() in saints(lexicon.lang):
        return core  # "St. John Rivers" is not "John Rivers"
    if any(w.lower() in lexicon.not_names or w.isupper() or w.islower() for w in core):
        # a headline ("Lawmakers Rip Donald Trump As A Fraud"), or a
        # description written out ("Award-winning journalist Maria Hinojosa")
        return core
    for i in range(1, len(core) - 1):
        word = core[i - 1]
        if lexicon.is_given(word):
            return core  # a given name or an initial opens it: "Mary Jane Smith"
        if core[i].lower() in given:
            return core[i:]
    return core


def _is_acronym(token: str) -> bool:
    letters = token.replace(".", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha()


def _nominal(raw: str, start: int, end: int, words: list[str], lexicon: Lexicon) -> Mention:
    definite = words[0].lower() not in indefinite(lexicon.lang)
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


@functools.lru_cache(maxsize=MENTION_CACHE_SIZE)
def read_words(raw: str, lexicon: Lexicon) -> Mention | None:
    """:func:`analyse` of the whole of ``raw``, cached: a name that stands a
    thousand times in a novel is read once. The mention's offsets are
    ``0`` and ``len(raw)``; :meth:`Mention.placed` puts it where it stands.
    """
    return analyse(raw, 0, len(raw), lexicon)


def clear_caches() -> None:
    """Forget every mention read so far: the one cache quotex keeps from one
    document to the next (names recur across news articles). The benchmarks
    empty it before each timed run, so that a run reads its texts as new and
    not from what the run before left.
    """
    read_words.cache_clear()
