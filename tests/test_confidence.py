"""Quote.confidence: the measured precision of the deciding rule, by setting."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

from quotex import Quote, extract_quotes
from quotex.confidence import confidence
from quotex.lexicon import word_list

DOCS = Path(__file__).resolve().parent.parent / "docs" / "rules.md"

# A news paragraph: reads as reporting.
NEWS = "“We will appeal,” said Ana Ruiz, the mayor.\n\nThe council met on Monday."

# A conversation of frameless turns: reads as dialogue.
DIALOGUE = """\
“Where have you been?” asked Mary.

“Out,” said John.

“Out where?”

“Just out.”

“With whom?”

“Nobody you know.”
"""


@pytest.mark.parametrize(
    ("text", "dialogue", "expected"),
    [
        (NEWS, False, [("We will appeal,", "Ana Ruiz", "cue_after")]),
        (
            DIALOGUE,
            True,
            [
                ("Where have you been?", "Mary", "cue_after"),
                ("Out,", "John", "cue_after"),
                ("Out where?", "Mary", "dialogue_turn"),
                ("Just out.", "John", "dialogue_turn"),
                ("With whom?", "Mary", "dialogue_turn"),
                ("Nobody you know.", "John", "dialogue_turn"),
            ],
        ),
    ],
    ids=["news", "dialogue"],
)
def test_confidence_is_the_rules_figure_in_the_texts_setting(
    text: str, dialogue: bool, expected: list[tuple[str, str, str]]
) -> None:
    quotes = extract_quotes(text)
    assert [(q.text, q.speaker, q.rule) for q in quotes] == expected
    for q in quotes:
        assert q.confidence == confidence(q.rule, dialogue)
        assert q.confidence is not None and 0.0 < q.confidence <= 1.0


def test_no_speaker_no_confidence() -> None:
    [q] = extract_quotes("A card on the door: “Closed until further notice.”")
    assert (q.speaker, q.confidence) == (None, None)


def test_a_rule_measured_in_one_setting_only_has_no_figure_in_the_other() -> None:
    # dialogue_turn decides only in text read as dialogue
    assert confidence("dialogue_turn", dialogue=True) is not None
    assert confidence("dialogue_turn", dialogue=False) is None
    assert confidence(None, dialogue=True) is None


@pytest.mark.parametrize("value", [-0.1, 1.5])
def test_confidence_out_of_range_is_refused(value: float) -> None:
    q = Quote(text="Hi", start=1, end=3)
    with pytest.raises(ValueError, match="confidence must be between 0 and 1"):
        attrs.evolve(q, confidence=value)


def test_the_table_in_the_docs_is_the_data_file() -> None:
    rows = [line.split() for line in word_list("confidence.txt")]
    docs = DOCS.read_text(encoding="utf-8")
    for rule, setting, precision, count in rows:
        line = next(line for line in docs.splitlines() if line.startswith(f"| `{rule}` |"))
        column = 2 if setting == "dialogue" else 3
        assert line.split("|")[column].strip() == f"{precision} ({count})"
