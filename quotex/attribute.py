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

import bisect
import re
from collections.abc import Iterable, Sequence

import attrs

from quotex.cast import Cast
from quotex.frames import Frame, read_after, read_before
from quotex.lexicon import Lexicon
from quotex.marks import Span
from quotex.mentions import Mention, compatible
from quotex.patterns import NOT_CONCURRENT
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
# Words a Title Case title leaves in lower case.
_TITLE_SMALL_WORDS = frozenset("a an the of to in on at for and or but by with from as vs".split())
# An unattributed woven quotation this short is a scare quote or a title.
_SCARE_WORDS = 3
# str.isalnum() as a pattern: word characters but the underscore.
_ALNUM = re.compile(r"[^\W_]")
# Punctuation no title holds; a quick test before splitting into words.
_TITLE_BREAK = re.compile(r"[.!?;:]")


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
    frames: Sequence[Frame] = ()  # read by _read_all, in the order they are tried


class Attributor:
    """Runs the rules over one document's quotations."""

    def __init__(
        self,
        text: str,
        paras: Paragraphs,
        spans: list[Span],
        lexicon: Lexicon,
        rules: Iterable[str] = RULES,
        full_names: bool = True,
    ) -> None:
        self.text = text
        self.paras = paras
        self.spans = spans
        self.lexicon = lexicon
        self.rules = frozenset(rules)
        self.full_names = full_names
        self.out = [Attribution(s) for s in spans]
        self._history: list[Attribution] = []

    # -- the passes ---------------------------------------------------------

    def run(self) -> list[Attribution]:
        """Attribute every quotation, paragraph by paragraph in text order, so
        that each rule sees the speakers decided before it."""
        turns: list[tuple[int, Attribution]] = []  # (paragraph, attribution) per turn
        groups: list[tuple[int, list[Attribution]]] = []
        self._read_all()
        self._dialogue = self._is_dialogue()
        quoted = [(s.open_at, s.close_at) for s in self.spans]
        self.cast = Cast(self.text, self.lexicon, quoted, dialogue=self._dialogue)
        out, decide = self.out, self._decide
        same_paragraph = "same_paragraph" in self.rules
        # plain loops, not any() or next() over a generator: this runs once
        # per quotation, and a generator costs more than the test it makes
        i, n = 0, len(out)
        while i < n:
            p = out[i].span.paragraph
            group: list[Attribution] = []
            told = False  # a quotation of the group has a speaker or mention
            while i < n and out[i].span.paragraph == p:
                att = out[i]
                decide(i)
                if not att.scare:
                    group.append(att)
                    if att.speaker is not None or att.mention is not None:
                        told = True
                i += 1
            if not group:
                continue
            if told:
                if same_paragraph:
                    self._same_paragraph(group)
            else:
                self._unframed(p, group, turns)
            for att in group:
                if att.core:
                    turns.append((p, att))
                    break
            groups.append((p, group))
        if self._dialogue and "dialogue_turn" in self.rules:
            self._rebalance(groups)
        return self.out

    def _rebalance(self, groups: list[tuple[int, list[Attribution]]]) -> None:
        """Settle the turns of each run of back-to-back quoted paragraphs from
        its nearest attributed turn, before or after: two people alternate,
        so an even distance is the same speaker and an odd one the other.

        Reading only backwards, one wrong turn would spoil every turn after
        it; an attributed turn further on fixes them.
        """
        starts = self.paras.starts
        run: list[tuple[int, list[Attribution]]] = []
        for p, group in [*groups, (-2, [])]:
            opens = bool(group) and self.text[starts[p] : group[0].span.open_at].strip() == ""
            if run and opens and p == run[-1][0] + 1:
                run.append((p, group))
                continue
            if len(run) >= 3:
                self._settle(run)
            run = [(p, group)] if opens else []

    def _settle(self, run: list[tuple[int, list[Attribution]]]) -> None:
        anchored = [
            i
            for i, (_, g) in enumerate(run)
            if g[0].core and g[0].rule not in ("dialogue_turn", "continuing_paragraph", "vocative")
        ]
        if not anchored:
            return
        for i, (_, group) in enumerate(run):
            if i in anchored or group[0].rule not in (
                "dialogue_turn",
                "continuing_paragraph",
                None,
            ):
                continue
            # a turn named outright anchors better than one read from "he said"
            j = min(
                anchored, key=lambda a: (abs(a - i) + 1.5 * self._weak_anchor(run[a][1][0]), a > i)
            )
            anchor = run[j][1][0]
            choice: tuple[tuple[str, ...], str, str] | None
            if (i - j) % 2 == 0:
                choice = (anchor.core, _honorific_of(anchor), anchor.gender)
            else:
                others = sorted(
                    (a for a in anchored if run[a][1][0].core != anchor.core),
                    key=lambda a: abs(a - j),
                )
                if others:
                    other = run[others[0]][1][0]
                    choice = (other.core, _honorific_of(other), other.gender)
                else:
                    choice = self._addressee(run, anchor)
                if choice is None:
                    continue
            for att in group:
                att.mention = None
                self._set(att, *choice)
                att.rule = "dialogue_turn"

    def _weak_anchor(self, att: Attribution) -> bool:
        if att.mention is None:
            return True
        return self.text[att.mention[0] : att.mention[1]].lower() in self.lexicon.pronouns

    def _addressee(
        self, run: list[tuple[int, list[Attribution]]], speaker: Attribution
    ) -> tuple[tuple[str, ...], str, str] | None:
        """Who ``speaker`` talks with in a run where nobody else is named by a
        frame: the name most often called out in the run's quotations."""
        counts: dict[tuple[str, ...], int] = {}
        found: dict[tuple[str, ...], tuple[tuple[str, ...], str, str]] = {}
        for _, group in run:
            for att in group:
                voc = self._vocative(att)
                if voc is not None and voc[0] != speaker.core:
                    counts[voc[0]] = counts.get(voc[0], 0) + 1
                    found[voc[0]] = voc
        if not counts:
            return None
        return found[max(counts, key=lambda k: counts[k])]

    def _is_dialogue(self) -> bool:
        """Whether the text reads as dialogue (fiction): several paragraphs
        that open with a quotation and have no frame at all. There an
        unattributed turn answers the last one; in news it goes on with the
        last speaker."""
        starts = self.paras.starts
        framed: set[int] = {a.span.paragraph for a in self.out if a.frames}
        opening = unframed = 0
        seen = -1
        for att in self.out:
            p = att.span.paragraph
            if p == seen:
                continue
            seen = p
            if self.text[starts[p] : att.span.open_at].strip() == "":
                opening += 1
                unframed += p not in framed
        return unframed >= 3 and unframed >= 0.2 * opening

    def _read_all(self) -> None:
        """Read the frames next to each quotation, and its kind."""
        # one loop over every quotation, its lookups local: it runs for
        # thousands of quotations in a long text
        text, spans, out = self.text, self.spans, self.out
        starts, ends = self.paras.starts, self.paras.ends
        lexicon, rules = self.lexicon, self.rules
        pats = lexicon.patterns
        n = len(spans)
        prev: Span | None = None
        for i in range(n):
            span = spans[i]
            att = out[i]
            start, end, open_at, _, _, _, p, last_p = span
            para_start = starts[p]
            floor = prev.close_at if prev is not None and prev.last_paragraph == p else para_start
            if floor < open_at:  # else the quotation opens its paragraph
                found = sentence_start(text, open_at, floor)
                if found > floor:
                    floor = found
            if floor == para_start and p > 0 and (prev is None or prev.last_paragraph < p - 1):
                # a quotation set out in its own paragraph after "…, said:"
                prev_end = ends[p - 1]
                if text[prev_end - 1 : prev_end] in (":", ","):
                    floor = sentence_start(text, prev_end, starts[p - 1])
            nxt = spans[i + 1] if i + 1 < n else None
            limit = ends[last_p]
            if nxt is not None and nxt.paragraph == last_p and nxt.open_at < limit:
                limit = nxt.open_at
            prev = span

            before = read_before(text, span, floor, pats)
            after = read_after(text, span, limit, pats)
            if after is not None and nxt is not None and self._introduces_next(span, after, nxt):
                after = None
            att.kind = self._kind(span, floor, before)

            # the frames in the order they are tried: a frame before that
            # leads straight into the quotation first
            first: Frame | None
            second: Frame | None
            if (
                before is not None
                and before.rule != "chained_cue"
                and _ends_tight(text, before, span)
            ):
                first, second = before, after
            else:
                first, second = after, before
            if first is not None and first.rule in rules:
                att.frames = (
                    (first, second) if second is not None and second.rule in rules else (first,)
                )
            elif second is not None and second.rule in rules:
                att.frames = (second,)
            if (
                text[end - 1] not in ".!?;:"  # the commonest break, seen at once
                and _is_title(text[start:end])  # reads eight words at most
                and _TITLE_BREAK.search(text, start, end) is None  # reads them all
            ):
                # a Title Case run is a title ("She read “Pride and Prejudice”")
                # unless a frame sets it off as speech: "…," he said / said: "…"
                set_off = after is not None or (
                    before is not None
                    and text[max(0, open_at - 40) : open_at].rstrip()[-1:] in (",", ":")
                )
                if not set_off:
                    att.scare = True
                    att.kind = "mixed"
                    att.frames = ()

    def _decide(self, i: int) -> None:
        att = self.out[i]
        for frame in att.frames:
            if self._apply(att, frame, i):
                att.framed = True
                break
        if att.kind == "mixed" and not att.framed and _is_scare(att.span, self.text):
            att.scare = True

    def _introduces_next(self, span: Span, frame: Frame, nxt: Span) -> bool:
        """A frame after a finished sentence that leads into the next quotation
        belongs to that one: ``"A." He added, "B."``."""
        # a span ends on no space (marks.find_spans trims it): its last
        # character is the last of the words
        if self.text[span.end - 1] not in ".!?…":
            return False
        end = frame.cue[1] if frame.cue else (frame.mention[1] if frame.mention else span.close_at)
        return self.text[end : nxt.open_at].strip(" \t\n,:") == ""

    def _kind(self, span: Span, floor: int, before: Frame | None) -> QuoteKind:
        text = self.text
        # the last character before the mark that is no space, if any since
        # floor: as text[floor:open_at].rstrip()[-1:], without the copy
        k = span.open_at
        while k > floor and text[k - 1].isspace():
            k -= 1
        lead = k > floor
        last = text[k - 1] if lead else ""
        if not lead or last in ",:;—–-([" or last in "”\"’'»“":
            woven = False
        elif before is not None and before.cue is not None:
            tail = text[before.cue[1] : span.open_at]
            woven = len(tail.split()) > 2
        else:
            woven = True
        if not woven and lead and last not in ",:;—–-":
            # a quotation that opens in lower case goes on the narrator's sentence
            first = _ALNUM.search(text, span.start, span.end)
            woven = first is not None and first.group().islower()
        return "mixed" if woven else "direct"

    def _apply(self, att: Attribution, frame: Frame, i: int) -> bool:
        if frame.rule == "chained_cue":
            prev = self._previous_in_paragraph(i)
            if prev is None or (prev.speaker is None and prev.mention is None):
                return False
            att.speaker, att.core, att.gender = prev.speaker, prev.core, prev.gender
            att.mention = prev.mention
            att.cue, att.lemma, att.rule = frame.cue, frame.lemma, frame.rule
            return True
        assert frame.mention is not None
        mention = self.cast.mention_at(*frame.mention)
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
            core = self._canonical(mention)
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
        if mention.text.split()[0].lower() != "the":
            return
        if mention.head and mention.gender in ("m", "f"):
            found = self._antecedent(mention.start, mention.gender)
            if found is not None:
                self._set(att, *found)
                return
        # "the company", "the email": no person to find, the description stands
        att.speaker = mention.text

    def _canonical(self, mention: Mention) -> tuple[str, ...]:
        return self.cast.fullest(mention) if self.full_names else mention.core

    def _antecedent(self, pos: int, gender: str) -> tuple[tuple[str, ...], str, str] | None:
        cand = self.cast.antecedent(pos, gender)
        if cand is not None and self.paras.index(cand.start) < self.paras.index(pos) - 1:
            # named two paragraphs back or more: in a conversation, the one
            # talker of that gender is the likelier "he"
            talker = self._talker(gender)
            if talker is not None:
                return talker.core, _honorific_of(talker), talker.gender
        if cand is not None:
            core = self._canonical(cand)
            return core, cand.honorific if core == cand.core else "", cand.gender
        for old in reversed(self._history[-8:]):
            if old.core and compatible(old.gender, gender):
                return old.core, _honorific_of(old), old.gender
        return None

    def _talker(self, gender: str) -> Attribution | None:
        """The only one of the last two people talking whose gender is known
        to be ``gender``."""
        people: list[Attribution] = []
        for old in reversed(self._history[-6:]):
            if old.core and all(p.core != old.core for p in people):
                people.append(old)
                if len(people) == 2:
                    break
        fits = [p for p in people if p.gender == gender]
        return fits[0] if len(fits) == 1 and len(people) == 2 else None

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

    def _same_paragraph(self, group: list[Attribution]) -> None:
        if len(group) == 1:
            return  # its one quotation has a speaker or a mention already
        framed = [a for a in group if a.speaker is not None]
        if not framed:
            return
        starts = [a.span.start for a in framed]  # in text order already
        for att in group:
            if att.speaker is None and att.mention is None:
                # the nearest attributed quotation, the earlier one on a tie
                k = bisect.bisect_left(starts, att.span.start)
                options = [framed[x] for x in (k - 1, k) if 0 <= x < len(framed)]
                near = min(options, key=lambda a: abs(a.span.start - att.span.start))
                att.speaker, att.core, att.gender = near.speaker, near.core, near.gender
                att.mention, att.rule = near.mention, "same_paragraph"

    def _unframed(
        self, p: int, group: list[Attribution], turns: list[tuple[int, Attribution]]
    ) -> None:
        # the turns of the last few paragraphs, read from the end
        recent: list[tuple[int, Attribution]] = []
        for t in reversed(turns):
            if p - t[0] > _TURN_GAP:
                break
            recent.insert(0, t)
        choice: tuple[tuple[str, ...], str, str] | None = None
        rule = None
        mention_span = None
        if "paragraph_subject" in self.rules:
            found = self._paragraph_subject(p, group)
            if found is not None:
                cand, choice = found
                rule, mention_span = "paragraph_subject", (cand.start, cand.end)
        last = recent[-1][1] if recent else None
        if choice is None and last is not None and "vocative" in self.rules:
            voc = self._vocative(last)
            if voc is not None and voc[0] != last.core:
                choice, rule = voc, "vocative"
        if choice is None and last is not None and self._dialogue and "dialogue_turn" in self.rules:
            other = self._other_than(last, turns)
            if other is not None:
                choice, rule = (other.core, _honorific_of(other), other.gender), "dialogue_turn"
        if (
            choice is None
            and last is not None
            and "continuing_paragraph" in self.rules
            and recent[-1][0] == p - 1
        ):
            choice, rule = (last.core, _honorific_of(last), last.gender), "continuing_paragraph"
        if choice is not None and rule in ("dialogue_turn", "vocative") and last is not None:
            # nobody calls themselves by name: "Oh! Miss Woodhouse, …" is not hers
            addressed = {v[0] for v in map(self._vocative, group) if v is not None}
            if choice[0] in addressed:
                keep = last.core not in addressed
                choice = (last.core, _honorific_of(last), last.gender) if keep else None
        if choice is None:
            return
        for att in group:
            att.mention = mention_span
            self._set(att, *choice)
            att.rule = rule

    def _other_than(
        self, last: Attribution, turns: list[tuple[int, Attribution]]
    ) -> Attribution | None:
        """The person talking with ``last``'s speaker: the latest other speaker
        of the conversation, within a few turns."""
        for _, old in reversed(turns[-6:]):
            if old.core and old.core != last.core:
                return old
        return None

    def _paragraph_subject(
        self, p: int, group: list[Attribution]
    ) -> tuple[Mention, tuple[tuple[str, ...], str, str]] | None:
        """The one person the narration of paragraph p names, if any."""
        start, end = self.paras.starts[p], self.paras.ends[group[-1].span.last_paragraph]
        cast = self.cast
        first: Mention | None = None
        first_core: tuple[str, ...] = ()
        finditer = self.lexicon.patterns.name.finditer
        for lo, hi in cast.narration(start, end):
            for m in finditer(self.text, lo, hi):
                cand = cast.mention_at(m.start(), m.end())
                if cand is None or cand.kind != "name" or not cast.person_like(cand):
                    continue
                # a second person: no one subject (fullest depends on nothing
                # asked before, so the names after need not be read)
                core = cast.fullest(cand)
                if first is None:
                    first, first_core = cand, core
                elif core != first_core:
                    return None
        if first is None:
            return None
        core = first_core if self.full_names else first.core  # as _canonical(first)
        return first, (core, first.honorific if core == first.core else "", first.gender)

    def _vocative(self, att: Attribution) -> tuple[tuple[str, ...], str, str] | None:
        span = att.span
        pats = self.lexicon.patterns
        for m in (
            pats.vocative_first.match(self.text, span.start, span.end, NOT_CONCURRENT),
            pats.vocative_last.search(
                self.text, max(span.start, span.end - 60), span.end, NOT_CONCURRENT
            ),
        ):
            if m is None:
                continue
            cand = self.cast.mention_at(*m.span("speaker"))
            if cand is not None and cand.kind == "name" and self.cast.person_like(cand):
                core = self._canonical(cand)
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
    return (
        len(inner.split()) <= _SCARE_WORDS
        and "." not in inner
        and "!" not in inner
        and "?" not in inner
    )


def _is_title(inner: str) -> bool:
    """Title Case words: a book, show or slogan, if ``inner`` also holds no
    sentence (none of ``_TITLE_BREAK``'s punctuation), which the caller asks
    after this, as most quotations fail here within their first words.
    """
    # a ninth piece is the rest of a quotation of more than eight words
    words = inner.strip(" ,").split(None, 8)
    if not 2 <= len(words) <= 8:
        return False
    capital = 0
    for w in words:
        if w[0].isupper() or not w[0].isalpha():
            capital += 1
        elif w not in _TITLE_SMALL_WORDS:
            return False  # a lower-case word that is not a small one
    return capital >= 2
