"""The pipeline: text in, :class:`~quotex.types.Quote` values out.

Stages, each its own module, data flowing one way::

    text ─► segment (paragraphs, sentence starts)
         ─► spans (quotation marks paired into spans; the language's
             dash dialogue and incises)
         ─► frames (cue and speaker mention next to each span)
         ─► attribute: the rules of quotex.rules (speaker, rule)
         ─► Quote
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Literal

import attrs

from quotex import language
from quotex.attribute import attribute
from quotex.confidence import confidence
from quotex.lexicon import Lexicon
from quotex.quotations import Quotation
from quotex.reported import read_reports
from quotex.rules import select
from quotex.segment import paragraphs
from quotex.spans import may_hold_quotes, quotation_spans
from quotex.types import KINDS, Quote
from quotex.weave import weave

BOM = "\N{ZERO WIDTH NO-BREAK SPACE}"
"""A byte-order mark: at the start of a text, a sign of its encoding, not text."""

DEFAULT_KINDS = frozenset({"direct", "mixed"})
"""The kinds of quotation :func:`extract_quotes` reports unless told."""


def extract_quotes(
    text: str,
    *,
    lexicon: Lexicon | None = None,
    lang: str | None = None,
    rules: Iterable[str] | None = None,
    scare_quotes: bool = False,
    names: Literal["full", "as_written"] = "full",
    kinds: Collection[str] = DEFAULT_KINDS,
) -> list[Quote]:
    """Find the quotations in ``text`` and say who said them.

    Args:
        text: The document, as ``str``. Any string is accepted; messy text
            (unbalanced marks, odd line breaks) never raises. A byte-order
            mark (U+FEFF) at its start is not read as text, but offsets still
            count it: they always index ``text``.
        lexicon: The reporting verbs and name words to read attributions with;
            :meth:`Lexicon.default(lang) <quotex.Lexicon.default>` when
            ``None``.
        lang: The text's language: ``"en"``, ``"de"``, ... (see
            :func:`quotex.language.languages`), or ``"auto"`` to guess it
            from the start of the text (:func:`quotex.language.guess_language`).
            ``None``: the language of ``lexicon``, English without one.
        rules: Names of the attribution rules to use (see :data:`quotex.RULES`);
            all of them when ``None``. A quotation no enabled rule attributes
            has ``speaker=None``.
        scare_quotes: Also return short quoted words woven into a sentence
            with nobody to attribute them to (scare quotes, titles), as
            ``kind="mixed"``. Off by default.
        names: How a speaker is named. ``"full"``: the fullest form the
            document gives of the person ("Jens Stoltenberg" for "NATO SG
            Stoltenberg" and for "He"), one name per person, for counting
            who is quoted. ``"as_written"``: the name as the attributing
            mention writes it, titles dropped but honorifics kept ("Mr.
            Trump", "Stoltenberg"); a pronoun still gets its antecedent's name
            as that mention writes it.
        kinds: Which kinds of quotation to report (see
            :data:`~quotex.types.QuoteKind`): ``"direct"``, ``"mixed"``,
            ``"indirect"``. With ``"indirect"``, reported speech without
            marks is read too (``Trump said the system is rigged``), and a
            quotation woven into reported content is one ``mixed`` quote
            over the whole content (see ``docs/reported.md``).

    Returns:
        The quotations in text order, never overlapping.

    Raises:
        TypeError: ``text`` is not a ``str`` (decode bytes first), or
            ``lexicon`` is not a :class:`~quotex.Lexicon`.
        ValueError: ``rules`` names a rule quotex does not have, ``kinds``
            a kind it does not know, ``lang`` a language it does not read
            (the message lists those it does), or ``lang`` is not the
            language of the ``lexicon`` given.

    Examples:
        >>> text = 'Jens Stoltenberg said, Monday, “NATO 2030 is about protecting the order.”'
        >>> [q] = extract_quotes(text)
        >>> q.text, q.speaker, q.cue, q.rule
        ('NATO 2030 is about protecting the order.', 'Jens Stoltenberg', 'said', 'cue_before')
        >>> text[q.start:q.end] == q.text
        True
    """
    if not isinstance(text, str):
        raise TypeError(_type_message(text))
    lexicon = _lexicon(text, lexicon, lang)
    enabled = select(rules)
    kinds = _checked_kinds(kinds)
    if names not in ("full", "as_written"):
        raise ValueError(f"names must be 'full' or 'as_written', not {names!r}")
    if text.startswith(BOM):
        # A byte-order mark is no text: read what follows, offsets indexing `text`.
        found = extract_quotes(
            text[1:],
            lexicon=lexicon,
            rules=rules,
            scare_quotes=scare_quotes,
            names=names,
            kinds=kinds,
        )
        return [_shifted(q, 1) for q in found]
    indirect = "indirect" in kinds
    if not (indirect or may_hold_quotes(text, lexicon)):
        return []
    paras = paragraphs(text)
    spans = quotation_spans(text, paras, lexicon)
    if not (spans or indirect):
        return []
    doc = attribute(text, paras, spans, lexicon, enabled, full_names=names == "full")
    quotes = [
        _quote(text, att, confidence(att.rule, doc.dialogue, lexicon.lang) if att.speaker else None)
        for att in doc.quotations
        if scare_quotes or not att.scare
    ]
    if indirect:
        return weave(doc, quotes, spans, read_reports(text, paras, spans, lexicon), kinds)
    if kinds != DEFAULT_KINDS:
        return [q for q in quotes if q.kind in kinds]
    return quotes


def _quote(text: str, att: Quotation, trust: float | None) -> Quote:
    """The frozen value of one attributed quotation, its words sliced out of
    ``text``."""
    s, mention, cue = att.span, att.mention, att.cue
    return Quote(
        text=text[s.start : s.end],
        start=s.start,
        end=s.end,
        kind=att.kind,
        speaker=att.speaker,
        speaker_mention=text[mention[0] : mention[1]] if mention else None,
        speaker_mention_span=mention,
        cue=text[cue[0] : cue[1]] if cue else None,
        cue_span=cue,
        cue_lemma=att.lemma,
        rule=att.rule,
        open_mark=s.open_mark,
        close_mark=s.close_mark,
        confidence=trust,
    )


def _lexicon(text: str, lexicon: Lexicon | None, lang: str | None) -> Lexicon:
    """The lexicon to read ``text`` with: ``lexicon``, else the bundled one
    of ``lang`` (guessed from the text for ``"auto"``)."""
    if lang is not None:
        language.check(lang)
    if lexicon is None:
        if lang == language.AUTO:
            lang = language.guess_language(text)
        return Lexicon.default(lang or language.DEFAULT)
    if not isinstance(lexicon, Lexicon):
        raise TypeError(
            f"lexicon must be a quotex.Lexicon, not {type(lexicon).__name__}; "
            "build one with Lexicon.default().with_verbs(...)"
        )
    if lang is not None and lang != lexicon.lang:
        raise ValueError(
            f"lang={lang!r} but the lexicon given reads {lexicon.lang!r}: give the "
            f"lexicon of that language (Lexicon.default({lang!r})), or no lang"
        )
    return lexicon


def _checked_kinds(kinds: Collection[str]) -> frozenset[str]:
    """``kinds`` as a set, checked against the kinds quotex knows."""
    if isinstance(kinds, str):
        raise TypeError(
            f"kinds must be a collection of kinds, e.g. kinds={{{kinds!r}}}, not one string"
        )
    chosen = frozenset(kinds)
    unknown = sorted(chosen - KINDS)
    if unknown:
        raise ValueError(
            f"unknown kind(s) {', '.join(map(repr, unknown))}; "
            f"quotex knows {', '.join(sorted(KINDS))}"
        )
    return chosen


def _shifted(quote: Quote, by: int) -> Quote:
    mention, cue = quote.speaker_mention_span, quote.cue_span
    return attrs.evolve(
        quote,
        start=quote.start + by,
        end=quote.end + by,
        speaker_mention_span=None if mention is None else (mention[0] + by, mention[1] + by),
        cue_span=None if cue is None else (cue[0] + by, cue[1] + by),
    )


def _type_message(value: object) -> str:
    kind = type(value).__name__
    if isinstance(value, (bytes, bytearray, memoryview)):
        return f"extract_quotes() takes str, not {kind}: decode it first, e.g. data.decode('utf-8')"
    if isinstance(value, (list, tuple)) or hasattr(value, "__iter__"):
        return (
            f"extract_quotes() takes one str, not {kind}: call it once per document, "
            "or use quotex.extract_many() for many"
        )
    return f"extract_quotes() takes str, not {kind}: pass the document's text"
