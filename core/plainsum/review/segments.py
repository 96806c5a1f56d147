"""Cut a text into runs at the edges of marked spans, so a page can highlight them.

The page never builds markup out of the user's text: each run is plain text that the
template escapes, and the marks only say which of our own classes and links wrap it.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Mark:
    """``[start, end)`` of the text, and what it stands for (``end == start``: a point,
    such as where page chrome was removed)."""

    start: int
    end: int
    data: Any


@dataclass
class Run:
    """A stretch of the text covered by the same marks (``covering``, shortest first),
    with the points that sit just before it."""

    text: str
    start: int
    covering: list[Any] = field(default_factory=list)
    points: list[Any] = field(default_factory=list)


def valid(start: Any, end: Any, length: int) -> bool:
    """Whether ``[start, end)`` is a span of a text of ``length`` characters."""
    return (isinstance(start, int) and isinstance(end, int)
            and not isinstance(start, bool) and not isinstance(end, bool)
            and 0 <= start <= end <= length)


def split(text: str, marks: Sequence[Mark]) -> list[Run]:
    """``text`` as runs: the runs' texts joined are ``text``; a mark outside the text is
    left out (the caller reports it)."""
    kept = [m for m in marks if valid(m.start, m.end, len(text))]
    cuts = sorted({0, len(text), *(m.start for m in kept), *(m.end for m in kept)})
    points: dict[int, list[Any]] = {}
    for m in kept:
        if m.start == m.end:
            points.setdefault(m.start, []).append(m.data)
    spans = sorted((m for m in kept if m.end > m.start), key=lambda m: (m.end - m.start))
    runs = []
    for start, end in itertools.pairwise(cuts):
        covering = [m.data for m in spans if m.start <= start and end <= m.end]
        runs.append(Run(text[start:end], start, covering, points.pop(start, [])))
    if points.get(len(text)) or not runs:  # points at the very end, or an empty text
        runs.append(Run("", len(text), [], points.pop(len(text), [])))
    return runs
