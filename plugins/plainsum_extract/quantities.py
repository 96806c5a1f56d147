"""Stage 3, quantities: read the figures of the study sentences into typed facts.

Counts (the cohort, the size of each group), means and medians, calendar periods,
follow-up time points, percentages and quantifier claims ("most patients improved").
Each figure asks :mod:`.attach` for its group, outcome and time.
"""

from __future__ import annotations

import re
from typing import Any

from .attach import (
    DIRECTION_ANY,
    DIRECTIONS,
    EVENTS,
    comparisons,
    fill_outcomes,
    group_before,
    group_for,
    measure_id,
    measure_near,
    outcome_for,
    outcome_id,
    time_for,
    time_id,
)
from .classify import study_sentences
from .groups import mentions
from .state import PEOPLE, Sentence, State, add_fact
from .terms import mentions_term
from .text import ANYNUM, NUM, number, time_unit


def find_counts(st: State) -> None:
    """The cohort's size and the size of each subgroup or arm, as counts."""
    f = st.found
    if st.cohort:
        s, m = st.cohort
        value = number(m.group("n"))
        if value is not None:
            fact = {"kind": "count", "value": value, "group": "all", "key": True,
                    "source_span": [s.at(m.start("n")), s.at(m.end("np"))]}
            if m.group("q"):
                fact["review"] = (f"the release says {m.group('q').strip()!r} {m.group('n')}: "
                                  "the number is not exact")
            add_fact(st, fact, "cohort")
    for g in f.groups.values():
        if g.kind in ("sub", "arm") and g.size is not None:
            add_fact(st, {"kind": "count", "value": g.size, "group": g.id, "of": "all",
                          "source_span": g.span}, f"{g.id}-n")


def find_means(st: State) -> None:
    """Means and medians ("mean age was 58", "median 7.7 (vs 6.3) days")."""
    for s in study_sentences(st):
        for m in _MEAN_PAIR.finditer(s.text):
            _mean_pair(st, s, m)
        for m in _MEAN.finditer(s.text):
            if _MEAN_PAIR.match(s.text, m.start()):
                continue
            value = number(m.group("n"))
            measure = (m.group("measure") or "").strip().lower() or "value"
            if value is None or measure in {"of", "the"}:
                continue
            mid = measure_id(st, measure, [s.at(m.start("measure") if m.group("measure")
                                                else m.start()), s.at(m.end())])
            unit = time_unit(m.group("unit")) or ("year" if measure == "age" else None)
            fact = {"kind": "mean", "value": value, "measure": mid,
                    "group": group_before(st, s, m.start()) or "all",
                    "source_span": [s.at(m.start()), s.at(m.end())]}
            if unit:
                fact["unit"] = unit
            if m.group("stat").lower() == "median":
                fact["statistic"] = "median"
            add_fact(st, fact, f"{mid}-{m.group('stat').lower()}")


def _mean_pair(st: State, s: Sentence, m: re.Match[str]) -> None:
    """Two means "(X vs. Y)" read as the first and second arm."""
    arms = [g for g in st.found.groups.values() if g.kind == "arm"]
    if len(arms) < 2:
        return
    measure = m.group("measure").strip().lower()
    mid = measure_id(st, measure, [s.at(m.start("measure")), s.at(m.end("measure"))])
    ids = []
    for arm, key in zip(arms[:2], ("a", "b"), strict=False):
        fact = {"kind": "mean", "value": number(m.group(key)), "measure": mid,
                "group": arm.id, "source_span": [s.at(m.start(key)), s.at(m.end(key))],
                "review": "the release gives 'X vs. Y' without naming the arms: the first "
                          "is read as the first arm; check"}
        unit = time_unit(m.group("unit"))
        if unit:
            fact["unit"] = unit
        if m.group("stat").lower() == "median":
            fact["statistic"] = "median"
        ids.append(add_fact(st, fact, f"{arm.id}-{mid}")["id"])
    st.found.notes.append(f"means [{s.at(m.start())}, {s.at(m.end())}]: the release "
                          "compares two means; no comparison fact was drafted for them")


def find_periods(st: State) -> None:
    """Calendar periods of the study ("from 2005 to 2015", "2010-2014")."""
    intervention = st.found.intervention[0] if st.found.intervention else None
    for s in study_sentences(st):
        event: bool | None = None  # whether the sentence names the intervention
        for m in re.finditer(r"\b(?:from|between)\s+(?P<a>(?:19|20)\d\d)\s+(?:to|and|through|"
                             r"until|till)\s+(?P<b>(?:19|20)\d\d)\b|\b(?P<c>(?:19|20)\d\d)\s*"
                             r"[–-]\s*(?P<d>(?:19|20)\d\d)\b", s.text):
            a, b = int(m.group("a") or m.group("c")), int(m.group("b") or m.group("d"))
            fact = {"kind": "period", "start": min(a, b), "end": max(a, b), "group": "all",
                    "source_span": [s.at(m.start()), s.at(m.end())]}
            if event is None:
                event = bool(intervention) and mentions_term(st, s.text, intervention)
            if event:
                fact["event"] = intervention
            add_fact(st, fact, "period")


def find_timepoints(st: State) -> None:
    """The follow-up visits of the study ("assessed at 6, 12 and 24 months")."""
    unit = r"(?:years?|months?|weeks?|days?)"
    item = rf"{ANYNUM}[\s-]+{unit}"
    for s in study_sentences(st):
        m = re.search(rf"(?i)\b(?:assessed|evaluated|examined|followed|measured|seen|checked|"
                      rf"tested|interviewed|surveyed|followed\s+up)\b[^.]{{0,60}}?\b(?:at|after|"
                      rf"for)\s+(?P<list>{item}(?:\s*,\s*(?:and\s+)?{item}|\s+and\s+{item})+)",
                      s.text)
        if not m:
            continue
        ids = []
        for it in re.finditer(rf"(?i)(?P<n>{ANYNUM})[\s-]+(?P<u>{unit})", m.group("list")):
            value = number(it.group("n"))
            if value:
                ids.append(time_id(st, value, time_unit(it.group("u")) or "year",
                                   [s.at(m.start("list") + it.start()),
                                    s.at(m.start("list") + it.end())]))
        if ids:
            add_fact(st, {"kind": "timepoints", "times": ids,
                          "source_span": [s.at(m.start()), s.at(m.end())]}, "follow-up")
            break


def find_proportions(st: State) -> None:
    """Each percentage of the study sentences as a proportion of a group, with its
    outcome and time point; one with the same value, group, time and outcome as an
    earlier one is not drafted twice. Two figures of one sentence compared ("vs", "than")
    also make a comparison fact."""
    current = "all"
    arms = [g.id for g in st.found.groups.values() if g.kind == "arm"]
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}
    for s in study_sentences(st):
        found = percents(s.text)
        named = mentions(st, s.text)
        if not found:
            if named:
                current = named[-1][2]
            continue
        made: list[dict[str, Any]] = []
        for i, m in enumerate(found):
            prev_end = found[i - 1].end() if i else 0
            next_start = found[i + 1].start() if i + 1 < len(found) else len(s.text)
            after = s.text[m.end():next_start]
            before = s.text[prev_end:m.start()]
            group, how = group_for(st, s, m, after, before, named, current, prev_end, made,
                                   arms)
            current = group
            when = time_for(st, s.text, m, after, before)
            what = outcome_for(st, s, m, after, before)
            value = number(m.group("n"))
            if value is None or value > 100:
                continue
            fact: dict[str, Any] = {"kind": "proportion", "value": value, "group": group,
                                    "source_span": [s.at(m.start()), s.at(m.end())]}
            if what:
                fact["outcome"] = what
            if when:
                fact["time"] = when
            notes = []
            if how:
                notes.append(how)
            q = hedge_before(before)
            if q:
                notes.append(f"the release says {q!r} {m.group('n')}%")
            cm = count_before(before)
            if cm:
                fact["count"] = int(number(cm.group("c")) or 0)
                if cm.group("of"):
                    fact["of"] = int(number(cm.group("of")) or 1)
                else:
                    size = st.found.groups[group].size
                    if size:
                        fact["of"] = size
                        notes.append(f"'of {size}' is the size of the group, not stated "
                                     "next to the figure")
            if not when:
                notes.append("no time point next to this figure")
            if notes:
                fact["review"] = "; ".join(notes)
            made.append(fact)
        fill_outcomes(st, s, found, made)
        for fact in made:
            key = (fact["value"], fact["group"], fact.get("time"), fact["outcome"])
            if key in seen:
                continue
            seen[key] = fact
            fact["key"] = True
            base = f"{fact['group']}-{fact.get('time') or fact['outcome']}"
            add_fact(st, fact, base)
        comparisons(st, s, found, made)


def percents(text: str) -> list[re.Match[str]]:
    """The percentages of a sentence ("45%", "7.3 percent"), except the upper end of a
    range ("10 to 15%" gives only 10); group ``n`` is the number."""
    return [m for m in _PERCENT.finditer(text)
            if not re.search(rf"{NUM}\s*(?:%|percent|per\s+cent)?\s*(?:to|-|–)\s*$",
                             text[max(0, m.start() - 14):m.start()])]


def hedge_before(before: str) -> str | None:
    """The hedge right before a figure ("more than", "about", "nearly" ...), as written."""
    q = re.search(r"(?i)(more|fewer|less)\s+than\s+(?:about\s+)?$|(?:about|nearly|"
                  r"almost|approximately|roughly|around|over|under)\s+$", before)
    return q.group().strip() if q else None


def count_before(before: str) -> re.Match[str] | None:
    """'12 of 40 (' or '12 patients (' right before a percentage: group ``c`` is the
    count, ``of`` the total when given."""
    return re.search(rf"(?P<c>{NUM})\s+(?:of\s+(?P<of>{NUM})|{PEOPLE})\s*\(\s*$", before)


def find_claims(st: State) -> None:
    """Quantifier claims without a figure ("most patients improved")."""
    for s in study_sentences(st):
        if _PERCENT.search(s.text):
            continue
        m = re.search(rf"(?i)\b(?P<q>some|most|more\s+than\s+half\s+of|all)\s+(?:of\s+)?"
                      rf"(?:the\s+)?{PEOPLE}(?P<g>\s+with\s+[^,.]{{2,60}}?)?[^.]{{0,50}}?"
                      rf"(?P<d>{DIRECTION_ANY})", s.text)
        if not m or re.search(r"(?i)\b(?:diagnosed|while|although)\b",
                              s.text[m.start():m.start("d")]):
            continue
        direction = next(d for d, p in DIRECTIONS if re.fullmatch(p, m.group("d"), re.I)
                         or re.search(p, m.group("d"), re.I))
        if direction in EVENTS:
            continue
        hits = mentions(st, s.text[m.start():m.start("d")])
        group = hits[0][2] if hits else "all"
        q = re.sub(r"\s+", "-", m.group("q").lower()).replace("-of", "")
        fact = {"kind": "claim", "quantifier": q, "group": group,
                "outcome": outcome_id(st, direction, measure_near(st, s.text), m.group("d")),
                "source_span": [s.at(m.start()), s.at(m.end())]}
        time = time_for(st, s.text, m, s.text[m.end():], s.text[:m.start()])
        if time:
            fact["time"] = time
        add_fact(st, fact, f"{q}-{group}-{direction}")


# --- patterns and small helpers ------------------------------------------------------------
_MEAN = re.compile(
    rf"(?i)\b(?P<stat>average|mean|median)\s+(?P<measure>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}}?)?"
    rf"\s*(?:was|were|is|of|,|:|=)\s*(?:about\s+)?(?P<n>{NUM})(?:\s*(?P<unit>years?|months?|"
    rf"weeks?|days?|hours?|minutes?))?\b")
_MEAN_PAIR = re.compile(
    rf"(?i)\b(?P<stat>average|mean|median)\s+(?P<measure>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}}?)\s*"
    rf"\(\s*(?P<a>{NUM})\s*(?:vs\.?|versus)\s*(?P<b>{NUM})\s*(?P<unit>years?|months?|weeks?|days?|"
    rf"hours?|minutes?)?\s*\)")
_PERCENT = re.compile(rf"(?P<n>{NUM})\s*(?:%|\s?percent\b|\s?per\s+cent\b)")
