"""Spans of a text asked where they lie by bisection rather than by a scan of all of them:
a long text has many, and a scan per question makes reading it grow with its square."""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Iterable


class Spans:
    """``[start, end)`` spans, in any order, overlapping or not."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        # the furthest end of the spans up to each one
        self.reach = list(itertools.accumulate((b for _, b in ordered), max))

    def holds(self, pos: int) -> bool:
        """Whether a span holds offset ``pos``."""
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self.reach[i] > pos

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span overlaps ``[start, end)``."""
        i = bisect_left(self.starts, end) - 1
        return i >= 0 and self.reach[i] > start

    def covers(self, start: int, end: int) -> bool:
        """Whether one span covers all of ``[start, end)``."""
        i = bisect_right(self.starts, start) - 1
        return i >= 0 and self.reach[i] >= end
