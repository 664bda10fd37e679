"""The word lists quotex reads attributions with.

A :class:`Lexicon` holds the reporting verbs (with every inflected form mapped
to its lemma), reporting phrases ("according to"), titles, pronouns, given
names, person nouns, name particles and capitalised non-names. The defaults
live as plain text files in ``quotex/data/<lang>/`` (one entry a line, ``#``
comments) and are read with :mod:`importlib.resources`.

A lexicon is a frozen value: :meth:`Lexicon.with_verbs` returns a new one, so
two callers never change each other's lexicon.
"""

from __future__ import annotations

import functools
import importlib.resources
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

import attrs

from quotex.errors import LexiconError
from quotex.inflection import INFLECTIONS, SEPARABLE_MARK, listed
from quotex.inflection import inflect as inflect
from quotex.wordlists import entries, read_file
from quotex.wordlists import word_list as word_list

GENDERS = frozenset({"m", "f", "p", "n", "-"})


@attrs.frozen
class Title:
    """A title that may stand before a name.

    Attributes:
        word: The title in lower case, without a full stop ("mr").
        gender: ``"m"``, ``"f"`` or ``"-"`` for either.
        honorific: Whether it stays in a speaker's one-word name, to tell
            people apart ("Mrs. Bennet", "Lord Henry").
    """

    word: str
    gender: str
    honorific: bool


def _norm(entry: str) -> str:
    return " ".join(entry.lower().split())


def _parse_verb(
    line: str, source: str, number: int, unit: str = "line", lang: str = "en"
) -> tuple[str, set[str]]:
    lemma, eq, extra = line.partition("=")
    lemma = _norm(lemma)
    separable = "separable_verbs" in word_list("conventions.txt", lang)
    bare = lemma.replace(SEPARABLE_MARK, "") if separable else lemma
    if not bare or not all(part.isalpha() for part in bare.split()):
        raise LexiconError(f"{source}, {unit} {number}: a verb must be words, got {line!r}")
    lemma, forms = INFLECTIONS.get(lang, listed)(lemma)
    if eq:
        more = [_norm(f) for f in extra.split(",")]
        if not all(more):
            raise LexiconError(
                f"{source}, {unit} {number}: list extra forms after '=' separated by commas, "
                f"got {line!r}"
            )
        forms.update(more)
    return lemma, forms


def _parse_pairs(text: str, source: str, allowed: frozenset[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for number, line in entries(text):
        parts = line.split()
        if len(parts) != 2 or parts[1] not in allowed:
            raise LexiconError(
                f"{source}, line {number}: expected 'word GENDER' with GENDER one of "
                f"{', '.join(sorted(allowed))}, got {line!r}"
            )
        out[parts[0].lower()] = parts[1]
    return out


def _parse_titles(text: str, source: str) -> dict[str, Title]:
    out: dict[str, Title] = {}
    for number, line in entries(text):
        parts = line.split()
        if len(parts) != 3 or parts[1] not in GENDERS or parts[2] not in ("yes", "no"):
            raise LexiconError(
                f"{source}, line {number}: expected 'title GENDER yes|no', got {line!r}"
            )
        word = parts[0].lower().rstrip(".")
        out[word] = Title(word, parts[1], parts[2] == "yes")
    return out


def _words(text: str) -> frozenset[str]:
    return frozenset(_norm(line) for _, line in entries(text))


def _verb_forms(lemmas: Iterable[tuple[str, set[str]]]) -> dict[str, str]:
    forms: dict[str, str] = {}
    for lemma, inflected in lemmas:
        for form in inflected:
            forms.setdefault(form, lemma)
    return forms


@attrs.frozen(eq=False)
class Lexicon:
    """The reporting verbs and name words quotex reads attributions with.

    Build one with :meth:`default` (the bundled English lists) or
    :meth:`from_directory` (your own files in the same format), then extend it
    per call with :meth:`with_verbs`. Lexicons compare by identity, so
    :func:`quotex.patterns.patterns_for` compiles the patterns of each once.

    Examples:
        >>> lex = Lexicon.default().with_verbs("educate", "quip")
        >>> lex.lemma("quipped")
        'quip'
        >>> Lexicon.default().lemma("went on")
        'go on'
    """

    forms: Mapping[str, str]
    """Every verb form, lower case, mapped to its lemma ("said" -> "say")."""
    phrases: frozenset[str]
    """Reporting phrases that are not verbs ("according to")."""
    titles: Mapping[str, Title]
    pronouns: Mapping[str, str]
    """Subject pronoun -> gender (m, f, p, n)."""
    first_names: Mapping[str, str]
    """Given name, lower case -> gender (m or f)."""
    person_nouns: Mapping[str, str]
    """Noun naming a person ("man", "host") -> gender (m, f or -)."""
    particles: frozenset[str]
    not_names: frozenset[str]
    lang: str = "en"
    """The language the lexicon reads: the grammar's fixed word lists (the
    determiners, auxiliaries, abbreviations, ...) are those of
    ``quotex/data/<lang>/``."""
    reported: Mapping[str, str] = MappingProxyType({})
    """Every form of a reported-speech cue verb, lower case, mapped to its
    lemma ("thinks" -> "think"): ``reported_verbs.txt``."""
    reported_nouns: frozenset[str] = frozenset()
    """Nouns that report what someone holds ("claim", "view"):
    ``reported_nouns.txt``."""

    @classmethod
    def default(cls, lang: str = "en") -> Lexicon:
        """The lexicon bundled with quotex for ``lang`` (``quotex.language.
        languages()`` lists them: ``"en"``, ``"de"``, ...).

        Raises:
            LexiconError: quotex bundles no lexicon for ``lang``.

        Examples:
            >>> Lexicon.default("de").lemma("sagte"), Lexicon.default("de").lang
            ('sagen', 'de')
        """
        return _default(lang)

    @classmethod
    def from_directory(cls, path: str | Path, lang: str = "en") -> Lexicon:
        """Read a lexicon from a folder laid out like ``quotex/data/en/``,
        for a text in ``lang``: its verbs are inflected, and the grammar's
        fixed word lists read, as that language's.

        Raises:
            LexiconError: a file is missing or a line is malformed; the message
                names the file and line.
        """
        return _load(Path(path), lang)

    def lemma(self, form: str) -> str | None:
        """The lemma of a verb form or phrase, or ``None`` if it is no cue."""
        found = self.forms.get(form)  # as written in text, mostly already a key
        if found is not None:
            return found
        key = _norm(form)
        if key in self.forms:
            return self.forms[key]
        return key if key in self.phrases else None

    def is_given(self, token: str) -> bool:
        """Whether ``token`` is a given name the lexicon knows, or an initial
        that stands for one ("J.")."""
        return is_initial(token) or token.lower() in self.first_names

    @property
    def lemmas(self) -> frozenset[str]:
        """The reporting verbs, in their dictionary form."""
        return frozenset(self.forms.values())

    def with_verbs(self, *verbs: str | Iterable[str]) -> Lexicon:
        """A new lexicon that also knows these verbs (base forms).

        Takes what the ``--verbs`` option takes: words, comma-separated words
        (``"quip, chortle"``) or lists of them. An entry with an equals sign is
        one verb with its irregular forms after it, in the file syntax:
        ``"sing = sang, sung"``.

        Raises:
            LexiconError: a verb is not made of letters.

        Examples:
            >>> lexicon = Lexicon.default().with_verbs("quip, chortle", ["intone"])
            >>> lexicon.lemma("chortled"), lexicon.lemma("intoned")
            ('chortle', 'intone')
        """
        entries = _verb_entries(verbs, "with_verbs()")
        added = [
            _parse_verb(v, "with_verbs()", i, "argument", self.lang)
            for i, v in enumerate(entries, 1)
        ]
        forms = dict(self.forms)
        for form, lemma in _verb_forms(added).items():
            forms[form] = lemma
        return attrs.evolve(self, forms=MappingProxyType(forms))

    def with_titles(self, *titles: str | Iterable[str]) -> Lexicon:
        """A new lexicon that also knows these titles.

        Each entry uses the syntax of ``titles.txt``: the title, its gender
        (``m``, ``f`` or ``-``) and whether it stays in a name as an
        honorific (``yes`` or ``no``), as in ``"alderman - no"``; a bare
        word is ``"WORD - no"``. Entries are taken as :meth:`with_verbs`
        takes them (comma-separated, or lists).

        Raises:
            LexiconError: an entry is malformed.

        Examples:
            >>> lexicon = Lexicon.default().with_titles("warden - no, dean f no")
            >>> lexicon.titles["warden"].honorific, lexicon.titles["dean"].gender
            (False, 'f')
        """
        entries = [e.strip() for e in _verb_entries(titles, "with_titles()")]
        lines = [f"{e} - no" if len(e.split()) == 1 else e for e in entries]
        added = _parse_titles("\n".join(lines), "with_titles()")
        return attrs.evolve(self, titles=MappingProxyType({**self.titles, **added}))

    def with_given_names(self, *names: str | Iterable[str]) -> Lexicon:
        """A new lexicon that also knows these given names, each with its
        usual gender, in the syntax of ``first_names.txt``: ``"melissa f"``.
        Entries are taken as :meth:`with_verbs` takes them.

        Raises:
            LexiconError: an entry is not a name and ``m`` or ``f``.

        Examples:
            >>> Lexicon.default().with_given_names("Zebulona f").first_names["zebulona"]
            'f'
        """
        entries = [e.strip() for e in _verb_entries(names, "with_given_names()")]
        added = _parse_pairs("\n".join(entries), "with_given_names()", frozenset({"m", "f"}))
        return attrs.evolve(self, first_names=MappingProxyType({**self.first_names, **added}))

    def without_verbs(self, *lemmas: str | Iterable[str]) -> Lexicon:
        """A new lexicon that no longer knows these verbs (every form goes).

        Takes base forms as :meth:`with_verbs` takes them (words, comma-separated
        words, lists).

        Raises:
            LexiconError: the lexicon has no such verb (a form like "said"
                names its base form in the message).
        """
        drop = {_norm(v) for v in _verb_entries(lemmas, "without_verbs()")}
        missing = sorted(drop - self.lemmas)
        if missing:
            hints = [
                f"{m!r} (give its base form, {self.forms[m]!r})" if m in self.forms else repr(m)
                for m in missing
            ]
            raise LexiconError(f"without_verbs(): the lexicon has no verb {', '.join(hints)}")
        forms = {f: lem for f, lem in self.forms.items() if lem not in drop}
        return attrs.evolve(self, forms=MappingProxyType(forms))

    def with_reported_verbs(self, *verbs: str | Iterable[str]) -> Lexicon:
        """A new lexicon that also reads these verbs as cues of reported
        speech (``extract_quotes(kinds=...)`` with ``"indirect"``). Takes
        verbs as :meth:`with_verbs` does.

        Raises:
            LexiconError: a verb is not made of letters.

        Examples:
            >>> lexicon = Lexicon.default().with_reported_verbs("surmise")
            >>> lexicon.reported["surmised"]
            'surmise'
        """
        entries = _verb_entries(verbs, "with_reported_verbs()")
        added = [
            _parse_verb(v, "with_reported_verbs()", i, "argument") for i, v in enumerate(entries, 1)
        ]
        reported = {**self.reported, **_verb_forms(added)}
        return attrs.evolve(self, reported=MappingProxyType(reported))

    def with_phrases(self, *phrases: str) -> Lexicon:
        """A new lexicon that also knows these reporting phrases ("as quoted by")."""
        return attrs.evolve(self, phrases=self.phrases | {_norm(p) for p in phrases})

    def __getstate__(self) -> dict[str, Any]:
        # a mapping proxy cannot be pickled: send the dict it shows
        state = {f.name: getattr(self, f.name) for f in attrs.fields(type(self))}
        for key in ("forms", "titles", "pronouns", "first_names", "person_nouns", "reported"):
            state[key] = dict(state[key])
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        for key, value in state.items():
            if isinstance(value, dict):
                value = MappingProxyType(value)
            object.__setattr__(self, key, value)


def is_initial(token: str) -> bool:
    """Whether ``token`` is an initial: a capital and a full stop ("J.")."""
    return len(token) == 2 and token[0].isupper() and token[1] == "."


def _verb_entries(args: Iterable[str | Iterable[str]], method: str) -> list[str]:
    """One verb an entry: strings split at commas unless they give irregular forms."""
    strings: list[str] = []
    for arg in args:
        items = [arg] if isinstance(arg, str) else list(arg) if isinstance(arg, Iterable) else [arg]
        for item in items:
            if not isinstance(item, str):
                kind = type(item).__name__
                raise TypeError(f"{method} takes verbs as str or lists of str, not {kind}")
            strings.append(item)
    entries: list[str] = []
    for item in strings:
        parts = [item] if "=" in item else item.split(",")
        entries.extend(p for p in parts if p.strip() or len(parts) == 1)
    return entries


def _load(directory: Path | importlib.resources.abc.Traversable, lang: str = "en") -> Lexicon:
    text, src = read_file(directory, "verbs.txt")
    verbs = [_parse_verb(line, src, n, lang=lang) for n, line in entries(text)]
    phrases = _words(read_file(directory, "cue_phrases.txt")[0])
    titles = _parse_titles(*read_file(directory, "titles.txt"))
    pronouns = _parse_pairs(*read_file(directory, "pronouns.txt"), GENDERS)
    first = _parse_pairs(*read_file(directory, "first_names.txt"), frozenset({"m", "f"}))
    nouns = _parse_pairs(*read_file(directory, "person_nouns.txt"), frozenset({"m", "f", "-"}))
    return Lexicon(
        forms=MappingProxyType(_verb_forms(verbs)),
        phrases=phrases,
        titles=MappingProxyType(titles),
        pronouns=MappingProxyType(pronouns),
        first_names=MappingProxyType(first),
        person_nouns=MappingProxyType(nouns),
        particles=_words(read_file(directory, "particles.txt")[0]),
        not_names=_words(read_file(directory, "not_names.txt")[0]),
        lang=lang,
        **_reported(directory, lang),
    )


def _reported(directory: Path | importlib.resources.abc.Traversable, lang: str) -> dict[str, Any]:
    """The cues of reported speech, from files a lexicon folder may leave out
    (it then reads no reported speech)."""
    found: dict[str, Any] = {}
    if (directory / "reported_verbs.txt").is_file():
        text, src = read_file(directory, "reported_verbs.txt")
        verbs = [_parse_verb(line, src, n, lang=lang) for n, line in entries(text)]
        found["reported"] = MappingProxyType(_verb_forms(verbs))
    if (directory / "reported_nouns.txt").is_file():
        found["reported_nouns"] = _words(read_file(directory, "reported_nouns.txt")[0])
    return found


@functools.cache
def _default(lang: str) -> Lexicon:
    root = importlib.resources.files("quotex") / "data" / lang
    if not (root / "verbs.txt").is_file():
        data = importlib.resources.files("quotex") / "data"
        have = sorted(d.name for d in data.iterdir() if (d / "verbs.txt").is_file())
        raise LexiconError(
            f"no bundled lexicon for language {lang!r}; quotex has {', '.join(map(repr, have))}"
        )
    return _load(root, lang)
