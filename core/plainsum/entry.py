"""The ``plainsum`` command. Ctrl-C or ``kill`` while it is still starting (importing, before
a command handles interrupts itself) ends it quietly with 130 or 143, not a traceback."""

from __future__ import annotations

import signal
import sys
from types import FrameType


def main() -> None:
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, _starting)
    from .cli import main as command

    command()


def _starting(signum: int, frame: FrameType | None) -> None:
    sys.stderr.write("plainsum: interrupted\n")
    raise SystemExit(128 + signum)
