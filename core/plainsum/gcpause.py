"""Automatic garbage collection held off while a bundle is made.

A bundle makes hundreds of thousands of small objects that reference counting frees at
once; the cycle collector, triggered every few hundred allocations, walks the survivors
(the run's memos and, in a full collection, every pack and table loaded at start-up) time
and again and finds next to nothing: 60–70 ms of a 600 ms six-language bundle. Held off
for the run, it runs as usual once the run is over.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No automatic collection inside the block; the collector's own state is restored
    after it (a caller that had turned it off keeps it off)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
