"""Reported speech: ``extract_quotes(kinds=...)`` with ``"indirect"``.

Each case lists every quotation returned with all three kinds as
``(start, end, kind, speaker, cue, rule)``. The sentences are written for
these tests in the style of news reports. Cases quotex gets wrong keep the
right answer, marked ``xfail(strict=True)`` with the reason.
"""

from __future__ import annotations

import io
from typing import Any

import pytest

from quotex import Lexicon, Quote, extract_many, extract_quotes
from quotex.batch import Options
from quotex.cli import main
from tests.offsets import assert_offsets_hold

ALL = frozenset({"direct", "mixed", "indirect"})

Row = tuple[int, int, str, "str | None", "str | None", "str | None"]


def row(q: Quote) -> tuple[Any, ...]:
    return (q.start, q.end, q.kind, q.speaker, q.cue, q.rule)


def check(text: str, expected: list[Row]) -> list[Quote]:
    found = extract_quotes(text, kinds=ALL)
    assert [row(q) for q in found] == expected
    assert_offsets_hold(text, found)
    return found


def xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=reason, strict=True)


BEFORE = "reported_before"
AFTER = "reported_after"
ACCORDING = "reported_according_to"
NOMINAL = "reported_nominal"
OPENING = "reported_opening"
COLON = "reported_colon"

# -- the subject, the cue, the content --------------------------------------------

CUE_BEFORE = [
    pytest.param(
        "Jens Stoltenberg said the alliance was ready to respond.",
        [(22, 55, "indirect", "Jens Stoltenberg", "said", BEFORE)],
        id="said-without-that",
    ),
    pytest.param(
        "The mayor of Springfield, Ana Ruiz, said on Tuesday that the bridge would reopen in May.",
        [(52, 87, "indirect", "Ana Ruiz", "said", BEFORE)],
        id="that-after-a-time-and-the-name-in-an-appositive",
    ),
    pytest.param(
        "Grace Okafor told reporters she would run again.",
        [(28, 47, "indirect", "Grace Okafor", "told", BEFORE)],
        id="told-leaves-out-the-recipient",
    ),
    pytest.param(
        "Grace Okafor told The Guardian on Friday that she would not resign.",
        [(41, 66, "indirect", "Grace Okafor", "told", BEFORE)],
        id="told-a-newspaper-that",
    ),
    pytest.param(
        "Okafor says the budget is balanced.",
        [(12, 34, "indirect", "Okafor", "says", BEFORE)],
        id="says",
    ),
    pytest.param(
        "Okafor asked why the bridge was still closed?",
        [(13, 45, "indirect", "Okafor", "asked", BEFORE)],
        id="question-mark-of-the-content-kept",
    ),
    pytest.param(
        "Maria Lopez chairs the committee. She said the vote would be held in March.",
        [(43, 74, "indirect", "Maria Lopez", "said", BEFORE)],
        id="pronoun-to-the-name-before",
    ),
    pytest.param(
        "Gov. Pat Lopez (D) said the budget would balance.",
        [(24, 48, "indirect", "Pat Lopez", "said", BEFORE)],
        id="party-in-brackets-before-the-cue",
    ),
    pytest.param(
        "Ana Ruiz, 54, a retired teacher, said the school had been neglected for years.",
        [(38, 77, "indirect", "Ana Ruiz", "said", BEFORE)],
        id="appositive-between-name-and-cue",
    ),
    pytest.param(
        "Ruiz said the school was neglected — a claim the district denies.",
        [(10, 34, "indirect", "Ruiz", "said", BEFORE)],
        id="content-ends-at-a-dash",
    ),
    pytest.param(
        "Ruiz said the school was neglected; the district disagreed.",
        [(10, 34, "indirect", "Ruiz", "said", BEFORE)],
        id="content-ends-at-a-semicolon",
    ),
    pytest.param(
        "Okafor, who said the vote was rigged, lost the appeal.",
        [(17, 36, "indirect", "Okafor", "said", BEFORE)],
        id="relative-clause-to-its-comma",
    ),
    pytest.param(
        "Senator Lopez left the chamber and said the vote was rigged.",
        [(40, 59, "indirect", "Lopez", "said", BEFORE)],
        id="coordinated-cue-shares-the-subject",
    ),
    pytest.param(
        "Ana Ruiz defended the plan, saying it would create jobs.",
        [
            (18, 26, "indirect", "Ana Ruiz", "defended", BEFORE),
            (35, 55, "indirect", "Ana Ruiz", "saying", BEFORE),
        ],
        id="participle-after-a-comma",
    ),
]

BASE_FORM_SUBJECTS = [
    pytest.param(
        "Some say the council acted too late.",
        [(9, 35, "indirect", "Some", "say", BEFORE)],
        id="a-quantity-takes-the-base-form",
    ),
    pytest.param(
        "Only 24 percent said the council was honest.",
        [(21, 43, "indirect", "24 percent", "said", BEFORE)],
        id="a-focus-adverb-before-a-quantity",
    ),
    pytest.param(
        "Nearly a third say the levy is too high.",
        [(19, 39, "indirect", "a third", "say", BEFORE)],
        id="a-fraction-takes-the-base-form",
    ),
    pytest.param(
        "Supporters of the levy hope the vote will pass.",
        [(28, 46, "indirect", "Supporters of the levy", "hope", BEFORE)],
        id="the-head-before-of-takes-the-base-form",
    ),
    pytest.param(
        "Grace Okafor lost the vote, and she’s hoping the court will overturn it.",
        [(45, 71, "indirect", "Grace Okafor", "hoping", BEFORE)],
        id="a-pronoun-and-is-no-possessive",
    ),
    pytest.param(
        "Grace Okafor maintained that the vote was fair.",
        [(24, 46, "indirect", "Grace Okafor", "maintained", BEFORE)],
        id="maintain-before-that",
    ),
    pytest.param(
        "Ana Ruiz was quick to point out that the budget had doubled.",
        [(32, 59, "indirect", "Ana Ruiz", "point out", BEFORE)],
        id="an-infinitive-before-that-shares-the-subject",
    ),
]

COORDINATED = [
    pytest.param(
        "Most voters said they were worried about the levy, and Grace Okafor said it "
        "would pass anyway.",
        [
            (17, 49, "indirect", "Most voters", "said", BEFORE),
            (73, 93, "indirect", "Grace Okafor", "said", BEFORE),
        ],
        id="a-clause-of-its-own-after-and",
    ),
    pytest.param(
        "Okafor said polls show the levy will pass.",
        [(12, 41, "indirect", "Okafor", "said", BEFORE)],
        id="a-cue-inside-the-content-is-part-of-it",
    ),
]

CONTENT_ENDS = [
    pytest.param(
        "Okafor said the levy would pass, a claim the council disputes.",
        [(12, 31, "indirect", "Okafor", "said", BEFORE)],
        id="an-appositive-after-a-comma-ends-the-content",
    ),
    pytest.param(
        "Grace Okafor praised Ana Ruiz, a former aide to the mayor.",
        [(21, 29, "indirect", "Grace Okafor", "praised", BEFORE)],
        id="an-appositive-to-a-thing-praised",
    ),
]

MORE_VERBS = [
    pytest.param(
        "Grace Okafor tweeted that the levy had passed.",
        [(21, 45, "indirect", "Grace Okafor", "tweeted", BEFORE)],
        id="tweeted-that",
    ),
    pytest.param(
        "Many voters feel the system is rigged against them.",
        [(17, 50, "indirect", "Many voters", "feel", BEFORE)],
        id="feel-a-belief",
    ),
]

BELIEF_PLAN_DENIAL_DEMAND = [
    pytest.param(
        "Many economists believe the rate cut came too late.",
        [(24, 50, "indirect", "Many economists", "believe", BEFORE)],
        id="believe",
    ),
    pytest.param(
        "The senator plans to introduce the bill next week.",
        [(18, 49, "indirect", "The senator", "plans", BEFORE)],
        id="plans-to",
    ),
    pytest.param(
        "Ruiz wants to rebuild the old harbour.",
        [(11, 37, "indirect", "Ruiz", "wants", BEFORE)],
        id="wants-to",
    ),
    pytest.param(
        "The minister denied that she had met the lobbyists.",
        [(20, 50, "indirect", "The minister", "denied", BEFORE)],
        id="denied-that",
    ),
    pytest.param(
        "The union urged its members to reject the offer.",
        [(16, 47, "indirect", "The union", "urged", BEFORE)],
        id="urged-to",
    ),
]

# -- the content, then the frame -----------------------------------------------------

CUE_AFTER = [
    pytest.param(
        "The factory will close by June, the company said.",
        [(0, 30, "indirect", "the company", "said", AFTER)],
        id="nominal-said",
    ),
    pytest.param(
        "The factory will close by June, said Maria Lopez, a union official.",
        [(0, 30, "indirect", "Maria Lopez", "said", AFTER)],
        id="inverted-with-appositive",
    ),
    pytest.param(
        "The bridge is unsafe, Ruiz told reporters on Monday.",
        [(0, 20, "indirect", "Ruiz", "told", AFTER)],
        id="told-reporters-on-monday",
    ),
    pytest.param(
        "Maria Lopez chairs the committee. "
        "In the long run, she said, the plan would pay for itself.",
        [
            (34, 49, "indirect", "Maria Lopez", "said", AFTER),
            (61, 90, "indirect", "Maria Lopez", "said", AFTER),
        ],
        id="aside-after-an-adverbial",
    ),
    pytest.param(
        "Ana Ruiz is the mayor. The district, she noted, has not replied to her letters.",
        [
            (23, 35, "indirect", "Ana Ruiz", "noted", AFTER),
            (48, 78, "indirect", "Ana Ruiz", "noted", AFTER),
        ],
        id="aside-inside-the-content",
    ),
    pytest.param(
        "But, he said, the risk is worth taking.",
        [(14, 38, "indirect", None, "said", AFTER)],
        id="aside-after-a-conjunction-too-short-to-report",
    ),
    pytest.param(
        "The deal is dead, Okafor said, adding that talks would resume in May.",
        [
            (0, 16, "indirect", "Okafor", "said", AFTER),
            (38, 68, "indirect", "Okafor", "adding", BEFORE),
        ],
        id="participle-after-the-frame-opens-a-report-of-its-own",
    ),
    pytest.param(
        "The deal is dead, said Grace Okafor, the union leader, on Monday.",
        [(0, 16, "indirect", "Grace Okafor", "said", AFTER)],
        id="appositive-after-an-inverted-frame-is-no-content",
    ),
    pytest.param(
        "Turnout fell to 41 percent, according to the election commission.",
        [(0, 26, "indirect", "the election commission", "according to", ACCORDING)],
        id="according-to-after",
    ),
    pytest.param(
        "The company, which is based in Leeds, cut 40 jobs in March, according to the union.",
        [(0, 58, "indirect", "the union", "according to", ACCORDING)],
        id="a-content-before-its-cue-runs-over-a-relative-clause",
    ),
    pytest.param(
        "According to the election commission, turnout fell to 41 percent.",
        [(38, 64, "indirect", "the election commission", "According to", ACCORDING)],
        id="according-to-before",
    ),
    pytest.param(
        "According to early results of exit polls conducted for the television networks by "
        "a research firm in Ohio, turnout fell to 41 percent.",
        [
            (
                107,
                133,
                "indirect",
                "early results of exit polls conducted for the television networks by a "
                "research firm in Ohio",
                "According to",
                ACCORDING,
            )
        ],
        id="a-source-described-at-length",
    ),
]

OPENING_PARTICIPLES = [
    pytest.param(
        "Asked about the budget gap, Grace Okafor said the council would cut spending.",
        [
            (12, 26, "indirect", "Grace Okafor", "Asked", OPENING),
            (46, 76, "indirect", "Grace Okafor", "said", BEFORE),
        ],
        id="asked-about-the-topic",
    ),
    pytest.param(
        "Asked to explain the delay, the mayor declined to comment.",
        [
            (6, 26, "indirect", "the mayor", "Asked", OPENING),
            (47, 57, "indirect", "the mayor", "declined", BEFORE),
        ],
        id="asked-to-and-no-frame-after-the-participle",
    ),
    pytest.param(
        "Asked whether she “would serve a full term,” Grace Okafor said yes.",
        [(6, 44, "mixed", "Grace Okafor", "Asked", OPENING)],
        id="asked-ends-at-the-quotation-its-comma-ends",
    ),
]

COLON_LEADS = [
    pytest.param(
        "Mike Pence: Trump Was Mocking The Clinton Camp\n\nThe debate is on Sunday.",
        [(12, 46, "indirect", "Mike Pence", ":", COLON)],
        id="a-headline-after-a-name-and-a-colon",
    ),
    pytest.param(
        "OKAFOR: Well, look, the voters want change. They know it.\n\nRUIZ: “We are ready.”",
        [
            (8, 56, "indirect", "OKAFOR", ":", COLON),
            (66, 79, "direct", "RUIZ", None, "colon"),
        ],
        id="a-transcript-turn-runs-to-its-paragraph-end",
    ),
    pytest.param(
        "Correction: An earlier version of this article misspelled a name.",
        [],
        id="a-heading-is-no-speaker",
    ),
    pytest.param(
        "Grace Okafor: 1,769 votes.\n\nAna Ruiz: 1,501 votes.",
        [],
        id="a-figure-is-no-content",
    ),
]

NOMINAL_CUES = [
    pytest.param(
        "Grace Okafor spoke in Leeds. She held to her view that taxes must rise.",
        [(50, 70, "indirect", "Grace Okafor", "view", NOMINAL)],
        id="her-view-that",
    ),
    pytest.param(
        "The claim that the bridge was unsafe spread quickly online.",
        [(10, 36, "indirect", None, "claim", NOMINAL)],
        id="the-claim-that-as-subject",
        marks=xfail("a content in subject position runs on into its predicate"),
    ),
]

# -- quotations woven into reported content ------------------------------------------

MIXED = [
    pytest.param(
        "Donald Trump said the system is “rigged” against him.",
        [(18, 52, "mixed", "Donald Trump", "said", BEFORE)],
        id="scare-quote-in-content",
    ),
    pytest.param(
        "The deal was “a historic mistake,” said Grace Okafor.",
        [(0, 34, "mixed", "Grace Okafor", "said", AFTER)],
        id="content-ends-in-a-quotation",
    ),
    pytest.param(
        "Ana Ruiz said voters do not need more “emotional, condescending lectures” "
        "from the council.",
        [(14, 90, "mixed", "Ana Ruiz", "said", BEFORE)],
        id="no-break-inside-the-quotation",
    ),
    pytest.param(
        "“We are ready,” he said.",
        [(1, 14, "direct", None, "said", "cue_after")],
        id="a-quotation-alone-stays-direct",
    ),
    pytest.param(
        "“We are ready,” the company said in a statement.",
        [(1, 14, "direct", "the company", "said", "cue_after")],
        id="said-in-a-statement-is-no-content",
    ),
]

# -- hypothetical, negated, and no reports at all ------------------------------------

DECIDED = [
    pytest.param(
        "The minister did not say the talks had failed.",
        [(25, 45, "indirect", "The minister", "say", BEFORE)],
        id="negated-is-reported",
    ),
    pytest.param(
        "Most economists would say the plan is too costly.",
        [(26, 48, "indirect", "Most economists", "say", BEFORE)],
        id="would-say-is-reported",
    ),
]

NEGATIVES = [
    pytest.param("If the minister says the talks failed, the markets will fall.", id="conditional"),
    pytest.param("Unless Okafor says otherwise, the vote goes ahead.", id="unless"),
    pytest.param("Did the minister say the talks failed?", id="question-about-speech"),
    pytest.param("Why would Ruiz claim the bridge is unsafe?", id="why-question"),
    pytest.param("The court seized the said property in 2019.", id="said-as-adjective"),
    pytest.param("Voters will have the final say on the plan.", id="say-as-noun"),
    pytest.param("Trump's remarks on trade drew criticism.", id="possessive-before-noun"),
    pytest.param("The so-called reform passed in May.", id="hyphenated"),
    pytest.param(
        "Ana Ruiz drove to Leeds to see what the storm had done.", id="infinitive-of-purpose"
    ),
    pytest.param(
        "Hours after the vote on the levy, the mayor appeared.", id="appear-closes-no-frame"
    ),
    pytest.param(
        "When the budget was read out in full, the council applauded.",
        id="applaud-closes-no-frame",
    ),
    pytest.param("Grace Okafor maintained a narrow lead in the polls.", id="maintain-without-that"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    CUE_BEFORE
    + BASE_FORM_SUBJECTS
    + COORDINATED
    + MORE_VERBS
    + CONTENT_ENDS
    + BELIEF_PLAN_DENIAL_DEMAND
    + CUE_AFTER
    + NOMINAL_CUES
    + OPENING_PARTICIPLES
    + COLON_LEADS
    + MIXED
    + DECIDED,
)
def test_reported(text: str, expected: list[Row]) -> None:
    check(text, expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_report(text: str) -> None:
    assert extract_quotes(text, kinds=ALL) == []


def test_default_kinds_read_no_reported_speech() -> None:
    text = "Donald Trump said the system is “rigged” against him. He said it twice."
    default = extract_quotes(text)
    assert [(q.text, q.kind) for q in default] == [("rigged", "mixed")]
    assert extract_quotes(text, kinds={"direct", "mixed"}) == default


def test_mixed_replaces_the_woven_quotation() -> None:
    text = "Donald Trump said the system is “rigged” against him."
    [q] = extract_quotes(text, kinds=ALL)
    assert (q.text, q.kind, q.open_mark, q.close_mark) == (
        "the system is “rigged” against him",
        "mixed",
        "",
        "",
    )


def test_indirect_alone() -> None:
    text = "“We are ready,” he said. Ruiz said the bridge would reopen in May."
    found = extract_quotes(text, kinds={"indirect"})
    assert [(q.text, q.kind, q.speaker) for q in found] == [
        ("the bridge would reopen in May", "indirect", "Ruiz")
    ]


def test_text_without_marks() -> None:
    text = "Ruiz said the bridge would reopen in May."
    assert extract_quotes(text) == []
    assert [q.text for q in extract_quotes(text, kinds=ALL)] == ["the bridge would reopen in May"]


def test_byte_order_mark_shifts_reports() -> None:
    text = "\N{ZERO WIDTH NO-BREAK SPACE}Ruiz said the bridge would reopen in May."
    [q] = extract_quotes(text, kinds=ALL)
    assert (q.start, q.end, q.cue_span) == (11, 41, (6, 10))
    assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    ("kinds", "error"),
    [
        pytest.param({"indirect", "reported"}, ValueError, id="unknown-kind"),
        pytest.param("indirect", TypeError, id="one-string"),
    ],
)
def test_kinds_are_checked(kinds: Any, error: type[Exception]) -> None:
    with pytest.raises(error, match="indirect") as caught:
        extract_quotes("Ruiz said so.", kinds=kinds)
    if error is ValueError:
        assert "direct, indirect, mixed" in str(caught.value)


def test_with_reported_verbs() -> None:
    text = "The auditors surmised the accounts had been altered."
    assert extract_quotes(text, kinds=ALL) == []
    lexicon = Lexicon.default().with_reported_verbs("surmise")
    [q] = extract_quotes(text, kinds=ALL, lexicon=lexicon)
    assert (q.text, q.speaker, q.cue, q.cue_lemma) == (
        "the accounts had been altered",
        "The auditors",
        "surmised",
        "surmise",
    )


def test_extract_many_and_options_pass_kinds() -> None:
    texts = ["Ruiz said the bridge would reopen in May.", "No report here."]
    assert [len(qs) for qs in extract_many(texts, kinds=ALL)] == [1, 0]
    assert [len(qs) for qs in extract_many(texts)] == [0, 0]
    options = Options.checked(kinds=ALL)
    assert options.kinds == ALL
    assert [q.kind for q in options.extract(texts[0])] == ["indirect"]
    with pytest.raises(ValueError, match="quotex knows"):
        Options.checked(kinds={"bogus"})


@pytest.mark.parametrize(
    ("args", "kinds"),
    [
        pytest.param(["--indirect"], ["indirect"], id="indirect"),
        pytest.param(["--kinds", "indirect"], ["indirect"], id="kinds"),
        pytest.param([], [], id="default"),
    ],
)
def test_cli_kinds(
    args: list[str], kinds: list[str], tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "news.txt"
    path.write_text("Ruiz said the bridge would reopen in May.\n", encoding="utf-8")
    assert main([*args, "--format", "jsonl", str(path)]) == 0
    out = capsys.readouterr().out
    assert [line.count('"kind": "indirect"') for line in io.StringIO(out)] == [1] * len(kinds)


def test_cli_rejects_an_unknown_kind(tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "news.txt"
    path.write_text("Ruiz said so.\n", encoding="utf-8")
    assert main(["--kinds", "direct,reported", str(path)]) == 2
    assert "unknown kind(s) reported" in capsys.readouterr().err
