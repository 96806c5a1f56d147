"""Ctrl-C and ``kill``: a run stops with status 130 or 143 and cleans up after itself, or, in
the few milliseconds it moves finished files into place, finishes that first."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

_SIGNALS = tuple(s for s in (signal.SIGINT, getattr(signal, "SIGTERM", None)) if s is not None)


class Interrupted(KeyboardInterrupt):
    """Raised in the main thread on SIGINT or SIGTERM; ``status`` is the exit status."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.status = 128 + signum


class _State:
    received: int | None = None  # the last signal seen, even if an ``except`` swallowed it
    holding = False
    held: int | None = None


def _on_signal(signum: int, frame: FrameType | None) -> None:
    _State.received = signum
    if _State.holding:
        _State.held = signum
        return
    raise Interrupted(signum)


@contextlib.contextmanager
def handled() -> Iterator[None]:
    """Turn SIGINT and SIGTERM into :class:`Interrupted` for the length of a command."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _State.received = None
    previous = {s: signal.signal(s, _on_signal) for s in _SIGNALS}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


def received() -> int | None:
    """The exit status for a signal that arrived during the command, or None."""
    return None if _State.received is None else 128 + _State.received


@contextlib.contextmanager
def held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM back for a short step that must not be cut in two; a signal
    that arrived meanwhile is raised when the step is done."""
    if _State.holding or threading.current_thread() is not threading.main_thread():
        yield
        return
    _State.holding, _State.held = True, None
    try:
        yield
    finally:
        _State.holding = False
    if _State.held is not None:
        raise Interrupted(_State.held)


class TimedOut(Exception):
    """A step ran past its time limit (a plugin that hangs)."""


LONGEST = 365 * 24 * 3600.0  # seconds: the longest time limit that is one


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`TimedOut` in the main thread if the block runs longer than ``seconds``
    (0, or more than :data:`LONGEST`, for no limit; no limit off the main thread or
    without ``setitimer``)."""
    # a limit past a year (inf, 1e999) is none: setitimer refuses a time that far, and
    # a failure there would read as the plugin's own; nan is no time either
    if not 0 < seconds <= LONGEST or not hasattr(signal, "setitimer") or \
            threading.current_thread() is not threading.main_thread():
        yield
        return
    running = True

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        if running:
            raise TimedOut(f"took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        running = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
