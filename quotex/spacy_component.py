"""quotex as a spaCy pipeline component (the ``quotex[spacy]`` extra).

Installing the extra registers the component with spaCy, so any pipeline,
even a blank one without a model, can add it by name::

    import spacy
    nlp = spacy.blank("en")
    nlp.add_pipe("quotex")
    doc = nlp("“We are ready,” said Jens Stoltenberg.")
    [q] = doc._.quotes
    q.content, q.cue, q.speaker   # spaCy spans: We are ready, / said / Jens Stoltenberg

The component reads ``doc.text`` with :func:`quotex.extract_quotes` and sets
``doc._.quotes``: a :class:`SpacyQuote` per quotation, holding the
:class:`~quotex.Quote` and spaCy spans over the tokens of its content, cue
and speaker mention. A span covers every token the characters touch.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
from spacy.language import Language
from spacy.tokens import Doc, Span

from quotex.extract import extract_quotes
from quotex.lexicon import Lexicon
from quotex.types import Quote

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)


@attrs.frozen
class SpacyQuote:
    """One quotation of a spaCy ``Doc``.

    Attributes:
        quote: The quotation as :func:`quotex.extract_quotes` gives it.
        content: The tokens of the quoted words, labelled with the speaker
            (``"QUOTE"`` when there is none); ``None`` only for an empty
            quotation, which covers no token.
        cue: The tokens of the reporting words, or ``None``.
        speaker: The tokens of the speaker mention ("he", "Mayor Ruth
            Adler"), or ``None``.
    """

    quote: Quote
    content: Span | None
    cue: Span | None
    speaker: Span | None


class QuotexComponent:
    """The pipeline component: sets ``doc._.quotes``. Made by :func:`make_quotex`."""

    def __init__(
        self,
        rules: Sequence[str] | None,
        scare_quotes: bool,
        names: str,
        verbs: Sequence[str],
    ) -> None:
        if names not in ("full", "as_written"):
            raise ValueError(f"names must be 'full' or 'as_written', not {names!r}")
        self.rules = None if rules is None else tuple(rules)
        self.scare_quotes = scare_quotes
        self.names = names
        self.lexicon = Lexicon.default().with_verbs(*verbs) if verbs else Lexicon.default()

    def __call__(self, doc: Doc) -> Doc:
        quotes = extract_quotes(
            doc.text,
            lexicon=self.lexicon,
            rules=self.rules,
            scare_quotes=self.scare_quotes,
            names="full" if self.names == "full" else "as_written",
        )
        doc._.quotes = [_spans(doc, q) for q in quotes]
        return doc


def make_quotex(
    nlp: Language,
    name: str,
    rules: list[str] | None,
    scare_quotes: bool,
    names: str,
    verbs: list[str],
) -> QuotexComponent:
    """Make the ``quotex`` component; its settings are those of :func:`quotex.extract_quotes`.

    Args:
        nlp: The pipeline (unused: quotex needs no tokens of its own).
        name: The component's name in the pipeline.
        rules: The attribution rules to use; all when ``None``.
        scare_quotes: Also return scare quotes, as ``kind="mixed"``.
        names: ``"full"`` or ``"as_written"``.
        verbs: Extra reporting verbs, as ``Lexicon.with_verbs`` takes them.
    """
    return QuotexComponent(rules, scare_quotes, names, verbs)


# Registered by a call rather than as a decorator, so that make_quotex keeps
# its types where spaCy's are not installed.
Language.factory(
    "quotex",
    default_config={"rules": None, "scare_quotes": False, "names": "full", "verbs": []},
    func=make_quotex,
)


def _spans(doc: Doc, quote: Quote) -> SpacyQuote:
    return SpacyQuote(
        quote=quote,
        content=_span(doc, (quote.start, quote.end), quote.speaker or "QUOTE"),
        cue=_span(doc, quote.cue_span, "CUE"),
        speaker=_span(doc, quote.speaker_mention_span, "SPEAKER"),
    )


def _span(doc: Doc, offsets: tuple[int, int] | None, label: str) -> Span | None:
    if offsets is None:
        return None
    span: Span | None = doc.char_span(*offsets, label=label, alignment_mode="expand")
    return span
