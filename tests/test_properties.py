"""Invariants that hold for every text: quotex never raises on a string and
its offsets are always valid."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quotex import Quote, extract_quotes
from quotex.marks import find_spans
from quotex.segment import paragraphs
from tests.strategies import MARKS, any_text, quotish_text, texts

# what quotex trims inside the marks: white space and the zero-width marks
SPACE = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + "\u200b\ufeff"


def strip_space(text: str) -> str:
    return text.rstrip(SPACE)


def check_invariants(text: str, found: list[Quote]) -> None:
    last_end = -1
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
        assert q.start >= last_end, "quotations overlap or are out of order"
        last_end = q.end
        assert text[q.start : q.end] == q.text
        assert q.kind in ("direct", "mixed")
        # only white space (zero-width included) stands between mark and words
        assert strip_space(text[: q.start]).endswith(q.open_mark)
        if q.close_mark:
            assert text[q.end :].lstrip(SPACE).startswith(q.close_mark)
        if q.speaker_mention_span is not None:
            a, b = q.speaker_mention_span
            assert 0 <= a < b <= len(text)
            assert text[a:b] == q.speaker_mention
        else:
            assert q.speaker_mention is None
        if q.cue_span is not None:
            a, b = q.cue_span
            assert 0 <= a < b <= len(text)
            assert text[a:b] == q.cue
            assert q.cue_lemma is not None
        else:
            assert q.cue is None
        if q.speaker is not None:
            assert q.speaker.strip() == q.speaker != ""


@given(texts)
@example("")
@example("“")
@example("\ud800“\udfff”")
@example("“a\u2028”b”\r\n“")
@example("``''``''")
@example("“We said no.\n’Tis over.")  # a closing-only mark opening a paragraph
def test_extract_quotes_never_raises_and_is_valid_and_deterministic(text: str) -> None:
    # one test, several properties: drawing the text costs more than reading it
    found = extract_quotes(text)
    check_invariants(text, found)
    with_scare = extract_quotes(text, scare_quotes=True)
    check_invariants(text, with_scare)
    assert set(found) <= set(with_scare)
    assert extract_quotes(text) == found
    as_written = extract_quotes(text, names="as_written")
    check_invariants(text, as_written)
    assert [(q.start, q.end) for q in as_written] == [(q.start, q.end) for q in found]
    assert extract_quotes(text, scare_quotes=True) == with_scare


@given(quotish_text())
def test_no_rules_means_no_speakers(text: str) -> None:
    for q in extract_quotes(text, rules=()):
        assert (q.speaker, q.rule) == (None, None)


@given(any_text)
def test_spans_are_valid_for_any_unicode(text: str) -> None:
    paras = paragraphs(text)
    assert paras.starts[0] == 0
    assert len(paras.starts) == len(paras.ends)
    assert all(s <= e for s, e in zip(paras.starts, paras.ends, strict=True))
    assert paras.ends[-1] == len(text)
    reach = -1
    for s in find_spans(text, paras):
        assert 0 <= s.open_at < s.start < s.end <= s.close_at <= len(text)
        assert s.open_at >= reach
        reach = s.close_at
        assert text[s.open_at : s.open_at + len(s.open_mark)] == s.open_mark
        assert strip_space(text[: s.start]) == text[: s.open_at + len(s.open_mark)]
        if s.close_mark:
            assert text[s.close_at - len(s.close_mark) : s.close_at] == s.close_mark
            assert text[s.end : s.close_at - len(s.close_mark)].strip(SPACE) == ""
        assert s.paragraph <= s.last_paragraph


@given(quotish_text())
def test_quotations_do_not_cross_an_unreopened_paragraph(text: str) -> None:
    paras = paragraphs(text)
    for s in find_spans(text, paras):
        if s.last_paragraph > s.paragraph:
            # every paragraph it spans after the first re-opens with a mark
            for p in range(s.paragraph + 1, s.last_paragraph + 1):
                assert paras.starts[p] < s.end
                assert any(text.startswith(mark, paras.starts[p]) for mark in MARKS)


# Dash dialogue, guillemets, inverted incises and reported speech, in every
# language quotex reads: what the languages and reported speech add must keep
# every promise of the offsets.
_LANGUAGE_PIECES = st.sampled_from(
    ["—", "–", "«", "»", "„", "“", "”", " dit-il", " sagte er", " dijo", " said that ", "\n"]
)


@given(st.lists(st.one_of(_LANGUAGE_PIECES, st.text(max_size=12)), max_size=40).map("".join))
@settings(max_examples=60)
def test_every_language_and_kind_keeps_the_offsets(text: str) -> None:
    for lang in ("en", "de", "fr", "es", "auto"):
        for kinds in (("direct", "mixed"), ("direct", "mixed", "indirect")):
            found = extract_quotes(text, lang=lang, kinds=kinds)
            last_end = -1
            for q in found:
                assert 0 <= q.start <= q.end <= len(text)
                assert q.start >= last_end, "quotations overlap or are out of order"
                last_end = q.end
                assert text[q.start : q.end] == q.text
                assert q.kind in kinds
                if q.cue_span is not None:
                    assert text[q.cue_span[0] : q.cue_span[1]] == q.cue
                if q.speaker_mention_span is not None:
                    a, b = q.speaker_mention_span
                    assert text[a:b] == q.speaker_mention
