"""A progress line on the terminal for builds that take more than a moment."""

from __future__ import annotations

import sys
import time


class Progress:
    """Call with (done, total); draws only on a terminal and only after a second."""

    def __init__(self, label: str, stream=sys.stderr, delay: float = 1.0):
        self.label, self.stream, self.delay = label, stream, delay
        self.started = time.monotonic()
        self.drawn = False

    def __call__(self, done: int, total: int) -> None:
        if not self.stream.isatty() or time.monotonic() - self.started < self.delay:
            return
        width = 30
        filled = width * done // max(1, total)
        self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        self.drawn = True
        if done >= total:
            self.stream.write("\n")
        self.stream.flush()
