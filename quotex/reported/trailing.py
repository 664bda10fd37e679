"""The layout of a content before its frame: ``content, he said.``,
``content, said Smith.``, and a frame set off as an aside that splits its
content in two (``In the long run, he said, the plan would pay``)."""

from __future__ import annotations

from quotex.frames import gap_subject
from quotex.lexicon import word_list
from quotex.reported.contents import content
from quotex.reported.patterns import ReportedPatterns
from quotex.reported.split import agent_after
from quotex.reported.subjects import Mention, inverted, plain_subject
from quotex.reported.text import Cue, Reports, ReportText
from quotex.reported.words import (
    SUBJECT_REACH,
    SUBJECT_WORDS,
    TAIL_REACH,
    WORD,
    space,
)


def after(doc: ReportText, cue: Cue, pats: ReportedPatterns) -> Reports:
    """``content, he said.`` and ``content, said Smith.``: the frame ends
    its sentence, or sets off an aside (``content, he said, more``), after
    a comma."""
    text, cs, s0, s1 = doc.text, cue.start, cue.s0, cue.s1
    if cue.word.endswith(pats.words.participle_endings):
        return ()  # a participle opens its content: "…, saying …"
    if cue.lemma in pats.words.object_cues:
        return ()  # "…, she questioned the figures": no frame
    comma = text.rfind(",", max(s0, cs - SUBJECT_REACH), cs)
    while comma > s0 and text[comma + 1 : comma + 2].isdigit():
        # a comma of a number sets off no frame: "the 50,000 officials estimated"
        comma = text.rfind(",", max(s0, cs - SUBJECT_REACH), comma)
    if comma < 0 or text.count(" ", comma, cs) > SUBJECT_WORDS or not text[s0:comma].strip():
        return ()  # no comma, or a clause of its own between it and the cue
    if _owned(text, comma, cs, pats):
        return ()  # "…, Bush pinned his hopes on …": a noun
    quoted = doc.holding(comma)
    comma = quoted or comma  # '… acted sooner,” said Ralf Jäger'
    frames = pats.frames
    if _ends_frame(text, cue.end, s1, cue.lemma in pats.words.recipient_verbs, pats):
        # "…, the company said."
        mention = plain_subject(text, comma + 1, cs, pats.words) or gap_subject(
            frames, text, comma, cs
        )
        if mention is None:
            return ()
        by = pats.words.agent.match(text, cue.end)
        if by is not None:
            # "…, as first reported by the Times.": the agent said it
            mention = agent_after(text, by.end(), s1, pats.words) or mention
        frame_end = cue.end
    else:
        # "…, said Smith."
        if frames.lead.fullmatch(text, comma, cs) is None:
            return ()
        found = inverted(text, cue.end, s1, pats)
        if found is None or not _ends_frame(text, found[1], s1, False, pats):
            return ()
        mention, frame_end = found
        named = frames.subject_before.match(text, max(s0, cs - SUBJECT_REACH), cs)
        if named is not None and named.start("appositive") >= 0:
            return ()  # "Axelrod, a former newspaperman, defended …"
    opener = pats.cue.match(text, s0 + space(text, s0))
    if opener is not None and opener.lastgroup == "opening":
        return ()  # "Asked about it, the mayor declined.": the participle's report
    if _quotation_follows(doc, frame_end):
        return ()  # "As a phone rang, the announcer said, “It’s 3 a.m.”": its quotation
    lead = content("reported_after", doc, (s0, comma), cue, mention, pats, follows=False)
    if quoted is not None or frame_end != cue.end:
        # '“…,” he said, when …': what follows goes on with the frame;
        # "…, said Smith, an economist"
        return lead
    rest = _rest(doc, cue, mention, pats)
    if rest and not lead and text[s0:comma].strip().lower() not in pats.words.clause_starters:
        # "Now, he said, the plan is dead": a word or two before the aside
        # is a part of the content too (not "But, he said, …")
        lead = content("reported_after", doc, (s0, comma), cue, mention, pats, False, 1)
    return lead + rest


def _owned(text: str, start: int, cs: int, pats: ReportedPatterns) -> bool:
    """Whether the word before the cue, after ``start``, is a possessive
    ("pinned his hopes", "Trump's claim"): the cue is a noun, no verb of
    a frame; not a pronoun with a contracted verb ("he's")."""
    before = text[start:cs].rsplit(None, 1)
    if not before:
        return False
    last = before[-1]
    lexicon = pats.frames.lexicon
    if last.lower() in word_list("reported_possessives.txt", lexicon.lang):
        return True
    ending = next((e for e in pats.words.possessive if last.endswith(e)), None)
    return ending is not None and last[: -len(ending)].lower() not in lexicon.pronouns


def _rest(doc: ReportText, cue: Cue, mention: Mention | None, pats: ReportedPatterns) -> Reports:
    """The part of a content after its frame, set off as an aside: "In a
    merger, he said, the brand would survive"; none when a break other
    than an article follows the aside's comma ("…, he said, adding …")."""
    text = doc.text
    aside = text.find(",", cue.end, cue.s1)
    if aside < 0:
        return ()
    first = WORD.match(text, aside + 1 + space(text, aside + 1))
    article = first is not None and first.group().lower() in pats.words.indefinites
    if pats.words.content_break.match(text, aside) and not article:
        return ()  # ", adding …", not "…, he said, a number of …"
    return content("reported_after", doc, (aside + 1, cue.s1), cue, mention, pats, follows=False)


def _quotation_follows(doc: ReportText, pos: int) -> bool:
    """Whether a quotation opens right after ``pos``, past a comma or colon
    and space: the frame ending at ``pos`` introduces it."""
    text = doc.text
    while pos < len(text) and (text[pos].isspace() or text[pos] in ",:"):
        pos += 1
    return doc.next_opening(pos, pos + 1) == pos


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
    first = WORD.search(tail)
    if first is None:
        return True
    if len(tail) > TAIL_REACH or pats.that.search(tail):
        return False
    return first.group().lower() in pats.words.content_stops
