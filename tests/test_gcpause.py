"""What outlives a run is frozen out of the collector's way; cycles someone leaves behind
are still collected once the frozen objects have doubled."""

from __future__ import annotations

import gc
import weakref

import pytest
from plainsum import gcpause
from plainsum.gcpause import gc_paused


class _Node:
    """An object that can be in a reference cycle and be watched by a weak reference."""

    def __init__(self) -> None:
        self.other: object = None


def _cycle() -> weakref.ref[_Node]:
    a, b = _Node(), _Node()
    a.other, b.other = b, a
    return weakref.ref(a)


@pytest.fixture
def collector():
    was = gc.isenabled()
    gc.enable()
    try:
        yield
    finally:
        gc.unfreeze()
        gc.collect()
        (gc.enable if was else gc.disable)()


def test_the_runs_survivors_are_frozen_and_freed_as_usual(collector, plainsum_registry,
                                                          plainsum_factsheet):
    from plainsum.pipeline import generate

    before = gc.get_freeze_count()
    outputs = generate(plainsum_factsheet, plainsum_registry, ["en"], ["patients"],
                       ["summary"])
    assert gc.get_freeze_count() > before  # the outputs, and what the caches kept
    assert gc.isenabled()
    watched = weakref.ref(outputs[0])
    del outputs
    assert watched() is None  # reference counting frees a frozen object all the same


def test_cycles_left_by_runs_are_collected_once_they_have_frozen_enough(
        collector, monkeypatch):
    gc.collect()
    monkeypatch.setattr(gcpause, "_BUDGET", 50_000)
    monkeypatch.setattr(gcpause, "_frozen_since_collection", 0)
    with gc_paused():
        left = _cycle()  # garbage the collector never saw: frozen with the rest
    assert left() is not None
    assert gcpause._frozen_since_collection > 0
    with gc_paused():
        kept = [[] for _ in range(60_000)]  # a run that leaves more than the budget behind
    assert left() is None  # the frozen objects were collected, the cycle with them
    assert gcpause._frozen_since_collection == 0 and len(kept) == 60_000
    assert gc.isenabled()
