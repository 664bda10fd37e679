"""What the ``quotex`` command says on standard error: failures and progress.

Progress is redrawn in place only on a terminal. Asked for elsewhere (a log
file), it is written as plain lines now and then, without control codes.
"""

from __future__ import annotations

import time
from typing import TextIO

PROG = "quotex"

# Redrawing costs little, but four times a second is all a person reads.
REDRAW_SECONDS = 0.25
# A log gains nothing from a line more often than this.
LOG_LINE_SECONDS = 10.0


class Reporter:
    """Failures and progress on a stream; counts the failures.

    Args:
        stream: Where to write (standard error).
        progress: Whether to show progress.
        terminal: Whether ``stream`` is a terminal: redraw one line in place
            there, write plain lines elsewhere.
    """

    def __init__(self, stream: TextIO, progress: bool, terminal: bool) -> None:
        self.stream = stream
        self.progress = progress
        self.terminal = terminal
        self.failures = 0
        self.documents = 0
        self.bytes = 0
        self.started = time.monotonic()
        self.drawn = 0.0  # when progress was last shown; 0 if never

    def fail(self, where: str, what: str) -> None:
        """Report a document that could not be read."""
        self.failures += 1
        self._clear()
        print(f"{PROG}: {where}: {what}", file=self.stream, flush=True)

    def done(self, size: int) -> None:
        """Count a document of ``size`` bytes as done."""
        self.documents += 1
        self.bytes += size
        every = REDRAW_SECONDS if self.terminal else LOG_LINE_SECONDS
        if self.progress and time.monotonic() - (self.drawn or self.started) >= every:
            self._draw()

    def finish(self) -> None:
        """Show the final count (when progress is on)."""
        if self.progress:
            self._draw()
            if self.terminal:
                self.stream.write("\n")
            self.stream.flush()

    def _draw(self) -> None:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        megabytes = self.bytes / 1e6
        line = (
            f"{PROG}: {self.documents:,} document{'' if self.documents == 1 else 's'}, "
            f"{megabytes:,.1f} MB, {megabytes / elapsed:,.2f} MB/s"
        )
        self.stream.write(f"\r{line}\x1b[K" if self.terminal else f"{line}\n")
        self.stream.flush()
        self.drawn = time.monotonic()

    def _clear(self) -> None:
        if self.progress and self.terminal and self.drawn:
            self.stream.write("\r\x1b[K")
            self.drawn = 0.0
