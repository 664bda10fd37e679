"""The HTML view as a real browser renders it (headless Chromium).

Skipped when Chromium is missing, except in CI (``CI`` set), which installs
it: there a missing browser fails.
"""

from __future__ import annotations

import os
from html.parser import HTMLParser
from pathlib import Path

import pytest

from quotex import extract_quotes, to_html
from tests import chromium

pytestmark = [
    pytest.mark.integration,
    pytest.mark.timeout(300),
    pytest.mark.skipif(
        chromium.find() is None and not os.environ.get("CI"),
        reason="chromium is not installed (CI installs it)",
    ),
]

# A council meeting with four speakers, an unattributed line and markup in
# the text that must show as text and run nothing.
TEXT = """\
Council meets <b>again</b>

“Order!”

“We will reopen the library in May,” said Mayor Ruth Adler. “The money is there.”

“It is too late for that,” Tom Hale replied. “<script>document.body.dataset.ran = 1</script>”

Ana Ruiz said: “We waited </mark></span> three years.”

“Then we vote,” said Marie Dubois.
"""

# Run in the test's copy of the page only: it writes what the browser
# computed into the DOM, so --dump-dom shows the rendered colours.
PROBE = """<script>
for (const el of document.querySelectorAll("mark.quote, .legend li")) {
  const box = el.matches("li") ? el.querySelector(".swatch") : el;
  el.dataset.shownBg = getComputedStyle(box).backgroundColor;
  el.dataset.shownInk = getComputedStyle(el).color;
}
document.body.dataset.probed = "yes";
</script>
"""


class Dom(HTMLParser):
    """Quote marks (attributes and text), legend entries and the body's attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[dict[str, str | None]] = []
        self.texts: list[str] = []
        self.legend: dict[str, dict[str, str | None]] = {}
        self.body: dict[str, str | None] = {}
        self.scripts = 0
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.scripts += tag == "script"
        if tag == "body":
            self.body = found
        if tag == "li" and "data-speaker" in found:
            self.legend[found["data-speaker"] or ""] = found
        if tag == "mark":
            self.marks.append(found)
            self.texts.append("")
            self.depth = 1
        elif self.depth:
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        self.depth = max(self.depth - 1, 0)

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.texts[-1] += data


def test_every_quote_is_highlighted_in_its_speakers_colour(tmp_path: Path) -> None:
    quotes = extract_quotes(TEXT)
    assert [q.speaker for q in quotes] == [
        None,
        "Ruth Adler",
        "Ruth Adler",
        "Tom Hale",
        "Tom Hale",
        "Ana Ruiz",
        "Marie Dubois",
    ]
    page = tmp_path / "council.html"
    page.write_text(to_html(TEXT, quotes).replace("</body>", PROBE + "</body>"), encoding="utf-8")

    dom = Dom()
    dom.feed(chromium.dump_dom(page))

    assert dom.body.get("data-probed") == "yes"  # the probe ran...
    assert "data-ran" not in dom.body  # ...the document's script did not
    assert dom.scripts == 1
    assert dom.texts == [q.text for q in quotes]
    assert "<script>document.body.dataset.ran = 1</script>" in dom.texts[4]
    assert [m["data-speaker"] for m in dom.marks] == [q.speaker or "" for q in quotes]
    colours = set()
    for mark, quote in zip(dom.marks, quotes, strict=True):
        if quote.speaker is None:
            assert mark["data-shown-bg"] == "rgb(232, 232, 232)"
            continue
        entry = dom.legend[quote.speaker]
        assert mark["data-shown-bg"] == entry["data-shown-bg"]
        assert mark["data-shown-bg"] not in ("rgba(0, 0, 0, 0)", "transparent")
        colours.add(mark["data-shown-bg"])
    assert len(colours) == 4  # one colour a speaker


def test_screenshot_of_the_page(tmp_path: Path) -> None:
    page = tmp_path / "council.html"
    page.write_text(to_html(TEXT, extract_quotes(TEXT), title="council"), encoding="utf-8")
    png = tmp_path / "council.png"
    chromium.screenshot(page, png, width=900, height=700)
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 10_000  # the text was drawn, not a blank page


# Measures the last quotation once laid out, then empties the page so that
# the dump stays small.
LAYOUT_PROBE = """<script>
const marks = document.querySelectorAll("mark.quote");
const last = marks[marks.length - 1].getBoundingClientRect();
const count = marks.length;
document.body.replaceChildren();
document.body.dataset.marks = count;
document.body.dataset.lastTop = Math.round(last.top);
document.body.dataset.lastHeight = Math.round(last.height);
</script>
"""


def test_a_novel_sized_page_renders(tmp_path: Path) -> None:
    text = "\n".join([TEXT] * 3000)  # about 1 MB, as long as a novel
    assert len(text.encode("utf-8")) > 1_000_000
    quotes = extract_quotes(text)
    page = tmp_path / "novel.html"
    page.write_text(
        to_html(text, quotes).replace("</body>", LAYOUT_PROBE + "</body>"), encoding="utf-8"
    )
    dom = Dom()
    dom.feed(chromium.dump_dom(page))
    assert dom.body["data-marks"] == str(len(quotes)) == "21000"
    # the last quotation is laid out far down the page, on a line of its own height
    assert int(dom.body["data-last-top"] or 0) > 100_000
    assert int(dom.body["data-last-height"] or 0) > 10
