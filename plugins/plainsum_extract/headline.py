"""The last stage: which figure is the study's main result (``study.main_fact``).

The main fact is what every output headlines, so a wrong choice is the worst error a
draft can make. A reviewer's main finding is the primary outcome's comparison: said in
the lead or the first results paragraph, as a ratio, a relative change or a difference
between the groups. It is never a background figure (how common a condition is, an
earlier study), a count of who took part, an age, a figure in a quotation, a threshold
that says who is counted, or a check that the groups were alike at the start; and a
secondary outcome, a subgroup or a side effect gives way to the primary result.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from .attach import _BASELINE, _THRESHOLD_NOTE, _TOLD, _describes_people, _sentence_of, _stems
from .state import State

# What states a finding, strongest first (a count, period or time point states none).
_MAIN_RANK = {"relative-change": 6, "ratio": 6, "comparison": 6, "difference": 5,
              "proportion": 4, "no-difference": 3, "mean": 3, "range": 3, "claim": 2}

_PRIMARY = re.compile(
    r"(?i)\b(?:primary|main|principal)\s+(?:outcome|end\s?-?point|measure|efficacy\s+"
    r"(?:outcome|end\s?-?point))s?\b")


def main_fact(st: State) -> str | None:
    """The id of the study's most important result: a result (never background) figure,
    of a kind that states a finding (a change, ratio, difference or comparison before a
    proportion or mean), preferring one whose sentence
    shares words with the headline and stands early in the release; None when the
    release gives no result figure (a count of participants is never the main fact)."""
    title = set(_stems(st.found.title[0])) if st.found.title else set()
    starts = [s.start for s in st.all_sentences]
    best: tuple[float, int, str] | None = None
    for fact in st.found.facts:
        told = fact["kind"] == "count" and _TOLD in str(
            getattr(st.found.groups.get(fact.get("group") or ""), "review", ""))
        if fact.get("role") == "background" or (fact["kind"] not in _MAIN_RANK and not told):
            continue  # a count, period or time point is no finding
        if fact["kind"] in ("mean", "range") and _describes_people(st, fact):
            continue  # an age or an age range describes who took part
        if _quoted_at(st, fact):
            continue  # what someone said in a quotation is no stated finding
        if _THRESHOLD_NOTE in str(fact.get("review")):
            continue  # "37% reported a 50% reduction": the 50% only says who is counted
        if "not a figure" in str(fact.get("review")):
            continue  # a share said in words ("more than half"): the release gives no figure
        s = _sentence_of(st, starts, fact)
        if s is not None and fact["kind"] in ("no-difference", "comparison") and \
                _BASELINE.search(s.text):
            continue  # groups alike at the start: a check of the groups, not a finding
        label = st.kinds.get(s.start, "other") if s is not None else "other"
        # "13 of the 22 patients had a response": a count of people told by what happened
        # to them is a finding, after any figure that states one
        score = float(_MAIN_RANK.get(fact["kind"], 2.5))
        if told and f" {fact.get('value')} of " in str(fact.get("review")):
            score = 3.5  # "13 of the 22 patients responded": a share said in counts
        if label == "methods":
            score -= 10  # who took part and how: a finding only when nothing else is
        if s is not None:
            score += 1.5 * min(len(title & set(_stems(s.text))), 3)
            if s.start < len(st.text) * 0.25:
                score += 1
        if s is not None and _PRIMARY.search(s.text):
            score += 8  # "..., the trial's primary outcome": the study's own main result
        if fact["kind"] in ("comparison", "no-difference") or fact.get("key"):
            score += 0.5
        if fact.get("group") not in (None, "all") or fact.get("versus"):
            score += 1  # a finding about one of the groups compared, not the whole cohort
        start = (fact.get("source_span") or [len(st.text)])[0]
        key = (score, -start, fact["id"])
        if best is None or key[:2] > best[:2]:
            best = key
    return best[2] if best is not None else None


def _quoted_at(st: State, fact: dict[str, Any]) -> bool:
    """Whether a fact's figure stands inside a quotation (a sentence that is mostly
    attribution is not labelled a quote, but its quoted figure is still someone's words)."""
    span = fact.get("source_span")
    if not span:
        return False
    i = bisect_right([q[0] for q in st.quote_spans], span[0]) - 1
    return i >= 0 and st.quote_spans[i][0] <= span[0] and span[1] <= st.quote_spans[i][1]
