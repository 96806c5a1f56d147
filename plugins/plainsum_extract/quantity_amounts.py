"""How English states an amount: means and medians, counts of people or things, and the
times a study ran or measured at (stage 3, read by :mod:`.quantities`; patterns only, no
state). The kinds a wording fixes (changes, ratios, ranges, differences) are in
:mod:`.quantity_forms`, whose number, hedge and phrase helpers this module shares.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .quantity_forms import (
    COUNTED,
    HEDGE_AT_END,
    HEDGES,
    SIGNED,
    UNIT,
    VERB_HIGHER,
    VERB_LOWER,
    WORDNUM,
    claimed,
    hedge_of,
    looks_like_years,
    outcome_words,
    read_number,
    subject_words,
    unit_name,
    words_after,
)
from .text import NUM, number, reach_start

# -- means and medians --------------------------------------------------------------------

@dataclass
class Mean:
    """A mean or median read from a sentence."""

    value: float | int
    start: int
    end: int
    statistic: str = "mean"  # mean | median
    measure: str | None = None
    measure_span: tuple[int, int] = (0, 0)
    unit: str | None = None
    spread: dict[str, Any] | None = None
    baseline: float | int | None = None
    hedge: str | None = None
    said: str = "mean"  # the word the release uses: average, mean, median


_STAT = r"(?P<stat>average|mean|median)"
_MEASURE = r"(?P<measure>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
_MEAN_UNIT = rf"(?:\s*(?P<unit>{UNIT}|%|percent\b))?"
# "... from the start of the study to week 8": the time a measure is taken at, in its phrase
_AT_TIME = (r"\b(?:weeks?|months?|days?|years?|visit|hours?)\s+\d{1,3}\b|"
            r"\b\d{1,3}\s+(?:weeks?|months?|days?|years?|hours?)\b")
_MEAN_VERB = re.compile(
    rf"(?i)\b{_STAT}\s+{_MEASURE}?"
    # "the mean change from the start was -16.9 points": since when it changed
    rf"(?:\s+from\s+(?:the\s+)?(?:start|baseline|beginning)(?:\s+of\s+(?:the\s+)?(?:study|trial|"
    rf"treatment))?)?"
    rf"(?P<of>\s+(?:of|for|in|on)\s+(?:[^,;.()\d]|{_AT_TIME}){{1,80}}?)?"
    rf"\s*"
    rf"(?:was|were|is|are|of|,|:|=|reached|stood\s+at)\s*"
    rf"(?P<h>(?:{'|'.join(p for _, p in HEDGES)})\s+)?[$£€]?(?P<n>{SIGNED})(?![\d%]|\.\d)"
    rf"{_MEAN_UNIT}")
_MEAN_BARE = re.compile(  # "mean age 58.3", "median follow-up 4 years"
    rf"(?i)\b{_STAT}\s+(?P<measure>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?P<h>)"
    rf"(?P<n>{SIGNED})(?![\d%]|\.\d){_MEAN_UNIT}")
_MEAN_OF = re.compile(  # "an average of 7.7 days", "a median of 14 days", "on average, 2.5"
    rf"(?i)\b(?:(?:an?\s+|the\s+)?{_STAT}\s+(?:of\s+)?|on\s+(?P<stat2>average),?\s+)"
    rf"(?P<h>(?:{'|'.join(p for _, p in HEDGES)})\s+)?"
    # "an average of five years", "an average of two seafood meals": a number in words too
    rf"(?P<n>{SIGNED}|{WORDNUM}(?=\s+[a-z]))(?![\d%]|\.\d){_MEAN_UNIT}")
_MEAN_AVERAGED = re.compile(
    rf"(?i)\b(?P<stat>averag)(?:ed|ing)\s+(?P<h>(?:{'|'.join(p for _, p in HEDGES)})\s+)?"
    rf"(?P<n>{SIGNED})(?![\d%]|\.\d){_MEAN_UNIT}")
_MEAN_PAREN = re.compile(  # "(average 11.7 years)", "(median, 4 years)", "(median three months)"
    rf"(?i)\(\s*{_STAT}\s*[,:=]?\s*(?P<h>)(?P<n>{SIGNED}|{WORDNUM}(?=\s+(?:{UNIT})))(?![\d%]|\.\d)"
    rf"{_MEAN_UNIT}\s*\)")
_CHANGE_FROM_TO = re.compile(  # "the score improved from 24 to 59": a before and an after
    # "fell by 11.4 hours, from 37.2 hours before they became ill to 25.8 hours": the
    # change's size said first, and the before's own words after its unit
    rf"(?i)\b(?P<stat>{VERB_LOWER}|{VERB_HIGHER}|went|changed)\b\W+(?:\w+\W+){{0,3}}?"
    rf"(?:by\s+{SIGNED}\s*(?:{UNIT})\s*,\s*)?"
    rf"from\s+(?P<a>{SIGNED})(?:\s*(?:{UNIT})(?:\s+(?!to\b)[a-z][\w'’-]*){{0,6}}?)?\s+to\s+"
    rf"(?P<h>)(?P<n>{SIGNED})(?![\d%]|\.\d)"
    rf"(?!\s*(?:%|percent|per\s+cent)){_MEAN_UNIT}")
_PAREN_FROM_TO = re.compile(  # "rose (from 8.7 to 10.6)", "but not in the others (from 8.5 to 8)"
    rf"(?i)\(\s*(?P<stat>)from\s+(?P<a>{SIGNED})\s+to\s+(?P<h>)(?P<n>{SIGNED})(?![\d%]|\.\d)"
    rf"(?!\s*(?:%|percent|per\s+cent)){_MEAN_UNIT}")
_MEAN_VERSUS = re.compile(  # the comparison group's figure of a mean said right after it
    rf"(?i)[^.;()]{{0,80}}?,?\s+(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?P<n>{SIGNED})"
    rf"(?![\d%]|\.\d)(?:\s*(?P<unit>{UNIT}))?(?!\s*(?:%|percent|per\s+cent))")
_MEAN_PARALLEL = re.compile(  # "12.3 among those with the gene and 8.1 among those without"
    rf"(?i)\s+(?:among|in|for|with)\s+[^.;()\d]{{2,80}}?,?\s+(?:and|while|whereas|but)\s+"
    rf"(?:(?:it|this)\s+was\s+|was\s+)?(?P<n>{SIGNED})(?![\d%]|\.\d)(?:\s*(?P<unit>{UNIT})|"
    rf"\s*(?:[^\s\d(),;.]*[/µ³²][^\s(),;.]*|pp[bmt]|bpm)(?=[\s(]))?"  # "µg/m³", "ppb"
    # "41 days (IQR 33-49) with X and 35 (IQR 26-44) with Y": each with its spread
    rf"(?P<sp>\s*\(\s*(?:IQR|interquartile\s+range|range|SD)\b[^()]{{1,40}}\))?"
    rf"(?=\s+(?:among|in|for|with)\s)")
_BASELINE = re.compile(
    rf"(?i)\bfrom\s+(?:an?\s+|the\s+)?{_STAT}\s+of\s+(?P<a>{SIGNED})\s*(?P<ua>{UNIT}|%|"
    rf"percent)?(?P<mid>(?:\s+[a-z][\w-]*){{0,4}}?)\s+to\s+"
    rf"(?P<h>(?:{'|'.join(p for _, p in HEDGES)})\s+)?(?P<n>{SIGNED})(?![\d%]|\.\d){_MEAN_UNIT}")
_PER_TIME = re.compile(r"(?i)\s+(?:a|an|per|each|every)\s+(?:day|night|week|month|year)\b")
_FROM_TO_AGAIN = re.compile(
    rf"(?i)(?:\s+(?:a|an|per|each|every)\s+(?:day|night|week|month|year))?\s+(?:with|in|among|"
    rf"for|on)\s+[^,;.()\d]{{2,60}}?,?\s+and\s+from\s+(?P<a>{SIGNED})\s+to\s+(?P<n>{SIGNED})"
    rf"(?![\d%]|\.\d)(?=\s+(?:a|an|per|each|every|with|in|among|for|on)\b)")
SPREAD = re.compile(
    rf"(?i)\s*(?:\(\s*|,\s*|;\s*)?(?:(?:(?P<sdw>SD|s\.d\.|standard\s+deviation)\s*[,:=]?\s*|±\s*|"
    rf"\+/-\s*)(?P<sd>{NUM})|(?P<rw>range|IQR|interquartile\s+range)\s*(?:\[IQR\]\s*)?[,:=]?\s*"
    rf"(?:of\s+|from\s+)?"
    rf"(?P<lo>{SIGNED})\s*(?:-|–|—|to)\s*(?P<hi>{SIGNED}))")
_FOLLOWED_FOR = re.compile(
    r"(?i)\b(?:followed|tracked|monitored|observed)(?:\s+up)?\b(?:[^.;]|\.\d){0,120}?\bfor\s+"
    r"(?:an?\s+|the\s+)?(?:average|mean|median)\b")
_PEOPLE_AFTER = re.compile(
    r"(?i)\s+(?:[\w'’-]+\s+){0,2}?(?:people|persons|patients|participants|adults|women|men|"
    r"children|kids|infants|babies|teens|teenagers|adolescents|individuals|residents|workers|"
    r"students|smokers|users|deaths|cases|visits|admissions)\b")
_NOT_MEASURE = {"of", "the", "was", "were", "is", "a", "an", "and", "age,", "in"}


# "a median of 41 symptom-free days (IQR 33-49)", "6.1 µg/m³ (IQR 4.2-8.9)": a few words
# (the measure, a unit the reader does not know) between the figure and its spread
_WORDS_TO_PAREN = re.compile(r"(?:\s*[^\s\d(),;.:]+){1,4}?(?=\s*\()")


def _spread_past_words(text: str, end: int) -> re.Match[str] | None:
    """A spread in parentheses a few words after a mean (see above); only a named
    interquartile range, range or SD, never a bare pair of numbers."""
    words = _WORDS_TO_PAREN.match(text, end)
    if words is None or re.search(r"(?i)\b(?:and|or|vs|versus|than|with|in|among|for)\b",
                                  words.group()):
        return None  # the words run on to another group's or figure's parenthesis
    sp = SPREAD.match(text, words.end())
    return sp if sp and text[words.end():sp.start() + 3].lstrip().startswith("(") else None


def means(text: str) -> list[Mean]:
    """The means and medians of a sentence, in order, none overlapping another."""
    out: list[Mean] = []

    def overlaps(a: int, b: int) -> bool:
        return any(a < m.end and m.start < b for m in out)

    for m in _BASELINE.finditer(text):
        mean = _mean(text, m, None)
        if mean is not None:
            mean.baseline = read_number(m.group("a"))
            mean.start = m.start()
            words = outcome_words(m.group("mid")) if m.group("mid").strip() else None
            if words:
                at = text.find(words, m.start("mid"))
                mean.measure, mean.measure_span = words.lower(), (at, at + len(words))
            elif _PER_TIME.match(text, m.end()):
                # "Nights with disturbed sleep fell from an average of 4.6 to 2.1 a week":
                # how often, so what is counted is the clause's subject, not "a week ..."
                subject = subject_words(text, m.start())
                if subject:
                    mean.measure = subject[0].lower()
                    mean.measure_span = (subject[1], subject[2])
            out.append(mean)
            again = _FROM_TO_AGAIN.match(text, m.end())
            a2 = read_number(again.group("a")) if again else None
            n2 = read_number(again.group("n")) if again else None
            if a2 is not None and n2 is not None and \
                    not looks_like_years(again.group("a"), again.group("n")):
                # "... with X and from 4.5 to 3.8 with placebo": the other group's change
                out.append(Mean(n2, again.start("a") - len("from "), again.end("n"),
                                mean.statistic, mean.measure, mean.measure_span, mean.unit,
                                baseline=a2, said=mean.said))
    changes = list(_CHANGE_FROM_TO.finditer(text))
    if re.search(rf"(?i)\b(?:{VERB_LOWER}|{VERB_HIGHER}|changed)\b", text):
        changes += [m for m in _PAREN_FROM_TO.finditer(text)
                    if not any(c.start() <= m.start() < c.end() for c in changes)]
    for m in changes:
        if overlaps(m.start(), m.end()) or looks_like_years(m.group("a"), m.group("n")):
            continue
        mean = _mean(text, m, None)
        if mean is not None:
            mean.statistic = "mean"
            mean.baseline = read_number(m.group("a"))
            mean.start = m.start("a") - len("from ")
            subject = subject_words(text, m.start())
            if subject:
                mean.measure, mean.measure_span = subject[0].lower(), (subject[1], subject[2])
                stat = re.match(r"(median|mean|average)\s+(?=\w)", mean.measure)
                if stat:  # "median fasting glucose fell from 168 to 141": a median's change
                    mean.statistic = "median" if stat.group(1) == "median" else "mean"
                    mean.measure = mean.measure[stat.end():]
                    mean.measure_span = (mean.measure_span[0] + stat.end(), mean.measure_span[1])
            out.append(mean)
    for pattern in (_MEAN_VERB, _MEAN_BARE, _MEAN_OF, _MEAN_AVERAGED, _MEAN_PAREN):
        for m in pattern.finditer(text):
            if overlaps(m.start(), m.end()):
                continue
            measure = None
            if "measure" in m.groupdict() and m.group("measure"):
                measure = m.group("measure").strip().lower()
                if measure in _NOT_MEASURE or measure.split()[0] in {"of", "the", "was"}:
                    continue
            if pattern is _MEAN_OF and m.group("stat2") and _PEOPLE_AFTER.match(text, m.end()):
                continue  # "on average, 3,300 children are admitted each year": a count
            mean = _mean(text, m, measure)
            if mean is not None:
                if mean.measure == "change":
                    _changed_what(text, mean)
                out.append(mean)
    out.sort(key=lambda x: x.start)
    for mean in list(out):  # "median survival was 41 days ..., compared with 27 days in ..."
        # (a pattern's match(text, pos) gives offsets in the whole text, not from pos)
        other = _MEAN_VERSUS.match(text, mean.end) or _MEAN_PARALLEL.match(text, mean.end)
        if other is None or overlaps(other.start("n"), other.end()):
            continue
        value = read_number(other.group("n"))
        unit = unit_name(other.group("unit"))
        if value is None or (unit or mean.unit) != mean.unit:
            continue
        second = Mean(value, other.start("n"), other.end(), mean.statistic, mean.measure,
                      mean.measure_span, mean.unit, said=mean.said)
        sp = SPREAD.match(text, other.start("sp")) if other.groupdict().get("sp") else \
            SPREAD.match(text, other.end()) or _spread_past_words(text, other.end())
        if sp and sp.group("lo") and sp.group("hi"):
            lo, hi = read_number(sp.group("lo")), read_number(sp.group("hi"))
            name = "range" if sp.group("rw").lower() == "range" else "iqr"
            if lo is not None and hi is not None and lo <= hi and (
                    name == "iqr" or lo <= value <= hi):
                second.spread = {name: [lo, hi]}
        out.append(second)
    out.sort(key=lambda x: x.start)
    for mean in out:  # "followed 915 people ... for an average of five years": follow-up
        if not mean.measure and _FOLLOWED_FOR.search(text, max(0, mean.start - 160),
                                                     mean.end):
            mean.measure = "follow-up time"
            mean.measure_span = (mean.start, mean.end)
    for i, mean in enumerate(out):  # "... but not in the control group (from 8.5 to 8)"
        if i and not (mean.measure and re.search(r"[a-z][a-z0-9]{3}", mean.measure)
                      and mean.measure.split()[0] not in {"not", "less", "more", "per"}):
            mean.measure, mean.measure_span = out[i - 1].measure, out[i - 1].measure_span
    return out


def _changed_what(text: str, mean: Mean) -> None:
    """A mean change names what changed: the list line's label ("- Itch: the mean change
    was -3.1 points with X") or the clause's subject ("systolic pressure showed a mean
    change of -6.8 mmHg")."""
    from .exposure import line_label

    said = line_label(text[:mean.start]) or subject_words(text, mean.start)
    if said is None:
        return
    what = said[0] if said[0][:2].isupper() else said[0][:1].lower() + said[0][1:]
    mean.measure, mean.measure_span = f"change in {what}", (said[1], said[2])


def _mean(text: str, m: re.Match[str], measure: str | None) -> Mean | None:
    value = read_number(m.group("n"))
    if value is None or looks_like_years(m.group("n"), m.group("n")):
        return None
    stat = "median" if (m.group("stat") or "").lower() == "median" else "mean"
    unit = unit_name(m.group("unit"))
    end = m.end()
    word = (m.group("stat") or m.groupdict().get("stat2") or "mean").lower()
    said = word if word in ("average", "mean", "median") else "average" \
        if word.startswith("averag") else "mean"
    mean = Mean(value, m.start(), end, stat, unit=unit, said=said)
    mean.hedge = hedge_of(m.group("h") or "") if m.group("h") else None
    if measure:
        mean.measure = measure
        mean.measure_span = (m.start("measure"), m.start("measure") + len(measure))
        of = m.groupdict().get("of")
        if of:  # "in systolic blood pressure from the start to week 8": what, then when
            of = re.split(r"(?i)\s+(?:from|at|after|over|between|by|during)\s", of)[0]
        if of and len(of.split()) <= 6 and not re.match(
                rf"(?i)\s*\w+\s+(?:the\s+|all\s+)?(?:{COUNTED}|them|those)\b", of):
            mean.measure = f"{measure} {' '.join(of.split())}".lower()
            mean.measure_span = (m.start("measure"), m.start("of") + len(of))
    else:
        after = words_after(text, end)
        before = subject_words(text, m.start())
        found = after if after and after[1] - end < 5 else before
        if found:
            mean.measure, mean.measure_span = found[0].lower(), (found[1], found[2])
    if mean.unit in ("day", "week", "month", "year", "hour") and (not mean.measure or re.match(
            r"(?:without|free\s+of|before|until)\b", mean.measure)):
        # "went longer (median 8.2 months) without a relapse": the time until it happened
        w = re.match(r"(?i)\s*\)?\s*(?P<w>(?:without|free\s+of|before|until|to)\s+"
                     r"(?:[\w'’-]+\s*){1,5}?)"
                     r"(?=\s*(?:[,.;(]|$|\bthan\b|\bcompared\b|\bversus\b|\bvs\b))",
                     text[end:])
        if w:
            words = " ".join(w.group("w").split())
            mean.measure = f"time {words}".lower()
            mean.measure_span = (end + w.start("w"), end + w.start("w") + len(w.group("w")))
    if re.match(r"(?i)\s*(?:years?[\s-]+old|years?\s+of\s+age)\b",
                text[m.end("n"):m.end("n") + 20]):
        mean.measure, mean.unit = "age", "year"  # "an average of 67.2 years old"
        at = m.end("n") + 1
        mean.measure_span = (at, at + len(text[at:].split()[0]) if text[at:].split() else at)
    if mean.measure == "age" and not mean.unit:
        mean.unit = "year"
    sp = SPREAD.match(text, end) or _spread_past_words(text, end)
    if sp:
        if sp.group("sd"):
            sd = read_number(sp.group("sd"))
            if sd is not None and sd >= 0:
                mean.spread = {"sd": sd}
        else:
            lo, hi = read_number(sp.group("lo")), read_number(sp.group("hi"))
            name = "range" if sp.group("rw").lower() == "range" else "iqr"
            if lo is not None and hi is not None and lo <= hi and (
                    (name == "iqr" and stat == "mean") or lo <= value <= hi):
                mean.spread = {name: [lo, hi]}
        if mean.spread:
            mean.end = sp.end() + (1 if text[sp.end():sp.end() + 1] == ")" else 0)
    return mean


# -- counts -------------------------------------------------------------------------------

_TAIL_END = (r"\bthan\b|\bcompared\b|\bwith\b|\bversus\b|\bvs\b|\bwere\b|\bwas\b|"
             r"\bhad\b|\bhave\b|\bare\b|\bis\b|\bdid\b|\breceived\b|\btook\b|"
             r"\bshowed\b|\bdeveloped\b|\bdied\b|\bwho\b|$")
_DURATION_WORDS = (r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|"
                   r"centuries)")
_COUNT = re.compile(  # not "type 2 diabetic patients", "stage 3 patients", "phase 2 trial"
    rf"(?i)(?<![\w.,$£€%/-])(?<!type\s)(?<!stage\s)(?<!grade\s)(?<!phase\s)(?<!class\s)"
    rf"(?<!level\s)(?P<n>{NUM}|{WORDNUM}(?=\s+(?:(?:of|out\s+of)\s+(?:the\s+)?"
    rf"{NUM}\s+)?(?:[a-z-]+\s+)?(?!studies|trials)(?:{COUNTED})\b))"
    rf"(?:\s+(?:of|out\s+of)\s+(?:the\s+)?(?P<of>{NUM}))?(?:\s+(?P<mult>million|billion)\b)?"
    rf"(?!\s*(?:%|percent|per\s+cent|-|–|to\s+\d|\.\d|times|fold|million|billion|thousand))"
    # a duration is no count of people ("before 37 weeks than women given placebo"), and a
    # comparison's "than" ends what was counted
    rf"(?!\s+(?-i:{_DURATION_WORDS})\b)"
    rf"\s+(?P<np>(?:(?!(?:than|versus|vs)\b)[\w'’-]+\s+){{0,3}}?(?:{COUNTED})\b"
    rf"(?:\s+and\s+(?:{COUNTED})\b)?"
    # the people's own clause: "with X", or "who" with its verb ("120 women who did not
    # have osteoporosis": the main verb that ends it comes after the clause's own verb)
    # an age band is said whole: "adults aged 45 to 75", "women aged 50 and older"
    rf"(?:\s+aged\s+\d{{1,3}}(?:\s*(?:-|–|to|and)\s*\d{{1,3}}|\s+(?:and|or)\s+(?:older|over|"
    rf"above|up|younger|under))?(?=\s*[,.;:()]|\s+(?:who|with|were|was|had|in|from|at|"
    rf"across)\b)|"
    rf"\s+(?:(?:with(?!\s+(?:their\s+own|them|it|each\s+other)\b)|taking|receiving|given|"
    rf"treated\s+with|on|aged|(?:diagnosed|treated|admitted|hospitali[sz]ed|infected|"
    rf"prescribed|vaccinated|exposed|born)\s+(?:with|for|to|in|at)|"
    # "1,921 children living in the most deprived areas": where the people are
    rf"(?:living|residing|working|attending|enrolled)\s+(?:in|at|on))\s+[^,.;:()]{{1,50}}?|"
    rf"who\s+(?:did\s+not\s+|do\s+not\s+|had\s+not\s+|were\s+not\s+)?[\w'’-]+"
    rf"(?:\s+[^,.;:()]{{1,80}}?)?)(?=\s*(?:[,.;:()]|\band\s+\d|\bto\s|\bbetween\b|\bduring\b|"
    rf"\bwithin\b|\bsince\b|{_TAIL_END})))?)"
    rf"|(?<![\w.,$£€%/-])(?P<n2>{NUM})\s+(?P<np2>(?:who|with|that\s+(?:were|had))\s+"
    rf"[^,.;:()]{{3,50}}?)"
    rf"(?=\s*(?:[,.;:()]|\band\b|\bto\b|{_TAIL_END}))")


_OF_THEN = re.compile(
    rf"(?i)\bOf\s+(?:the\s+|all\s+|these\s+)?(?:[a-z]+\s+){{0,2}}?(?P<of>{NUM})\s+"
    rf"(?P<np>[^,;.]{{3,90}}?),\s+"
    rf"(?P<h>(?:{'|'.join(p for _, p in HEDGES)})\s+)?(?P<n>{NUM})\s+(?:of\s+(?:them|those)\s+)?"
    rf"(?:\([^()]{{1,80}}\)\s+)?"
    rf"(?=(?:developed|had|died|were|was|experienced|reported|got|needed|required|showed|"
    rf"suffered|became|remained|stopped|switched|converted|returned|achieved|received)\b)")


@dataclass
class Count:
    """A count of people or things, with the noun phrase that says what was counted."""

    value: int
    start: int
    end: int
    label: str  # "colorectal cancer cases", "people who were prescribed antibiotics"
    label_span: tuple[int, int]
    of: int | None = None
    hedge: str | None = None


_ONE_IN_BEFORE = re.compile(r"(?i)\b(?:one|1)\s+(?:in|out\s+of)\s+(?:every\s+)?$")


def counts(text: str) -> list[Count]:
    """The counts of a sentence ("5,700 colorectal cancer cases", "60 of 61 lesions",
    "(38 patients)", "31,614 who were prescribed antibiotics"), outside the spans other
    readers took; not a year, an age or a figure with a unit."""
    taken = claimed(text)
    out = []
    for m in _COUNT.finditer(text):
        key, np = ("n", "np") if m.group("n") else ("n2", "np2")
        raw = m.group(key)
        value = read_number(raw)
        if value is not None and key == "n" and m.group("mult"):
            value = round(value * (1_000_000 if m.group("mult").lower() == "million"
                                   else 1_000_000_000))
        if value is None or not float(value).is_integer() or any(
                a <= m.start(key) < b for a, b in taken):
            continue
        if re.fullmatch(r"(?:19|20)\d\d", raw) or re.match(r"[\s-]*years?[\s-]+old",
                                                           text[m.end(key):]):
            continue
        if _ONE_IN_BEFORE.search(text, reach_start(text, m.start(key)), m.start(key)) \
                or re.match(r"(?i)\s+(?:in|out\s+of)\s+(?:every\s+)?\d", text[m.end(key):]):
            continue  # "one in ten adults", "1 in 11 cancers": a share, not a count
        if re.match(r"(?i)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+"
                    r"(?:19|20)\d\d\b", text[m.end(key):]):
            continue  # "2 February 2027": a date
        label = " ".join(m.group(np).split())
        two = re.search(r"\s+and\s+\d", label)
        if two:  # "302 biopsies and 89 cancers": two counts, the second read on its own
            label = label[:two.start()]
        if np == "np2" or re.match(r"(?i)(?:who|with|that)\b", label):
            label = f"people {label}"
        if re.match(r"(?i)(?:of|the|these|those|them|all)\b", label):
            continue
        of = number(m.group("of")) if key == "n" and m.group("of") else None
        c = Count(int(value), m.start(key), m.end(key), label,
                  (m.start(np), m.start(np) + len(label) if two else m.end(np)),
                  int(of) if of else None)
        if key == "n" and m.group("mult"):
            c.end = m.end("mult")
        c.hedge = hedge_of(text[:m.start(key)])
        if c.hedge is None and out and out[-1].hedge and re.fullmatch(
                r"\s*,?\s*(?:and|or)\s+", text[out[-1].label_span[1]:c.start]):
            c.hedge = out[-1].hedge  # "about 140,000 new cases and 50,000 deaths"
        out.append(c)
    for m in _OF_THEN.finditer(text):  # "Of 572 patients given X, 23 developed ..."
        value, of = number(m.group("n")), number(m.group("of"))
        if value is None or of is None or any(c.start == m.start("n") for c in out):
            continue
        c = Count(int(value), m.start("n"), m.end("n"), " ".join(m.group("np").split()),
                  (m.start("np"), m.end("np")), int(of))
        c.hedge = hedge_of(m.group("h") or "")
        out.append(c)
    out += _places(text, out, taken)
    out += _scaled(text, out, taken)
    out += _listed(text, out, taken)
    out += _told_bare(text, out, taken)
    return sorted(out, key=lambda c: c.start)


# Where a study ran, said as a count of places: "at 161 sites in 14 countries", "from all
# 10 provinces", "34 intensive care units across France", "172 hospitals" inside the
# clause of the people counted first ("141,902 patients who had surgery at 172 hospitals").
_PLACE = (r"countries|provinces|regions|states|cities|towns|districts|counties|"
          r"municipalities|communities|villages|neighbou?rhoods|territories|"
          r"hospitals|sites|cent(?:er|re)s|clinics|practices|schools|wards|"
          r"(?:nursing|care)\s+homes|(?:care|treatment|stroke|dialysis)\s+units|trusts|"
          r"health\s+(?:systems|authorities|boards)|universities|colleges|pharmacies|"
          r"prisons|workplaces|companies")
_PLACES = re.compile(
    rf"(?i)\b(?:in|at|from|across|of|over|to|and)\s+(?:all\s+|the\s+)?"
    rf"(?P<n>{NUM}|{WORDNUM})\s+(?P<np>(?:[a-z][\w'’-]*\s+){{0,2}}?(?:{_PLACE}))\b"
    rf"(?!\s*(?:%|percent))")


def _places(text: str, out: list[Count], taken: list[tuple[int, int]]) -> list[Count]:
    """Counts of places inside the words of another count, which the count reader passed
    over; see ``_PLACE``."""
    seen = {c.start for c in out}
    found = []
    for m in _PLACES.finditer(text):
        value = number(m.group("n"))
        if value is None or not float(value).is_integer() or m.start("n") in seen or \
                re.fullmatch(r"(?:19|20)\d\d", m.group("n")) or \
                any(a <= m.start("n") < b for a, b in taken):
            continue
        if not any(c.label_span[0] <= m.start("n") < c.label_span[1] for c in out):
            continue  # said on its own, the count reader has read it (or left it for cause)
        label = " ".join(m.group("np").split())
        found.append(Count(int(value), m.start("n"), m.end("n"), label,
                           (m.start("np"), m.end("np"))))
    return found


# "...; 1,026 had a stroke", "during which 11,347 developed type 2 diabetes", "of whom
# 3,882 reported taking aspirin": a number that opens a clause with what happened, the
# people themselves left unsaid
_BARE = re.compile(
    rf"(?i)(?:^|[;:]\s*|,\s*(?:and\s+)?|\b(?:during\s+which(?:\s+time)?|in\s+which|of\s+whom|"
    rf"of\s+these|of\s+them|and)\s*,?\s+)(?:(?P<h>about|nearly|almost|more\s+than|over|"
    rf"some|roughly)\s+)?(?P<n>{NUM})\s+(?P<vp>(?:had|developed|died|were\s+diagnosed|"
    rf"reported|experienced|suffered|were\s+hospitali[sz]ed|were\s+admitted|needed|required|"
    rf"underwent|received|took|used|were\s+taking|went\s+on\s+to\s+develop)\b[^,.;:()]{{1,70}}?)"
    rf"(?=\s*(?:[,.;:()]|$|\band\b|\bduring\b|\bwithin\b|\bover\b|\bafter\b))")


def _told_bare(text: str, found: list[Count], taken: list[tuple[int, int]]) -> list[Count]:
    """Counts of people told only by what happened to them ("; 1,026 had a stroke"):
    labelled "people who <what happened>"."""
    out = []
    for m in _BARE.finditer(text):
        value = read_number(m.group("n"))
        if value is None or not float(value).is_integer() or value < 2 or \
                re.fullmatch(r"(?:19|20)\d\d", m.group("n")) or \
                any(c.start <= m.start("n") < max(c.end, c.label_span[1]) for c in found) or \
                any(a <= m.start("n") < b for a, b in taken):
            continue
        vp = " ".join(m.group("vp").split())
        c = Count(int(value), m.start("n"), m.end("n"), f"people who {vp}",
                  (m.start("vp"), m.end("vp")))
        c.hedge = hedge_of(m.group("h") + " ") if m.group("h") else None
        out.append(c)
    return out


# "35 million Americans", "more than 5 million in Spain": a scale word tells a count of
# people even when the noun is a people's name or only the place is said
_SCALED = re.compile(
    rf"(?<![\w.,$£€%/-])(?P<n>{NUM})\s+(?P<mult>(?i:million|billion))\s+(?:"
    r"(?P<np>[A-Z][a-z]+(?:ans|ians|ers|ese|ons|is|ites|ards))\b"
    r"|(?P<where>(?:in|across)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)(?:[A-Z](?:\.[A-Z])+\.?|[A-Z][\w-]*)"
    r"(?:\s+[A-Z][\w-]*){0,2}))")


def _scaled(text: str, found: list[Count], taken: list[tuple[int, int]]) -> list[Count]:
    out = []
    for m in _SCALED.finditer(text):
        value = read_number(m.group("n"))
        if value is None or any(c.start <= m.start("n") < c.end for c in found) or any(
                a <= m.start("n") < b for a, b in taken):
            continue
        value = round(value * (1_000_000 if m.group("mult").lower() == "million"
                               else 1_000_000_000))
        key = "np" if m.group("np") else "where"
        label = m.group("np") or f"people {' '.join(m.group('where').split())}"
        c = Count(int(value), m.start("n"), m.end("mult"), label, (m.start(key), m.end(key)))
        c.hedge = hedge_of(text[:m.start("n")])
        out.append(c)
    return out


# "8,913 mammograms, 1,518 callbacks and 52 cancers detected": counts of things any noun
# may name, read when they stand in a list of counts or right after "had" / "with"
_LISTED = re.compile(
    rf"(?i)(?<![\w.,$£€%/-])(?P<n>{NUM})(?!\s*(?:%|percent|per\s+cent|-|–|\.\d))\s+"
    rf"(?P<np>(?:[a-z][\w'’-]*\s+){{0,2}}?[a-z][\w'’-]*[a-rt-z]s)\b"
    rf"(?:\s+(?:detected|performed|found|diagnosed|identified|done|recorded|reported|"
    rf"prescribed|given|made))?")
_NOT_LISTED = re.compile(
    rf"(?i)\b(?:{UNIT}|times|percent|points|seconds|hours|minutes|decades|dollars|euros|"
    rf"pounds|doses?|mg|ml|units|miles|kilometers|kilometres|meters|metres|feet|inches|"
    rf"steps|calories|servings|cups|glasses|drinks|cigarettes|pills|tablets)\b|^(?:of|the|"
    rf"and|or|per|more|less|fewer|other|times|percent)\b")
_LIST_GAP = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:[,;]\s*)?(?:and\s+|or\s+)?")
_HAD = re.compile(r"(?i)\b(?:had|with|performed|recorded|a\s+total\s+of)\s*$")


def _listed(text: str, found: list[Count], taken: list[tuple[int, int]]) -> list[Count]:
    """Counts of any plural noun that stand in a list with other counts, or right after
    "had", "with", "a total of" ("1,164 biopsies"); a unit, a dose or a time is no count."""
    items = [(c.start, max(c.end, c.label_span[1]), None) for c in found]
    for m in _LISTED.finditer(text):
        np = " ".join(m.group("np").split())
        if (_NOT_LISTED.search(np) or any(a <= m.start() < b for a, b in taken)
                or any(a <= m.start() < b for a, b, _ in items)
                or re.fullmatch(r"(?:19|20)\d\d", m.group("n"))):
            continue
        items.append((m.start(), m.end(), m))
    items.sort(key=lambda x: x[0])
    out = []
    for i, (start, end, m) in enumerate(items):
        if m is None:
            continue
        prev_gap = text[items[i - 1][1]:start] if i else None
        next_gap = text[end:items[i + 1][0]] if i + 1 < len(items) else None
        listed = any(g is not None and _LIST_GAP.fullmatch(g) for g in (prev_gap, next_gap))
        done = re.match(r"(?i)\s+(?:were|was)\s+(?:performed|done|carried\s+out|examined|"
                        r"reviewed|analy[sz]ed|screened|collected|taken|read|included)\b",
                        text[end:])
        if not (listed or done or _HAD.search(text, reach_start(text, start), start)):
            continue
        value = read_number(m.group("n"))
        if value is None or not float(value).is_integer():
            continue
        label = " ".join(text[m.start("np"):m.end()].split())
        c = Count(int(value), m.start("n"), m.end("n"), label, (m.start("np"), m.end()))
        c.hedge = hedge_of(text[:m.start()])
        out.append(c)
    return out


# -- study times ----------------------------------------------------------------------------

_TUNIT = r"(?P<u>years?|months?|weeks?|days?)"
_DURATION = re.compile(
    rf"(?i)\b(?:for|over|during|after|within|at|by|in)\s+(?:a\s+(?:period|course)\s+of\s+|"
    rf"(?:the\s+)?(?:first|next|following)\s+|up\s+to\s+|just\s+|about\s+|nearly\s+|"
    rf"more\s+than\s+|only\s+)*(?P<n>{NUM}|{WORDNUM}|one|eleven|twelve)[\s-]+{_TUNIT}\b"
    rf"(?:\s*,?\s*(?:and|or)\s+(?P<n2>{NUM}|{WORDNUM}|one|eleven|twelve)[\s-]+(?P<u2>years?|"
    rf"months?|weeks?|days?)\b)?"
    rf"|\b(?P<n3>{NUM}|{WORDNUM}|one|twelve)[\s-](?P<u3>year|month|week|day)[\s-]+(?:long\s+)?"
    rf"(?:study|trial|period|program|programme|intervention|follow[\s-]?up|experimental|course|"
    rf"treatment|experiment)\b"
    rf"|\b(?:at|by|after)\s+(?P<u4>week|month|year|day)\s+(?P<n4>\d{{1,3}})\b"
    rf"|\bafter\s+(?P<n5>{NUM})\s+and\s+(?P<n6>{NUM})\s+(?P<u5>years|months|weeks|days)\b")
_NOT_STUDY_TIME = re.compile(
    r"(?i)^[\s-]*(?:old|of\s+age|ago|earlier|before\s+(?:the|they|their)|prior|or\s+(?:older|"
    r"more|longer|younger)|and\s+(?:older|over)|per\b|a\s+(?:day|week)|each\b|every\b)")


def study_times(text: str) -> list[tuple[float | int, str, int, int]]:
    """Times a sentence gives for the study itself ("for 16 weeks", "a 12-week trial",
    "at week 12", "after 12 and 24 months", "over a period of 12 weeks"): (value, unit,
    start, end); not an age, a time ago, a rate ("a day") or a year of the calendar."""
    out: list[tuple[float | int, str, int, int]] = []
    for m in _DURATION.finditer(text):
        pairs = [("n", "u"), ("n2", "u2"), ("n3", "u3"), ("n4", "u4"), ("n5", "u5"),
                 ("n6", "u5")]
        for n, u in pairs:
            if not m.group(n):
                continue
            value = read_number(m.group(n)) if m.group(n).lower() != "one" else 1
            unit = unit_name(m.group(u))
            if value is None or not unit or value <= 0 or value > 100:
                continue
            end = m.end(u) if m.end(u) > m.end(n) else m.end(n)
            if _NOT_STUDY_TIME.match(text[end:end + 25]) or re.search(
                    r"(?i)\b(?:ages?|aged)\b[^.;,]{0,20}$", text[max(0, m.start() - 30):
                                                            m.start(n)]):
                continue
            out.append((value, unit, m.start(n), end))
    return out


# -- fractions in words -----------------------------------------------------------------------

FRACTIONS = {"half": 50, "a half": 50, "one half": 50, "a third": 33.3, "one third": 33.3,
             "two thirds": 66.7, "a quarter": 25, "one quarter": 25, "three quarters": 75,
             "a fifth": 20, "one fifth": 20, "two fifths": 40, "three fifths": 60,
             "four fifths": 80}
"""A fraction in words and the percentage it is (one decimal, as a reviewer would round)."""
_FRACTION = re.compile(
    r"(?i)(?<![\w-])(?P<f>(?:a|one|two|three|four)?[\s-]*(?:half|thirds?|quarters?|fifths?))"
    r"\s+of\s+(?:the\s+|all\s+|these\s+|those\s+)?(?P<np>(?:[\w'’-]+\s+){0,3}?"
    r"(?:them|those|these|people|patients|participants|adults|women|men|children|infants|"
    r"babies|volunteers|individuals|subjects|veterans|mothers|survivors|residents|boys|girls|"
    r"students|workers|smokers|users|respondents|cases|mice|rats)\b"
    r"(?:\s+(?:in|on|with|taking|receiving|given)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?"
    r"(?=\s+(?:had|have|has|were|was|are|is|did|got|developed|experienced|reported|showed|"
    r"needed|used|kept|stopped|remained|improved|lost|gained|died|fell|felt)\b))?)")
_ONE_IN = re.compile(  # "about one in nine adults", "1 in 20 patients", "one out of every four"
    r"(?i)(?<![\w.,-])(?P<f>(?:one|1)\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<d>two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|fifty|hundred|[1-9]\d{0,3}))"
    r"\s+(?P<np>(?:[\w'’-]+\s+){0,3}?(?:people|patients|participants|adults|women|men|"
    r"children|infants|babies|volunteers|individuals|subjects|veterans|mothers|survivors|"
    r"residents|boys|girls|students|workers|smokers|users|respondents|cases|mice|rats|"
    r"Americans|Britons|Europeans|Canadians|Australians|teens|teenagers|adolescents|"
    r"pregnancies|births|deaths|users|(?!(?:numbers|cent(?:er|re)s|cancers|others|markers|"
    r"disorders|ulcers)\b)[a-z]{3,}ers)\b"
    # "one in five adults with gout needed ...": the people's own words, up to their verb
    r"(?:\s+(?:with|in|on|aged|over|under|who|taking|receiving|given|of)\b[^,.;()]{1,50}?"
    r"(?=\s+(?:had|have|has|were|was|are|is|did|got|developed|experienced|reported|showed|"
    r"needed|used|will|would|may|can|could|die[sd]?|lives?|lived|suffers?|suffered|gets?|"
    r"develops?|needs?|uses?|takes?|took|remains?|remained|stopped|report)\b))?)")
_IN_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
             "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
             "fifty": 50, "hundred": 100}
_ALLOCATED = re.compile(
    r"(?i)^[^,.;]{0,60}?\b(?:(?:were|was)\s+(?:then\s+)?(?:randomly\s+)?(?:assigned|allocated|"
    r"randomi[sz]ed|given|placed|put)\b|(?:\w+\s+){0,2}?(?:received|got|took|drank|ate)\s+"
    r"[^,.;]{0,30}?\b\d+(?:\.\d+)?\s*(?:ml|mg|g|mcg|µg|iu|units?|grams?|capsules?|tablets?)\b)")
_FIGURE_AFTER = re.compile(r"(?i)^[^.;]{0,40}?\(\s*(?:about\s+|nearly\s+)?\d+(?:\.\d+)?\s*"
                           r"(?:%|percent|per\s+cent)")


@dataclass
class Fraction:
    """A share of a group said in words ("more than half of the women")."""

    value: float | int
    start: int
    end: int  # the end of the fraction's words
    said: str  # the words: "more than half"
    group: str  # the people it is a share of, as written
    group_span: tuple[int, int]
    hedge: str | None = None


def fractions(text: str) -> list[Fraction]:
    """The shares a sentence gives as fractions in words, each with its hedge ("nearly a
    third of adults"); not a share of a time ("the first two thirds of the night") and
    not how a trial split its people ("half of the patients were given the drug")."""
    out = []
    for m in _FRACTION.finditer(text):
        words = re.sub(r"[\s-]+", " ", m.group("f").lower()).strip()
        if words.endswith("s") and words.split()[0] in ("a", "one"):
            continue  # "a thirds": no fraction
        value = FRACTIONS.get(words)
        rest = text[m.end("np"):]
        if value is None or _ALLOCATED.match(rest) or _FIGURE_AFTER.match(rest):
            continue  # how a trial split its people; or the figure is given right after
        hedge, start = None, m.start()
        for name, pattern in HEDGE_AT_END:  # the hedge's own words open the figure's span
            h = pattern.search(text, max(0, m.start() - 40), m.start())
            if h:
                hedge, start = name, h.start()
                break
        out.append(Fraction(value, start, m.end("f"), text[start:m.end("f")],
                            m.group("np"), (m.start("np"), m.end("np")), hedge))
    for m in _ONE_IN.finditer(text):  # "roughly one in four patients": a share of 25 %
        if _FIGURE_AFTER.match(text[m.end("np"):]) or re.match(
                r"\s*\(\s*(?:about\s+|nearly\s+)?\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)",
                text[m.end("f"):]):
            continue  # "one in three children (31 percent)": the figure is given
        raw = m.group("d").lower()
        d = _IN_WORDS.get(raw) or (int(raw) if raw.isdigit() else 0)
        if d < 2:
            continue
        share = round(100 / d, 1)
        hedge, start = None, m.start()
        for name, pattern in HEDGE_AT_END:
            h = pattern.search(text, max(0, m.start() - 40), m.start())
            if h:
                hedge, start = name, h.start()
                break
        out.append(Fraction(int(share) if share.is_integer() else share, start, m.end("f"),
                            text[start:m.end("f")], m.group("np"),
                            (m.start("np"), m.end("np")), hedge))
    return sorted(out, key=lambda f: f.start)

