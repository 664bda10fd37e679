"""The grammar every frame pattern is built from: fragments and word tries.

The fragments here (a space, a capitalised word, an auxiliary, the grammar of
a speaker mention) are formatted into the patterns of
:mod:`quotex.patterns`, so every pattern agrees on what a name or a mention
is. They are written to be formatted into ``regex.VERBOSE`` patterns: their
spaces stand inside classes or are escaped. Word lists come from
``quotex/data/<lang>/`` (:func:`fragments`, one set per language) and
become alternations with :func:`alternation`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import attrs
import regex

from quotex.language import conventions
from quotex.lexicon import word_list

if TYPE_CHECKING:
    from quotex.lexicon import Lexicon

# The most characters of one part of an appositive (", the NATO chief,"):
# longer, it is a clause, not a description.
APPOSITIVE_PART = 120
# The most characters of a description between a cue and the name it
# describes ("said another Twitter user, Johanna Bayer").
DESCRIPTION_BEFORE_NAME = 60
# The most words of a name after its first: "Lt. Gen. H. R. McMaster Jr".
NAME_WORDS_AFTER_FIRST = 5
# The most words of a nominal after its determiner: "the presumptive
# Republican presidential nominee".
NOMINAL_WORDS_AFTER_FIRST = 3


def _either(words: Sequence[str]) -> str:
    """The alternation of ``words``, tried in the order given."""
    return "|".join(regex.escape(w) for w in words)


# Space inside one paragraph: spaces, or a single line break of a wrapped line.
SP = r"(?:[ \t\u00a0]+|[ \t\u00a0]*(?:\r\n|\n|\r)[ \t\u00a0]*)"
# A capitalised word of a name: Stoltenberg, O'Brien, Seitz-Wald, McDonald.
CAP = r"\p{Lu}[\p{Ll}\p{Lu}\p{M}]*(?:['’\-]\p{L}[\p{L}\p{M}]*)*"
# A capitalised word in the possessive that owns a description, as a
# determiner would open it: "Powell’s office", "Sanders’ campaign".
OWNER = r"\p{Lu}[\p{L}\p{M}\-]*(?:['’]s|s['’])"
INITIAL = r"\p{Lu}\."
# One word of a nominal: "the 30-year-old".
NOMINAL_WORD = r"[\p{L}\p{N}\-’'.]+"
# What follows a title's link to its office: three capitalised words at
# least, an office and a name ("of State John Kerry"), not a place in an
# appositive ("Republican of South Carolina,").
OFFICE = rf"(?:{SP}\p{{Lu}}[\p{{L}}\p{{M}}\-.]*){{3}}"


@attrs.frozen
class Fragments:
    """The fragments of one language's grammar, built from its word lists in
    ``quotex/data/<lang>/``: :func:`fragments` gives them.

    Attributes:
        suffix: A word that may end a name after it ("Jr").
        aux: Between a speaker and a cue: "has", "wasn't also", "went on
            to", "wanted to".
        adverb: An adverb next to a cue: "also", "quietly".
        coordinators: Words that join a cue to the verb before it, which
            shares its subject ("… raised himself on his elbow and said").
        determiners: Words that open a nominal mention ("the old man").
        nominal_stop: A lookahead: a nominal stops before a preposition,
            conjunction or adverb ("the man to Jane").
        job_before_name: Lower-case words between a word and a name that
            they describe with it: "(Clinton) campaign manager (Robby
            Mook)", "(Republican) strategist (Ryan Williams)"; not "(Smith)
            on (Monday)".
    """

    suffix: str
    aux: str
    adverb: str
    coordinators: tuple[str, ...]
    determiners: tuple[str, ...]
    nominal_stop: str
    job_before_name: str


@functools.cache
def fragments(lang: str = "en") -> Fragments:
    """The grammar fragments of ``lang``, built once per process.

    Examples:
        >>> fragments("en").determiners[0]
        'the'
    """
    suffix = rf"(?:,?{SP}(?:{_either(word_list('name_suffixes.txt', lang))})\b\.?)"
    endings = word_list("auxiliary_endings.txt", lang)
    ending = rf"(?:{_either(endings)})?" if endings else ""
    # "went on to say", "wanted to add": a verb, maybe a particle, a marker
    markers = word_list("infinitive_markers.txt", lang)
    marker = (
        rf"""
  | \p{{Ll}}+[ \t]+(?:{"|".join(_spaced(m) for m in markers)})"""
        if markers
        else ""
    )
    aux = rf"""(?:
    (?:{_either(word_list("auxiliaries.txt", lang))}){ending}
    (?:[ \t]+(?:{_either(word_list("auxiliary_adverbs.txt", lang))}))?{marker}
)"""
    suffixes = word_list("adverb_endings.txt", lang)
    # "gloomily", "good-naturedly"; not "ally", "gouvernement"
    lookalikes = word_list("adverb_lookalikes.txt", lang)
    unlike = rf"(?!(?:{_either(lookalikes)})\b)" if lookalikes else ""
    by_ending = rf"{unlike}\p{{Ll}}+(?:-\p{{Ll}}+)*(?:{_either(suffixes)})|" if suffixes else ""
    adverb = rf"(?:{by_ending}{_either(word_list('adverbs.txt', lang))})"
    # a nominal stops before a preposition, conjunction or adverb: "the man
    # to Jane", "my father often said"
    nominal_stop = rf"(?!(?:{_either(word_list('nominal_stops.txt', lang))}|{adverb})\b)"
    return Fragments(
        suffix=suffix,
        aux=aux,
        adverb=adverb,
        coordinators=word_list("coordinators.txt", lang),
        determiners=word_list("determiners.txt", lang),
        nominal_stop=nominal_stop,
        job_before_name=rf"(?:{nominal_stop}\p{{Ll}}[\p{{Ll}}\-]*{SP}){{1,3}}(?=\p{{Lu}})",
    )


def _spaced(words: str) -> str:
    """A phrase of a word list as a pattern: its words apart by spaces or tabs."""
    return r"[ \t]+".join(regex.escape(w) for w in words.split())


# English, the default language: what every language had before others came.
_ENGLISH = fragments("en")
SUFFIX = _ENGLISH.suffix
AUX = _ENGLISH.aux
ADVERB = _ENGLISH.adverb
COORDINATORS = _ENGLISH.coordinators
DETERMINERS = _ENGLISH.determiners
NOMINAL_STOP = _ENGLISH.nominal_stop
# Words that describe a speaker before the name: "chief executive", "former",
# "super PAC spokeswoman", "Google's chief human resources executive".
# Each word is read once (atomic): a shorter reading of it is followed by a
# character of the word, never by the space every word here ends with.
DESCRIPTOR = rf"""(?:(?:
    (?>[\p{{L}}\-’'.][\p{{L}}\p{{N}}\-’'.]*|[\p{{N}}$][\p{{L}}\p{{N}}/\-]*)  # "L2", "$15"
    {SP}
){{1,5}}?)"""
# What may follow a quotation before its frame: a comma, a dash, a space.
# Each run of space is read once (atomic). What follows LEAD in a pattern never
# starts with a space (no word list entry does), so a shorter run could only
# fail, and a gap that fails would be read again for every way of splitting
# its spaces between the three runs.
LEAD = r"""
    (?>[ \t\u00a0]*)(?:[,;:](?>[ \t\u00a0]*))?              # a comma and spaces
    (?:[\N{EM DASH}\N{EN DASH}\N{HORIZONTAL BAR}]+|--)?     # a dash
    (?>\s*)
"""
# ", the NATO chief," in one or two parts. Its runs are possessive: only a
# comma may follow one (or, read backwards, come before it), and a shorter
# run is followed by a character of the run.
APPOSITIVE = rf"(?:,[^,;:“”\"\n\r]{{1,{APPOSITIVE_PART}}}+){{1,2}},"
# A dash that opens a signature line, between spaces.
DASH = r"[ \t\u00a0]*(?:[\N{EM DASH}\N{EN DASH}\N{HORIZONTAL BAR}]|--)[ \t\u00a0]*"
# A dash that opens a signature line of its own under a quotation: there a
# hyphen stands for a dash too.
SIGNATURE_DASH = r"(?:[\N{EM DASH}\N{EN DASH}\N{HORIZONTAL BAR}]|--?)"


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


def cased(words: Iterable[str]) -> list[str]:
    """Each word as written and capitalised: "he", "He"."""
    out = []
    for w in words:
        out += [w, w[:1].upper() + w[1:]]
    return out


def pronoun_words(lexicon: Lexicon) -> list[str]:
    """The pronouns a mention may be, as written: "he", "He", "I" (a pronoun
    of one letter only capitalised)."""
    words = cased(p for p in lexicon.pronouns if len(p) > 1)
    return words + [p.upper() for p in lexicon.pronouns if len(p) == 1]


def title_words(lexicon: Lexicon) -> list[str]:
    """The titles as a name may write them: "Sen", "SG"."""
    return [t[:1].upper() + t[1:] for t in lexicon.titles] + [
        t.upper() for t in lexicon.titles if len(t) <= 3
    ]


def not_name_words(lexicon: Lexicon) -> list[str]:
    """The capitalised words no name may start with: "But", "Monday"."""
    return capitalised(lexicon.not_names)


def capitalised(words: Iterable[str]) -> list[str]:
    """``words``, each with a capital first letter."""
    return [w[:1].upper() + w[1:] for w in words]


def owner(lexicon: Lexicon) -> str:
    """A capitalised word in the possessive that owns a description
    ("Powell’s office", "Sanders’ campaign"), not a contraction of a
    pronoun or of a word no name starts with ("He’s", "That’s")."""
    words = alternation(pronoun_words(lexicon) + not_name_words(lexicon))
    return rf"(?!(?:{words})['’])" + OWNER


def name(lexicon: Lexicon, backwards: bool = False, once: bool = False, plain: bool = False) -> str:
    """The grammar of a name: up to six titles, initials and capitalised
    words, with particles between, maybe a suffix; never starting with a word
    no name starts with.

    With ``once``, each word is read one way only (an atomic group): see
    :func:`mention`. Read backwards (and not ``plain``), the name is written
    last word first: ``word (SP word){0,5}`` would read the first word of a
    name twice, as the word of one more repetition and, when no space comes
    before it, again as the first word. With the last word alone, each word
    is read once, and the first match found is the same: readings of a word
    that end at one place (a title, an initial, a capitalised word, all
    letters but a final full stop) differ in where they start, inside the
    longer one, where no space is for the shorter to go on.
    """
    suffix = fragments(lexicon.lang).suffix
    titles = alternation(title_words(lexicon), backwards)
    particles = alternation(lexicon.particles, backwards)
    # read forwards even in a backward pattern: a lookahead looks ahead
    not_names = alternation(not_name_words(lexicon))
    # a title may name its office before the person: "Secretary of State"
    # (not a title that is a surname too: "Peter King of New York")
    links = word_list("title_links.txt", lexicon.lang)
    surnames = alternation(word_list("title_surnames.txt", lexicon.lang))
    link = (
        rf"(?:(?<!\b(?i:{surnames})){SP}(?:{alternation(links, backwards)})(?={OFFICE}))?"
        if links
        else ""
    )
    # "St." opens the name of a church or a town: "Paul" of "St. Paul's" is nobody
    saints = alternation(capitalised(word_list("saint_abbreviations.txt", lexicon.lang)), backwards)
    word = rf"(?:(?:{titles})\.?(?=[\s,]){link}|(?:{saints})\.(?=\s)|{INITIAL}|{CAP})"
    if once and not any("," in t for t in lexicon.titles):
        word = rf"(?>{word})"
    more = rf"{{0,{NAME_WORDS_AFTER_FIRST}}}"
    if backwards and not plain and all(t.isalpha() for t in lexicon.titles):
        return rf"""(?!(?:{not_names})\b)
            (?:{word}{SP}(?:(?:{particles}){SP})?){more}   # the words before the last
            {word}{suffix}?                                 # the last word, a suffix
        """
    return rf"""(?!(?:{not_names})\b){word}                 # the first word
        (?:{SP}(?:(?:{particles}){SP})?{word}){more}        # particles and words
        {suffix}?                                           # Jr.
    """


def mention(
    lexicon: Lexicon, backwards: bool = False, once: bool = False, plain: bool = False
) -> str:
    """The grammar of a speaker mention: a pronoun, a name or a nominal (a
    determiner and up to three words).

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
    character of the word, where no space is. With ``plain`` the backward
    grammar keeps every reading and the layout it has forwards, which the
    tests check the other against.
    """
    grammar = fragments(lexicon.lang)
    pronouns = pronoun_words(lexicon)
    determiners = cased(grammar.determiners)
    word = NOMINAL_WORD
    if once or (backwards and not plain):
        word = rf"(?>{word})"
    # an elided article is written onto its noun: "l’étrangère"
    elided = "(?<=['’])|" if any(d[-1] in "'’" for d in determiners) else ""
    # a full stop after two lower-case letters ends the sentence, and the
    # nominal with it ("said the old man. Then he left"), unless it ends an
    # abbreviation ("the good-hearted Mrs. Knightley"; "the U.S. envoy")
    abbreviations = "|".join(
        regex.escape(w) for w in sorted(word_list("abbreviations.txt", lexicon.lang), key=len)[::-1]
    )
    sentence_end = rf"(?<=\p{{Ll}}\p{{Ll}}\.)(?<!(?<![\p{{L}}.])(?i:{abbreviations})\.)"
    words = rf"""{word}(?:(?!{sentence_end}){SP}{grammar.nominal_stop}{word})
        {{0,{NOMINAL_WORDS_AFTER_FIRST}}}"""
    # a possessive name opens a description too, unless a name follows it
    # ("Clinton's top aide Jake Sullivan" is Sullivan)
    nominal = rf"""(?:{alternation(determiners, backwards)})(?:{elided}{SP}){words}
        | {owner(lexicon)}{SP}(?=\p{{Ll}}){words}(?!{SP}\p{{Lu}})   # Powell’s office"""
    person = rf"""{name(lexicon, backwards, once, plain)}
          | {nominal}                                     # the old man"""
    if "capitalised_nouns" in conventions(lexicon.lang):
        # the noun ends the nominal: "der alte Herr" (not "der alte Herr
        # verbindlich"); tried before a name, so "Eine Stimme" is no name
        adjective = r"(?>\p{Ll}[\p{L}\-]*)"
        nominal = rf"""(?:{alternation(determiners, backwards)}){SP}
            (?:{adjective}{SP}){{0,{NOMINAL_WORDS_AFTER_FIRST}}}(?>{CAP})"""
        person = rf"""{nominal}                           # der alte Herr
          | {name(lexicon, backwards, once, plain)}"""
    found = rf"""(?<![\p{{L}}\p{{M}}\p{{N}}'’\-])      # not inside a word
        (?:
            (?:{alternation(pronouns, backwards)})\b     # he, she, they
          | {person}
        )"""
    if backwards:
        return found
    # what a mention may start with: tried first, it spares reading the word
    # lists at every word that starts none (a descriptor's)
    starts = sorted({w[:1] for w in title_words(lexicon) + pronouns + determiners})
    return rf"(?=[\p{{Lu}}{regex.escape(''.join(starts))}]){found}"
