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

from quotex.grammar import alternation
from quotex.lexicon import Lexicon, word_list
from quotex.marks import Span
from quotex.segment import Paragraphs

# The most characters of an incise after its cue: "dit-elle toute honteuse",
# "repuso el preguntador un tanto alegre"; longer, it is narration.
INCISE_REACH = 80
# The most lower-case words between an incise's cue and its subject: an
# adverb or an object ("dit alors le directeur", "murmuró por lo bajo el
# escribano"); more, and the words are a clause of the speaker's own.
GAP_WORDS = 3
# The most letters of enclitic pronouns after a gerund: "mirándola",
# "dirigiéndose".
ENCLITIC = 4
# What ends an incise, but for the full stop, which may be a title's.
_INCISE_CLOSE = ";:,!?\N{HORIZONTAL ELLIPSIS}"
_INCISE_SPACE = r"[ \t\N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}\N{THIN SPACE}]"


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


def incise_pattern(lexicon: Lexicon) -> regex.Pattern[str]:
    """The narrator's incise inside a quotation (:mod:`quotex.incises`),
    from the speaker's punctuation before it to the punctuation that ends
    it, for a language that cuts incises out (conventions.txt: ``incises``)."""
    lang = lexicon.lang
    cues = alternation(lexicon.forms)
    pronouns = alternation(lexicon.pronouns)
    clitics = alternation(word_list("incise_clitics.txt", lang))
    determiners = alternation(word_list("determiners.txt", lang))
    # a language without inverted compound tenses lists none: match nothing
    inverted = alternation(word_list("inverted_auxiliaries.txt", lang)) or "(?!)"
    endings = alternation(word_list("participle_endings.txt", lang))
    continuations = alternation(word_list("incise_continuations.txt", lang))
    continuations += rf"|\p{{Ll}}*(?:{endings})\p{{Ll}}{{0,{ENCLITIC}}}"
    # a title's full stop does not end the clause: "preguntó D. Ramón"
    titles = alternation(t.capitalize() for t in lexicon.titles)
    rest = rf"""(?:[^.;:!?,\n\r«»“”"]|(?<=(?<!\w)(?:{titles}))\.){{0,{INCISE_REACH}}}?"""
    return regex.compile(
        rf"""
        (?P<lead>[,;!?\N{{HORIZONTAL ELLIPSIS}}]|\.\.\.)    # the speaker's punctuation
        {_INCISE_SPACE}+
        (?P<incise>
            (?:(?:{clitics})(?:{_INCISE_SPACE}+|(?<=['’])))?      # "me dit", "s'écria", "le dijo"
            (?:
                (?:{inverted})-t-(?:{pronouns}){_INCISE_SPACE}+    # "a-t-il déclaré"
                (?:{cues})
              | (?P<cue>{cues})
                (?:
                    -(?:t-)?(?:{pronouns})(?![\w-])        # "dit-il", "déclare-t-elle"
                  | (?:{_INCISE_SPACE}+\p{{Ll}}+){{0,{GAP_WORDS}}}?   # "dit alors", "les dijo a"
                    (?:
                        {_INCISE_SPACE}+
                        (?=\p{{Lu}}|(?:{determiners}|{pronouns})(?:(?<=['’])|(?!\w)))  # the subject
                      | (?=[,.;:])                          # "dijo," with no subject
                    )
                )
            )
            {rest}                                          # the rest of the clause
            (?:,{_INCISE_SPACE}+(?:{continuations})(?!\w){rest})*     # ", en souriant", ", que ..."
        )
        (?P<close>
            (?:(?<!(?<!\w)(?:{titles}))\.|[{_INCISE_CLOSE}])      # not a title's full stop
            [.{_INCISE_CLOSE}]*
          | (?=[»”"\n\r])|$
        )
        """,
        regex.VERBOSE,
    )
