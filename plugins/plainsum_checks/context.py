"""Who and when a number in a text is about: the group and time words around it.

A number takes its meaning from the words in its own clause (between the numbers before
and after it), then from its sentence, then from the last earlier sentence of the same
paragraph that named a group or a time (so "Ten years later, 71% ..." keeps the group of
the sentence before). A group named only by a generic word ("people") also keeps the
group of the sentence before.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .numbers import Mention
from .sheet import SheetIndex
from .text import Token

_STRONG = regex.compile(r"[;:]")
_WEAK = regex.compile(r"[,—–()]")
_CLAUSE = regex.compile(r"[;:,—–()]")
SAME_PHRASE = 24  # characters between two group words of one noun phrase ("… with …")


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    item: str  # a group id or a time id
    weak: bool = False
    specific: bool = False  # a group the sheet ties to a term (a type of the condition)


@dataclass(frozen=True)
class Scope:
    """What the words around one number say: empty sets mean nothing was said."""

    groups: frozenset[str]
    times: frozenset[str]

    def fits(self, group: str | None, time: str | None) -> bool:
        return ((not self.groups or group is None or group in self.groups)
                and (not self.times or time is None or time in self.times))

    def names(self, group: str | None, time: str | None) -> bool:
        """True when both the group and the time are positively named."""
        return ((group is None or group in self.groups)
                and (time is None or time in self.times))


def group_cues(text: str, toks: list[Token], index: SheetIndex) -> list[Cue]:
    groups = index.sheet.groups
    return [Cue(m.start, m.end, m.item[0], m.item[1],
                bool(groups[m.item[0]].term) if m.item[0] in groups else False)
            for m in index.groups.find(text, toks)]


def time_cues(mentions: list[Mention], index: SheetIndex) -> list[Cue]:
    out = []
    for m in mentions:
        if m.kind == "duration" and m.unit:
            tid = index.times.get((float(m.value), m.unit))
            if tid:
                out.append(Cue(m.start, m.end, tid))
    return out


class Scoper:
    """Resolves the scope of each claim-like number of one text."""

    def __init__(self, text: str, sentences: list[tuple[int, int]], claims: list[Mention],
                 groups: list[Cue], times: list[Cue]):
        self.text = text
        self.sentences = sentences
        self.claims = claims
        self.groups = groups
        self.times = times

    def sentence_of(self, pos: int) -> int:
        for i, (a, b) in enumerate(self.sentences):
            if a <= pos < b:
                return i
        return max(0, len(self.sentences) - 1)

    def scope(self, m: Mention) -> Scope:
        k = self.sentence_of(m.start)
        s_start, s_end = self.sentences[k] if self.sentences else (0, len(self.text))
        prev = max((o.end for o in self.claims if s_start <= o.end <= m.start), default=None)
        nxt = min((o.start for o in self.claims if m.end <= o.start < s_end), default=None)
        return Scope(self._pick(self.groups, m, prev, nxt, k),
                     self._pick(self.times, m, prev, nxt, k))

    def own_groups(self, m: Mention) -> frozenset[str]:
        """The groups named in this number's own clause, nothing inherited from earlier
        sentences or the rest of the sentence: enough to say which fact a wrong figure
        was meant to be, not more."""
        k = self.sentence_of(m.start)
        a, b = self.sentences[k] if self.sentences else (0, len(self.text))
        prev = max((o.end for o in self.claims if a <= o.end <= m.start), default=None)
        nxt = min((o.start for o in self.claims if m.end <= o.start < b), default=None)
        return frozenset(c.item for c in self.groups
                         if a <= c.start < b and self._own(c, m, prev, nxt))

    def _own(self, c: Cue, m: Mention, prev: int | None, nxt: int | None) -> bool:
        """Whether a cue between this number and a neighbouring one belongs to this one.

        The clause decides: a cue cut off from one number by a semicolon (then a comma) and
        not from the other goes with the other ("122 had RRMS, 86 had ..."; "...; at 10
        years, 66%"); a cue in the same clause as both goes with the first ("86% at five
        years and 71% at 10"); otherwise the nearer number takes it.
        """
        if c.start >= m.end:
            if nxt is None:
                return True
            if c.end > nxt:
                return False
            return self._left_owns(m.end, c, nxt)
        if c.end > m.start:
            return False
        if prev is None:
            return True
        return c.start >= prev and not self._left_owns(prev, c, m.start)

    def _left_owns(self, left: int, c: Cue, right: int) -> bool:
        for mark in (_STRONG, _WEAK):
            cut_left = mark.search(self.text, left, c.start) is not None
            cut_right = mark.search(self.text, c.end, right) is not None
            if cut_left != cut_right:
                return cut_right
            if not cut_left and mark is _WEAK:
                return True  # one clause: "86% ... at five years and 71% ..."
        return c.start - left <= right - c.end

    def _pick(self, cues: list[Cue], m: Mention, prev: int | None, nxt: int | None,
              k: int) -> frozenset[str]:
        a, b = self.sentences[k] if self.sentences else (0, len(self.text))
        mine = [c for c in cues if a <= c.start < b and self._own(c, m, prev, nxt)]
        after = [c for c in mine if c.start >= m.end]
        before = [c for c in mine if c.end <= m.start]
        specific = self._specific(m, after) if cues is self.groups else []
        near = specific or after[:1] or before[-1:]
        if near and not near[0].weak:
            return frozenset({near[0].item})
        found = [c for c in cues if a <= c.start < b]
        strong = [c for c in found if not c.weak]
        if strong and not near:
            return frozenset(c.item for c in strong)
        weak = {c.item for c in (near or found)}
        return frozenset(weak | self._earlier(cues, k))

    def _specific(self, m: Mention, after: list[Cue]) -> list[Cue]:
        """The most specific group named in the phrase right after the number: a generic
        word does not hide the group it introduces ("71% of the participants with RRMS",
        "71% van de deelnemers met RRMS" are about RRMS). Only cues before any clause
        mark and close together count; a named group beats a generic word, a group with
        a term beats one without, a longer name a shorter one."""
        phrase: list[Cue] = []
        for c in after:
            if _CLAUSE.search(self.text, m.end, c.start) is not None:
                break
            if phrase and c.start - phrase[-1].end > SAME_PHRASE:
                break
            phrase.append(c)
        if len(phrase) < 2:
            return phrase
        return [max(phrase, key=lambda c: (not c.weak, c.specific, c.end - c.start))]

    def _earlier(self, cues: list[Cue], k: int) -> set[str]:
        """The groups or times of earlier sentences in this paragraph: the last strong
        ones, with any generic ones said after them ("people with progressive MS ...
        71% of the people with this type ...")."""
        weak: set[str] = set()
        for j in range(k - 1, -1, -1):
            a, b = self.sentences[j]
            if j + 1 < len(self.sentences) and "\n\n" in self.text[b:self.sentences[j + 1][0]]:
                break
            here = [c for c in cues if a <= c.start < b]
            strong = {c.item for c in here if not c.weak}
            if strong:
                return strong | weak
            weak |= {c.item for c in here}
        return weak
