"""Letters a text gives its groups ("Grupo A | alta precoz con rivaroxabán", "Weg A: nur
die üblichen Tests. Weg B: ...", "Group B = standard care"): where such a letter stands
again with a word for a group ("bei Weg B um 40 % seltener") or as the label of a figure
("A: 64,4 % | B: 54,4 %"), it names its group.

A letter is a group's label only where the text defines it, a letter and a colon, bar or
equals sign followed by the words of one of the sheet's groups, and defines at least two
letters, each for one group and no other (a quiz's "A:" answers name anything). Words of
the six languages for a group or a way of treatment may stand before the letter.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Protocol

import regex

# a word for a group or an arm before its letter (closed class, six languages)
_NOUNS = (r"group|arm|path|option|gruppe|weg|grupo|brazo|rama|groupe|bras|gruppo|braccio"
          r"|braço|ramo")
# a letter said as a label: a capital letter alone, after such a word or before a colon,
# bar or equals sign
_LABEL = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?:(?P<noun>{_NOUNS})[ \t\u00a0]+)?(?P<letter>(?-i:[A-D]))"
    rf"(?![\p{{L}}\p{{N}}'’])(?P<mark>[ \t\u00a0]*[:|=][ \t\u00a0]*)?", regex.IGNORECASE)
_SECOND = re.compile(r"(?<!\w)B[ \t]*[:|=]")
_LETTER_MARK = regex.compile(r"(?<![\p{L}\p{N}])([A-D])[ \t]*[:|=]")
_BODY_END = regex.compile(r"[.;\n|]")
_FIGURE = regex.compile(r"[~≈<>±+\-−–]?[ \u00a0]*\p{N}")  # a figure right after a label
_WORDED = regex.compile(r"\p{L}{3,}")  # a definition's words, not a figure


class Named(Protocol):
    start: int
    end: int
    item: str
    weak: bool
    generic: bool


def has_labels(text: str) -> bool:
    """A cheap first look: a "B" before a colon, bar or equals sign (found by the
    standard library's re, fast on texts with none), then two capital letters of A to D
    each so."""
    return _SECOND.search(text) is not None and len(
        {m.group(1) for m in _LETTER_MARK.finditer(text)}) >= 2


def labelled(text: str, cues: list[Named], arms: frozenset[str] = frozenset()
             ) -> list[tuple[int, int, str]]:
    """Where a defined letter stands again, with its group: (start, end, group).
    ``arms``: the two groups the sheet compares, if two: of two letters defined, one for
    one arm and one in words the sheet does not use, the second is the other arm's."""
    hits = list(_LABEL.finditer(text))
    starts = [c.start for c in cues]
    defined: dict[str, set[str]] = {}
    unnamed: set[str] = set()
    definitions: set[int] = set()
    for hit in hits:
        if hit.group("mark") is None:
            continue
        end = _BODY_END.search(text, hit.end() + 1)
        hi = end.start() if end else len(text)
        if "|" in hit.group("mark"):  # a table's row: its second cell is the body
            hi = text.find("\n", hit.end())
            hi = len(text) if hi < 0 else hi
        first = next((c for c in cues[bisect_left(starts, hit.end()):] if c.start < hi), None)
        if first is not None and first.generic:
            continue
        if first is None or first.start - hit.end() > 24:
            if hit.group("noun") is not None and _WORDED.match(text, hit.end()):
                unnamed.add(hit.group("letter"))  # "Grupo B | ingreso hospitalario"
                definitions.add(hit.start())
            continue
        defined.setdefault(hit.group("letter"), set()).add(first.item)
        definitions.add(hit.start())
    groups = {k: next(iter(v)) for k, v in defined.items() if len(v) == 1}
    unnamed -= set(defined)
    if len(arms) == 2 and len(groups) == 1 and len(unnamed) == 1 and (
            set(groups.values()) < arms):
        groups[unnamed.pop()] = next(iter(arms - set(groups.values())))
    if len(set(groups.values())) < 2:
        return []
    out = []
    for hit in hits:
        letter = hit.group("letter")
        if hit.start() in definitions or letter not in groups:
            continue  # (a bare letter is a capital one: "a" is an article)
        if hit.group("noun") is None and (hit.group("mark") is None or not _FIGURE.match(
                text, hit.end())):
            continue  # a bare letter only as a figure's label ("A: 64,4 %")
        out.append((hit.start(), hit.start("letter") + 1, groups[letter]))
    return out


