"""Where a reported content ends inside its sentence, as a pattern built
from one language's word lists."""

from __future__ import annotations

import re

from quotex.lexicon import word_list

# A bracket of at most this many characters inside a content, words after
# it, is part of it ("Sen. Marco Rubio (R-Fla.) to attack"), no aside.
SHORT_ASIDE = 12
# An aside set off by two dashes inside a content, words after it, is
# part of it up to this many characters ("the troops — 166,000 — lag").
DASH_ASIDE = 120


def either(name: str, lang: str) -> str:
    """The words of the list ``name`` of ``lang`` as a regex alternation,
    one that never matches for an empty list."""
    words = word_list(name, lang)
    return "|".join(re.escape(w) for w in words) if words else "(?!)"


def content_break(lang: str) -> re.Pattern[str]:
    """Where a content ends inside its sentence in ``lang``: a dash or
    bracket that sets off an aside, a mark of ``content_breaks.txt``
    (";"), a comma before a new clause; group ``aside`` is an aside set
    off by two dashes that a content holds, group ``close`` a closing
    mark a comma ends."""
    marks = "".join(re.escape(m) for m in word_list("content_breaks.txt", lang)) or "^\\s\\S"
    endings = either("shared_participle_endings.txt", lang)
    past = either("clause_verb_endings.txt", lang)
    participle = rf"(?!(?:{either('participle_lookalikes.txt', lang)})\b)\w+(?:{endings})"
    # a comma that ends a quotation inside the content: "as “fantastic,” telling"
    closing = "\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}\"'"
    dash = r"(?:\N{EM DASH}|\N{EN DASH}|--?)"
    # a dash ends a content, but for one that opens an aside closed by a
    # second dash with words after it (group "aside"): "the troops — about
    # 166,000 — lag"
    aside = rf"[^\N{{EM DASH}}\N{{EN DASH}}\n]{{1,{DASH_ASIDE}}}?"
    pattern = rf"""(?P<aside>\s{dash}\s{aside}\s{dash}(?=\s+\w)) | \s{dash}\s | [{marks}]
      | \s\((?![^()]{{1,{SHORT_ASIDE}}}\)\s+\w)
      | ,\s(?:{either("clause_openers.txt", lang)}|{participle})\b
      | ,(?P<close>[{closing}]{{1,2}})\s{participle}\b
      | \s(?:{either("clause_conjunctions.txt", lang)})\s
        (?=(?:{either("clause_subjects.txt", lang)})\b|[a-z]+(?:{past})\b)"""
    return re.compile(pattern, re.VERBOSE)
