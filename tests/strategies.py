"""Hypothesis strategies for the text quotex has to survive.

Two kinds of text: any Unicode at all (lone surrogates included, which a
``str`` may hold though no encoding can write them), and text built from the
pieces that steer quotex's pipeline: every quotation mark it knows, words and
reporting verbs, every line break it splits paragraphs on, and the invisible
characters scraped text is full of.
"""

from __future__ import annotations

from hypothesis import strategies as st

from quotex.marks import CLOSERS

# Every mark quotex may read as opening or closing, taken from its own table so
# a mark added there is fuzzed here too.
MARKS: tuple[str, ...] = tuple(
    sorted({mark for opener, closers in CLOSERS.items() for mark in (opener, *closers)})
)

LINE_BREAKS = ("\n", "\r\n", "\r", "\u2028", "\u2029", "\n\n", "\r\n\r\n", "\x0b", "\x0c", "\x85")

ODD_CHARACTERS = (
    "\t",
    "\x00",  # NUL
    "\u00a0",  # no-break space
    "\u3000",  # ideographic space
    "\u200b",  # zero-width space
    "\u200c",  # zero-width non-joiner
    "\u200d",  # zero-width joiner
    "\u2060",  # word joiner
    "\ufeff",  # byte order mark
    "\u0301",  # combining acute accent
    "\u0308",  # combining diaeresis
    "\ud800",  # lone high surrogate
    "\udfff",  # lone low surrogate
    "\u202e",  # right-to-left override
)

WORDS = (
    "said",
    "says",
    "told",
    "according to",
    "he",
    "she",
    "He",
    "They",
    "Jens",
    "Stoltenberg",
    "NATO",
    "SG",
    "Mr.",
    "Dr.",
    "Angela Merkel",
    "the minister",
    "adding",
    "Russia’s",
    "boys'",
    "don't",
    "'n'",
    "’90s",
    "'tis",
    "—",
    "–",
    "-",
    ",",
    ".",
    ":",
    ";",
    "?",
    "!",
    "…",
    "(",
    ")",
    "=",
    "é",
    "日本",
    "x" * 30,
)

SPACES = (" ", " ", " ", "  ")

# One flat table (marks twice, so they are drawn often): a single
# sampled_from is several times cheaper to draw than a one_of of five.
PIECES: tuple[str, ...] = MARKS + MARKS + WORDS + SPACES + LINE_BREAKS + ODD_CHARACTERS
piece = st.sampled_from(PIECES)


@st.composite
def quotish_text(draw: st.DrawFn, max_pieces: int = 80) -> str:
    """Text mixing quotation marks, words, breaks and odd characters."""
    return "".join(draw(st.lists(piece, max_size=max_pieces)))


@st.composite
def sentence_like(draw: st.DrawFn) -> str:
    """A quotation in a frame, with its parts shuffled about a little."""
    opener = draw(st.sampled_from(sorted(CLOSERS)))
    closer = draw(st.sampled_from(CLOSERS[opener] + ("",)))
    inner = draw(quotish_text(max_pieces=12))
    before = draw(st.sampled_from(("", "Jens Stoltenberg said, ", "He added: ", "Er sagte: ")))
    after = draw(st.sampled_from(("", ", he said.", " said Stoltenberg.", " — Jens Stoltenberg")))
    return f"{before}{opener}{inner}{closer}{after}"


any_text = st.text(max_size=300)
"""Any Unicode, lone surrogates included."""

texts = st.one_of(
    any_text,
    quotish_text(),
    sentence_like(),
    st.lists(sentence_like(), max_size=6).map(lambda parts: "\n\n".join(parts)),
)
"""Everything above, mixed."""
