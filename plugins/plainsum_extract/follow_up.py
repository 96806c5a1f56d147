"""Part of stage 4, attach: the time point of results whose sentence gives none, when the
release names one follow-up time for the whole study.

Releases often say once how long people were followed ("the 10-year follow-up", "followed
for five years", "after a median of 7 years of follow-up") and then give the results
without repeating it ("Death occurred in 59% of the surgery group"). A reviewer reads
those results at the end of that follow-up. Extract does the same only when the release
names exactly one such time and no result states a different time of its own; the time
is inferred, so each fact it is given to carries a review note saying so.
"""

from __future__ import annotations

import re

from .state import State
from .text import ANYNUM, number, time_unit

_UNIT = r"(?P<u>years?|months?|weeks?|days?)"
_FOLLOW_UP = re.compile(
    rf"(?i)\b(?P<n>{ANYNUM})[\s-]+{_UNIT}[\s-]+(?:of\s+)?(?:follow[\s-]?ups?|outcomes?|"
    rf"results|survival\s+(?:data|results))\b"
    rf"|\bfollowed\s+(?:up\s+)?(?:for|over)\s+(?:an?\s+)?(?:average|median|mean|total)?\s*"
    rf"(?:of\s+)?(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|up\s+to\s+)?(?P<n2>{ANYNUM})"
    rf"[\s-]+(?P<u2>years?|months?|weeks?|days?)\b"
    rf"|\bfollow[\s-]?up\s+(?:period\s+)?of\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+)?"
    rf"(?P<n3>{ANYNUM})[\s-]+(?P<u3>years?|months?|weeks?|days?)\b"
    # "followed 94,120 adults for a median of 11 years", "tracked them for up to 20 years"
    rf"|\b(?:followed|tracked|monitored)\s+(?!up\b|for\b|over\b)[^.;:()]{{1,120}}?\b(?:for|over)\s+"
    rf"(?:an?\s+)?(?:average|median|mean|total)?\s*(?:of\s+)?(?:about\s+|nearly\s+|almost\s+|"
    rf"more\s+than\s+|up\s+to\s+)?(?P<n4>{ANYNUM})[\s-]+(?P<u4>years?|months?|weeks?|days?)\b"
    # "over a median follow-up of 9 years" is above; "(median follow-up, 9.8 years)"
    rf"|\bfollow[\s-]?up\s*(?:time\s*)?[,:=]\s*(?P<n5>{ANYNUM})[\s-]+(?P<u5>years?|months?|"
    rf"weeks?|days?)\b")
_TIMED_KINDS = frozenset({"proportion", "relative-change", "ratio", "difference",
                          "no-difference"})  # the kinds whose schema has a time
NOTE = ("time point read from the study's follow-up ({said!r}), not stated next to the "
        "figure: check")


def follow_up_times(text: str) -> list[tuple[float, str, str]]:
    """Each follow-up time a sentence names: (value, unit, the words that say it)."""
    out = []
    for m in _FOLLOW_UP.finditer(text):
        n = m.group("n") or m.group("n2") or m.group("n3") or m.group("n4") or m.group("n5")
        u = m.group("u") or m.group("u2") or m.group("u3") or m.group("u4") or m.group("u5")
        value, unit = number(n), time_unit(u)
        if value and unit and 0 < value <= 100:
            out.append((float(value), unit, " ".join(m.group(0).split())))
    return out


def attach_follow_up(st: State) -> None:
    """Give the study's one follow-up time to the result figures that have no time."""
    from .attach import time_id
    from .classify import study_sentences

    found: dict[tuple[float, str], tuple[str, list[int]]] = {}
    for s in study_sentences(st):
        if st.kinds.get(s.start) in ("background", "quote", "boilerplate"):
            continue
        for m in _FOLLOW_UP.finditer(s.text):
            for value, unit, said in follow_up_times(m.group(0)):
                found.setdefault((value, unit), (said, [s.at(m.start()), s.at(m.end())]))
    if len(found) != 1:
        return  # none, or several: which one a result is at is for the reviewer
    (value, unit), (said, span) = next(iter(found.items()))
    results = [f for f in st.found.facts if f.get("role") != "background"
               and f["kind"] in _TIMED_KINDS]
    own = {(st.found.times[f["time"]].value, st.found.times[f["time"]].unit)
           for f in results if f.get("time") in st.found.times}
    if own - {(value, unit)}:
        return  # some result has a time of its own that differs: the release mixes times
    tid = None
    for fact in results:
        if fact.get("time"):
            continue
        tid = tid or time_id(st, value, unit, span)
        fact["time"] = tid
        note = NOTE.format(said=said)
        review = str(fact.get("review") or "")
        review = "; ".join(p for p in review.split("; ")
                           if p != "no time point next to this figure")
        fact["review"] = f"{review}; {note}" if review else note
