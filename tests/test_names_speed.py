"""analyse reads a mention as the plain definition below does: it reads a
mention of one word of letters in a few lookups, tests a name of letters and
spaces once for anything to take off, and a one-word name for a title with
one lookup; the definition tests each mark and looks every word up among the
titles."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from quotex.lexicon import Lexicon
from quotex.names import (
    _DETERMINERS,
    Mention,
    _clean,
    _name,
    _nominal,
    analyse,
)

LEXICON = Lexicon.default()

WORDS = (
    "Jens",
    "Stoltenberg",
    "Donald",
    "Trump",
    "Mr.",
    "MR",
    "Mrs",
    "Dr.",
    "Sen.",
    "President",
    "General",
    "the",
    "The",
    "a",
    "his",
    "He",
    "he",
    "she",
    "They",
    "Says",
    "said",
    "NATO",
    "U.S.",
    "SG",
    "J.",
    "van",
    "de",
    "Monday",
    "O'Brien",
    "Trump's",
    "Clinton’s",
    "man",
    "host",
    "Éa",
    "A",
    "I",
    "",
)
SEPARATORS = ("", " ", "  ", ", ", ",", ";", ": ", "\n", "\t", ".", "'", "’", "-", "\u00a0")


def reference(text: str, start: int, end: int, lexicon: Lexicon) -> Mention | None:
    """analyse as it was written before the shortcuts, up to where the
    titles are split off (what follows, :func:`_name`, they share)."""
    raw = text[start:end]
    low = raw.lower()
    pronouns = lexicon.pronouns
    if low in pronouns:
        return Mention("pronoun", raw, start, end, pronouns[low])
    if "'" in raw or "’" in raw:
        words = [w for t in raw.split() if (w := _clean(t))]
        lows = [w.lower() for w in words]
    elif "," in raw or ";" in raw or ":" in raw:
        words = [w for t in raw.split() if (w := t.rstrip(",;:"))]
        lows = [w.lower() for w in words]
    else:  # nothing to take off, the usual case: the words of the lowered
        # text are the lowered words (lowering neither makes nor takes a space)
        words = raw.split()
        lows = low.split()
    if not words:
        return None
    if lows[0] in _DETERMINERS:  # the same words the mention pattern reads nominals by
        return _nominal(raw, start, end, words, lexicon)
    # split titles from the name: everything up to the last title goes (a
    # title that ends a longer mention does not count as the last)
    titles = lexicon.titles
    # each word as titles are listed
    keys = [w.rstrip(".") for w in lows] if "." in raw else lows
    n = len(words)
    last_title = -1
    if titles.keys().isdisjoint(keys):
        core = words  # no title at all, the usual case
    else:
        for i in range(n - 1 if n > 1 else 1):
            if keys[i] in titles:
                last_title = i
        core = [words[i] for i in range(last_title + 1, n) if keys[i] not in titles]
    return _name(raw, start, end, words, keys, core, last_title, lexicon)


@given(
    st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=6),
    st.sampled_from(("", " ", ",")),
)
@example([("Trump", " ")], "")
@example([("Trump", "")], "")  # one word of letters
@example([("Jens", "")], "")
@example([("Monday", "")], "")
@example([("President", "")], "")
@example([("the", "")], "")
@example([("Éa", "")], "")
@example([("President", " ")], "")
@example([("Mr.", " "), ("Trump", " ")], "")
@example([("Donald", " "), ("Trump", "'")], "")
def test_analyse_reads_as_the_plain_definition(parts: list[tuple[str, str]], lead: str) -> None:
    mention = lead + "".join(w + s for w, s in parts)
    text = "x " + mention + " y"
    start, end = 2, 2 + len(mention)
    assert analyse(text, start, end, LEXICON) == reference(text, start, end, LEXICON)
