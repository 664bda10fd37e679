"""The bundled example article (examples/nato_stoltenberg.txt): all 23 quotations.

The article quotes one man throughout, each quotation opened by a reporting
verb before it ("He believed, “…”") or chained to the one before it with a
participle ("… alleging “…”"). The table gives each quotation's exact span and
its cue word; the speaker of every one is Jens Stoltenberg, named in full once
("secretary general (SG) Jens Stoltenberg"), then as "He" and "NATO SG
Stoltenberg".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quotex import Quote, extract_quotes

ARTICLE = Path(__file__).resolve().parent.parent / "examples" / "nato_stoltenberg.txt"

# (start, end, cue) of every quotation, in text order
GOLD = [
    (193, 317, "said"),
    (327, 470, "urging"),
    (672, 755, "continued"),
    (767, 919, "relating"),
    (950, 1042, "urged"),
    (1052, 1158, "adding"),
    (1175, 1285, "believed"),
    (1297, 1400, "alleging"),
    (1435, 1507, "expressed"),
    (1521, 1640, "explaining"),
    (1655, 1957, "voiced"),
    (1969, 2115, "relating"),
    (2149, 2356, "observed"),
    (2368, 2532, "alleging"),
    (2548, 2917, "assumed"),
    (2951, 3329, "educated"),
    (3347, 3647, "continued"),
    (3682, 3813, "disclosed"),
    (3823, 4004, "adding"),
    (4022, 4358, "mentioned"),
    (4392, 4552, "reported"),
    (4568, 4796, "highlighting"),
    (4814, 5062, "concluded"),
]

# the lemma quotex gives each cue word of the article
LEMMAS = {
    "said": "say",
    "urging": "urge",
    "urged": "urge",
    "continued": "continue",
    "relating": "relate",
    "adding": "add",
    "believed": "believe",
    "alleging": "allege",
    "expressed": "express",
    "explaining": "explain",
    "voiced": "voice",
    "observed": "observe",
    "assumed": "assume",
    "educated": "educate",
    "disclosed": "disclose",
    "mentioned": "mention",
    "reported": "report",
    "highlighting": "highlight",
    "concluded": "conclude",
}


@pytest.fixture(scope="module")
def text() -> str:
    # newline="" keeps the bytes as they are: offsets count every character
    with ARTICLE.open(encoding="utf-8", newline="") as f:
        return f.read()


@pytest.fixture(scope="module")
def found(text: str) -> list[Quote]:
    return extract_quotes(text)


def test_the_article_is_the_seed_text(text: str) -> None:
    assert len(text) == 5063
    assert text.startswith("NATO considers Russia a threat\n\n")
    assert text.endswith("peace talks.”")


def test_all_23_spans_exactly(text: str, found: list[Quote]) -> None:
    assert [(q.start, q.end) for q in found] == [(s, e) for s, e, _ in GOLD]
    for q in found:
        assert text[q.start : q.end] == q.text
        assert text[q.start - 1] == "“"
        assert text[q.end] == "”"
        assert (q.open_mark, q.close_mark, q.kind) == ("“", "”", "direct")


@pytest.mark.parametrize(("index", "gold"), list(enumerate(GOLD)), ids=lambda v: str(v))
def test_each_quote(found: list[Quote], text: str, index: int, gold: tuple[int, int, str]) -> None:
    start, end, cue = gold
    q = found[index]
    assert (q.start, q.end) == (start, end)
    assert q.speaker == "Jens Stoltenberg"
    assert q.cue == cue
    assert q.cue_lemma == LEMMAS[cue]
    assert q.cue_span is not None
    assert text[q.cue_span[0] : q.cue_span[1]] == cue
    # the cue stands just before the quotation it introduces ("said, Monday, “")
    assert 0 < start - q.cue_span[1] <= len(", Monday, “")


def test_rules_alternate_between_a_subject_and_a_chained_participle(found: list[Quote]) -> None:
    chained = {"urging", "relating", "adding", "alleging", "explaining", "highlighting"}
    for q in found:
        assert q.rule == ("chained_cue" if q.cue in chained else "cue_before"), q.cue


def test_the_mentions_are_as_written(text: str, found: list[Quote]) -> None:
    mentions = {q.speaker_mention for q in found}
    assert "He" in mentions
    assert "NATO SG Stoltenberg" in mentions
    for q in found:
        assert q.speaker_mention_span is not None
        a, b = q.speaker_mention_span
        assert text[a:b] == q.speaker_mention
        assert b <= q.start
