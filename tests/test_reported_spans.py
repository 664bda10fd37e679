"""Reported speech: the layouts that split a content around its cue, and
where a content starts and ends.

Each case lists every quotation returned with all three kinds as
``(start, end, kind, speaker, cue, rule)``, as in ``test_reported.py``.
The sentences are written for these tests in the style of news reports.
"""

from __future__ import annotations

import pytest

from quotex import extract_quotes
from tests.test_reported import ALL, Row, check

BEFORE = "reported_before"
RAISING = "reported_raising"
RELATIVE = "reported_relative"
PASSIVE = "reported_passive"

# -- a passive cue reports its subject and its complement -------------------------

RAISED = [
    pytest.param(
        "The new bridge is expected to open in May.",
        [
            (0, 14, "indirect", None, "expected", RAISING),
            (27, 41, "indirect", None, "expected", RAISING),
        ],
        id="is-expected-to",
    ),
    pytest.param(
        "Grace Okafor is widely expected to win the vote.",
        [
            (0, 12, "indirect", None, "expected", RAISING),
            (32, 47, "indirect", None, "expected", RAISING),
        ],
        id="an-adverb-between",
    ),
    pytest.param(
        "The senator was said to be furious with the leadership.",
        [
            (0, 11, "indirect", None, "said", RAISING),
            (21, 54, "indirect", None, "said", RAISING),
        ],
        id="was-said-to",
    ),
    pytest.param(
        "The talks are believed to have stalled.",
        [
            (0, 9, "indirect", None, "believed", RAISING),
            (23, 38, "indirect", None, "believed", RAISING),
        ],
        id="are-believed-to",
    ),
    pytest.param(
        "It is expected that the vote will pass.",
        [(15, 38, "indirect", None, "expected", BEFORE)],
        id="it-and-that-make-an-ordinary-report",
    ),
]

# -- a judging verb in the passive reports its subject, the agent its speaker ----

PASSIVES = [
    pytest.param(
        "Grace Okafor was accused of fraud by her rivals.",
        [
            (0, 12, "indirect", "her rivals", "accused", PASSIVE),
            (25, 33, "indirect", "her rivals", "accused", PASSIVE),
        ],
        id="accused-of-by",
    ),
    pytest.param(
        "The remark was echoed by aides to the mayor.",
        [(0, 10, "indirect", "aides to the mayor", "echoed", PASSIVE)],
        id="nothing-between-the-cue-and-by",
    ),
    pytest.param(
        "The council was criticized by Ana Ruiz, a union official, for the delay.",
        [(0, 11, "indirect", "Ana Ruiz", "criticized", PASSIVE)],
        id="the-agent-ends-at-its-comma",
    ),
    pytest.param(
        "The mayor was blamed for the flood.",
        [
            (0, 9, "indirect", None, "blamed", PASSIVE),
            (21, 34, "indirect", None, "blamed", PASSIVE),
        ],
        id="no-agent-no-speaker",
    ),
    pytest.param(
        "The union criticized the plan.",
        [(21, 29, "indirect", "The union", "criticized", BEFORE)],
        id="the-active-is-an-ordinary-report",
    ),
]

# -- the infinitive of a verb of speaking about a topic reports ------------------

INFINITIVES = [
    pytest.param(
        "Grace Okafor went on to explain how the cuts would hurt schools.",
        [(32, 63, "indirect", "Grace Okafor", "explain", BEFORE)],
        id="went-on-to-explain",
    ),
    pytest.param(
        "The ministers met on Friday to discuss the budget.",
        [(39, 49, "indirect", "The ministers", "discuss", BEFORE)],
        id="met-to-discuss",
    ),
    pytest.param(
        "Okafor came to talk about the flood.",
        [(26, 35, "indirect", "Okafor", "talk about", BEFORE)],
        id="came-to-talk-about",
    ),
]

# -- a relative word stands for the content ---------------------------------------

RELATIVES = [
    pytest.param(
        "Grace Okafor faced a charge of fraud, which she has denied.",
        [(38, 43, "indirect", "Grace Okafor", "denied", RELATIVE)],
        id="which-she-denied",
    ),
    pytest.param(
        "Officials said the plan, which Okafor said was dead, would return.",
        [
            (15, 23, "indirect", "Officials", "said", BEFORE),
            (25, 30, "indirect", "Okafor", "said", RELATIVE),
            (43, 51, "indirect", "Okafor", "said", RELATIVE),
        ],
        id="which-and-the-rest-of-its-clause",
    ),
    pytest.param(
        "It is a shift Greenberg said could drive moderates away.",
        [(29, 55, "indirect", "Greenberg", "said", RELATIVE)],
        id="no-relative-word-the-verb-phrase-after-the-cue",
    ),
]

# -- where a content starts and ends ----------------------------------------------

CONTENT_SPANS = [
    pytest.param(
        "Ana Ruiz spoke on Monday. Now, she says, the plan is dead.",
        [
            (26, 29, "indirect", "Ana Ruiz", "says", "reported_after"),
            (41, 57, "indirect", "Ana Ruiz", "says", "reported_after"),
        ],
        id="a-word-before-an-aside-frame",
    ),
    pytest.param(
        "Ana Ruiz spoke on Monday. Overall, she said, a number of voters feel ignored.",
        [
            (26, 33, "indirect", "Ana Ruiz", "said", "reported_after"),
            (45, 76, "indirect", "Ana Ruiz", "said", "reported_after"),
        ],
        id="an-article-after-an-aside-frame",
    ),
    pytest.param(
        "The union urged Sen. Ana Ruiz (D-Ohio) to reject the bill.",
        [(16, 57, "indirect", "The union", "urged", BEFORE)],
        id="a-short-bracket-inside-the-content",
    ),
    pytest.param(
        "Okafor said the plan would fail (a view her deputy has long shared) and left.",
        [(12, 31, "indirect", "Okafor", "said", BEFORE)],
        id="a-long-bracket-ends-the-content",
    ),
    pytest.param(
        "On the economy, 42% say they are liberal.",
        [(24, 40, "indirect", "42%", "say", BEFORE)],
        id="a-percentage-takes-the-base-form",
    ),
    pytest.param(
        "Ana Ruiz told the crowd at her rally in Ohio that she would win.",
        [(45, 63, "indirect", "Ana Ruiz", "told", BEFORE)],
        id="that-after-the-one-told-and-an-adverbial",
    ),
    pytest.param(
        "Sanders said on ABC’s “This Week With George Stephanopoulos” that he would look "
        "at the bill.",
        [(61, 91, "indirect", "Sanders", "said", BEFORE)],
        id="that-after-a-long-adverbial",
    ),
    pytest.param(
        "Tom Cole, an ally of the leadership, said Thursday his biggest worry is the budget.",
        [(51, 82, "indirect", "Tom Cole", "said", BEFORE)],
        id="a-weekday-between-the-cue-and-its-content",
    ),
    pytest.param(
        "Sanders said his campaign does not want “that crap” in its ranks.",
        [(13, 64, "mixed", "Sanders", "said", BEFORE)],
        id="a-quoted-that-opens-no-content",
    ),
    pytest.param(
        "Ruiz said she holds the mayor, during his tenure, responsible for the crisis.",
        [(10, 76, "indirect", "Ruiz", "said", BEFORE)],
        id="during-is-no-participle",
    ),
    pytest.param(
        "Ruiz said the plan would cover everyone, including children.",
        [(10, 59, "indirect", "Ruiz", "said", BEFORE)],
        id="including-is-no-participle",
    ),
    pytest.param(
        "Ruiz hailed the vote as “fantastic,” adding that she was proud.",
        [
            (12, 36, "mixed", "Ruiz", "hailed", BEFORE),
            (44, 62, "indirect", "Ruiz", "adding", BEFORE),
        ],
        id="a-participle-after-a-quoted-comma",
    ),
    pytest.param(
        "As the phone rang, the announcer said, “It is 3 a.m.”",
        [(40, 52, "direct", "the announcer", "said", "cue_before")],
        id="a-frame-before-its-quotation-reports-no-words-before-it",
    ),
    pytest.param(
        "Trump called Pena Nieto “a friend.” He pledged “cooperation” toward shared objectives.",
        [
            (13, 35, "mixed", "Trump", "called", BEFORE),
            (47, 85, "mixed", "Trump", "pledged", BEFORE),
        ],
        id="a-capital-after-a-quotation-that-ends-its-sentence",
    ),
    pytest.param(
        "“We are ready,” he said the plan would work.",
        [(1, 14, "direct", None, "said", "cue_after")],
        id="a-frame-after-a-quotation-reports-no-content",
    ),
    pytest.param(
        "“Don’t fall,” Ruiz said, when a protester stumbled.",
        [(1, 12, "direct", "Ruiz", "said", "cue_after")],
        id="no-second-part-after-a-quotation-and-its-frame",
    ),
]

# -- cue words --------------------------------------------------------------------

CUE_WORDS = [
    pytest.param(
        "But, according to the poll, 46 percent of Republican voters remain undecided.",
        [(28, 76, "indirect", "the poll", "according to", "reported_according_to")],
        id="according-to-after-a-conjunction",
    ),
    pytest.param(
        "Blocher stated that the party “must be careful” with its initiatives.",
        [(15, 68, "mixed", "Blocher", "stated", BEFORE)],
        id="stated",
    ),
    pytest.param(
        "A poll found that most voters want change.",
        [(13, 41, "indirect", "A poll", "found", BEFORE)],
        id="found-that",
    ),
    pytest.param(
        "Ana Ruiz talked about bringing the town together.",
        [(22, 48, "indirect", "Ana Ruiz", "talked about", BEFORE)],
        id="talked-about",
    ),
    pytest.param(
        "Ana Ruiz made it clear she would not run.",
        [(23, 40, "indirect", "Ana Ruiz", "made it clear", BEFORE)],
        id="made-it-clear",
    ),
    pytest.param(
        "Ana Ruiz voiced concern about the budget.",
        [(16, 40, "indirect", "Ana Ruiz", "voiced", BEFORE)],
        id="voiced",
    ),
    pytest.param(
        "The council decided to delay the vote until June.",
        [(20, 48, "indirect", "The council", "decided", BEFORE)],
        id="decided-to",
    ),
    pytest.param(
        "Grace Okafor likened the new levy to a tax on the poor.",
        [(21, 54, "indirect", "Grace Okafor", "likened", BEFORE)],
        id="likened",
    ),
    pytest.param(
        "The judge ordered the company to pay the fines.",
        [(18, 46, "indirect", "The judge", "ordered", BEFORE)],
        id="ordered",
    ),
    pytest.param(
        "Ana Ruiz suspects that the ballots were tampered with.",
        [(18, 53, "indirect", "Ana Ruiz", "suspects", BEFORE)],
        id="suspects-that",
    ),
    pytest.param(
        "Grace Okafor complained about the noise from the building site.",
        [(30, 62, "indirect", "Grace Okafor", "complained", BEFORE)],
        id="a-preposition-opens-the-content",
    ),
    pytest.param(
        "Grace Okafor asked about the budget gap.",
        [(25, 39, "indirect", "Grace Okafor", "asked", BEFORE)],
        id="asked-about",
    ),
    pytest.param(
        "Ana Ruiz said of the plan that it was doomed.",
        [(26, 44, "indirect", "Ana Ruiz", "said", BEFORE)],
        id="that-after-said-of",
    ),
    pytest.param(
        "The levy is widely seen as a tax on the poor.",
        [(27, 44, "indirect", "The levy", "seen", BEFORE)],
        id="seen-as",
    ),
    pytest.param(
        "But the survey shows only a small gap between the parties.",
        [(21, 57, "indirect", "the survey", "shows", BEFORE)],
        id="an-adverb-after-the-cue-opens-the-content",
    ),
]

# -- a headline in title case ------------------------------------------------------

HEADLINE = "reported_headline"

HEADLINES = [
    pytest.param(
        "Port Authority Says New Bridge Will Open In May\n\nThe bridge has been shut since 2019.",
        [(20, 47, "indirect", "Port Authority", "Says", HEADLINE)],
        id="the-source-before-the-cue",
    ),
    pytest.param(
        "Bridge Will Open In May, Port Authority Says.\n\nThe bridge has been shut since 2019.",
        [(0, 23, "indirect", "Port Authority", "Says", HEADLINE)],
        id="the-cue-ends-the-headline",
    ),
    pytest.param(
        "Update: Mayor Okafor Calls For Inquiry Into Flood Damage\n\nThe council met.",
        [(31, 56, "indirect", "Okafor", "Calls For", HEADLINE)],
        id="a-label-before-a-colon-is-no-source",
    ),
    pytest.param(
        "New Bridge Opens In May\n\nThe port authority says the bridge will open in May.",
        [(49, 76, "indirect", "The port authority", "says", BEFORE)],
        id="a-headline-without-a-cue",
    ),
    pytest.param(
        "4:15PM Grace Okafor Just Said The Vote Was Fair\n\nThe count went on.",
        [(30, 47, "indirect", "Grace Okafor", "Said", HEADLINE)],
        id="a-time-and-an-adverb-are-no-source",
    ),
]

NEGATIVES = [
    pytest.param("No one expected a long debate.", id="expected-in-the-active"),
    pytest.param("The report was released on Monday.", id="a-noun-before-an-auxiliary"),
    pytest.param("She spoke at the rally, in which she said little.", id="in-which"),
    pytest.param("Grace Okafor found herself in trouble last week.", id="found-without-that"),
    pytest.param("The state will pay for the bridge.", id="state-the-noun"),
    pytest.param("Grace Okafor welcomed the guests to the hall.", id="welcomed"),
    pytest.param("Ana Ruiz suspects the new tenants.", id="suspects-without-that"),
    pytest.param("Grace Okafor spoke on Monday in Leeds.", id="on-opens-no-content"),
    pytest.param("Port Authority Says\n\nThe bridge opens.", id="a-headline-cue-with-no-content"),
    pytest.param(
        "The Mayor Says The Bridge Is Safe, And Many Believe It, but most do not.",
        id="a-sentence-in-lower-case-is-no-headline",
    ),
    pytest.param("The committee understood the risks.", id="understood-without-that"),
    pytest.param("Grace Okafor backed the plan from the start.", id="backed-is-no-cue"),
    pytest.param("Ruiz was seen at the rally on Monday.", id="a-passive-before-an-adverbial"),
    pytest.param("Tom Cole said Thursday.", id="a-weekday-and-no-content"),
    pytest.param("Thousands of voters showed up at the caucuses.", id="a-phrasal-verb"),
    pytest.param(
        "A new group called Black Votes Matter is raising money.", id="called-names-a-group"
    ),
    pytest.param("It was denounced by the union.", id="a-passive-of-it"),
    pytest.param(
        "Okafor leads the race by 270 pledged delegates after the spring contests.",
        id="a-counted-participle-is-an-adjective",
    ),
    pytest.param(
        "The mayor won the ward thanks to strong support from renters.",
        id="thanks-to-is-a-preposition",
    ),
    pytest.param(
        "Student protests that spread across the county closed three schools.",
        id="protests-is-a-noun",
    ),
    pytest.param(
        "In a later interview with the paper, she joked about moving to New Zealand if the "
        "vote went badly.",
        id="a-frame-with-a-long-tail-is-no-frame",
    ),
    pytest.param(
        "The plan would fail, forcing her to fend off both rivals, said Brad Ortiz.",
        id="the-name-after-an-inverted-cue-is-no-content",
    ),
    pytest.param(
        "'I would use the word 'old-school,'' said Tom Ruiz.",
        id="the-name-after-a-closing-mark-is-no-content",
    ),
    pytest.param("Ana Ruiz drove to Leeds to see the match.", id="to-see-is-a-purpose"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    RAISED + PASSIVES + INFINITIVES + RELATIVES + CONTENT_SPANS + CUE_WORDS + HEADLINES,
)
def test_reported_spans(text: str, expected: list[Row]) -> None:
    check(text, expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_report(text: str) -> None:
    assert extract_quotes(text, kinds=ALL) == []
