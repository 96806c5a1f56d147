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
from functools import lru_cache
from typing import Any, NamedTuple

from .attach import (
    _BASELINE,
    _THRESHOLD_NOTE,
    _TOLD,
    _describes_people,
    _sentence_of,
    _stems,
    is_age,
)
from .classify import methods_words
from .state import State
from .text import reach_start

# What states a finding, strongest first (a count, period or time point states none).
_MAIN_RANK = {"relative-change": 6, "ratio": 6, "comparison": 6, "difference": 5,
              "proportion": 4, "no-difference": 3, "mean": 3, "range": 3, "claim": 2}

_TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})

_PRIMARY = re.compile(  # (not "the other main outcomes")
    r"(?i)(?<!other\s)\b(?:primary|main|principal)\s+(?:outcome|end\s?-?point|measure|efficacy\s+"
    r"(?:outcome|end\s?-?point))s?\b")


def main_fact(st: State) -> str | None:
    """The id of the study's most important result (the best of :func:`ranked`); None
    when the release gives no result figure (a count of participants is never the main
    fact)."""
    ranked_ = ranked(st)
    return ranked_[0][1]["id"] if ranked_ else None


def ranked(st: State) -> list[tuple[float, dict[str, Any]]]:
    """The facts that may be the main one, best first, each with its score: a result
    (never background) figure, of a kind that states a finding (a change, ratio,
    difference or comparison before a proportion or mean), preferring one whose sentence
    shares words with the headline and stands early in the release."""
    title = set(_stems(st.found.title[0])) if st.found.title else set()
    said = title_figures(st.found.title[0]) if st.found.title else []
    starts = [s.start for s in st.all_sentences]
    out: list[tuple[float, int, dict[str, Any]]] = []
    facts = [f for f in st.found.facts if f.get("role") != "background"]
    ratio_in = {id(s_) for f in facts if f["kind"] == "ratio"
                for s_ in [_sentence_of(st, starts, f)] if s_ is not None}
    for fact in st.found.facts:
        told = fact["kind"] == "count" and _TOLD in str(
            getattr(st.found.groups.get(fact.get("group") or ""), "review", ""))
        if fact.get("role") == "background" or (fact["kind"] not in _MAIN_RANK and not told):
            continue  # a count, period or time point is no finding
        if fact["kind"] in ("mean", "range") and _describes_people(st, fact) and \
                not _found_in_cohort_sentence(st, fact):
            continue  # an age or an age range describes who took part
        if fact["kind"] == "range" and fact.get("unit") in _TIME_UNITS:
            continue  # "cure 10 to 14 days after treatment": when it was measured
        if fact["kind"] == "proportion" and _describes_cohort(_text_of(st, starts, fact)):
            continue  # "Their median age was 54 years and 72% were women": who took part
        if _quoted_at(st, fact):
            continue  # what someone said in a quotation is no stated finding
        if _THRESHOLD_NOTE in str(fact.get("review")):
            continue  # "37% reported a 50% reduction": the 50% only says who is counted
        if "not a figure" in str(fact.get("review")):
            continue  # a share said in words ("more than half"): the release gives no figure
        s = _sentence_of(st, starts, fact)
        said_s = _said(s.text) if s is not None else None
        if said_s is not None and fact["kind"] in ("no-difference", "comparison") and \
                said_s.baseline:
            continue  # groups alike at the start: a check of the groups, not a finding
        if s is not None and _threshold_by_people(st, s, fact):
            continue  # "31 (65 %) had their tumours shrink by at least 30 %": who is counted
        label = st.kinds.get(s.start, "other") if s is not None else "other"
        # "13 of the 22 patients had a response": a count of people told by what happened
        # to them is a finding, after any figure that states one
        score = float(_MAIN_RANK.get(fact["kind"], 2.5))
        if told and f" {fact.get('value')} of " in str(fact.get("review")):
            score = 3.5  # "13 of the 22 patients responded": a share said in counts
        if label == "methods" and (s is None or _methods_before(s, fact)):
            score -= 10  # who took part and how: a finding only when nothing else is
        if s is not None:
            stems = said_s.stems
            if (_CARRIED in str(fact.get("review")) or _REFERS_BACK.match(s.text)) and \
                    not _figure_before(st, s, fact):
                # "The between-group difference was -4.9": it sizes what the sentence
                # before named, so it shares that sentence's words with the headline
                before = _sentence_before(st, starts, s)
                stems = stems | (_said(before.text).stems if before is not None else stems)
            score += 1.5 * min(len(title & stems), 3)
            if s.start < len(st.text) * 0.25:
                score += 1
        if said_s is not None and said_s.primary:
            score += 8  # "..., the trial's primary outcome": the study's own main result
        elif s is not None and fact["kind"] in ("difference", "ratio") and \
                _verdict_on(st, starts, s):
            # "The risk difference was -1.4 points (...). Because the lower end ... lay within
            # the margin, the short course was non-inferior": the effect the trial's verdict
            # is drawn from is its main result
            score += 6
        if fact["kind"] in ("comparison", "no-difference") or fact.get("key"):
            score += 0.5
        if fact.get("group") not in (None, "all") or fact.get("versus"):
            score += 1  # a finding about one of the groups compared, not the whole cohort
        if s is not None:
            score += _weight_in_sentence(st, s, fact, facts, starts, id(s) in ratio_in)
        if fact["kind"] in ("ratio", "relative-change"):
            score += _dose_weight(st, fact)
        if said and _matches(fact, said):
            score += 3  # "A third of nurses report burnout": the share the headline gives
        if _comparator_only(st, fact):
            score -= 1  # the placebo arm's figure is what the finding is compared with
        start = (fact.get("source_span") or [len(st.text)])[0]
        out.append((score, -start, fact))
    _restated(st, starts, out)
    _shown_first(st, starts, out)
    _rounded(out)
    out.sort(key=lambda x: (x[0], x[1]), reverse=True)  # stable: the first fact on a tie
    return [(score, fact) for score, _, fact in out]


_NON_INFERIOR = re.compile(r"(?i)\b(?:non-?\s?inferior(?:ity)?|not\s+inferior|no\s+worse\s+"
                           r"than|equivalen(?:t|ce))\b(?!\s+margin)")


def _verdict_on(st: State, starts: list[int], s: Any) -> bool:
    """Whether the sentence of an effect, or the one right after it, draws the trial's
    verdict of non-inferiority or equivalence from it (not its margin in the methods)."""
    from bisect import bisect_right
    i = bisect_right(starts, s.start) - 1
    near = st.all_sentences[i:i + 2] if i >= 0 else []
    return any(_NON_INFERIOR.search(x.text) and not re.search(r"(?i)margin\s+(?:of|was)|"
                                                             r"would\s+be", x.text)
               for x in near)


# "The between-group difference was -4.9 mmHg": the gap between what the sentence before gave
_REFERS_BACK = re.compile(r"(?i)\W*(?:the|this|that)\s+(?:[\w-]+\s+)?(?:difference|gap)\b")
_CARRIED = "the sentence names no outcome: the one of the figure just before"


def _restated(st: State, starts: list[int], out: list[tuple[float, int, dict[str, Any]]]
              ) -> None:
    """A figure of the headline (or its repeat atop the body) gives way to the same figure
    stated in the body, which says of whom, of what and when (-2)."""
    if not st.found.title:
        return
    title = " ".join(st.found.title[0].split()).lower()

    def in_title(fact: dict[str, Any]) -> bool:
        s = _sentence_of(st, starts, fact)
        return s is not None and " ".join(s.text.split()).lower() == title

    heads = [i for i, (_, _, f) in enumerate(out) if in_title(f)]
    if not heads:
        return
    body: dict[str, list[float]] = {}
    for i, (_, _, f) in enumerate(out):
        if i not in heads and isinstance(f.get("value"), int | float):
            body.setdefault(f["kind"], []).append(abs(float(f["value"])))
    for i in heads:
        score, start, fact = out[i]
        value = fact.get("value")
        if not isinstance(value, int | float):
            continue
        if abs(value) in body.get(fact["kind"], []):
            out[i] = (score - 2, start, fact)
        elif _matches(fact, body.get(fact["kind"], [])):
            # "Flu vaccine halved the risk" atop "a vaccine effectiveness of 52%": the
            # headline rounds the body's figure, which is the one to state
            out[i] = (score - 3, start, fact)


def _shown_first(st: State, starts: list[int],
                 out: list[tuple[float, int, dict[str, Any]]]) -> None:
    """An effect the study could not show (:func:`_not_shown`), or a no-difference, gives
    way (-3) to an effect it did show, when it has one; in a trial that found no effect the
    null result stays the finding."""
    if not any(f["kind"] in _NULL_OF and not _not_shown(_text_of(st, starts, f), f)
               for _, _, f in out):
        return
    if _NON_INFERIOR_TRIAL.search(st.text):
        return  # a non-inferiority trial: its main result is a difference it showed is small
    for i, (score, start, fact) in enumerate(out):
        if fact["kind"] == "no-difference" or (
                fact["kind"] in _NULL_OF and _not_shown(_text_of(st, starts, fact), fact)):
            out[i] = (score - 3, start, fact)
        elif fact["kind"] in _NULL_OF and _interval(fact) is not None:
            out[i] = (score + 1, start, fact)  # the estimate with its interval: the study's
            # own measure of the effect, before the shares or the change it restates


# A sentence that tells who took part: their age, their sex
_COHORT_WORDS = re.compile(r"(?i)\b(?:were|was)\s+(?:women|men|female|male|girls|boys)\b|"
                           r"\b(?:average|mean|median)\s+age\b|\baged\s+(?:an\s+)?"
                           r"(?:average|mean|median)\b")


@lru_cache(maxsize=256)
def _describes_cohort(text: str) -> bool:
    """Whether a sentence describes the participants (a share in it is who they are)."""
    return bool(_COHORT_WORDS.search(text))


def _text_of(st: State, starts: list[int], fact: dict[str, Any]) -> str:
    s = _sentence_of(st, starts, fact)
    return s.text if s is not None else ""


def _rounded(out: list[tuple[float, int, dict[str, Any]]]) -> None:
    """A whole figure that rounds a more exact one of the same kind ("detected 83 percent
    of cancers" atop the release, "a sensitivity of 83.1 percent" in its results) is the
    same finding said loosely: the exact one takes its rank, the rounded one falls below."""
    for i, (score, start, fact) in enumerate(out):
        value = fact.get("value")
        if not isinstance(value, int | float) or value != int(value) or not value:
            continue
        exact = [j for j, (_, _, other) in enumerate(out) if other is not fact
                 and other["kind"] == fact["kind"] and isinstance(other.get("value"), int | float)
                 and other["value"] != int(other["value"])
                 and round(abs(other["value"])) == abs(value)]
        if len(exact) != 1:
            continue  # none, or several it could round: nothing to move
        j = exact[0]
        other_score, other_start, other = out[j]
        out[j] = (max(score, other_score), other_start, other)
        out[i] = (min(score, other_score) - 1, start, fact)


def _figure_before(st: State, s: Any, fact: dict[str, Any]) -> bool:
    """Whether a figure of the same outcome stands before ``fact`` in its sentence (then
    what it refers back to is that figure, in the same sentence)."""
    at = (fact.get("source_span") or [s.start])[0]
    return any(s.start <= (f.get("source_span") or [-1])[0] < at for f in st.found.facts
               if f is not fact and f.get("outcome") == fact.get("outcome"))


def _sentence_before(st: State, starts: list[int], s: Any) -> Any:
    """The sentence before ``s`` in the release (None for the first)."""
    i = bisect_right(starts, s.start) - 2
    return st.all_sentences[i] if i >= 0 else None


class _Said(NamedTuple):
    """What ranking asks of a figure's sentence, whichever of its figures it ranks."""

    stems: frozenset[str]
    primary: bool  # names the trial's primary outcome
    secondary: bool  # a further or secondary result (:data:`_SECONDARY`)
    baseline: bool  # speaks of the groups at the start


@lru_cache(maxsize=256)
def _said(text: str) -> _Said:
    """A sentence read once for ranking (a run-on text holds thousands of figures)."""
    return _Said(frozenset(_stems(text)), bool(_PRIMARY.search(text)),
                 bool(_SECONDARY.search(text)), bool(_BASELINE.search(text)))


def _quoted_at(st: State, fact: dict[str, Any]) -> bool:
    """Whether a fact's figure stands inside a quotation (a sentence that is mostly
    attribution is not labelled a quote, but its quoted figure is still someone's words)."""
    span = fact.get("source_span")
    if not span:
        return False
    i = bisect_right([q[0] for q in st.quote_spans], span[0]) - 1
    return i >= 0 and st.quote_spans[i][0] <= span[0] and span[1] <= st.quote_spans[i][1]


# A finding the release itself ranks below its main one: a secondary outcome, a further
# result ("also", "in addition"), a subgroup, side effects.
_SECONDARY = re.compile(
    r"(?i)\bsecondary\s+(?:outcome|end\s?-?point|measure|analys[ie]s|finding)s?\b|"
    r"\b(?:in\s+addition|additionally|moreover|furthermore)\b|"
    # "were also less likely", "also cut the risk" (not "were also found to have X": both)
    r"\balso\s+(?:(?:were|was|had|saw|showed|found|have|has)\s+)?(?:an?\s+|significantly\s+|"
    r"(?:about\s+|nearly\s+)?[\d.,]+\s*(?:%|percent|per\s+cent|times)\s+)?"
    r"(?:less|more|lower|higher|fewer|greater|smaller|better|worse|reduced|lowered|improved|"
    r"increased|decreased|cut|raised|that)\b|"
    r"\b(?:strongest|stronger|weaker|weakest|greatest|largest|smaller|larger|more\s+pronounced)"
    r"\s+(?:among|in|for)\b|\bsub-?groups?\b|"
    # "Among the different types of antibiotic, X showed the strongest association"
    # "Those who used the app on more than 40 days improved the most": a part of the arm
    r"\b(?:improved|benefit+ed|gained|responded|lost)\s+(?:the\s+)?most\b|"
    r"\bbenefit+ed\s+more\s+than\b|"
    r"\b(?:showed|had|found)\s+the\s+(?:strongest|weakest|largest|greatest|smallest)\s+"
    r"(?:association|link|effect|benefit|reduction|increase)s?\b|"
    r"\bamong\s+(?:the\s+)?(?:different|various|individual|specific)\s+(?:types|kinds|classes|"
    r"subtypes|forms)\b|"
    # "Among women, the risk was 21 percent lower": a part of the people, by who they are
    r"(?:^|[:•-]\s*)\W*among\s+(?:the\s+)?(?:women|men|boys|girls|older|younger|black|white|"
    r"hispanic|asian|smokers|non-?smokers|(?:those|people|participants|adults|children|"
    r"patients)\s+(?:aged|over|under|older|younger))\b|"
    r"\b(?:side\s+effects?|adverse\s+(?:events?|effects?|reactions?))\b|"
    # "The benefit was seen in both age groups", "across age groups": results by age band
    r"\b(?:both|each|all|the\s+two|different|across)\s+age\s+(?:groups|bands|categories)\b|"
    # a per-unit estimate beside the comparison of categories: "Each 10-point increase in ..."
    r"\b(?:each|every)\s+(?:additional\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:increase|rise|"
    r"higher|more|extra)\b")
# The difference between the arms, not each arm's change from its start.
_BETWEEN = re.compile(r"(?i)\bbetween[\s-](?:the\s+(?:two\s+)?)?groups?\b|"
                      r"\bdifference\s+(?:of|was|between|in)\b[^.;]{0,40}$")
_ROUNDED = frozenset({"about", "nearly", "more-than", "less-than", "up-to"})


def _weight_in_sentence(st: State, s: Any, fact: dict[str, Any], facts: list[dict[str, Any]],
                        starts: list[int], has_ratio: bool) -> float:
    """What the figure's own sentence and its neighbours say about its weight: a secondary
    result loses; a relative change whose sentence gives the ratio it restates gives way
    to that ratio (it holds the interval); a rounded figure ("about 9 points") gives way
    to the exact one it rounds; the difference between the arms comes first."""
    weight = 0.0
    span = fact.get("source_span") or [s.start, s.start]
    if _said(s.text).secondary or _age_band(st, s.text) or _part_opening(st, s.text):
        weight -= 2.5
    if fact["kind"] == "relative-change" and has_ratio:
        weight -= 0.5
    if fact["kind"] in ("difference", "relative-change") and \
            _BETWEEN.search(s.text[max(0, span[0] - s.start - 80):span[0] - s.start]):
        weight += 1
    value = fact.get("value")
    if fact.get("hedge") in _ROUNDED and isinstance(value, int | float) and value:
        for other in facts:
            v = other.get("value")
            if other is not fact and other["kind"] == fact["kind"] and not other.get("hedge") \
                    and isinstance(v, int | float) and abs(abs(v) - abs(value)) <= \
                    0.1 * max(abs(v), abs(value)):
                weight -= 1
                break
    return weight


# "In participants aged 75 and older, ...", "For those aged 2 to 5, ...": the sentence opens
# with an age band of the people
_AGE_OPENING = re.compile(
    r"(?i)^\W*(?:in|for|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:those|people|participants|"
    r"patients|adults|children|women|men|volunteers|recipients)\s+(?:aged|age)\s+"
    r"(?P<band>\d[\d\s,.]*(?:to|-|–|and|or)?\s*(?:\d+|older|over|above|younger|under|below)?)")


def _age_band(st: State, text: str) -> bool:
    """Whether a sentence opens with an age band that is not the whole cohort's ("In
    participants aged 75 and older" in a trial of adults aged 60 and older): a subgroup."""
    m = _AGE_OPENING.match(text)
    if m is None:
        return False
    everyone = st.found.groups.get("all")
    label = everyone.label if everyone is not None else ""
    band = " ".join(m.group("band").split())
    return band not in " ".join(str(label).split())


# "In patients with high CLDN18.2 expression, the hazard ratio was 0.62": the sentence
# opens with a part of the people, named by what they have
_PART_OPENING = re.compile(
    r"(?i)^\W*(?:in|among|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:those|people|participants|"
    r"patients|adults|children|women|men)\s+(?P<how>(?:with|without|who|whose)\s+[^,;:()]{3,80}?),")


def _part_opening(st: State, text: str) -> bool:
    """Whether a sentence opens with a part of the people (see above) that is not the whole
    cohort ("In patients with advanced gastric cancer, ..." in a trial of just those)."""
    m = _PART_OPENING.match(text)
    if m is None:
        return False
    everyone = st.found.groups.get("all")
    label = " ".join(str(everyone.label if everyone is not None else "").split()).lower()
    return " ".join(m.group("how").split()).lower() not in label


# "did not reduce", "no clear effect", "was not statistically significant": an effect the
# study could not show (read in the figure's clause, up to the next figure's sentence end)
_NOT_SHOWN = re.compile(
    r"(?i)\b(?:did\s+not|does\s+not|do\s+not|was\s+not|were\s+not|not\s+statistically|"
    r"no\s+(?:clear|significant|statistically|meaningful|evidence\s+of\s+an?)\s+(?:effect|"
    r"difference|change|association|link|benefit|reduction|increase)|no\s+(?:clear\s+)?"
    r"(?:effect|difference|association|link)\b|non-?significant|not\s+significant)")
_NON_INFERIOR = re.compile(r"(?i)\bnon-?inferior|\bequivalen|\bmargin\b")
# A trial that sets out to show a new treatment is no worse (said anywhere in the release)
_NON_INFERIOR_TRIAL = re.compile(r"(?i)\bnon-?inferiority\b|\bnoninferior|\bequivalence\s+"
                                 r"(?:trial|study|margin)\b")
_NULL_OF = {"ratio": 1.0, "relative-change": 0.0, "difference": 0.0}


def _not_shown(text: str, fact: dict[str, Any]) -> bool:
    """Whether an effect is one the study did not show: its interval holds the value of
    no effect (a ratio's 0.71 to 1.22 holds 1), or its sentence says so."""
    null = _NULL_OF.get(str(fact.get("kind")))
    if null is None or _NON_INFERIOR.search(text):
        return False  # a non-inferiority trial's main result is one that shows no difference
    ci = _interval(fact)
    if ci is not None:
        return ci[0] <= (1.0 if fact.get("unit") == "fold" else null) <= ci[1]
    return bool(_NOT_SHOWN.search(text))


def _interval(fact: dict[str, Any]) -> tuple[float, float] | None:
    ci = fact.get("ci")
    if isinstance(ci, list | tuple) and len(ci) == 2 and all(
            isinstance(x, int | float) for x in ci):
        return min(ci), max(ci)
    return None


_COMPARATOR = re.compile(r"(?i)\b(?:placebo|sham|control|usual[\s-]care|standard[\s-]care|"
                         r"comparison|untreated|no[\s-]treatment|wait(?:ing)?[\s-]?list)\b")


def _comparator_only(st: State, fact: dict[str, Any]) -> bool:
    """Whether a figure is only the comparison arm's (placebo, sham, usual care)."""
    group = st.found.groups.get(fact.get("group") or "")
    return group is not None and not fact.get("versus") and \
        bool(_COMPARATOR.search(group.label))


def _threshold_by_people(st: State, s: Any, fact: dict[str, Any]) -> bool:
    """A relative change of "at least" N after a figure of people in its clause ("31 (65
    percent) had their tumours shrink by at least 30 percent"): the N says which people
    are counted, the count or share is the finding."""
    if fact["kind"] != "relative-change" or fact.get("hedge") != "at-least":
        return False
    span = fact.get("source_span") or [s.start, s.start]
    head = s.text[reach_start(s.text, span[0] - s.start):span[0] - s.start]
    clause = re.split(r"[,;:]\s", head)[-1]
    return bool(re.search(r"\d", clause))


_FOUND_THAT = re.compile(r"(?i)\b(?:found|showed|shows|finds|revealed|reported|suggests?)\s+"
                         r"that\b")


def _found_in_cohort_sentence(st: State, fact: dict[str, Any]) -> bool:
    """A mean the sentence that introduces the participants states as its finding ("The
    survey of 3,108 caregivers found that they spent an average of ..."), not an age."""
    span = fact.get("source_span")
    if fact["kind"] != "mean" or not span or not st.cohort:
        return False
    s = st.cohort[0]
    if not s.start <= span[0] < s.end:
        return False
    if re.search(r"(?i)\bage", str(fact.get("measure") or "")) or \
            is_age(st.text, span[0], span[1]):
        return False
    return bool(_FOUND_THAT.search(st.text, s.start, span[0]))


def _methods_before(s: Any, fact: dict[str, Any]) -> bool:
    """Whether a methods sentence tells how the study was done before the figure: "X did
    not reduce Y, according to a randomised trial of 212 infants" opens with its finding
    (a lead), "The trial enrolled 212 infants, 30 percent of them boys" does not."""
    span = fact.get("source_span") or [s.start, s.start]
    pos = max(0, span[0] - s.start)
    return bool(methods_words(s.text[reach_start(s.text, pos):pos]))


# Figures a headline gives: "A third of nurses ...", "one in four", "Half of ...", "30%",
# "twice as likely", "triples the risk".
_SHARES = {"half": 50.0, "a third": 100 / 3, "one third": 100 / 3, "a quarter": 25.0,
           "one quarter": 25.0, "two thirds": 200 / 3, "two-thirds": 200 / 3,
           "three quarters": 75.0, "three-quarters": 75.0, "a fifth": 20.0, "one fifth": 20.0}
_FOLDS = {"twice": 2.0, "double": 2.0, "doubles": 2.0, "doubled": 2.0, "triple": 3.0,
          "triples": 3.0, "tripled": 3.0, "three times": 3.0, "four times": 4.0,
          "halves": 50.0, "halved": 50.0}
_IN = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
       "eight": 8, "nine": 9, "ten": 10}


def title_figures(title: str) -> list[float]:
    """The figures a headline states, as numbers a fact's value can be held against."""
    t = title.lower()
    out = [float(m.group(1)) for m in re.finditer(
        r"(\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent|-fold|\s*times)", t)]
    for word, value in (*_SHARES.items(), *_FOLDS.items()):
        if re.search(rf"\b{word}\b", t):
            out.append(value)
    for m in re.finditer(r"\b(one|two|three|\d+)\s+in\s+(two|three|four|five|six|seven|eight|"
                         r"nine|ten|\d+)\b", t):
        a = _IN.get(m.group(1)) or float(m.group(1))
        b = _IN.get(m.group(2)) or float(m.group(2))
        if b:
            out.append(100 * a / b)
    return out


def _matches(fact: dict[str, Any], said: list[float]) -> bool:
    """Whether a fact's value is a figure the headline gives (rounded as headlines do)."""
    value = fact.get("value")
    if not isinstance(value, int | float) or isinstance(value, bool):
        return False
    v = abs(float(value))
    return any(abs(v - t) <= max(3.0, 0.1 * t) if t > 5 else abs(v - t) < 0.05 for t in said)


# Categories of an exposure: the reviewer's main comparison is the extreme one against the
# reference ("the highest quartile", "three or more courses", "at least 7,000 steps"),
# not a middle one ("the second-highest quartile", "one or two courses").
_EXTREME = re.compile(r"(?i)(?<!second[- ])(?<!third[- ])\b(?:highest|top|most|largest|greatest|"
                      r"or\s+more|at\s+least|\d+\s*\+)\b")
_MIDDLE = re.compile(r"(?i)\b(?:second|third|middle|moderate|intermediate|one\s+or\s+two|"
                     r"between\s+[\d,]+\s+and\s+[\d,]+|\d+\s+(?:to|-|–)\s+\d+)\b")


def _dose_weight(st: State, fact: dict[str, Any]) -> float:
    """+1 for an exposure's extreme category, -1 for a middle one (see above)."""
    group = st.found.groups.get(fact.get("group") or "")
    label = group.label if group is not None else ""
    if _MIDDLE.search(label):
        return -1.0
    return 1.0 if _EXTREME.search(label) else 0.0
