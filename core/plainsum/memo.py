"""Small bounded caches for work done again and again on the same objects and texts.

Validators and packs ask the same questions of the same text (its sentences, its tokens)
and of the same fact sheet in one language (its terms, its phrases). A :class:`Memo`
keeps the answers per *owner objects* (a sheet, a pack) and a hashable key (usually the
text): an entry is used only while the owners are the very same objects (identity, not
equality: a fact sheet is mutable), it holds them alive so their ids cannot be reused,
and the oldest entries go when the memo is full. Nothing is shared between two sheets.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from operator import is_
from typing import Any, Generic, TypeVar

V = TypeVar("V")


class Memo(Generic[V]):
    """Values for ``(owners, key)``, at most ``size`` of them, least recently made first out."""

    def __init__(self, size: int = 64):
        self.size = size
        self._data: dict[tuple[Any, ...], tuple[tuple[object, ...], V]] = {}

    def get(self, owners: tuple[object, ...], key: Hashable,
            make: Callable[[], V]) -> V:
        slot = (*map(id, owners), key)
        hit = self._data.get(slot)
        # the slot holds one id per owner: the same number of owners, compared in C
        if hit is not None and all(map(is_, hit[0], owners)):
            return hit[1]
        value = make()
        if len(self._data) >= self.size:
            del self._data[next(iter(self._data))]
        self._data[slot] = (owners, value)
        return value

    def clear(self) -> None:
        self._data.clear()
