"""Stage 2c: the narrator's incise inside a quotation.

French and Spanish writers break a quotation with the narrator's words and
go on with the same marks (or the same line of dialogue), where English
would close and re-open them:

* ``« C’était, dit Mademoiselle, une mélancolie … »``;
* ``— Oui, oui, s’écria l’étrangère ; venez ici.``;
* ``—Me alegraré, contestó este, porque con ansia deseo …``.

The incise is an inverted reporting clause after the speaker's comma (or
``!``, ``?``, ``…``): a cue and its subject after it (``dit-il``,
``a-t-elle déclaré``, ``répondit Marie``, ``dijo el anciano``), maybe an
object pronoun before the cue (``me dit``, ``le dijo``), and the rest of
the clause up to its punctuation. Its words are not part of the quotation:
the span is split in two around it. The languages whose data sets the
``incises`` convention read them (``Patterns.incise``); English closes its
marks instead.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from quotex.marks import Span
from quotex.segment import Paragraphs


def split_incises(
    text: str, paras: Paragraphs, spans: list[Span], pattern: regex.Pattern[str]
) -> list[Span]:
    """``spans`` with each narrator's incise cut out of them: a span that
    holds one becomes two, the first ending at the speaker's punctuation, the
    second opening (with no mark, ``open_mark == ""``) after the incise.

    Examples:
        >>> from quotex.segment import paragraphs
        >>> s = "« C’était, dit Mademoiselle, une mélancolie. »"
        >>> spans = [Span(2, 44, 0, 46, "«", "»", 0, 0)]
        >>> from quotex import Lexicon
        >>> from quotex.patterns import patterns_for
        >>> pat = patterns_for(Lexicon.default("fr")).incise
        >>> [s[q.start:q.end] for q in split_incises(s, paragraphs(s), spans, pat)]
        ['C’était,', 'une mélancolie.']
    """
    out: list[Span] = []
    for span in spans:
        out.extend(_pieces(text, paras, span, pattern))
    return out


def _pieces(
    text: str, paras: Paragraphs, span: Span, pattern: regex.Pattern[str]
) -> Iterator[Span]:
    """The pieces of ``span`` that its incises leave, in order."""
    current = span
    for m in pattern.finditer(text, span.start, span.end):
        cut, resume = m.end("lead"), m.end()
        while resume < current.end and text[resume].isspace():
            resume += 1
        if cut <= current.start:
            continue
        p = paras.index(cut)
        yield current._replace(end=cut, close_at=cut, close_mark="", last_paragraph=p)
        if resume >= current.end:
            return
        current = current._replace(start=resume, open_at=resume, open_mark="", paragraph=p)
    yield current
