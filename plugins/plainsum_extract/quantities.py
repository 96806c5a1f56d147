"""Stage 3, quantities: read the figures of the study sentences into typed facts.

Counts (the cohort, the size of each group), means and medians, calendar periods,
follow-up time points, percentages and quantifier claims ("most patients improved").
Each figure asks :mod:`.attach` for its group, outcome and time.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any

from .attach import (
    _DEMONYM,
    _PLACE,
    DIRECTION_ANY,
    DIRECTIONS,
    EVENTS,
    comparisons,
    fill_outcomes,
    group_at,
    group_for,
    measure_id,
    measure_near,
    outcome_for,
    outcome_generic,
    outcome_id,
    time_for,
    time_id,
)
from .classify import role_for, study_sentences
from .event_counts import event_arm, respectively
from .exposure import (
    elliptic_at,
    exposure_phrase,
    for_opening,
    fragment,
    line_label,
    outcome_subject,
    people_label,
    risk_named,
    risk_named_before,
    step_phrase,
    stronger_for,
    stronger_for_people,
    verb_outcome,
    versus_end,
)
from .groups import (
    PERSONS,
    _add_group,
    group_named,
    label_problem,
    mentions,
    subject_groups,
)
from .money import money_spans
from .quantity_amounts import SPREAD, Count, counts, fractions, means, study_times
from .quantity_forms import (
    EFFECT_AFTER,
    HEDGES,
    PCT,
    UNIT,
    Quantity,
    claimed,
    hedge_of,
    read,
    unit_name,
)
from .state import AGENT_PEOPLE, PEOPLE, Sentence, State, add_fact
from .subgroups import beside, level_beside, measure_around
from .subject import among_before, clause_subject
from .terms import event_term, mentions_term
from .text import ANYNUM, NUM, abbreviations, number, reach_start, time_unit


def find_counts(st: State) -> None:
    """The cohort's size and the size of each subgroup or arm, as counts."""
    f = st.found
    if st.cohort:
        s, m = st.cohort
        value = number(m.group("n"))
        if value is not None:
            fact = {"kind": "count", "value": value, "group": "all", "key": True,
                    "source_span": [s.at(m.start("n")), s.at(
                        m.end("n") if re.search(r"\d", m.group("np")) else m.end("np"))]}
            if m.group("q"):
                fact["review"] = (f"the release says {m.group('q').strip()!r} {m.group('n')}: "
                                  "the number is not exact")
                hedge = hedge_of(m.group("q"))
                if hedge:
                    fact["hedge"] = hedge
            add_fact(st, fact, "cohort")
    for g in f.groups.values():
        if g.kind in ("sub", "arm") and g.size is not None:
            add_fact(st, {"kind": "count", "value": g.size, "group": g.id, "of": "all",
                          "source_span": g.size_span or g.span}, f"{g.id}-n")


def find_means(st: State) -> None:
    """Means and medians ("mean age was 58.3 years", "a median of 7.7 days", "averaged
    5.5 years (range 1 to 25)", "from a mean of 14 to 8"), with unit, spread and hedge."""
    last_mean: tuple[int, dict[str, Any]] | None = None  # sentence, the last mean read
    for i, s in enumerate(study_sentences(st)):
        taken: list[tuple[int, int]] = []
        for m in _MEAN_PAIR.finditer(s.text):
            _mean_pair(st, s, m)
            taken.append((m.start(), m.end()))
        # "fell by an average of 18.6 mm Hg": a change, drafted as a difference, no mean
        taken += [q.phrase for q in read(s.text) if q.kind == "difference"]
        taken += _changed_to(st, s)
        found = means(s.text)
        made: list[tuple[int, int, dict[str, Any]]] = []
        if found:
            subject_groups(st, s)  # "patients who received X went longer (median 8.2 months)"
        for mean in found:
            if any(a < mean.end and mean.start < b for a, b in taken):
                continue
            taken.append((mean.start, mean.end))
            around = None if mean.measure else measure_around(s.text, mean.start, mean.end,
                                                              mean.unit)
            if around is not None:
                mean.measure, mean.measure_span = around[0], (around[1], around[2])
            measure = mean.measure or "value"
            when = _TRAILING_TIME.search(measure) if mean.measure else None
            measure_span = list(mean.measure_span)
            if when is not None:
                # "a mean of 7.4 migraine days a month at 12 weeks": the measure, at a time
                measure = measure[:when.start()]
                measure_span[1] = measure_span[0] + len(measure)
            mid = measure_id(st, measure, [s.at(measure_span[0]), s.at(measure_span[1])]
                             if mean.measure else [s.at(mean.start), s.at(mean.end)])
            fact: dict[str, Any] = {"kind": "mean", "value": mean.value, "measure": mid,
                                    "group": group_at(st, s, mean.start, mean.end)[0],
                                    "source_span": [s.at(mean.start), s.at(mean.end)]}
            if mean.unit:
                fact["unit"] = mean.unit
            value_at = number(when.group("n")) if when is not None else None
            unit_at = time_unit(when.group("u")) if when is not None else None
            if when is not None and value_at is not None and unit_at:
                lo = mean.measure_span[0] + when.start("n")
                fact["time"] = time_id(st, value_at, unit_at,
                                       [s.at(lo), s.at(mean.measure_span[0] + when.end())])
            if mean.statistic == "median":
                fact["statistic"] = "median"
            if mean.spread:
                fact["spread"] = mean.spread
            if mean.baseline is not None:
                fact["baseline"] = mean.baseline
            if mean.hedge:
                fact["hedge"] = mean.hedge
            money = [s.text[a:b] for a, b in money_spans(s.text)
                     if mean.start <= a < mean.end]
            if money:  # "the average cost is $3,500": a mean's unit is no currency
                fact["review"] = (f"an average sum of money ({money[0].strip()}): a mean's "
                                  "unit cannot be a currency, so outputs give the number "
                                  "without it; name the currency in the measure or drop it")
            add_fact(st, fact, f"{mid}-{mean.said}")
            last_mean = (i, fact)
            made.append((mean.start, mean.end, fact))
            second = _second_mean(st, s, mean, fact)
            if second is not None:
                taken.append(second)
        _versus_arms(st, s, made)
        if not found and last_mean is not None and i - last_mean[0] <= 5:
            made = _dose_item(st, s, last_mean[1])
            if made is not None:
                last_mean = (i, last_mean[1])


# "the median score had fallen to 8 (IQR, 5-11) in the app group and to 11 (IQR, 8-14) in
# the website group": each group's mean or median after the change
_CHANGED_TO = re.compile(
    rf"(?i)\b(?P<stat>mean|median|average)\s+(?P<measure>[\w-]+(?:\s+[\w-]+){{0,3}}?)\s+"
    rf"(?:had\s+|has\s+)?(?:fallen|fell|dropped|declined|decreased|risen|rose|increased|improved|"
    rf"gone\s+(?:up|down)|changed)\s+to\s+(?P<n>{NUM})")
_AND_TO = re.compile(rf"(?i)\s*,?\s+(?:and|but|while|whereas|compared\s+with|versus|vs\.?)\s+"
                     rf"(?:only\s+)?to\s+(?P<n>{NUM})")


def _changed_to(st: State, s: Sentence) -> list[tuple[int, int]]:
    """The means a change was "to" for each group named after them (see above): drafted
    with their spread, the measure the sentence names; the spans read."""
    m = _CHANGED_TO.search(s.text)
    if m is None:
        return []
    said = " ".join(m.group("measure").split()).lower()
    # "the median score" after "the median PHQ-9 score": the measure named in full before
    mid = next((k for k, v in st.found.measures.items() if str(
        v.get("label", {}).get("en", {}).get("plain", "")).lower().endswith(f" {said}")),
        None) or measure_id(st, m.group("measure"), [s.at(m.start("measure")),
                                                     s.at(m.end("measure"))])
    spans: list[tuple[int, int]] = []
    at, end = m.start("n"), m.end("n")
    while True:
        value = number(s.text[at:end])
        sp = SPREAD.match(s.text, end)
        stop = sp.end() if sp else end
        group = group_at(st, s, at, stop)[0]
        if value is None or group == "all":
            break
        fact: dict[str, Any] = {"kind": "mean", "value": value, "measure": mid, "group": group,
                                "source_span": [s.at(at), s.at(end)]}
        if m.group("stat").lower() == "median":
            fact["statistic"] = "median"
        if sp and not sp.group("sd") and sp.group("lo") and sp.group("hi"):
            lo, hi = number(sp.group("lo")), number(sp.group("hi"))
            if lo is not None and hi is not None and lo <= hi:
                fact["spread"] = {"range" if sp.group("rw").lower() == "range" else "iqr":
                                  [lo, hi]}
        add_fact(st, fact, f"{mid}-{fact.get('statistic', 'mean')}")
        spans.append((at, stop))
        nxt = re.search(r"(?i)\b(?:in|among|with|for)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?",
                        s.text[stop:stop + 60])
        after = _AND_TO.search(s.text, stop + (nxt.end() if nxt else 0))
        if after is None or after.start() > stop + 80:
            break
        at, end = after.start("n"), after.end("n")
    return spans


# a time said at the end of a mean's measure: "migraine days a month at 12 weeks"
_TRAILING_TIME = re.compile(rf"(?i)\s+(?:at|after)\s+(?P<n>{ANYNUM})\s+(?P<u>weeks?|months?|years?|"
                            rf"days?)$")
# "a mean of 7.4 migraine days a month, compared with 10.2 days in the placebo group"
_SECOND_MEAN = re.compile(
    rf"\s*,?\s*(?:compared\s+with|versus|vs\.?|against)\s+(?:a\s+(?:mean|median)\s+of\s+|an\s+"
    rf"average\s+of\s+)?(?P<n>[−-]?\s?{NUM})(?:\s*(?P<u>[a-z]+))?\s+(?=(?:in|with|among|for|on|"
    rf"during)\s)")


def _second_mean(st: State, s: Sentence, mean: Any, first: dict[str, Any]
                 ) -> tuple[int, int] | None:
    """The mean of the group compared, said after a mean without its measure again ("...,
    compared with 10.2 days in the placebo group"): the same statistic of the same
    measure, of the group named after it; its span in the sentence, or None."""
    end = max(mean.end, mean.measure_span[1] if mean.measure else mean.end)
    m = _SECOND_MEAN.match(s.text, end)
    value = number(m.group("n").replace("−", "-").replace(" ", "")) if m else None
    if m is None or value is None:
        return None
    group = group_at(st, s, m.start("n"), m.end())[0]
    if group in ("all", first["group"]):
        return None  # no other group named: what the figure is of is not said
    fact = {"kind": "mean", "value": value, "measure": first["measure"], "group": group,
            "source_span": [s.at(m.start("n")), s.at(m.end("u") if m.group("u") else
                                                     m.end("n"))],
            "review": "a mean said after another without its measure: the same measure; "
                      "check"}
    for key in ("unit", "statistic", "time"):
        if first.get(key):
            fact[key] = first[key]
    add_fact(st, fact, f"{first['measure']}-{fact.get('statistic', 'mean')}")
    return m.start("n"), m.end()


_VERSUS = re.compile(r"(?i)\s*(?:[a-z]+\s+)?(?:,\s*)?(?:versus|vs\.?|compared\s+with|against)\s+$")


def _versus_arms(st: State, s: Sentence, made: list[tuple[int, int, dict[str, Any]]]) -> None:
    """Two means of a sentence said "X versus Y" with no group named ("Median progression-
    free survival was 8.2 months versus 6.0 months") in a trial of two arms: the first
    arm's, then the second's, as the release lists its arms."""
    arms = [g.id for g in st.found.groups.values() if g.kind == "arm"]
    if len(made) != 2 or len(arms) != 2 or any(f["group"] != "all" for _, _, f in made):
        return
    (_, end, first), (start, _, second) = made
    if not _VERSUS.fullmatch(s.text, end, start):
        return
    for fact, arm in ((first, arms[0]), (second, arms[1])):
        fact["group"] = arm
        fact["review"] = "; ".join(filter(None, [
            fact.get("review"), "'X versus Y' without naming the arms: the first is read as "
            "the first arm; check"]))


# "- 2 mg: -13.2 mmHg (IQR -19.5 to -6.8)": a list item whose label is a dose
_DOSE_ITEM = re.compile(
    rf"^\W*(?P<label>(?:[\w.-]+\s+){{0,3}}?\d+(?:\.\d+)?\s*(?:mg|mcg|µg|g|ml|mL|IU|units?)"
    rf"(?:/(?:kg|day|d|week))?(?:\s+[a-z][\w-]*){{0,2}}?)\s*:\s*(?P<n>[−+-]?\s?{NUM})\s*"
    rf"(?P<unit>{UNIT})?(?![\w%])")


def _dose_item(st: State, s: Sentence, before: dict[str, Any]) -> dict[str, Any] | None:
    """A dose's list item after a mean ("With placebo, the median change in systolic blood
    pressure ... was -4.1 mmHg (IQR ...)" then "- 2 mg: -13.2 mmHg (IQR ...)"): the same
    statistic of the same measure, in the same unit, for the people who got that dose."""
    m = _DOSE_ITEM.match(s.text)
    if m is None:
        return None
    value = number(m.group("n").replace("−", "-").replace(" ", ""))
    unit = unit_name(m.group("unit")) if m.group("unit") else None
    if value is None or (unit or None) != (before.get("unit") or None):
        return None
    label = " ".join(m.group("label").split())
    group = group_named(st, f"people who got {label}", [s.at(m.start("label")),
                                                         s.at(m.end("label"))])
    if group is None:
        return None
    fact: dict[str, Any] = {"kind": "mean", "value": value, "measure": before["measure"],
                            "group": group, "source_span": [s.at(m.start("n")), s.at(m.end())],
                            "review": "a dose's list item: the statistic and measure of the "
                                      "mean before its list; check"}
    for key in ("unit", "statistic", "time"):
        if before.get(key):
            fact[key] = before[key]
    sp = SPREAD.match(s.text, m.end())
    if sp and not sp.group("sd"):
        lo, hi = number(sp.group("lo")), number(sp.group("hi"))
        name = "range" if sp.group("rw").lower() == "range" else "iqr"
        if lo is not None and hi is not None and lo <= hi:
            fact["spread"] = {name: [lo, hi]}
    elif sp and number(sp.group("sd")) is not None:
        fact["spread"] = {"sd": number(sp.group("sd"))}
    return add_fact(st, fact, f"{before['measure']}-{fact.get('statistic', 'mean')}")


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
            else:
                said = period_event(s.text, m.start(), m.end())
                if said:  # "who were diagnosed with X between 2008 and 2019": the years of that
                    phrase, lo, hi = said
                    fact["event"] = event_term(st, phrase, [s.at(lo), s.at(hi)])
            add_fact(st, fact, "period")


_EVENT_VERB = re.compile(
    r"(?i)\b(?:(?:were|was|had\s+been|have\s+been|being)\s+)?(?P<v>(?!(?:hundred|need|"
    r"red|bed|based|related|aged|called|named|so-called)\b)[a-z]{3,}ed|took\s+part|took|"
    r"underwent|began|ran|got|gave|came|went|saw|joined|enrolled|attended)\b")
_EVENT_CUT = re.compile(  # where the place or the manner of the event begins
    r",|;|\s+(?i:at|from|across|by|during|when|while|before|after|and\s+(?:were|was|had|"
    r"then))\s|\s+(?i:in)\s+(?=\d|[A-Z]|(?i:two|three|four|five|six|seven|eight|nine|ten|"
    r"several|many)\s)")


def period_event(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """What a period dates, read from the verb of its clause: "who were diagnosed with
    hearing loss at a clinic between 2008 and 2019" -> "diagnosed with hearing loss",
    "were recruited from 24 clinics between ..." -> "recruited", "who took part in a
    survey between ..." -> "took part in a survey"; "diagnosed between 1973 and 2011 with
    breast cancer": the verb's object may follow the years. (phrase, start, end) or None."""
    head = text[:start]
    cut = max([0] + [m.end() for m in re.finditer(r"(?i)[.;:]\s|\b(?:who|that|which|"
                                                    r"whose)\s", head)])
    v = _EVENT_VERB.search(head, cut)
    if v is None:
        return None
    lo = v.start("v")
    phrase = head[lo:].rstrip()
    stop = _EVENT_CUT.search(phrase)
    if stop:
        phrase = phrase[:stop.start()]
    if phrase.strip() == v.group("v") or not phrase.strip():
        obj = re.match(r"\s*(?P<o>with\s+[^,;.()]{3,50}?)(?=\s*[,;.()]|\s+(?:and|who|"
                       r"at|in|from)\b|$)", text[end:])
        phrase = v.group("v") + (" " + obj.group("o") if obj else "")
        hi = (end + obj.end("o")) if obj else v.end("v")
    else:
        hi = lo + len(phrase.rstrip())
    phrase = re.split(r"\s+(?=\d)", phrase)[0]  # "enrolled 182 women": the event is enrolling
    phrase = " ".join(phrase.split()[:7])
    hi = min(hi, lo + len(phrase)) if text[lo:lo + len(phrase)] == phrase else hi
    return (phrase, lo, hi) if phrase else None


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
    _study_times(st)


def _study_times(st: State) -> None:
    """How long the study ran and when it measured ("for 16 weeks", "a 12-week trial",
    "at week 12"), from result and methods sentences, as one timepoints fact: the times
    no list above gave."""
    listed = {t for f in st.found.facts if f["kind"] == "timepoints" for t in f["times"]}
    ids: list[str] = []
    first: list[int] = []
    for s in study_sentences(st):
        if st.kinds.get(s.start) in ("background", "quote", "boilerplate"):
            continue
        for value, unit, lo, hi in study_times(s.text):
            tid = time_id(st, value, unit, [s.at(lo), s.at(hi)])
            if tid not in listed and tid not in ids:
                ids.append(tid)
                first = first or [s.at(lo), s.at(hi)]
    if ids:
        add_fact(st, {"kind": "timepoints", "times": ids, "source_span": first,
                      "review": "times the release gives for the study (how long it ran, "
                                "when it measured): keep the ones that are follow-up times"},
                 "study-times")


def find_proportions(st: State) -> None:
    """Each percentage of the study sentences as a proportion of a group, with its
    outcome and time point; one with the same value, group, time and outcome as an
    earlier one is not drafted twice. Two figures of one sentence compared ("vs", "than")
    also make a comparison fact."""
    current = "all"
    arms = [g.id for g in st.found.groups.values() if g.kind == "arm"]
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}
    said: str | None = None  # the outcome of the last share, for "41 percent did"
    pair: tuple[str, str] | None = None  # the two groups the last pair of shares was of
    for s in study_sentences(st):
        found = percents(s.text)
        if found:
            subject_groups(st, s)  # "Women aged 40 to 49 had ... (17%)": a group to name
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
            dose = _AT_DOSE.search(before)
            if dose is not None:
                # "At 10 mg, 31% responded; at 20 mg, 48%": the people given that dose
                at = prev_end + dose.start("dose")
                gid = group_named(st, f"people who got {' '.join(dose.group('dose').split())}",
                                  [s.at(at), s.at(prev_end + dose.end("dose"))])
                if gid is not None:
                    group = gid
            elif (group == "all" or (made and group == made[-1]["group"])) and \
                    (near := beside(s.text, m.start(), m.end())) is not None:
                # "5.4% in patients operated on within 24 hours, 6.5% in those operated on
                # after 24 to 36 hours": the people named right after the share
                group = _phrase_group(st, s, named, *near)
            current = group
            when = time_for(st, s.text, m, after, before)
            what = outcome_for(st, s, m, after, before)
            restated = _restated_count(st, s, m, before, after, named)
            if restated is not None:
                # "129 were confirmed to have new AF, or 1.4 percent of everyone screened":
                # the share of what the count did, of the people it is a share of
                what, group = restated  # (the group said after it is no current one)
            if said and _IT_OPENING.match(s.text) and before.rstrip().endswith("(") and (
                    what is None or (what in st.found.outcomes and label_problem(
                        st.found.outcomes[what]["label"]["en"]["plain"], outcome=True))):
                # "24.6% reported chronic pain. It was more common in women (27.9%) than in
                # men (21.1%)": the share of what the sentence before measured (a share in
                # the group's parenthesis; "from 13.2% of those aged ..." names its people)
                what = said
                how = "'it' read as the outcome of the share before; check"
            paired = _likelier_pair(st, s, m.start())
            if paired:  # "Women were more likely than men to report X (14.8% vs 9.6%)"
                group, what = paired
                current = group
            if said and _PRO_VERB.match(after):
                what = said  # "34% met the criteria. Among night workers, 41 percent did"
            elif what and what in st.found.outcomes and group in st.found.groups and \
                    re.match(rf"(?i)\s*(?:%|percent|per\s+cent)?\s*of\s+(?:the\s+|all\s+)?"
                             rf"(?:those|{PERSONS})\s+(?:who|that|with|whose|[a-z]{{3,}}ing)\b",
                             after) and \
                    st.found.outcomes[what]["label"]["en"]["plain"].lower() in \
                    st.found.groups[group].label.lower():
                what = None  # "28 percent of those who worked day shifts": the group again
            item = _LIST_ITEM.match(s.text) if not what and said and i == 0 else None
            if item and item.end() == m.start():
                # "The figure was highest among the youngest and fell with age:" then
                # "- 18 to 24 years: 24.6 percent": the share of the lead-in's outcome,
                # of the people the item's label names
                what = said
                who = _item_group(st, s, item)
                if who:
                    group = current = who
                if _AGE_BAND.fullmatch(item.group("label").strip()):
                    when = None  # "18 to 24 years:" is an age, no time point
                how = "a list item: the outcome of the share before its list; check"
            tested = _test_of(st, s, m, what or said, subject=bool(what)) \
                if what or said else None
            if tested is not None:
                group = tested  # "a sensitivity of 88.5%" of the combined test
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
            cm = count_before(before) or count_after(after, value) or \
                _count_in_group(st, before, value, group)
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
            hedge = hedge_of(before)
            if hedge:
                fact["hedge"] = hedge
            if notes:
                fact["review"] = "; ".join(notes)
            made.append(fact)
        fill_outcomes(st, s, found, made)
        pair = _bare_pairs(st, s, made, pair)
        said = next((f["outcome"] for f in reversed(made) if f.get("outcome") and
                     f["outcome"] != "outcome"), said)
        for fact in made:
            key = (fact["value"], fact["group"], fact.get("time"), fact["outcome"])
            if key in seen:
                continue
            seen[key] = fact
            fact["key"] = True
            base = f"{fact['group']}-{fact.get('time') or fact['outcome']}"
            add_fact(st, fact, base)
        if not any(q.kind == "no-difference" for q in read(s.text)):
            comparisons(st, s, found, made)  # a sentence of no difference gives none


# the dose a share is said at, opening its clause: "At 10 mg, 31% ...", "; with 20 mg/kg, 48%"
_AT_DOSE = re.compile(
    r"(?i)(?:^|[;,]\s*|\band\s+)\W*(?:at|with|on|for)\s+(?:the\s+|a\s+)?(?P<dose>\d+(?:\.\d+)?\s*"
    r"(?:mg|mcg|µg|g|ml|mL|IU|units?)(?:/(?:kg|day|d|week))?)(?:\s+(?:dose|group|arm))?\s*[,:]?\s*$")
_RESTATED = re.compile(
    r"(?i)\b\d[\d,]*\s+(?:[a-z]+\s+){0,2}?(?P<vp>(?:were|was|had|have|developed|died|needed|"
    r"got|became|reported|received|started|stopped)\b[^,;()]{3,80}?),\s*or\s+(?:about\s+|"
    r"nearly\s+|almost\s+|roughly\s+)?$")
_SHARE_OF = re.compile(r"(?i)\s*(?:(?:%|percent|per\s+cent)\s+)?of\s+(?:the\s+|all\s+)?"
                       r"(?P<g>[a-z][^,;:().]{2,40}?)(?=\s*(?:[,;:.)]|$))")


def _restated_count(st: State, s: Sentence, m: re.Match[str], before: str, after: str,
                    named: list[tuple[int, int, str]]) -> tuple[str, str] | None:
    """The outcome and group of a share that restates the count before it ("129 were
    confirmed to have new AF, or 1.4 percent of everyone screened"): what the counted did,
    of the people the share is of; None for any other share."""
    said = _RESTATED.search(before)
    tail = _SHARE_OF.match(s.text, m.end())
    if said is None or tail is None or label_problem(said.group("vp"), outcome=True) or \
            label_problem(tail.group("g")):
        return None
    at = m.start() - len(before) + said.start("vp")
    what = outcome_generic(st, said.group("vp"), [s.at(at), s.at(at + len(said.group("vp")))])
    group = _phrase_group(st, s, named, tail.group("g"), tail.start("g"), tail.end("g"))
    return what, group


_BARE_PAIR = re.compile(
    rf"(?i)(?P<a>{NUM}){PCT}\s+(?:and|vs\.?|versus|against|compared\s+with)\s+(?P<b>{NUM}){PCT}"
    r"(?:(?:\s+of\s+(?:the\s+|all\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?,?\s+respectively|"
    r"(?!\s+(?:of|in|among|on|with|for|who|taking|given)\b))")
_BARE_OUTCOME = re.compile(
    r"(?i)(?:^|[,;]\s*(?:and\s+|while\s+|but\s+|whereas\s+)?|\band\s+)\W*"
    r"(?P<o>[a-z][\w'’ -]{2,60}?)"
    r"\s+(?:(?:were|was)\s+)?(?:(?:reported|seen|recorded|found|occurred|observed)\s+"
    r"(?:in|by)|in)\s+$")


def _bare_pairs(st: State, s: Sentence, made: list[dict[str, Any]],
                pair: tuple[str, str] | None) -> tuple[str, str] | None:
    """Two shares said without their groups ("and serious side effects in 8.1 percent and
    9.4 percent respectively", "Headaches occurred in 5.2 percent and 3.6 percent") are of
    the two groups of the pair of shares before them, in that order, and of the outcome
    their clause names; returns the pair of groups the sentence leaves as the last one."""
    def at(pos: int) -> dict[str, Any] | None:
        return next((f for f in made if f["source_span"][0] <= s.at(pos)
                     < f["source_span"][1]), None)

    for pm in _BARE_PAIR.finditer(s.text):
        before = list(dict.fromkeys(f["group"] for f in made if f["group"] != "all"
                                    and f["source_span"][0] < s.at(pm.start())))
        groups = (before[-2], before[-1]) if len(before) >= 2 else \
            _between_pair(st, s, pm.start()) or pair
        a, b = at(pm.start("a")), at(pm.start("b"))
        if groups is None or a is None or b is None or a is b:
            continue
        a["group"], b["group"] = groups
        head = _BARE_OUTCOME.search(s.text, reach_start(s.text, pm.start()), pm.start())
        if head and not label_problem(head.group("o"), outcome=True):
            words = head.group("o")
            a["outcome"] = b["outcome"] = outcome_generic(
                st, words, [s.at(head.start("o")), s.at(head.end("o"))])
        for f in (a, b):
            note = "two shares said without their groups: read as of the pair's groups before"
            f["review"] = f"{f['review']}; {note}" if f.get("review") else note
    groups = list(dict.fromkeys(f["group"] for f in made if f["group"] != "all"))
    return (groups[-2], groups[-1]) if len(groups) >= 2 else pair


# "There was no difference between urban and rural areas (24.9% vs 24.1%)": the pair the
# sentence names, of people in two kinds of place (or two kinds of people)
_BETWEEN_TWO = re.compile(
    r"(?i)\bbetween\s+(?:the\s+)?(?P<x>[a-z][\w-]+)\s+and\s+(?:the\s+)?(?P<y>[a-z][\w-]+)"
    r"(?:\s+(?P<h>areas|regions|towns|cities|countries|schools|hospitals|practices|"
    r"neighbou?rhoods|households|communities))?\b")


def _between_pair(st: State, s: Sentence, pos: int) -> tuple[str, str] | None:
    """The two groups a sentence names with "between X and Y" before ``pos`` (see above);
    None when it names none, or names no people or places ("between the two groups")."""
    found = list(_BETWEEN_TWO.finditer(s.text, 0, pos))
    m = found[-1] if found else None
    if m is None or {m.group("x").lower(), m.group("y").lower()} & {
            "two", "both", "groups", "arms", "group", "arm", "periods", "conditions"}:
        return None
    if m.group("h"):
        labels = [f"people in {m.group(k).lower()} {m.group('h').lower()}" for k in "xy"]
    elif all(re.fullmatch(rf"(?i){PEOPLE}|boys|girls|smokers|non-smokers", m.group(k))
             for k in "xy"):
        labels = [m.group(k).lower() for k in "xy"]
    else:
        return None
    gids = [group_named(st, label, [s.at(m.start(k)), s.at(m.end(k))])
            for label, k in zip(labels, "xy", strict=True)]
    return (gids[0], gids[1]) if all(gids) and gids[0] != gids[1] else None


_LIKELIER = re.compile(
    r"(?i)(?:^|[;:]\s*)\W*(?P<a>[^,;:()]{3,60}?)\s+(?:were|was|are|is)\s+(?:also\s+|"
    r"significantly\s+|much\s+|far\s+)?(?:more|less)\s+likely\s+than\s+(?P<b>[^,;:()]{2,50}?)"
    r"\s+to\s+(?P<o>[^,;:()]{3,70}?)\s*\($")


def _likelier_pair(st: State, s: Sentence, pos: int) -> tuple[str, str] | None:
    """The group and outcome of a share in the parenthesis after "A were more likely than B
    to do X (a% vs b%)": the first share is A's, the second B's, both of doing X."""
    paren = s.text.rfind("(", 0, pos)
    if paren < 0 or ")" in s.text[paren:pos]:
        return None
    m = _LIKELIER.search(s.text, 0, paren + 1)
    if not m:
        return None
    shares = percents(s.text[paren:pos])
    which = m.group("a") if not shares else m.group("b")
    which = which[0].lower() + which[1:] if which[1:2].islower() else which
    at = m.start("a") if not shares else m.start("b")
    gid = group_named(st, which, [s.at(at), s.at(at + len(which))])
    words = re.sub(r"(?i)^(?:say|report|said)\s+(?:that\s+)?(?:they\s+)?", "", m.group("o"))
    if not gid or label_problem(words, outcome=True):
        return None
    return gid, outcome_generic(st, words, [s.at(m.start("o")), s.at(m.end("o"))])


_PRO_VERB = re.compile(r"(?i)\s*(?:%|percent|per\s+cent)?\s*(?:did|do|does|had|have|has|were|"
                       r"was)(?:\s+(?:so|too|also))?\s*(?:[,.;]|$)")
"""A share that stands for the verb of the share before ("41 percent did")."""


def find_fractions(st: State) -> None:
    """Shares said as fractions in words ("more than half of the women had less pain",
    "nearly a third of adults"): a proportion with the fraction as a percentage, its hedge,
    group, outcome and time; the review note says the release gives words, not a figure."""
    taken = {tuple(f["source_span"]) for f in st.found.facts if f.get("source_span")}
    claims = [f["source_span"] for f in st.found.facts if f["kind"] == "claim"]
    for s in study_sentences(st):
        if not re.search(r"(?i)\b(?:half|thirds?|quarters?|fifths?|(?:one|1)\s+(?:in|out\s+of))\b",
                         s.text):
            continue
        named = mentions(st, s.text)
        for fr in fractions(s.text):
            span = [s.at(fr.start), s.at(fr.end)]
            if tuple(span) in taken or any(a <= span[0] < b for a, b in claims):
                continue  # drafted already, or as a quantifier claim ("more than half ...")
            lo, hi = fr.group_span
            inside = [h for h in named if lo <= h[0] and h[1] <= hi]
            if inside:
                group = inside[-1][2]
            elif re.fullmatch(rf"(?i)(?:them|those|these|{PEOPLE})", fr.group):
                group = next((h[2] for h in reversed(named) if h[1] <= fr.start), "all")
            else:
                group = _phrase_group(st, s, named, fr.group, lo, hi)
            at = _At(fr.start, fr.end)
            # what happened to them is said after the people ("one in four patients died")
            what = outcome_for(st, s, _At(fr.start, hi), s.text[hi:], s.text[:fr.start])
            if not what:
                st.found.notes.append(f"a share in words ({fr.said!r}) whose outcome was not "
                                      f"found; left out: {s.text!r}")
                continue
            fact: dict[str, Any] = {"kind": "proportion", "value": fr.value, "group": group,
                                    "outcome": what, "source_span": span, "key": True,
                                    "review": f"the release says {fr.said!r}, not a figure: "
                                              "the value is that fraction as a percentage"}
            when = time_for(st, s.text, at, s.text[fr.end:], s.text[:fr.start])
            if when:
                fact["time"] = when
            if fr.hedge:
                fact["hedge"] = fr.hedge
            add_fact(st, fact, f"{group}-{when or what}")
            taken.add(tuple(span))


def percents(text: str) -> list[re.Match[str]]:
    """The percentages of a sentence that are shares of a group ("45%", "7.3 percent"):
    not the upper end of a range ("10 to 15%"), nor a figure whose wording gives it
    another kind ("30% lower risk", "95% CI", "between 50 and 90 percent"); group ``n``
    is the number."""
    taken = claimed(text)
    return [m for m in _PERCENT.finditer(text)
            if not re.search(rf"{NUM}\s*(?:%|percent|per\s+cent)?\s*(?:to|-|–)\s*$",
                             text[max(0, m.start() - 14):m.start()])
            and not any(a <= m.start() < b for a, b in taken)
            and not _PER_STEP.search(text, max(0, m.start() - 20), m.start())]


_PER_STEP = re.compile(r"(?i)\b(?:each|every|per)\s+(?:additional\s+|extra\s+)?$")
"""Before a percentage that is a step of an exposure ("each 10% increment in intake")."""


def hedge_before(before: str) -> str | None:
    """The hedge right before a figure ("more than", "about", "nearly" ...), as written."""
    q = re.search(r"(?i)(more|fewer|less)\s+than\s+(?:about\s+)?$|(?:about|nearly|"
                  r"almost|approximately|roughly|around|over|under)\s+$", before)
    return q.group().strip() if q else None


# "It was more common in women (27.9%) ...", "It rose with age, from 13.2% ...": the
# sentence is about what the sentence before measured
_IT_OPENING = re.compile(r"(?i)^\W*(?:it|this|these|they)\s+(?:was|were|is|are|rose|fell|"
                         r"increased|decreased|varied|differed|grew|declined)\b")


def _out_of_list(st: State, s: Sentence, i: int) -> bool:
    """Whether study sentence ``i`` is a list item ("- aged 80 and over: VE 38%") and ``s``
    is not: a list item's people stay in their list."""
    said = study_sentences(st)
    return 0 <= i < len(said) and bool(_LIST_ITEM.match(said[i].text)) and \
        not _LIST_ITEM.match(s.text)


_LIST_ITEM = re.compile(r"^\s*(?:[-•*▪–]|\d{1,2}[.)])\s+(?P<label>[^:\n]{2,50}?)\s*:\s*"
                        r"(?:about\s+|nearly\s+|almost\s+)?")
_AGE_BAND = re.compile(r"(?i)(?:aged\s+|ages\s+)?(?P<band>\d{1,3}\s*(?:to|-|–)\s*\d{1,3}|"
                       r"\d{1,3}\s*(?:years?\s+)?(?:and|or)\s+(?:older|over|above|younger|"
                       r"under))(?:\s+years?(?:\s+old)?)?")


_ACCURACY = re.compile(r"(?i)(?:overall\s+)?(?:sensitivity|specificity|accuracy|(?:positive|"
                       r"negative)\s+predictive\s+value|detection\s+rate)")
# "The combined approach detected 46 of the 52 babies, a sensitivity of 88.5%": the test
_TEST_SUBJECT = re.compile(
    r"(?i)^\W*(?P<t>(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,5}?)\s+(?:alone\s+|on\s+its\s+own\s+)?"
    r"(?:detected|identified|found|picked\s+up|caught|flagged|correctly\s+(?:identified|"
    r"classified|detected)|missed|had|showed|achieved|reached)\b")
# "Specificity was 99.6% for the combination and 99.9% for pulse oximetry alone"
_FOR_TEST = re.compile(r"(?i)\s*(?:%|percent|per\s+cent)?\s+(?:for|with)\s+(?P<t>(?:the\s+)?"
                       r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}?)(?=\s*(?:[,;.)]|\s+and\b|\s+"
                       r"compared\b|$))")


def _test_of(st: State, s: Sentence, m: re.Match[str], what: str,
             subject: bool = True) -> str | None:
    """The test a diagnostic accuracy figure (sensitivity, specificity, predictive value)
    is of, as the people tested with it: the test named right after the share ("99.6% for
    the combination") or the clause's subject ("Pulse oximetry alone detected 36, a
    sensitivity of 69.2%"); None for any other share, or when no test is named."""
    label = (st.found.outcomes.get(what) or {}).get("label", {}).get("en", {}).get("plain", "")
    if not _ACCURACY.fullmatch(label):
        return None
    said = _FOR_TEST.match(s.text, m.end())
    if said is None and subject:
        clause = s.text.rfind(". ", 0, m.start()) + 1
        said = _TEST_SUBJECT.match(s.text, clause)
    if said is None:
        return None
    test = said.group("t").strip()
    if re.search(rf"(?i)\b(?:{PERSONS}|they|it|this|which|those|all)\b", test) or \
            label_problem(test):
        return None
    noun = st.found.groups["all"].label.split()[0] if st.cohort else "people"
    if not re.fullmatch(rf"(?i){PERSONS}", noun):
        noun = "people"  # ("newborns": a word a group label does not take as people)
    lo, hi = s.at(said.start("t")), s.at(said.end("t"))
    return group_named(st, f"{noun} tested with {test[0].lower() + test[1:]}", [lo, hi])


def _item_group(st: State, s: Sentence, item: re.Match[str]) -> str | None:
    """The group a list item's label names: an age band ("18 to 24 years", "65 years and
    older") is the people of that age; other labels only when they name people."""
    label = item.group("label").strip()
    span = [s.at(item.start("label")), s.at(item.end("label"))]
    band = _AGE_BAND.fullmatch(label)
    lead = _lead_in(st, s)
    # (what the estimates were adjusted for names no band: "After adjustment for age, sex,
    # …, the hazard ratios … were:")
    about = re.sub(r"(?i)\badjust\w*\s+for\s+[^:;]*,", " ", lead.text) if lead else ""
    if band and lead is not None and not re.search(r"(?i)\b(?:age[ds]?|older|younger|oldest|"
                                                   r"youngest|old)\b", about + " " + label):
        # "the hazard ratios compared with never working nights were:" then "- 5 to 9
        # years: 1.24": a band of the exposure, not of age
        return group_named(st, f"people with {label}", span)
    if band:
        words = re.sub(r"(?i)\s*years?\s+(and|or)\s+", r" \1 ", band.group("band"))
        return group_named(st, f"people aged {words}", span)
    if label[1:2].islower():
        label = label[0].lower() + label[1:]  # "- Women: ...": a label, not a name
    named = group_named(st, label, span)
    if named is None and lead is not None and re.match(r"\d", label):
        # "- 10 years or more: 1.43", "- 1 to 4 years of night shifts: 1.09": the people
        # with that much of the exposure
        named = group_named(st, f"people with {label}", span)
    return named


def count_before(before: str) -> re.Match[str] | None:
    """'12 of 40 (', '12 of 40 patients (' or '12 patients (' right before a percentage:
    group ``c`` is the count, ``of`` the total when given."""
    return re.search(rf"(?P<c>{NUM})\s+(?:of\s+(?:the\s+)?(?P<of>{NUM})(?:\s+[a-z][\w-]*){{0,3}}?"
                     rf"|{PEOPLE})\s*\(\s*$", before) or _PAIRED_COUNT.search(before)


# "3,098 pupils in HPV-Talk schools (79.2%)", "310 of 360 in the five-day group (86.1%)":
# the count, then its group, then the share
_COUNT_IN_GROUP = re.compile(
    rf"(?i)(?<![\d.,])(?P<c>(?!(?:19|20)\d\d\b){NUM})\s+(?:of\s+(?:the\s+)?(?P<of>{NUM})\s+)?"
    rf"(?:[a-z][\w-]*\s+)?(?:in|among|with|on|from|receiving|taking|given)\s+"
    rf"(?:the\s+)?[^()\d;,.]{{2,50}}?\s*\(\s*$")


def _count_in_group(st: State, before: str, value: float | None,
                    group: str) -> re.Match[str] | None:
    """A count said before its group and share (see above), taken only when it makes the
    share of its total, or of its group's size when no total is said."""
    m = _COUNT_IN_GROUP.search(before[-120:])
    if m is None or value is None:
        return None
    c, of = number(m.group("c")), number(m.group("of")) if m.group("of") else None
    g = st.found.groups.get(group)
    total = of or (g.size if g is not None else None)
    if not c or not total or c > total or abs(100 * c / total - value) > 1:
        return None
    return m


# "82 patients (24.1%) in the drug group and 88 (25.9%) in the placebo group": the second
# count of a pair, its noun left out (a year is no count)
_PAIRED_COUNT = re.compile(
    rf"(?i)\s(?:and|or|vs\.?|versus|compared\s+with)\s+"
    rf"(?P<c>(?!(?:19|20)\d\d\b){NUM})(?P<of>)\s*\(\s*$")


def count_after(after: str, value: float | None) -> re.Match[str] | None:
    """'16.2 percent of children in the probiotic group (60 of 371)': the count and total
    a share gives in a parenthesis after it, taken only when they make that share (the
    parenthesis is the share's, not the next figure's)."""
    m = re.match(rf"(?i)\s*(?:%|percent|per\s+cent)?[^()\d;]{{0,80}}?\(\s*(?P<c>{NUM})\s*"
                 rf"(?:of|/|out\s+of)\s*(?P<of>{NUM})\s*(?:[a-z]+\s*)?[);,]", after)
    if not m or value is None:
        return None
    c, of = number(m.group("c")), number(m.group("of"))
    if not c or not of or c > of or abs(100 * c / of - value) > 1:
        return None
    return m


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
_MEAN_PAIR = re.compile(
    rf"(?i)\b(?P<stat>average|mean|median)\s+(?P<measure>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}}?)\s*"
    rf"\(\s*(?P<a>{NUM})\s*(?:vs\.?|versus)\s*(?P<b>{NUM})\s*(?P<unit>years?|months?|weeks?|days?|"
    rf"hours?|minutes?)?\s*\)")
_PERCENT = re.compile(rf"(?P<n>{NUM})\s*(?:%|\s?percent\b|\s?per\s+cent\b)")


class _At:
    """A span with the ``start()``/``end()`` of a match, for attach's look-ups."""

    def __init__(self, start: int, end: int) -> None:
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def find_figures(st: State) -> None:
    """The figures whose wording fixes their kind (:func:`.quantity_forms.read`):
    relative changes, ratios, ranges, absolute differences and results of no difference,
    each with its group (and the group it is compared with), outcome and time. A figure
    whose outcome cannot be placed is left out with a note that quotes its sentence."""
    arms = [g.id for g in st.found.groups.values() if g.kind == "arm"]
    last: dict[str, tuple[int, str]] = {}  # kind -> (sentence index, outcome id), the last
    # kind -> (group, sentence index, versus, time) of the sentence that said it last: what
    # an effect that names no outcome of its own refers back to ("The between-group
    # difference was -0.5": the difference between the two groups of the sentence before)
    said: dict[str, tuple[Any, int, Any, Any]] = {}
    # the risk named last ("risk of X"); before the body names one, the headline's
    # ("Coffee tied to lower liver cancer risk"), read as a sentence of its own
    title = st.found.title
    risk = named_risk(Sentence(title[1][0], title[1][1], title[0])) \
        if title and title[1][1] > title[1][0] else None
    for i, s in enumerate(study_sentences(st)):
        quantities = _with_elliptic_ratio(st, s, read(s.text))
        named = mentions(st, s.text)
        spreads = [(m.start, m.end) for m in means(s.text) if m.spread]
        known = len(st.found.groups)
        _counts(st, s, named)
        if len(st.found.groups) != known:  # a group the counts named: the figures' too
            named = mentions(st, s.text)
        for q in quantities:
            if q.kind == "range" and any(a <= q.start < b for a, b in spreads):
                continue  # the range of a mean: its spread, drafted with the mean
            if q.kind == "relative-change" and _THRESHOLD.search(s.text, 0, q.start):
                # "the proportion of patients whose tumours shrank by at least 30%": the
                # bar an outcome is defined by, no finding
                st.found.notes.append(
                    f"left out a relative change of {s.text[q.start:q.end]}: it defines an "
                    f"outcome (a threshold), no result: “{' '.join(s.text.split())}”")
                continue
            # a ratio and a relative change of one risk share its outcome: "a 32% lower
            # risk of X. ... had a hazard ratio of 0.68"
            key = "effect" if q.kind in ("relative-change", "ratio") else q.kind
            before = last.get(key)
            # a ratio said without its outcome is of the study's outcome named last, some
            # sentences before ("a 32% lower risk of X. ... had a hazard ratio of 0.68")
            reach = 6 if key == "effect" else 2
            carried = before[1] if before and i - before[0] <= reach else None
            referent = said.get(key) if carried else None
            fact = _figure(st, s, q, named, arms, carried, referent, risk)
            if fact and fact.get("source_span") and role_for(
                    st, s, fact["source_span"][0] - s.start,
                    fact["source_span"][1] - s.start) == "background":
                continue  # an earlier study's or the population's figure: no later result
                # of this study takes its group or outcome ("In an earlier trial, a drug
                # cut X by 81% in 1,240 patients. ... Each increase ... (OR 1.34)")
            if fact and "outcome" in fact:
                last[key] = (i, fact["outcome"])
                prev = said.get(key)
                if fact.get("group") in st.subgroup_ids:
                    # a subgroup's figure: what the next sentence refers back to is the
                    # group of the effect before it
                    if prev is not None:
                        said[key] = (prev[0], i, prev[2], prev[3])
                elif prev is None or prev[1] != i:
                    said[key] = (fact.get("group"), i, fact.get("versus"), fact.get("time"))
                elif fact.get("group") != prev[0]:  # "... and by 0.1 in the other group"
                    said[key] = (prev[0], i, fact.get("group"), prev[3])
        if st.kinds.get(s.start) != "background":
            risk = named_risk(s) or risk


_ELLIPTIC_RATIO = re.compile(
    r"(?i)\b(?:it|this|that|the\s+figure|the\s+estimate)\s+was\s+(?P<n>\d+\.\d+)\s*"
    r"\(\s*(?:95\s*%|95\s+percent)\s*(?:CI|C\.I\.|confidence\s+interval)[,:]?\s*"
    r"(?P<lo>\d+\.\d+)\s*(?:to|[-–])\s*(?P<hi>\d+\.\d+)\s*\)")


# "- 5 to 9 years: 1.24 (1.09 to 1.41)": a list item's bare figure with its interval
_ITEM_RATIO = re.compile(
    r"^\s*(?:[-•*▪–]|\d{1,2}[.)])\s+[^:\n]{2,60}?:\s*(?P<n>\d+\.\d+)\s*\(\s*"
    r"(?:95\s*%\s*|95\s+percent\s+)?(?:(?:CI|C\.I\.|confidence\s+interval)[,:]?\s*)?"
    r"(?P<lo>\d+\.\d+)\s*(?:to|[-–])\s*(?P<hi>\d+\.\d+)\s*\)")
_RATIO_NAMED = re.compile(r"(?i)\b(?P<k>hazard|odds|risk|rate|incidence\s+rate)\s+ratios?\b|"
                          r"\brelative\s+risks?\b")


# "the hazard ratios for heart disease compared with …": what the listed ratios are of
_RATIOS_FOR = re.compile(r"(?i)\b(?:hazard|odds|risk|rate)\s+ratios?\s+(?:for|of)\s+"
                         r"(?:developing\s+|having\s+)?(?P<o>[a-z][\w'’-]*(?:\s+[a-z0-9][\w'’-]*){0,4}?)"
                         r"(?=\s*(?:,|:|\(|$|\s+(?:compared|relative|versus|vs\b|were|was|"
                         r"among|in\s+(?:people|those|the)|by|for|with)))")


def _listed_ratio(st: State, s: Sentence, quantities: tuple[Quantity, ...]
                  ) -> tuple[Quantity, ...] | None:
    """A list item's bare figure with its interval under a lead-in that names the ratios
    it lists ("the hazard ratios compared with never working nights were:" then "- 5 to 9
    years: 1.24 (1.09 to 1.41)"): a ratio of that kind, in place of the label and the
    interval read as ranges; the item's label is its group (read by :func:`_figure`)."""
    m = _ITEM_RATIO.match(s.text)
    if m is None:
        return None
    lead = _lead_in(st, s)
    named = _RATIO_NAMED.search(lead.text) if lead is not None else None
    if named is None:
        return None
    value, lo, hi = (number(m.group(k)) for k in ("n", "lo", "hi"))
    if value is None or lo is None or hi is None or not lo <= value <= hi:
        return None
    kind = (named.group("k") or "risk").lower()
    kind = "rate" if "rate" in kind else kind
    q = Quantity("ratio", m.start("n"), m.end("n"), value, {"ratio": kind, "ci": [lo, hi]},
                 phrase=(m.start("n"), m.end()))
    kept = [x for x in quantities if x.phrase[0] >= m.end()]
    return tuple([q, *kept])


def _with_elliptic_ratio(st: State, s: Sentence, quantities: tuple[Quantity, ...]
                         ) -> tuple[Quantity, ...]:
    """The figures of a sentence, with a ratio said without its name after one that was
    named ("Among people aged 18 to 49, the hazard ratio was 1.74 (...). For those aged 50
    to 69 it was 1.31 (95% CI 1.22 to 1.41)"): a ratio of the same kind as the ratio of the
    sentence before, in place of its interval read as a range."""
    if any(q.kind == "ratio" for q in quantities):
        return _sibling_ratios(s, quantities)
    listed = _listed_ratio(st, s, quantities)
    if listed is not None:
        return listed
    m = _ELLIPTIC_RATIO.search(s.text)
    if m is None:
        return quantities
    value, lo, hi = (number(m.group(k)) for k in ("n", "lo", "hi"))
    if value is None or lo is None or hi is None or not lo <= value <= hi:
        return quantities
    starts = st.sentence_starts()
    i = bisect_left(starts, s.start) - 1
    if i < 0:
        return quantities
    prev = st.all_sentences[i]
    before = [f for f in st.found.facts if f["kind"] == "ratio" and f.get("role") != "background"
              and prev.start <= (f.get("source_span") or [-1])[0] < prev.end]
    if not before:
        return quantities
    fields = {"ratio": before[-1].get("ratio", "hazard"), "ci": [lo, hi]}
    q = Quantity("ratio", m.start("n"), m.end("n"), value, fields,
                 phrase=(m.start("n"), m.end()))
    kept = [x for x in quantities if not (m.start() <= x.start < m.end())]
    return tuple(sorted([*kept, q], key=lambda x: x.phrase[0]))


# "... was 0.67 (95% CI 0.54-0.83) in women and 0.87 (95% CI 0.73-1.04) in men": the
# second ratio said without its name, after one that was named in the sentence
_SIBLING_RATIO = re.compile(
    r"(?i)(?:\band|,|;|\bvs\.?|\bversus|\bcompared\s+with|\bagainst|\bwhile|\bwhereas)\s+"
    r"(?:(?:it|this|that)\s+was\s+|only\s+)?(?P<n>\d+\.\d+)\s*\(\s*(?:(?:95\s*%|95\s+percent)\s*)?"
    r"(?:CI|C\.I\.|confidence\s+interval)?[,:]?\s*(?P<lo>\d+\.\d+)\s*(?:to|[-–])\s*"
    r"(?P<hi>\d+\.\d+)\s*\)")


_BARE_INTERVAL = re.compile(r"\s*\(\s*(?P<lo>\d+\.\d+)\s*(?:to|[-–])\s*(?P<hi>\d+\.\d+)\s*\)")


def _sibling_ratios(s: Sentence, quantities: tuple[Quantity, ...]) -> tuple[Quantity, ...]:
    """A sentence's figures with the ratios said after a named one without their name (see
    :data:`_SIBLING_RATIO`), each of the named one's kind, in place of their intervals."""
    named = [q for q in quantities if q.kind == "ratio"]
    first = named[0]
    taken = [(q.start, q.end) for q in quantities if q.kind != "range"]
    made = []
    own = _BARE_INTERVAL.match(s.text, first.end) if "ci" not in first.fields else None
    if own is not None and _SIBLING_RATIO.search(s.text, own.end()):
        # "the odds ratio was 1.15 (1.01-1.32) for ..., 1.31 (1.13-1.52) for ...": the
        # named ratio's own interval, said as bare as its siblings'
        lo, hi = number(own.group("lo")), number(own.group("hi"))
        if lo is not None and hi is not None and first.value is not None and \
                lo <= first.value <= hi:
            made.append(Quantity("ratio", first.start, first.end, first.value,
                                 {**first.fields, "ci": [lo, hi]}, first.outcome, first.hedge,
                                 (first.phrase[0], max(first.phrase[1], own.end())),
                                 first.efficacy))
            quantities = tuple(q for q in quantities if q is not first)
    for m in _SIBLING_RATIO.finditer(s.text, first.end):
        value, lo, hi = (number(m.group(k)) for k in ("n", "lo", "hi"))
        if value is None or lo is None or hi is None or not lo <= value <= hi or any(
                a <= m.start("n") < b for a, b in taken):
            continue
        made.append(Quantity("ratio", m.start("n"), m.end("n"), value,
                             {"ratio": first.fields.get("ratio", "hazard"), "ci": [lo, hi]},
                             phrase=(m.start("n"), m.end())))
    if not made:
        return quantities
    kept = [x for x in quantities if not any(q.phrase[0] <= x.start < q.phrase[1] for q in made)]
    return tuple(sorted([*kept, *made], key=lambda x: x.phrase[0]))


_STUDIES = re.compile(r"(?i)(?:the\s+|all\s+|these\s+|those\s+)?(?:[\w-]+\s+){0,4}?"
                      r"(?:trials?|studies|cohorts|analyses|papers|reviews|datasets)")
"""A group label that names studies, not people: an effect compares people (or what
they were exposed to), never the studies a meta-analysis pooled."""


def _figure(st: State, s: Sentence, q: Quantity, named: list[tuple[int, int, str]],
            arms: list[str], carried: str | None,
            referent: tuple[Any, int, Any, Any] | None = None,
            risk: tuple[str, Sentence, int, int] | None = None) -> dict[str, Any] | None:
    fact: dict[str, Any] = {"kind": q.kind}
    inferred: list[str] = []  # review notes on what was inferred, not read
    if q.value is not None:
        fact["value"] = q.value
    fact.update({k: v for k, v in q.fields.items() if k != "measure"})
    group, versus = _group_and_versus(s.text, q, named, arms)
    if q.kind in _EFFECTS and group in st.found.groups and \
            _STUDIES.fullmatch(st.found.groups[group].label):
        group = "all"  # "Across all trials, X was tied to an 18% lower risk": not of trials
    outcome = q.outcome
    if outcome and _UNIT_FIRST.match(outcome[0]):
        outcome = None  # "10.1 months with placebo (HR 0.72)": the tail of a figure before
    if q.kind in ("difference", "relative-change"):
        # "by 9.1 mm Hg in the usual-care group": the group named right after the change
        right = next((h for h in named if q.phrase[1] <= h[0] <= q.phrase[1] + 30
                      and re.fullmatch(r"(?i)\s*[,)]?\s*(?:from\s+baseline\s+|from\s+the\s+"
                                       r"start\s+)?(?:in|among|for|with)\s+(?:the\s+|those\s+"
                                       r"in\s+the\s+)?", s.text[q.phrase[1]:h[0]])), None)
        if right:
            group = right[2]
    if q.kind in ("relative-change", "ratio", "difference"):
        group = _subject_group(st, s, q, named, group) or group
        subj = clause_subject(s.text, q.phrase[0])
        if outcome and subj and subj[1] <= outcome[1] < subj[2]:
            outcome = None  # "regular walkers had a ratio of 0.7": the people, no outcome
        if outcome and carried and q.kind in ("relative-change", "ratio") and \
                _guessed_before(s.text, outcome, q):
            outcome = None  # "(relative risk 0.71)" at the end of a clause: the risk before
        if outcome and _EFFECT_ITSELF.fullmatch(outcome[0]) and \
                not re.match(r"[A-Z][A-Z0-9-]+\s", outcome[0]):
            # "the between-group difference was -0.5": what it is of is said before (not
            # "the difference in EASI change": a change of a named score)
            outcome = None
        if versus == group:
            versus = None
    if outcome and _RESULTS_WORD.fullmatch(outcome[0].strip()):
        # "Results were the same in ... (-1.1 percentage points)", "Results were similar in
        # men (difference -1.9 ...)": the result before, again (in other people)
        outcome = None
        carried = next((f.get("outcome") for f in reversed(st.found.facts)
                        if f["kind"] == q.kind and f.get("outcome")
                        and f.get("role") != "background"), None) or carried
    if q.kind == "no-difference" and outcome and _EFFECT_ITSELF.fullmatch(outcome[0]):
        # "The difference was 24 points, which was not significant": no difference in what
        # the figure just before in this sentence measured
        here = [f for f in st.found.facts if f.get("outcome")
                and s.start <= (f.get("source_span") or [-1])[0] < s.end]
        if here:
            outcome = None
            carried = here[-1]["outcome"]
            group, versus = here[-1].get("group", group), here[-1].get("versus", versus)
    aside = s.text.count("(", 0, q.phrase[0]) > s.text.count(")", 0, q.phrase[0])
    if (q.kind == "difference" and not outcome) or \
            (q.kind in ("difference", "ratio", "relative-change") and aside):
        # "Sleep was no different between the groups (mean difference 0.3 points)", "Deaths
        # from any cause did not differ (9.6% vs 9.8%; rate ratio 0.98)": the size of the
        # no-difference its sentence states before it, so of that outcome
        same = [f for f in st.found.facts if f["kind"] == "no-difference" and f.get("outcome")
                and s.start <= (f.get("source_span") or [-1])[0] < s.at(q.phrase[0])]
        if same:
            carried = same[-1]["outcome"]
            outcome = None
    if q.kind in ("relative-change", "ratio") and group == "all":
        # "twice as likely with high blood pressure"; "X was associated with a 22% lower risk"
        group = _exposed(st, s, q) or _associated(st, s, q) or group
    if q.kind in ("ratio", "relative-change") and group == "all":
        row = _CATEGORY_ROW.match(s.text)
        if row is not None:  # "Quintile 2: HR 1.08 (95% CI 0.97-1.20)": that category's
            words = " ".join(row.group("c").split())
            ranked = re.fullmatch(r"(?i)(\w+)\s+(\d{1,2})", words)
            if ranked and 1 <= int(ranked.group(2)) <= len(_ORDINALS):
                # "quintile 2" is "the second quintile" (a label never ends in a number)
                words = f"the {_ORDINALS[int(ranked.group(2)) - 1]} {ranked.group(1).lower()}"
            group = group_named(st, f"those in {words}", [s.at(row.start("c")),
                                                          s.at(row.end("c"))]) or group
    exposure = None
    arms_pair: tuple[str, str | None] | None = None
    between = q.kind == "difference" and _BETWEEN.search(
        s.text, max(0, q.phrase[0] - 40), q.phrase[1])
    two = _two_named(st, s, q, named) if q.kind == "ratio" else None
    if two is not None:
        group, versus = two
    elif (q.kind in ("ratio", "relative-change") or between) and len(arms) == 2:
        was = group, versus
        group, versus = _arms_compared(st, s, q, named, arms, group, versus, bool(between))
        if was[0] == "all" and group in arms and not between:
            # an effect no arm is named beside is the arms' only when its sentence names
            # no people of its own ("In adults aged 90 and older ... (HR 1.04)", "People
            # who had a fall were 1.3 times as likely"): decided after those readers
            arms_pair = group, versus
            group, versus = was
    if between:
        group, versus = _between_named(st, s, q, named, group, versus)
    if q.kind in _EFFECTS:
        group, exposure = _exposure_group(st, s, q, group)
        if outcome and risk and _ANAPHOR_OUTCOME.fullmatch(outcome[0]) and \
                not label_problem(risk[0], outcome=True):
            # "a 31 percent lower risk of the disease": the disease the release named
            words, where, lo, hi = risk
            outcome = (words, where.at(lo) - s.start, where.at(lo) - s.start + len(words))
        bare = re.sub(r"(?i)\s+(?:risk|odds)$", "", outcome[0]) if outcome else ""
        if outcome and bare != outcome[0] and bare.strip():
            outcome = (bare, outcome[1], outcome[1] + len(bare))  # "stroke risk": stroke
        if outcome and q.kind != "difference" and (fragment(outcome[0]) or (
                exposure and exposure[1] <= outcome[1] < exposure[2])):
            outcome = None  # "percent higher risk", "the top": no event; the one before
        where = st.found.groups[group].span if group in st.found.groups else [0, 0]
        if outcome and q.kind != "difference" and (where[0] <= s.at(outcome[1]) < where[1] or any(
                h[2] == group and h[0] <= outcome[1] < h[1] for h in mentions(st, s.text))):
            outcome = None  # "... higher for those with the lowest levels of vitamin D"
        outcome = outcome or for_opening(s.text, q.phrase[0])
        if q.kind in ("ratio", "relative-change"):
            # "The association was stronger for Alzheimer's disease: ... (HR 1.35)"; "no
            # link with haemorrhagic stroke (HR 1.06)": the outcome the clause says the
            # link held for, when no nearer outcome stands between it and the figure
            held = stronger_for(s.text, q.phrase[0])
            if held and (outcome is None or outcome[1] < held[1]):
                outcome = held
            own = _clause_subject_exposure(st, s, q) if q.kind == "ratio" else None
            if own:
                group = own  # the clause's own subject beats a group named before it
            who = stronger_for_people(s.text, q.phrase[0])
            if who and not [h for h in named if who[2] <= h[0] < q.phrase[0]]:
                # "The link was strongest for people with the highest exposure: they were
                # 2.4 times as likely": those people, when no group is named after them
                group = _phrase_group(st, s, named, *who)
            where = (_said_in(s.text, q.phrase[0]) or _found_for(s.text, q.phrase[1])) \
                if q.kind == "ratio" else None
            if where is not None:
                # "the odds of new decay were lower in programme schools (odds ratio 0.64)";
                # "The benefit was larger among the 1,921 children living in ... (OR 0.57)":
                # the people the change is said to be in, right before the aside
                group = _group_said(st, s, named, *where)
        if outcome and re.fullmatch(r"(?i)(?:on\s+)?(?:average|mean|median|overall|total)",
                                    outcome[0].strip()):
            outcome = None  # "went home 1.2 days earlier on average": no outcome said there
        if outcome is None and q.kind == "difference":
            # the measure said to change, else (no two means it sizes) what the list line
            # names ("- Length of hospital stay: ... (mean difference -1.2 days)")
            outcome = _changed_measure(s.text, q.phrase[0])
            if outcome is None and not _means_sized(st, s, q):
                outcome = line_label(s.text[:q.phrase[0]])
        if outcome is None and q.kind != "difference":
            # "Admission was also less frequent (HR 0.80)": the event said to change;
            # "Risk of dementia was 28 percent higher for ...": the risk its clause named;
            # "24.1% in the drug group and 31.6% in the placebo group (HR 0.71)": the
            # outcome of the shares it compares
            outcome = next((o for o in (
                line_label(s.text[:q.phrase[0]]),
                outcome_subject(s.text, q.phrase[0]), risk_named_before(s.text, q.phrase[0]),
                _pair_outcome(st, s, q), verb_outcome(s.text, q.phrase[0], q.phrase[1]),
                _means_measure(st, s, q))
                if o and not label_problem(o[0], outcome=True)), None)
        opening = _opening_people(s.text, q.phrase[0]) if group == "all" or (
            q.kind == "ratio" and not named) else None
        if opening is not None and group != "all" and _EVERYONE_OPENING.fullmatch(opening[0]):
            opening = None  # "In patients, ...": everyone in the trial, no part of them
        if opening is not None:
            # "For those aged 50 to 69 it was 1.31"; "In people aged 70 and older there was no
            # clear difference ... (HR 1.04)": the people the sentence opens with
            group = _group_said(st, s, named, *opening)
        if group == "all" and referent and referent[0] not in (None, "all") and \
                st.kinds.get(s.start) != "background" and not (
                    _PRONOUN.match(s.text) and _pronoun_group(st, s) is not None) and \
                not _out_of_list(st, s, referent[1]):
            # "The pooled risk of stroke was also lower (RR 0.75)": no exposure named in
            # the clause, so the one of the effect just before is compared again
            group = referent[0]
            if referent[2] and referent[2] != group:
                versus = referent[2]
            inferred.append("no exposure named in its clause: the group of the effect "
                            "before is read as its group; check")
    if q.kind in _EFFECTS and group == "all" and _PRONOUN.match(s.text):
        # "Adults who walked daily were compared with ... They were 30% less likely to":
        # the pronoun is the people the sentence before opens with
        meant = _pronoun_group(st, s)
        if meant is not None:
            group = meant
            inferred.append("the sentence says 'they': the group the sentence before opens "
                            "with is read as its group; check")
    if arms_pair is not None and group == "all":
        group, versus = arms_pair  # no people of its own: the treated arm versus control
    if q.kind == "ratio":
        # "the second quartile had an HR of 1.03 ... and the third quartile an HR of 1.14":
        # the verb left out, the group stands right before the figure
        gapped = _GAPPED.search(s.text, max(0, q.phrase[0] - 80), q.phrase[0])
        if gapped is not None and not label_problem(gapped.group("x")):
            lo, hi = gapped.start("x"), gapped.end("x")
            group = _phrase_group(st, s, named, gapped.group("x"), lo, hi)
    pair = _share_pair(st, s, q, means_too=True)
    sized_before: str | None = None
    if not pair and q.kind in ("ratio", "relative-change", "difference") and not named \
            and (_THE_DIFFERENCE.match(s.text) or
                 (q.kind == "ratio" and _THE_RATIO.match(s.text))):
        # "... 12% in the peer group, compared with 15% in the usual-care group. The
        # difference was not significant (odds ratio 0.93)": the pair the sentence before
        # compared
        pair = _pair_before(st, s)
        if pair and outcome is None and q.kind == "ratio" and pair[0].get("outcome"):
            sized_before = pair[0]["outcome"]  # "The adjusted odds ratio was 0.95": of them
    if pair and pair[0].get("group") != pair[1].get("group") and \
            group != pair[0].get("group"):
        # "11.6% of A ..., compared with 16.9% of B, giving a relative risk of 0.71": the
        # effect is of the first share's people against the second's, not of the people
        # named last nor of a phrase read as an exposure
        group, versus = pair[0]["group"], pair[1]["group"]
    paired = bool(pair) and pair[0].get("group") != pair[1].get("group")
    shared = pair[0].get("outcome") if pair and q.kind == "difference" else None
    if shared:
        # "41.2% of A reached X, compared with 13.5% given B - a difference of 27.7
        # percentage points": the gap between the two shares, of their outcome
        outcome = _pair_outcome(st, s, q) or outcome
    did = _AS_DID.search(s.text, max(0, s.text.rfind(")", 0, q.phrase[0]) + 1), q.phrase[0]) \
        if q.kind == "ratio" else None
    if did is not None and not label_problem(did.group("x")):
        # "X had higher odds than Y (OR 2.58), as did people with a household income
        # under $40,000 compared with ... (OR 1.94)": of the people "as did" names
        group = _phrase_group(st, s, named, did.group("x"), did.start("x"), did.end("x"))
        versus = None if versus == group else versus
    lead = _lead_in(st, s) if q.kind in _EFFECTS else None
    if lead is not None:
        # "the risk of stroke compared with the reference group was:" then "* 19% higher
        # for 49-54 hours (HR 1.19)": the item continues its lead-in, which names the
        # outcome; the item names who (or what exposure) the effect is of
        said = named_risk(lead)
        ratio_for = _RATIOS_FOR.search(lead.text) if said is None else None
        if ratio_for is not None:  # "the odds ratios for poor sleep were:"
            said = (ratio_for.group("o"), lead, ratio_for.start("o"), ratio_for.end("o"))
        if said is not None and not label_problem(said[0], outcome=True):
            words, where, lo, hi = said
            outcome = (words, where.at(lo) - s.start, where.at(hi) - s.start)
        who = _ITEM_WHO.search(s.text, 0, _paren_or_end(s.text))
        if who is not None and not paired:  # (a pair's groups: "... with X versus ...
            # with placebo (HR 0.74)" is X's against placebo, not placebo's)
            group = _phrase_group(st, s, named, who.group("x"), who.start("x"), who.end("x"))
            versus = None if versus == group else versus
    item = _LIST_ITEM.match(s.text) if q.kind in _EFFECTS else None
    if item is not None and item.end() <= q.phrase[0]:
        # "- Aged 50 to 64: ... hazard ratio 0.76 (95% CI ...)", "- Women: hazard ratio
        # 0.81": a list item's label names the people its figures are of
        who_id = _item_group(st, s, item)
        if who_id is not None and who_id != "all":
            group = who_id
            versus = None if versus == group else versus
    more = _more_in(s.text, q.phrase[0], q.phrase[1]) if q.kind in _EFFECTS else None
    if more is not None:
        # "fell by 1.7 percentage points more in areas with universal free meals than in
        # comparison areas": of the first place or people, against the second
        (x, x_lo, x_hi), (y, y_lo, y_hi) = more
        if outcome and x_lo <= outcome[1] < y_hi:
            outcome = None  # the places compared are no outcome
        if group == "all":
            group = _group_said(st, s, named, x, x_lo, x_hi)
            versus = _group_said(st, s, named, y, y_lo, y_hi)
            versus = None if versus == group else versus
    if q.kind in ("ratio", "relative-change", "difference"):
        # "the rate ratio was 0.67 (95% CI ...) in women and 0.87 (...) in men"; "similar
        # in men (difference -1.9 ...)": the people named beside the figure, a subgroup
        near = beside(s.text, q.start, max(q.end, q.phrase[1]))
        if near is not None:
            group = _phrase_group(st, s, named, *near)
            if near == level_beside(s.text, q.start, max(q.end, q.phrase[1])):
                st.subgroup_ids.add(group)  # a level of the exposure, this figure's alone
            if versus == group:
                versus = None
    if q.efficacy:
        group, versus = _protected(st, group, versus)
        if q.outcome is None and st.efficacy_outcome:
            # "In those aged 75 and older, efficacy was 51.6%": efficacy against nothing
            # named is against what the release's first efficacy was (its main outcome)
            outcome, carried = None, st.efficacy_outcome
    if q.kind == "range":
        counted = next((f for f in st.found.facts if f["kind"] == "count"
                        and s.start <= f["source_span"][1] <= s.at(q.phrase[0])
                        and s.at(q.phrase[0]) - f["source_span"][1] <= 2), None)
        if counted and q.fields.get("measure") == "age":
            group = counted["group"]  # "3,400 porters aged 20 to 65": the ages of those counted
        owner = _interval_of(st, s, q)
        if owner is not None:  # "12.3% (95% CI, 10.1%-14.5%)": the share's interval
            group = owner.get("group") or group
            said = owner.get("measure") or owner.get("outcome")
            label = (st.found.measures.get(said) or st.found.outcomes.get(said) or {}).get(
                "label", {}).get("en", {}).get("plain")
            if label:
                q.fields["measure"] = label
        if q.fields.get("unit") == "percent" and EFFECT_AFTER.match(s.text, q.phrase[1]):
            # "had a 50% to 70% lower risk of death": the size of an effect, said of the
            # exposure compared
            group = _exposure_group(st, s, q, group)[0]
        if q.fields.get("measure"):
            fact["measure"] = measure_id(st, q.fields["measure"],
                                         [s.at(q.phrase[0]), s.at(q.phrase[1])])
        of = re.match(rf"(?i)\s+of\s+(?:the\s+|all\s+)?(?P<np>(?:[\w'’-]+\s+){{0,3}}?{PEOPLE})\b",
                      s.text[q.phrase[1]:]) if q.fields.get("unit") == "percent" else None
        if of:  # "between 50 and 90 percent of young women ...": the group counted
            lo, hi = q.phrase[1] + of.start("np"), q.phrase[1] + of.end("np")
            group = _phrase_group(st, s, named, of.group("np"), lo, hi)
        if q.fields.get("unit") == "percent" and not q.fields.get("measure"):
            # "8 to 10 percent of the population suffer from depression": what they have
            tail = re.split(r"[,;(]|\s+(?:at\s+any|at\s+some|each|every|per|in\s+their)\b",
                            s.text[q.phrase[1]:])[0]
            what = re.match(rf"(?i)\s*of\s+(?:the\s+|all\s+)?(?:[\w'’-]+\s+){{0,3}}?"
                            rf"(?:population|{PEOPLE}|those)\s+(?P<v>(?:ha[sdv]e?|suffers?|"
                            rf"suffered|lives?|gets?|got|develops?|developed|experiences?|"
                            rf"experienced|reports?|reported|smoke|smoked|use|used|drink|"
                            rf"drank)\b(?:\s+[\w'’-]+){{1,6}})", tail)
            if what:
                v = what.group("v").strip()
                at = q.phrase[1] + what.start("v")
                fact["measure"] = measure_id(st, v, [s.at(at), s.at(at + len(v))])
        fact["group"] = group  # a range has no time point in the sheet
    else:
        defined = abbreviations(st.text).get(outcome[0]) if outcome is not None else None
        if defined is not None:  # "odds of ALL": of acute lymphoblastic leukemia
            outcome = (defined[0], defined[1] - s.start, defined[2] - s.start)
        if outcome is not None and q.kind in _EFFECTS and \
                label_problem(outcome[0], outcome=True):
            # "risk of stroke - the" / "death from (cardiac": words cut out of a sentence
            # are mended, else the effect takes the outcome before, never a fragment
            mended = _mended(outcome[0])
            outcome = (mended, outcome[1], outcome[1] + len(mended)) if mended else None
            if outcome is None and risk and not carried and \
                    not label_problem(risk[0], outcome=True):
                words, where, lo, hi = risk
                outcome = (words, where.at(lo) - s.start, where.at(hi) - s.start)
        if outcome is None and q.kind in _EFFECTS and _THE_DIFFERENCE.match(s.text):
            # "... 16.2% in the probiotic group and 17.5% in the placebo group. The
            # difference was not significant (relative risk 0.92)": of what those measured,
            # before any older figure of its kind
            carried = _outcome_before(st, s) or carried
        if sized_before is not None:
            fact["outcome"] = sized_before
            inferred.append("the sentence names no outcome: the one of the two shares the "
                            "sentence before compares is read as its outcome; check")
        elif outcome is not None and shared:
            fact["outcome"] = shared
        elif outcome is not None:
            words, lo, hi = outcome
            fact["outcome"] = outcome_generic(st, words, [s.at(lo), s.at(hi)])
        elif q.kind == "difference" and (pair_means := _means_sized(st, s, q)):
            # "a mean of 9.8 days in hospital, compared with 11.1 days in the placebo group
            # - a difference of -1.3 days": the two means' measure, first against second
            fact["measure"] = pair_means[0]["measure"]
            group, versus = pair_means[0]["group"], pair_means[1]["group"]
        elif risk and q.kind in ("ratio", "relative-change") and _THE_RISK.match(s.text) \
                and not label_problem(risk[0], outcome=True):
            # "The risk was highest in women diagnosed before 35 (HR 1.61)": the risk the
            # release named ("a higher risk of stroke"), not a subtype said just before
            words, where, lo, hi = risk
            fact["outcome"] = outcome_generic(st, words, [where.at(lo), where.at(hi)])
            fact["review"] = (f"the sentence names no outcome: the risk named before "
                              f"({words!r}) is read as its outcome; check")
        elif carried and q.kind in ("relative-change", "ratio", "difference", "no-difference"):
            fact["outcome"] = carried  # "Similarly, ... a 22% lower risk"
            fact["review"] = ("the sentence names no outcome: the one of the figure just "
                              "before is read as its outcome; check")
        elif risk and q.kind in _EFFECTS and not label_problem(risk[0], outcome=True):
            # "Nurses with 1 to 2 years had a 5 percent higher risk": of the risk the
            # release named before ("the risk of type 2 diabetes rose with ...")
            words, where, lo, hi = risk
            fact["outcome"] = outcome_generic(st, words, [where.at(lo), where.at(hi)])
            fact["review"] = (f"the sentence names no outcome: the risk named before "
                              f"({words!r}) is read as its outcome; check")
        elif q.kind in ("ratio", "relative-change") and (event := _study_event(st)):
            # "3,517 participants developed type 2 diabetes. ... Quintile 5: HR 1.39": a
            # cohort's effects are of the illness its participants developed
            words, lo, hi = event
            fact["outcome"] = outcome_generic(st, words, [lo, hi])
            fact["review"] = (f"the sentence names no outcome: what the study's participants "
                              f"developed ({words!r}) is read as its outcome; check")
        elif (between or (q.kind == "difference" and _THE_DIFFERENCE.match(s.text))) and \
                (measured := _measure_before(st, s)):
            # "- The adjusted mean difference between the groups was -2.4 points" after
            # "- At the start, the median PHQ-9 score was 14 ...": the score those sized
            fact["measure"] = measured
            fact["review"] = ("the sentence names no outcome: the measure of the mean just "
                              "before is read as its measure; check")
            two = arms if len(arms) == 2 else [
                g.id for g in st.found.groups.values() if g.kind in ("arm", "treated")]
            sized = [g for g in two if any(f["kind"] == "count" and f.get("group") == g
                                           for f in st.found.facts)]
            if len(two) > 2:  # the arms the release sizes, else the first two it names
                two = sized if len(sized) == 2 else sorted(
                    two, key=lambda g: st.found.groups[g].span[0])[:2]
            if group == "all" and len(two) == 2:
                group, versus = two  # between the groups: the trial's two arms
        else:
            st.found.notes.append(
                f"figure [{s.at(q.start)}, {s.at(q.end)}]: a {q.kind} whose outcome was not "
                f"found; left out: {s.text!r}")
            return None
        fact["group"] = group
        if versus and q.kind != "range":
            fact["versus"] = versus
        at = _At(q.start, q.end)
        # a difference in days is measured against days: only a time said with its
        # preposition ("at week 8", "after 30 days") is the time it is at
        said_only = q.kind == "difference" and q.fields.get("unit") in _TIME_UNITS
        when = time_for(st, s.text, at, s.text[q.end:], s.text[:q.start],
                        said_only=said_only) if q.kind != "no-difference" else None
        if when and when in st.found.times and any(
                f["kind"] == "mean" and f.get("value") == st.found.times[when].value
                and s.start <= (f.get("source_span") or [-1])[0] < s.end
                and (_ARM_AFTER_MEAN.match(s.text, f["source_span"][1] - s.start) or
                     _PAIRED_BEFORE.search(s.text, 0, f["source_span"][0] - s.start))
                for f in st.found.facts):
            when = None  # "14.2 months with X and 10.1 months with placebo": a median, no time
        label = _LIST_ITEM.match(s.text) if when else None
        if label is not None and label.end() <= q.start and when in st.found.times and \
                s.start + label.start("label") <= st.found.times[when].span[0] < \
                s.start + label.end("label"):
            when = None  # "- 5 to 9 years: 1.24": the item's band, no time point
        if when:
            fact["time"] = when
        elif pair and pair[0].get("time") and pair[0].get("time") == pair[1].get("time"):
            fact["time"] = pair[0]["time"]  # the effect of two shares is at their time
        if referent and fact.get("outcome") == carried and outcome is None:
            # said of the figure before: its time, and its groups when none is named
            ref_group, _, ref_versus, ref_time = referent
            if "time" not in fact and ref_time:
                fact["time"] = ref_time
            if fact["group"] == "all" and ref_group and ref_group != "all":
                fact["group"] = ref_group
                if ref_versus and ref_versus != ref_group:
                    fact["versus"] = ref_versus
    if q.kind == "no-difference":
        inside = [f["id"] for f in st.found.facts if f["kind"] == "proportion"
                  and s.start <= f["source_span"][0] < s.end]
        if len(inside) == 2:
            fact["facts"] = inside
    if q.hedge:
        fact["hedge"] = q.hedge
    if inferred:
        fact["review"] = "; ".join(filter(None, [fact.get("review"), *inferred]))
    fact["source_span"] = [s.at(q.phrase[0]), s.at(q.phrase[1])]
    fact["key"] = True
    if q.efficacy and st.efficacy_outcome is None:
        st.efficacy_outcome = fact.get("outcome")
    return add_fact(st, fact, f"{fact['group']}-{q.kind}")


_CATEGORY_ROW = re.compile(
    r"(?i)^\W*(?P<c>(?:the\s+)?(?:(?:highest|lowest|top|bottom|first|second|third|fourth|fifth|"
    r"middle)\s+(?:quintile|quartile|tertile|decile)|(?:quintile|quartile|tertile|decile)\s+"
    r"\d{1,2}))\s*[:–—-]\s")
"""A row of a list of exposure categories: "Quintile 2: HR 1.08", "Highest quartile – ..."."""
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth")
_DEVELOPED = re.compile(
    rf"(?i)\b{NUM}\s+(?:of\s+(?:the|them|these)\s+)?(?:[\w-]+\s+)?{PEOPLE}\s+(?:went\s+on\s+to\s+)?"
    r"(?:developed|were\s+diagnosed\s+with|got)\s+(?:an?\s+)?(?P<x>[a-z][\w'’ -]{2,40}?)"
    r"(?=\s*[,.;()]|\s+(?:during|over|within|in|by|after|and|or)\b|\s*$)")
"""The illness a cohort's participants developed: "3,517 participants developed type 2
diabetes"."""


def _study_event(st: State) -> tuple[str, int, int] | None:
    """What the study's participants developed, said once in its methods or results (the
    outcome of its effects that name none): its words and span in the text; None if none
    or more than one is said."""
    found = []
    for s in study_sentences(st):
        if st.kinds.get(s.start) == "background":
            continue
        for m in _DEVELOPED.finditer(s.text):
            words = " ".join(m.group("x").split())
            found.append((words, s.at(m.start("x")), s.at(m.start("x")) + len(words)))
    names = {w.lower() for w, _, _ in found}
    return found[0] if len(names) == 1 else None


_THRESHOLD = re.compile(
    r"(?i)(?:\b(?:whose|who)\b[^,.;:()]{0,60}|\bdefined\s+as\s+(?:an?\s+)?"
    r"[^,.;:()]{0,40}?)\b(?:by\s+|of\s+)?at\s+least\s+$")
"""What ends right before a threshold: "patients whose tumours shrank by at least ",
"defined as a reduction of at least "."""
_THE_RISK = re.compile(r"(?i)\W*(?:the|this|that|their)\s+(?:increased\s+|higher\s+|excess\s+|"
                       r"raised\s+|lower\s+|reduced\s+)?(?:risk|odds|hazard)\s+(?:was|were|is|"
                       r"appeared|remained)\b")
_ANAPHOR_OUTCOME = re.compile(r"(?i)(?:the\s+|this\s+|that\s+)?(?:disease|condition|illness|"
                              r"disorder|outcome|event|complication|problem)s?")
_EFFECTS = frozenset({"relative-change", "ratio", "difference"})
"""Figures that compare two groups: their group is never the whole cohort."""


def _exposure_group(st: State, s: Sentence, q: Quantity, group: str
                    ) -> tuple[str, tuple[str, int, int] | None]:
    """The group an effect compares when its clause names it as an exposure
    (:mod:`.exposure`), and that exposure's words and span: an elliptic clause's own
    people always; otherwise only in place of the whole cohort."""
    head = (q.phrase[0], q.start) if q.kind == "ratio" else None
    found = exposure_phrase(s.text, _explained(s.text, q), head)
    if found is None:
        return group, None
    own = group == "all" or (group in st.found.groups and
                             st.found.groups[group].kind == "all")
    if not own and not elliptic_at(s.text, q.phrase[0]):
        return group, found
    phrase, lo, hi = found
    opens = not s.text[:lo].strip(" \"'“‘")
    label = people_label(phrase, opens)
    gid = group_named(st, label, [s.at(lo), s.at(hi)])
    if gid is None and not label_problem(label) and len(label.split()) <= 18:
        # "Australians aged 25 to 49": people named by where they live
        gid = _add_group(st, label, [s.at(lo), s.at(hi)], "described", [phrase.lower()],
                         review="a group described in a result sentence: check it is one "
                                "of the study's groups").id
    return (gid or group), found


_CONTROL = re.compile(r"(?i)\b(?:placebo|control|usual\s+care|standard|sham|dummy|"
                      r"no\s+treatment|untreated|unvaccinated|unexposed|non-?users?|"
                      r"waiting\s+list|wait-?list)\b")


_BETWEEN = re.compile(r"(?i)\bbetween[\s-](?:the\s+)?(?:two\s+)?(?:groups?|arms?)\b|"
                      r"\bbetween-group\b|\bdifference\s+between\b")


def _arms_compared(st: State, s: Sentence, q: Quantity, named: list[tuple[int, int, str]],
                   arms: list[str], group: str, versus: str | None,
                   between: bool = False) -> tuple[str, str | None]:
    """The arms a trial's ratio or relative change compares: an aside to a clause that
    names both arms ("17.8% in the drug group and 21.1% in the placebo group (HR 0.82)")
    compares the first named with the other; one said of no arm compares the arm that is
    no control with the control (the way trials report effects)."""
    paren = s.text.rfind("(", 0, q.phrase[0])
    aside = paren >= 0 and ")" not in s.text[paren:q.phrase[0]]
    if between and not aside:  # "..., a between-group difference of 7.4 mm Hg"
        paren, aside = q.phrase[0], True
    if aside:
        lo = max([0] + [m.end() for m in _STOP_CUT.finditer(s.text, reach_start(s.text, paren),
                                                              paren)])
        seen = [gid for h_lo, _, gid in named if lo <= h_lo < paren and gid in arms]
        if len(set(seen)) == 2:
            return seen[0], next(a for a in arms if a != seen[0])
    if group == "all":
        control = [a for a in arms if _CONTROL.search(st.found.groups[a].label)]
        if len(control) == 1:
            treated = next(a for a in arms if a != control[0])
            return treated, control[0]
    return group, versus


def _two_named(st: State, s: Sentence, q: Quantity, named: list[tuple[int, int, str]]
               ) -> tuple[str, str] | None:
    """A ratio in an aside to a clause that gives two groups' figures ("38.2 per 1,000
    person-years in the counselling group and 51.6 in the control group (hazard ratio
    0.74)") compares the first group named with the second, whatever kind of group each
    is; None when the clause names not exactly two."""
    paren = s.text.rfind("(", 0, q.phrase[0])
    if paren < 0 or ")" in s.text[paren:q.phrase[0]]:
        return None
    lo = max([0] + [m.end() for m in _STOP_CUT.finditer(s.text, reach_start(s.text, paren),
                                                          paren)])
    seen = list(dict.fromkeys(gid for h_lo, _, gid in named if lo <= h_lo < paren
                              and gid != "all" and st.found.groups[gid].kind != "all"
                              and not _STUDIES.fullmatch(st.found.groups[gid].label)))
    if len(seen) != 2 or not re.search(r"(?i)\b(?:and|compared\s+(?:with|to)|versus|vs\.?|"
                                       r"than|while|whereas)\b", s.text[lo:paren]):
        return None
    return seen[0], seen[1]


_ITEM = re.compile(r"\s*(?:[-*•·–]|\d+[.)])\s")
_AS_DID = re.compile(rf"(?i)\bas\s+(?:did|were|was|had)\s+(?P<x>(?:the\s+)?(?:{PERSONS}|those)\b"
                     rf"(?:[^,;()]|,(?=\d{{3}}))"
                     rf"{{0,60}}?)(?=\s+(?:compared|than|versus|vs\b)|\s*(?:[(;]|,(?!\d{{3}})))")
_ITEM_WHO = re.compile(r"(?i)(?<!compared\s)(?<!comparison\s)(?<!than\sthose\s)(?<!than\s)"
                       r"\b(?:for|among|in|with)\s+"
                       r"(?:the\s+|those\s+(?:with|in|who)\s+)?"
                       r"(?P<x>[\w'’-]+(?:\s+[\w'’-]+){0,6}?)\s*(?=[(,;:]|$)")


_GAPPED = re.compile(r"(?i)(?:,|;|\band|\bwhile|\bwhereas)\s+(?:for\s+)?(?:the\s+|those\s+in\s+"
                     r"the\s+)?(?P<x>(?!(?:it|they|this|that|which|there)\b)[a-z][\w'’-]*"
                     r"(?:\s+[\w'’-]+){0,3})\s+an?\s+$")
_PRONOUN = re.compile(rf"\W*(?:they|these\s+(?:{PEOPLE}|{PERSONS})|those\s+(?:{PEOPLE}|"
                      rf"{PERSONS}))\s+(?:were|had|have|was|showed|faced|did)\b", re.I)


_OPENING_PEOPLE = re.compile(
    rf"(?i)\W*(?P<g>(?:[a-z][\w'’-]*\s+){{0,2}}?(?:{PEOPLE}|{PERSONS})\s+(?:who|with|aged|"
    rf"taking|on)\s+[^,;()]{{2,70}}?)\s+(?:(?:also|still|then|both|all|too)\s+)?"
    rf"(?:were|was|had|have|are|showed)\b")


def _pronoun_group(st: State, s: Sentence) -> str | None:
    """The group the study sentence before ``s`` opens with (None: it opens with none)."""
    study = st.study or []
    starts = [x.start for x in study]
    i = bisect_left(starts, s.start) - 1
    if i < 0:
        return None
    prev = study[i]
    opened = subject_groups(st, prev)
    if opened and opened[0][0] != "all":
        return opened[0][0]
    m = _OPENING_PEOPLE.match(prev.text)
    if m is None or label_problem(m.group("g")):
        return None
    phrase = m.group("g")
    phrase = phrase[0].lower() + phrase[1:] if phrase[1:2].islower() else phrase
    gid = group_named(st, phrase, [prev.at(m.start("g")), prev.at(m.end("g"))])
    return gid if gid != "all" else None


def _paren_or_end(text: str) -> int:
    at = text.find("(")
    return at if at >= 0 else len(text)


def _lead_in(st: State, s: Sentence) -> Sentence | None:
    """The sentence a list item continues: the last one before its list, when it ends
    with a colon ("the risk of stroke compared with the reference group was:")."""
    if not _ITEM.match(s.text):
        return None
    starts = st.sentence_starts()
    i = bisect_left(starts, s.start) - 1
    while i >= 0 and _ITEM.match(st.all_sentences[i].text):
        i -= 1
    if i < 0 or not st.all_sentences[i].text.rstrip().endswith(":"):
        return None
    if len(st.all_sentences[i].text.split()) < 4:
        return None  # "Key findings:", "Results:": a heading, no clause the items continue
    return st.all_sentences[i]


_GOT = re.compile(r"(?i)\b(?:vaccinated|vaccines?|received|given|got|treated|took|taking|"
                  r"immuni[sz]ed)\b")


def _between_named(st: State, s: Sentence, q: Quantity, named: list[tuple[int, int, str]],
                   group: str, versus: str | None) -> tuple[str, str | None]:
    """A between-group difference said after the groups' own figures ("5.8 points in the
    app group and 3.1 in the control group, a between-group difference of -2.7") is of the
    group named first that is no control, against the control named: never the control's
    own, nor the whole cohort's."""
    groups = st.found.groups
    if group not in ("all", None) and group in groups and not _CONTROL.search(groups[group].label):
        return group, versus
    seen = list(dict.fromkeys(gid for lo, _, gid in named if lo < q.phrase[0] and gid in groups))
    control = [g for g in seen if _CONTROL.search(groups[g].label)]
    treated = [g for g in seen if g not in control and groups[g].kind != "all"]
    if control and treated:
        return treated[0], control[0]
    return group, versus


def _protected(st: State, group: str, versus: str | None) -> tuple[str, str | None]:
    """The group an efficacy is said of: those who got the vaccine or treatment, never
    the whole cohort nor the comparison group (an arm that is no control, else the first
    group named by what it got); the comparison group, when one is named, as ``versus``."""
    groups = st.found.groups
    label = groups[group].label if group in groups else ""
    if group != "all" and not _CONTROL.search(label):
        return group, versus
    control = [g for g in groups.values() if _CONTROL.search(g.label)]
    got = [g for g in groups.values() if g.id != "all" and not _CONTROL.search(g.label)
           and (g.kind == "arm" or _GOT.search(g.label))]
    got.sort(key=lambda g: g.kind != "arm")
    if not got:
        return group, versus
    return got[0].id, control[0].id if control else versus


def _mended(words: str) -> str | None:
    """Outcome words cut back to a whole label: before a dash, colon, semicolon or an
    unclosed parenthesis, without a dangling last word; None when nothing whole is left."""
    cut = re.split(r"\s+[-–—]\s+|\s*[;:(]\s*", words)[0].strip()
    ws = cut.split()
    while ws and label_problem(" ".join(ws), outcome=True) and len(ws) > 1:
        ws.pop()
    cut = " ".join(ws)
    return cut if cut and not label_problem(cut, outcome=True) else None


_CI_BEFORE = re.compile(r"(?i)\(\s*(?:95\s*%|95\s+percent)?\s*(?:CI|C\.I\.|confidence\s+"
                        r"interval)\s*(?:[,:=]|of|was)?\s*$")


def _interval_of(st: State, s: Sentence, q: Quantity) -> dict[str, Any] | None:
    """The share, mean or effect a range is the confidence interval of ("12.3% (95% CI,
    10.1%-14.5%)", "a mean of 4.2 (95% CI 3.9 to 4.5)", "efficacy was 58% (95% CI 41 to
    71)"): the figure right before its parenthesis."""
    if not _CI_BEFORE.search(s.text, max(0, q.start - 40), q.start):
        return None
    paren = s.text.rfind("(", 0, q.start)
    before = [f for f in st.found.facts if f["kind"] in ("proportion", "mean",
                                                          "relative-change", "difference")
              and f.get("source_span") and s.start <= f["source_span"][0]
              and f["source_span"][1] <= s.at(paren) and
              s.at(paren) - f["source_span"][1] <= 12]
    return before[-1] if before else None


_STOP_CUT = re.compile(r"[;.]\s")


_PAIR_LINK = re.compile(
    r"(?i)(?:,|\s[–—-])\s*(?:giving|yielding|resulting\s+in|which\s+(?:gives|gave|gives|is|was|means|"
    r"meant|corresponds\s+to|corresponded\s+to)|for|with|a|an)\b[^,;()]*$")


def _share_pair(st: State, s: Sentence, q: Quantity, means_too: bool = False
                ) -> list[dict[str, Any]]:
    """The two shares of one outcome an effect compares ("24.1% in the drug group and
    31.6% in the placebo group (HR 0.71)", "11.6% of A ..., compared with 16.9% of B,
    giving a relative risk of 0.71"): the last two proportions of its clause when the
    effect stands in a parenthesis after them or is tied to them by a comma and a linking
    word; [] otherwise."""
    if q.kind not in ("ratio", "relative-change") and not (
            q.kind == "difference" and q.fields.get("unit") == "percentage-points"):
        return []  # (a gap in percentage points sizes two shares: "- a difference of 27.7")
    lo = max([0] + [m.end() for m in _STOP_CUT.finditer(
        s.text, reach_start(s.text, q.phrase[0]), q.phrase[0])])
    shares = [f for f in st.found.facts if f["kind"] == "proportion" and f.get("outcome")
              and s.at(lo) <= f["source_span"][0] < s.at(q.phrase[0])]
    if len(shares) < 2 or len({f["outcome"] for f in shares[-2:]}) != 1:
        # "Median survival was 16.8 months with X versus 12.9 months with placebo (HR
        # 0.74)": a ratio after two groups' means (medians) of one measure compares them
        shares = [f for f in st.found.facts if f["kind"] == "mean"
                  and f.get("measure") not in (None, "age", "follow-up")
                  and f.get("group") not in (None, "all")
                  and s.at(lo) <= f["source_span"][0] < s.at(q.phrase[0])] \
            if q.kind == "ratio" and means_too else []
        if len(shares) < 2 or len({f["measure"] for f in shares[-2:]}) != 1:
            return []
    tail = s.text[shares[-1]["source_span"][1] - s.start:q.phrase[0]]
    if "(" not in tail and not _PAIR_LINK.search(tail):
        return []
    return shares[-2:]


_TIME_UNITS = frozenset({"hour", "day", "week", "month", "year"})


def _means_sized(st: State, s: Sentence, q: Quantity) -> list[dict[str, Any]]:
    """The two means of two groups a difference after them in its sentence sizes (same
    measure, same unit as the difference when it names one); [] otherwise."""
    lo = s.start
    if _THE_DIFFERENCE.match(s.text):
        # "... was -16.9 points with X and -7.3 points with Y. The difference between the
        # groups was -9.6 points": the two means of the sentence before
        i = bisect_right(st.sentence_starts(), s.start) - 2
        lo = st.all_sentences[i].start if i >= 0 else lo
    means = [f for f in st.found.facts if f["kind"] == "mean" and f.get("measure")
             and lo <= (f.get("source_span") or [-1])[0] < s.at(q.start)]
    if len(means) < 2:
        return []
    a, b = means[-2:]
    for f in (a, b):
        if f.get("group") == "all":
            # read before the arms the sentence's counts named: the arm named beside it
            # now ("-16.9 points with X"), as settling would give it
            i = bisect_right(st.sentence_starts(), f["source_span"][0]) - 1
            t = st.all_sentences[i] if i >= 0 else None
            if t is not None:
                f["group"] = group_at(st, t, f["source_span"][0] - t.start,
                                      f["source_span"][1] - t.start)[0]
    unit = q.fields.get("unit")
    if a["measure"] != b["measure"] or a.get("group") == b.get("group") or \
            a.get("unit") != b.get("unit") or (unit and a.get("unit") and unit != a["unit"]):
        return []
    return [a, b]


def _pair_outcome(st: State, s: Sentence, q: Quantity) -> tuple[str, int, int] | None:
    """The outcome of the shares an effect compares (:func:`_share_pair`)."""
    shares = _share_pair(st, s, q)
    if not shares:
        return None
    outcome = st.found.outcomes.get(shares[-1]["outcome"])
    if outcome is None:
        return None
    words = outcome["label"]["en"]["plain"]
    span = outcome.get("source_span") or [s.start, s.start]
    at = span[0] - s.start
    return words, at, at + len(words)


def _explained(text: str, q: Quantity) -> int:
    """Where the effect a figure restates stands: a ratio in the parenthesis right after
    a relative change ("a 20% higher risk (HR 1.20; ...)") is the same effect, said of the
    same people; any other figure stands where it is."""
    if q.kind != "ratio":
        return q.phrase[0]
    paren = text.rfind("(", 0, q.phrase[0])
    if paren < 0 or ")" in text[paren:q.phrase[0]]:
        return q.phrase[0]
    for other in reversed(read(text)):
        if other.kind == "relative-change" and other.phrase[1] <= paren and \
                paren - other.phrase[1] <= 80 and not re.search(r"[;.]|\)", text[
                    other.phrase[1]:paren]):
            return other.phrase[0]
    return q.phrase[0]

def named_risk(s: Sentence) -> tuple[str, Sentence, int, int] | None:
    """The last risk a sentence names ("the risk of type 2 diabetes rose", "more likely
    to develop dementia"), when its words are an event, not a fragment."""
    found = risk_named(s.text)
    return (found[0], s, found[1], found[2]) if found else None


_GENERIC = re.compile(rf"(?i){PEOPLE}|{PERSONS}|{AGENT_PEOPLE}|persons|kids")


def _count_values(st: State) -> set[Any]:
    """The values of the count facts drafted so far, read on from where the last sentence
    left off (asking all facts again for each sentence grew with the square of a long
    release's length)."""
    facts = st.found.facts
    seen = st.count_values
    if seen[0] is not facts or seen[1] > len(facts):
        seen[:] = [facts, 0, set()]
    seen[2].update(f.get("value") for f in facts[seen[1]:] if f["kind"] == "count")
    seen[1] = len(facts)
    return seen[2]


def _counts(st: State, s: Sentence, named: list[tuple[int, int, str]]) -> None:
    """Counts beyond the cohort and the arms: "5,700 colorectal cancer cases", "(38
    patients)" after an arm, "31,614 who were prescribed antibiotics". The group is the
    one the counted phrase names, else a new group labelled with that phrase."""
    earlier = _count_values(st)  # the values of the counts drafted before this sentence
    drafted: set[Any] = set()  # ... and in it
    found = counts(s.text)
    subjects = subject_groups(st, s) if found else []
    arms_drafted: set[tuple[Any, str]] = set()
    events = st.kinds.get(s.start) != "background"
    handled = {f["source_span"][0] for f in respectively(st, s, named)} if events else set()
    for c in found:
        if s.at(c.start) in handled:
            continue  # read with its arm already
        arm = _arm_of_count(st, s, named, c)
        if arm is not None:
            # "to the programme (32 schools) or to usual practice (32 schools)": each arm
            # its own count, even when the arms are the same size
            if (c.value, arm) in arms_drafted or any(
                    f["kind"] == "count" and f.get("group") == arm and f.get("value") == c.value
                    for f in st.found.facts):
                continue  # (the arm's size its allocation sentence gave already)
            arms_drafted.add((c.value, arm))
            drafted.add(c.value)
            add_fact(st, {"kind": "count", "value": c.value, "group": arm,
                          "source_span": [s.at(c.start), s.at(max(c.end, c.label_span[1]))]},
                     f"{arm}-n")
            continue
        by_arm = event_arm(st, s, named, c, bool(_GENERIC.fullmatch(c.label))) \
            if events else None
        if by_arm:  # "356 lung cancer deaths in the screening group and 451 in the control group"
            handled.update(f["source_span"][0] for f in by_arm)
            drafted.update(f["value"] for f in by_arm)
            continue
        if c.value in drafted or c.value in earlier:
            continue
        before = [h for h in named if h[1] <= c.start]
        subject = next((x for x in reversed(subjects) if x[1] <= c.start), None)
        told = _told(s.text, c) if _GENERIC.fullmatch(c.label) and \
            st.kinds.get(s.start) != "background" else None
        if told:  # "Seven patients experienced ...", "the remaining 15 patients ...": a subgroup
            label, lo, hi = told
            gid = _add_group(st, label, [s.at(lo), s.at(hi)], "sub", [s.text[lo:hi]],
                             review="a group told by what happened to it: check the label").id
        elif subject and not _GENERIC.fullmatch(c.label) and not \
                re.search(rf"(?i)\b{PEOPLE}\b", c.label):
            # "Women aged 40 to 49 had 8,913 scans": the scans of that group
            label = f"{c.label} in {st.found.groups[subject[0]].label}"
            gid = _add_group(st, label, [s.at(c.label_span[0]), s.at(c.label_span[1])], "sub",
                             [], review="things counted for a group: check the label").id
        elif _GENERIC.fullmatch(c.label) and before and re.search(r"\(\s*$", s.text[:c.start]):
            gid = before[-1][2]  # "(38 patients)": the group named just before
        elif _GENERIC.fullmatch(c.label) and st.labels.get(c.label.lower()) is not None and \
                st.kinds.get(s.start) != "background":
            continue  # "N patients" when the whole study is "patients": no new group (a
            # background sentence's "About 20,000 people are diagnosed ..." are others)
        elif _GENERIC.fullmatch(c.label) and st.kinds.get(s.start) != "background" and \
                re.match(rf"(?i){re.escape(c.label)}\s+(?:aged|with|who|in|from)\b",
                         st.found.groups["all"].label):
            gid = "all"  # "1,036 nurses" when the study is "nurses aged 22 to 64": all of them
        else:
            gid = _phrase_group(st, s, named, c.label, *c.label_span)
            if gid == "all" and st.kinds.get(s.start) == "background" and not (
                    _DEMONYM.search(s.text) or _PLACE.search(s.text)):
                continue  # "small studies of fewer than 100 patients": no population named
        # the span reads the number and what it counts, unless those words hold digits
        # of their own ("541 9- to 11-year-olds"), which a check of the span would misread
        end = c.end if re.search(r"\d", c.label) else max(c.end, c.label_span[1])
        fact: dict[str, Any] = {"kind": "count", "value": c.value, "group": gid,
                                "source_span": [s.at(c.start), s.at(end)]}
        if c.hedge:
            fact["hedge"] = c.hedge
        if c.of:
            fact["review"] = f"the release says {c.value} of {c.of}"
        add_fact(st, fact, f"{gid}-n")
        drafted.add(c.value)
        if c.of and c.of not in drafted and c.of not in earlier:
            shown = f"{c.of:,}" if c.of >= 1000 else str(c.of)
            at = s.text.find(shown)
            if at < 0:
                continue
            whole = gid
            if told:  # "13 of the 22 patients had a response": the 22 are all the patients
                known = st.labels.get(c.label.lower())
                whole = known.id if known is not None else "all"
            add_fact(st, {"kind": "count", "value": c.of, "group": whole,
                          "source_span": [s.at(at), s.at(at + len(shown))],
                          "review": f"the total of '{c.value} of {c.of}'"}, f"{whole}-n")
            drafted.add(c.of)


_ALLOCATED = re.compile(r"(?i)\b(?:assigned|allocated|randomi[sz]ed|divided|split)\b")
_ARM_CUT = re.compile(r"(?i)\b(?:to|either|or|and|versus|vs)\s+|[,;:]\s*")
_DOING = re.compile(r"(?i)(?:continue|keep|stay|remain|follow|wait|carry\s+on|use|take|do|"
                    r"attend|join|wear|eat|drink|walk|stop)\b")


def _arm_of_count(st: State, s: Sentence, named: list[tuple[int, int, str]], c: Count
                  ) -> str | None:
    """The arm a count in parentheses of an allocation sentence is the size of ("assigned
    to home training (158 people) or to their usual activity (158 people, the control
    group)"): a group the parenthesis names, else the group named in the arm's words before
    it, else a new group of those words; None outside such a parenthesis."""
    if not re.search(r"\(\s*$", s.text[:c.start]) or not _ALLOCATED.search(s.text, 0, c.start):
        return None
    paren = s.text.rfind("(", 0, c.start)
    close = s.text.find(")", c.end)
    close = close if close >= 0 else len(s.text)
    inside = [h for h in named if c.end <= h[0] and h[1] <= close]
    if inside:
        return inside[0][2]
    lo = max([0] + [m.end() for m in _ARM_CUT.finditer(s.text, max(0, paren - 120), paren)
                    if m.end() < paren])
    said = [h for h in named if lo <= h[0] and h[1] <= paren]
    if said:
        return said[-1][2]
    phrase = re.sub(r"(?i)^(?:the|a|an)\s+", "", " ".join(s.text[lo:paren].split()))
    if not phrase or len(phrase.split()) > 6 or label_problem(phrase) or \
            not re.match(r"[a-z]", phrase):
        return None
    if _GENERIC.fullmatch(c.label):
        label = f"people who {phrase}" if _DOING.match(phrase) else f"people who got {phrase}"
    else:
        label = f"{c.label} with {phrase}"
    return _add_group(st, label, [s.at(lo), s.at(paren)], "arm", [phrase.lower()],
                      review="an arm the release sizes in parentheses: check the label").id


_DID = re.compile(
    r"\s+(?:\([^()]{0,80}\)\s+)?(?P<vp>(?:had|experienced|developed|were\s+diagnosed\s+with|died|relapsed|"
    r"needed|required|achieved|showed|stopped|remained|reached|suffered|underwent|reported|"
    r"went\s+on\s+to)\b(?:[^,;.()]|\.\d){2,70}?)(?=\s*(?:[,;.()]|\band\b|\bbut\b|\bwho\b|"
    r"\bafter\b|\bwithin\b|\bduring\b|\bat\b|\bbetween\b|\bsince\b|$))")
_REST = re.compile(r"(?i)\b(?P<w>remaining|other|additional|further)\s+$")


def _told(text: str, c: Count) -> tuple[str, int, int] | None:
    """The subgroup a count of people opening a clause names by what happened to them
    ("Seven patients experienced a 90 percent reduction" -> "patients who experienced a 90
    percent reduction"; "the remaining 15 patients" -> "remaining patients"), with its span;
    None for a bare count of the study's people."""
    base = reach_start(text, c.start)  # a bounded look-back: linear in a run-on text
    rest = _REST.search(text, base, c.start)
    head = text[base:rest.start() if rest else c.start]
    hedge = re.search(rf"(?i)(?:{'|'.join(p for _, p in HEDGES)})\s+$", head)
    if hedge:  # "At least 3 women stopped ...": the hedge opens the clause
        head = head[:hedge.start()]
    if not re.search(r"(?i)(?:^|[,;:]\s*|\b(?:and|but|while|whereas|the|an?)\s+)$", head):
        return None  # "compared with 15 patients ...": not a clause's subject
    did = _DID.match(text, c.label_span[1])
    words = did.group("vp").split() if did else []
    if len(words) > 12 or (rest and re.search(r"\d", " ".join(words))):
        words, did = [], None  # "had an average of 11.8 months": a figure, not a group
    who = f" who {' '.join(words)}" if words else ""
    if rest:
        return (f"{rest.group('w').lower()} {c.label}{who}", rest.start(),
                did.end("vp") if did else c.label_span[1])
    if did is None:
        return None
    return f"{c.label}{who}", c.start, did.end("vp")


_SAID_IN = re.compile(
    r"(?i)\b(?:lower|higher|reduced|increased|raised|greater|smaller|larger|stronger|weaker|"
    r"bigger|better|worse)\s+(?:in|among|for)\s+(?:the\s+|those\s+in\s+the\s+)?"
    r"(?:[\d,]+\s+)?(?P<x>(?!(?:the|those|both|all|each|either|this|that|these|it)\b)"
    r"[a-z][\w'’-]*(?:\s+[\w'’-]+){0,9}?)\s*\(\s*(?:(?:adjusted|pooled|overall|"
    r"corresponding)\s+)?$")


def _said_in(text: str, pos: int) -> tuple[str, int, int] | None:
    """The people a ratio in an aside is said of when its clause ends "... was lower in
    <people>" right before it: (words, start, end); None otherwise."""
    m = _SAID_IN.search(text, max(0, pos - 160), pos)
    if m is None or label_problem(m.group("x")):
        return None
    return m.group("x"), m.start("x"), m.end("x")


_FOUND_FOR = re.compile(
    r"(?i)\s*(?:\([^()]{0,120}\)\s*)?(?:was|were)\s+(?:found|seen|observed|reported|"
    r"estimated)\s+(?:for|in|among)\s+(?:the\s+)?(?P<x>[a-z][^,;:()]{2,80}?)(?=\s*(?:[,;:.]|$)|"
    r"\s+(?:compared|than|versus|vs\.?|relative)\b)")


def _found_for(text: str, end: int) -> tuple[str, int, int] | None:
    """The people a ratio is said to be found for, after it ("An odds ratio of 1.49 (95%
    CI ...) was found for people who had filled five or more prescriptions")."""
    m = _FOUND_FOR.match(text, end)
    if m is None or label_problem(m.group("x")):
        return None
    return m.group("x"), m.start("x"), m.end("x")


_MORE_IN = (r"(?:more|less|further|greater|lower|higher|faster|slower)\s+(?:in|among|for)\s+"
            r"(?:the\s+)?(?P<x>[a-z][^,;:()]{2,60}?)\s+than\s+(?:in|among|for)\s+(?:the\s+)?"
            r"(?P<y>[a-z][^,;:()]{2,60}?)")
_MORE_IN_AFTER = re.compile(rf"(?i)\s*(?:percentage\s+points?|points?|percent|%)?\s*{_MORE_IN}"
                            r"(?=\s*[,;:(.]|\s*$)")
_MORE_IN_BEFORE = re.compile(rf"(?i)\b{_MORE_IN}\s*\(\s*[^()]*$")


def _more_in(text: str, start: int, end: int
             ) -> tuple[tuple[str, int, int], tuple[str, int, int]] | None:
    """The two places or peoples a change is said to differ between, right after it ("fell
    by 1.7 points more in areas with X than in comparison areas") or in the clause its
    aside ends ("... than in comparison areas (estimate -1.7 points)"); None otherwise."""
    m = _MORE_IN_AFTER.match(text, end)
    if m is None:
        paren = text.rfind("(", 0, start)
        if paren < 0 or ")" in text[paren:start]:
            return None
        m = _MORE_IN_BEFORE.search(text, max(0, paren - 200), start)
    if m is None or label_problem(m.group("x")) or label_problem(m.group("y")):
        return None
    return ((m.group("x"), m.start("x"), m.end("x")), (m.group("y"), m.start("y"), m.end("y")))


_EVERYONE_OPENING = re.compile(r"(?i)(?:all\s+)?(?:people|patients|participants|adults|"
                               r"individuals|subjects|volunteers|persons)")
_OPENING_PEOPLE_AT = re.compile(
    r"(?i)^\W*(?:(?:and|but|similarly|likewise|meanwhile),?\s+)?(?:in|among|for|within)\s+"
    r"(?:the\s+)?(?P<x>[a-z][^,;:()]{2,80}?)\s*(?:,|(?=\s+(?:it|this|there|the|they)\s))")


def _opening_people(text: str, pos: int) -> tuple[str, int, int] | None:
    """The people a sentence opens with ("Among people aged 18 to 49, ...", "For those
    aged 50 to 69 it was ...") before a figure at ``pos``, when they are people (not a
    time, a place or an outcome); None otherwise."""
    m = _OPENING_PEOPLE_AT.match(text)
    if m is None or m.end("x") > pos:
        return None
    x = m.group("x")
    label = re.sub(r"(?i)^those\b", "people", x)
    if not re.match(rf"(?i)(?:[\w'’-]+\s+){{0,2}}?(?:{PERSONS})\b", label) or \
            (label_problem(label) and not re.search(r"\baged\s+\d+\s+to\s+\d+$", label)):
        return None  # (an age band may end in its number: "people aged 50 to 69")
    return label, m.start("x"), m.end("x")


def _group_said(st: State, s: Sentence, named: list[tuple[int, int, str]], label: str,
                lo: int, hi: int) -> str:
    """A known group whose label holds the phrase whole ("programme schools" in "children
    in programme schools"), else the group :func:`_phrase_group` reads."""
    said = re.compile(rf"(?i)(?<![\w-]){re.escape(' '.join(label.split()))}(?![\w-])")
    known = [g.id for g in st.found.groups.values() if g.id != "all"
             and said.search(" ".join(g.label.split()))]
    if known:
        return min(known, key=lambda gid: len(st.found.groups[gid].label))
    return _phrase_group(st, s, named, label, lo, hi)


def _phrase_group(st: State, s: Sentence, named: list[tuple[int, int, str]], label: str,
                  lo: int, hi: int) -> str:
    """The group a noun phrase at ``[lo, hi)`` of a sentence names: a known group named
    over most of it, else a new group labelled with the phrase (to be checked)."""
    inside = [h for h in named if lo <= h[0] and h[1] <= hi]
    if inside and inside[0][1] - inside[0][0] >= (hi - lo) // 2:
        return inside[0][2]
    return _add_group(st, label, [s.at(lo), s.at(hi)], "sub", [label],
                      review="a group named with a figure: check the label").id


_EXPOSED = re.compile(
    rf"(?i)\s+(?:(?P<with>with|for\s+those\s+with|in\s+those\s+with|among\s+those\s+with)|"
    rf"(?:among|in|for)(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?{PERSONS}\b))\s+(?:the\s+)?"
    rf"(?P<x>(?!an?\b|the\s+(?:study|trial)\b)(?:[\w'’-]+\s+){{0,5}}?[\w'’-]+)"
    rf"(?=\s*(?:[,.;:)]|$)|\s+(?:than|compared|versus|vs\.?|when|after|during|over|while|"
    rf"whereas|but)\b)")


_QUANTILES = r"(?:quartiles?|quintiles?|tertiles?|deciles?|percentiles?)"
_EXPOSED_WHOLE = re.compile(
    rf"(?i)\s+(?:(?P<with>with|for\s+those\s+with|in\s+those\s+with|among\s+those\s+with)|"
    rf"(?:among|in|for)(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{PERSONS}|{_QUANTILES})\b))"
    rf"\s+(?:the\s+)?"
    rf"(?P<x>(?!an?\b|the\s+(?:study|trial)\b)(?:[\w'’,-]+\s+){{0,11}}?[\w'’-]+)"
    rf"(?=\s*(?:[.;:()]|$))")


def _exposed(st: State, s: Sentence, q: Quantity) -> str | None:
    """The people a relative change is about when it is said of a trait or exposure right
    after it ("about two times as likely with advancing age" -> people with advancing age,
    "twice as likely among smokers" -> smokers); None when no whole label follows. The
    phrase runs to the clause's end when that makes a label ("among teens who used social
    media more than three hours a day (OR 1.6)"), else to a comparison word."""
    m = _EXPOSED_WHOLE.match(s.text, q.phrase[1]) or _EXPOSED.match(s.text, q.phrase[1])
    if m and m.re is _EXPOSED_WHOLE:
        x = " ".join(m.group("x").split())
        label = f"people with {x}" if m.group("with") else people_label(
            f"the {x}" if re.search(_QUANTILES, x) else x)
        gid = group_named(st, label, [s.at(m.start("x")), s.at(m.end("x"))])
        if gid:
            return gid
        m = _EXPOSED.match(s.text, q.phrase[1])
    if not m:
        return None
    x = " ".join(m.group("x").split())
    label = f"people with {x}" if m.group("with") else x
    return group_named(st, label, [s.at(m.start("x")), s.at(m.end("x"))])


_ASSOCIATED = re.compile(
    r"(?i)(?:^|[;:]\s*|,\s*(?:and|but|while)\s+)\W*(?:(?:similarly|likewise|in\s+addition|"
    r"moreover|however|overall|in\s+(?:this|the)\s+(?:study|analysis)),?\s+)?"
    r"(?P<np>(?!it\b|this\b|that\b|they\b|there\b|which\b)(?:[^,;()]|\(\w{1,3}\)){3,80}?)"
    r"\s+(?:was|were|is|are)"
    r"\s+(?:also\s+|independently\s+|significantly\s+|strongly\s+)?(?:associated|linked|tied)"
    r"\s+(?:with|to)\s+(?:an?\s+|the\s+)?(?:about\s+|nearly\s+|almost\s+|more\s+than\s+)?$")


def _associated(st: State, s: Sentence, q: Quantity) -> str | None:
    """The people a relative change is about when the clause says what it is associated
    with ("concentrations above sufficiency were associated with a 22% lower risk" ->
    people with concentrations above sufficiency; "drinking coffee was linked to a 20%
    lower risk" -> people drinking coffee); None when the subject is no whole label."""
    m = _ASSOCIATED.search(s.text, 0, q.phrase[0])
    if not m or m.end() != q.phrase[0]:
        return None
    np = " ".join(m.group("np").split())
    np = np[0].lower() + np[1:] if np[:1].isupper() and np[1:2].islower() else np
    if re.match(rf"(?i)(?:the\s+)?(?:{PERSONS})\b", np) or re.search(
            r"(?i)\b(?:study|studies|trial|researchers|findings|results|analysis)\b", np):
        return None  # people already (named elsewhere) or the study itself
    np = versus_end(np)  # "the highest versus lowest quartile of X": the highest quartile
    np = step_phrase(np)  # "each 50 nmol/L increase in X": people with a 50 nmol/L higher X
    first = np.split()[0]
    label = people_label(np) if re.search(_QUANTILES, np) else \
        f"people {np}" if first.endswith("ing") else f"people with {np}"
    return group_named(st, label, [s.at(m.start("np")), s.at(m.end("np"))])


_CLAUSE_SUBJECT_LINK = re.compile(
    r"(?:^|[;:]\s*|,\s*(?:but|and|while|whereas)\s+|\b(?:but|while|whereas)\s+)"
    r"(?P<np>[A-Za-z][^,;:()]{2,80}?)(?:,\s*[^,;:()]{2,60},)?\s+(?:(?:was|were)\s+(?:not\s+|"
    r"also\s+|only\s+)?(?:weakly\s+|strongly\s+)?(?:associated|linked|tied)\s+(?:with|to)\s+"
    r"[^,;:()\d%]{2,60}?|did\s+not|showed\s+(?:a|an|no)\s+(?:\w+\s+)?(?:association|link))\s*"
    r"\(\s*(?:[\w-]+\s+){0,3}$")


def _clause_subject_exposure(st: State, s: Sentence, q: Quantity) -> str | None:
    """The exposure a ratio in parentheses is of when its own clause says it ("...,
    but exposure to herbicides alone did not (odds ratio 1.12)"; "Living near farmland
    was not associated with MND (odds ratio 0.97)"): those exposed, as a group; None when
    the subject names people or the study, or is no whole label."""
    m = _CLAUSE_SUBJECT_LINK.search(s.text, reach_start(s.text, q.phrase[0]), q.phrase[0])
    if not m or m.end() != q.phrase[0]:
        return None
    np = " ".join(m.group("np").split())
    np = np[0].lower() + np[1:] if np[:1].isupper() and np[1:2].islower() else np
    if re.search(_QUANTILES, np) or re.match(
            rf"(?i)(?:the\s+|all\s+)?(?:[\w-]+\s+)?(?:{PERSONS}|those|they|it|this|that|"
            rf"there)\b", np) or re.search(
            r"(?i)\b(?:study|studies|trial|researchers|findings|results|analysis|risk|"
            r"odds|link|association)\b", np):
        return None
    np = step_phrase(np)
    label = f"people {np}" if np.split()[0].endswith("ing") else f"people with {np}"
    return group_named(st, label, [s.at(m.start("np")), s.at(m.end("np"))])


def _guessed_before(text: str, outcome: tuple[str, int, int], q: Quantity) -> bool:
    """Whether an effect's outcome was only guessed from the words before it: no "risk of",
    "odds of", "likely to" names it, and the figure is an aside in parentheses or the words
    are no noun phrase ("or received usual care", "appeared larger"). Such words are weaker
    than the outcome of the effect said just before."""
    if outcome[1] >= q.phrase[0]:
        return False
    head = text[reach_start(text, outcome[1]):outcome[1]]  # a bounded look-back
    if re.search(r"(?i),\s*(?:but|and|or)?\s*(?:not\s+(?:with|for|of)|of)\s+$", head):
        return False  # "..., but not with stroke (RR 0.98)": the aside's own outcome
    base = reach_start(text, q.phrase[0])
    aside = text.count("(", base, q.phrase[0]) > text.count(")", base, q.phrase[0])
    if not aside and not re.match(r"(?i)(?:or|and|but|who|which|that|one|two|three|\d)\b|"
                                  r"[a-z]+ed\b", outcome[0]):
        return False  # "Falls were twice as likely": the subject is what was likely
    return not re.search(r"(?i)\b(?:(?:risk|odds|rates?|chances?|likelihood|incidence|hazard|"
                         r"prevalence|number|levels?)\s+(?:of|for)|likely\s+to)\s+(?:developing\s+|"
                         r"having\s+|getting\s+|being\s+|a\s+|an\s+|the\s+)?$", head)


_MEASURE_CHANGED = re.compile(
    r"(?i)(?:^|[,;:]\s*|\bthen\s+)(?P<o>(?:the\s+|their\s+|mean\s+|average\s+)?[a-z][\w'’-]*"
    r"(?:\s+[\w'’-]+){0,5}?)\s+(?:showed|had|saw|underwent)\s+(?:a|an)\s+"
    r"(?:(?:mean|average|median|adjusted)\s+)?(?:change|reduction|decrease|drop|fall|"
    r"increase|rise|improvement|decline)\s+(?:from\s+baseline\s+)?of\s+$")


def _changed_measure(text: str, pos: int) -> tuple[str, int, int] | None:
    """The measure a change right after it is of: "systolic pressure showed a mean change
    of -6.8 mmHg" -> systolic pressure (never people: "patients had a drop of")."""
    m = _MEASURE_CHANGED.search(text, max(0, pos - 160), pos)
    if m is None:
        return None
    words = re.sub(r"(?i)^(?:the|their)\s+", "", m.group("o"))
    if re.search(rf"(?i)\b(?:{PEOPLE}|{PERSONS}|those|group|arm)\b", words) or \
            label_problem(words, outcome=True):
        return None
    at = m.end("o") - len(words)
    return words, at, m.end("o")


# A sentence that sizes what the sentence before stated: "The difference was ...", "The
# median within-child difference was ...", "That is an absolute reduction of ...", "In other
# words, ..."
_THE_DIFFERENCE = re.compile(
    r"(?i)\W*(?:(?:the|this|that|these|such)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:difference|gap|reduction|increase|decrease)s?\b|"
    r"(?:that|this)\s+(?:is|was|means|meant|represents|represented|corresponds\s+to|"
    r"amounts\s+to|equals|equalled|translates\s+(?:in)?to)\b|in\s+other\s+words\b)")


# A sentence that gives the ratio of the comparison the sentence before stated: "The
# adjusted odds ratio was 0.95 (95% CI ...)", "The hazard ratio for this was 0.81"
_THE_RATIO = re.compile(
    r"(?i)\W*(?:the|this|its|their)\s+(?:[\w-]+\s+){0,2}?(?:odds|hazard|risk|rate|"
    r"incidence\s+rate|subdistribution\s+hazard)\s+ratio\s+(?:was|is|of|for\s+th(?:is|at|e\s+"
    r"difference)\s+was)\b")


def _outcome_before(st: State, s: Sentence) -> str | None:
    """The outcome of the last figure of the study sentence just before ``s``."""
    starts = [x.start for x in st.study or []]
    i = bisect_left(starts, s.start) - 1
    if i < 0:
        return None
    prev = (st.study or [])[i]
    said = [f for f in st.found.facts if f.get("outcome") and f.get("role") != "background"
            and prev.start <= (f.get("source_span") or [-1])[0] < prev.end]
    return said[-1]["outcome"] if said else None


def _means_measure(st: State, s: Sentence, q: Quantity) -> tuple[str, int, int] | None:
    """The measure of the means said before a ratio in its sentence ("Median overall
    survival was 14.2 months with X and 10.1 months with placebo (HR 0.72)"), with its
    span in the sentence; None when there are none or the words are not found."""
    at = s.at(q.phrase[0])
    for f in reversed(st.found.facts):
        span = f.get("source_span") or [-1]
        if f["kind"] != "mean" or not s.start <= span[0] < at or f.get("measure") in (None, "age"):
            continue
        label = (st.found.measures.get(f["measure"]) or {}).get("label", {}).get(
            "en", {}).get("plain")
        m = re.search(rf"(?i)\b{re.escape(label)}\b", s.text) if label else None
        if m is not None:
            return m.group(0), m.start(), m.end()
    return None


def _measure_before(st: State, s: Sentence, reach: int = 3) -> str | None:
    """The measure of the last mean or median (not an age) of the few study sentences
    just before ``s``."""
    starts = [x.start for x in st.study or []]
    i = bisect_left(starts, s.start)
    for prev in reversed((st.study or [])[max(0, i - reach):i]):
        said = [f for f in st.found.facts if f["kind"] == "mean" and f.get("measure")
                and f.get("role") != "background" and f["measure"] != "age"
                and prev.start <= (f.get("source_span") or [-1])[0] < prev.end]
        if said:
            return said[-1]["measure"]
    return None


def _pair_before(st: State, s: Sentence) -> list[dict[str, Any]]:
    """The last two shares of one outcome and two groups in the study sentence just
    before ``s`` ([] when it holds no such pair)."""
    starts = [x.start for x in st.study or []]
    i = bisect_left(starts, s.start) - 1
    if i < 0:
        return []
    prev = (st.study or [])[i]
    shares = [f for f in st.found.facts if f["kind"] == "proportion" and f.get("outcome")
              and f.get("role") != "background"
              and prev.start <= (f.get("source_span") or [-1])[0] < prev.end]
    if len(shares) < 2 or shares[-2]["outcome"] != shares[-1]["outcome"]:
        return []
    return shares[-2:]


# "10.1 months with placebo": a mean said of an arm, not a length of follow-up
_ARM_AFTER_MEAN = re.compile(r"(?i)(?:\s*(?:months?|weeks?|days?|years?|hours?))?\s+(?:with|"
                             r"in\s+the|among|on|versus|vs\.?|compared|for\s+the)\b")
_PAIRED_BEFORE = re.compile(r"(?i)\b(?:versus|vs\.?|compared\s+with|against)\s+$")
_UNIT_FIRST = re.compile(r"(?i)(?:months?|weeks?|days?|years?|hours?|minutes?|points?|"
                         r"percentage\s+points?|mmHg|mm\s+Hg|kg|cm|mg|percent)\b")
_RESULTS_WORD = re.compile(r"(?i)(?:the\s+|these\s+|such\s+)?(?:results?|findings?|estimates?|same|"
                          r"similar)")
_EFFECT_ITSELF = re.compile(
    r"(?i)(?:the\s+)?(?:[\w-]+\s+)?(?:difference|change|reduction|increase|decrease|effect|"
    r"gap|association|benefit)s?|(?:an?\s+|the\s+)?(?:relative|absolute)(?:\s+(?:risk|rate|"
    r"odds|hazard)(?:\s+(?:reduction|difference|increase|decrease))?)?")


def _subject_group(st: State, s: Sentence, q: Quantity, named: list[tuple[int, int, str]],
                   group: str) -> str | None:
    """The group an effect is said of when the clause's subject names people
    (:mod:`.subject`): "tea drinkers had a 13% lower risk than non-drinkers (HR 0.87)" is
    about tea drinkers, not the whole study nor the non-drinkers. None (keep ``group``) when
    the clause has no such subject or the group read so far is named outside it, not as
    the comparison."""
    if re.search(r"(?i)\b(?:than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:\w+\s+){0,2}$",
                 s.text[reach_start(s.text, q.phrase[0]):q.phrase[0]]):
        return None  # "lost 3.9 kg, compared with 1.2 kg in ...": the comparison's figure
    subj = clause_subject(s.text, q.phrase[0]) or among_before(s.text, q.phrase[0])
    if subj is None:
        return None
    phrase, lo, hi = subj
    arm = next((gid for h_lo, h_hi, gid in named if lo <= h_lo and h_hi <= hi
                and st.found.groups[gid].kind in ("arm", "treated")), None)
    if arm and not re.search(rf"(?i)\b(?:{ANYNUM}|once|twice|times|more|fewer|less|least|"
                             r"most|daily|weekly)\b", phrase):
        return arm  # "those in the walking program": the arm the subject names (unless it
        # names how much of it: "men who used a sauna four to seven times a week")
    for h_lo, h_hi, gid in named:
        if gid == group and not (lo <= h_lo and h_hi <= hi) and not re.search(
                r"(?i)\b(?:than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:\w+\s+){0,2}$",
                s.text[max(0, h_lo - 40):h_lo]):
            return None
    if phrase[:1].isupper() and phrase[1:2].islower():
        phrase = phrase[0].lower() + phrase[1:]  # capitalised only to open the sentence
    return group_named(st, phrase, [s.at(lo), s.at(hi)])


def _group_and_versus(text: str, q: Quantity, named: list[tuple[int, int, str]],
                      arms: list[str]) -> tuple[str, str | None]:
    """The group a figure is about (named last before it, else first after it) and the
    one it is compared with (named after "than", "compared with", "versus")."""
    before = [h for h in named if h[1] <= q.phrase[0]]
    after = [h for h in named if h[0] >= q.phrase[1]]
    versus = None
    for h in after:
        if re.search(r"(?i)\b(?:than|compared\s+(?:with|to)|versus|vs\.?|relative\s+to)\b",
                     text[q.phrase[1]:h[0]]):
            versus = h[2]
            break
    group = before[-1][2] if before else next((h[2] for h in after if h[2] != versus), "all")
    if q.kind == "no-difference" and group == "all" and len(arms) == 2:
        return arms[0], arms[1]  # "no difference between the groups": the two arms
    if versus is None and group in arms and len(arms) == 2:
        versus = next(a for a in arms if a != group)
    if versus == group:
        versus = None
    return group, versus
