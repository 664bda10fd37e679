"""Quotation marks found and paired: every layout quotex knows, from real-looking text.

Each case lists every quotation as ``(start, end, text)``. Both the marks stage
on its own (:func:`quotex.marks.find_spans`) and the whole pipeline with
``scare_quotes=True`` (so nothing is filtered) must find exactly these.
"""

from __future__ import annotations

import re
import sys

import pytest
import regex

from quotex import extract_quotes, marks
from quotex.marks import find_spans
from quotex.segment import paragraphs

Expected = list[tuple[int, int, str]]


def spans(text: str) -> Expected:
    return [(s.start, s.end, text[s.start : s.end]) for s in find_spans(text, paragraphs(text))]


def quotes(text: str) -> Expected:
    return [(q.start, q.end, q.text) for q in extract_quotes(text, scare_quotes=True)]


def check(text: str, expected: Expected) -> None:
    for start, end, inner in expected:
        assert text[start:end] == inner, "the table itself is wrong"
    assert spans(text) == expected
    assert quotes(text) == expected


# -- English news and fiction --------------------------------------------------------

ENGLISH = [
    pytest.param(
        "“We are ready to defend every inch of allied territory,” Stoltenberg said.",
        [(1, 55, "We are ready to defend every inch of allied territory,")],
        id="news-curly-double",
    ),
    pytest.param(
        "The minister said the talks were ‘constructive’ and left for Vienna.",
        [(34, 46, "constructive")],
        id="news-curly-single",
    ),
    pytest.param(
        'The mayor said "the budget is balanced" on Tuesday.',
        [(16, 38, "the budget is balanced")],
        id="news-straight-double",
    ),
    pytest.param(
        "``We will not back down,'' the senator told reporters.",
        [(2, 24, "We will not back down,")],
        id="newswire-backticks",
    ),
    pytest.param(
        "''We will not back down,'' the senator told reporters.",
        [(2, 24, "We will not back down,")],
        id="newswire-doubled-apostrophes",
    ),
    # Austen, Pride and Prejudice, ch. 1 (public domain)
    pytest.param(
        "“My dear Mr. Bennet,” said his lady to him one day, “have you heard that "
        "Netherfield Park is let at last?”",
        [
            (1, 20, "My dear Mr. Bennet,"),
            (53, 105, "have you heard that Netherfield Park is let at last?"),
        ],
        id="austen-curly-interrupted",
    ),
    # Dickens, A Christmas Carol, stave 1 (public domain)
    pytest.param(
        "'Bah!' said Scrooge, 'Humbug!'",
        [(1, 5, "Bah!"), (22, 29, "Humbug!")],
        id="dickens-straight-single",
    ),
    # Conan Doyle, A Scandal in Bohemia (public domain)
    pytest.param(
        '"Wedlock suits you," he remarked. "I think, Watson, that you have put on seven '
        'and a half pounds since I saw you."',
        [
            (1, 19, "Wedlock suits you,"),
            (
                35,
                113,
                "I think, Watson, that you have put on seven and a half pounds since I saw you.",
            ),
        ],
        id="doyle-straight-double",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_marks(text: str, expected: Expected) -> None:
    check(text, expected)


# -- other languages' marks ----------------------------------------------------------

WORLD = [
    pytest.param(
        "Le ministre a déclaré : « Nous sommes prêts. »",
        [(26, 44, "Nous sommes prêts.")],
        id="french-guillemets-spaced",
    ),
    pytest.param(
        "Le ministre a déclaré : «Nous sommes prêts.»",
        [(25, 43, "Nous sommes prêts.")],
        id="french-guillemets-tight",
    ),
    pytest.param(
        "Der Minister sagte: »Wir sind bereit.« Dann ging er.",
        [(21, 37, "Wir sind bereit.")],
        id="german-reversed-guillemets",
    ),
    pytest.param(
        "Der Minister sagte: „Wir sind bereit.“ Dann ging er.",
        [(21, 37, "Wir sind bereit.")],
        id="german-low-high",
    ),
    pytest.param(
        "Minister powiedział: „Jesteśmy gotowi.” Potem wyszedł.",
        [(22, 38, "Jesteśmy gotowi.")],
        id="polish-low-right",
    ),
    pytest.param(
        "Er nannte es ‚eine Frage der Zeit‘ und schwieg.",
        [(14, 33, "eine Frage der Zeit")],
        id="german-single-low",
    ),
    pytest.param(
        "Il a répondu : ‹ Pas encore. › Puis il est parti.",
        [(17, 28, "Pas encore.")],
        id="swiss-single-angle",
    ),
    pytest.param(
        "Ministern sa: ”Vi är redo.” Sedan gick han.",
        [(15, 26, "Vi är redo.")],
        id="swedish-right-right",
    ),
    pytest.param(
        "首相は「準備はできている」と述べた。",
        [(4, 12, "準備はできている")],
        id="japanese-corner-brackets",
    ),
    pytest.param(
        "彼は『坊っちゃん』を読んだ。",
        [(3, 8, "坊っちゃん")],
        id="japanese-white-corner-brackets",
    ),
]


@pytest.mark.parametrize(("text", "expected"), WORLD)
def test_world_marks(text: str, expected: Expected) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "open_mark", "close_mark"),
    [
        pytest.param("He said, “Go.”", "“", "”", id="curly"),
        pytest.param("He said, ``Go.''", "``", "''", id="newswire"),
        pytest.param("Er sagte: „Geh.“", "„", "“", id="german"),
        pytest.param("Er sagte: »Geh.«", "»", "«", id="german-guillemets"),
        pytest.param("Il a dit : «Va.»", "«", "»", id="french"),
        pytest.param("彼は「行け」と言った。", "「", "」", id="japanese"),
    ],
)
def test_marks_are_reported_as_written(text: str, open_mark: str, close_mark: str) -> None:
    [q] = extract_quotes(text, scare_quotes=True)
    assert (q.open_mark, q.close_mark) == (open_mark, close_mark)
    assert text[q.start - len(open_mark) : q.start] == open_mark
    assert text[q.end : q.end + len(close_mark)] == close_mark


# -- apostrophes are not marks -------------------------------------------------------

APOSTROPHES = [
    pytest.param("Russia’s army and the boys’ books were on the table.", [], id="possessive-curly"),
    pytest.param(
        "Russia's army and the boys' books were on the table.", [], id="possessive-straight"
    ),
    pytest.param("The ’90s were loud, and the '80s were louder.", [], id="decades"),
    pytest.param("They played rock 'n' roll until dawn, didn't they?", [], id="rock-n-roll"),
    pytest.param("'Tis the season, and 'twas ever thus.", [], id="tis-twas"),
    pytest.param(
        "We don’t know, and we won't guess, the spokesman's aide said.", [], id="contractions"
    ),
    pytest.param(
        "“Russia’s army is not the boys’ problem,” she said.",
        [(1, 40, "Russia’s army is not the boys’ problem,")],
        id="inside-curly-quote",
    ),
    pytest.param(
        "\"Russia's army is not the boys' problem,\" she said.",
        [(1, 40, "Russia's army is not the boys' problem,")],
        id="inside-straight-quote",
    ),
    pytest.param(
        "'The dogs' bowls are full,' she said.",
        [(1, 26, "The dogs' bowls are full,")],
        id="plural-possessive-inside-single-quote",
    ),
    pytest.param(
        "'We can't go,' she said.",
        [(1, 13, "We can't go,")],
        id="contraction-inside-single-quote",
    ),
    pytest.param(
        "“They played rock 'n' roll,” he said.",
        [(1, 27, "They played rock 'n' roll,")],
        id="rock-n-roll-inside-quote",
    ),
]


@pytest.mark.parametrize(("text", "expected"), APOSTROPHES)
def test_apostrophes(text: str, expected: Expected) -> None:
    check(text, expected)


# -- nesting --------------------------------------------------------------------------

NESTED = [
    pytest.param(
        "He said, “She told me ‘never again’ and left.”",
        [(10, 45, "She told me ‘never again’ and left.")],
        id="curly-single-in-double",
    ),
    pytest.param(
        "He said, 'She told me \"never again\" and left.'",
        [(10, 45, 'She told me "never again" and left.')],
        id="straight-double-in-single",
    ),
    pytest.param(
        "He said, “She told me “never again” and left.”",
        [(10, 45, "She told me “never again” and left.")],
        id="same-mark-nested",
    ),
    pytest.param(
        "“Outer ‘middle “inner” middle’ outer,” she said.",
        [(1, 37, "Outer ‘middle “inner” middle’ outer,")],
        id="three-deep",
    ),
    pytest.param(
        "He said: “A quote with “an inner one” and ‘a single one’ inside.”",
        [(10, 64, "A quote with “an inner one” and ‘a single one’ inside.")],
        id="two-inner-quotes",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NESTED)
def test_nested_quotes_stay_inside_the_outer_one(text: str, expected: Expected) -> None:
    check(text, expected)


# -- weak openers ---------------------------------------------------------------------

WEAK_OPENERS = [
    pytest.param(
        "She wrote 'the word “never” is banned' and left.",
        [(11, 37, "the word “never” is banned")],
        id="closed-single-holds-double",
    ),
    pytest.param(
        "'Then he shouted “Stop!” and ran,' she said.",
        [(1, 33, "Then he shouted “Stop!” and ran,")],
        id="straight-single-holds-curly",
    ),
    pytest.param(
        "He said, ‘we heard “no” from them\n\nand left.",
        [(20, 22, "no")],
        id="unclosed-single-does-not-hide-inner",
    ),
]


@pytest.mark.parametrize(("text", "expected"), WEAK_OPENERS)
def test_a_weak_opener_is_reported_only_once_closed(text: str, expected: Expected) -> None:
    check(text, expected)


# -- paragraphs and line breaks -------------------------------------------------------

BREAKS = [
    pytest.param("\n\n", id="LF"),
    pytest.param("\r\n\r\n", id="CRLF"),
    pytest.param("\r\r", id="CR"),
    pytest.param("\u2028\u2028", id="LS"),
    pytest.param("\n", id="single-LF"),
    pytest.param("\r\n", id="single-CRLF"),
    pytest.param("\r", id="single-CR"),
    pytest.param("\u2028", id="single-LS"),
]


@pytest.mark.parametrize("br", BREAKS)
def test_a_quote_over_paragraphs_reopened_each_time_is_one_quote(br: str) -> None:
    text = (
        f"“The first paragraph of the statement.{br}“The second paragraph.{br}"
        f"“The last one.” the spokesman said.{br}Nothing else was said."
    )
    start = 1
    end = text.index("”")
    [(s, e, inner)] = spans(text)
    assert (s, e) == (start, end)
    assert inner.startswith("The first paragraph")
    assert inner.endswith("The last one.")
    [q] = extract_quotes(text, scare_quotes=True)
    assert (q.start, q.end, q.close_mark) == (start, end, "”")


@pytest.mark.parametrize("br", BREAKS)
def test_an_unclosed_mark_ends_at_its_paragraph(br: str) -> None:
    text = (
        f"He said, “This sentence never closes.{br}"
        f"The next paragraph has “a quote” in it.{br}"
        f"And “another one” here."
    )
    opener = text.index("“") + 1
    first_end = opener + len("This sentence never closes.")
    inner1 = text.index("a quote")
    inner2 = text.index("another one")
    expected = [
        (opener, first_end, "This sentence never closes."),
        (inner1, inner1 + 7, "a quote"),
        (inner2, inner2 + 11, "another one"),
    ]
    check(text, expected)
    q = extract_quotes(text, scare_quotes=True)[0]
    assert q.close_mark == ""


def test_an_unclosed_single_mark_is_not_reported() -> None:
    # a lone ' is as likely an apostrophe as a quotation mark
    text = "He said, 'This never closes.\n\nA new paragraph, with 'a quote' in it."
    check(text, [(53, 60, "a quote")])


def test_a_closing_mark_in_a_new_paragraph_does_not_close_an_old_one() -> None:
    text = "“The first paragraph,\n\nthe end.” he said."
    check(text, [(1, 21, "The first paragraph,")])


def test_paragraphs_after_a_quote_keep_their_own_offsets() -> None:
    text = "“Fine,” he said.\r\n\r\n“Really?” she asked.\r\n\r\n“Yes.”"
    check(text, [(1, 6, "Fine,"), (21, 28, "Really?"), (45, 49, "Yes.")])


def test_hard_wrapped_lines_do_not_end_a_quote() -> None:
    # a Gutenberg-style novel: every line short, a blank line between paragraphs
    text = (
        "“It was the best of times,” he wrote,\n"
        "and then he stopped, and looked up,\n"
        "and began again: “it was the worst\n"
        "of times, it was the age of wisdom,\n"
        "it was the age of foolishness.”\n"
        "\n"
        "She read it twice.\n"
        "Then she put it down.\n"
        "Then she sighed.\n"
        "Then she slept.\n"
        "Then she woke."
    )
    second = text.index("it was the worst")
    check(
        text,
        [
            (1, 26, "It was the best of times,"),
            (
                second,
                second + 83,
                "it was the worst\nof times, it was the age of wisdom,\n"
                "it was the age of foolishness.",
            ),
        ],
    )


def test_white_space_inside_the_marks_is_not_part_of_the_quote() -> None:
    text = "He said: “  We are ready.\u00a0 ”"
    check(text, [(12, 25, "We are ready.")])


def test_empty_and_blank_quotes_are_not_quotes() -> None:
    check('He said "" and then “ ” and left.', [])


# -- regressions ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("“We said no.\n’Tis over now, the crowd shouted.", id="curly-then-elision"),
        pytest.param('"We said no.\n’Tis over now.', id="straight-then-elision"),
        pytest.param("“We said no.\n\n’", id="lone-closer"),
    ],
)
def test_a_closing_only_mark_starting_the_next_paragraph_does_not_crash(text: str) -> None:
    # found by hypothesis: KeyError '’' when the paragraph after an open
    # quotation began with a mark that only ever closes
    check(text, [(1, 12, "We said no.")])


# -- which characters are marks -------------------------------------------------------

# The marks by their definition: regex's \w decides what an apostrophe between
# words is. The standard library's pattern the marks stage runs, with the few
# apostrophes it leaves to regex, must find exactly these.
REFERENCE_MARK = regex.compile(
    r"``|''|(?<!\w)['’]|['’](?!\w)|["
    + regex.escape(marks._MARK_CHARS.replace("'", "").replace("’", ""))
    + "]"
)


# letters and digits of several scripts, combining accents, numbers that are
# not digits, connectors, spaces, and marks
NEIGHBOURS = (
    "aZ09_éßĳǅ\u0301\u0308\u20dd\u200c\u200dЖжαΩא\u0663\u4e00\u3042²½Ⅻ‿ \u00a0\u2028\t."
    "-(\"'’`‘“\ufeff\u200b\ud800\x00"
)


@pytest.mark.parametrize("mark", ["'", "’", "''", "``", "`", '"', "‘"])
def test_the_marks_are_those_regex_finds(mark: str) -> None:
    for before in ("", *NEIGHBOURS):
        for after in ("", *NEIGHBOURS):
            text = f"{before}{mark}{after}"
            expected = [(m.start(), m[0]) for m in REFERENCE_MARK.finditer(text)]
            assert list(marks._marks(text)) == expected, ascii(text)


def test_runs_of_marks_are_read_apart() -> None:
    # doubled marks pair up from the left, other marks stay single, a lone
    # backtick is no mark and the apostrophe of "no’s" is none either
    text = "``'''He’’ said `“‘ no’s'”"
    assert list(marks._marks(text)) == [
        (0, "``"),
        (2, "''"),
        (4, "'"),
        (7, "’"),
        (8, "’"),
        (16, "“"),
        (17, "‘"),
        (23, "'"),
        (24, "”"),
    ]


def test_the_space_set_holds_every_white_space_character() -> None:
    spaces = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    assert spaces <= marks._SPACE


def test_no_flanking_character_is_a_word_character() -> None:
    # so a mark with one of them beside it is never an apostrophe in a word
    for ch in marks._OPEN_SIDE | marks._CLOSE_SIDE:
        assert len(ch) > 1 or regex.match(r"\w", ch) is None, ascii(ch)


def test_plain_letters_are_word_characters_for_regex() -> None:
    letter = re.compile(marks._LETTER)
    for c in map(chr, range(0x3000)):
        if letter.fullmatch(c):
            assert regex.match(r"\w", c), ascii(c)
