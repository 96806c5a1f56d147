"""Which of many patterns' anchor words a text holds, found once for all of them.

An :class:`.anchors.Anchored` pattern runs over a text only when the text (folded) holds
one of its words. A pack has dozens of such patterns, and testing each one's words
against the whole text costs more than running the few that pass. A word of no white
space stands in the folded text only inside one of its runs of non-space characters (its
"chunks"), and a bundle's texts are made of few distinct chunks: the words each chunk
holds are found once per process, and a text holds exactly the words its chunks hold.
The test a pattern then makes (do its words meet the text's?) is the one
:meth:`.anchors.Anchored.finditer` makes, so the same patterns run.
"""

from __future__ import annotations

from collections.abc import Iterable

from .anchors import fold

LEAST = 3  # letters of the shortest word looked up by its first letters
_KEPT = 65536  # chunks remembered per word list before it starts afresh


class AnchorSet:
    """A fixed list of anchor words, looked up in texts chunk by chunk."""

    def __init__(self, words: Iterable[str]):
        self.by_head: dict[str, list[str]] = {}
        for word in set(words):
            self.by_head.setdefault(word[:LEAST], []).append(word)
        self._chunks: dict[str, frozenset[str]] = {}

    @staticmethod
    def usable(words: frozenset[str] | None) -> bool:
        """Whether a pattern's words can be looked up so (none has white space or is
        shorter than the heads they are indexed by)."""
        return words is not None and all(
            len(w) >= LEAST and w.split() == [w] for w in words)

    def held(self, text: str) -> set[str]:
        """The words that stand in ``text`` once folded (as :func:`.anchors.fold`)."""
        return self.held_folded(fold(text))

    def held_folded(self, low: str) -> set[str]:
        chunks = self._chunks
        out: set[str] = set()
        for chunk in set(low.split()):
            found = chunks.get(chunk)
            if found is None:
                if len(chunks) >= _KEPT:
                    chunks.clear()
                found = chunks[chunk] = self._in_chunk(chunk)
            if found:
                out |= found
        return out

    def _in_chunk(self, chunk: str) -> frozenset[str]:
        by_head = self.by_head
        found = set()
        for i in range(len(chunk) - LEAST + 1):
            for word in by_head.get(chunk[i:i + LEAST], ()):
                if chunk.startswith(word, i):
                    found.add(word)
        return frozenset(found)
