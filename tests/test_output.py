"""What ``quotex`` shows people: the terminal listing, CSV and TSV, the HTML page."""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from quotex import Quote, extract_quotes, to_html
from quotex.cli import main
from quotex.listing import render_listing
from quotex.palette import HIGHLIGHTS, contrast, ink, speaker_counts

ROOT = Path(__file__).resolve().parent.parent
NATO = ROOT / "examples" / "nato_stoltenberg.txt"

# A council report and a two-person exchange written for these tests.
COUNCIL = (
    "The council met on Monday.\n\n"
    "“We will reopen the library in May,” said Mayor Ruth Adler. "
    "“It is too late,” Tom Hale replied.\n\n"
    "“We have the money,” she said."
)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(argv) == 0
    out, err = capsys.readouterr()
    assert err == ""
    return out


@pytest.fixture
def council(tmp_path: Path) -> Path:
    path = tmp_path / "council.txt"
    path.write_text(COUNCIL, encoding="utf-8")
    return path


# the listing


def test_listing_shows_speaker_cue_position_and_a_summary() -> None:
    listing = render_listing("council.txt", COUNCIL, extract_quotes(COUNCIL), width=60)
    assert listing == (
        "council.txt: 3 quotations\n"
        "  1  Ruth Adler  said  line 3, 29-63\n"
        "     “We will reopen the library in May,”\n"
        "  2  Tom Hale  replied  line 3, 89-104\n"
        "     “It is too late,”\n"
        "  3  Ruth Adler  said  line 5, 126-144\n"
        "     “We have the money,”\n"
        "\n"
        "3 quotations: Ruth Adler 2 Tom Hale 1"
    )


def test_listing_wraps_to_the_width() -> None:
    text = NATO.read_text(encoding="utf-8")
    quotes = extract_quotes(text)
    words = " ".join(f"{q.open_mark}{q.text}{q.close_mark}" for q in quotes).split()
    for width, wrapped_at in ((40, 40), (72, 72), (120, 120), (10, 40)):
        listing = render_listing("nato", text, quotes, width=width)
        quoted = [line for line in listing.splitlines() if line.startswith("     ")]
        assert len(quoted) > 23
        assert max(len(line) for line in quoted) < wrapped_at
        # the words come back whole, in order
        assert " ".join(quoted).split() == words


def test_listing_colours_each_speaker_and_keeps_control_codes_out() -> None:
    text = "“Stop\x1b[2J now,” said Ruth Adler. “No,” said Tom Hale."
    listing = render_listing("x", text, extract_quotes(text), color=True)
    assert "\x1b[1;36mRuth Adler\x1b[0m" in listing
    assert "\x1b[1;33mTom Hale\x1b[0m" in listing
    assert "\x1b[2J" not in listing and "Stop\N{REPLACEMENT CHARACTER}[2J now" in listing


def test_a_terminal_gets_the_listing_in_colour_unless_no_color(
    council: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for no_color, coloured in (("", True), ("1", False)):
        monkeypatch.setenv("NO_COLOR", no_color)
        terminal = Terminal()
        monkeypatch.setattr("sys.stdout", terminal)
        assert main([str(council)]) == 0
        out = terminal.getvalue()
        assert out.startswith(f"\x1b[1m{council}\x1b[0m: 3" if coloured else f"{council}: 3")
        assert ("\x1b[" in out) is coloured


def test_piped_output_stays_json_lines_and_text_has_no_colour(
    council: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    piped = run([str(council)], capsys)
    assert [json.loads(line)["speaker"] for line in piped.splitlines()] == [
        "Ruth Adler",
        "Tom Hale",
        "Ruth Adler",
    ]
    listing = run(["--format", "text", str(council), str(council)], capsys)
    assert "\x1b" not in listing
    assert listing.count("3 quotations: Ruth Adler 2 Tom Hale 1") == 2


def test_listing_of_a_corpus_names_each_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "news/1", "text": COUNCIL}) + "\n", encoding="utf-8")
    out = run(["--jsonl", "--format", "text", str(corpus)], capsys)
    assert out.startswith(f'{corpus}, id "news/1": 3 quotations\n')


# CSV and TSV


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_csv_and_tsv_have_a_header_and_a_row_per_quote(
    fmt: str, council: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = run(["--format", fmt, str(council)], capsys)
    rows = list(csv.DictReader(io.StringIO(out), delimiter="," if fmt == "csv" else "\t"))
    assert [(r["file"], r["speaker"], r["cue"], r["start"], r["cue_start"]) for r in rows] == [
        (str(council), "Ruth Adler", "said", "29", "65"),
        (str(council), "Tom Hale", "replied", "89", "115"),
        (str(council), "Ruth Adler", "said", "126", "150"),
    ]
    assert (rows[2]["speaker_mention"], rows[2]["speaker_mention_start"]) == ("she", "146")


def test_csv_of_a_corpus_has_the_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "d7", "text": COUNCIL}) + "\n", encoding="utf-8")
    rows = list(csv.reader(io.StringIO(run(["--jsonl", "-f", "csv", str(corpus)], capsys))))
    assert rows[0][:3] == ["id", "text", "start"]
    assert [row[0] for row in rows[1:]] == ["d7"] * 3


# the HTML page


class Marks(HTMLParser):
    """The quote marks of a page, with their text, and what else it holds."""

    def __init__(self) -> None:
        super().__init__()
        self.quotes: list[dict[str, str | None]] = []
        self.texts: list[str] = []
        self.tags: list[str] = []
        self.depth = 0
        self.legend: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        found = dict(attrs)
        if tag == "li" and "data-speaker" in found:
            self.legend[found["data-speaker"] or ""] = found["class"] or ""
        if tag == "mark":
            self.quotes.append(found)
            self.texts.append("")
            self.depth = 1
        elif self.depth:
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.texts[-1] += data


def test_page_highlights_every_quote_with_its_speaker() -> None:
    quotes = extract_quotes(COUNCIL)
    page = Marks()
    page.feed(to_html(COUNCIL, quotes, title="council"))
    assert page.texts == [q.text for q in quotes]
    assert [m["data-speaker"] for m in page.quotes] == ["Ruth Adler", "Tom Hale", "Ruth Adler"]
    assert [m["class"] for m in page.quotes] == ["quote s0", "quote s1", "quote s0"]
    assert page.legend == {"Ruth Adler": "s0", "Tom Hale": "s1"}
    assert page.quotes[1]["data-tip"] == "Tom Hale\ncue: replied\nrule: cue_after\nkind: direct"
    assert all(m["tabindex"] == "0" for m in page.quotes)


def test_page_is_self_contained() -> None:
    page = to_html(COUNCIL, extract_quotes(COUNCIL))
    assert "<script" not in page and "http" not in page and "url(" not in page
    assert "<style>" in page and page.rstrip().endswith("</html>")


def test_page_escapes_the_text() -> None:
    text = (
        "<i>Note</i> </span></mark>\n\n"
        "“<script>alert(1)</script> & </span>,” said Ruth Adler. "
        "“<img src=x onerror=alert(2)>,” she added."
    )
    quotes = extract_quotes(text)
    assert len(quotes) == 2
    page = Marks()
    source = to_html(text, quotes, title="<title>")
    page.feed(source)
    assert page.texts == [q.text for q in quotes]
    assert "script" not in page.tags and "img" not in page.tags and "i" not in page.tags
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;/span&gt;" in source


def test_page_refuses_quotes_of_another_text() -> None:
    with pytest.raises(ValueError, match="not in this text"):
        to_html("Nothing quoted here.", extract_quotes(COUNCIL))


def test_page_of_a_long_text_marks_every_quote() -> None:
    text = "\n\n".join([COUNCIL] * 1000)
    quotes = extract_quotes(text)
    page = to_html(text, quotes)
    assert page.count('<mark class="quote') == len(quotes) == 3000
    assert page.count('<span class="mention') == 3000


def test_command_writes_the_page(council: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = Marks()
    page.feed(run(["--format", "html", str(council)], capsys))
    assert page.texts == [q.text for q in extract_quotes(COUNCIL)]


# the colours


def test_colours_are_readable_and_distinct() -> None:
    assert len(set(HIGHLIGHTS)) == len(HIGHLIGHTS) == 20
    # WCAG AA for normal text
    assert min(contrast(colour, ink(colour)) for colour in HIGHLIGHTS) >= 4.5
    # far apart: two colours a person can just tell apart differ by about 2.3
    assert min(_distance(a, b) for a in HIGHLIGHTS for b in HIGHLIGHTS if a < b) >= 15


def test_speakers_ranked_by_count_then_first_quoted() -> None:
    quotes = [Quote("a", 0, 1, speaker=s) for s in ["Ann", "Bo", "Cy", "Bo", "Cy", None]]
    assert speaker_counts(quotes) == [("Bo", 2), ("Cy", 2), ("Ann", 1)]


def _distance(first: str, second: str) -> float:
    """CIE76 colour difference of two ``#rrggbb`` colours."""
    a, b = _lab(first), _lab(second)
    return float(sum((x - y) ** 2 for x, y in zip(a, b, strict=True)) ** 0.5)


def _lab(colour: str) -> tuple[float, float, float]:
    rgb = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    xyz = (
        (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
        0.2126 * r + 0.7152 * g + 0.0722 * b,
        (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
    )
    fx, fy, fz = [t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in xyz]
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)
