"""The layouts of reported speech, one function each, in one table."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence

from quotex.lexicon import Lexicon
from quotex.marks import Span
from quotex.reported.contents import content
from quotex.reported.headlines import headline, headline_cues
from quotex.reported.patterns import ReportedPatterns, reported_patterns
from quotex.reported.sources import CLAUSE_LAYOUTS, continued
from quotex.reported.speakers import clause_subject
from quotex.reported.split import passive, raised_subject, raising, relative
from quotex.reported.subjects import Mention, inverted, subject, subject_and_end
from quotex.reported.text import Cue, Report, Reports, ReportText
from quotex.reported.trailing import after
from quotex.reported.words import (
    ACCORDING_WORDS,
    ADVERBIAL_REACH,
    CLOSING_MARKS,
    COLON_WORDS,
    NO_CONTENT,
    NOUN_REACH,
    OPENING_MARKS,
    SHORTEST_CONTENT,
    SUBJECT_REACH,
    THAT_REACH,
    WORD,
    singular,
    space,
    stripped,
    trimmed,
)
from quotex.segment import Paragraphs

# How many words before a cue of ``unnamed_cues`` are read for a
# determiner that makes it a noun: "the final say that …".
DETERMINER_REACH = 2


def read_reports(
    text: str, paras: Paragraphs, spans: Sequence[Span], lexicon: Lexicon
) -> list[Report]:
    """Every report of speech in ``text``, in text order, outside the
    quotations ``spans`` (their content may hold some): one pass with the
    cue pattern, each cue read by the layouts of :data:`LAYOUTS` (or, for
    a language whose reports stand in a clause of their own, of
    :data:`~quotex.reported.sources.CLAUSE_LAYOUTS`) for what the pattern
    read it as, the first that fits deciding. A cue inside the
    content of the report read before it is part of that content ("X said
    polls show Y") and is not read, unless it opens a clause of its own
    joined by ", and", ", but" or ";" ("…, and Y said Z"): that content
    is then cut before the joint. A lexicon without reported-speech verbs
    (a language whose folder has none yet) reads none."""
    if not lexicon.reported:
        return []
    pats = reported_patterns(lexicon)
    doc = ReportText(text, paras, spans)
    reported = lexicon.reported
    clauses = pats.words.clauses
    table = CLAUSE_LAYOUTS if clauses else LAYOUTS
    found: list[Report] = []
    followed: list[Report] = []  # the sentences that go on with a report
    for m in _cues(text, paras, pats):
        cs = m.start()
        if doc.quoted(cs) or (followed and followed[-1].start <= cs < followed[-1].end):
            continue
        inside = bool(found) and found[-1].start <= cs < found[-1].end
        # a joint stands before the subject, within its reach of the cue
        joint_from = max(found[-1].start, cs - SUBJECT_REACH) if inside else cs
        if inside and (clauses or not pats.words.coordination.search(text, joint_from, cs)):
            continue  # in the content of the report before: "X said polls show Y"
        group = m.lastgroup or "verb"
        word = m.group()
        lower = word.lower()
        if group in ("verb", "opening", "headline"):
            lemma = reported.get(lower, lower)
        elif group == "noun":
            lemma = singular(lower, lexicon.reported_nouns, pats.words)
        else:
            lemma = lexicon.lemma(word) or lower
        cue = Cue(cs, m.end(), word, lemma, group, *doc.sentence(cs))
        if inside:
            # a clause of its own in the content before: "…, and Y said Z"
            found[-1:] = _coordinated(doc, found[-1], cue, pats) or found[-1:]
            continue
        for layout in table[group]:
            reports = layout(doc, cue, pats)
            if reports:
                found.extend(reports)
                if clauses:
                    followed.extend(continued(doc, reports[-1], pats))
                break
    return sorted(found + followed, key=lambda r: r.start) if followed else found


def _cues(text: str, paras: Paragraphs, pats: ReportedPatterns) -> Iterator[re.Match[str]]:
    """The cues of ``text`` in text order: the cue pattern's, and a name
    with a colon where one opens a paragraph."""
    lead = pats.colon
    leads = [] if lead is None else [m for s in paras.starts if (m := lead.match(text, s))]
    if not pats.words.clauses:
        leads = sorted([*leads, *headline_cues(text, paras, pats)], key=lambda m: m.start())
    k = 0
    for m in pats.cue.finditer(text):
        while k < len(leads) and leads[k].start() <= m.start():
            yield leads[k]
            k += 1
        yield m
    yield from leads[k:]


def _coordinated(doc: ReportText, report: Report, cue: Cue, pats: ReportedPatterns) -> Reports:
    """``report`` cut before a clause of its own that ``cue`` opens inside
    its content ("Most said they were worried, and four in 10 said Trump
    would handle it best"), and the clause's report; none when the cue is
    part of the content."""
    if cue.group != "verb":
        return ()
    found = before(doc, cue, pats)
    if not found or found[0].mention is None:
        return ()
    text, start, subject_at = doc.text, report.start, found[0].mention[0]
    joints = list(pats.words.coordination.finditer(text, start, subject_at))
    if not joints or joints[-1].end() != subject_at:
        return ()  # the subject does not open the joined clause
    end = joints[-1].start()
    while end > start and text[end - 1] in " \t\n\r,.;:":
        end -= 1
    if end - start < SHORTEST_CONTENT:
        return ()
    return report._replace(end=end), found[0]


def according_to(doc: ReportText, cue: Cue, pats: ReportedPatterns) -> Reports:
    """``According to X, content.`` and ``content, according to X.``"""
    text, s0, s1 = doc.text, cue.s0, cue.s1
    comma = text.find(",", cue.end, s1)
    source = trimmed(text, *stripped(text, cue.end, comma if comma >= 0 else s1))
    mention = source if len(text[source[0] : source[1]].split()) <= ACCORDING_WORDS else None
    opening = text[s0 : cue.start].split()
    # "According to X, …", "But, according to X, …": the content follows
    if not opening or (len(opening) == 1 and opening[0].endswith(",")):
        if comma < 0:
            return ()
        return content("reported_according_to", doc, (comma + 1, s1), cue, mention, pats)
    before = cue.start
    while before > s0 and text[before - 1].isspace():
        before -= 1
    if text[before - 1 : before] != ",":
        return ()
    return content(
        "reported_according_to", doc, (s0, before - 1), cue, mention, pats, follows=False
    )


def before(doc: ReportText, cue: Cue, pats: ReportedPatterns) -> Reports:
    """``Trump said (that) the system is rigged.``: the subject before the
    cue, the content after it, to the sentence's end."""
    start = _content_start(doc, cue, pats)
    if start is None or _inverted_frame(doc, cue, pats):
        return ()
    found = subject_and_end(doc, cue, pats)
    if found is None:
        found = _unnamed(doc, cue, start, pats)
    if found is None or start >= found[1] or _naming(doc.text, found[0], start, cue, pats):
        return ()
    return content("reported_before", doc, (start, found[1]), cue, found[0], pats)


def _unnamed(
    doc: ReportText, cue: Cue, start: int, pats: ReportedPatterns
) -> tuple[Mention | None, int] | None:
    """The subject and end of the content of a cue of ``unnamed_cues``
    whose subject no grammar reads ("Democrats trying to regain control
    of the Senate say they …"), when a clause follows it, opened by
    "that" or a subject pronoun: the subject of the cue's clause, maybe
    none, and the sentence's end; ``None`` for a cue after a determiner,
    in a hypothetical, or framing a quotation."""
    text, words = doc.text, pats.words
    if cue.lemma not in words.unnamed_cues:
        return None
    if pats.that.match(text, start) is None and words.subject_pronoun.match(text, start) is None:
        return None
    before = text[cue.s0 : cue.start].split()
    if not before or any(w.lower() in words.determiners for w in before[-DETERMINER_REACH:]):
        return None  # "the final say that …": a noun
    if any(w.lower() in words.blockers for w in before) or doc.frames_quotation(
        cue.start - len(", ")
    ):
        return None
    return raised_subject(doc, cue, pats), cue.s1


def _inverted_frame(doc: ReportText, cue: Cue, pats: ReportedPatterns) -> bool:
    """Whether a cue right after a comma or a closing mark, no participle,
    has its speaker after it ("…,” said Tommy Vietor.", "…, said another
    voter, Ana Ruiz."): a frame whose content stands before it, which
    reports nothing after it."""
    text = doc.text
    before = text[cue.s0 : cue.start].rstrip()
    if not before.endswith((",", *CLOSING_MARKS)) or cue.word.endswith(
        pats.words.participle_endings
    ):
        return False
    found = inverted(text, cue.end, cue.s1, pats)
    if found is None:
        return False
    comma = text.find(",", cue.end, cue.s1)
    rest = text[found[1] : comma if comma >= 0 else cue.s1]
    named = pats.frames.name.fullmatch(text, *found[0]) is not None
    return named and not rest.strip(" .!?") and not text[cue.end : found[0][0]].strip()


def _naming(
    text: str, mention: Mention | None, start: int, cue: Cue, pats: ReportedPatterns
) -> bool:
    """Whether a cue of ``naming_cues`` after an indefinite noun names a
    thing before a capitalised name: "a group called Black Votes
    Matter"."""
    words = pats.words
    if (
        mention is None
        or cue.lemma not in words.naming_cues
        or not text[start : start + 1].isupper()
    ):
        return False
    return text[mention[0] : mention[1]].split()[0].lower() in words.indefinites


def nominal(doc: ReportText, cue: Cue, pats: ReportedPatterns) -> Reports:
    """``the claim that …``, ``Trump's view that …``."""
    text, s0, s1 = doc.text, cue.s0, cue.s1
    if cue.group != "noun" and not _noun_of_verb(text, cue, pats):
        return ()
    that = pats.that.search(text, cue.end, s1)
    if that is None:
        return ()
    owner = pats.possessive.match(text, max(s0, cue.start - SUBJECT_REACH), cue.start)
    mention: Mention | None
    if owner is not None:
        mention = owner.span("speaker" if owner.start("speaker") >= 0 else "pronoun")
    else:  # "Democrats persisted in arguments that …": the clause's subject
        mention = clause_subject(doc, s0, cue.start, pats)
    if cue.group == "verb":
        noun = singular(cue.word.lower(), pats.frames.lexicon.reported_nouns, pats.words)
        cue = cue._replace(lemma=noun)
    return content("reported_nominal", doc, (that.start(), s1), cue, mention, pats)


def opening(doc: ReportText, cue: Cue, pats: ReportedPatterns) -> Reports:
    """``Asked about the budget, Okafor said …``: a participle opening its
    sentence reports what follows it up to a comma (or the closing mark of
    a quotation the comma ends); the subject after the comma said it."""
    text, s0, s1 = doc.text, cue.s0, cue.s1
    if text[s0 : cue.start].strip(OPENING_MARKS) and not _asked_when(doc, cue, pats):
        return ()  # not at the sentence's start
    end = _clause_end(doc, cue.end, s1)
    if end is None:
        return ()
    start = cue.end + space(text, cue.end)
    first = WORD.match(text, start)
    if first is not None and first.group().lower() in pats.words.topic_prepositions:
        start = first.end()  # "about" belongs to the frame
    # the speaker is the subject of the cue after the comma: "…, Okafor said"
    verb = pats.cue.search(text, end, s1)
    mention = None
    if verb is not None and verb.lastgroup == "verb":
        word = verb.group()
        lemma = pats.frames.lexicon.reported.get(word.lower(), word)
        said = Cue(verb.start(), verb.end(), word, lemma, "verb", end + 1, s1)
        mention = subject(doc, said, pats)
    return content("reported_opening", doc, (start, end), cue, mention, pats, follows=False)


def _asked_when(doc: ReportText, cue: Cue, pats: ReportedPatterns) -> bool:
    """Whether a participle of ``opening_participles`` stands after a
    subordinator that opens its sentence or follows a comma ("When asked
    about it, …", "…, when asked whether …")."""
    if cue.group != "verb":
        return False
    lead = doc.text[cue.s0 : cue.start].split()
    if not lead or lead[-1].lower() not in pats.words.subordinators:
        return False
    if len(lead) > 1 and not lead[-2].endswith(","):
        return False
    titled = pats.cue.fullmatch(cue.word[:1].upper() + cue.word[1:])
    return titled is not None and titled.lastgroup == "opening"


def colon(doc: ReportText, cue: Cue, pats: ReportedPatterns) -> Reports:
    """``Mike Pence: Trump was mocking the Clinton camp``: a name and a
    colon at a line's start, in a headline or a transcript, report the
    rest of the paragraph."""
    text, words = doc.text, pats.words
    name_end = cue.end - 1
    if text[cue.start : name_end].lower() in words.colon_headings:
        return ()  # "Correction:", "Source:"
    if pats.frames.name.fullmatch(text, cue.start, name_end) is None:
        return ()
    end = doc.paras.ends[doc.paras.index(cue.start)]
    if len([w for w in WORD.findall(text, cue.end, end) if not w.isdigit()]) < COLON_WORDS:
        return ()  # "Clinton: 2,316."
    speaker = (cue.start, name_end)
    cue = cue._replace(start=name_end, lemma=":")
    return content("reported_colon", doc, (cue.end, end), cue, speaker, pats, follows=False)


def _clause_end(doc: ReportText, start: int, s1: int) -> int | None:
    """The first comma from ``start`` outside a quotation, or the closing
    mark of a quotation that a comma ends ('Asked whether he “would
    serve,” 75 percent …'); ``None`` when the sentence has none."""
    text = doc.text
    comma = text.find(",", start, s1)
    while comma >= 0:
        close = doc.holding(comma)
        if close is None:
            return comma
        if not text[comma + 1 : close - 1].strip():
            return close
        comma = text.find(",", close, s1)
    return None


def _content_start(doc: ReportText, cue: Cue, pats: ReportedPatterns) -> int | None:
    """Where the content after a cue starts: at "that" when it comes within
    reach, else after the one told; ``None`` when the words after the cue
    go on with its own clause."""
    text, ce, s1, words = doc.text, cue.end, cue.s1, pats.words
    start = ce
    that = pats.that.search(text, ce, min(s1, ce + THAT_REACH))
    if that is not None and doc.quoted(that.start()):
        that = None  # "want “that crap”": a quotation's word
    if that is not None and _opens_content(text[ce : that.start()]):
        start = that.start()
    elif cue.lemma in words.clause_cues:
        return None  # "maintained a lead", "answered the door"
    elif cue.lemma in words.recipient_verbs:
        told = pats.recipient.match(text, ce, s1)
        if told is not None:
            start = told.end()
    start += space(text, start)
    first = WORD.match(text, start)
    while first is not None and first.group().lower() in words.cue_adverbs:
        start = first.end() + space(text, first.end())  # "said Thursday his …"
        first = WORD.match(text, start)
    if start >= s1 or text[start] in NO_CONTENT:
        return None
    if first is not None and first.group().lower() in words.cue_prepositions:
        return first.end() + space(text, first.end())  # "complained about the mic"
    if first is not None and first.group().lower() in words.content_stops:
        # "wrote in both listings he was …", "told the crowd at a rally
        # that …": the clause after the adverbial
        reach = min(s1, start + ADVERBIAL_REACH)
        subject = pats.that.search(text, start, reach) or words.subject_pronoun.search(
            text, start, reach
        )
        if subject is None or any(c in text[start : subject.start()] for c in ",.;:"):
            return None  # "said in a statement"
        return subject.start()
    if first is not None and first.group().lower() in words.verb_auxiliaries:
        return None  # "that he argued was …": a relative clause, not "shows only …"
    if first is not None and first.group().lower() in words.verb_particles:
        return None  # "showed up at the rally": a phrasal verb
    return start


def _opens_content(between: str) -> bool:
    """Whether "that" after the words ``between`` it and a cue opens the
    cue's content: no punctuation between them, or an aside set off by
    commas ("now says, however, that …", "said, twice, that …")."""
    if not any(c in between for c in ",.;:"):
        return True
    return (
        between.startswith(",")
        and between.rstrip().endswith(",")
        and not any(c in between for c in ".;:")
    )


def _noun_of_verb(text: str, cue: Cue, pats: ReportedPatterns) -> bool:
    """Whether a cue read as a verb is a cue noun before "that", after a
    determiner or a possessive: "The claim that …", "her view that …"."""
    nouns = pats.frames.lexicon.reported_nouns
    if singular(cue.word.lower(), nouns, pats.words) not in nouns:
        return False
    if pats.that.match(text, cue.end + space(text, cue.end)) is None:
        return False
    words = text[max(0, cue.start - NOUN_REACH) : cue.start].split()
    return bool(words) and (
        words[-1].lower() in pats.words.determiners or words[-1].endswith(pats.words.possessive)
    )


Layout = Callable[[ReportText, Cue, ReportedPatterns], Reports]

LAYOUTS: Mapping[str, tuple[Layout, ...]] = {
    "phrase": (according_to,),
    "noun": (nominal,),
    "verb": (raising, passive, relative, after, before, nominal, opening),
    "opening": (opening,),
    "colon": (colon,),
    "headline": (headline,),
}
"""The layouts a cue is read by, for what the cue pattern read it as
(a reporting phrase, a noun before "that", a verb, a participle opening a
sentence, a name and a colon opening a paragraph), in the order tried."""
