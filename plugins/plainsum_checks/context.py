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
from .text import RunMemo, each_sentence, tokens

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
    generic: bool = False  # a bare word for a group others are part of ("patients")

    def shifted(self, offset: int) -> Cue:
        return Cue(self.start + offset, self.end + offset, self.item, self.weak,
                   self.specific, self.generic)


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


def group_cues(text: str, spans: list[tuple[int, int]], index: SheetIndex,
               memo: RunMemo | None = None) -> list[Cue]:
    """Where the text names a group (a group's words never span two sentences)."""
    groups = index.sheet.groups
    parents = {f.of for f in index.sheet.facts.values() if getattr(f, "of", None)}

    def read(sentence: str) -> list[Cue]:
        return [Cue(m.start, m.end, m.item[0], m.item[1],
                    bool(groups[m.item[0]].term) if m.item[0] in groups else False,
                    m.item[0] in parents and m.last - m.first == 1)
                for m in index.groups.find(sentence, tokens(sentence))]

    return each_sentence(text, spans, read, memo, "group-cues-sentence")


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

    def clause_groups(self, m: Mention) -> frozenset[str]:
        """The groups of :meth:`own_groups` named inside the number's clause (between
        the clause marks around it): "Chlorhexidine beats iodine: a trial of 572 women"
        says 572 of the women, not of either arm."""
        k = self.sentence_of(m.start)
        a, b = self.sentences[k] if self.sentences else (0, len(self.text))
        lo = max((h.end() for h in _CLAUSE.finditer(self.text, a, m.start)), default=a)
        mark = _CLAUSE.search(self.text, m.end, b)
        hi = mark.start() if mark else b
        own = self.own_groups(m)
        return frozenset(c.item for c in self.groups
                         if lo <= c.start and c.end <= hi and c.item in own)

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
            order = self._order(c, m.start, nxt)
            return order == "after" if order else self._left_owns(m.end, c, nxt)
        if c.end > m.start:
            return False
        if prev is None:
            return True
        if c.start < prev:
            return False
        left = max(o.start for o in self.claims if o.end == prev)
        order = self._order(c, left, m.start)
        return order == "before" if order else not self._left_owns(prev, c, m.start)

    def _order(self, c: Cue, left: int, right_start: int) -> str | None:
        """Whether two shares in a row take their time words before them or after them,
        seen from the ends: "nach fünf Jahren 86 Prozent und nach zehn Jahren 71
        Prozent" (before: the words between go right) against "86% at five years and
        71% at ten years" (after: they go left). None when the ends do not tell."""
        if c not in self.times:
            return None  # a group word right after a figure is its own ("86% of these
            # patients"), whichever way the times go
        cues = self.times
        k = self.sentence_of(left)
        a, b = self.sentences[k] if self.sentences else (0, len(self.text))
        lo = max((o.end for o in self.claims if a <= o.end <= left), default=a)
        right = next((o for o in self.claims if o.start == right_start), None)
        first = next((o for o in self.claims if o.start == left), None)
        if right is None or first is None or right.percent is None or first.percent is None:
            return None  # only two shares in a row are said in parallel
        hi = min((o.start for o in self.claims if right.end <= o.start < b), default=b)
        lead = any(lo <= q.start and q.end <= left for q in cues)
        tail = any(right.end <= q.start and q.end <= hi for q in cues)
        if lead and not tail:
            return "before"
        if tail and not lead:
            return "after"
        return None

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
        if near and not near[0].weak and not near[0].generic:
            return frozenset({near[0].item})
        found = [c for c in cues if a <= c.start < b]
        if not near or near[0].generic:
            # none in its own clause: the nearest said before it in the sentence carries
            # over ("in progressive MS, 71% at five years and 57% at ten"); a generic
            # word for the whole cohort ("patients") does not hide the group before it
            # ("relapsing-remitting MS: 86% of these patients")
            for c in reversed([c for c in found if c.end <= m.start and c not in near]):
                if not c.generic:
                    return frozenset({c.item})
            if near and not near[0].weak:
                return frozenset({near[0].item})
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
        cohort: str | None = None
        for j in range(k - 1, -1, -1):
            a, b = self.sentences[j]
            if j + 1 < len(self.sentences) and "\n\n" in self.text[b:self.sentences[j + 1][0]]:
                break
            here = [c for c in cues if a <= c.start < b]
            strong = [c for c in here if not c.weak]
            if here and self._counts_only(a, b):
                # sentences that only give sizes ("210 people with MS, of whom 122 had
                # RRMS."): what follows is about the first group they count
                cohort = here[0].item
                continue
            if cohort is not None:
                break
            if strong:
                return {c.item for c in strong} | weak
            weak |= {c.item for c in here}
        return {cohort} if cohort is not None else weak

    def _counts_only(self, a: int, b: int) -> bool:
        """Whether a sentence states counts and no share."""
        inside = [o for o in self.claims if a <= o.start < b]
        return bool(inside) and all(o.percent is None for o in inside)
