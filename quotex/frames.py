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

from quotex.cue_subjects import (
    COORDINATION_REACH,
    WORD_BEFORE,
    after_preposition,
    aside_subject,
    carries_on,
    clause_subject,
    inverted,
    inverted_frame,
    named_appositive,
    opening_description,
    opening_subject,
    opens_with_given_name,
    sentence_subject,
    speaker_span,
    subject_before,
    trim_mention,
)
from quotex.cue_words import WORD_BEFORE_REACH, is_noun, last_cue
from quotex.language import word_set
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


# How far back from the opening mark a name before a colon is read.
COLON_REACH = 120


# The longest line under a quotation read as its signature.
SIGNATURE_LINE = 160


# What ends a sentence, or opens a straight quotation, between a cue and a mark.
_CLAUSE_BREAK = re.compile(r'[.!?;"]')


# What ends a clause after a cue (a full stop only before a space or the
# end, not in "Jr." or "U.S."; the name pattern reads those).
_CLAUSE_STOP = re.compile(r"[,;\n\r]|\.(?=\s|$)")


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


def gap_subject(pats: Patterns, text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The speaker mention in the gap ``text[lo:hi]`` between a quotation and
    its cue (trimmed, or the name in its appositive), or ``None`` when
    ``subject_gap`` does not match the gap."""
    gap = pats.subject_gap.fullmatch(text, lo, hi)
    if gap is None:
        return None
    ms, me = named_appositive(text, gap, pats) or gap.span("speaker")
    if after_preposition(text, ms, pats):
        # "a Democratic staffer in the room wondered": the description
        # before the preposition, not its object
        return opening_description(text, lo, ms, pats) or trim_mention(text, ms, me)
    return trim_mention(text, ms, me)


def read_after(text: str, span: Span, limit: int, pats: Patterns) -> Frame | None:
    """The frame that follows ``span``, reading no further than ``limit``
    (``pats``: the patterns of the lexicon to read it with)."""
    pos = span.close_at
    hi = min(limit, pos + AFTER_WINDOW)
    if pos >= hi:
        return None
    for cue in itertools.islice(pats.cue.finditer(text, pos, hi), CUES_AFTER):
        if is_noun(text, pos, cue.span(), pats):
            continue  # "…,” sinking her voice to a low whisper
        frame = _cue_after(text, pos, cue.span(), hi, pats)
        if frame is not None:
            return None if _next_report(text, span, frame, pats) else frame
    dash = pats.after_dash.match(text, pos, hi)
    if dash is not None:
        return Frame("signature", None, None, dash.span("speaker"), False)
    phrase = pats.after_phrase and pats.after_phrase.match(text, pos, hi)
    if phrase:
        lemma = phrase["cue"].lower()
        return Frame("according_to", phrase.span("cue"), lemma, speaker_span(text, phrase), False)
    return None


def _next_report(text: str, span: Span, frame: Frame, pats: Patterns) -> bool:
    """Whether a frame after a quotation that ends its own sentence (a full
    stop inside the marks) opens a report of the next one: its subject is
    in the gap, a name, and a clause follows the cue ("“… the culture.”
    Kasich said he would have fired him"), not an adverbial ("Reid said on
    Tuesday")."""
    assert frame.cue is not None
    if frame.mention is None or frame.mention[0] > frame.cue[0]:
        return False  # "“…” said Reid": the cue comes first, a frame's
    subject = text[frame.mention[0] : frame.mention[1]]
    if subject.lower() in pats.lexicon.pronouns or not subject[:1].isupper():
        return False  # "“Really.” Then she admitted that …" goes on with her
    if not text[span.start : span.end].rstrip().endswith("."):
        return False
    after = _WORD_AFTER_CUE.match(text, frame.cue[1])
    if after is None:
        return False
    lang = pats.lexicon.lang
    word = after[1]
    return word in pats.lexicon.pronouns or word in word_set("determiners.txt", lang)


# The word after a cue, read whole.
_WORD_AFTER_CUE = re.compile(r"[ \t]+(\w+)\b")


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
    speaker = speaker_span(text, line)
    if line.start("dash") < 0 and not _signs(text, speaker, start, end, pats):
        return None
    return Frame("signature", None, None, speaker, False)


def _signs(text: str, speaker: tuple[int, int], start: int, end: int, pats: Patterns) -> bool:
    """Whether a line with no dash under a quotation signs it: it opens with
    a given name or a title ("Margaret Doyle, 71", not "CHAPTER XXXI"), and
    neither ends a sentence nor holds a cue (narration does)."""
    if not opens_with_given_name(text, *speaker, pats):
        return False
    if pats.cue.search(text, start, end) is not None:
        return False
    # "Josh Bivens, Economic Policy Institute.": a full stop after a name
    # and its body in title case signs too; narration has a verb there
    return text[end - 1] not in ".!?…" or _affiliation(text, speaker[1], end - 1, pats)


def _affiliation(text: str, start: int, end: int, pats: Patterns) -> bool:
    """Whether ``text[start:end]`` is a comma and a body's name in title
    case: capitalised words and the small words a title leaves in lower
    case ("Center for Economic and Policy Research")."""
    head, comma, body = text[start:end].partition(",")
    words = body.split()
    if head.strip() or not comma or not words:
        return False
    small = word_set("title_small_words.txt", pats.lexicon.lang)
    return words[0][0].isupper() and all(w[0].isupper() or w in small for w in words)


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
        return Frame(rule, cue, lemma, speaker_span(text, after), False)
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
    before = WORD_BEFORE.match(text, max(ce, last.start() - WORD_BEFORE_REACH), last.start())
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
    if found is None or after_preposition(text, found[0], pats):
        # "McConnell delivered a blunt message to Trump:": the name before
        # the colon is an object; the sentence's subject leads in
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
        return sentence_subject(text, floor, end, pats)
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
        return (
            None
            if obj is None
            else Frame("according_to", cue, lemma, speaker_span(text, obj), True)
        )
    if pats.coordination.search(text, max(floor, cs - COORDINATION_REACH), cs):
        # "… looked at the cross and asked": the subject of the earlier verb,
        # maybe past an adverbial ("In an interview last year, Lazar said …"),
        # or a description ("The president noted …, and added:")
        mention = opening_subject(text, floor, cs, pats) or sentence_subject(text, floor, cs, pats)
    elif carries_on(text, floor, cue, pats):
        # "Trump attacked Clinton, saying": the clause's subject, not its
        # object ("issued a statement Tuesday, saying" is not the statement's)
        mention = clause_subject(text, floor, cs, pats) or _alone(text, floor, cs, pats)
    elif found := _clause_inverted(text, floor, cue, end, pats):
        # "In the end, said Okafor, “…”": the name after a cue that opens a
        # clause, not the adverbial before the comma
        mention = found
    else:
        mention = (
            subject_before(text, floor, cs, pats)
            or aside_subject(text, floor, cs, pats)
            or inverted_frame(text, floor, cue, end, pats)
            or sentence_subject(text, floor, cs, pats)
        )
    if mention is None:
        mention = colon_subject(pats, text, floor, end)
    if mention is None:
        return Frame("chained_cue", cue, lemma, None, True)
    return Frame("cue_before", cue, lemma, mention, True)


def _alone(text: str, floor: int, cs: int, pats: Patterns) -> tuple[int, int] | None:
    """The subject before a participle cue at ``cs`` when it is all the
    sentence holds before the cue's comma: "Mr. Manafort, citing"."""
    found = subject_before(text, floor, cs, pats)
    if found is None:
        return None
    comma = text.rindex(",", floor, cs)
    return found if text[floor:comma].strip() == text[found[0] : found[1]] else None


def _clause_inverted(
    text: str, floor: int, cue: tuple[int, int], end: int, pats: Patterns
) -> tuple[int, int] | None:
    """The name right after a cue that opens a clause after a comma, with
    only a comma between it and the quotation: "Because of how Democrats
    crafted the schedule, explained Rosenberg, “…”". Not after a cue whose
    object is the one told ("…, told Fox News,"), nor a description or a
    pronoun, which may be an object."""
    cs, ce = cue
    if not text[floor:cs].rstrip().endswith(","):
        return None
    if pats.lexicon.lemma(text[cs:ce]) in word_set("recipient_verbs.txt", pats.lexicon.lang):
        return None
    found = inverted(text, ce, end, pats)
    if found is None or text[ce : found[0]].strip() or not text[found[0]].isupper():
        return None
    return found


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
    start, end = speaker_span(text, found)
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
