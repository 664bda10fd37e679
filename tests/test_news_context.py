"""Who said it when a news quotation has no frame of its own (the
paragraph of narration right before it, ``narration_before``), or when a
word of its frame could be read two ways (a reporting word used as a noun,
a cue that opens a clause after a comma).

Each case lists every quotation returned by default as ``(start, end,
speaker, cue, cue_lemma, rule, kind)``, as in ``test_attribution.py``. The
sentences are written for these tests, in the layouts of agency copy.
"""

from __future__ import annotations

import pytest

from quotex import extract_quotes
from tests.test_attribution import Row, check, xfail

NARRATION_BEFORE = [
    pytest.param(
        "Ann Lee spoke on Monday.\n\nLee said the region would not be left alone.\n\n"
        "“That is because we live here.”",
        [(73, 102, "Ann Lee", None, None, "narration_before", "direct")],
        id="a-paraphrase-then-the-quotation",
    ),
    pytest.param(
        "Tom Reyes, the mayor, took questions.\n\nWhen the vote was called, Reyes left "
        "the room.\n\n“I had seen enough.”",
        [(88, 106, "Tom Reyes", None, None, "narration_before", "direct")],
        id="past-an-opening-subordinate-clause",
    ),
    pytest.param(
        "Mayor Ann Lee met the council.\n\nShe praised the budget and the staff.\n\n"
        "“It is a good day for the town.”",
        [(72, 102, "Ann Lee", None, None, "narration_before", "direct")],
        id="she-opens-the-narration",
    ),
    pytest.param(
        "Lee praised the budget.\n\n“It is a good day,” said Tom Reyes.\n\n"
        "“We will build the school.”",
        [
            (26, 43, "Tom Reyes", "said", "say", "cue_after", "direct"),
            (63, 88, "Tom Reyes", None, None, "continuing_paragraph", "direct"),
        ],
        id="a-quoted-paragraph-before-goes-on-instead",
    ),
    pytest.param(
        "Ann Lee answered questions on Monday.\n\nTom Okafor smiled at Lee’s answer. "
        "“That is not what you said in May.”",
        [(75, 108, "Tom Okafor", None, None, "paragraph_subject", "direct")],
        id="a-possessive-in-the-narration-is-no-speaker",
    ),
    pytest.param(
        "Speaking on Monday, officials praised the budget.\n\n“It is a good day.”",
        [(52, 69, None, None, None, None, "direct")],
        id="a-capitalised-word-names-nobody",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NARRATION_BEFORE)
def test_the_narration_before_names_the_speaker(text: str, expected: list[Row]) -> None:
    check(text, expected)


def test_the_rule_can_be_switched_off() -> None:
    text = "Ann Lee spoke on Monday.\n\nLee said it was late.\n\n“We stay.”"
    [q] = extract_quotes(text, rules={"cue_after", "cue_before"})
    assert (q.speaker, q.rule) == (None, None)


NOUNS_AND_CLAUSES = [
    pytest.param(
        "Sanders made the following comment: “Young people are out of work.”",
        [(37, 66, "Sanders", None, None, "colon", "direct")],
        id="a-reporting-word-after-an-article-is-a-noun",
    ),
    pytest.param(
        "Mr. Okafor smiled at Mrs. Lee's remark: “That is kind.”",
        [(41, 54, "Mr. Okafor", None, None, "colon", "direct")],
        id="a-reporting-word-after-a-possessive-is-a-noun",
    ),
    pytest.param(
        "Ann Lee gave a sharp reply: “No.”",
        [(29, 32, "Ann Lee", None, None, "colon", "direct")],
        id="a-bare-reporting-word-after-a-and-an-adjective-is-a-noun",
    ),
    pytest.param(
        "“I am afraid,” said Mrs. Hale. “Do you know, sir,” sinking her voice into a low "
        "whisper, “I fear for him.”",
        [
            (1, 13, "Mrs. Hale", "said", "say", "cue_after", "direct"),
            (32, 49, "Mrs. Hale", None, None, "same_paragraph", "direct"),
            (90, 105, "Mrs. Hale", None, None, "same_paragraph", "direct"),
        ],
        id="a-noun-after-a-quotation-is-no-cue",
    ),
    pytest.param(
        "“We will win,” a spokesman says.",
        [(1, 13, "a spokesman", "says", "say", "cue_after", "direct")],
        id="a-reporting-word-that-agrees-with-its-subject-is-a-verb",
    ),
    pytest.param(
        "In the end, said Tom Okafor, “we will wait.”",
        [(30, 43, "Tom Okafor", "said", "say", "cue_before", "direct")],
        id="a-cue-opening-a-clause-then-its-name",
    ),
    pytest.param(
        "In an interview last year, Lazar said he was ready and added, “I will go.”",
        [(63, 73, "Lazar", "added", "add", "cue_before", "direct")],
        id="a-coordinated-cue-past-an-opening-adverbial",
    ),
    pytest.param(
        "Dick Dever, a state senator, told Ann Lee, “We win.”",
        [(44, 51, "Dick Dever", "told", "tell", "cue_before", "direct")],
        id="the-one-told-after-an-appositive-is-no-speaker",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOUNS_AND_CLAUSES)
def test_nouns_and_clauses_around_a_cue(text: str, expected: list[Row]) -> None:
    check(text, expected)


FIGURES_IN_DESCRIPTIONS = [
    pytest.param(
        "“We want justice,” said 9/11 widow Terry Strada.",
        [(1, 17, "Terry Strada", "said", "say", "cue_after", "direct")],
        id="a-date-in-the-description",
    ),
    pytest.param(
        "“They care about two things,” Fight for $15 organizer Kendall Fells told Fox News.",
        [(1, 28, "Kendall Fells", "told", "tell", "cue_after", "direct")],
        id="a-sum-in-the-description",
    ),
    pytest.param(
        "“We lost,” said 20 people at the rally.",
        [(1, 9, None, None, None, None, "direct")],
        id="a-number-names-nobody",
        marks=xfail("the words before a nominal are read as a description: “the rally”"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIGURES_IN_DESCRIPTIONS)
def test_figures_in_a_description_before_the_name(text: str, expected: list[Row]) -> None:
    check(text, expected)


OWNED_DESCRIPTIONS = [
    pytest.param(
        "“We will not comment,” Powell’s office said in a statement.",
        [(1, 21, "Powell’s office", "said", "say", "cue_after", "direct")],
        id="an-office-speaks-for-its-owner",
    ),
    pytest.param(
        "Trump’s spokesman said: “We will not comment.”",
        [(25, 45, "Trump’s spokesman", "said", "say", "cue_before", "direct")],
        id="a-spokesman-is-not-the-one-he-speaks-for",
    ),
    pytest.param(
        "Ryan’s campaign shrugged off the comments, telling reporters, “Nobody asked.”",
        [(63, 76, "Ryan’s campaign", "telling", "tell", "cue_before", "direct")],
        id="an-owned-description-opens-the-clause",
    ),
    pytest.param(
        "“We are ready,” said Clinton’s top foreign policy aide Jake Sullivan.",
        [(1, 14, "Jake Sullivan", "said", "say", "cue_after", "direct")],
        id="a-name-after-the-owned-description-speaks",
    ),
    pytest.param(
        "Dow’s chief executive, Andrew Liveris, said: “The timing was bad.”",
        [(46, 65, "Andrew Liveris", "said", "say", "cue_before", "direct")],
        id="an-owned-description-gives-way-to-its-appositive",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWNED_DESCRIPTIONS)
def test_a_description_a_possessive_name_opens(text: str, expected: list[Row]) -> None:
    check(text, expected)


# Outside a news article (a text that reads as dialogue), a possessive
# description is its owner's: "Marilla’s thin lips replied" is Marilla's turn.
OWNER_IN_FICTION = (
    "Anne came in from the garden with her apron full of apples.\n\n"
    "“May I make a pie?” she asked.\n\n"
    "“If you wash your hands first,” said Marilla.\n\n"
    "“I will. I promise.”\n\n"
    "“And the kitchen after.”\n\n"
    "“Yes, Marilla.”\n\n"
    "“And no cinnamon this time.”\n\n"
    "“Then see that you do,” Marilla’s thin lips replied, but Anne only laughed.\n"
)


def test_a_possessive_description_is_its_owner_outside_news() -> None:
    start = OWNER_IN_FICTION.index("Then")
    quote = next(q for q in extract_quotes(OWNER_IN_FICTION) if q.start == start)
    assert (quote.end, quote.speaker, quote.speaker_mention, quote.rule) == (
        start + len("Then see that you do,"),
        "Marilla",
        "Marilla’s thin lips",
        "cue_after",
    )
