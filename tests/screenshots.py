"""Make the screenshots in ``docs/images/``: ``python -m tests.screenshots docs/images``.

* ``terminal-listing.png`` and ``terminal-listing-end.png``: the start and
  the end of ``quotex examples/nato_stoltenberg.txt`` run in a tmux
  terminal, captured with its colours and drawn by Chromium;
* ``html-page.png``: the HTML view of the same example;
* ``html-page-speakers.png``: the HTML view of a text with several speakers.

Needs tmux and Chromium.
"""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from quotex import extract_quotes, to_html
from tests import chromium
from tests.test_browser import TEXT as COUNCIL

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = "examples/nato_stoltenberg.txt"
COLUMNS, ROWS = 96, 40

# The 16 colours of a dark terminal theme (Tango's), by SGR code.
_COLOURS = {
    30: "#2e3436", 31: "#ef2929", 32: "#8ae234", 33: "#fce94f",
    34: "#729fcf", 35: "#ad7fa8", 36: "#34e2e2", 37: "#d3d7cf",
    90: "#555753", 91: "#ff6b6b", 92: "#a6f06a", 93: "#fff47a",
    94: "#9cc3f5", 95: "#d3a6ce", 96: "#7cf4f4", 97: "#eeeeec",
}  # fmt: skip
_SGR = re.compile(r"\x1b\[([0-9;]*)m")


def terminal_capture() -> list[str]:
    """The lines of a tmux terminal after the README's command, with their escapes."""
    session = f"quotex-shot-{os.getpid()}"
    shell = (
        f"cd {ROOT} && export PYTHONPATH={ROOT} PS1='$ ' && unset NO_COLOR && "
        f'quotex() {{ {sys.executable} -m quotex "$@"; }} && clear && '
        f"echo '$ quotex {EXAMPLE}' && quotex {EXAMPLE}; sleep 30"
    )
    subprocess.run(
        [
            *("tmux", "new-session", "-d", "-s", session, "-x", str(COLUMNS), "-y", str(ROWS)),
            *("-e", "TERM=xterm-256color", "bash", "--norc", "-c", shell),
        ],
        check=True,
    )
    try:
        time.sleep(6)  # the command takes a second or two
        done = subprocess.run(
            ["tmux", "capture-pane", "-e", "-p", "-S", "-", "-t", session],
            check=True,
            capture_output=True,
            text=True,
        )
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], check=False)
    return done.stdout.rstrip("\n").splitlines()


def ansi_page(capture: str) -> str:
    """The captured screen as an HTML page drawn like the terminal."""
    out, open_span = [], False
    at = 0
    for match in _SGR.finditer(capture):
        out.append(html.escape(capture[at : match.start()]))
        at = match.end()
        if open_span:
            out.append("</span>")
            open_span = False
        style = _style(match.group(1))
        if style:
            out.append(f'<span style="{style}">')
            open_span = True
    out.append(html.escape(capture[at:]))
    if open_span:
        out.append("</span>")
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><style>'
        "body{margin:0;background:#1e1e1e}"
        "pre{margin:0;padding:14px 16px;color:#d3d7cf;"
        'font:15px/1.35 "DejaVu Sans Mono",monospace}'
        f"</style></head><body><pre>{''.join(out)}</pre></body></html>"
    )


def _style(params: str) -> str:
    rules = []
    for code in (int(p) for p in params.split(";") if p):
        if code == 1:
            rules.append("font-weight:bold")
        elif code == 2:
            rules.append("opacity:.6")
        elif code == 4:
            rules.append("text-decoration:underline")
        elif code in _COLOURS:
            rules.append(f"color:{_COLOURS[code]}")
    return ";".join(rules)


def main(folder: str) -> None:
    images = Path(folder)
    images.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="quotex-shots-") as scratch:
        work = Path(scratch)
        lines = terminal_capture()
        for name, shown in (
            ("terminal-listing", lines[:ROWS]),
            ("terminal-listing-end", lines[-ROWS:]),
        ):
            terminal = work / f"{name}.html"
            terminal.write_text(ansi_page("\n".join(shown)), encoding="utf-8")
            chromium.screenshot(terminal, images / f"{name}.png", 900, 850)

        text = (ROOT / EXAMPLE).read_text(encoding="utf-8")
        page = work / "nato.html"
        page.write_text(to_html(text, extract_quotes(text), title=EXAMPLE), encoding="utf-8")
        chromium.screenshot(page, images / "html-page.png", 1000, 800)

        council = work / "council.html"
        council.write_text(
            to_html(COUNCIL, extract_quotes(COUNCIL), title="council.txt"), encoding="utf-8"
        )
        chromium.screenshot(council, images / "html-page-speakers.png", 1000, 620)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/images")
