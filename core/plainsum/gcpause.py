"""Automatic garbage collection held off while a bundle is made, and the run's survivors
kept out of the collector's way after it.

A bundle makes hundreds of thousands of small objects that reference counting frees at
once; the cycle collector, triggered every few hundred allocations, walks the survivors
(the run's memos and, in a full collection, every pack and table loaded at start-up) time
and again and finds next to nothing: 60–70 ms of a 600 ms six-language bundle. Held off
for the run, it runs as usual once the run is over.

What outlives a run is what the process keeps (its bounded caches of tokens, patterns,
sheet indexes) and the outputs: tens of thousands of objects the first collection after
the run would walk (10–20 ms a bundle) and every full collection after that again, to
find no garbage (a run leaves no reference cycles behind: ``_release`` in
:mod:`plainsum.pipeline`). They are moved to the collector's permanent generation
(:func:`gc.freeze`) instead: reference counting still frees each when it goes. So that a
plugin that does leave cycles cannot make a long-running process grow, the frozen objects
are collected once whenever the runs since the last time have frozen half a million
objects (:func:`_settle`).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

# How many objects (net of those freed during the runs) may be frozen before the frozen
# objects are collected once: a bound on what cycles someone left could hold, at about one
# full collection every ten bundles. (Counted from the collector's allocation count: asking
# it how many objects are frozen walks them all, ~20 ms.)
_BUDGET = 500_000
_frozen_since_collection = 0  # objects frozen since the frozen objects were last collected


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No automatic collection inside the block; the collector's own state is restored
    after it (a caller that had turned it off keeps it off, and its objects as they are)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        _settle()
        gc.enable()


def _settle() -> None:
    """Freeze what the run left; collect the frozen objects once the runs since the last
    time have frozen :data:`_BUDGET` objects (cycles someone left behind are freed then)."""
    global _frozen_since_collection
    _frozen_since_collection += sum(gc.get_count())
    gc.freeze()
    if _frozen_since_collection > _BUDGET:
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        _frozen_since_collection = 0
