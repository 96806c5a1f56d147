"""Which of many patterns' anchor words a text holds, found once for all of them.

An :class:`.anchors.Anchored` pattern runs over a text only when the text (folded) holds
one of its words. A pack has dozens of such patterns, and each testing its own words
against the whole text costs more than running the few that pass. The words of all of
them are looked up once per text instead, sentence by sentence, each distinct sentence
once per run (a bundle's texts repeat half their sentences): a word with no white space
in it stands in the folded text only inside one sentence, since the language packs split
a text into sentences with white space between them (a text whose sentences touch is
read whole). A pattern then runs when its words meet the text's: the test
:meth:`.anchors.Anchored.finditer` makes, so the same patterns run.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .anchors import fold
from .text import RunMemo


class AnchorSet:
    """A fixed list of anchor words, looked up in texts."""

    def __init__(self, words: Iterable[str]):
        self.words = tuple(sorted(set(words)))

    @staticmethod
    def usable(words: frozenset[str] | None) -> bool:
        """Whether a pattern's words can be looked up so (none is empty or holds white
        space)."""
        return words is not None and all(w and w.split() == [w] for w in words)

    def held(self, text: str) -> frozenset[str]:
        """The words that stand in ``text`` once folded (as :func:`.anchors.fold`)."""
        low = fold(text)
        return frozenset(w for w in self.words if w in low)

    def held_by_sentence(self, text: str, spans: Sequence[tuple[int, int]], memo: RunMemo,
                         tag: str) -> frozenset[str]:
        """:meth:`held` of ``text`` from its sentences ``spans`` (each remembered in
        ``memo`` under ``(tag, sentence)``), when nothing but white space stands around
        and between them, and some between each two; else of the whole text."""
        out: set[str] = set()
        pos = 0
        for k, (a, b) in enumerate(spans):
            gap = text[pos:a]
            if a < pos or (k and not gap) or (gap and not gap.isspace()):
                return self.held(text)
            sentence = text[a:b]
            out |= memo.remember((tag, sentence), lambda s=sentence: self.held(s))
            pos = b
        tail = text[pos:]
        if tail and not tail.isspace():
            return self.held(text)
        return frozenset(out)
