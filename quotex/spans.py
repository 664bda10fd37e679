"""Stage 2: every quotation of a text, as :class:`~quotex.marks.Span` values.

The quotation marks are paired first (:mod:`quotex.marks`); then the
conventions of the text's language, listed in its
``quotex/data/<lang>/conventions.txt``, add and cut spans:

``dash_dialogue``
    lines of dialogue that open with a dash (:mod:`quotex.dashes`);
``incises``
    the narrator's inverted reporting clause is cut out of a quotation
    (:mod:`quotex.incises`);
``paragraph_quotes``
    a quotation that goes on over several paragraphs, each re-opened with
    a mark, is one quotation per paragraph.

English sets none of them, and its spans are the marks' alone. Nothing is
computed for a convention a language does not set.
"""

from __future__ import annotations

from quotex.dashes import find_dash_spans, may_have_dashes, merge_spans
from quotex.incises import split_incises
from quotex.language import conventions
from quotex.lexicon import Lexicon
from quotex.marks import CLOSERS, Span, find_spans, may_quote
from quotex.patterns import patterns_for
from quotex.segment import Paragraphs


def may_hold_quotes(text: str, lexicon: Lexicon) -> bool:
    """Whether ``text`` may hold a quotation in ``lexicon``'s language: a
    character that may be a quotation mark, or a dash where dialogue is set
    with dashes. When not, it needs no paragraphs either.

    Examples:
        >>> may_hold_quotes("—Sí.", Lexicon.default("es"))
        True
        >>> may_hold_quotes("—Sí.", Lexicon.default("en"))
        False
    """
    if may_quote(text):
        return True
    return "dash_dialogue" in conventions(lexicon.lang) and may_have_dashes(text)


def quotation_spans(text: str, paras: Paragraphs, lexicon: Lexicon) -> list[Span]:
    """The quotations of ``text`` in text order, never overlapping: those of
    its marks, and what the conventions of ``lexicon``'s language add and
    cut.

    Examples:
        >>> from quotex.segment import paragraphs
        >>> s = "—Bien —añadió Pablo—, habrá leña."
        >>> spans = quotation_spans(s, paragraphs(s), Lexicon.default("es"))
        >>> [s[q.start:q.end] for q in spans]
        ['Bien', 'habrá leña.']
    """
    spans = find_spans(text, paras, lexicon.lang)
    flags = conventions(lexicon.lang)
    if not flags:
        return spans
    if "dash_dialogue" in flags:
        spans = merge_spans(spans, find_dash_spans(text, paras))
    if "paragraph_quotes" in flags:
        spans = [piece for span in spans for piece in _per_paragraph(text, paras, span)]
    incise = patterns_for(lexicon).incise
    if incise is not None:
        spans = split_incises(text, paras, spans, incise)
    return spans


def _per_paragraph(text: str, paras: Paragraphs, span: Span) -> list[Span]:
    """``span`` cut at each paragraph break: one span per paragraph, each
    after it opened by the mark that re-opens its paragraph."""
    if span.paragraph == span.last_paragraph:
        return [span]
    pieces = []
    current = span
    for p in range(span.paragraph, span.last_paragraph):
        end = paras.ends[p]
        while end > current.start and text[end - 1].isspace():
            end -= 1
        if end > current.start:
            pieces.append(current._replace(end=end, close_at=end, close_mark="", last_paragraph=p))
        at = paras.starts[p + 1]
        mark = text[at : at + 2] if text[at : at + 2] in CLOSERS else text[at]
        start = at + len(mark)
        while start < span.end and text[start].isspace():
            start += 1
        current = span._replace(start=start, open_at=at, open_mark=mark, paragraph=p + 1)
    if current.end > current.start:
        pieces.append(current)
    return pieces
