"""Stage 4b: decide each quotation's kind and speaker, by named rules.

Rules, in the order they are tried (each can be switched off by name):

Frames read next to the quotation (see :mod:`quotex.frames`):
``cue_after``, ``according_to``, ``signature``, ``cue_before``, ``colon``
    the speaker is the frame's mention, resolved (a name to its fullest form,
    a pronoun to the nearest person of its gender).
``chained_cue``
    the speaker of the quotation before, in the same paragraph.

Quotations without a frame:
``same_paragraph``
    another quotation of the paragraph has a speaker: the nearest one's.
``paragraph_subject``
    the paragraph's narration names one person ("Emma smiled. “Oh, yes.”").
``vocative``
    the turn before addressed someone by name ("Thank you, Dr. Aziz"): the
    one addressed answers.
``dialogue_turn``
    two people have been talking in turns: the one who did not speak last.
``continuing_paragraph``
    the paragraph before ended with a quotation: its speaker goes on.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from quotex.frames import Frame, read_after, read_before
from quotex.lexicon import Lexicon
from quotex.marks import Span
from quotex.names import Cast, Mention, analyse, compatible
from quotex.segment import Paragraphs, sentence_start
from quotex.types import QuoteKind

FRAME_RULES = ("cue_after", "according_to", "signature", "cue_before", "colon", "chained_cue")
CONTEXT_RULES = (
    "same_paragraph",
    "paragraph_subject",
    "vocative",
    "dialogue_turn",
    "continuing_paragraph",
)
RULES: tuple[str, ...] = FRAME_RULES + CONTEXT_RULES
"""Every attribution rule, in the order quotex tries them."""

# A turn more than this many paragraphs after the last one starts a new
# conversation.
_TURN_GAP = 3
# An unattributed woven quotation this short is a scare quote or a title.
_SCARE_WORDS = 3


@attrs.define
class Attribution:
    """What quotex decided for one quotation (mutable while rules run)."""

    span: Span
    kind: QuoteKind = "direct"
    speaker: str | None = None
    core: tuple[str, ...] = ()
    gender: str = "-"
    mention: tuple[int, int] | None = None
    cue: tuple[int, int] | None = None
    lemma: str | None = None
    rule: str | None = None
    framed: bool = False
    scare: bool = False


class Attributor:
    """Runs the rules over one document's quotations."""

    def __init__(
        self,
        text: str,
        paras: Paragraphs,
        spans: list[Span],
        lexicon: Lexicon,
        rules: Iterable[str] = RULES,
    ) -> None:
        self.text = text
        self.paras = paras
        self.spans = spans
        self.lexicon = lexicon
        self.rules = frozenset(rules)
        self.cast = Cast(text, lexicon, [(s.open_at, s.close_at) for s in spans])
        self.out = [Attribution(s) for s in spans]
        self._history: list[Attribution] = []

    # -- the passes ---------------------------------------------------------

    def run(self) -> list[Attribution]:
        for i in range(len(self.spans)):
            self._frame(i)
        if "same_paragraph" in self.rules:
            self._same_paragraph()
        self._turns()
        return self.out

    def _frame(self, i: int) -> None:
        text, span, att = self.text, self.spans[i], self.out[i]
        p = span.paragraph
        para_start = self.paras.starts[p]
        prev = self.spans[i - 1] if i else None
        floor = prev.close_at if prev is not None and prev.last_paragraph == p else para_start
        floor = max(floor, sentence_start(text, span.open_at, floor))
        nxt = self.spans[i + 1] if i + 1 < len(self.spans) else None
        limit = self.paras.ends[span.last_paragraph]
        if nxt is not None and nxt.paragraph == span.last_paragraph:
            limit = min(limit, nxt.open_at)

        before = read_before(text, span, floor, self.lexicon)
        after = read_after(text, span, limit, self.lexicon)
        if after is not None and nxt is not None and self._introduces_next(span, after, nxt):
            after = None
        att.kind = self._kind(span, floor, before)

        tight = before is not None and before.rule != "chained_cue" and _ends_tight(
            text, before, span
        )
        order = (before, after) if tight else (after, before)
        for frame in order:
            if frame is not None and frame.rule in self.rules and self._apply(att, frame, i):
                att.framed = True
                break
        if att.kind == "mixed" and not att.framed and _is_scare(span, text):
            att.scare = True

    def _introduces_next(self, span: Span, frame: Frame, nxt: Span) -> bool:
        """A frame after a finished sentence that leads into the next quotation
        belongs to that one: ``"A." He added, "B."``."""
        inner = self.text[span.start : span.end].rstrip()
        if not inner or inner[-1] not in ".!?…":
            return False
        end = frame.cue[1] if frame.cue else (frame.mention[1] if frame.mention else span.close_at)
        return self.text[end : nxt.open_at].strip(" \t\n,:") == ""

    def _kind(self, span: Span, floor: int, before: Frame | None) -> QuoteKind:
        text = self.text
        inner = text[span.start : span.end]
        first = next((ch for ch in inner if ch.isalnum()), "")
        lead = text[floor : span.open_at].rstrip()
        last = lead[-1:] if lead else ""
        if not lead or last in ",:;—–-([" or last in "”\"’'»“":
            woven = False
        elif before is not None and before.cue is not None:
            tail = text[before.cue[1] : span.open_at]
            woven = len(tail.split()) > 3
        else:
            woven = True
        if first.islower() and lead:
            woven = True
        return "mixed" if woven else "direct"

    def _apply(self, att: Attribution, frame: Frame, i: int) -> bool:
        if frame.rule == "chained_cue":
            prev = self._previous_in_paragraph(i)
            if prev is None or prev.speaker is None and prev.mention is None:
                return False
            att.speaker, att.core, att.gender = prev.speaker, prev.core, prev.gender
            att.mention = prev.mention
            att.cue, att.lemma, att.rule = frame.cue, frame.lemma, frame.rule
            return True
        assert frame.mention is not None
        mention = analyse(self.text, frame.mention[0], frame.mention[1], self.lexicon)
        if mention is None:
            return False
        att.mention = (mention.start, mention.end)
        att.cue, att.lemma, att.rule = frame.cue, frame.lemma, frame.rule
        self._resolve(att, mention)
        return True

    def _previous_in_paragraph(self, i: int) -> Attribution | None:
        if i == 0:
            return None
        prev = self.out[i - 1]
        if prev.span.last_paragraph != self.spans[i].paragraph:
            return None
        return prev

    # -- resolution ---------------------------------------------------------

    def _resolve(self, att: Attribution, mention: Mention) -> None:
        if mention.kind == "name":
            core = self.cast.fullest(mention)
            self._set(att, core, mention.honorific if core == mention.core else "", mention.gender)
            return
        if mention.kind == "pronoun":
            if mention.gender not in ("m", "f"):
                return
            found = self._antecedent(mention.start, mention.gender)
            if found is not None:
                self._set(att, *found)
            return
        # nominal
        if mention.head == "other":
            other = self._other_speaker(att)
            if other is not None:
                self._set(att, other.core, _honorific_of(other), other.gender)
            return
        if mention.definite and mention.head and mention.text.split()[0].lower() == "the":
            found = self._antecedent(mention.start, mention.gender)
            if found is not None:
                self._set(att, *found)

    def _antecedent(self, pos: int, gender: str) -> tuple[tuple[str, ...], str, str] | None:
        cand = self.cast.antecedent(pos, gender)
        if cand is not None:
            core = self.cast.fullest(cand)
            return core, cand.honorific if core == cand.core else "", cand.gender
        for old in reversed(self._history[-8:]):
            if old.core and compatible(old.gender, gender):
                return old.core, _honorific_of(old), old.gender
        return None

    def _other_speaker(self, att: Attribution) -> Attribution | None:
        last = None
        for old in reversed(self._history[-6:]):
            if old is att or not old.core:
                continue
            if last is None:
                last = old
            elif old.core != last.core:
                return old
        return None

    def _set(self, att: Attribution, core: tuple[str, ...], honorific: str, gender: str) -> None:
        if not core:
            return
        att.core = core
        att.gender = gender if gender != "-" else self.cast.gender_of(core)
        att.speaker = f"{honorific} {' '.join(core)}" if honorific else " ".join(core)
        self.cast.add_speaker(core, att.gender)
        self._history.append(att)

    # -- quotations without a frame -------------------------------------------

    def _same_paragraph(self) -> None:
        by_para: dict[int, list[Attribution]] = {}
        for att in self.out:
            by_para.setdefault(att.span.paragraph, []).append(att)
        for group in by_para.values():
            framed = [a for a in group if a.speaker is not None]
            if not framed or len(framed) == len(group):
                continue
            for att in group:
                if att.speaker is None and att.mention is None:
                    near = min(
                        framed,
                        key=lambda a: (abs(a.span.start - att.span.start), a.span.start > att.span.start),
                    )
                    att.speaker, att.core, att.gender = near.speaker, near.core, near.gender
                    att.mention, att.rule = near.mention, "same_paragraph"

    def _turns(self) -> None:
        """Attribute whole paragraphs of unframed quotations, in text order."""
        turns: list[tuple[int, Attribution]] = []  # (paragraph, attribution) per turn
        i = 0
        n = len(self.out)
        while i < n:
            p = self.out[i].span.paragraph
            j = i
            while j < n and self.out[j].span.paragraph == p:
                j += 1
            group = self.out[i:j]
            i = j
            real = [a for a in group if not a.scare]
            if not real:
                continue
            if all(a.speaker is None and a.mention is None for a in real):
                self._unframed(p, real, turns)
            head = next((a for a in real if a.core), None)
            if head is not None:
                turns.append((p, head))

    def _unframed(self, p: int, group: list[Attribution], turns: list[tuple[int, Attribution]]) -> None:
        recent = [t for t in turns if p - t[0] <= _TURN_GAP]
        choice: tuple[tuple[str, ...], str, str] | None = None
        rule = None
        mention_span = None
        if "paragraph_subject" in self.rules:
            found = self._paragraph_subject(p, group)
            if found is not None:
                cand, choice = found
                rule, mention_span = "paragraph_subject", (cand.start, cand.end)
        if choice is None and recent and "vocative" in self.rules:
            last = recent[-1][1]
            voc = self._vocative(last)
            if voc is not None and voc[0] != last.core:
                choice, rule = voc, "vocative"
        if choice is None and len(recent) >= 2 and "dialogue_turn" in self.rules:
            last, before = recent[-1][1], recent[-2][1]
            if last.core != before.core and recent[-1][0] == p - 1 or recent[-1][0] == p - 2:
                if last.core != before.core:
                    choice, rule = (before.core, _honorific_of(before), before.gender), "dialogue_turn"
        if choice is None and recent and "continuing_paragraph" in self.rules:
            last = recent[-1][1]
            if recent[-1][0] == p - 1:
                choice, rule = (last.core, _honorific_of(last), last.gender), "continuing_paragraph"
        if choice is None:
            return
        for att in group:
            att.mention = mention_span
            self._set(att, *choice)
            att.rule = rule

    def _paragraph_subject(
        self, p: int, group: list[Attribution]
    ) -> tuple[Mention, tuple[tuple[str, ...], str, str]] | None:
        """The one person the narration of paragraph p names, if any."""
        start, end = self.paras.starts[p], self.paras.ends[group[-1].span.last_paragraph]
        found: list[Mention] = []
        for m in self.lexicon.patterns.name.finditer(self.text, start, end):
            if self.cast.inside_quote(m.start()):
                continue
            cand = analyse(self.text, m.start(), m.end(), self.lexicon)
            if cand is not None and cand.kind == "name" and self.cast.person_like(cand):
                found.append(cand)
        if not found:
            return None
        cores = {self.cast.fullest(c) for c in found}
        if len(cores) != 1:
            return None
        cand = found[0]
        core = cores.pop()
        return cand, (core, cand.honorific if core == cand.core else "", cand.gender)

    def _vocative(self, att: Attribution) -> tuple[tuple[str, ...], str, str] | None:
        span = att.span
        pats = self.lexicon.patterns
        for m in (
            pats.vocative_first.match(self.text, span.start, span.end),
            pats.vocative_last.search(self.text, max(span.start, span.end - 60), span.end),
        ):
            if m is None:
                continue
            cand = analyse(self.text, *m.span("speaker"), self.lexicon)
            if cand is not None and cand.kind == "name" and self.cast.person_like(cand):
                core = self.cast.fullest(cand)
                return core, cand.honorific if core == cand.core else "", cand.gender
        return None


def _honorific_of(att: Attribution) -> str:
    if att.speaker and att.core and att.speaker != " ".join(att.core):
        return att.speaker.split(" ", 1)[0]
    return ""


def _ends_tight(text: str, frame: Frame, span: Span) -> bool:
    """Whether a frame before a quotation leads straight into it ("said: “")."""
    end = frame.cue[1] if frame.cue else (frame.mention[1] if frame.mention else span.open_at)
    tail = text[end : span.open_at]
    return len(tail) <= 40 and tail.rstrip()[-1:] in (",", ":", "")


def _is_scare(span: Span, text: str) -> bool:
    inner = text[span.start : span.end]
    return len(inner.split()) <= _SCARE_WORDS and not any(ch in ".!?" for ch in inner)
