"""The public face of quotex: names, values, types, rules and lexicons."""

from __future__ import annotations

import importlib
import json
import shutil
from pathlib import Path
from typing import Any

import attrs
import pytest

import quotex
from quotex import RULES, Lexicon, LexiconError, Quote, QuotexError, extract_quotes

DATA = Path(quotex.__file__).parent / "data" / "en"

# A reporting verb that is not in quotex/data/en/verbs.txt (checked below).
ABSENT_VERB = "intone"


# -- names ---------------------------------------------------------------------


@pytest.mark.parametrize("name", quotex.__all__)
def test_every_public_name_is_importable(name: str) -> None:
    module = importlib.import_module("quotex")
    assert getattr(module, name) is not None


def _isort_key(name: str) -> tuple[int, str]:
    # the order ruff's RUF022 keeps: CONSTANTS, then Classes, then functions
    rank = 0 if name.isupper() else 1 if name[:1].isupper() else 2
    return rank, name


def test_all_is_sorted_and_unique() -> None:
    assert len(set(quotex.__all__)) == len(quotex.__all__)
    assert list(quotex.__all__) == sorted(quotex.__all__, key=_isort_key)


def test_rules_are_named_and_unique() -> None:
    assert isinstance(RULES, tuple)
    assert len(set(RULES)) == len(RULES)
    assert {"cue_after", "cue_before", "according_to", "signature"} <= set(RULES)


def test_lexicon_error_is_a_quotex_error_and_a_value_error() -> None:
    assert issubclass(LexiconError, QuotexError)
    assert issubclass(LexiconError, ValueError)


# -- the Quote value ---------------------------------------------------------------

TEXT = "“We are ready,” said Jens Stoltenberg."


def test_quote_is_frozen() -> None:
    [q] = extract_quotes(TEXT)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        q.speaker = "someone else"  # type: ignore[misc]


def test_quote_is_hashable_and_compares_by_value() -> None:
    [a] = extract_quotes(TEXT)
    [b] = extract_quotes(TEXT)
    assert a == b
    assert len({a, b}) == 1


def test_to_dict_is_json_ready_and_round_trips() -> None:
    [q] = extract_quotes(TEXT)
    d = q.to_dict()
    back = json.loads(json.dumps(d, ensure_ascii=False))
    assert back == d
    assert back["text"] == "We are ready,"
    assert (back["start"], back["end"]) == (1, 14)
    assert back["speaker"] == "Jens Stoltenberg"
    assert back["cue_span"] == [16, 20]
    assert q.speaker_mention_span is not None
    assert back["speaker_mention_span"] == list(q.speaker_mention_span)
    assert set(d) == {f.name for f in attrs.fields(Quote)}
    fields: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in back.items()}
    assert Quote(**fields) == q


def test_to_dict_without_attribution_keeps_nulls() -> None:
    d = Quote(text="Hi", start=1, end=3).to_dict()
    assert d["speaker"] is None
    assert d["cue_span"] is None
    assert json.loads(json.dumps(d)) == d


# -- wrong types are loud ----------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "hint"),
    [
        pytest.param(b"\xe2\x80\x9cHi,\xe2\x80\x9d he said.", "decode", id="bytes"),
        pytest.param(bytearray(b'"Hi," he said.'), "decode", id="bytearray"),
        pytest.param(None, "str", id="None"),
        pytest.param(42, "str", id="int"),
        pytest.param(4.2, "str", id="float"),
        pytest.param(['"Hi," he said.', '"Bye," she said.'], "once per document", id="list"),
    ],
)
def test_non_str_input_raises_type_error_saying_what_to_do(value: object, hint: str) -> None:
    with pytest.raises(TypeError) as info:
        extract_quotes(value)  # type: ignore[arg-type]
    message = str(info.value)
    assert hint in message
    assert type(value).__name__ in message


@pytest.mark.xfail(
    not hasattr(quotex, "extract_many"),
    reason="the TypeError for a list points to quotex.extract_many(), which does not exist",
    strict=True,
)
def test_the_list_message_names_a_function_that_exists() -> None:
    with pytest.raises(TypeError) as info:
        extract_quotes(["a"])  # type: ignore[arg-type]
    message = str(info.value)
    if "extract_many" in message:
        assert hasattr(quotex, "extract_many"), message


def test_a_wrong_lexicon_type_raises() -> None:
    with pytest.raises(TypeError, match="Lexicon"):
        extract_quotes(TEXT, lexicon={"say": "say"})  # type: ignore[arg-type]


def test_empty_and_quoteless_text_give_nothing() -> None:
    assert extract_quotes("") == []
    assert extract_quotes("Nobody said anything at the meeting on Monday.") == []


# -- rules ---------------------------------------------------------------------------


def test_unknown_rule_raises_value_error_naming_it() -> None:
    with pytest.raises(ValueError, match="cue_sideways"):
        extract_quotes(TEXT, rules={"cue_after", "cue_sideways"})


def test_a_bare_rule_name_is_not_taken_for_a_collection() -> None:
    with pytest.raises(TypeError, match="collection"):
        extract_quotes(TEXT, rules="cue_after")


def test_rules_subset_switches_the_others_off() -> None:
    [on] = extract_quotes(TEXT, rules={"cue_after"})
    assert (on.speaker, on.rule, on.cue) == ("Jens Stoltenberg", "cue_after", "said")
    # every frame rule but cue_after: nothing else reads this frame
    frames = {"according_to", "signature", "cue_before", "colon", "chained_cue"}
    [off] = extract_quotes(TEXT, rules=frames)
    assert (off.start, off.end) == (1, 14)
    assert (off.speaker, off.rule, off.cue) == (None, None, None)
    [none] = extract_quotes(TEXT, rules=())
    assert (none.speaker, none.rule, none.cue) == (None, None, None)


def test_every_rule_can_be_named_alone() -> None:
    for rule in RULES:
        [q] = extract_quotes(TEXT, rules=[rule])
        assert (q.start, q.end) == (1, 14)


# -- names= -----------------------------------------------------------------------------

NATO = (
    "NATO Secretary General Jens Stoltenberg met ministers.\n\n"
    "NATO SG Stoltenberg urged, “We must stay united.”\n\n"
    "He added, “Unity is our strength.”"
)


def test_names_full_gives_the_fullest_name() -> None:
    assert [q.speaker for q in extract_quotes(NATO)] == ["Jens Stoltenberg"] * 2
    assert [q.speaker for q in extract_quotes(NATO, names="full")] == ["Jens Stoltenberg"] * 2


def test_names_as_written_keeps_the_mention_without_titles() -> None:
    found = extract_quotes(NATO, names="as_written")
    assert [(q.start, q.end) for q in found] == [(84, 104), (118, 140)]
    assert [q.speaker for q in found] == ["Stoltenberg", "Stoltenberg"]
    assert [q.speaker_mention for q in found] == ["NATO SG Stoltenberg", "He"]


def test_an_unknown_names_style_raises_value_error() -> None:
    with pytest.raises(ValueError, match="as_written"):
        extract_quotes(NATO, names="short")  # type: ignore[arg-type]


# -- lexicons ----------------------------------------------------------------------


def test_the_absent_verb_is_really_absent() -> None:
    lemmas = {
        line.split("#")[0].split("=")[0].strip()
        for line in (DATA / "verbs.txt").read_text(encoding="utf-8").splitlines()
    }
    assert ABSENT_VERB not in lemmas
    assert Lexicon.default().lemma("intoned") is None


def test_with_verbs_returns_a_new_lexicon_and_leaves_the_default_alone() -> None:
    default = Lexicon.default()
    before = dict(default.forms)
    more = default.with_verbs(ABSENT_VERB)
    assert more is not default
    assert more.lemma("intoned") == "intone"
    assert more.lemma("intoning") == "intone"
    assert more.lemma("said") == "say"
    assert default.lemma("intoned") is None
    assert dict(default.forms) == before
    assert Lexicon.default() is default
    assert Lexicon.default().lemma("intoned") is None


def test_without_verbs_and_with_phrases_are_new_lexicons() -> None:
    default = Lexicon.default()
    fewer = default.without_verbs("say")
    assert fewer.lemma("said") is None
    assert default.lemma("said") == "say"
    phrased = default.with_phrases("As Quoted By")
    assert phrased.lemma("as quoted by") == "as quoted by"
    assert default.lemma("as quoted by") is None


def test_a_verb_is_a_cue_alone_and_in_a_phrase_that_starts_with_it() -> None:
    # "blurted" and "blurted out" are both cues; the longer is read when it fits
    for text, cue, span in (
        ("“Not again!” Ana Ruiz blurted.", "blurted", (22, 29)),
        ("“Not again!” Ana Ruiz blurted out.", "blurted out", (22, 33)),
    ):
        [q] = extract_quotes(text)
        assert (q.start, q.end, q.speaker) == (1, 11, "Ana Ruiz")
        assert (q.cue, q.cue_span, q.rule) == (cue, span, "cue_after")


def test_with_verbs_rejects_a_non_word() -> None:
    with pytest.raises(LexiconError, match="with_verbs"):
        Lexicon.default().with_verbs("say!")


# Two people in the paragraph, so only the cue can tell who spoke.
CUSTOM = (
    "Anne Hidalgo faced Rachida Dati across the council table. “It is a trap,” Hidalgo intoned."
)


def test_a_custom_verb_makes_a_quote_attributable_only_when_added() -> None:
    [plain] = extract_quotes(CUSTOM, rules={"cue_after", "cue_before"})
    assert (plain.start, plain.end) == (59, 72)
    assert (plain.speaker, plain.cue, plain.rule) == (None, None, None)

    lexicon = Lexicon.default().with_verbs(ABSENT_VERB)
    [q] = extract_quotes(CUSTOM, lexicon=lexicon)
    assert (q.start, q.end, q.text) == (59, 72, "It is a trap,")
    assert q.speaker == "Anne Hidalgo"
    assert (q.speaker_mention, q.speaker_mention_span) == ("Hidalgo", (74, 81))
    assert (q.cue, q.cue_span, q.cue_lemma, q.rule) == ("intoned", (82, 89), "intone", "cue_after")

    # the default lexicon still does not know the verb
    [again] = extract_quotes(CUSTOM)
    assert again.cue is None


def test_the_bundled_directory_loads_like_the_default(tmp_path: Path) -> None:
    copy = tmp_path / "en"
    shutil.copytree(DATA, copy)
    lexicon = Lexicon.from_directory(copy)
    assert lexicon.lemma("said") == "say"
    assert dict(lexicon.forms) == dict(Lexicon.default().forms)
    [q] = extract_quotes(TEXT, lexicon=lexicon)
    assert q.speaker == "Jens Stoltenberg"


@pytest.mark.parametrize(
    ("name", "broken"),
    [
        pytest.param("verbs.txt", "say hello!", id="verb-not-words"),
        pytest.param("verbs.txt", "sing = sang,, sung", id="verb-empty-form"),
        pytest.param("titles.txt", "Dr m maybe", id="title-bad-flag"),
        pytest.param("pronouns.txt", "he x", id="pronoun-bad-gender"),
        pytest.param("first_names.txt", "Jens", id="name-no-gender"),
        pytest.param("person_nouns.txt", "doctor m extra", id="noun-three-fields"),
    ],
)
def test_a_broken_line_names_file_and_line(tmp_path: Path, name: str, broken: str) -> None:
    copy = tmp_path / "en"
    shutil.copytree(DATA, copy)
    path = copy / name
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.append(broken)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        Lexicon.from_directory(copy)
    message = str(info.value)
    assert name in message
    assert f"line {len(lines)}" in message


def test_a_missing_file_raises_lexicon_error_naming_it(tmp_path: Path) -> None:
    copy = tmp_path / "en"
    shutil.copytree(DATA, copy)
    (copy / "titles.txt").unlink()
    with pytest.raises(LexiconError, match=r"titles\.txt"):
        Lexicon.from_directory(copy)


def test_a_missing_directory_raises_lexicon_error(tmp_path: Path) -> None:
    with pytest.raises(LexiconError):
        Lexicon.from_directory(tmp_path / "nowhere")


def test_a_non_utf8_file_raises_lexicon_error(tmp_path: Path) -> None:
    copy = tmp_path / "en"
    shutil.copytree(DATA, copy)
    (copy / "verbs.txt").write_bytes("say\nrépondre\n".encode("latin-1"))
    with pytest.raises(LexiconError, match=r"verbs\.txt"):
        Lexicon.from_directory(copy)


def test_an_unknown_language_raises_lexicon_error() -> None:
    with pytest.raises(LexiconError, match="'en'"):
        Lexicon.default("xx")


# -- memory ---------------------------------------------------------------------

# A short exchange: paragraphs hold groups of quotations that share a speaker.
_EXCHANGE = (
    "“Come in,” said Mrs. Hale. “The kettle is on.”\n\n"
    "“I cannot stay long,” Tom answered.\n\n"
    "“Then sit by the fire,” she said, “while you can.”\n"
)


@pytest.mark.parametrize("kinds", [{"direct", "mixed"}, {"direct", "mixed", "indirect"}])
def test_extraction_leaves_no_reference_cycle(kinds: set[str]) -> None:
    # what a document's reading builds is freed as soon as it returns, not
    # left for the garbage collector to find (which costs every caller time)
    import gc

    # with the collector off, what the extraction builds stays in the
    # youngest generation: collecting that one finds any cycle among it
    gc.disable()
    try:
        gc.collect(0)
        quotes = extract_quotes(_EXCHANGE, kinds=kinds)
        unreachable = gc.collect(0)
    finally:
        gc.enable()
    assert [(q.speaker, q.rule) for q in quotes] == [
        ("Mrs. Hale", "cue_after"),
        ("Mrs. Hale", "same_paragraph"),
        ("Tom", "cue_after"),
        ("Mrs. Hale", "cue_after"),
        ("Mrs. Hale", "cue_before"),
    ]
    assert unreachable == 0
