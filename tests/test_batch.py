"""extract_many: same answers as extract_quotes, in order, read lazily."""

from __future__ import annotations

import pickle
from collections.abc import Generator, Iterator

import pytest

from quotex import Lexicon, extract_many, extract_quotes
from quotex.batch import CHUNK_CHARACTERS, QUOTE_FIELDS, Options, _chunks, quote_columns

# Short news and fiction sentences written for these tests.
TEXTS = [
    "“We will not raise taxes this year,” Finance Minister Clara Holt said on Tuesday.",
    "The mayor was blunt. “The bridge stays closed until it is safe,” said Peter Okafor.",
    "No quotation marks appear in this sentence.",
    "Clara Holt told reporters: “The budget is balanced.” She left without taking questions.",
    "“Is that you, Tom?” asked Aunt Polly. Nobody answered.",
    "",
]


def test_answers_match_extract_quotes_one_by_one() -> None:
    got = list(extract_many(TEXTS))
    assert got == [extract_quotes(t) for t in TEXTS]
    # and they are the right answers, not just the same ones
    [holt] = got[0]
    assert (holt.start, holt.end, holt.speaker, holt.cue) == (1, 35, "Clara Holt", "said")
    [okafor] = got[1]
    assert (okafor.start, okafor.end, okafor.speaker) == (22, 63, "Peter Okafor")
    assert got[2] == [] and got[5] == []


@pytest.mark.timeout(60)
def test_two_processes_give_the_same_answers_in_order() -> None:
    texts = TEXTS * 7  # more chunks than the pool keeps in flight
    expected = [extract_quotes(t) for t in texts]
    assert list(extract_many(texts, processes=2, chunksize=3)) == expected
    assert list(extract_many(iter(texts), processes=2, chunksize=1)) == expected


@pytest.mark.timeout(60)
def test_options_reach_the_worker_processes() -> None:
    # "chortle" is no reporting verb by default: the name is found only by
    # the weaker paragraph_subject rule. The extended lexicon must be pickled
    # to the workers for the cue to be read there.
    text = "“Read more books,” Dorothea chortled."
    lexicon = Lexicon.default().with_verbs("chortle")
    [[quote]] = extract_many([text], processes=2, lexicon=lexicon)
    assert (quote.speaker, quote.cue, quote.cue_lemma, quote.rule) == (
        "Dorothea",
        "chortled",
        "chortle",
        "cue_after",
    )
    [[quote]] = extract_many([text], processes=2, lexicon=lexicon, rules=iter(["cue_before"]))
    assert (quote.speaker, quote.rule) == (None, None)


def test_scare_quotes_option_is_passed_on() -> None:
    text = "Residents called the plan “a disgrace” at the meeting."
    for processes in (1, 2):
        [quotes] = extract_many([text], processes=processes, scare_quotes=True)
        assert quotes == extract_quotes(text, scare_quotes=True)


class Recorder:
    """An input that counts how many documents have been taken from it."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.taken = 0

    def __iter__(self) -> Iterator[str]:
        for text in self.texts:
            self.taken += 1
            yield text


def test_input_is_read_lazily_in_process() -> None:
    source = Recorder(TEXTS * 100)
    results = extract_many(source)
    assert source.taken == 0  # nothing read before the first result is asked for
    next(results)
    next(results)
    assert source.taken == 2


@pytest.mark.timeout(60)
def test_input_is_read_a_bounded_way_ahead_with_processes() -> None:
    source = Recorder(TEXTS * 100)
    results = extract_many(source, processes=2, chunksize=2)
    next(results)
    # two processes, two chunks of two in flight each
    assert source.taken <= 2 * 2 * 2
    assert isinstance(results, Generator)
    results.close()  # ends the pool now rather than at garbage collection


def test_non_str_item_names_its_index_after_earlier_results() -> None:
    results = extract_many([TEXTS[0], TEXTS[1], b"raw bytes", TEXTS[3]])  # type: ignore[list-item]
    assert len(next(results)) == 1
    assert len(next(results)) == 1
    with pytest.raises(TypeError, match=r"item 2 of texts is bytes.*decode it first"):
        next(results)


@pytest.mark.timeout(60)
def test_non_str_item_with_processes() -> None:
    texts: list[object] = [TEXTS[0], TEXTS[1], None]
    results = extract_many(texts, processes=2, chunksize=1)  # type: ignore[arg-type]
    assert [len(r) for r in [next(results), next(results)]] == [1, 1]
    with pytest.raises(TypeError, match=r"item 2 of texts is NoneType"):
        next(results)


def test_one_str_instead_of_many_is_refused() -> None:
    with pytest.raises(TypeError, match="not one str"):
        extract_many(TEXTS[0])


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"processes": 0}, "processes must be"),
        ({"chunksize": 0}, "chunksize must be"),
        ({"rules": ["cue_after", "telepathy"]}, "unknown rule"),
    ],
)
def test_bad_options_fail_before_any_document_is_read(
    kwargs: dict[str, object], message: str
) -> None:
    source = Recorder(TEXTS)
    with pytest.raises(ValueError, match=message):
        extract_many(source, **kwargs)  # type: ignore[arg-type]
    assert source.taken == 0


def test_wrong_lexicon_type_fails_at_once() -> None:
    with pytest.raises(TypeError, match=r"quotex\.Lexicon"):
        extract_many(TEXTS, lexicon="en")  # type: ignore[arg-type]


@pytest.mark.timeout(60)
def test_names_option_is_passed_on() -> None:
    text = (
        "“We are ready,” NATO Secretary General Jens Stoltenberg said. "
        "“It is a good day,” Mr. Stoltenberg added."
    )
    for processes in (1, 2):
        [quotes] = extract_many([text], processes=processes, names="as_written")
        assert [(q.start, q.speaker) for q in quotes] == [
            (1, "Jens Stoltenberg"),
            (63, "Mr. Stoltenberg"),
        ]


def test_pickled_options_are_prepared_once_per_process() -> None:
    options = Options.checked(lexicon=Lexicon.default().with_verbs("chortle"))
    copies = [pickle.loads(pickle.dumps(options)) for _ in range(3)]
    assert all(copy.lexicon is not options.lexicon for copy in copies)
    # the first copy to arrive is the one every later copy stands for, so
    # its lexicon compiles its patterns once
    assert all(copy.in_this_process() is copies[0] for copy in copies)
    assert Options.checked().token != options.token


def test_long_documents_end_a_chunk_early() -> None:
    long_text = "x" * CHUNK_CHARACTERS
    chunks = list(_chunks(iter(["a", long_text, "b", "c", long_text, long_text]), 256))
    assert [len(chunk) for chunk in chunks] == [2, 3, 1]


def test_quote_columns_give_a_row_per_quotation_and_per_failure() -> None:
    texts: list[object] = [TEXTS[4], b"raw", TEXTS[2], TEXTS[1]]
    columns = quote_columns(["polly", "bytes", "none", "okafor"], texts, Options.checked())
    assert list(columns) == ["id", *QUOTE_FIELDS, "error"]
    rows = list(zip(*columns.values(), strict=True))
    assert [(row[0], row[1], row[5], row[9], row[-1]) for row in rows] == [
        ("polly", "Is that you, Tom?", "Aunt Polly", {"start": 20, "end": 25}, None),
        ("bytes", None, None, None, "TypeError: extract_quotes() takes str, not bytes: "
         "decode it first, e.g. data.decode('utf-8')"),
        ("okafor", "The bridge stays closed until it is safe,", "Peter Okafor",
         {"start": 65, "end": 69}, None),
    ]  # fmt: skip


def test_a_process_keeps_the_options_of_its_latest_jobs_only() -> None:
    jobs = [Options.checked(scare_quotes=True) for _ in range(20)]
    for options in jobs:
        assert options.in_this_process() is options
    copy = pickle.loads(pickle.dumps(jobs[-1]))
    assert copy.in_this_process() is jobs[-1]
    old = pickle.loads(pickle.dumps(jobs[0]))
    assert old.in_this_process() is old  # forgotten: its copy stands for it now
