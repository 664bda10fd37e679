"""Many threads at once give what one thread gives: quotex keeps no shared
mutable state beyond each lexicon's compiled patterns, built once."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from quotex import Lexicon, Quote, extract_quotes

ARTICLE = Path(__file__).resolve().parent.parent / "examples" / "nato_stoltenberg.txt"

TEXTS = [
    ARTICLE.read_text(encoding="utf-8"),
    "Angela Merkel met Emmanuel Macron in Berlin on Tuesday. "
    "Afterwards she said, “We agree on everything.”\n\n"
    "“Almost everything,” he added.",
    "“Where have you been?” asked Elizabeth Bennet.\n\n"
    "“In town,” said Fitzwilliam Darcy.\n\n“All day?”\n\n“All day, and most of the night.”",
    "'Bah!' said Scrooge, 'Humbug!'",
    "Der Minister sagte: „Wir sind bereit.“ Dann ging er.\r\n\r\n"
    "Le ministre a déclaré : « Nous sommes prêts. »",
    "The so-called “peace plan” was rejected, according to Sergey Lavrov, “by both sides.”",
    "“Broadband is no longer a luxury.” — Commissioner Geoffrey Starks",
    "He said, “This sentence never closes.\n\nThe next paragraph has “a quote” in it.",
]


def sequential(lexicon: Lexicon | None) -> list[list[Quote]]:
    return [extract_quotes(t, lexicon=lexicon, scare_quotes=True) for t in TEXTS]


def concurrent(lexicon: Lexicon | None, rounds: int = 6) -> list[list[list[Quote]]]:
    jobs = TEXTS * rounds
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(
            pool.map(lambda t: extract_quotes(t, lexicon=lexicon, scare_quotes=True), jobs)
        )
    n = len(TEXTS)
    return [results[i * n : (i + 1) * n] for i in range(rounds)]


def test_eight_threads_equal_one_with_the_default_lexicon() -> None:
    expected = sequential(None)
    assert sum(len(r) for r in expected) > 30
    for round_ in concurrent(None):
        assert round_ == expected


def test_eight_threads_compiling_a_fresh_lexicon_at_once() -> None:
    # a new lexicon compiles its patterns on first use: let eight threads race
    # to do it
    fresh = Lexicon.default().with_verbs("intone")
    results = concurrent(fresh)
    expected = sequential(Lexicon.default().with_verbs("intone"))
    for round_ in results:
        assert round_ == expected


def test_lexicons_used_side_by_side_do_not_mix() -> None:
    text = (
        "Anne Hidalgo faced Rachida Dati across the council table. “It is a trap,” Hidalgo intoned."
    )
    plain = Lexicon.default()
    more = plain.with_verbs("intone")
    with ThreadPoolExecutor(max_workers=8) as pool:
        found = list(pool.map(lambda lex: extract_quotes(text, lexicon=lex), [plain, more] * 20))
    for i, quotes in enumerate(found):
        [q] = quotes
        assert q.cue == (None if i % 2 == 0 else "intoned")
