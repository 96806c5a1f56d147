"""Part of stage 3, quantities: rates, "N per 1,000 person-years" (kind ``rate``).

A rate counts events per so many units of exposure: "Stroke occurred at a rate of 1.42 per
1,000 person-years in women with endometriosis and 1.05 per 1,000 person-years in women
without it", "4.1 false-positive results per 1,000 babies screened", "3.4 per 100,000
population per year". It is no share of people and never a percentage, so it is drafted
as a rate with its denominator (``per``) and unit, its group (the people named beside it)
and its outcome (the events named before "per", else what the clause says occurred or
was diagnosed at that rate, else the rate's own subject: "the admission rate was").
A second figure said without its denominator ("... and 16.9 in the control group", "11.3
and 11.9 per 1,000 person-years respectively", "1.9 vs 2.7 per 1,000 person-years") is
the same kind of rate. A rate whose events cannot be placed is left out with a note.
"""

from __future__ import annotations

import re
from typing import Any

from .attach import group_at, outcome_generic, time_for
from .classify import study_sentences
from .groups import PERSONS, group_named
from .quantities import _At  # a span with a match's start()/end(), for attach
from .quantity_forms import HEDGES, hedge_of, outcome_words, subject_words
from .state import Sentence, State, add_fact
from .text import NUM, number

_PER = (r"(?P<per>1,000|1000|1 000|10,000|10000|10 000|100,000|100000|100 000|1,000,000|"
        r"a\s+million|one\s+million|million)")
_UNIT = (r"(?P<u>person[-\s]years?|patient[-\s]years?|person[-\s]months?|live\s+births|"
         r"population|people|persons|residents|inhabitants|"
         r"(?:[a-z]+\s+){0,1}?(?:babies|children|adults|women|men|patients|participants|"
         r"births|pregnancies|infants|newborns)(?:\s+screened|\s+tested|\s+born)?)")
_YEARLY = r"(?P<yr>\s*,?\s*(?:a|per|each|every)\s+years?\b)"
_RATE = re.compile(
    rf"(?i)(?P<h>(?:{'|'.join(p for _, p in HEDGES)})\s+)?(?<![\d.,])(?P<n>{NUM})"
    rf"(?P<what>(?:\s+(?!per\b|in\b|for\b)[a-z][\w-]*){{0,3}}?)"
    rf"\s+(?:per|in\s+every|for\s+every)\s+{_PER}(?:\s+{_UNIT})?{_YEARLY}?")
# "11.3 and 11.9 per 1,000", "1.9 vs 2.7 dementia diagnoses per 1,000": the first figure
_FIRST_OF_TWO = re.compile(rf"(?i)(?<![\d.,])(?P<n>{NUM})\s+(?:and|vs\.?|versus|to)\s+$")
# "at 14.7 per 1,000 person-years in the counselling group and 16.9 in the control group"
_ELLIPTIC = re.compile(
    rf"(?i)(?P<lead>\s+(?:in|among|for|with)\s+[^,;.()\d]{{2,60}}?)\s*,?\s+(?:and|compared\s+"
    rf"with|vs\.?|versus|while)\s+(?P<n>{NUM})(?!\s*(?:%|percent|per\b|\d))"
    rf"(?=\s+(?:in|among|for|with)\s)")
_EVENT_VERB = re.compile(
    r"(?i)(?P<o>[^,;:()]{3,80}?)\s+(?:was|were)?\s*(?P<v>occurred|diagnosed|admitted|recorded|"
    r"reported|developed|identified|seen|found|happened|observed|affects?|affected)\s+(?:at\s+)?(?:an?\s+|the\s+)?"
    r"(?:overall\s+|annual\s+|yearly\s+)?(?:rates?\s+of\s+)?(?:[\d.,]+\s+(?:and|vs\.?)\s+)?$")
_RATE_OF = re.compile(
    r"(?i)\b(?:rates?|incidence|frequency)\s+of\s+(?P<o>[a-z][^,;:()\d]{2,60}?)\s+(?:was|were|"
    r"is|are|rose|fell|increased|decreased|went)\b")
_X_RATE = re.compile(
    r"(?i)\b(?:the\s+)?(?:overall\s+|annual\s+|yearly\s+)?(?P<o>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
    r"\s+(?:rates?|incidence)\s+(?:was|were|is|are|rose|fell|of)\b")
_ASIDE = re.compile(r"(?i),\s*(?:including|such\s+as|defined\s+as|mainly|mostly)\s[^,;:]{1,80},")
_NOT_EVENTS = re.compile(r"(?i)^(?:the|a|an|overall|annual|yearly|this|that|their|its|it|"
                         r"they|there|which|rate|rates|incidence|men|women|people|those|"
                         r"participants|patients|children|adults)$")


def _unit(m: re.Match[str], s: Sentence) -> str:
    said = " ".join((m.group("u") or "").lower().replace("-", " ").split())
    if said.startswith("person year"):
        return "person-years"
    if said.startswith("patient year"):
        return "patient-years"
    if said.startswith("person month"):
        return "person-months"
    if said == "live births":
        return "live-births"
    if m.group("yr") or re.search(r"(?i)\b(?:annual|yearly|a\s+year|per\s+year|each\s+year)\b",
                                  s.text):
        return "people-a-year"
    return "people"


def _per(m: re.Match[str]) -> int:
    said = m.group("per").lower()
    if "million" in said:
        return 1_000_000
    return int(re.sub(r"[,\s]", "", said))


def _events(s: Sentence, m: re.Match[str]) -> tuple[str, int, int] | None:
    """What the rate counts: the words before "per" ("false-positive results", "dementia
    diagnoses"), else what the clause says occurred at the rate ("Stroke occurred at a
    rate of"), else the rate's subject ("the admission rate was", "incidence of X was")."""
    what = m.group("what").strip()
    # "The incidence of type 2 diabetes was 4.1 cases per 1,000": "cases" says only that
    # it counts cases; what of is named before it
    generic = bool(re.fullmatch(r"(?i)(?:new\s+)?(?:cases|events|episodes)", what))
    if what and not generic and not _NOT_EVENTS.match(what.split()[-1]) and outcome_words(what):
        words = outcome_words(what)
        at = s.text.find(words, m.start("what"))
        if at >= 0:
            return words, at, at + len(words)
    head = s.text[:m.start()]
    head = head[max(head.rfind(";"), head.rfind(":"), head.rfind(". ")) + 1:]
    base = m.start() - len(head)
    # "Major cardiovascular events, including heart attack and stroke, occurred at": the
    # aside blanked, so the events stand right before their verb
    head = _ASIDE.sub(lambda a: " " * len(a.group()), head)
    head = re.sub(r"\([^()]*\)", lambda a: " " * len(a.group()), head)  # "(CCHD)"
    for pattern in (_EVENT_VERB, _RATE_OF, _X_RATE):
        found = list(pattern.finditer(head))
        if not found or (pattern is _EVENT_VERB and found[-1].end() != len(head)):
            continue
        raw = found[-1].group("o")
        if pattern is _EVENT_VERB and _NOT_EVENTS.match(raw.split()[-1]) and \
                found[-1].group("v").lower() in ("admitted", "diagnosed"):
            raw = found[-1].group("v")  # "Men were admitted at a rate of": admission
        words = outcome_words(raw) or raw.strip()
        words = re.sub(r"(?i)^(?:new\s+cases\s+of|cases\s+of|the|overall)\s+", "", words)
        words = re.sub(r"(?i)\s+(?:rates?|incidence)$", "", words).strip()
        if words and not _NOT_EVENTS.match(words.split()[-1]) and len(words.split()) <= 8:
            at = s.text.find(words, base)
            if at >= 0:
                return words, at, at + len(words)
    subject = subject_words(s.text, m.start())
    if subject and re.search(r"(?i)\b(?:rates?|incidence)\b", subject[0]):
        words = re.sub(r"(?i)\s*\b(?:rates?|incidence)\b\s*", " ", subject[0]).strip()
        words = re.sub(r"(?i)^(?:the|overall|annual)\s+", "", words)
        words = re.sub(r"(?i)^of\s+", "", words)  # "the incidence of type 2 diabetes"
        if words and not _NOT_EVENTS.match(words.split()[-1]):
            at = s.text.find(words, subject[1])
            if at >= 0:
                return words, at, at + len(words)
    named = re.search(r"(?i)\b(?:incidence|rate|risk|number)\s+of\s+(?P<o>[^,;:()]+?)\s+"
                      r"(?:was|were|is|are|stood\s+at|reached)\s*$", s.text[:m.start("n")])
    if generic and named and outcome_words(named.group("o")):
        return named.group("o"), named.start("o"), named.end("o")
    if generic and outcome_words(what):
        at = s.text.find(what, m.start("what"))
        if at >= 0:
            return what, at, at + len(what)
    return None


def find_rates(st: State) -> None:
    """Every rate of the study's sentences, in order (:data:`_RATE`)."""
    last: tuple[int, str, str, int] | None = None  # sentence, outcome id, unit, per
    for i, s in enumerate(study_sentences(st)):
        if "per" not in s.text and "every" not in s.text:
            continue
        for m in _RATE.finditer(s.text):
            value = number(m.group("n"))
            if value is None:
                continue
            unit, per = _unit(m, s), _per(m)
            said = _events(s, m)
            if said is not None:
                words, lo, hi = said
                outcome = outcome_generic(st, words, [s.at(lo), s.at(hi)])
            elif last is not None and i - last[0] <= 3:
                outcome = last[1]  # "The annual rate rose from 1.2 per 100,000 ...": the
                # events of the rate before
            else:
                st.found.notes.append(
                    f"figure [{s.at(m.start('n'))}, {s.at(m.end('n'))}]: a rate whose events "
                    f"were not found; left out: {s.text!r}")
                continue
            last = (i, outcome, unit, per)
            hedge = hedge_of(m.group("h") or "") if m.group("h") else None
            _drop_denominator(st, s, m)
            series = _series(s.text, m.end())
            _add(st, s, value, m.start("n"), m.end(), unit, per, outcome, hedge,
                 among=_SERIES_FIRST.match(s.text, m.end()) if series else None)
            first = _FIRST_OF_TWO.search(s.text, max(0, m.start() - 30), m.start())
            if first is not None:  # "11.3 and 11.9 per 1,000 person-years"
                v = number(first.group("n"))
                if v is not None:
                    _add(st, s, v, first.start("n"), first.end("n"), unit, per, outcome, None)
            for nxt in series:
                # "4.1 … among staff who never worked nights, 4.9 among those with 1 to 4
                # years of night work, 5.8 among those with 5 to 9 years and 6.9 among …"
                v = number(nxt.group("n"))
                if v is not None:
                    _add(st, s, v, nxt.start("n"), nxt.end("n"), unit, per, outcome, None,
                         among=nxt)
            second = _ELLIPTIC.match(s.text, m.end())
            if second is not None:  # "... in the counselling group and 16.9 in the control"
                v = number(second.group("n"))
                if v is not None:
                    _add(st, s, v, second.start("n"), second.end("n"), unit, per, outcome,
                         None)


# the next rate of a series, each said with its own people: ", 4.9 among those with 1 to 4
# years of night work", " and 6.9 among those with 10 years or more"
_SERIES_NEXT = re.compile(
    rf"(?i)\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<n>{NUM})(?!\s*(?:%|percent|per\b|\d|to\b|-))"
    rf"\s+(?:among|in|for)\s+(?P<g>(?:those|staff|{PERSONS})\b[^,;.()]{{0,70}}?)"
    rf"(?=\s*(?:,|;|\.|\)|$|\s+and\s+{NUM}))")
_SERIES_FIRST = re.compile(
    rf"(?i)\s+(?:among|in|for)\s+(?P<g>(?:those|staff|{PERSONS})\b[^,;.()\d]{{0,70}}?)(?=\s*,)")


def _series(text: str, end: int) -> list[re.Match[str]]:
    """The rates that go on a series after a rate said with its own people (see above)."""
    first = _SERIES_FIRST.match(text, end)
    if first is None:
        return []
    out, at = [], first.end()
    while (nxt := _SERIES_NEXT.match(text, at)) is not None:
        out.append(nxt)
        at = nxt.end()
    return out if len(out) >= 1 else []


def _drop_denominator(st: State, s: Sentence, m: re.Match[str]) -> None:
    """A count read from a rate's denominator ("1,000 person-years in women with X") counts
    no one: it goes."""
    lo, hi = s.at(m.start("per")), s.at(m.end())
    gone = [f for f in st.found.facts if f["kind"] == "count" and f.get("source_span")
            and lo <= f["source_span"][0] < hi]
    if not gone:
        return
    st.found.facts[:] = [f for f in st.found.facts if not any(f is g for g in gone)]
    used = {f.get(k) for f in st.found.facts for k in ("group", "versus")}
    for gid in {f.get("group") for f in gone} - used:
        g = st.found.groups.get(gid or "")
        if g is not None and g.kind not in ("all", "arm", "treated"):
            # "person-years in women with X": named by the denominator alone
            del st.found.groups[gid]
            st.labels.pop(g.label.lower(), None)


_CATEGORY_AFTER = re.compile(
    r"(?i)(?:[^,;()]|,\d){0,40}?\b(?:in|among|for)\s+(?:the\s+)?(?P<q>(?:highest|lowest|top|bottom|"
    r"first|second|third|fourth|fifth|middle|upper|lower)(?:[\s-](?:highest|lowest))?\s+"
    r"(?:quintile|quartile|tertile|decile|fifth|quarter)(?:\s+of\s+[\w-]+(?:\s+[\w-]+){0,3}?)?)"
    r"(?=\s*[,;.)]|\s+(?:and|compared|versus|vs|than|with|but|while|whereas)\b|\s*$)")
"""A rate's exposure category named right after it: "6.2 per 1,000 person-years in the
highest quintile and 3.9 in the lowest quintile"."""


def _category_group(st: State, s: Sentence, end: int) -> str | None:
    """The group of the exposure category named right after a rate, named as the effects
    of the same release name it ("those in the highest quintile"); None when none."""
    m = _CATEGORY_AFTER.match(s.text, end)
    if m is None:
        return None
    phrase = " ".join(m.group("q").split())
    gid = group_named(st, f"those in the {phrase}", [s.at(m.start("q")), s.at(m.end("q"))])
    if gid is not None:
        g = st.found.groups[gid]
        if f"the {phrase.lower()}" not in g.phrases:
            g.phrases.append(f"the {phrase.lower()}")
    return gid


def _add(st: State, s: Sentence, value: float, start: int, end: int, unit: str, per: int,
         outcome: str, hedge: str | None, among: re.Match[str] | None = None
         ) -> dict[str, Any] | None:
    lo, hi = s.at(start), s.at(start + len(re.match(r"\S+", s.text[start:]).group()))
    over = [f for f in st.found.facts
            if f.get("source_span") and f["source_span"][0] < hi and lo < f["source_span"][1]]
    if any(f["kind"] != "count" or f.get("value") != value for f in over):
        return None  # read already ("2 in every 1,000 babies" as a share)
    if over:  # "212 deaths per 100,000": no count of deaths, a rate of them
        st.found.facts[:] = [f for f in st.found.facts if not any(f is o for o in over)]
    # an exposure category named right after the rate is its group, before any named
    # earlier in the sentence ("... in the highest quintile and 3.9 in the lowest")
    group = _category_group(st, s, end) or group_at(st, s, start, end)[0]
    if among is not None:  # a rate of a series: of the people said with it
        span = [s.at(among.start("g")), s.at(among.end("g"))]
        group = group_named(st, among.group("g"), span) or group_named(
            st, re.sub(r"^\w+", "people", among.group("g")), span) or group
    fact: dict[str, Any] = {"kind": "rate", "value": value, "per": per, "unit": unit,
                            "group": group, "outcome": outcome,
                            "source_span": [s.at(start), s.at(end)]}
    if hedge:
        fact["hedge"] = hedge
    when = time_for(st, s.text, _At(start, end), s.text[end:], s.text[:start])
    if when:
        fact["time"] = when
    return add_fact(st, fact, f"{group}-rate")
