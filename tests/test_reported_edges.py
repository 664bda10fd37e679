"""Reported speech: asides a content holds, "that" after an aside, a
report whose subject no grammar reads, "when asked", and frames that are
none.

Each case lists every quotation returned with all three kinds as
``(start, end, kind, speaker, cue, rule)``, as in ``test_reported.py``.
The sentences are written for these tests in the style of news reports.
"""

from __future__ import annotations

import pytest

from quotex import extract_quotes
from tests.test_reported import ALL, Row, check

BEFORE = "reported_before"
OPENING = "reported_opening"
RAISING = "reported_raising"

# -- where a content starts and ends ----------------------------------------------

SPANS = [
    pytest.param(
        "Ana Ruiz said the troops — about 166,000 in April — already lag the target.",
        [(14, 74, "indirect", "Ana Ruiz", "said", BEFORE)],
        id="an-aside-between-two-dashes-is-held",
    ),
    pytest.param(
        "Ana Ruiz said the troops would stay — a promise the army broke in May.",
        [(14, 35, "indirect", "Ana Ruiz", "said", BEFORE)],
        id="one-dash-still-ends-the-content",
    ),
    pytest.param(
        "Ana Ruiz said the plan -- which failed -- was sound -- and left.",
        [(14, 51, "indirect", "Ana Ruiz", "said", BEFORE)],
        id="the-dash-after-the-aside-ends-it",
    ),
    pytest.param(
        "Ana Ruiz said the council had one plan: to raise taxes in May.",
        [(14, 61, "indirect", "Ana Ruiz", "said", BEFORE)],
        id="a-colon-spells-the-content-out",
    ),
    pytest.param(
        "Ana Ruiz said the council had one plan; the mayor had none.",
        [(14, 38, "indirect", "Ana Ruiz", "said", BEFORE)],
        id="a-semicolon-ends-the-content",
    ),
    pytest.param(
        "Grace Okafor now says, however, that she will run again.",
        [(32, 55, "indirect", "Grace Okafor", "says", BEFORE)],
        id="that-after-an-aside-of-commas",
    ),
    pytest.param(
        "Grace Okafor said, twice, that the bridge was safe.",
        [(26, 50, "indirect", "Grace Okafor", "said", BEFORE)],
        id="that-after-a-word-set-off",
    ),
    pytest.param(
        "Ana Ruiz praised the mayor, whom she has known for years.",
        [(17, 26, "indirect", "Ana Ruiz", "praised", BEFORE)],
        id="whom-ends-the-content",
    ),
    pytest.param(
        "Grace Okafor said turnout rose 4 percent, compared with 2 percent in 2019.",
        [(18, 40, "indirect", "Grace Okafor", "said", BEFORE)],
        id="compared-ends-the-content",
    ),
]

# -- a subject no grammar reads, and "when asked" ---------------------------------

UNNAMED = [
    pytest.param(
        "One in five say that the plan will fail.",
        [(16, 39, "indirect", "One in five", "say", BEFORE)],
        id="a-share-says-that",
    ),
    pytest.param(
        "Two in three argue that the tax is unfair.",
        [(19, 41, "indirect", "Two in three", "argue", BEFORE)],
        id="a-share-argues-that",
    ),
    pytest.param(
        "When asked about the budget, Grace Okafor said she would resign.",
        [
            (17, 27, "indirect", "Grace Okafor", "asked", OPENING),
            (47, 63, "indirect", "Grace Okafor", "said", BEFORE),
        ],
        id="when-asked-opens-the-sentence",
    ),
    pytest.param(
        "Ana Ruiz smiled, when asked whether she would run again, and left the hall.",
        [(28, 55, "indirect", None, "asked", OPENING)],
        id="when-asked-after-a-comma",
    ),
]

# -- "seem" and "appear" before "to" raise their subject --------------------------

RAISED = [
    pytest.param(
        "The talks seemed to stall on Monday.",
        [
            (0, 9, "indirect", None, "seemed", RAISING),
            (17, 35, "indirect", None, "seemed", RAISING),
        ],
        id="seemed-to",
    ),
    pytest.param(
        "Grace Okafor appears to have won the vote.",
        [
            (0, 12, "indirect", None, "appears", RAISING),
            (21, 41, "indirect", None, "appears", RAISING),
        ],
        id="appears-to",
    ),
    pytest.param(
        "It seems to be over.",
        [(9, 19, "indirect", None, "seems", BEFORE)],
        id="it-is-no-subject-to-raise",
    ),
    pytest.param(
        "Ana Ruiz seemed tired after the vote.",
        [(16, 36, "indirect", "Ana Ruiz", "seemed", BEFORE)],
        id="seemed-without-to-is-an-ordinary-cue",
    ),
]

NEGATIVES = [
    pytest.param("The final say that the council has is small.", id="say-after-an-adjective"),
    pytest.param(
        "Unless one in five say that the plan will fail, it goes ahead.",
        id="a-hypothetical-with-no-subject-read",
    ),
    pytest.param(
        "The crowd fell short of the 50,000 city officials estimated.",
        id="the-comma-of-a-number-sets-off-no-frame",
    ),
    pytest.param(
        "After two defeats in a row, Bush pinned his hopes on South Carolina.",
        id="a-cue-after-a-possessive-is-a-noun",
    ),
    pytest.param("Ana Ruiz appeared on the stage at noon.", id="appeared-on-a-stage"),
]


@pytest.mark.parametrize(("text", "expected"), SPANS + UNNAMED + RAISED)
def test_reported_edges(text: str, expected: list[Row]) -> None:
    check(text, expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_report(text: str) -> None:
    assert extract_quotes(text, kinds=ALL) == []
