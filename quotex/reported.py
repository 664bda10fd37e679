"""Reported speech: what someone said, thought or wanted, without marks.

Read only when ``extract_quotes(kinds=...)`` asks for ``"indirect"``. One
pass over the text with the cue pattern of :func:`reported_patterns` (the
verbs of ``reported_verbs.txt``, the nouns of ``reported_nouns.txt`` before
"that", the reporting phrases); each cue outside a quotation is read by the
first layout of :data:`LAYOUTS` that fits it, within its sentence:

``reported_after``
    the content, a comma, then the frame: ``The plan will fail, he said.``,
    ``…, said Smith.``
``reported_according_to``
    ``According to the FBI, the files were deleted.`` and ``…, according to
    the FBI.``
``reported_before``
    the subject, the cue, the content: ``Trump said (that) the system is
    rigged.``, ``She told reporters she would run.``, ``He wants to run.``
``reported_nominal``
    ``the claim that …``, ``Trump's view that …``.

The content follows the conventions of news attribution corpora: "that"
belongs to it, the recipient ("told reporters") and the sentence's final
full stop do not, a question mark does. Which person a mention names is
the attribution stage's work (:mod:`quotex.weave`).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

import attrs
import regex

from quotex.frames import gap_subject
from quotex.grammar import SP, alternation, cased
from quotex.lexicon import Lexicon, word_list
from quotex.marks import Span
from quotex.patterns import Patterns, patterns_for
from quotex.segment import Paragraphs, sentence_starts

# How far after a cue "that" may open its content ("said on Monday that").
THAT_REACH = 40
# The longest tail after a frame that ends a sentence ("he said in a
# statement on Monday."): longer, the cue opens a content of its own.
TAIL_REACH = 60
# A content shorter than this many characters is a word or two, no report.
SHORTEST_CONTENT = 8
# How far around a subject a word making it hypothetical is looked for.
BLOCKER_REACH = 8
# How far before a cue the words are read that tell whether a mention may
# end there, and how many of them may hold a nominal's determiner.
MENTION_LOOK = 60
NOMINAL_LOOK = 4
# How far before a cue noun its determiner is looked for.
NOUN_REACH = 20
# The longest bracketed aside between a subject and its cue: "(R-Ohio)".
BRACKET_REACH = 40
# The most words of the source named after "according to".
SOURCE_WORDS = 12
# How far back from a cue its subject is read, appositive and all.
SUBJECT_REACH = 200
# Lexicons whose patterns are kept compiled, as in quotex.patterns.
CACHED_LEXICONS = 16
# Verbs whose first object is the one told, not what was told.
RECIPIENT_VERBS = frozenset({"tell", "assure", "remind", "warn", "ask", "promise"})

# The most words of a plain subject that no mention grammar reads
# ("many economists", "advisers to Mr. Obama").
SUBJECT_WORDS = 8

_BLOCKERS = frozenset(word_list("reported_blockers.txt"))
_CONTENT_STOPS = frozenset(word_list("content_stops.txt"))
_SUBORDINATORS = frozenset(word_list("subordinators.txt"))
# A cue that shares the subject of the sentence: "…, saying", "… and said".
_SHARED_SUBJECT = re.compile(r"(?:,|\band|\bbut)\s+$")
_AUXILIARIES = frozenset(word_list("auxiliaries.txt")) | frozenset(
    word_list("auxiliary_adverbs.txt")
)
_QUESTION_OPENERS = frozenset(word_list("question_openers.txt"))
_DETERMINERS = frozenset(word_list("determiners.txt"))
# Punctuation that cannot open a content: the cue ends a clause there.
_NO_CONTENT = ",.;:!?)]}\N{EM DASH}\N{EN DASH}-"
# Where a content ends inside its sentence: a dash or bracket that sets off
# an aside, a semicolon or colon, a comma before a new clause.
_CONTENT_BREAK = re.compile(
    r"""\s(?:\N{EM DASH}|\N{EN DASH}|--?)\s | [;:] | \s\(
      | ,\s(?:but|which|who|while|although|though|according|\w+ing)\b
      | \s(?:and|but)\s(?=(?:he|she|they|we|I|it|said|says)\b|[a-z]+ed\b)""",
    re.VERBOSE,
)
# What opens the clause a plain subject stands in, read back from a cue.
_CLAUSE_OPEN = re.compile(
    r"[,;:(\N{EM DASH}\N{EN DASH}\"“”]|\b(?:and|but|while|as|because|although|though|since|so)\s"
)
# Relative pronouns: a subject after one heads a relative clause, whose
# content stands before it ("the emails that Trump asked for").
# Words after which a plain subject has ended: "the Kentucky Republican on
# Tuesday dismissed", "Ben Sasse even suggested".
_SUBJECT_ENDS = (_CONTENT_STOPS | frozenset(word_list("adverbs.txt"))) - {"of", "and"}
# Subjects that take a verb's base form without ending in -s.
_POSSESSIVE = ("'s", "’s", "s'", "s’")
_PLURAL_WORDS = frozenset(
    {"i", "we", "you", "they", "people", "police", "children", "men", "women"}
)
_RELATIVE = re.compile(r"\b(?:that|which|who|whom|where)\s*$", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+")
# A word of a plain subject: "two-thirds", "Obama's", "Mr."
_TOKEN = re.compile(r"[\w'’.\-]+")


class Report(NamedTuple):
    """One report of speech read from the text, not yet attributed.

    Attributes:
        layout: Which layout read it (see the module docs).
        start: Offset of the content's first character.
        end: Offset just past the content.
        cue: ``(start, end)`` of the cue.
        lemma: The cue's dictionary form.
        mention: ``(start, end)`` of the speaker mention, or ``None``.
    """

    layout: str
    start: int
    end: int
    cue: tuple[int, int]
    lemma: str
    mention: tuple[int, int] | None


@attrs.frozen(eq=False)
class ReportedPatterns:
    """The patterns of reported speech for one lexicon."""

    frames: Patterns
    """The lexicon's frame patterns (subjects, mentions, gaps)."""
    cue: re.Pattern[str]
    """A cue verb, a cue noun before "that", or a reporting phrase."""
    that: re.Pattern[str]
    """The word "that" opening a content."""
    recipient: regex.Pattern[str]
    """The one told, after a cue: "reporters", "the National Post"."""
    possessive: regex.Pattern[str]
    """Whose claim it is, before a cue noun: "Trump's", "his"."""


@functools.lru_cache(maxsize=CACHED_LEXICONS)
def reported_patterns(lexicon: Lexicon) -> ReportedPatterns:
    """The patterns of reported speech of ``lexicon``, compiled on first use.

    Examples:
        >>> pats = reported_patterns(Lexicon.default())
        >>> pats.cue.search("Critics fear the plan will fail.").group()
        'fear'
    """
    frames = patterns_for(lexicon)
    nouns = [n for noun in lexicon.reported_nouns for n in (noun, noun + "s")]
    verbs = alternation(lexicon.reported)
    phrases = alternation(cased(lexicon.phrases))
    cue = rf"""(?<![\w-])(?:
        (?P<verb>{verbs})
      | (?P<phrase>{phrases})
      | (?P<noun>{alternation(nouns)})(?=\s+that\b)
    )(?![\w-])"""
    recipient = rf"""{SP}
        (?P<recipient>
            (?:me|him|her|us|them|you|reporters|journalists|supporters|voters)\b
          | {_mention_forwards(lexicon)}
        )"""
    possessive = (
        rf"(?:(?P<speaker>{_mention_backwards(lexicon)})['’]s?|(?P<pronoun>his|her|their|its)){SP}$"
    )
    return ReportedPatterns(
        frames=frames,
        cue=re.compile(cue, re.VERBOSE),
        that=re.compile(r"\bthat\b"),
        recipient=regex.compile(recipient, regex.VERBOSE),
        possessive=regex.compile(possessive, regex.VERBOSE | regex.REVERSE),
    )


def _mention_forwards(lexicon: Lexicon) -> str:
    from quotex.grammar import mention

    return mention(lexicon)


def _mention_backwards(lexicon: Lexicon) -> str:
    from quotex.grammar import name

    return name(lexicon, backwards=True)


class _Text:
    """One document as the layouts read it: its sentences and quotations.

    A paragraph is split into sentences when a cue first asks for one of
    them, so paragraphs without a cue are never split.
    """

    def __init__(self, text: str, paras: Paragraphs, spans: Sequence[Span]) -> None:
        self.text = text
        self.paras = paras
        self.open = [s.open_at for s in spans]
        self.close = [s.close_at for s in spans]
        self._split = -1  # the paragraph split last
        self._starts: list[int] = []
        self._ends: list[int] = []

    def sentence(self, pos: int) -> tuple[int, int]:
        """``(start, end)`` of the sentence holding ``pos``; ``end`` is
        past its final punctuation and closing marks."""
        p = self.paras.index(pos)
        if p != self._split:
            self._starts, self._ends = self._sentences(p)
            self._split = p
        k = bisect.bisect_right(self._starts, pos) - 1
        return self._starts[k], self._ends[k]

    def _sentences(self, p: int) -> tuple[list[int], list[int]]:
        """Sentence starts and ends of paragraph ``p``, none inside a
        quotation."""
        text, opens, closes = self.text, self.open, self.close
        lo, hi = self.paras.starts[p], self.paras.ends[p]
        cuts = [lo]
        for pos in sentence_starts(text, lo, hi):
            k = bisect.bisect_left(opens, pos) - 1
            if k < 0 or pos >= closes[k]:
                cuts.append(pos)
        ends = [*cuts[1:], hi]
        return cuts, [len(text[a:b].rstrip()) + a for a, b in zip(cuts, ends, strict=True)]

    def frames_quotation(self, pos: int) -> bool:
        """Whether only punctuation stands between a quotation's closing
        mark and ``pos``: a cue there frames that quotation."""
        k = bisect.bisect_right(self.close, pos) - 1
        return k >= 0 and not self.text[self.close[k] : pos].strip(" \t,\N{EM DASH}")

    def holding(self, pos: int) -> int | None:
        """The offset past the closing mark of the quotation ``pos`` lies in,
        or ``None``."""
        k = bisect.bisect_right(self.open, pos) - 1
        return self.close[k] if k >= 0 and pos < self.close[k] else None

    def quoted(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a quotation's marks."""
        k = bisect.bisect_right(self.open, pos) - 1
        return k >= 0 and pos < self.close[k]


def read_reports(
    text: str, paras: Paragraphs, spans: Sequence[Span], lexicon: Lexicon
) -> list[Report]:
    """Every report of speech in ``text``, in text order, outside the
    quotations ``spans`` (their content may hold some)."""
    pats = reported_patterns(lexicon)
    doc = _Text(text, paras, spans)
    found = []
    for cue in pats.cue.finditer(text):
        cs = cue.start()
        if doc.quoted(cs):
            continue
        for layout in LAYOUTS:
            report = layout(doc, cue, pats)
            if report is not None:
                found.append(report)
                break
    return found


def _according_to(doc: _Text, cue: re.Match[str], pats: ReportedPatterns) -> Report | None:
    """``According to X, content.`` and ``content, according to X.``"""
    text, (cs, ce) = doc.text, cue.span()
    if not cue.group("phrase"):
        return None
    lemma = pats.frames.lexicon.lemma(cue.group())
    s0, s1 = doc.sentence(cs)
    comma = text.find(",", ce, s1)
    source_end = comma if comma >= 0 else s1
    source = _trimmed(text, *_stripped(text, ce, source_end))
    few = len(text[source[0] : source[1]].split()) <= SOURCE_WORDS
    mention = source if few else None
    if not text[s0:cs].strip():
        if comma < 0:
            return None
        return _content("reported_according_to", doc, comma + 1, s1, cue, lemma, mention)
    before = text[s0:cs].rstrip()
    if not before.endswith(","):
        return None
    return _content("reported_according_to", doc, s0, s0 + len(before) - 1, cue, lemma, mention)


def _after(doc: _Text, cue: re.Match[str], pats: ReportedPatterns) -> Report | None:
    """``content, he said.`` and ``content, said Smith.``: the frame ends
    its sentence, or sets off an aside (``content, he said, more``), after
    a comma."""
    text, (cs, ce) = doc.text, cue.span()
    if not cue.group("verb") or cue.group().endswith("ing"):
        return None  # a participle opens its content: "…, saying …"
    comma = text.rfind(",", max(0, cs - SUBJECT_REACH), cs)
    if comma < 0 or text.count(" ", comma, cs) > SUBJECT_WORDS:
        return None  # no comma, or a clause of its own between it and the cue
    s0, s1 = doc.sentence(cs)
    if comma < s0 or not text[s0:comma].strip():
        return None
    held = doc.holding(comma)
    if held is not None:
        comma = held  # '… should have acted sooner,” said Ralf Jäger'
    frames = pats.frames
    lemma = frames.lexicon.reported.get(cue.group().lower(), cue.group().lower())
    if _ends_frame(text, ce, s1, lemma in RECIPIENT_VERBS, pats):
        # "…, the company said."
        mention = gap_subject(frames, text, comma, cs) or _plain_subject(text, comma + 1, cs)
        if mention is None:
            return None
        frame_end = ce
    else:
        # "…, said Smith."
        if frames.lead.fullmatch(text, comma, cs) is None:
            return None
        inverted = _inverted(text, ce, s1, pats)
        if inverted is None:
            return None
        mention, frame_end = inverted
        if not _ends_frame(text, frame_end, s1, False, pats):
            return None
        subject = frames.subject_before.match(text, max(s0, cs - SUBJECT_REACH), cs)
        if subject is not None and subject.start("appositive") >= 0:
            return None  # "Axelrod, a former newspaperman, defended …"
    aside = text.find(",", frame_end, s1)
    if aside >= 0 and _content_follows(text, s0, comma, aside, pats):
        # "In a merger, he said, the brand would survive", "…, he noted, that …"
        return _content("reported_after", doc, aside + 1, s1, cue, lemma, mention)
    return _content("reported_after", doc, s0, comma, cue, lemma, mention)


def _content_follows(text: str, s0: int, comma: int, aside: int, pats: ReportedPatterns) -> bool:
    """Whether the content of a frame set off as an aside is what follows
    it: the words before are an adverbial ("In a merger, he said, …"), or
    the subject of the words after ("The district, Ruiz noted, has not
    replied"), or "that" opens them."""
    first = _WORD.search(text, s0, comma)
    if first is not None and first.group().lower() in _CONTENT_STOPS:
        return True
    after = _WORD.search(text, aside)
    return after is not None and (
        after.group().lower() in _AUXILIARIES or after.group().lower() == "that"
    )


def _inverted(
    text: str, ce: int, s1: int, pats: ReportedPatterns
) -> tuple[tuple[int, int], int] | None:
    """The speaker after a cue that follows its content ("…, said Democratic
    strategist Hank Sheinkopf."): the last name of the words up to the next
    comma or the sentence's end, else a mention there; with where they end."""
    comma = text.find(",", ce, s1)
    end = comma if comma >= 0 else s1
    start, stop = _stripped(text, ce, end)
    words = text[start:stop].lower().split()
    if not words or len(words) > SOURCE_WORDS or not _AUXILIARIES.isdisjoint(words):
        return None  # no speaker but a clause: "…, said the coverage was unfair"
    names = list(pats.frames.name.finditer(text, start, stop))
    if names:
        return names[-1].span(), names[-1].end()
    found = pats.frames.mention_after.match(text, ce, end)
    if found is None:
        return None
    mention = _trimmed(text, *found.span("speaker"))
    return mention, mention[1]


def _ends_frame(text: str, pos: int, s1: int, told: bool, pats: ReportedPatterns) -> bool:
    """Whether a frame after its content ends at ``pos``: the sentence or
    an aside ends there, maybe after a short adverbial or, when ``told``,
    the one told ("he said on Monday.", "he told reporters,"), with no
    content of its own."""
    tail = text[pos:s1]
    aside = tail.find(",")
    if aside >= 0:
        tail = tail[:aside]
    tail = tail.rstrip(".!?”\"’' ")
    told_to = pats.recipient.match(tail) if told else None
    if told_to is not None:
        tail = tail[told_to.end() :]  # "he told reporters on Monday."
    words = tail.split()
    if not words or not _WORD.search(tail):
        return True
    if len(tail) > TAIL_REACH or pats.that.search(tail):
        return False
    if not tail.strip():
        return True
    first = _WORD.search(tail)
    return first is not None and first.group().lower() in _CONTENT_STOPS


def _plain_subject(text: str, start: int, cs: int) -> tuple[int, int] | None:
    """A subject of a few words and no punctuation that ends at the cue
    ("many economists say", "advisers to Mr. Obama say"), or ``None``."""
    words = text[start:cs].split()
    while words and words[-1].lower() in _AUXILIARIES:
        words.pop()  # "Republican senators have vowed"
    if not words or len(words) > SUBJECT_WORDS or not all(_TOKEN.fullmatch(w) for w in words):
        return None
    if words[0].lower() in _CONTENT_STOPS or any(w.lower() in _AUXILIARIES for w in words):
        return None  # a clause or an adverbial, no subject: "crowds are asked"
    cut = next((i for i, w in enumerate(words) if i and w.lower() in _SUBJECT_ENDS), len(words))
    words = words[:cut]  # "the Kentucky Republican on Tuesday", "Sasse even"
    first = text.index(words[0], start)
    return first, text.index(words[-1], first) + len(words[-1])


def _before(doc: _Text, cue: re.Match[str], pats: ReportedPatterns) -> Report | None:
    """``Trump said (that) the system is rigged.``: the subject before the
    cue, the content after it, to the sentence's end."""
    text, (cs, ce) = doc.text, cue.span()
    if not cue.group("verb"):
        return None
    s0, s1 = doc.sentence(cs)
    lemma = pats.frames.lexicon.reported.get(cue.group().lower(), cue.group().lower())
    start = _content_start(text, ce, s1, lemma, pats)
    if start is None:
        return None
    found = _before_subject(doc, s0, s1, cue, lemma, pats)
    if found is None:
        return None
    mention, end = found
    if start >= end:
        return None
    return _content("reported_before", doc, start, end, cue, lemma, mention)


def _content_start(text: str, ce: int, s1: int, lemma: str, pats: ReportedPatterns) -> int | None:
    """Where the content after a cue ending at ``ce`` starts: at "that"
    when it comes within reach, else after the one told; ``None`` when the
    words after the cue go on with its own clause."""
    start = ce
    that = pats.that.search(text, ce, min(s1, ce + THAT_REACH))
    if that is not None and not any(c in text[ce : that.start()] for c in ",.;:"):
        start = that.start()
    elif lemma in RECIPIENT_VERBS:
        told = pats.recipient.match(text, ce, s1)
        if told is not None:
            start = told.end()
    start += _space(text, start)
    if start >= s1 or text[start] in _NO_CONTENT:
        return None
    first = _WORD.match(text, start)
    if first is not None and (
        first.group().lower() in _CONTENT_STOPS or first.group().lower() in _AUXILIARIES
    ):
        return None  # "said in a statement"; "that he argued was …" (a relative clause)
    return start


def _before_subject(
    doc: _Text, s0: int, s1: int, cue: re.Match[str], lemma: str, pats: ReportedPatterns
) -> tuple[tuple[int, int] | None, int] | None:
    """The subject mention of a cue that opens its content (``None`` when
    the cue shares a subject the text does not give next to it), and where
    the content must end; ``None`` when the cue reports nothing."""
    text, cs = doc.text, cue.start()
    frames = pats.frames
    if _SHARED_SUBJECT.search(text, max(s0, cs - 5), cs) and (
        cue.group().endswith("ing") or text[max(s0, cs - 2) : cs] != ", "
    ):
        # "…, saying", "… and said": the sentence's subject
        if doc.frames_quotation(cs - 2):
            return None
        found = frames.sentence_subject.match(text, s0, cs)
        return (None if found is None else _trimmed(text, *found.span("speaker"))), s1
    before = text[max(s0, cs - NOUN_REACH) : cs].split()
    if before and before[-1].lower() in _DETERMINERS:
        return None  # "the said property", "the finding that": no verb after "the"
    mention = _subject(doc, s0, cs, cue.group() == lemma, pats)
    if mention is None or _blocked(text, s0, mention[0], s1):
        return None
    if text[mention[0] : mention[1]].endswith(_POSSESSIVE) or doc.frames_quotation(mention[0]):
        return None  # "Trump's remarks": a noun, no verb
    comma = text.find(",", cue.end(), s1)
    if text[mention[0] : mention[1]].lower() == "who":
        # "Barkley, who said he votes Democratic, likes …": a relative clause
        named = frames.subject_before.match(text, max(s0, mention[0] - SUBJECT_REACH), mention[0])
        mention = None if named is None else _trimmed(text, *named.span("speaker"))
        return mention, comma if comma >= 0 else s1
    opening = {w.lower() for w in _WORD.findall(text, s0, mention[0])}
    if comma >= 0 and not _SUBORDINATORS.isdisjoint(opening):
        return mention, comma  # "Ever since Sanders announced X, he …"
    return mention, s1


def _subject(
    doc: _Text, s0: int, cs: int, base_form: bool, pats: ReportedPatterns
) -> tuple[int, int] | None:
    """The subject that ends at a cue at ``cs``: a mention, else a plain
    subject opening its clause; ``None`` for a noun that only looks like a
    verb ("the final say", "the low demand")."""
    text = doc.text
    bracket = _bracket_before(text, s0, cs)
    if bracket is not None:
        cs = bracket  # "Gov. Pat McCrory (R) said"
    subj = None
    if _may_mention(text, s0, cs, pats):
        subj = pats.frames.subject_before.match(text, max(s0, cs - SUBJECT_REACH), cs)
    if subj is not None:
        ms, me = _trimmed(text, *subj.span("speaker"))
        a0, a1 = subj.span("appositive")
        if a0 >= 0:
            # "In an email, Axelrod, a former newspaperman, defended", "The
            # mayor of Springfield, Ana Ruiz, said": the name of the two
            inner = a0 + 1 + _space(text, a0 + 1)
            named = pats.frames.name.match(text, inner, a1)
            if named is not None and (not text[ms].isupper() or text[named.end() : a1] == ","):
                return named.span()
        words = text[ms:me].lower().split()
        if words[-1] in _DETERMINERS:
            return None  # "seized the said property"
        helped = subj.end("speaker") < subj.end() and _AUXILIARIES.intersection(
            text[me:cs].lower().split()
        )
        if base_form and not helped and words[0] in _DETERMINERS and not words[-1].endswith("s"):
            return None
        return ms, me
    lo = max(s0, cs - SUBJECT_REACH)
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(text, lo, cs)]
    start = opens[-1] if opens else lo
    if start == lo and lo != s0:
        return None
    if _RELATIVE.search(text, max(s0, start - 8), start):
        return None
    found = _plain_subject(text, start, cs)
    if found is None:
        return None
    last = text[found[0] : found[1]].split()[-1].lower()
    if last in _DETERMINERS or (base_form and not _plural(last)):
        return None
    return found


def _may_mention(text: str, s0: int, cs: int, pats: ReportedPatterns) -> bool:
    """Whether the words before a cue at ``cs`` may end a speaker mention,
    read cheaply before the mention grammar is tried: a capital, a pronoun,
    punctuation, or a determiner a few words back ("the old man"). Plain
    lower-case words ("many economists") are read as a plain subject."""
    words = text[max(s0, cs - MENTION_LOOK) : cs].split()
    while words and (words[-1] in _AUXILIARIES or words[-1].endswith("ly")):
        words.pop()  # "has also", "quietly"
    if len(words) < 2:
        return True
    last = words[-1]
    if not last[0].islower() or not last[-1].isalpha() or last in pats.frames.lexicon.pronouns:
        return True
    return any(w.lower() in _DETERMINERS for w in words[-NOMINAL_LOOK:])


def _bracket_before(text: str, s0: int, cs: int) -> int | None:
    """Where a bracketed aside right before a cue opens, with the space
    before it ("McCrory (R) said" gives the end of "McCrory"), or ``None``."""
    end = len(text[s0:cs].rstrip()) + s0
    if text[end - 1 : end] != ")":
        return None
    opening = text.rfind("(", max(s0, end - BRACKET_REACH), end)
    if opening < 0:
        return None
    return len(text[s0:opening].rstrip()) + s0 + 1


def _plural(word: str) -> bool:
    """Whether a subject's last word may take a verb's base form: "voters
    say", "we believe", "people think" (and not "the final say")."""
    return word.endswith("s") or word in _PLURAL_WORDS


def _nominal(doc: _Text, cue: re.Match[str], pats: ReportedPatterns) -> Report | None:
    """``the claim that …``, ``Trump's view that …``."""
    text, (cs, ce) = doc.text, cue.span()
    if not (cue.group("noun") or _noun_of_verb(text, cue, pats)):
        return None
    s0, s1 = doc.sentence(cs)
    that = pats.that.search(text, ce, s1)
    if that is None:
        return None
    owner = pats.possessive.match(text, max(s0, cs - SUBJECT_REACH), cs)
    mention = None
    if owner is not None:
        group = "speaker" if owner.start("speaker") >= 0 else "pronoun"
        mention = owner.span(group)
    noun = cue.group().lower()
    lemma = noun[:-1] if noun not in pats.frames.lexicon.reported_nouns else noun
    return _content("reported_nominal", doc, that.start(), s1, cue, lemma, mention)


def _noun_of_verb(text: str, cue: re.Match[str], pats: ReportedPatterns) -> bool:
    """Whether a cue read as a verb is a cue noun before "that", after a
    determiner or a possessive: "The claim that …", "her view that …"."""
    word = cue.group().lower()
    nouns = pats.frames.lexicon.reported_nouns
    if word not in nouns and not (word.endswith("s") and word[:-1] in nouns):
        return False
    if pats.that.match(text, cue.end() + _space(text, cue.end())) is None:
        return False
    before = text[max(0, cue.start() - NOUN_REACH) : cue.start()].split()
    return bool(before) and (before[-1].lower() in _DETERMINERS or before[-1].endswith(_POSSESSIVE))


def _content(
    layout: str,
    doc: _Text,
    start: int,
    end: int,
    cue: re.Match[str],
    lemma: str | None,
    mention: tuple[int, int] | None,
) -> Report | None:
    """The report of ``text[start:end]``, trimmed; ``None`` when too short."""
    text = doc.text
    if layout != "reported_after":
        cut = _CONTENT_BREAK.search(text, start, end)
        if cut is not None:
            end = cut.start()
    while start < end and text[start] in " \t\n\r,":
        start += 1
    while end > start and text[end - 1] in " \t\n\r,.;:":
        end -= 1
    if end - start < SHORTEST_CONTENT or not _WORD.search(text, start, end):
        return None
    return Report(layout, start, end, cue.span(), lemma or cue.group(), mention)


def _space(text: str, pos: int) -> int:
    """How many white space characters stand at ``pos``."""
    n = 0
    while pos + n < len(text) and text[pos + n].isspace():
        n += 1
    return n


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` without the space and punctuation at its ends."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end


def _blocked(text: str, s0: int, subject: int, s1: int) -> bool:
    """Whether a report is hypothetical ("If he says …") or a question about
    speech ("Did he say …?")."""
    # the word before the subject, or its first when a capital made it
    # look like a name's ("Unless Okafor says")
    before = text[max(s0, subject - BLOCKER_REACH) : subject].split()[-1:]
    first = text[subject : subject + BLOCKER_REACH].split()[:1]
    if any(w.lower() in _BLOCKERS for w in before + first):
        return True
    first = text[s0 : s0 + 12].split()
    return bool(first) and first[0].lower() in _QUESTION_OPENERS and text[:s1].endswith("?")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` without space and punctuation at its end, but for the
    full stop of an initial or a title ("Jr.", "Dr.")."""
    while end > start and text[end - 1] in " \t\n\r,;:.":
        if text[end - 1] == "." and not text[end - 3 : end - 1].islower():
            break
        end -= 1
    return start, end


Layout = Callable[[_Text, "re.Match[str]", ReportedPatterns], "Report | None"]

LAYOUTS: tuple[Layout, ...] = (_according_to, _after, _before, _nominal)
"""The layouts a cue is read by, in the order tried."""
