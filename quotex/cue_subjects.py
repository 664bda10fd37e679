"""Stage 3, the subject of a cue: read back from a reporting verb before a
quotation to the mention that says who spoke.

``Hugh Hill, a doctor, said`` (the subject right before the cue, or the
name in its appositive), ``Trump attacked Clinton, saying`` (a participle
carries on its clause's subject), ``Said Dorothy Poynter, who …,`` (an
inverted subject after the cue), ``Panteley looked at the cross and asked``
(the subject that opens the sentence). :mod:`quotex.frames` asks these when
it reads a frame; they only find where the mention stands.
"""

from __future__ import annotations

import re

import regex

from quotex.cue_words import POSSESSIVE, WORD_BEFORE_REACH, last_cue
from quotex.language import conventions, word_set
from quotex.mentions import opens_with_given_name as opens_person
from quotex.mentions import read_words
from quotex.patterns import Patterns

# How far back from a cue a coordinator is read: "then" and two spaces.
COORDINATION_REACH = 6


# How far back from a cue its subject is read, appositive and all.
SUBJECT_REACH = 200


# Where a clause may open inside a sentence: after a comma.
_CLAUSE_COMMA = re.compile(r",")


# The word at a place, and the space after it.
_WORD_AFTER = re.compile(r"\s*(\w+)\s+")


# A relative clause between commas, and nothing else ("word": its pronoun).
_RELATIVE_CLAUSE = re.compile(r',\s*(?P<word>\w+)[^,.;!?"“”]*,')


# A capitalised word that opens a sentence and the lower-case word after it.
_OPENING_WORDS = regex.compile(r"\s*(?P<word>\p{Lu}\p{Ll}+)[ \t]+\p{Ll}")


# The dashes that set an aside off inside a sentence (" -- " in wire copy).
_ASIDE_DASHES = (" --", " \N{EM DASH}", " \N{EN DASH}")


# The dash that closes an aside right before a cue.
_CLOSING_DASH = re.compile(r"[ \t]+(?:--|\N{EM DASH}|\N{EN DASH})[ \t]+$")


def trim_mention(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " \t\n\r,.;:":
        # keep the full stop of an initial or title ("Jr.", "Dr."): only a
        # full stop after a word of two or more lower-case letters goes
        if text[end - 1] == "." and end - start >= 2 and not text[end - 3 : end - 1].islower():
            break
        end -= 1
    return start, end


def speaker_span(text: str, m: regex.Match[str]) -> tuple[int, int]:
    """The trimmed speaker mention of a frame pattern's match."""
    return trim_mention(text, *m.span("speaker"))


def opens_with_given_name(text: str, start: int, end: int, pats: Patterns) -> bool:
    """:func:`quotex.mentions.opens_with_given_name` of ``text[start:end]``:
    a person's name, not a capitalised word that opens a sentence
    ("Nevertheless, …", "CHAPTER XXXI")."""
    return opens_person(text[start:end], pats.lexicon)


def carries_on(text: str, floor: int, cue: tuple[int, int], pats: Patterns) -> bool:
    """Whether a cue is a participle after a comma, carrying on the clause
    before it ("Trump attacked Clinton, saying"), by the endings of the
    language's ``clause_participle_endings.txt``."""
    cs, ce = cue
    if not is_participle(text[cs:ce], pats):
        return False
    return text[max(floor, cs - COORDINATION_REACH) : cs].rstrip().endswith(",")


def is_participle(words: str, pats: Patterns) -> bool:
    """Whether the first of ``words`` ends as the language's participles
    do (``clause_participle_endings.txt``: "saying", "Appearing")."""
    first = words.split(None, 1)[0].lower() if words.strip() else ""
    endings = word_set("clause_participle_endings.txt", pats.lexicon.lang)
    return any(first.endswith(e) for e in endings)


def clause_subject(text: str, floor: int, cs: int, pats: Patterns) -> tuple[int, int] | None:
    """The subject of the clause that a participle cue at ``cs`` carries on:
    the subject of a cue that ends the clause ("…, Spicer said, adding"),
    else the name or pronoun that opens the sentence or, after an adverbial
    opening ("During the debate, Trump attacked Clinton"), a later part of
    it, with a verb in lower case after it."""
    comma = text.rindex(",", floor, cs)
    before = last_cue(pats, text, floor, comma)
    if before is not None and not text[before[1] : comma].strip():
        found = subject_before(text, floor, before[0], pats) or inverted(
            text, before[1], comma, pats
        )
        # "Clinton claimed victory in a tweet, saying": "tweet" read as a
        # cue has no subject; the clause's opening one still has
        if found is not None:
            return found
    return opening_subject(text, floor, comma, pats)


def opening_subject(text: str, floor: int, hi: int, pats: Patterns) -> tuple[int, int] | None:
    """The name or pronoun that opens the sentence at ``floor`` or, after an
    adverbial opening ("During the debate, Trump attacked Clinton"), one of
    its comma-parts before ``hi``, with a verb in lower case after it; past
    the words that join clauses, never a possessive."""
    parts = [m.end() for m in _CLAUSE_COMMA.finditer(text, floor, hi)]
    starts, clause = [floor, *parts], floor
    if parts and _participle_opens(text, floor, pats):
        # "Appearing before supporters, Suu Kyi, 70, said": a participle's
        # phrase opens the sentence; its subject opens the clause after it
        starts, clause = [*parts, floor], parts[0]
    connectives = word_set("connectives.txt", pats.lexicon.lang)
    for start in starts:
        opens = start in (floor, clause)
        # "And then Trump went on the attack": past the words that join clauses
        while (word := _WORD_AFTER.match(text, start, hi)) and word[1].lower() in connectives:
            start = word.end()
            opens = True  # "But Dymov, as though …, swam off": a clause opens
        # "Schilling's son, Grant, defended …": a possessive is no subject
        patterns = (
            [pats.described_subject, pats.apposed_subject] if opens else [pats.described_subject]
        )
        for pattern in patterns:
            subj = pattern.match(text, start, hi)
            if subj is not None and not possessive(text, subj.end("speaker")):
                return speaker_span(text, subj)
    return None


def _participle_opens(text: str, floor: int, pats: Patterns) -> bool:
    """Whether the sentence at ``floor`` opens with a capitalised participle
    (an ending of ``clause_participle_endings.txt``) and a word in lower
    case after it: "Appearing before …", not "Fielding, who …"."""
    first = _OPENING_WORDS.match(text, floor)
    return first is not None and is_participle(first["word"], pats)


def aside_subject(text: str, floor: int, cs: int, pats: Patterns) -> tuple[int, int] | None:
    """The subject of a cue at ``cs`` read as if the aside between dashes
    right before it were not there: "John Dickey, the chief executive of
    Ora Media -- the company that owns the show, which streams online --
    told me" is John Dickey's, the name that opens the appositive first."""
    lo = max(floor, cs - SUBJECT_REACH)
    close = _CLOSING_DASH.search(text, lo, cs)
    if close is None:
        return None
    opening = max(text.rfind(dash, lo, close.start()) for dash in _ASIDE_DASHES)
    if opening <= lo:
        return None
    at = opening + 1  # after the space before the dash, as before a cue
    named = pats.open_appositive.match(text, max(floor, at - SUBJECT_REACH), at)
    if named is not None and not text[floor : named.start("speaker")].strip():
        return speaker_span(text, named)
    return subject_before(text, floor, at, pats)


def possessive(text: str, end: int) -> bool:
    """Whether the name that ends at ``end`` is a possessive ("Schilling's")."""
    return text.startswith(POSSESSIVE, end) or text.endswith(POSSESSIVE, 0, end)


def subject_before(text: str, floor: int, cs: int, pats: Patterns) -> tuple[int, int] | None:
    """The subject right before a cue at ``cs``: ``Hugh Hill, a doctor, said``."""
    lo = max(floor, cs - SUBJECT_REACH)
    subj = pats.subject_before.match(text, lo, cs)
    if subj is None or not text[subj.start("speaker")].isupper() or subj.start("appositive") < 0:
        # a description nearest the cue, or a name inside it, may end an
        # appositive that opens with the name: "Alex Potteiger, Area
        # Operations Manager and an Atlanta native said", "Anthony Anton,
        # president of Washington Restaurant Association stated"
        named = _opening_appositive(text, floor, lo, cs, pats)
        if named is not None:
            return named
    if subj is None or _object_noun(text, subj.start("speaker"), subj.end("speaker"), pats):
        return None
    ms, me = named_appositive(text, subj, pats) or subj.span("speaker")
    if after_preposition(text, ms, pats):
        # "a source speaking to Fox News said", "wrote to Wired explaining":
        # the object of a preposition gives way to the sentence's subject
        # "When pressed, the mother of the boy replied": the description
        # may open the comma-part the object stands in
        part = max(floor, text.rfind(",", floor, ms) + 1)
        opening = opening_subject(text, floor, ms, pats) or opening_description(
            text, part, ms, pats
        )
        if opening is not None or subj.start("appositive") < 0:
            return opening or trim_mention(text, ms, me)
        # what follows the object is no appositive of it: the sentence's
        # subject ("In a statement, Brian Fallon, a spokesman, said") or a
        # clause ("At his cookout, the band leader called them, singing")
        return _name_opening(text, subj.start("appositive") + 1, pats)
    return trim_mention(text, ms, me)


def _name_opening(text: str, start: int, pats: Patterns) -> tuple[int, int] | None:
    """The name that fills the comma-part at ``start``, if one does."""
    end = text.find(",", start)
    return _name_filling(text, start, end, pats) if end > start else None


def _name_filling(text: str, start: int, end: int, pats: Patterns) -> tuple[int, int] | None:
    """The name that fills ``text[start:end]`` after its spaces, if one does."""
    while start < end and text[start].isspace():
        start += 1
    found = pats.name.fullmatch(text, start, end)
    return None if found is None else found.span()


def opening_description(text: str, lo: int, ms: int, pats: Patterns) -> tuple[int, int] | None:
    """The description that opens ``text[lo:ms]`` and ends before the
    preposition whose object starts at ``ms`` ("a Democratic staffer in
    (the room)", "A source speaking to (Fox News)"), if one does."""
    found = pats.opening_description.match(text, lo, ms)
    return None if found is None else trim_mention(text, *found.span("speaker"))


def _opening_appositive(
    text: str, floor: int, lo: int, cs: int, pats: Patterns
) -> tuple[int, int] | None:
    """The name that opens the sentence at ``floor`` before an appositive
    the cue at ``cs`` closes (``Patterns.open_appositive``, matched back
    from ``lo:cs``), when it opens with a given name or a title.

    Such a name starts at the sentence's first word and ends at the last
    comma before the cue (no comma stands in the appositive after it), so
    those two places are checked first and the pattern is matched only
    where its name could be taken: for about one cue in sixty.
    """
    comma = text.rfind(",", lo, cs)
    if comma < 0:
        return None
    head = text[floor:comma]
    start = floor + len(head) - len(head.lstrip())
    if not lo <= start < comma or not opens_with_given_name(text, start, comma, pats):
        return None
    named = pats.open_appositive.match(text, lo, cs)
    if named is None or named.start("speaker") != start:
        return None
    return speaker_span(text, named)


def after_preposition(text: str, start: int, pats: Patterns) -> bool:
    """Whether a preposition of ``object_prepositions.txt`` stands right
    before the mention at ``start``: its object, not a subject."""
    before = _CASED_WORD_BEFORE.match(text, max(0, start - WORD_BEFORE_REACH), start)
    if before is None or before["word"].lower() not in word_set(
        "object_prepositions.txt", pats.lexicon.lang
    ):
        return False
    # "for she said": a pronoun a subject takes joins a clause ("for" the
    # conjunction); a preposition's object would be "her"
    word = _WORD_AT.match(text, start)
    return word is None or word[0].lower() not in pats.lexicon.pronouns


# The lower-case word before a mention, read back from it (``match`` with the
# mention's start as ``endpos``).
WORD_BEFORE = regex.compile(r"(?<!\S)(?P<word>\p{Ll}+)[ \t\u00a0]*\n?[ \t\u00a0]*$", regex.REVERSE)

# The same, capitalised too: a preposition opens a sentence ("At his cookout").
_CASED_WORD_BEFORE = regex.compile(
    r"(?<!\S)(?P<word>\p{L}\p{Ll}*)[ \t\u00a0]*\n?[ \t\u00a0]*$", regex.REVERSE
)

# The word at a place.
_WORD_AT = regex.compile(r"\w+")


def _object_noun(text: str, start: int, end: int, pats: Patterns) -> bool:
    """Whether a one-word "name" before a cue is a noun after an article,
    adjective or preposition ("dem Reporter gesagt"), where every noun is
    capitalised: no subject, unless a connective stands before it ("und
    Merkel sagte")."""
    lang = pats.lexicon.lang
    if " " in text[start:end] or "capitalised_nouns" not in conventions(lang):
        return False
    before = WORD_BEFORE.match(text, max(0, start - WORD_BEFORE_REACH), start)
    return before is not None and before["word"] not in word_set("connectives.txt", lang)


def inverted(
    text: str, ce: int, end: int, pats: Patterns, opens: bool = False
) -> tuple[int, int] | None:
    """The speaker after a cue that ends at ``ce``, with nothing but a comma
    or colon after it up to the mark at ``end``: 'But, said Solovey, "…"';
    when the cue ``opens`` its sentence, a relative clause may follow the
    name: 'Said Dorothy Poynter, who grew up there, "…"'."""
    inv = pats.mention_after.match(text, ce, end)
    if inv is None:
        return None
    rest = text[inv.end() : end].strip(" \t\n\r:")
    if not rest.strip(","):
        return speaker_span(text, inv)
    relative = _RELATIVE_CLAUSE.fullmatch(rest)
    if not opens or relative is None or relative["word"].lower() not in _relatives(pats):
        return None
    return speaker_span(text, inv)


def inverted_frame(
    text: str, floor: int, cue: tuple[int, int], end: int, pats: Patterns
) -> tuple[int, int] | None:
    """:func:`inverted` for a cue in ``text[floor:end]``: a cue that opens
    its sentence ('Said Dorothy Poynter, who …, "…"') or, after other words,
    one whose object is not the one told ("Priebus later told Fox News:" is
    not Fox News')."""
    cs, ce = cue
    lang = pats.lexicon.lang
    if is_participle(text[cs:ce], pats):
        return None  # "…, explaining the deal, “…”": a participle's object
    # nothing before the cue but a joining word: "But, asked Solovey, …"
    before = text[floor:cs].strip(" \t\n\r,").lower()
    opens = not before or before in word_set("connectives.txt", lang)
    if not opens and pats.lexicon.lemma(text[cs:ce]) in word_set("recipient_verbs.txt", lang):
        return None
    return inverted(text, ce, end, pats, opens)


def _relatives(pats: Patterns) -> frozenset[str]:
    return word_set("relative_pronouns.txt", pats.lexicon.lang)


def sentence_subject(text: str, floor: int, cs: int, pats: Patterns) -> tuple[int, int] | None:
    """The subject opening the sentence at ``floor``, before a cue at ``cs``:
    "Panteley looked at the cross and asked:". Not right after a quotation,
    whose speaker that subject is not."""
    if floor > 0 and text[floor - 1] in "”\"’'»":
        return None
    if _participle_opens(text, floor, pats):
        return opening_subject(text, floor, cs, pats)
    subj = (
        pats.described_subject.match(text, floor, cs)
        or pats.apposed_subject.match(text, floor, cs)
        or pats.nominal_subject.match(text, floor, cs)
    )
    if subj is not None:
        return speaker_span(text, subj)
    # "On Tuesday, Mr. McConnell deflected questions before saying": past a
    # phrase that a preposition opens (not a clause: "While he talked, Emma")
    first = _WORD_AFTER.match(text, floor, cs)
    if first is None or first[1].lower() not in word_set(
        "object_prepositions.txt", pats.lexicon.lang
    ):
        return None
    return opening_subject(text, floor, cs, pats)


def named_appositive(text: str, m: regex.Match[str], pats: Patterns) -> tuple[int, int] | None:
    """For "the assailant, John McGraw, told" and "VP of Business
    Development, Jamie Michael, commented": the name in the appositive, when
    the subject itself is only a description (a title and its office
    alone), or a title-case job that no given name opens while the
    appositive's name opens with one."""
    start, end = m.span("appositive")
    if start < 0:
        return None
    # of an appositive in two parts, the last: "the Observer, her senior
    # policy adviser, Jake Sullivan, said"
    found = _name_filling(text, text.rindex(",", start, end - 1) + 1, end - 1, pats)
    if found is None:
        return None
    if text[m.start("speaker")].isupper() and not _owned(text, *m.span("speaker")):
        # a title naming only its office ("VP of Sales") gives way too
        subject = read_words(m.group("speaker"), pats.lexicon)
        named = subject is not None and subject.kind == "name"
        if named and opens_with_given_name(text, *m.span("speaker"), pats):
            return None
        if not opens_with_given_name(text, *found, pats):
            return None
    return found


def _owned(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a description a possessive name opens
    ("Merkel's spokesman"), not a name."""
    first = text[start:end].split(None, 1)
    return len(first) > 1 and first[0].endswith(POSSESSIVE)
