"""Stage 3b: what the text says next to each quotation.

For every quotation, in one pass in text order: where its sentence starts
(the floor a frame before it may reach back to), where a frame after it
must end (its paragraph's end or the next quotation), the frames before and
after it (:mod:`quotex.frames`), the order they are tried in, and its kind
(:mod:`quotex.kinds`).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from quotex.frames import Frame, name_line, read_after, read_before, read_below
from quotex.kinds import is_subhead, is_thought, is_title, kind_of
from quotex.language import conventions, word_set
from quotex.marks import Span
from quotex.patterns import Patterns
from quotex.quotations import Quotation
from quotex.segment import Paragraphs, sentence_start

# A frame before a quotation leads straight into it when at most this many
# characters, ending in a comma or colon, stand between its last word and
# the mark ("said, on Monday: “").
LEAD_IN_REACH = 40
# What ends a paragraph that introduces a quotation set out below it.
_INTRODUCES = (":", ",")
_SENTENCE_ENDS = ".!?…"
# What may stand between a frame and the next quotation it introduces.
_BETWEEN = " \t\n,:"


def read_quotations(
    text: str, paras: Paragraphs, spans: list[Span], pats: Patterns, enabled: Collection[str]
) -> list[Quotation]:
    """One :class:`Quotation` per span, with its frames (those whose rule is
    in ``enabled``, in the order they are tried) and its kind."""
    out: list[Quotation] = []
    lang = pats.lexicon.lang
    # a name alone on the line before a quotation names its speaker
    lines_name = "speaker_lines" in conventions(lang)
    for i, span in enumerate(spans):
        prev = spans[i - 1] if i else None
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        # a quotation woven into the sentence ("needled the CNN “reporter,”
        # saying, “…”") does not end it: the frame may reach past it
        woven = out[-1].kind == "mixed" if out else False
        floor = _floor(text, paras, span, None if woven else prev, lang)
        before = read_before(text, span, floor, pats)
        if before is None and lines_name and _opens_paragraph(text, paras, span):
            p = span.paragraph
            before = name_line(pats, text, paras.starts[p - 1], paras.ends[p - 1])
        q = Quotation(i, span, kind_of(text, span, floor, before))
        after = None
        if q.kind != "mixed" or text[span.end - 1] not in _SENTENCE_ENDS:
            # (else woven into a sentence that ends inside the marks: what
            # follows is the next sentence, with a speaker of its own)
            after = _frame_after(text, paras, span, nxt, pats)
        if (
            is_title(text, span, before, after, lang)
            or is_subhead(text, span, paras.starts[span.paragraph], paras.ends[span.paragraph])
            or is_thought(text, span, lang)
        ):
            q.scare, q.kind = True, "mixed"
        else:
            q.frames = _in_order(text, span, before, after, enabled, lang)
        out.append(q)
    return out


def _frame_after(
    text: str, paras: Paragraphs, span: Span, nxt: Span | None, pats: Patterns
) -> Frame | None:
    """The frame after ``span``: on its line, else a signature on the line
    below; ``None`` when it leads into the next quotation ``nxt`` instead."""
    after = read_after(text, span, _limit(paras, span, nxt), pats)
    if after is None and _fills_paragraph(text, paras, span, nxt):
        # a signature on the line below: "– Judge Frem Nielsen"
        below = span.last_paragraph + 1
        after = read_below(text, paras.starts[below], paras.ends[below], pats)
    if after is not None and nxt is not None and _introduces_next(text, span, after, nxt):
        return None
    return after


def _floor(text: str, paras: Paragraphs, span: Span, prev: Span | None, lang: str) -> int:
    """Where a frame before ``span`` may start: its sentence's start, not
    before the end of a quotation before it in the paragraph (``lang``: the
    text's language)."""
    p = span.paragraph
    para_start = paras.starts[p]
    floor = prev.close_at if prev is not None and prev.last_paragraph == p else para_start
    if floor < span.open_at:
        floor = max(floor, sentence_start(text, span.open_at, floor, lang=lang))
    if floor == para_start and p > 0 and (prev is None or prev.last_paragraph < p - 1):
        # a quotation set out in its own paragraph after "…, said:"
        prev_end = paras.ends[p - 1]
        if text[prev_end - 1 : prev_end] in _INTRODUCES:
            floor = sentence_start(text, prev_end, paras.starts[p - 1], lang=lang)
    return floor


def _opens_paragraph(text: str, paras: Paragraphs, span: Span) -> bool:
    """Whether ``span`` opens a paragraph that is not the text's first."""
    p = span.paragraph
    return p > 0 and not text[paras.starts[p] : span.open_at].strip()


def _limit(paras: Paragraphs, span: Span, nxt: Span | None) -> int:
    """Where a frame after ``span`` must end: its paragraph's end, or the
    next quotation's opening mark if that comes first."""
    limit = paras.ends[span.last_paragraph]
    if nxt is not None and nxt.paragraph == span.last_paragraph and nxt.open_at < limit:
        limit = nxt.open_at
    return limit


def _fills_paragraph(text: str, paras: Paragraphs, span: Span, nxt: Span | None) -> bool:
    """Whether ``span`` is all its paragraphs hold and a paragraph with no
    quotation follows."""
    below = span.last_paragraph + 1
    if below >= len(paras.starts) or (nxt is not None and nxt.paragraph == below):
        return False
    head = text[paras.starts[span.paragraph] : span.open_at]
    return not head.strip() and not text[span.close_at : paras.ends[span.last_paragraph]].strip()


def _introduces_next(text: str, span: Span, frame: Frame, nxt: Span) -> bool:
    """A frame after a finished sentence that leads into the next quotation
    belongs to that one: ``"A." He added, "B."``."""
    if text[span.end - 1] not in _SENTENCE_ENDS:
        return False
    return text[_frame_end(frame, span.close_at) : nxt.open_at].strip(_BETWEEN) == ""


def _in_order(
    text: str,
    span: Span,
    before: Frame | None,
    after: Frame | None,
    enabled: Collection[str],
    lang: str,
) -> tuple[Frame, ...]:
    """The enabled frames in the order they are tried: a frame before that
    leads straight into the quotation first, else the frame after first
    (``lang``: the text's language)."""
    first, second = after, before
    if before is not None and before.rule != "chained_cue" and _leads_in(text, before, span, lang):
        first, second = before, after
    if first is not None and first.rule in enabled:
        return (first, second) if second is not None and second.rule in enabled else (first,)
    return (second,) if second is not None and second.rule in enabled else ()


def _leads_in(text: str, frame: Frame, span: Span, lang: str) -> bool:
    """Whether a frame before a quotation leads straight into it ("said: “"),
    not into a clause of its own with an auxiliary verb ("he didn't think
    the casino would last long: “")."""
    tail = text[_frame_end(frame, span.open_at) : span.open_at]
    if len(tail) > LEAD_IN_REACH or tail.rstrip()[-1:] not in (",", ":", ""):
        return False
    auxiliaries = word_set("auxiliaries.txt", lang)
    return not any(word.lower() in auxiliaries for word in _WORD.findall(tail))


# A word of a frame's tail.
_WORD = re.compile(r"\w+")


def _frame_end(frame: Frame, default: int) -> int:
    """Where a frame's words end: its cue's end, else its mention's, else
    ``default``."""
    if frame.cue is not None:
        return frame.cue[1]
    return frame.mention[1] if frame.mention is not None else default
