"""What every quotation's offsets promise, checked the same way by every table of sentences."""

from __future__ import annotations

from quotex import Quote


def assert_offsets_hold(text: str, quotes: list[Quote]) -> None:
    """Each quote's text, cue and speaker mention are what its offsets slice
    out of ``text``."""
    for q in quotes:
        assert text[q.start : q.end] == q.text
        if q.cue_span is not None:
            assert text[q.cue_span[0] : q.cue_span[1]] == q.cue
        if q.speaker_mention_span is not None:
            a, b = q.speaker_mention_span
            assert text[a:b] == q.speaker_mention
