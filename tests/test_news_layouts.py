"""Who said it in newsroom layouts: wire copy, local papers, press releases.

Each case lists every quotation returned by default as ``(start, end,
speaker, cue, cue_lemma, rule, kind)``, as in ``test_attribution.py``. The
sentences are written for these tests, in the layouts of agency copy,
British and Irish local papers, press releases and "In their words" pages.
"""

from __future__ import annotations

import pytest

from tests.test_attribution import Row, check

DESCRIPTIONS = [
    pytest.param(
        "“Fundraising is not a problem,” said one Republican involved in the planning.",
        [(1, 30, "one Republican involved", "said", "say", "cue_after", "direct")],
        id="indefinite-one",
    ),
    pytest.param(
        "“She cut the prep time,” a former aide said.",
        [(1, 23, "a former aide", "said", "say", "cue_after", "direct")],
        id="indefinite-a",
    ),
    pytest.param(
        "“We were never told,” his wife said.",
        [(1, 20, "his wife", "said", "say", "cue_after", "direct")],
        id="possessive",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIPTIONS)
def test_a_speaker_named_only_by_a_description(text: str, expected: list[Row]) -> None:
    check(text, expected)
