"""Who said a report: the subject of its cue, read past what only looks
like one.

Each case lists every quotation returned with all three kinds as
``(start, end, kind, speaker, speaker_mention, cue, rule)``. The sentences
are written for these tests in the style of news reports.
"""

from __future__ import annotations

from typing import Any

import pytest

from quotex import Quote, extract_quotes
from tests.offsets import assert_offsets_hold

ALL = frozenset({"direct", "mixed", "indirect"})
BEFORE = "reported_before"
AFTER = "reported_after"


def row(q: Quote) -> tuple[Any, ...]:
    return (q.start, q.end, q.kind, q.speaker, q.speaker_mention, q.cue, q.rule)


SPEAKERS = [
    pytest.param(
        "While old political hands say the count is slow, others disagree.",
        [
            (
                30,
                47,
                "indirect",
                "old political hands",
                "old political hands",
                "say",
                BEFORE,
            )
        ],
        id="a-plain-subject-after-an-opening-while",
    ),
    pytest.param(
        "Even some of the mayor's allies have described the plan as a lapse.",
        [
            (
                47,
                66,
                "indirect",
                "some of the mayor's allies",
                "some of the mayor's allies",
                "described",
                BEFORE,
            )
        ],
        id="even-is-no-part-of-the-subject",
    ),
    pytest.param(
        "The mayor defended the budget, yet city officials stressed that cuts would come.",
        [
            (19, 29, "indirect", "The mayor", "The mayor", "defended", BEFORE),
            (59, 79, "indirect", "city officials", "city officials", "stressed", BEFORE),
        ],
        id="yet-opens-a-clause-of-its-own",
    ),
    pytest.param(
        "Voters are saying the economy is weak.",
        [(18, 37, "indirect", "Voters", "Voters", "saying", BEFORE)],
        id="a-plain-subject-before-are",
    ),
    pytest.param(
        "Democrats do not believe the plan will work.",
        [(25, 43, "indirect", "Democrats", "Democrats", "believe", BEFORE)],
        id="a-plain-subject-before-do-not",
    ),
    pytest.param(
        "The city council released a statement on Monday saying the budget would be cut.",
        [(55, 78, "indirect", "The city council", "The city council", "saying", BEFORE)],
        id="a-participle-after-an-object",
    ),
    pytest.param(
        "Maria Lopez spoke on local radio and began by saying she would not run again.",
        [(53, 76, "indirect", "Maria Lopez", "Maria Lopez", "saying", BEFORE)],
        id="a-gerund-after-a-preposition",
    ),
    pytest.param(
        "On Thursday, however, Grace Okafor spoke to farmers in Leeds, promising that the"
        " subsidy would stay.",
        [(72, 99, "indirect", "Grace Okafor", "Grace Okafor", "promising", BEFORE)],
        id="the-subject-after-an-opening-adverbial",
    ),
    pytest.param(
        "The regional governor toured the flooded towns, with local officials warning that"
        " more rain was coming.",
        [(77, 102, "indirect", "local officials", "local officials", "warning", BEFORE)],
        id="an-absolute-clause-with-with",
    ),
    pytest.param(
        "Thousands of workers marched through the capital, most of them demanding that wages rise.",
        [(73, 88, "indirect", "most of them", "most of them", "demanding", BEFORE)],
        id="an-absolute-clause-of-a-quantity",
    ),
    pytest.param(
        "“We will not give in,” Okafor said in a statement, adding that talks would resume.",
        [
            (1, 21, "direct", "Okafor", "Okafor", "said", "cue_after"),
            (58, 81, "indirect", "Okafor", "Okafor", "adding", BEFORE),
        ],
        id="a-participle-after-a-quotation-and-its-frame",
    ),
    pytest.param(
        "Ana Ruiz at the time said the bridge was safe.",
        [(26, 45, "indirect", "Ana Ruiz", "Ana Ruiz", "said", BEFORE)],
        id="a-time-after-a-preposition-is-no-subject",
    ),
    pytest.param(
        "In Leeds, Councillor Ana Ruiz, the deputy leader, said that the depot would close.",
        [(55, 81, "indirect", "Ana Ruiz", "Councillor Ana Ruiz", "said", BEFORE)],
        id="the-name-after-an-opening-place",
    ),
    pytest.param(
        "Grace Okafor also persisted in arguments that the levy was unfair.",
        [(41, 65, "indirect", "Grace Okafor", "Grace Okafor", "arguments", "reported_nominal")],
        id="a-noun-without-an-owner-is-the-subject-s",
    ),
    pytest.param(
        "Veteran Labour councillor Ana Ruiz opened the meeting and said the depot would stay open.",
        [
            (
                63,
                88,
                "indirect",
                "Ana Ruiz",
                "Veteran Labour councillor Ana Ruiz",
                "said",
                BEFORE,
            )
        ],
        id="a-description-before-a-name-opens-the-clause",
    ),
    pytest.param(
        "Ana Ruiz, 59, of Springfield, Ill., said the roads were flooded.",
        [(41, 63, "indirect", "Ana Ruiz", "Ana Ruiz", "said", BEFORE)],
        id="the-name-before-its-age-and-town",
    ),
    pytest.param(
        "Finally, Okafor said the depot would reopen.",
        [(21, 43, "indirect", "Okafor", "Okafor", "said", BEFORE)],
        id="an-opening-adverb-is-no-name",
    ),
    pytest.param(
        "Okafor did not name her rivals, but told the crowd that the levy would pass.",
        [(51, 75, "indirect", "Okafor", "Okafor", "told", BEFORE)],
        id="a-joint-after-a-comma-is-no-frame-s-subject",
    ),
    pytest.param(
        "Ana Ruiz and Grace Okafor said the depot would close.",
        [
            (
                31,
                52,
                "indirect",
                "Ana Ruiz and Grace Okafor",
                "Ana Ruiz and Grace Okafor",
                "said",
                BEFORE,
            )
        ],
        id="two-names-joined-by-and-as-written",
    ),
    pytest.param(
        "Okafor isn’t saying what she will do next.",
        [(20, 41, "indirect", "Okafor", "Okafor", "saying", BEFORE)],
        id="a-negated-auxiliary-is-no-part-of-the-subject",
    ),
    pytest.param(
        "Council officials privately conceded that the vote was lost.",
        [(37, 59, "indirect", "Council officials", "Council officials", "conceded", BEFORE)],
        id="an-adverb-is-no-part-of-the-subject",
    ),
    pytest.param(
        "Tom Hale, a former director of the Office of Budget and Planning, has been pushing"
        " for reform, arguing that costs must fall.",
        [(103, 123, "indirect", "Tom Hale", "Tom Hale", "arguing", BEFORE)],
        id="the-name-before-a-long-appositive-shares-its-clause",
    ),
    pytest.param(
        "In describing the new mayor, Okafor said she sees someone who listens.",
        [
            (14, 27, "indirect", "Okafor", "Okafor", "describing", BEFORE),
            (41, 69, "indirect", "Okafor", "Okafor", "said", BEFORE),
        ],
        id="a-participle-in-an-opening-adverbial-is-the-main-subject-s",
    ),
    pytest.param(
        "Advisers to Mr. Patel say the plan will fail.",
        [(26, 44, "indirect", "Advisers to Mr. Patel", "Advisers to Mr. Patel", "say", BEFORE)],
        id="someone-s-advisers-as-written",
    ),
    pytest.param(
        "Many economists said the rate cut came too late.",
        [(21, 47, "indirect", "Many economists", "Many economists", "said", BEFORE)],
        id="a-group-as-written",
    ),
    pytest.param(
        "Democratic voters said the economy mattered most.",
        [(23, 48, "indirect", "Democratic voters", "Democratic voters", "said", BEFORE)],
        id="a-group-with-an-adjective-as-written",
    ),
    pytest.param(
        "Ana Ruiz visited the plant in Leeds, Yorkshire, arguing that the jobs could be saved.",
        [(56, 84, "indirect", "Ana Ruiz", "Ana Ruiz", "arguing", BEFORE)],
        id="a-place-set-off-by-commas-is-no-subject",
    ),
    pytest.param(
        "Grace Okafor met her rival, Ana Ruiz, saying the race had been fair.",
        [(45, 67, "indirect", "Grace Okafor", "Grace Okafor", "saying", BEFORE)],
        id="a-rival-set-off-by-commas-is-no-subject",
    ),
    pytest.param(
        "The director of the museum, Tom Hale, visited the site and said the wing would reopen.",
        [(64, 85, "indirect", "Tom Hale", "Tom Hale", "said", BEFORE)],
        id="a-name-in-an-appositive-shares-its-verb",
    ),
    pytest.param(
        "Okafor is saying the vote was rigged.",
        [(17, 36, "indirect", "Okafor", "Okafor", "saying", BEFORE)],
        id="a-progressive-has-its-own-subject",
    ),
    pytest.param(
        "The union's leaders were also critical, perhaps fearing that members would walk out.",
        [(56, 83, "indirect", "The union's leaders", "The union's leaders", "fearing", BEFORE)],
        id="a-possessive-description-after-an-adverb",
    ),
    pytest.param(
        "Several groups sent a letter to the board urging it to reconsider.",
        [(49, 65, "indirect", "Several groups", "Several groups", "urging", BEFORE)],
        id="a-description-before-an-irregular-past",
    ),
    pytest.param(
        "Tom Hale opened the fair and specifically mentioned that the roof had been repaired.",
        [(52, 83, "indirect", "Tom Hale", "Tom Hale", "mentioned", BEFORE)],
        id="an-adverb-after-and",
    ),
    pytest.param(
        "Dow’s chief executive, Andrew Liveris, said that the timing was bad.",
        [(44, 67, "indirect", "Andrew Liveris", "Andrew Liveris", "said", BEFORE)],
        id="an-owned-description-gives-way-to-its-appositive",
    ),
    pytest.param(
        "Senator Lindsey Graham, Republican of South Carolina, said that Mr. Trump had erred.",
        [(59, 83, "indirect", "Lindsey Graham", "Senator Lindsey Graham", "said", BEFORE)],
        id="a-party-and-state-is-no-office",
    ),
    pytest.param(
        "Grace Okafor didn’t say the vote had been rigged.",
        [(24, 48, "indirect", "Grace Okafor", "Grace Okafor", "say", BEFORE)],
        id="a-base-form-after-a-contracted-negation",
    ),
    pytest.param(
        "Ana Ruiz doesn't believe the figures are right.",
        [(25, 46, "indirect", "Ana Ruiz", "Ana Ruiz", "believe", BEFORE)],
        id="a-base-form-after-doesnt",
    ),
    pytest.param(
        "The levy drew anger from farmers who say it will ruin them.",
        [(41, 58, "indirect", "farmers", "farmers", "say", BEFORE)],
        id="a-relative-subject-stands-for-the-words-before-it",
    ),
    pytest.param(
        "The rule angered farmers, who said the levy would ruin them.",
        [(35, 59, "indirect", "farmers", "farmers", "said", BEFORE)],
        id="a-relative-subject-stands-for-no-verb-before-it",
    ),
    pytest.param(
        "The embattled mayor, who said the bridge was safe, resigned.",
        [(30, 49, "indirect", "The embattled mayor", "The embattled mayor", "said", BEFORE)],
        id="a-past-form-after-a-determiner-is-no-verb",
    ),
    pytest.param(
        "The council had the final say in the matter.",
        [],
        id="a-base-form-after-a-determiner-is-a-noun",
    ),
    pytest.param(
        "Jason Sims — a teacher from Leeds — says he made up his mind late.",
        [(41, 65, "indirect", "Jason Sims", "Jason Sims", "says", BEFORE)],
        id="an-aside-set-off-by-dashes",
    ),
    pytest.param(
        "Party leaders -- and, in particular, Grace Okafor -- insisted that the levy go.",
        [(62, 78, "indirect", "Party leaders", "Party leaders", "insisted", BEFORE)],
        id="an-aside-set-off-by-double-hyphens",
    ),
    pytest.param(
        "The council will close the depot next year, as first reported by the Daily Courier"
        " on Monday.",
        [(0, 42, "indirect", "the Daily Courier", "the Daily Courier", "reported", AFTER)],
        id="the-agent-of-a-trailing-passive-cue",
    ),
    pytest.param(
        "The plan would cut bus fares, the mayor reported.",
        [(0, 28, "indirect", "the mayor", "the mayor", "reported", AFTER)],
        id="a-trailing-cue-with-no-agent-keeps-its-subject",
    ),
    pytest.param(
        "Of the 12 council members, 9 agreed that the levy should go.",
        [(36, 59, "indirect", "9", "9", "agreed", BEFORE)],
        id="a-number-before-a-cue-and-no-plural-noun-is-its-subject",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKERS)
def test_speaker(text: str, expected: list[tuple[Any, ...]]) -> None:
    found = extract_quotes(text, kinds=ALL)
    assert [row(q) for q in found] == expected
    assert_offsets_hold(text, found)
