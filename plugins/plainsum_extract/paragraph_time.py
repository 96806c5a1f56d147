"""Part of stage 4, attach: the time point a run of results states once, at its start,
for the figures after it that state none.

Releases open a run of results with the time they were measured at ("After 12 weeks,
systolic pressure fell by ...", "At week 52, ...", "The dentists examined the children
again two school years later. By then, 21.4 percent ...") and do not repeat it for each
figure that follows. A reviewer reads those figures at that time. Extract does the same up
to the next sentence that states another time, or that tells how the study was done or
what was known before (the run of results ends there); the time is inferred, so each fact
given it carries a review note saying so.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from .state import State
from .text import ANYNUM, number, time_unit

_UNIT = r"(?P<u>years?|months?|weeks?|days?|hours?)"
# "After 12 weeks,", "At eight weeks,", "By 24 weeks,", "Within 30 days of discharge,",
# "At week 52,", "Three weeks after treatment began,", "At the 6-month visit,"
_OPENER = re.compile(  # (a heading "Results at week 16" opens its run the same way)
    rf"(?i)^\W*(?:(?:main\s+|key\s+)?(?:results?|findings?|outcomes?)\s+(?=at\b|after\b))?"
    rf"(?:(?:after|at|by|within|over)\s+(?:the\s+end\s+of\s+)?(?:the\s+first\s+|a\s+)?"
    rf"(?P<n>{ANYNUM})[\s-]+{_UNIT}\b"
    rf"|at\s+(?P<u2>week|month|day|year)\s+(?P<n2>\d+)\b"
    rf"|at\s+the\s+(?P<n3>{ANYNUM})[\s-]+(?P<u3>year|month|week|day)\s+(?:visit|mark|"
    rf"follow[\s-]?up|assessment)\b"
    rf"|(?P<n4>{ANYNUM})[\s-]+(?P<u4>years?|months?|weeks?|days?|hours?)\s+(?:after|later|on)\b)")
# "By then,", "By that point,", "At that time,": the time of the sentence before
_THEN = re.compile(r"(?i)^\W*(?:by|at)\s+(?:then|that\s+(?:point|time|stage)|this\s+point)\b")
_LATER = re.compile(
    rf"(?i)\b(?P<n>{ANYNUM})\s+(?:[a-z]+\s+)?{_UNIT}\s+later\b"
    rf"|\bafter\s+(?:another\s+)?(?P<n2>{ANYNUM})\s+(?:[a-z]+\s+)?(?P<u2>years?|months?|"
    rf"weeks?|days?)\b")
_TIMED = frozenset({"proportion", "relative-change", "ratio", "difference", "no-difference"})
NOTE = ("time point read from the start of its run of results ({said!r}), not stated next "
        "to the figure: check")


def _time(m: re.Match[str]) -> tuple[float, str] | None:
    groups = m.groupdict()
    n = next((groups[k] for k in ("n", "n2", "n3", "n4") if groups.get(k)), None)
    u = next((groups[k] for k in ("u", "u2", "u3", "u4") if groups.get(k)), None)
    value, unit = (number(n), time_unit(u)) if n and u else (None, None)
    if not value or not unit or not 0 < value <= 520:
        return None
    return float(value), unit


def attach_paragraph_times(st: State) -> None:
    """Give the time a results sentence opens with to the result figures after it that
    have none, until another time or a methods or background sentence."""
    from .attach import time_id
    from .classify import study_sentences

    by_sentence: dict[int, list[dict[str, Any]]] = {}
    sentences = study_sentences(st)
    starts = [s.start for s in sentences]
    for fact in st.found.facts:
        span = fact.get("source_span")
        if not span or fact.get("role") == "background":
            continue
        i = bisect_right(starts, span[0]) - 1
        if i >= 0 and span[0] < sentences[i].end:
            by_sentence.setdefault(i, []).append(fact)
    current: tuple[float, str, str, list[int]] | None = None
    for i, s in enumerate(sentences):
        if st.kinds.get(s.start) in ("methods", "background"):
            current = None  # the results run ends where the release turns to how or why
        facts = by_sentence.get(i, [])
        opened = _OPENER.match(s.text)
        said = _time(opened) if opened else None
        if said is None and _THEN.match(s.text) and i:
            before = sentences[i - 1]
            later = list(_LATER.finditer(before.text))[-1:]
            said = _time(later[0]) if later else None
            if said is not None:
                opened = later[0]
                s_at = before
            else:
                opened = None
        else:
            s_at = s
        if said is not None and opened is not None:
            current = (said[0], said[1], " ".join(opened.group(0).split()),
                       [s_at.at(opened.start()), s_at.at(opened.end())])
        elif current is not None and any(
                f.get("time") in st.found.times and (st.found.times[f["time"]].value,
                                                     st.found.times[f["time"]].unit)
                != (current[0], current[1]) for f in facts):
            current = None  # a sentence with a time of its own: the opener no longer holds
            continue
        if current is None:
            continue
        value, unit, words, span = current
        tid = None
        for fact in facts:
            if fact.get("time") or not _timed(st, fact):
                continue
            tid = tid or time_id(st, value, unit, span)
            fact["time"] = tid
            note = NOTE.format(said=words)
            review = "; ".join(p for p in str(fact.get("review") or "").split("; ")
                               if p and p != "no time point next to this figure")
            fact["review"] = f"{review}; {note}" if review else note


def _timed(st: State, fact: dict[str, Any]) -> bool:
    """Whether a fact is a result measured at a time: the kinds whose schema has a time,
    and a mean of a measure (never an age)."""
    if fact["kind"] in _TIMED:
        return True
    if fact["kind"] != "mean" or not fact.get("measure"):
        return False
    return "age" not in str(fact["measure"]).split("-")

