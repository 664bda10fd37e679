"""Headless Chromium for the tests and the documentation's screenshots.

Each run gets a fresh profile and no network services, so it reads only the
file it is given.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
)

# A cold start on a small machine takes a few seconds; a hung one fails fast.
TIMEOUT_SECONDS = 120


def find() -> str | None:
    """The Chromium command, or ``None`` when none is installed."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def run(page: Path, *args: str) -> str:
    """Load ``page`` with these extra flags; what Chromium writes on stdout."""
    command = find()
    if command is None:
        raise FileNotFoundError("no chromium on PATH (Debian: apt-get install chromium)")
    with tempfile.TemporaryDirectory(prefix="quotex-chromium-") as profile:
        done = subprocess.run(
            [command, *FLAGS, f"--user-data-dir={profile}", *args, page.resolve().as_uri()],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    if done.returncode != 0:
        raise RuntimeError(f"chromium failed ({done.returncode}): {done.stderr[-2000:]}")
    return done.stdout


def dump_dom(page: Path) -> str:
    """The page's DOM once loaded and its scripts run, as HTML."""
    return run(page, "--dump-dom")


def screenshot(page: Path, png: Path, width: int = 1100, height: int = 900) -> None:
    """A PNG of the top of the page, ``width`` by ``height`` pixels."""
    run(page, f"--screenshot={png.resolve()}", f"--window-size={width},{height}")
    if not png.is_file():
        raise RuntimeError(f"chromium wrote no screenshot to {png}")
