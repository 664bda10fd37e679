"""Stage 3: read the reporting frame around each quotation.

A frame is what the narrator wraps a quotation in: a cue (the reporting
words, "said", "went on", "according to") and the mention of who spoke ("he",
"NATO SG Stoltenberg", "his host"). This stage only reads words next to a
quotation; deciding who a mention means is the next stage's work.

Frames read here, by the rule name they report:

``cue_after``
    after the quotation: ``"…," he said`` and ``"…," said Stoltenberg``.
``according_to``
    a reporting phrase with its object: ``"…," according to the minister``.
``signature``
    a dash and a name after the quotation: ``"…" — Commissioner Geoffrey Starks``,
    or a line of its own under a quotation that fills its paragraph:
    ``– U.S. District Judge Frem Nielsen, speaking at the hearing``.
``cue_before``
    before it, in the same sentence: ``Stoltenberg said, Monday, "…"``,
    ``Hugh Hill, a doctor, said: "…"``, ``"A," he said, "B."`` (for B).
``chained_cue``
    a cue with no subject of its own after an earlier quotation of the same
    sentence: ``He believed, "…" alleging "…"``. The speaker is that of the
    earlier quotation.
``colon``
    a name and a colon: ``Stoltenberg: "…"``.
"""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

import regex

from quotex.language import conventions, word_set
from quotex.marks import Span
from quotex.patterns import Patterns

# How far from a quotation a frame is looked for, in characters.
AFTER_WINDOW = 160
# How many cues after a quotation are tried: a frame's cue comes within its
# first few words.
CUES_AFTER = 3
# The longest stretch allowed between a cue before a quotation and its opening
# mark: "told reporters in Brussels on Monday:" fits, a new clause does not.
BEFORE_TAIL = 90
# Room for the cue itself before BEFORE_TAIL: the longest cue a frame reads.
LONGEST_CUE = 24
# How far back from a cue its subject is read, appositive and all.
SUBJECT_REACH = 200
# How far back from a cue a coordinator is read: "then" and two spaces.
COORDINATION_REACH = 6
# How far back from the opening mark a name before a colon is read.
COLON_REACH = 120
# How far back the word before a mention is read: a long German word.
WORD_BEFORE_REACH = 30
# The longest line under a quotation read as its signature.
SIGNATURE_LINE = 160
# What ends a sentence, or opens a straight quotation, between a cue and a mark.
_CLAUSE_BREAK = re.compile(r'[.!?;"]')
# Where a clause may open inside a sentence: after a comma.
_CLAUSE_COMMA = re.compile(r",")
# What ends a clause after a cue (a full stop only before a space or the
# end, not in "Jr." or "U.S."; the name pattern reads those).
_CLAUSE_STOP = re.compile(r"[,;\n\r]|\.(?=\s|$)")
# The word at a place, and the space after it.
_WORD_AFTER = re.compile(r"\s*(\w+)\s+")
# A relative clause between commas, and nothing else ("word": its pronoun).
_RELATIVE_CLAUSE = re.compile(r',\s*(?P<word>\w+)[^,.;!?"“”]*,')
# The dashes that set an aside off inside a sentence (" -- " in wire copy).
_ASIDE_DASHES = (" --", " \N{EM DASH}", " \N{EN DASH}")
# The dash that closes an aside right before a cue.
_CLOSING_DASH = re.compile(r"[ \t]+(?:--|\N{EM DASH}|\N{EN DASH})[ \t]+$")
# What ends a possessive name, which is no subject.
_POSSESSIVE = ("'s", "’s", "'", "’")
# What may stand between a colon and the quotation it introduces: space,
# and the dash that opens a line of dialogue.
_BEFORE_MARK = " \t\n\r\u00a0\N{EM DASH}\N{EN DASH}\N{HORIZONTAL BAR}"


class Frame(NamedTuple):
    """A cue and speaker mention read next to one quotation.

    Attributes:
        rule: Which frame layout matched (see the module docs).
        cue: ``(start, end)`` of the reporting words, or ``None``.
        lemma: The cue's dictionary form, or ``None``.
        mention: ``(start, end)`` of the speaker mention, or ``None`` for a
            cue with no subject of its own (``chained_cue``).
        before: Whether the frame stands before the quotation.
    """

    rule: str
    cue: tuple[int, int] | None
    lemma: str | None
    mention: tuple[int, int] | None
    before: bool


def _trim_mention(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " \t\n\r,.;:":
        # keep the full stop of an initial or title ("Jr.", "Dr."): only a
        # full stop after a word of two or more lower-case letters goes
        if text[end - 1] == "." and end - start >= 2 and not text[end - 3 : end - 1].islower():
            break
        end -= 1
    return start, end


def _speaker(text: str, m: regex.Match[str]) -> tuple[int, int]:
    """The trimmed speaker mention of a frame pattern's match."""
    return _trim_mention(text, *m.span("speaker"))


def last_cue(pats: Patterns, text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of the last cue in ``text[lo:hi]``, or ``None``."""
    spans = [m.span() for m in pats.cue.finditer(text, lo, hi)]
    return spans[-1] if spans else None


def gap_subject(pats: Patterns, text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The speaker mention in the gap ``text[lo:hi]`` between a quotation and
    its cue (trimmed, or the name in its appositive), or ``None`` when
    ``subject_gap`` does not match the gap."""
    gap = pats.subject_gap.fullmatch(text, lo, hi)
    if gap is None:
        return None
    ms, me = _named_appositive(text, gap, pats) or gap.span("speaker")
    return _trim_mention(text, ms, me)


def read_after(text: str, span: Span, limit: int, pats: Patterns) -> Frame | None:
    """The frame that follows ``span``, reading no further than ``limit``
    (``pats``: the patterns of the lexicon to read it with)."""
    pos = span.close_at
    hi = min(limit, pos + AFTER_WINDOW)
    if pos >= hi:
        return None
    for cue in itertools.islice(pats.cue.finditer(text, pos, hi), CUES_AFTER):
        frame = _cue_after(text, pos, cue.span(), hi, pats)
        if frame is not None:
            return frame
    dash = pats.after_dash.match(text, pos, hi)
    if dash is not None:
        return Frame("signature", None, None, dash.span("speaker"), False)
    phrase = pats.after_phrase and pats.after_phrase.match(text, pos, hi)
    if phrase:
        lemma = phrase["cue"].lower()
        return Frame("according_to", phrase.span("cue"), lemma, _speaker(text, phrase), False)
    return None


def read_below(text: str, start: int, end: int, pats: Patterns) -> Frame | None:
    """The signature in the paragraph ``text[start:end]`` under a quotation
    that fills its own: a name, maybe after a dash and before a description
    (``Margaret Doyle, 71, retired teacher``). Without a dash, a line that
    ends a sentence, holds a cue or opens with no given name or title is
    narration or a heading, not a signature."""
    if end - start > SIGNATURE_LINE:
        return None
    line = pats.signature_line.fullmatch(text, start, end)
    if line is None:
        return None
    speaker = _speaker(text, line)
    if line.start("dash") < 0 and not _signs(text, speaker, start, end, pats):
        return None
    return Frame("signature", None, None, speaker, False)


def _signs(text: str, speaker: tuple[int, int], start: int, end: int, pats: Patterns) -> bool:
    """Whether a line with no dash under a quotation signs it: it opens with
    a given name or a title ("Margaret Doyle, 71", not "CHAPTER XXXI"), and
    neither ends a sentence nor holds a cue (narration does)."""
    if not _opens_with_given_name(text, *speaker, pats):
        return False
    return text[end - 1] not in ".!?…" and pats.cue.search(text, start, end) is None


def _opens_with_given_name(text: str, start: int, end: int, pats: Patterns) -> bool:
    """Whether the name ``text[start:end]`` opens with a given name or a
    title: a person's, not a capitalised word that opens a sentence
    ("Nevertheless, …", "CHAPTER XXXI")."""
    first = _first_word(text, start, end).rstrip(".")
    return first in pats.lexicon.first_names or first in pats.lexicon.titles


def _cue_after(text: str, pos: int, cue: tuple[int, int], hi: int, pats: Patterns) -> Frame | None:
    """The frame of a cue after a quotation that ends at ``pos``: the
    speaker after the cue (``"…," said Stoltenberg``) when only a comma or
    dash stands before it, else the subject between (``"…," he said``)."""
    lexicon = pats.lexicon
    cs, ce = cue
    lemma = lexicon.lemma(text[cs:ce])
    if pats.lead.fullmatch(text, pos, cs) is not None:
        after = pats.named_after.match(text, ce, hi) or pats.mention_after.match(text, ce, hi)
        if after is None:
            return None
        rule = "according_to" if lemma in lexicon.phrases else "cue_after"
        return Frame(rule, cue, lemma, _speaker(text, after), False)
    if lemma in lexicon.phrases:
        return None
    subject = gap_subject(pats, text, pos, cs)
    if subject is not None and not text[subject[0]].isupper():
        # "…” in the 2008 primary, said Paul Beck.": an adverbial before the
        # cue, its subject after it, ending the clause
        closing = _closing_subject(text, cs, ce, hi, pats)
        if closing is not None:
            return Frame("cue_after", cue, lemma, closing, False)
    return None if subject is None else Frame("cue_after", cue, lemma, subject, False)


def _closing_subject(
    text: str, cs: int, ce: int, hi: int, pats: Patterns
) -> tuple[int, int] | None:
    """The name that ends the clause of a cue at ``cs:ce`` with a comma
    before it (", said Ohio State University professor Paul Beck."), not
    after a preposition ("said in an interview with Fox News."), unless the
    cue's object is the one told."""
    lang = pats.lexicon.lang
    if not text[max(0, cs - COORDINATION_REACH) : cs].rstrip().endswith(","):
        return None
    if pats.lexicon.lemma(text[cs:ce]) in word_set("recipient_verbs.txt", lang):
        return None
    stop = _CLAUSE_STOP.search(text, ce, hi)
    end = len(text[ce : stop.start() if stop else hi].rstrip()) + ce
    names = list(pats.name.finditer(text, ce, end))
    last = names[-1] if names else None
    if last is None or last.end() != end:
        return None
    before = _WORD_BEFORE.search(text, max(ce, last.start() - WORD_BEFORE_REACH), last.start())
    if before is not None and before["word"] in word_set("nominal_stops.txt", lang):
        return None
    return last.span()


def read_before(text: str, span: Span, floor: int, pats: Patterns) -> Frame | None:
    """The frame between ``floor`` (where the sentence, or the text after the
    previous quotation, begins) and the opening mark of ``span`` (``pats``:
    the patterns of the lexicon to read it with)."""
    end = span.open_at
    if end <= floor:
        return None
    # the last cue; it must end within BEFORE_TAIL of the mark: read no further back
    cue = last_cue(pats, text, max(floor, end - BEFORE_TAIL - LONGEST_CUE), end)
    if (
        cue is not None
        and end - cue[1] <= BEFORE_TAIL
        and not _CLAUSE_BREAK.search(text, cue[1], end)
    ):
        return _cue_before(text, cue, floor, end, pats)
    found = colon_speaker(pats, text, max(floor, end - COLON_REACH), end)
    if found is None:
        found = _colon_lead_in(pats, text, floor, end)
    return None if found is None else Frame("colon", None, None, found, True)


def _colon_lead_in(pats: Patterns, text: str, floor: int, end: int) -> tuple[int, int] | None:
    """The subject of a sentence with no cue that leads into the quotation at
    ``end`` with a colon: read by the language's own colon grammar where it
    has one (:func:`colon_subject`), else the name or pronoun opening the
    sentence ("Clinton has since apologized for what happened: “…”")."""
    if pats.colon_subject is not None:
        return colon_subject(pats, text, floor, end)
    if text[max(floor, end - LONGEST_CUE) : end].rstrip().endswith(":"):
        return _sentence_subject(text, floor, end, pats)
    return None


def _cue_before(
    text: str, cue: tuple[int, int], floor: int, end: int, pats: Patterns
) -> Frame | None:
    """The frame of a cue in ``text[floor:end]`` before a quotation opening
    at ``end``: a reporting phrase and its object, else the cue's subject."""
    lexicon = pats.lexicon
    cs, ce = cue
    lemma = lexicon.lemma(text[cs:ce])
    if lemma in lexicon.phrases:
        obj = pats.mention_after.match(text, ce, end)
        return None if obj is None else Frame("according_to", cue, lemma, _speaker(text, obj), True)
    if pats.coordination.search(text, max(floor, cs - COORDINATION_REACH), cs):
        # "… looked at the cross and asked": the subject of the earlier verb
        mention = _sentence_subject(text, floor, cs, pats)
    elif _carries_on(text, floor, cue, pats) and (found := _clause_subject(text, floor, cs, pats)):
        # "Trump attacked Clinton, saying": the clause's subject, not its object
        mention = found
    else:
        mention = (
            _subject_before(text, floor, cs, pats)
            or _aside_subject(text, floor, cs, pats)
            or _inverted_frame(text, floor, cue, end, pats)
            or _sentence_subject(text, floor, cs, pats)
        )
    if mention is None:
        mention = colon_subject(pats, text, floor, end)
    if mention is None:
        return Frame("chained_cue", cue, lemma, None, True)
    return Frame("cue_before", cue, lemma, mention, True)


def _carries_on(text: str, floor: int, cue: tuple[int, int], pats: Patterns) -> bool:
    """Whether a cue is a participle after a comma, carrying on the clause
    before it ("Trump attacked Clinton, saying"), by the endings of the
    language's ``clause_participle_endings.txt``."""
    cs, ce = cue
    endings = word_set("clause_participle_endings.txt", pats.lexicon.lang)
    first = text[cs:ce].split(None, 1)[0].lower()
    if not any(first.endswith(e) for e in endings):
        return False
    return text[max(floor, cs - COORDINATION_REACH) : cs].rstrip().endswith(",")


def _clause_subject(text: str, floor: int, cs: int, pats: Patterns) -> tuple[int, int] | None:
    """The subject of the clause that a participle cue at ``cs`` carries on:
    the subject of a cue that ends the clause ("…, Spicer said, adding"),
    else the name or pronoun that opens the sentence or, after an adverbial
    opening ("During the debate, Trump attacked Clinton"), a later part of
    it, with a verb in lower case after it."""
    comma = text.rindex(",", floor, cs)
    before = last_cue(pats, text, floor, comma)
    if before is not None and not text[before[1] : comma].strip():
        return _subject_before(text, floor, before[0], pats) or _inverted(
            text, before[1], comma, pats
        )
    starts = itertools.chain(
        (floor,), (m.end() for m in _CLAUSE_COMMA.finditer(text, floor, comma))
    )
    connectives = word_set("connectives.txt", pats.lexicon.lang)
    for start in starts:
        # "And then Trump went on the attack": past the words that join clauses
        while (word := _WORD_AFTER.match(text, start, comma)) and word[1].lower() in connectives:
            start = word.end()
        subj = pats.sentence_subject.match(text, start, comma)
        # "Schilling's son, Grant, defended …": a possessive is no subject
        if subj is not None and not _possessive(text, subj.end("speaker")):
            return _speaker(text, subj)
    return None


def _aside_subject(text: str, floor: int, cs: int, pats: Patterns) -> tuple[int, int] | None:
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
        return _speaker(text, named)
    return _subject_before(text, floor, at, pats)


def _possessive(text: str, end: int) -> bool:
    """Whether the name that ends at ``end`` is a possessive ("Schilling's")."""
    return text.startswith(_POSSESSIVE, end) or text.endswith(_POSSESSIVE, 0, end)


def _subject_before(text: str, floor: int, cs: int, pats: Patterns) -> tuple[int, int] | None:
    """The subject right before a cue at ``cs``: ``Hugh Hill, a doctor, said``."""
    lo = max(floor, cs - SUBJECT_REACH)
    subj = pats.subject_before.match(text, lo, cs)
    if subj is None or not text[subj.start("speaker")].isupper() or subj.start("appositive") < 0:
        # a description nearest the cue, or a name inside it, may end an
        # appositive that opens with the name: "Alex Potteiger, Area
        # Operations Manager and an Atlanta native said", "Anthony Anton,
        # president of Washington Restaurant Association stated"
        named = pats.open_appositive.match(text, lo, cs)
        if (
            named is not None
            and not text[floor : named.start("speaker")].strip()
            and _opens_with_given_name(text, *named.span("speaker"), pats)
        ):
            return _speaker(text, named)
    if subj is None or _object_noun(text, subj.start("speaker"), subj.end("speaker"), pats):
        return None
    ms, me = _named_appositive(text, subj, pats) or subj.span("speaker")
    return _trim_mention(text, ms, me)


# The lower-case word before a mention, read back from it.
_WORD_BEFORE = regex.compile(r"(?<!\S)(?P<word>\p{Ll}+)[ \t]*\n?[ \t]*$")


def _object_noun(text: str, start: int, end: int, pats: Patterns) -> bool:
    """Whether a one-word "name" before a cue is a noun after an article,
    adjective or preposition ("dem Reporter gesagt"), where every noun is
    capitalised: no subject, unless a connective stands before it ("und
    Merkel sagte")."""
    lang = pats.lexicon.lang
    if " " in text[start:end] or "capitalised_nouns" not in conventions(lang):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - WORD_BEFORE_REACH), start)
    return before is not None and before["word"] not in word_set("connectives.txt", lang)


def _inverted(
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
        return _speaker(text, inv)
    relative = _RELATIVE_CLAUSE.fullmatch(rest)
    if not opens or relative is None or relative["word"].lower() not in _relatives(pats):
        return None
    return _speaker(text, inv)


def _inverted_frame(
    text: str, floor: int, cue: tuple[int, int], end: int, pats: Patterns
) -> tuple[int, int] | None:
    """:func:`_inverted` for a cue in ``text[floor:end]``: a cue that opens
    its sentence ('Said Dorothy Poynter, who …, "…"') or, after other words,
    one whose object is not the one told ("Priebus later told Fox News:" is
    not Fox News')."""
    cs, ce = cue
    lang = pats.lexicon.lang
    # nothing before the cue but a joining word: "But, asked Solovey, …"
    before = text[floor:cs].strip(" \t\n\r,").lower()
    opens = not before or before in word_set("connectives.txt", lang)
    if not opens and pats.lexicon.lemma(text[cs:ce]) in word_set("recipient_verbs.txt", lang):
        return None
    return _inverted(text, ce, end, pats, opens)


def _relatives(pats: Patterns) -> frozenset[str]:
    return word_set("relative_pronouns.txt", pats.lexicon.lang)


def _sentence_subject(text: str, floor: int, cs: int, pats: Patterns) -> tuple[int, int] | None:
    """The subject opening the sentence at ``floor``, before a cue at ``cs``:
    "Panteley looked at the cross and asked:". Not right after a quotation,
    whose speaker that subject is not."""
    subj = pats.sentence_subject.match(text, floor, cs)
    if subj is None or (floor > 0 and text[floor - 1] in "”\"’'»"):
        return None
    return _speaker(text, subj)


def colon_speaker(pats: Patterns, text: str, lo: int, end: int) -> tuple[int, int] | None:
    """The name right before a colon that ends ``text[lo:end]``, maybe with
    space after it (``Stoltenberg: "…"``), or ``None``. It is read back from
    the end, so a text with no colon there costs one step."""
    found = pats.before_colon.match(text, lo, end)
    return None if found is None else found.span("speaker")


def colon_subject(pats: Patterns, text: str, floor: int, end: int) -> tuple[int, int] | None:
    """The subject of the sentence ``text[floor:end]`` when it ends in a
    colon that introduces the quotation at ``end`` (``Elle secouait la tête
    : « … »``): the mention that opens it, or ``None``. Only where the language's
    patterns read it (``Patterns.colon_subject``)."""
    if pats.colon_subject is None:
        return None
    colon = end
    while colon > floor and text[colon - 1] in _BEFORE_MARK:
        colon -= 1
    if colon == floor or text[colon - 1] != ":":
        return None
    found = pats.colon_subject.match(text, floor, colon - 1)
    if found is None:
        return None
    start, end = _speaker(text, found)
    # a nominal ends with its noun: "Le curé ouvrit la lettre :"
    nouns = pats.lexicon.person_nouns
    for word in regex.finditer(r"[\w’'-]+", text[start:end]):
        if word.group().lower() in nouns:
            return start, start + word.end()
    return start, end


def name_line(pats: Patterns, text: str, lo: int, hi: int) -> Frame | None:
    """The frame of a name alone on the line ``text[lo:hi]`` before a
    quotation that opens the next line, maybe with a colon (an interview,
    minutes): ``Angela Merkel`` above ``„Wir schaffen das.“``."""
    line = text[lo:hi].rstrip(" \t:")
    found = pats.name.fullmatch(text, lo, lo + len(line)) if line else None
    return None if found is None else Frame("colon", None, None, found.span(), True)


def _named_appositive(text: str, m: regex.Match[str], pats: Patterns) -> tuple[int, int] | None:
    """For "the assailant, John McGraw, told" and "VP of Business
    Development, Jamie Michael, commented": the name in the appositive, when
    the subject itself is only a description, or a title-case job that no
    given name opens while the appositive's name opens with one."""
    start, end = m.span("appositive")
    if start < 0:
        return None
    # of an appositive in two parts, the last: "the Observer, her senior
    # policy adviser, Jake Sullivan, said"
    inner_start = text.rindex(",", start, end - 1) + 1
    while inner_start < end and text[inner_start].isspace():
        inner_start += 1
    found = pats.name.fullmatch(text, inner_start, end - 1)
    if found is None:
        return None
    if text[m.start("speaker")].isupper():
        if _opens_with_given_name(text, *m.span("speaker"), pats):
            return None
        if not _opens_with_given_name(text, *found.span(), pats):
            return None
    return found.span()


def _first_word(text: str, start: int, end: int) -> str:
    """The first word of ``text[start:end]``, in lower case."""
    words = text[start:end].split(None, 1)
    return words[0].lower() if words else ""
