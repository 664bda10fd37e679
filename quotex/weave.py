"""Reported speech woven into the quotations: speakers, kinds, one list.

:func:`weave` takes the quotations found by their marks and the reports of
:func:`quotex.reported.read_reports`, and gives one list in text order,
never overlapping. A report whose content holds a quotation and words
outside it (``Trump said the system is “rigged”``) is one ``mixed`` quote
over the whole content, in place of the quotation; a report whose content
is nothing but a quotation is that quotation, already found. The speaker
of a report is its subject mention, resolved by the
:class:`~quotex.document.Document` as a frame's is.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Collection, Sequence

import attrs

from quotex.confidence import confidence
from quotex.document import Document
from quotex.gender import pronoun_genders
from quotex.lexicon import word_list
from quotex.marks import Span
from quotex.mentions import Mention, as_speaker
from quotex.quotations import Person
from quotex.reported import Report
from quotex.reported.speakers import joins_clause, of_someone
from quotex.reported.words import reported_words
from quotex.types import Quote, QuoteKind

# What may stand in a content beside a quotation that is all it holds.
_FRAMING = " \t\n\r.,;:!?\N{EM DASH}\N{EN DASH}-"


def weave(
    doc: Document,
    quotes: Sequence[Quote],
    spans: Sequence[Span],
    reports: Sequence[Report],
    kinds: Collection[str],
) -> list[Quote]:
    """``quotes`` and the reports as :class:`Quote` values, of the kinds
    asked for, in text order and never overlapping."""
    opens = [s.open_at for s in spans]
    dropped: set[int] = set()
    chosen: list[tuple[Report, QuoteKind]] = []
    last_end = -1
    for report in sorted(reports, key=lambda r: (r.start, -r.end)):
        if report.start < last_end:
            continue  # a report inside another one's content
        held = _held(doc.text, spans, opens, report)
        if held is None:
            continue
        kind: QuoteKind = "mixed" if held else "indirect"
        if kind not in kinds:
            continue
        chosen.append((report, kind))
        dropped.update(s.start for s in held)
        last_end = report.end
    kept = [q for q in quotes if q.start not in dropped and q.kind in kinds]
    # speakers are resolved in text order, for the reports kept alone
    woven = [_quote(doc, r, kind) for r, kind in _apart(kept, chosen)]
    return _shared(doc, _merged(kept, woven))


@functools.cache
def _possessives(lang: str) -> dict[str, str]:
    """The possessives of ``lang`` a cue noun's owner may be ("his claim",
    "her view") that tell a gender, with it: those of its
    reported_possessives.txt that its gendered_pronouns.txt lists."""
    owners = set(word_list("reported_possessives.txt", lang))
    return {word: gender for word, gender in pronoun_genders(lang).items() if word in owners}


def _held(
    doc_text: str, spans: Sequence[Span], opens: list[int], report: Report
) -> list[Span] | None:
    """The quotations inside ``report``'s content; ``None`` when the report
    is no report of its own: a quotation crosses the content's edge, or the
    content is nothing but quotations."""
    k = bisect.bisect_left(opens, report.start)
    if k > 0 and spans[k - 1].close_at > report.start:
        return None
    held = []
    while k < len(spans) and spans[k].open_at < report.end:
        if spans[k].close_at > report.end:
            return None
        held.append(spans[k])
        k += 1
    return None if held and _only_quotes(doc_text, report, held) else held


def _only_quotes(text: str, report: Report, held: list[Span]) -> bool:
    """Whether nothing but punctuation stands in the content outside its
    quotations' marks."""
    pos = report.start
    for s in (*held, None):
        hi = report.end if s is None else s.open_at
        if text[pos:hi].strip(_FRAMING):
            return False
        pos = 0 if s is None else s.close_at
    return True


def _quote(doc: Document, report: Report, kind: QuoteKind) -> Quote:
    """The :class:`Quote` of one report, its speaker resolved."""
    text = doc.text
    speaker = None
    mention = report.mention
    if mention is not None:
        found = doc.cast.mention_at(*mention)
        gender = _possessives(doc.lexicon.lang).get(text[mention[0] : mention[1]].lower())
        if gender is not None:  # "her view that …"
            resolved: Person | str | None = doc.antecedent(mention[0], gender)
        elif found is not None and found.kind == "name" and _common(found, doc):
            resolved = _as_written(doc, mention)  # "Many lawmakers": no person's name
        else:
            resolved = doc.resolve(found) if found is not None else None
        if isinstance(resolved, Person) and resolved.core:
            gender = (
                resolved.gender if resolved.gender != "-" else doc.cast.gender_of(resolved.core)
            )
            doc.cast.add_speaker(resolved.core, gender)
            speaker = resolved.name
        elif isinstance(resolved, str):
            speaker = as_speaker(resolved)
        elif gender is None and (found is None or found.kind != "pronoun"):
            # a description no person stands behind: "many economists"
            speaker = as_speaker(text[mention[0] : mention[1]])
    cs, ce = report.cue
    return Quote(
        text=text[report.start : report.end],
        start=report.start,
        end=report.end,
        kind=kind,
        speaker=speaker,
        speaker_mention=None if mention is None else text[mention[0] : mention[1]],
        speaker_mention_span=mention,
        cue=text[cs:ce],
        cue_span=report.cue,
        cue_lemma=report.lemma,
        rule=report.layout,
        open_mark="",
        close_mark="",
        confidence=None
        if speaker is None
        else confidence(report.layout, doc.dialogue, doc.lexicon.lang),
    )


def _as_written(doc: Document, mention: tuple[int, int]) -> str:
    """A subject as written, without a word that joins its clause before
    it ("But Alphabet's founders")."""
    written = doc.text[mention[0] : mention[1]]
    first, _, rest = written.partition(" ")
    return rest if rest and joins_clause(first, doc.lexicon.lang) else written


def _common(found: Mention, doc: Document) -> bool:
    """Whether a name read from a subject holds a common noun in lower
    case ("Many lawmakers", "Democratic voters"), names someone's
    ("advisers to Mr. Obama") or two people ("Mr. Grassley and Mr.
    Leahy"): a group or a person it describes, which is the speaker as
    written, not the one named."""
    said = found.text.split()
    joined = not reported_words(doc.lexicon.lang).plural_joiners.isdisjoint(said[1:-1])
    return joined or any(w[:1].islower() for w in found.core) or of_someone(found.text, doc.lexicon)


def _apart(
    quotes: list[Quote], chosen: list[tuple[Report, QuoteKind]]
) -> list[tuple[Report, QuoteKind]]:
    """The reports of ``chosen`` that overlap none of ``quotes``."""
    starts = [q.start for q in quotes]
    out = []
    for report, kind in chosen:
        k = bisect.bisect_left(starts, report.start)
        if k > 0 and quotes[k - 1].end > report.start:
            continue
        if k < len(quotes) and quotes[k].start < report.end:
            continue
        out.append((report, kind))
    return out


def _shared(doc: Document, quotes: list[Quote]) -> list[Quote]:
    """``quotes``, each report whose cue shares a subject the text does not
    give next to it ("…,” Jealous said, suggesting …", "… and said") given
    the speaker of the quotation or report before it in its paragraph."""
    out = list(quotes)
    for i, q in enumerate(out):
        if q.speaker is not None or q.speaker_mention_span is not None or q.cue_span is None:
            continue
        if not q.rule or not q.rule.startswith("reported_") or i == 0:
            continue
        prev = out[i - 1]
        cue = q.cue_span[0]
        if prev.speaker is not None and doc.paras.index(prev.start) == doc.paras.index(cue):
            out[i] = attrs.evolve(q, speaker=prev.speaker)
    return out


def _merged(quotes: list[Quote], woven: list[Quote]) -> list[Quote]:
    """Both lists, none overlapping another, in text order."""
    out = quotes + woven
    out.sort(key=lambda q: q.start)
    return out
