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
    a dash and a name after the quotation: ``"…" — Commissioner Geoffrey Starks``.
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

import re
from collections import deque
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from quotex.marks import Span
from quotex.patterns import (
    APPOSITIVE,
    COORDINATORS,
    NOT_CONCURRENT,
    SPEAKER,
    SUFFIX_WORDS,
    AnyMatch,
    DualPattern,
)

if TYPE_CHECKING:
    from quotex.patterns import Patterns

# How far from a quotation a frame is looked for, in characters.
AFTER_WINDOW = 160
# The longest stretch allowed between a cue before a quotation and its opening
# mark: "told reporters in Brussels on Monday:" fits, a new clause does not.
BEFORE_TAIL = 90
# What ends a sentence, or opens a straight quotation, between a cue and a mark.
_CLAUSE_BREAK = re.compile(r'[.!?;"]')
# The dash a signature line starts with, after spaces (see LEAD).
_DASH = re.compile("[ \t\u00a0]*[\N{EM DASH}\N{EN DASH}\N{HORIZONTAL BAR}-]")
# The characters that may stand second before a cue that follows a
# coordinator (Patterns.coordination): their last letters, and the characters
# of SP, the space between.
_COORDINATION_ENDS = frozenset("".join(w[-1] for w in COORDINATORS) + " \t\u00a0\r\n")
# A gap of one word between spaces (see gap_subject).
_ONE_WORD = re.compile("[ \t\u00a0]+([A-Za-z]+)[ \t\u00a0]+")


class Frame(NamedTuple):
    """A cue and speaker mention read next to one quotation. (A named tuple,
    as :class:`~quotex.marks.Span` is: one is made for most quotations, and
    that is several times quicker than a frozen attrs class.)

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


# Makes a Frame from all its fields as a plain tuple is made: ``Frame(...)``
# passes through the Python ``__new__`` a named tuple is given, for every
# frame read.
_new = tuple.__new__


def _trim_mention(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " \t\n\r,.;:":
        # keep the full stop of an initial or title ("Jr.", "Dr."): only a
        # full stop after a word of two or more lower-case letters goes
        if text[end - 1] == "." and end - start >= 2 and not text[end - 3 : end - 1].islower():
            break
        end -= 1
    return start, end


def cue_spans(pats: Patterns, text: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """The spans of the cues in ``text[lo:hi]``, left to right: those of
    ``pats.cue.finditer(text, lo, hi)``.

    Each search starts one character before where the next cue may start (the
    end of the last one), as ``cue_after_char`` reads that character too.
    """
    if lo == 0:
        # no character before the text: a cue at its start is read on its own
        first = pats.cue.match(text, 0, hi)
        if first is not None:
            yield first.span()
            lo = first.end()
        else:
            lo = 1
    m = pats.cue_after_char.search(text, lo - 1, hi)
    while m is not None:
        start, end = m.span(1)
        yield start, end
        m = pats.cue_after_char.search(text, end - 1, hi)


def last_cue(pats: Patterns, text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of the last cue in ``text[lo:hi]``: the last of
    :func:`cue_spans`, or ``None``.

    One ``finditer`` reads them all, with no generator between: a cue ends
    before a character that is no word character or hyphen, which the next
    match of ``cue_after_char`` may read as its first, so none is missed.
    """
    if lo == 0:
        # a cue at the start of the text is read on its own (see cue_spans)
        spans = deque(cue_spans(pats, text, 0, hi), maxlen=1)
        return spans[0] if spans else None
    last = None
    for m in pats.cue_after_char.finditer(text, lo - 1, hi):
        last = m
    return last.span(1) if last is not None else None


def gap_subject(pats: Patterns, text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The speaker mention in the gap ``text[lo:hi]`` between a quotation and
    its cue, as ``subject_gap`` reads it (trimmed, or the name in its
    appositive), or ``None`` when that pattern does not match the gap.

    Most gaps are one word between spaces: ``"…," he said``, ``"…," Trump
    said``. Those are read here without the pattern, which takes several
    microseconds even for these. A gap of spaces, an ASCII word and spaces
    gives ``subject_gap`` one way to go: LEAD reads the leading spaces (no
    comma, dash or line break follows them), the lazy descriptor is tried
    empty first, and the mention starts at the word, after a space, so its
    lookbehind passes. A pronoun matches the whole word (its word boundary
    needs the word to end there). Otherwise a name needs a capital: a word starting
    with a lower-case letter is no name, and no nominal (a determiner and a
    word) or descriptor (a word and a mention) fits in one word, so the gap
    does not match. A capitalised word is a name unless it is one of the
    words no name starts with: a title, a capitalised word or an all-capital
    one, it is read whole (a title must be followed by a space or comma, an
    initial has a full stop), and the name cannot go on, as nothing but
    spaces follows. The comma, the trailing space and the optional AUX and
    adverb then read the spaces to the end. The span needs no trimming: it
    ends with a letter. (A test checks this against the pattern.)
    """
    one = _ONE_WORD.fullmatch(text, lo, hi)
    if one is not None:
        word = one.group(1)
        if word in pats.pronoun_words:
            return one.span(1)
        if word[0].islower():
            return None
        if word not in pats.not_name_words:
            return one.span(1)
    gap = pats.subject_gap.fullmatch(text, lo, hi)
    if gap is None:
        return None
    ms, me = _named_appositive(text, gap, pats.name) or gap.span(SPEAKER)
    return _trim_mention(text, ms, me)


def subject_words(pats: Patterns, text: str, lo: int, cs: int) -> tuple[int, int] | None:
    """The speaker mention ``subject_before`` reads in ``text[lo:cs]`` before
    a cue at ``cs``, for the common layouts it can be read without the
    pattern; ``None`` when this cannot tell (then ask the pattern).

    The layouts: one space before the cue, and before it a pronoun ("he
    said") or a run of capitalised ASCII words with single spaces between
    ("Jens Stoltenberg said", "Sen. John McCain said"), closed on the left by
    the window's start or by a space after a lower-case word or punctuation.

    Read backwards from the cue, the pattern finds no adverb, auxiliary or
    comma in such a word (they are lower case, and a shorter one inside a
    word would need a space before it), so the mention ends at the word. A
    pronoun is tried first and is the mention. A name takes as many words
    as it may, six at most (its loop repeats five times). A word with a full
    stop is a name word only as a title or an initial. What closes the run
    is no name word: a lower-case word with no capital is neither a name
    word nor, unless it is a particle (left to the pattern), a particle, and
    punctuation but a full stop ends none. Where the first words are ones
    no name starts with ("But Trump"), the pattern gives them back one by
    one. The mention's start must follow no letter, digit, mark, apostrophe
    or hyphen, which the pattern checks before the window too. The mention
    ends on a letter, so it needs no trimming. (A test checks this against
    the pattern.)
    """
    end = cs - 1
    if end <= lo or text[end] != " " or not pats.plain_words:
        return None
    j = text.rfind(" ", lo, end)  # -1: the word opens the window
    first = max(j + 1, lo)
    word = text[first:end]
    if not (word.isascii() and word.isalpha()):
        return None
    if word in pats.subject_pronouns:
        return (first, end) if _may_open(text, j, lo) else None
    if word[0].islower() or word in SUFFIX_WORDS:
        return None
    starts = [first]
    words = [word]
    titles = pats.title_words
    while j >= 0 and len(starts) < 6:
        if j == lo:
            break  # the window opens with the space: nothing before it is read
        c = text[j - 1]
        if c in _CLOSES_NAME:
            break
        if not (c.isascii() and (c.isalpha() or c == ".")):
            return None
        i = text.rfind(" ", lo, j)
        word = text[max(i + 1, lo) : j]
        bare = word[:-1] if c == "." else word
        if not (bare.isascii() and bare.isalpha()):
            return None
        if bare[0].isupper():
            if c == "." and len(bare) > 1 and bare not in titles:
                break  # "Obama." ends a sentence, no name word
            starts.append(max(i + 1, lo))
            words.append(bare)
            j = i
            continue
        if not bare.islower() or (c != "." and word in pats.particle_words):
            return None
        break
    if not _may_open(text, j, lo):
        return None
    not_names = pats.not_name_words
    for k in range(len(starts) - 1, -1, -1):  # the leftmost first, as the pattern backtracks
        if words[k] not in not_names:
            return starts[k], end
    return None


def _may_open(text: str, j: int, lo: int) -> bool:
    """Whether a mention read back to the space at ``j`` (-1: to the window's
    start ``lo``) starts there as the pattern sees it: after a space, at the
    text's start, or after what a mention may follow (the pattern looks
    before its window)."""
    return j >= 0 or not lo or text[lo - 1] in _OPENS_NAME


# Punctuation that is no letter, mark, digit, apostrophe, hyphen, full stop or
# space: a mention may follow it, and no name word ends with it.
_PUNCTUATION = (
    ',;:!?()[]{}"/&*+=<>|'
    "\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}"
    "\N{LEFT SINGLE QUOTATION MARK}"
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{EM DASH}\N{EN DASH}\N{HORIZONTAL ELLIPSIS}"
)
# Characters before a space that end no name word: the punctuation above and
# the closing single mark, which stands after a word, never inside one at
# its end (a name word ends with a letter).
_CLOSES_NAME = frozenset(_PUNCTUATION + "\N{RIGHT SINGLE QUOTATION MARK}")
# Characters a mention may follow: space, a full stop (it ends a sentence or
# an initial) and the punctuation above; not the closing single mark, which
# the pattern reads as an apostrophe.
_OPENS_NAME = frozenset(" \t\n\r\N{NO-BREAK SPACE}." + _PUNCTUATION)


def read_after(text: str, span: Span, limit: int, pats: Patterns) -> Frame | None:
    """The frame that follows ``span``, reading no further than ``limit``
    (``pats``: the patterns of the lexicon to read it with)."""
    lexicon = pats.lexicon
    pos = span.close_at
    hi = min(limit, pos + AFTER_WINDOW)
    if pos >= hi:
        return None
    # the cues of cue_spans, searched for here with no generator between:
    # pos is past a closing mark, so never 0, and a character before it is
    # there for cue_after_char to read
    search = pats.cue_after_char.search
    m = search(text, pos - 1, hi)
    for _ in range(3):  # a frame's cue comes within its first few words
        if m is None:
            break
        cs, ce = m.span(1)
        # Lexicon.lemma, whose first lookup mostly finds it
        lemma = lexicon.forms.get(text[cs:ce]) or lexicon.lemma(text[cs:ce])
        # the gap is all lead (no mention in it) only without a letter, as
        # before the space before most cues: "…," he said
        lead = None if cs - pos > 1 and text[cs - 2].isalpha() else pats.lead.match(text, pos, cs)
        if lead is not None and lead.end() == cs:
            after = pats.named_after.match(text, ce, hi)
            if after is None:
                after = pats.mention_after.match(text, ce, hi)
            if after is not None:
                rule = "according_to" if lemma in lexicon.phrases else "cue_after"
                ms, me = _trim_mention(text, *after.span(SPEAKER))
                return _new(Frame, (rule, (cs, ce), lemma, (ms, me), False))
        elif lemma not in lexicon.phrases:
            subject = gap_subject(pats, text, pos, cs)
            if subject is not None:
                return _new(Frame, ("cue_after", (cs, ce), lemma, subject, False))
        m = search(text, ce - 1, hi)
    # a signature's dash, after spaces: never where a letter follows the
    # quotation or the one space after it
    c = text[pos + 1] if text[pos] == " " and pos + 1 < hi else text[pos]
    dash = (
        pats.after_dash.match(text, pos, hi, NOT_CONCURRENT)
        if not c.isalpha() and _DASH.match(text, pos, hi)
        else None
    )
    if dash is not None:
        return _new(Frame, ("signature", None, None, dash.span(SPEAKER), False))
    return None


def read_before(text: str, span: Span, floor: int, pats: Patterns) -> Frame | None:
    """The frame between ``floor`` (where the sentence, or the text after the
    previous quotation, begins) and the opening mark of ``span`` (``pats``:
    the patterns of the lexicon to read it with)."""
    lexicon = pats.lexicon
    end = span.open_at
    if end <= floor:
        return None
    # the last cue; it must end within BEFORE_TAIL of the mark: read no further back
    cs, ce = last_cue(pats, text, max(floor, end - BEFORE_TAIL - 24), end) or (-1, -1)
    if ce >= 0 and end - ce <= BEFORE_TAIL and _CLAUSE_BREAK.search(text, ce, end) is None:
        # Lexicon.lemma, whose first lookup mostly finds it
        lemma = lexicon.forms.get(text[cs:ce]) or lexicon.lemma(text[cs:ce])
        if lemma in lexicon.phrases:
            obj = pats.mention_after.match(text, ce, end)
            if obj is None:
                return None
            ms, me = _trim_mention(text, *obj.span(SPEAKER))
            return _new(Frame, ("according_to", (cs, ce), lemma, (ms, me), True))
        # a coordinator and space: a space or a coordinator's last letter
        # stands right before the space before the cue
        coordinated = (
            cs > 1
            and text[cs - 2] in _COORDINATION_ENDS
            and pats.coordination.search(text, max(floor, cs - 6), cs, NOT_CONCURRENT)
        )
        subj: AnyMatch | None = None
        if not coordinated:
            lo = max(floor, cs - 200)
            words = subject_words(pats, text, lo, cs)
            if words is not None:
                return _new(Frame, ("cue_before", (cs, ce), lemma, words, True))
            subj = pats.subject_before.match(text, lo, cs, NOT_CONCURRENT)
        if subj is not None:
            ms, me = _named_appositive(text, subj, pats.name) or subj.span(SPEAKER)
            ms, me = _trim_mention(text, ms, me)
            return _new(Frame, ("cue_before", (cs, ce), lemma, (ms, me), True))
        # inverted: 'But, said Solovey, "…"'
        inv = None if coordinated else pats.mention_after.match(text, ce, end)
        if inv is not None and text[inv.end() : end].strip(" \t\n\r,:") == "":
            ms, me = _trim_mention(text, *inv.span(SPEAKER))
            return _new(Frame, ("cue_before", (cs, ce), lemma, (ms, me), True))
        # "Panteley looked at the cross and asked:": the sentence's subject
        subj = pats.sentence_subject.match(text, floor, cs)
        if subj is not None and (floor == 0 or text[floor - 1] not in "”\"’'»"):
            ms, me = _trim_mention(text, *subj.span(SPEAKER))
            return _new(Frame, ("cue_before", (cs, ce), lemma, (ms, me), True))
        return _new(Frame, ("chained_cue", (cs, ce), lemma, None, True))
    found = colon_speaker(pats, text, max(floor, end - 120), end)
    return _new(Frame, ("colon", None, None, found, True)) if found is not None else None


def colon_speaker(pats: Patterns, text: str, lo: int, end: int) -> tuple[int, int] | None:
    """The name ``before_colon`` finds in ``text[lo:end]``, which ends with a
    colon and space (``Stoltenberg: "…"``), or ``None``."""
    # the pattern ends with a colon and space: unless the text does, it would
    # fail. The space before the mark is read back here, not copied to strip.
    k = end - 1
    while k >= lo and text[k].isspace():
        k -= 1
    if k < lo or text[k] != ":":
        return None
    # The name before the colon is words that open with a capital (or as a
    # title or particle does), at most name_spaces + 1 of them: it starts in
    # the last word before the colon that opens otherwise ("-", "and"), or
    # after it. The search starts there, not at every capital of a headline
    # in capitals before the name, each of which opens names that fail only
    # at their sixth word. (A word that opens outside ASCII may be a capital
    # to the pattern's Unicode and not to Python's.)
    head = text[lo:k]
    at = len(head)
    firsts = pats.name_firsts
    for word in reversed(head.split()[-pats.name_spaces - 1 :]):
        at = head.rfind(word, 0, at)
        c = word[0]
        if not (c.isupper() or c in firsts or not c.isascii()):
            break
    found = pats.before_colon.search(text, lo + at, end, NOT_CONCURRENT)
    return found.span(SPEAKER) if found is not None else None


def _named_appositive(text: str, m: AnyMatch, name: DualPattern) -> tuple[int, int] | None:
    """For "the assailant, John McGraw, told": the name in the appositive,
    when the subject itself is only a description."""
    start, end = m.span(APPOSITIVE)
    if start < 0 or text[m.start(SPEAKER)].isupper():
        return None
    inner_start = start + 1
    while inner_start < end and text[inner_start].isspace():
        inner_start += 1
    found = name.fullmatch(text, inner_start, end - 1)
    return found.span() if found is not None else None
