"""Every pattern quotex matches with, in one place, compiled once per lexicon.

The alternations are built from the lexicon's word lists with
``regex.escape``, longest first, so "went on" wins over "went" and
"Mrs" over "Mr". The grammar of a speaker mention (``MENTION``) is shared by
the frame patterns: where two patterns must agree on what a mention is, they
both format it from here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Union

import regex

from quotex.lexicon import word_list

if TYPE_CHECKING:
    from quotex.lexicon import Lexicon

# Space inside one paragraph: spaces, or a single line break of a wrapped line.
SP = r"(?:[ \t\u00a0]+|[ \t\u00a0]*(?:\r\n|\n|\r)[ \t\u00a0]*)"
# A capitalised word of a name: Stoltenberg, O'Brien, Seitz-Wald, McDonald.
CAP = r"\p{Lu}[\p{Ll}\p{Lu}\p{M}]*(?:['’\-]\p{L}[\p{L}\p{M}]*)*"
INITIAL = r"\p{Lu}\."
# The words that may end a name after it ("Jr"); ``frames`` reads them too.
SUFFIX_WORDS = ("Jr", "Sr", "II", "III", "IV")
SUFFIX = rf"(?:,?{SP}(?:{'|'.join(SUFFIX_WORDS)})\b\.?)"
AUX = (
    r"(?:has|had|have|would|will|was|were|is|did|does|could|should|might|must|can|may)"
    r"(?:n[’']t)?(?:[ \t]+(?:not|also|then|later|just|again|once|still|never|only))?"
    r"|\p{Ll}+(?:[ \t]+on)?[ \t]+to"  # "went on to say", "wanted to add"
)
ADVERB = r"(?:\p{Ll}+ly|also|then|later|again|now|once|still|finally|simply|just|only|too|back)"
# Words that join a cue to the verb before it, which shares its subject
# ("… raised himself on his elbow and said"): Patterns.coordination.
COORDINATORS = ("and", "then", "but", "or")
# Words that open a nominal mention ("the old man", "his host").
DETERMINERS = word_list("determiners.txt")
# Words that describe a speaker before the name: "chief executive", "former",
# "super PAC spokeswoman", "Google's chief human resources executive".
# Each word is read once (atomic): a shorter reading of it is followed by a
# character of the word, never by the space every word here ends with.
DESCRIPTOR = r"(?:(?:(?>[\p{L}\-’'.]+|\p{N}+-\p{L}+-\p{L}+)" + SP + r"){1,5}?)"
# What may follow a quotation before its frame: a comma, a dash, a space.
# Each run of space is read once (atomic). What follows LEAD in a pattern never
# starts with a space (no word list entry does), so a shorter run could only
# fail, and a gap that fails would be read again for every way of splitting
# its spaces between the three runs.
LEAD = (
    r"(?>[ \t\u00a0]*)(?:[,;:](?>[ \t\u00a0]*))?"
    r"(?:[\N{EM DASH}\N{EN DASH}\N{HORIZONTAL BAR}]+|--)?(?>\s*)"
)
# ``\s`` of ``regex`` for the standard library's engine: unlike its own
# ``\s``, it leaves out the separators U+001C to U+001F.
STD_SPACE = r"[^\S\x1c-\x1f]"
# LEAD for the standard library's engine, which starts a match several times
# faster. Matched alone, its first match is the atomic one: each run reads
# all it can.
LEAD_STD = (
    r"[ \t\u00a0]*(?:[,;:][ \t\u00a0]*)?"
    rf"(?:[\N{{EM DASH}}\N{{EN DASH}}\N{{HORIZONTAL BAR}}]+|--)?{STD_SPACE}*"
)


# A class of every character a cue may follow: below U+0100 exactly the
# characters that are not a word character or hyphen, above it all, for the
# lookbehind after it to decide. A class of characters below U+0100 is a
# bitmap, far quicker to test than the categories of \w.
_BEFORE_CUE = (
    "[^" + "".join(re.escape(chr(c)) for c in range(256) if re.match(r"[\w-]", chr(c))) + "]"
)

# ``regex``'s ``concurrent`` argument, passed by position to the matches of
# its patterns that run per quotation or per name (a match made once per
# document, as segment's paragraph breaks, goes without). Unless told not to,
# ``regex`` lets go of the GIL for every match on a str and takes it back
# after: for the short stretches quotex matches, that costs a third of the
# call. Threads get the same results either way; held, they take turns
# inside a match as they do with ``re``.
NOT_CONCURRENT = False

# The group numbers of a speaker and its appositive in every pattern that has
# them (a test checks): a match reads a group by number several times faster
# than by name.
SPEAKER = 1
APPOSITIVE = 2

# A match of either engine: a pattern with a twin (see DualPattern) gives both.
AnyMatch = Union["re.Match[str]", "regex.Match[str]"]

# Characters outside ASCII that both engines read as themselves alone: no
# letter, mark, digit, word character or space to either (a test checks).
# Quotation marks and dashes stand beside the frame of most quotations.
PLAIN_EXTRA = (
    "\N{LEFT SINGLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}"
    "\N{SINGLE LOW-9 QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}"
    "\N{RIGHT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}"
    "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}"
    "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}"
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{EN DASH}\N{EM DASH}\N{HORIZONTAL BAR}\N{HORIZONTAL ELLIPSIS}"
)
_PLAIN_EXTRA = frozenset(PLAIN_EXTRA)
_NOT_PLAIN = re.compile(f"[^\\x00-\\x7f{PLAIN_EXTRA}]")
# What regex's classes take among ASCII characters, written for re (no ASCII
# character is a combining mark), and regex's \s, which unlike re's leaves
# out U+001C to U+001F. A test checks both.
_ASCII_CLASSES = {"Lu": "A-Z", "Ll": "a-z", "L": "A-Za-z", "N": "0-9", "M": ""}
_ASCII_SPACE = r" \t\n\r\f\v"


def plain(text: str, pos: int, endpos: int) -> bool:
    """Whether ``text[pos - 1:endpos]`` holds only ASCII and ``PLAIN_EXTRA``
    characters: there a pattern and its ASCII twin match alike.

    The character before ``pos`` is read too, as a lookbehind or a word
    boundary at ``pos`` reads it (a twin has lookbehinds of one character
    only). A slice that is all ASCII is told by ``str.isascii`` at once; the
    character before is mostly a closing quotation mark.
    """
    if text[pos:endpos].isascii():
        return not pos or text[pos - 1].isascii() or text[pos - 1] in _PLAIN_EXTRA
    return _NOT_PLAIN.search(text, pos - 1 if pos else 0, endpos) is None


def ascii_twin(pattern: regex.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` for the standard library's engine, exact on plain text
    (see :func:`plain`); ``None`` where this cannot be written.

    The classes ``\\p{L}``, ``\\p{Lu}``, ``\\p{Ll}``, ``\\p{M}``, ``\\p{N}``
    and ``\\s`` become the ASCII characters they take; everything else is
    the same syntax in both engines. On plain text no other character can be
    met, so both give the same match, groups and all. A pattern read
    backwards or with any flag, one with a lookbehind of more than one
    character, one using other ``regex`` syntax, and any on Python 3.10
    (whose ``re`` has no atomic groups or possessive repeats) get no twin.

    Examples:
        >>> ascii_twin(regex.compile(r"\\p{Lu}[\\p{L}\\p{M}'’]*")).pattern
        "[A-Z][A-Za-z'’]*"
    """
    src = pattern.pattern
    if pattern.flags & ~(regex.UNICODE | regex.VERSION0) or _INLINE_FLAG.search(src):
        return None  # read backwards, or in a mode whose letters differ (ignoring case)
    out: list[str] = []
    in_class = False
    i, size = 0, len(src)
    while i < size:
        c = src[i]
        if c == "\\":
            kind = src[i + 1]
            if kind == "p":
                close = src.index("}", i)
                chars = _ASCII_CLASSES.get(src[i + 3 : close])
                if chars is None:
                    return None
                # outside a class, \p{M} takes no ASCII character: never match
                out.append(chars if in_class else f"[{chars}]" if chars else "(?!)")
                i = close + 1
            elif kind == "s":
                out.append(_ASCII_SPACE if in_class else f"[{_ASCII_SPACE}]")
                i += 2
            elif kind in "PSXGKmMhHLV" or kind.isdigit():
                return None  # regex syntax with no plain twin here
            else:
                # \N{...} is the same in both: its name holds no backslash
                close = src.index("}", i) + 1 if kind == "N" else i + 2
                out.append(src[i:close])
                i = close
            continue
        if in_class:
            in_class = c != "]"
            out.append(c)
            i += 1
            continue
        if src.startswith(("(?<=", "(?<!"), i) and not _ONE_CHARACTER.match(src, i + 4):
            return None  # it may read more than the one character plain() reads
        if c == "[":
            in_class = True
            # a "]" first in the class (after "^") is a character of it
            first = i + 1 + src.startswith("^", i + 1)
            first += src.startswith("]", first)
            out.append(src[i:first])
            i = first
            continue
        out.append(c)
        i += 1
    try:
        return re.compile("".join(out))
    except re.error:
        return None  # Python 3.10: no (?>...) nor possessive repeats


# A flag set inside a pattern: "(?i)", "(?x:".
_INLINE_FLAG = re.compile(r"\(\?[a-zA-Z^-](?<!\(\?P)")
# One character of a lookbehind, then its end: a class or one character.
_ONE_CHARACTER = re.compile(r"(?:\[\^?\]?(?:\\.|[^\]\\])*\]|\\.|[^\\()\[])\)")


class DualPattern:
    """A ``regex`` pattern and its ASCII twin (:func:`ascii_twin`): a match
    of plain text (:func:`plain`) uses the twin, whose engine starts a match
    several times faster, any other the pattern. Both give the same match.

    Only ``match``, ``fullmatch`` and ``finditer`` are offered, with ``pos``
    and ``endpos`` as the patterns take them.
    """

    __slots__ = ("full", "groupindex", "pattern", "std")

    def __init__(self, full: regex.Pattern[str]) -> None:
        self.full = full
        self.std = ascii_twin(full)
        self.pattern = full.pattern
        self.groupindex = full.groupindex

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> AnyMatch | None:
        """The match at ``pos``, as ``regex.Pattern.match``."""
        return self._one("match", text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> AnyMatch | None:
        """The match of all of ``text[pos:endpos]``, as ``regex.Pattern.fullmatch``."""
        return self._one("fullmatch", text, pos, endpos)

    def _one(self, how: str, text: str, pos: int, endpos: int | None) -> AnyMatch | None:
        end = len(text) if endpos is None else endpos
        std = self.std
        if std is not None and plain(text, pos, end):
            found: AnyMatch | None = getattr(std, how)(text, pos, end)
        else:
            found = getattr(self.full, how)(text, pos, end, NOT_CONCURRENT)
        return found

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[AnyMatch]:
        """Every match in ``text[pos:endpos]``, as ``regex.Pattern.finditer``."""
        end = len(text) if endpos is None else endpos
        std = self.std
        if std is not None and plain(text, pos, end):
            return std.finditer(text, pos, end)
        return self.full.finditer(text, pos, end, False, NOT_CONCURRENT)


# Verbs that may open a sentence before their subject: "Said Comey, “…”".
_OPENING_VERBS = frozenset({"say", "ask", "add", "reply", "continue", "write"})


def alternation(words: Iterable[str], backwards: bool = False) -> str:
    """A regex alternation of ``words``, factored into a trie of prefixes.

    A flat alternation of a thousand verb forms makes the engine try every
    form at every position; factored ("sa(?:id|ys|y(?:ing)?)"), it reads one
    branch per character, several times faster to match and to compile. At
    each branch the longer continuation is tried first, so "went on" wins
    over "went". Spaces inside an entry match any run of space.

    With ``backwards``, the trie is one of suffixes, for a pattern compiled
    with ``regex.REVERSE``: that engine reads each branch from its end, so a
    trie of prefixes would make it try every word.

    Examples:
        >>> alternation(["said", "say", "says"])
        'sa(?:id|y(?:s)?)'
        >>> alternation(["said", "paid"], backwards=True)
        '(?:p|s)aid'
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in set(words):
        if not word:
            continue
        node = trie
        for ch in reversed(word) if backwards else word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie, backwards)


def _emit(node: dict[str, dict], backwards: bool) -> str:  # type: ignore[type-arg]
    branches = []
    for ch in sorted(k for k in node if k):
        piece = SP if ch == " " else regex.escape(ch)
        rest = _emit(node[ch], backwards)
        branches.append(rest + piece if backwards else piece + rest)
    optional = "" in node
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if optional:
        # several branches are one group already; a single one may start with
        # a group of its own (SP: "blurt out") that "?" alone would not cover
        return body + "?" if len(branches) > 1 else f"(?:{body})?"
    return body


def _cased(words: Iterable[str]) -> list[str]:
    out = []
    for w in words:
        out += [w, w[:1].upper() + w[1:]]
    return out


def _pronoun_words(lexicon: Lexicon) -> list[str]:
    """The pronouns a mention may be, as written: "he", "He", "I"."""
    return [*_cased(p for p in lexicon.pronouns if p != "i"), "I"]


def _title_words(lexicon: Lexicon) -> list[str]:
    """The titles as a name may write them: "Sen", "SG"."""
    return [t[:1].upper() + t[1:] for t in lexicon.titles] + [
        t.upper() for t in lexicon.titles if len(t) <= 3
    ]


def _not_name_words(lexicon: Lexicon) -> list[str]:
    """The capitalised words no name may start with: "But", "Monday"."""
    return [w[:1].upper() + w[1:] for w in lexicon.not_names]


def _mention(
    lexicon: Lexicon, backwards: bool, once: bool = False, plain: bool = False
) -> tuple[str, str]:
    """The grammar of a name and of a speaker mention (a pronoun, a name or a
    nominal), with word lists factored for reading forwards or backwards.

    With ``once``, each word of a name or nominal is read one way only (an
    atomic group). That is for a pattern in which a mention is followed only
    by a comma or a space: there a word has at most one reading that can go
    on, and it is the first tried. A word of a nominal is read whole, and a
    shorter reading ends before a character of the word. A title ends before
    a space or a comma; an initial or capitalised word read at the same place,
    having neither in it, ends there too or before a full stop or a letter,
    and a shorter capitalised word ends before a letter. A title with a comma
    in it breaks this, so a lexicon that has one keeps every reading of a
    name.

    Read backwards, a word of a nominal is read one way only too, ``once``
    or not: every one follows a space, and a shorter reading starts after a
    character of the word, where no space is. A name is written last word
    first (see below). With ``plain`` the backward grammar keeps every
    reading and the layout it has forwards, which the tests check the other
    against.
    """
    title_words = _title_words(lexicon)
    pronoun_words = _pronoun_words(lexicon)
    det_words = _cased(DETERMINERS)
    titles = alternation(title_words, backwards)
    particles = alternation(lexicon.particles, backwards)
    # read forwards even in a backward pattern: a lookahead looks ahead
    not_names = alternation(_not_name_words(lexicon))
    pronouns = alternation(pronoun_words, backwards)
    det = alternation(det_words, backwards)

    word = rf"(?:(?:{titles})\.?(?=[\s,])|{INITIAL}|{CAP})"
    if once and not any("," in t for t in lexicon.titles):
        word = rf"(?>{word})"
    nominal_word = r"(?>[\p{L}\-’'.]+)" if once or (backwards and not plain) else r"[\p{L}\-’'.]+"
    if backwards and not plain and all(t.isalpha() for t in lexicon.titles):
        # Read backwards, "word (SP word){0,5}" reads the first word of a name
        # twice: as the word of one more repetition, and, when no space comes
        # before it, again as the first word. With the last word alone, each
        # word is read once. The first match found is the same: the two differ
        # only in trying to end the name after one reading of a word before
        # another reading of it goes on. Readings of a word that end at one
        # place (a title, an initial, a capitalised word, all letters but a
        # final full stop) differ in where they start, inside the longer one:
        # what is there is no space, for the shorter to go on, but a letter,
        # apostrophe or hyphen, before which a name may not end.
        name = (
            rf"(?!(?:{not_names})\b)(?:{word}{SP}(?:(?:{particles}){SP})?){{0,5}}"
            rf"{word}{SUFFIX}?"
        )
    else:
        name = (
            rf"(?!(?:{not_names})\b){word}"
            rf"(?:{SP}(?:(?:{particles}){SP})?{word}){{0,5}}{SUFFIX}?"
        )
    # a nominal stops before a preposition or conjunction: "the man to Jane"
    stop = r"(?!(?:to|in|on|at|of|from|with|by|for|and|or|but|as|into|after|before)\b)"
    nominal = rf"(?:{det}){SP}{nominal_word}(?:{SP}{stop}{nominal_word}){{0,2}}"
    mention = rf"(?<![\p{{L}}\p{{M}}\p{{N}}'’\-])(?:(?:{pronouns})\b|{name}|{nominal})"
    if not backwards:
        # what a mention may start with: tried first, it spares reading the
        # word lists at every word that starts none (a descriptor's)
        starts = sorted({w[:1] for w in title_words + pronoun_words + det_words})
        mention = rf"(?=[\p{{Lu}}{regex.escape(''.join(starts))}]){mention}"
    return name, mention


class Patterns:
    """The compiled patterns of one :class:`~quotex.lexicon.Lexicon`.

    Only :attr:`cue` holds the (large) verb alternation; the frame patterns
    match the words around a cue, so a lexicon compiles its verbs once.
    """

    def __init__(self, lexicon: Lexicon) -> None:
        #: The lexicon these patterns are compiled from: the frame readers
        #: take the patterns alone and read its word lists from here.
        self.lexicon = lexicon
        # lower case only: "Post" and "Reveals" in a headline are no cues
        cues = alternation(
            list(lexicon.forms)
            + _cased(lexicon.phrases)
            + [f.capitalize() for f in lexicon.forms if lexicon.forms[f] in _OPENING_VERBS]
        )
        pronouns = alternation(_pronoun_words(lexicon))
        title_words = _title_words(lexicon)
        name, mention = _mention(lexicon, backwards=False)
        # the same grammar for a mention followed only by a comma or space
        _, mention_once = _mention(lexicon, backwards=False, once=True)
        # the same grammar for patterns matched backwards from a cue
        _, mention_back = _mention(lexicon, backwards=True)
        # ", the NATO chief," in one or two parts. Its runs are possessive: only
        # a comma may follow one (or, read backwards, come before it), and a
        # shorter run is followed by a character of the run
        appositive = r"(?:,[^,;:“”\"\n\r]{1,120}+){1,2},"

        #: A reporting verb or phrase, as whole words. The standard library's
        #: engine compiles this large alternation several times faster.
        # not inside a hyphenated word: "so-called" holds no cue
        self.cue = re.compile(rf"(?<![\w-])(?:{cues})(?![\w-])")
        #: The same cue as group 1, after the character before it: search from
        #: one character before a cue may start (see ``frames.cue_spans``).
        #: Opening with a class lets the engine skip to the next character
        #: that class lets through, where ``cue`` is tried at every one.
        self.cue_after_char = re.compile(rf"{_BEFORE_CUE}(?<![\w-])({cues})(?![\w-])")
        #: Between a quotation's end and a cue: only a comma or dash.
        self.lead = re.compile(LEAD_STD)
        #: Between a quotation's end and a cue: ``, Stoltenberg, the NATO chief,``.
        self.subject_gap = DualPattern(
            regex.compile(
                rf"{LEAD}(?:{DESCRIPTOR}(?:,{SP})?)??(?P<speaker>{mention_once})"
                rf"(?P<appositive>{appositive})?,?{SP}"
                rf"(?:(?:{AUX}){SP})?(?:{ADVERB}{SP})?"
            )
        )
        #: The words of the pronoun alternation and of the one for words no
        #: name starts with, as sets: ``frames`` reads a gap of one word by them.
        self.pronoun_words = frozenset(_pronoun_words(lexicon))
        self.not_name_words = frozenset(_not_name_words(lexicon))
        #: Whether every particle, title and word no name starts with is one
        #: word of letters (particles in lower case), as ``frames.subject_words``
        #: needs to read a name without the pattern.
        self.plain_words = (
            all(p.isascii() and p.isalpha() and p.islower() for p in lexicon.particles)
            and all(w.isalpha() for w in lexicon.not_names)
            and all(t.isalpha() for t in lexicon.titles)
        )
        self.particle_words = lexicon.particles
        self.title_words = frozenset(_title_words(lexicon))
        #: The pronouns a subject before a cue may be that no auxiliary or
        #: adverb between a subject and its cue can end with.
        # (each is tried after two words, which an auxiliary of several words,
        # "went on to", may stand on)
        tail = regex.compile(rf"(?:{AUX}|{ADVERB})\Z")
        self.subject_pronouns = frozenset(
            w
            for w in self.pronoun_words
            if w.isascii() and w.isalpha() and tail.search("a a " + w) is None
        )
        #: The speaker right after a cue: ``said [quietly] the old man``.
        self.mention_after = DualPattern(
            regex.compile(rf"(?:{SP}{ADVERB})?{SP}{DESCRIPTOR}??(?P<speaker>{mention})")
        )
        #: ``said another Twitter user, Johanna Bayer``: a description, then the name.
        self.named_after = DualPattern(
            regex.compile(
                rf"(?:{SP}{ADVERB})?{SP}(?=\p{{Ll}})[^,.;:“”\"\n\r]{{1,60}}?,{SP}"
                rf"(?P<speaker>{name})(?=[ \t]*[,.;]|[ \t]*$)"
            )
        )
        #: ``"…" — Commissioner Geoffrey Starks`` (a signature line).
        self.after_dash = regex.compile(
            rf"[ \t\u00a0]*(?:[\N{{EM DASH}}\N{{EN DASH}}\N{{HORIZONTAL BAR}}]|--)[ \t\u00a0]*"
            rf"(?P<speaker>{name})[ \t\u00a0]*(?=[,\n\r(]|$)"
        )
        #: The subject of a cue: what stands right before it (match, endpos = cue).
        #: Matched backwards from the cue, so the subject is the mention
        #: nearest the cue ("In a Bloomberg interview Trump said" is Trump's),
        #: and an appositive before the cue is tried before a bare comma, so
        #: "Brian Fallon, the campaign's press secretary, said" is Fallon's.
        self.subject_before = regex.compile(
            rf"(?P<speaker>{mention_back})(?:(?P<appositive>{appositive})|,)?{SP}"
            rf"(?:(?:{AUX}){SP})?(?:{ADVERB}{SP})?$",
            regex.REVERSE,
        )
        #: "… raised himself on his elbow and said": the cue shares a subject.
        self.coordination = regex.compile(rf"\b(?:{'|'.join(COORDINATORS)}){SP}$")
        #: The subject opening a sentence: "Panteley looked at the cross and asked".
        self.sentence_subject = DualPattern(
            regex.compile(rf"\s*(?P<speaker>(?:{pronouns})\b|{name}){SP}(?=\p{{Ll}})")
        )
        #: ``Stoltenberg: "…"``.
        self.before_colon = regex.compile(rf"(?P<speaker>{name})[ \t\u00a0]*:\s*$")
        #: What a name before a colon is made of, for ``frames.read_before``
        #: to start ``before_colon`` where the name may start: the most runs
        #: of space a name holds (one before each of its words but the first,
        #: one before and one after each particle between them, one before
        #: its suffix, and any inside a title or particle)...
        self.name_spaces = (
            11
            + 6 * max((len(t.split()) - 1 for t in title_words), default=0)
            + 5 * max((len(p.split()) - 1 for p in lexicon.particles), default=0)
        )
        #: ... and the first characters of its words that are no capital:
        #: those of titles and particles (the word or a word in it).
        self.name_firsts = frozenset(
            w[0]
            for t in (*title_words, *lexicon.particles)
            for w in t.split()
            if not w[0].isupper()
        )
        #: A name anywhere, for building the document's cast.
        self.name = DualPattern(regex.compile(rf"(?<![\p{{L}}\p{{M}}'’\-.])(?:{name})"))
        #: A vocative at the start or end of a turn: "Aziz, don't chatter."
        self.vocative_first = regex.compile(rf"(?P<speaker>{name}),")
        self.vocative_last = regex.compile(rf",{SP}(?P<speaker>{name})[.!?,;]*$")
