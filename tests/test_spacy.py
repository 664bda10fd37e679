"""The spaCy pipeline component (the ``quotex[spacy]`` extra); skipped without spaCy."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from quotex import extract_quotes  # noqa: E402
from quotex.spacy_component import SpacyQuote, make_quotex  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

# News and fiction sentences written for these tests:
# (text, [(content, label, cue, speaker mention)])
CASES = {
    "news-cue-after": (
        "“We will reopen the library in May,” said Mayor Ruth Adler.",
        [("We will reopen the library in May,", "Ruth Adler", "said", "Mayor Ruth Adler")],
    ),
    "news-pronoun": (
        "Jens Stoltenberg arrived in Brussels.\n\n“We are ready,” he said. “Our unity is strong.”",
        [
            ("We are ready,", "Jens Stoltenberg", "said", "he"),
            ("Our unity is strong.", "Jens Stoltenberg", None, "he"),
        ],
    ),
    "fiction-unattributed": ("“Ready?”", [("Ready?", "QUOTE", None, None)]),
    "no-quotes": ("The meeting ended at noon.", []),
}


@pytest.fixture(scope="module")
def nlp() -> object:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("quotex")
    return pipeline


@pytest.mark.parametrize(("text", "expected"), CASES.values(), ids=CASES.keys())
def test_component_sets_quotes_with_spans(
    nlp: object, text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    doc = nlp(text)  # type: ignore[operator]
    quotes = doc._.quotes
    assert all(isinstance(q, SpacyQuote) for q in quotes)
    assert [q.quote for q in quotes] == extract_quotes(text)
    found = [
        (
            q.content.text,
            q.content.label_,
            q.cue.text if q.cue is not None else None,
            q.speaker.text if q.speaker is not None else None,
        )
        for q in quotes
    ]
    assert found == expected
    for q in quotes:
        assert q.content.doc is doc
        assert q.content.start_char == q.quote.start


def test_component_takes_the_settings_of_extract_quotes() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("quotex", config={"verbs": ["chortle"], "names": "as_written"})
    text = "“We are ready,” Jens Stoltenberg said. “It is a good day,” Mr. Stoltenberg chortled."
    first, second = nlp(text)._.quotes
    assert (first.quote.speaker, second.quote.speaker) == ("Jens Stoltenberg", "Mr. Stoltenberg")
    assert (second.cue.text, second.speaker.text) == ("chortled", "Mr. Stoltenberg")
    with pytest.raises(ValueError, match="names must be"):
        spacy.blank("en").add_pipe("quotex", config={"names": "short"})


def test_spacy_finds_the_component_through_the_entry_point() -> None:
    # tomllib is not in Python 3.10: read the one table by hand
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    table = pyproject.split("[project.entry-points.spacy_factories]\n", 1)[1].split("\n[", 1)[0]
    found = re.search(r'^quotex = "([\w.]+):(\w+)"$', table, re.MULTILINE)
    assert found is not None
    module, name = found.groups()
    assert getattr(importlib.import_module(module), name) is make_quotex
    assert "quotex" in spacy.registry.factories.get_all()
