"""Turns without a frame of their own in fiction: who answers whom.

Each case lists every quotation as ``(start, end, speaker, cue, cue_lemma,
rule, kind)``. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from quotex import extract_quotes
from tests.test_attribution import Row, check, row

TO, AL = "Tom Okafor", "Ann Lee"

RIDE = (
    "“Is it far?” asked Ann Lee.\n\n“Very,” said Tom Okafor.\n\n"
    "“Then we ride.”\n\n“We have no horses.”\n\n“Then we walk.”\n\n"
)
RIDE4 = RIDE[: RIDE.index("“Then we walk")]
RIDE_TURNS: list[Row] = [
    (1, 11, AL, "asked", "ask", "cue_after", "direct"),
    (30, 35, TO, "said", "say", "cue_after", "direct"),
    (56, 69, AL, None, None, "dialogue_turn", "direct"),
    (73, 91, TO, None, None, "dialogue_turn", "direct"),
    (95, 108, AL, None, None, "dialogue_turn", "direct"),
]

# -- a paragraph of narration before a turn names who speaks it ----------------------

NARRATION_BEFORE = [
    pytest.param(
        RIDE + "Ann Lee looked out at the rain.\n\n“Not today.”",
        [*RIDE_TURNS, (145, 155, AL, None, None, "narration_before", "direct")],
        id="the-one-named-goes-on",
    ),
    pytest.param(
        RIDE + "Tom Okafor looked out at the rain.\n\n“Not today.”",
        [*RIDE_TURNS, (148, 158, TO, None, None, "narration_before", "direct")],
        id="the-one-named-answers",
    ),
    pytest.param(
        RIDE + "The rain went on. Ann Lee looked out at it.\n\n“Not today.”",
        [*RIDE_TURNS, (157, 167, AL, None, None, "narration_before", "direct")],
        id="the-last-sentence-names-her",
    ),
    pytest.param(
        RIDE + "Ann Lee looked out. The rain went on.\n\n“Not today.”",
        [*RIDE_TURNS, (151, 161, AL, None, None, "narration_before", "direct")],
        id="an-earlier-sentence-opens-with-her-name",
    ),
    pytest.param(
        # no sentence opens with a name: the last person named
        RIDE + "The rain went on, and the horses stood with Tom Okafor.\n\n“Not today.”",
        [*RIDE_TURNS, (169, 179, TO, None, None, "narration_before", "direct")],
        id="the-last-person-named",
    ),
    pytest.param(
        # no person named: the turns alternate
        RIDE + "The rain went on all night.\n\n“Not today.”",
        [*RIDE_TURNS, (141, 151, TO, None, None, "dialogue_turn", "direct")],
        id="nobody-named",
    ),
    pytest.param(
        RIDE[: RIDE.index("“Then we walk")]
        + "Tom Okafor looked out at the rain.\n\n“Then we walk.”\n\n"
        + "“Not today,” said Tom Okafor.\n\n“Tomorrow?”",
        [
            *RIDE_TURNS[:4],
            # the frame after it says he answers her: the turn is hers
            (131, 144, AL, None, None, "dialogue_turn", "direct"),
            (148, 158, TO, "said", "say", "cue_after", "direct"),
            (179, 188, AL, None, None, "dialogue_turn", "direct"),
        ],
        id="a-frame-in-the-run-overrules-the-narration",
    ),
    pytest.param(
        # a place is no speaker
        RIDE + "Lagos lay under the rain.\n\n“Not today.”",
        [*RIDE_TURNS, (139, 149, TO, None, None, "dialogue_turn", "direct")],
        id="a-place-names-nobody",
    ),
    pytest.param(
        # the one named is the one the turn calls: not theirs, nor the
        # other talker's (who is called), so the last speaker goes on
        RIDE
        + "The rain went on, and the horses stood with Tom Okafor.\n\n"
        + "“Not today, Tom Okafor.”",
        [*RIDE_TURNS, (169, 191, AL, None, None, "dialogue_turn", "direct")],
        id="the-one-named-is-called-by-the-turn",
    ),
    pytest.param(
        # the turn speaks of the one named: not theirs; the turns alternate
        RIDE + "Ann Lee looked out at the rain.\n\n“Ann Lee has never walked that far.”",
        [*RIDE_TURNS, (145, 179, TO, None, None, "dialogue_turn", "direct")],
        id="the-one-named-is-spoken-of",
    ),
    pytest.param(
        # a cue ends the narration and leads into the turn: its subject speaks
        RIDE4
        + "Ann Lee waited.  At last, with some hesitation, Tom Okafor said--\n\n“Then we walk.”",
        [*RIDE_TURNS[:4], (162, 175, TO, None, None, "narration_before", "direct")],
        id="a-cue-leads-into-the-turn",
    ),
    pytest.param(
        RIDE4 + "Ann Lee waited.  At last, with some hesitation, he said--\n\n“Then we walk.”",
        [*RIDE_TURNS[:4], (154, 167, TO, None, None, "narration_before", "direct")],
        id="a-cue-with-a-pronoun-leads-into-the-turn",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NARRATION_BEFORE)
def test_narration_before(text: str, expected: list[Row]) -> None:
    check(text, expected)


# -- the other talker of a run whose frames all name one person ----------------------

OTHER_TALKER = [
    pytest.param(
        "“Is the boat ready?” asked Tom Okafor.\n\n“Almost.”\n\n"
        "“Then we sail at dawn,” said Tom Okafor.\n\n“At dawn.”\n\n“Good.”\n\n"
        "The wind rose over the harbour.\n\n“I will bring the nets,” said Ann Lee.",
        [
            (1, 19, TO, "asked", "ask", "cue_after", "direct"),
            # named by a frame after the run, in the same conversation
            (41, 48, AL, None, None, "dialogue_turn", "direct"),
            (52, 73, TO, "said", "say", "cue_after", "direct"),
            (94, 102, AL, None, None, "dialogue_turn", "direct"),
            (106, 111, TO, None, None, "dialogue_turn", "direct"),
            (148, 170, AL, "said", "say", "cue_after", "direct"),
        ],
        id="framed-after-the-run",
    ),
    pytest.param(
        "“Is the boat ready?” asked Tom Okafor.\n\n“Almost.”\n\n"
        "“Then we sail at dawn,” said Tom Okafor.\n\n“At dawn.”\n\n“Good.”\n\n"
        "The wind rose over the harbour. The boats knocked together.\n\n"
        "The gulls cried. Night came on.\n\nThe lamps were lit one by one.\n\n"
        "The tide turned.\n\n“I will bring the nets,” said Ann Lee.",
        [
            (1, 19, TO, "asked", "ask", "cue_after", "direct"),
            # four paragraphs of narration end the conversation: Ann Lee is in
            # another, and the turns go on with the last speaker
            (41, 48, TO, None, None, "continuing_paragraph", "direct"),
            (52, 73, TO, "said", "say", "cue_after", "direct"),
            (94, 102, TO, None, None, "continuing_paragraph", "direct"),
            (106, 111, TO, None, None, "dialogue_turn", "direct"),
            (259, 281, AL, "said", "say", "cue_after", "direct"),
        ],
        id="a-later-conversation-is-another",
    ),
    pytest.param(
        "“Is the boat ready?”\n\nThe wind rose over the harbour.\n\n"
        "“Then we sail at dawn,” said Tom Okafor.\n\n“At dawn,” said Ann Lee.\n\n"
        "“Good.”\n\n“Early.”",
        [
            # nobody has spoken yet: the turn before the one Tom Okafor answers
            (1, 19, AL, None, None, "dialogue_turn", "direct"),
            (56, 77, TO, "said", "say", "cue_after", "direct"),
            (98, 106, AL, "said", "say", "cue_after", "direct"),
            (124, 129, TO, None, None, "dialogue_turn", "direct"),
            (133, 139, AL, None, None, "dialogue_turn", "direct"),
        ],
        id="a-first-turn-read-from-the-turns-after-it",
    ),
    pytest.param(
        "“Good night,” said Ben Cole.\n\nThe house was quiet.\n\nThe snow fell.\n\n"
        "The night passed.\n\nMorning came.\n\n“Is it far?” asked Ann Lee.\n\n“Very.”\n\n"
        "The road ran on.\n\n“Then we walk,” said Tom Okafor.\n\n“As you like.”\n\n“Good.”",
        [
            (1, 12, "Ben Cole", "said", "say", "cue_after", "direct"),
            (103, 113, AL, "asked", "ask", "cue_after", "direct"),
            # Ben Cole spoke in another conversation: the one who answers
            # her is the one a frame names after it
            (132, 137, TO, None, None, "dialogue_turn", "direct"),
            (159, 172, TO, "said", "say", "cue_after", "direct"),
            (193, 205, AL, None, None, "dialogue_turn", "direct"),
            (209, 214, TO, None, None, "dialogue_turn", "direct"),
        ],
        id="a-talker-of-an-earlier-conversation-is-no-answer",
    ),
    pytest.param(
        "“Good evening, Ann Lee,” said Tom Okafor.\n\n“Good evening.”\n\n"
        "The wind rose over the harbour.\n\n“Is the boat ready?” asked Tom Okafor.\n\n"
        "“Almost.”\n\n“Then we sail at dawn,” said Tom Okafor.\n\n“At dawn.”\n\n“Good.”\n\n"
        "The gulls cried.\n\n“Fair winds,” said Ben Cole.",
        [
            (1, 23, TO, "said", "say", "cue_after", "direct"),
            (44, 57, AL, None, None, "vocative", "direct"),
            (94, 112, TO, "asked", "ask", "cue_after", "direct"),
            # the nearest other talker found before the run, though no frame
            # named her, not the one a frame names after it
            (134, 141, AL, None, None, "dialogue_turn", "direct"),
            (145, 166, TO, "said", "say", "cue_after", "direct"),
            (187, 195, AL, None, None, "dialogue_turn", "direct"),
            (199, 204, TO, None, None, "dialogue_turn", "direct"),
            (226, 237, "Ben Cole", "said", "say", "cue_after", "direct"),
        ],
        id="the-nearest-talker-framed-or-not",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_TALKER)
def test_other_talker(text: str, expected: list[Row]) -> None:
    check(text, expected)


# -- nobody calls themselves by name ---------------------------------------------------

ADDRESSED = [
    pytest.param(
        "“Is it far?” asked Ann Lee.\n\n“Very,” said Tom Okafor.\n\n"
        "“Then we ride.”\n\n“Tom Okafor, we have no horses.”\n\n“Then we walk.”",
        [
            (1, 11, AL, "asked", "ask", "cue_after", "direct"),
            (30, 35, TO, "said", "say", "cue_after", "direct"),
            (56, 69, AL, None, None, "dialogue_turn", "direct"),
            # alternation would make it his: he is the one it calls by name
            (73, 103, AL, None, None, "dialogue_turn", "direct"),
            (107, 120, TO, None, None, "vocative", "direct"),
        ],
        id="a-turn-that-calls-him-is-not-his",
    ),
    pytest.param(
        "“Is it far?” asked Ann Lee.\n\n“Very,” said Tom Okafor.\n\n"
        "“Then we ride.”\n\n“We have no horses, Tom Okafor. None at all.”\n\n“Then we walk.”",
        [
            (1, 11, AL, "asked", "ask", "cue_after", "direct"),
            (30, 35, TO, "said", "say", "cue_after", "direct"),
            (56, 69, AL, None, None, "dialogue_turn", "direct"),
            # the name that ends its first sentence calls him too
            (73, 116, AL, None, None, "dialogue_turn", "direct"),
            (120, 133, TO, None, None, "vocative", "direct"),
        ],
        id="a-name-ending-a-sentence-inside-the-turn",
    ),
    pytest.param(
        "“Is it far?” asked Ann Lee.\n\n“Very,” said Tom Okafor.\n\n"
        "“Then we ride.”\n\n“We have no horses.”\n\n"
        "He looked at Ann Lee. “Then we walk, Ann Lee.”\n\n“Walk where?”",
        [
            (1, 11, AL, "asked", "ask", "cue_after", "direct"),
            (30, 35, TO, "said", "say", "cue_after", "direct"),
            (56, 69, AL, None, None, "dialogue_turn", "direct"),
            (73, 91, TO, None, None, "dialogue_turn", "direct"),
            # the one its narration names is the one it calls: not hers
            (117, 139, TO, None, None, "dialogue_turn", "direct"),
            (143, 154, AL, None, None, "vocative", "direct"),
        ],
        id="the-one-its-narration-names-is-called",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ADDRESSED)
def test_addressed_turns(text: str, expected: list[Row]) -> None:
    check(text, expected)


# -- a long stretch of narration ends a conversation ---------------------------------

ROAD = "The road wound on between the hedges, and the light went down behind the hills."
COLD = "“Is it cold?” asked Tom Avery.\n\n“Very,” said John Hale.\n\n"
TA, JH = "Tom Avery", "John Hale"

LONG_NARRATION = [
    pytest.param(
        COLD + ROAD + "\n\n“Then we stay in,” he said.",
        [
            (1, 12, TA, "asked", "ask", "cue_after", "direct"),
            (33, 38, JH, "said", "say", "cue_after", "direct"),
            # the man who did not speak last
            (139, 155, TA, "said", "say", "cue_after", "direct"),
        ],
        id="a-short-one-goes-on-with-it",
    ),
    pytest.param(
        COLD + " ".join([ROAD] * 16) + "\n\n“Then we stay in,” he said.",
        [
            (1, 12, TA, "asked", "ask", "cue_after", "direct"),
            (33, 38, JH, "said", "say", "cue_after", "direct"),
            # no conversation any more: the man named last
            (1339, 1355, JH, "said", "say", "cue_after", "direct"),
        ],
        id="a-long-one-ends-it",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LONG_NARRATION)
def test_long_narration(text: str, expected: list[Row]) -> None:
    check(text, expected)


# -- narration naming two people before a turn of the same paragraph -----------------

PARAGRAPH_SUBJECT = [
    pytest.param(
        RIDE + "Tom Okafor smiled at Ann Lee. “Not far.”",
        [*RIDE_TURNS, (142, 150, TO, None, None, "paragraph_subject", "direct")],
        id="the-name-that-opens-the-sentence",
    ),
    pytest.param(
        RIDE + "Ann Lee sighed. Tom Okafor smiled at her. “Not far.”",
        [*RIDE_TURNS, (154, 162, TO, None, None, "paragraph_subject", "direct")],
        id="the-latest-sentence-that-opens-with-a-name",
    ),
    pytest.param(
        # the turn speaks of the one the narration names: the other talker
        # is named too, so the last speaker goes on
        RIDE + "Tom Okafor laughed at that. “Tom Okafor laughs at everything.”",
        [*RIDE_TURNS, (140, 172, AL, None, None, "dialogue_turn", "direct")],
        id="the-one-named-is-spoken-of",
    ),
    pytest.param(
        # in a text that does not read as dialogue, two names say nothing
        "Tom Okafor smiled at Ann Lee. “Not far.”",
        [(31, 39, None, None, None, None, "direct")],
        id="not-in-news",
    ),
    pytest.param(
        # the one the narration turns to is told, not talking
        RIDE + "“Not today,” turning to Ann Lee, “nor tomorrow.”",
        [
            *RIDE_TURNS[:4],
            (95, 108, AL, None, None, "dialogue_turn", "direct"),
            (112, 122, TO, None, None, "dialogue_turn", "direct"),
            (145, 158, TO, None, None, "dialogue_turn", "direct"),
        ],
        id="the-one-turned-to",
    ),
    pytest.param(
        # a man of her surname is not Mrs. Lee: the turn does not name her
        "“Is it far?” asked Mrs. Lee.\n\n“Very,” said Tom Okafor.\n\n“Then we ride.”\n\n"
        "“We have no horses.”\n\n“Then we walk.”\n\n"
        "Mrs. Lee smiled. “Or Ben Lee will carry us.”",
        [
            (1, 11, "Mrs. Lee", "asked", "ask", "cue_after", "direct"),
            (31, 36, TO, "said", "say", "cue_after", "direct"),
            (57, 70, "Mrs. Lee", None, None, "dialogue_turn", "direct"),
            (74, 92, TO, None, None, "dialogue_turn", "direct"),
            (96, 109, "Mrs. Lee", None, None, "dialogue_turn", "direct"),
            (130, 155, "Mrs. Lee", None, None, "paragraph_subject", "direct"),
        ],
        id="a-namesake-of-the-other-gender",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARAGRAPH_SUBJECT)
def test_paragraph_subject_of_two(text: str, expected: list[Row]) -> None:
    check(text, expected)


# -- the frames of a run vote on who holds each turn of the alternation ------------

OR, RE = "Mr. Okafor", "Mr. Reed"
RODE = (
    "Mr. Okafor rode beside Mr. Reed.\n\n“Is it far?” he asked.\n\n“Very,” said Mr. Okafor.\n\n"
    "“Then we ride.”\n\n“We have no horses.”\n\n“Then we walk,” said Mr. Reed.\n\n"
    "“In the rain?”\n\n“In the rain,” said Mr. Reed.\n\n“Good luck.”"
)

VOTE = [
    pytest.param(
        RODE,
        [
            # "he" read as the man the narration named first; but Mr. Okafor
            # answers the question, and Mr. Reed holds its turns twice by name
            (35, 45, RE, "asked", "ask", "cue_after", "direct"),
            (59, 64, OR, "said", "say", "cue_after", "direct"),
            (85, 98, RE, None, None, "dialogue_turn", "direct"),
            (102, 120, OR, None, None, "dialogue_turn", "direct"),
            (124, 137, RE, "said", "say", "cue_after", "direct"),
            (156, 168, OR, None, None, "dialogue_turn", "direct"),
            (172, 184, RE, "said", "say", "cue_after", "direct"),
            (203, 213, OR, None, None, "dialogue_turn", "direct"),
        ],
        id="a-pronoun-frame-outvoted-by-names",
    ),
    pytest.param(
        RODE.replace("“Is it far?” he asked.", "“Is it far?” she asked."),
        [
            # no woman to read "she" as: the frame names nobody, and the
            # turns named outright settle the run
            (35, 45, None, "asked", "ask", "cue_after", "direct"),
            (60, 65, OR, "said", "say", "cue_after", "direct"),
            (86, 99, RE, None, None, "dialogue_turn", "direct"),
            (103, 121, OR, None, None, "dialogue_turn", "direct"),
            (125, 138, RE, "said", "say", "cue_after", "direct"),
            (157, 169, OR, None, None, "dialogue_turn", "direct"),
            (173, 185, RE, "said", "say", "cue_after", "direct"),
            (204, 214, OR, None, None, "dialogue_turn", "direct"),
        ],
        id="a-pronoun-that-fits-nobody-is-left-alone",
    ),
]


@pytest.mark.parametrize(("text", "expected"), VOTE)
def test_vote_of_the_run(text: str, expected: list[Row]) -> None:
    check(text, expected)


# -- a name called out in a run says who holds the other turns -----------------------

DOOR = "“Good night,” said Ben Cole.\n\nThe door closed behind him.\n\n"

CALLED = [
    pytest.param(
        DOOR + "“Where is the key?” asked Ann Lee.\n\n“In the drawer.”\n\n"
        "“Which drawer, Tom?”\n\n“The top one.”\n\n“Thank you.”\n\n“Not at all.”",
        [
            (1, 12, "Ben Cole", "said", "say", "cue_after", "direct"),
            (60, 77, AL, "asked", "ask", "cue_after", "direct"),
            # not Ben Cole, who left: she calls the one who answers her "Tom"
            (96, 110, "Tom", None, None, "dialogue_turn", "direct"),
            (114, 132, AL, None, None, "dialogue_turn", "direct"),
            (136, 148, "Tom", None, None, "vocative", "direct"),
            (152, 162, AL, None, None, "dialogue_turn", "direct"),
            (166, 177, "Tom", None, None, "dialogue_turn", "direct"),
        ],
        id="the-name-she-calls-him-by",
    ),
    pytest.param(
        DOOR + "“Where is the key?”\n\n“In the drawer, Ann.”\n\n"
        "“Which drawer, Tom?”\n\n“The top one.”\n\n“Thank you.”",
        [
            (1, 12, "Ben Cole", "said", "say", "cue_after", "direct"),
            # no frame in the run: the names called out settle both turns
            (60, 77, "Ann", None, None, "dialogue_turn", "direct"),
            (81, 100, "Tom", None, None, "dialogue_turn", "direct"),
            (104, 122, "Ann", None, None, "vocative", "direct"),
            (126, 138, "Tom", None, None, "vocative", "direct"),
            (142, 152, "Ann", None, None, "dialogue_turn", "direct"),
        ],
        id="names-called-out-with-no-frame",
    ),
    pytest.param(
        DOOR + "“Where is the key?” asked Ann Lee.\n\n“In the drawer.”\n\n"
        "“Which one, Tom, the top or the bottom?”\n\n“The top one.”\n\n“Thank you.”\n\n"
        "“Not at all.”",
        [
            (1, 12, "Ben Cole", "said", "say", "cue_after", "direct"),
            (60, 77, AL, "asked", "ask", "cue_after", "direct"),
            # a name set off by commas inside the turn is called out too
            (96, 110, "Tom", None, None, "dialogue_turn", "direct"),
            (114, 152, AL, None, None, "dialogue_turn", "direct"),
            (156, 168, "Tom", None, None, "vocative", "direct"),
            (172, 182, AL, None, None, "dialogue_turn", "direct"),
            (186, 197, "Tom", None, None, "dialogue_turn", "direct"),
        ],
        id="a-name-inside-the-turn",
    ),
    pytest.param(
        RIDE + "“You know, Ben Cole, we could wait.”\n\n“Wait for what?”",
        [
            *RIDE_TURNS,
            (112, 146, TO, None, None, "dialogue_turn", "direct"),
            # the one she calls answers, not the other talker
            (150, 164, "Ben Cole", None, None, "vocative", "direct"),
        ],
        id="the-one-called-inside-the-turn-before-answers",
    ),
    pytest.param(
        RIDE + "“As you like, Ben Cole. Shall we go?”\n\n“Go where?”",
        [
            *RIDE_TURNS,
            (112, 147, TO, None, None, "dialogue_turn", "direct"),
            # a name between a comma and the end of a sentence is called out
            (151, 160, "Ben Cole", None, None, "vocative", "direct"),
        ],
        id="a-name-ending-a-sentence-inside-the-turn-before",
    ),
    pytest.param(
        RIDE + "“As you like, my dear Ben Cole.”\n\n“Go where?”",
        [
            *RIDE_TURNS,
            (112, 142, TO, None, None, "dialogue_turn", "direct"),
            # words of endearment before the name called out at the end
            (146, 155, "Ben Cole", None, None, "vocative", "direct"),
        ],
        id="my-dear-and-a-name-at-the-end",
    ),
    pytest.param(
        RIDE + "“My dear Ben Cole, shall we go?”\n\n“Go where?”",
        [
            *RIDE_TURNS,
            (112, 142, TO, None, None, "dialogue_turn", "direct"),
            (146, 155, "Ben Cole", None, None, "vocative", "direct"),
        ],
        id="my-dear-and-a-name-at-the-start",
    ),
    pytest.param(
        RIDE + "“We walk, my dear, with Ben Cole.”\n\n“Go where?”",
        [
            *RIDE_TURNS,
            (112, 144, TO, None, None, "dialogue_turn", "direct"),
            # "my dear" calls nobody by name: the turns alternate
            (148, 157, AL, None, None, "dialogue_turn", "direct"),
        ],
        id="my-dear-alone-names-nobody",
    ),
    pytest.param(
        RIDE + "“We could ask Jane, Ben Cole, and the others.”\n\n“Ask them what?”",
        [
            *RIDE_TURNS,
            (112, 156, TO, None, None, "dialogue_turn", "direct"),
            # a name in a list is talked of, not called: the turns alternate
            (160, 174, AL, None, None, "dialogue_turn", "direct"),
        ],
        id="a-name-in-a-list-is-not-called",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CALLED)
def test_names_called_out(text: str, expected: list[Row]) -> None:
    check(text, expected)


# -- a long novel whose turns are mostly framed still reads as dialogue --------------

# one unframed turn in six opening a paragraph: under a fifth of them
WALK = (
    "“Is it far?” asked Ann Lee.\n\n“Very,” said Tom Okafor.\n\n“Then we ride,” said Ann Lee.\n\n"
    "“We have no horses,” said Tom Okafor.\n\n“Then we walk,” said Ann Lee.\n\n“Not today.”\n\n"
    "The rain came on.\n\n"
)

MANY_TURNS = [
    # fifty unframed turns: a novel, whatever their share; he answers her
    pytest.param(WALK * 50, (9418, 9428, TO, None, None, "dialogue_turn", "direct"), id="fifty"),
    # fewer, and so few of the turns: read as news, the last speaker goes on
    pytest.param(
        WALK * 49, (9229, 9239, AL, None, None, "continuing_paragraph", "direct"), id="forty-nine"
    ),
]


@pytest.mark.parametrize(("text", "last"), MANY_TURNS)
def test_many_unframed_turns(text: str, last: Row) -> None:
    assert row(extract_quotes(text)[-1]) == last


# -- the one a frame says a turn was told to answers ---------------------------------

HORSES = (
    "“Is it far?” asked Ann Lee.\n\n“Very,” said Tom Okafor.\n\n"
    "“Then we ride.”\n\n“We have no horses.”\n\n"
)
HORSES_TURNS: list[Row] = [
    (1, 11, AL, "asked", "ask", "cue_after", "direct"),
    (30, 35, TO, "said", "say", "cue_after", "direct"),
    (56, 69, AL, None, None, "dialogue_turn", "direct"),
    (73, 91, TO, None, None, "dialogue_turn", "direct"),
]

TOLD = [
    pytest.param(
        HORSES + "“Then we walk,” she said to Ben Cole.\n\n“Walk where?”",
        [
            *HORSES_TURNS,
            (95, 108, AL, "said", "say", "cue_after", "direct"),
            (134, 145, "Ben Cole", None, None, "vocative", "direct"),
        ],
        id="said-to-a-name",
    ),
    pytest.param(
        HORSES + "“Shall we walk?” she asked Ben Cole.\n\n“Walk where?”",
        [
            *HORSES_TURNS,
            (95, 109, AL, "asked", "ask", "cue_after", "direct"),
            (133, 144, "Ben Cole", None, None, "vocative", "direct"),
        ],
        id="asked-a-name",
    ),
    pytest.param(
        # the name after the verb is its subject here: it asked, Tom answers
        HORSES + "“Shall we walk?” asked Ben Cole.\n\n“Walk where?”",
        [
            *HORSES_TURNS,
            (95, 109, "Ben Cole", "asked", "ask", "cue_after", "direct"),
            (129, 140, TO, None, None, "dialogue_turn", "direct"),
        ],
        id="asked-by-a-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOLD)
def test_the_one_told_answers(text: str, expected: list[Row]) -> None:
    check(text, expected)


# -- the verbs of a novel's frames ----------------------------------------------------

ASKED = "“Is it far?” asked Ann Lee.\n\n"

BOOKISMS = [
    pytest.param(
        ASKED + "“Very far,” echoed Tom Okafor.",
        (30, 39, TO, "echoed", "echo", "cue_after", "direct"),
        id="echoed",
    ),
    pytest.param(
        ASKED + "“Quite so,” assented Tom Okafor.",
        (30, 39, TO, "assented", "assent", "cue_after", "direct"),
        id="assented",
    ),
    pytest.param(
        ASKED + "“Please stay,” she implored him.",
        (30, 42, AL, "implored", "implore", "cue_after", "direct"),
        id="implored",
    ),
    pytest.param(
        ASKED + "“Good heavens!” ejaculated Tom Okafor.",
        (30, 43, TO, "ejaculated", "ejaculate", "cue_after", "direct"),
        id="ejaculated",
    ),
]


@pytest.mark.parametrize(("text", "last"), BOOKISMS)
def test_said_bookisms(text: str, last: Row) -> None:
    assert row(extract_quotes(text)[-1]) == last
