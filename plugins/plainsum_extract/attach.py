"""Stage 4, attach: the group, outcome and time point of a figure read by :mod:`.quantities`.

The group a figure is about (named next to it, carried over from the sentence before, or
the other arm of an "X vs Y" pair), the nearest time point that is not an age, the outcome
(a direction such as "improved", an event such as death, or the release's own words), and
comparisons between two figures of one sentence. The groups themselves are found by
:mod:`.groups`.
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from typing import Any

from .groups import mentions
from .state import PEOPLE, Sentence, Span, State, Time, add_fact
from .terms import bank_term
from .text import ANYNUM, number, slug, time_unit


def measure_id(st: State, name: str, span: Span) -> str:
    """The id of a measure ("age", "disability score"), added once."""
    mid = slug(name, 4)
    if mid not in st.found.measures:
        technical = f"mean {name}" if name == "age" else name
        st.found.measures[mid] = {"id": mid, "label": {"en": {"plain": name,
                                                              "technical": technical}},
                                  "source_span": span}
    return mid


def time_id(st: State, value: float, unit: str, span: Span, relation: str = "at") -> str:
    """The id of a time point ("6m", "2y"), added once."""
    letter = {"year": "y", "month": "m", "week": "w", "day": "d", "hour": "h"}[unit]
    value = int(value) if float(value).is_integer() else value
    tid = f"{value}{letter}"
    if tid not in st.found.times:
        st.found.times[tid] = Time(tid, value, unit, span, relation)
    return tid


def group_before(st: State, s: Sentence, pos: int) -> str | None:
    """The group named last before ``pos`` in a sentence, if any."""
    hits = [h for h in mentions(st, s.text[:pos])]
    return hits[-1][2] if hits else None


def group_for(st: State, s: Sentence, m: re.Match[str], after: str, before: str,
              mentions: list[tuple[int, int, str]], current: str, prev_end: int,
              made: list[dict[str, Any]], arms: list[str]) -> tuple[str, str | None]:
    """The group a figure is about and, when it is inferred, why (a review note)."""
    window = re.split(r"[,;]|\s+(?:compared|vs\.?|versus|whereas|while)\b", after)[0]
    near = [h for h in mentions if m.end() <= h[0] < m.end() + min(len(window), 60) + 1]
    if near and (near[0][0] - m.end() <= 40 or not arms):
        return near[0][2], None
    anaphora = re.search(r"(?i)\b(?:this\s+type|them|these|those\s+people|this\s+group|"
                         r"still)\b", window) or re.search(r"(?i)\bstill\s*$|\blater\b", before)
    if anaphora and not [h for h in mentions if prev_end <= h[0] < m.start()]:
        return current, ("group carried over from the sentence before" if not made
                         else None)
    own = [h for h in mentions if prev_end <= h[1] <= m.start()]
    if own:
        return own[-1][2], None
    if re.match(rf"(?i)\s*(?:of\s+(?:the\s+|all\s+)?)?{PEOPLE}\b(?!\s+with)", after) or \
            re.search(rf"(?i)\b(?:all|the)\s+{PEOPLE}\s*\(\s*$", before):
        return "all", None
    if made and arms and len(arms) == 2 and re.search(r"(?i)\b(?:vs\.?|versus|compared\s+"
                                                      r"(?:to|with))\s*$", before):
        other = [a for a in arms if a != made[-1]["group"]]
        if other:
            return other[0], "the other arm of an 'X vs Y' pair; check"
    if made and arms:
        pairs = [f["group"] for f in made]
        return pairs[-2] if len(pairs) >= 2 else current, "group read from the pair " \
            "before in this sentence; check"
    return current, ("group carried over from the sentence before; check"
                     if current != "all" else None)


def time_for(st: State, text: str, m: re.Match[str], after: str, before: str) -> str | None:
    """The time point nearest a figure in its sentence (not an age or a rate)."""
    times, starts, ends = _time_points(text)
    # the times are in order and none overlaps another: the nearest is the last that
    # ends before m, the first that starts after it, or one that overlaps it
    first = max(bisect_right(ends, m.start()) - 1, 0)
    last = min(bisect_left(starts, m.end()), len(times) - 1)
    best = None
    for t in times[first:last + 1]:
        dist = min(abs(t.start() - m.end()), abs(m.start() - t.end()))
        if best is None or dist < best[0]:
            best = (dist, t)
    if best is None:
        return None
    t = best[1]
    value = number(t.group("n") or t.group("n2"))
    unit = time_unit(t.group("u") or t.group("u2"))
    if not value or not unit:
        return None
    rel = "within" if (t.group("pre") or "").lower() == "within" else "at"
    return time_id(st, value, unit, [m.start(), m.end()], rel)


def outcome_for(st: State, s: Sentence, m: re.Match[str], after: str, before: str) -> str | None:
    """The outcome of a figure: a direction or event word near it, the subject of
    the sentence for a figure in parentheses, or the words after it."""
    clause = re.split(r"[,;]|\s+(?:compared|vs\.?|versus|whereas|while)\b|\s+[-–—]\s+",
                      after)[0]
    back = re.split(r"[,;]", before)[-1] if not before.rstrip().endswith("(") else before
    subject = _subject(s.text[:m.start()]) if (before.rstrip().endswith("(") or re.match(
        r"\s*(?:vs|versus)", after)) else None
    for part in (clause, back, before, subject or ""):
        if part is before and subject:
            continue
        for direction, pattern in _DIRECTION_RES:
            d = pattern.search(part)
            if d:
                measure = None
                mm = re.search(r"(?i)(?:worsening|improvement|worse|improved)\s+(?:of|in)\s+"
                               r"(?:their|the|his|her)?\s*(?:[A-Z]{2,}\s+)?(?P<m>[a-z]+)",
                               part[d.start():] + " ") or re.search(
                    r"(?i)\b(?:their|the)\s+(?P<m>[a-z]+)\s+improved", part)
                if mm and bank_term(st, mm.group("m")):
                    measure = bank_term(st, mm.group("m"))
                elif direction not in EVENTS:
                    measure = measure_near(st, s.text)
                if direction == "death":
                    q = re.search(r"(?i)(?:died|deaths?)\s+(?:from|of)\s+([\w\s-]{3,40}?)"
                                  r"(?=[,.;)]|$|\s+in\b|\s+occurred\b)", part)
                    if q:
                        return outcome_event(st, f"died from {q.group(1).strip()}")
                return outcome_id(st, direction, measure, part[d.start():d.end()])
    # in parentheses: the subject of the sentence is what was measured
    if subject:
        return outcome_generic(st, f"had {subject.lower()}", [s.at(0), s.at(m.start())])
    phrase = _after_phrase(clause)
    if phrase:
        return outcome_generic(st, phrase, [s.at(m.end()), s.at(m.end() + len(clause))])
    return None


def outcome_id(st: State, direction: str, measure: str | None, said: str) -> str:
    """The id of a direction ("improved") or event ("death") outcome, added once."""
    oid = direction if direction not in EVENTS else EVENTS[direction][0]
    m = st.bank[measure].technical if measure and measure in st.bank else None
    known = st.found.outcomes.get(oid)
    if known is not None:
        if measure and "measure" not in known and direction in _DIRECTION_LABELS:
            known["measure"] = measure
            known["polarity"] = "higher-is-worse" if measure in _WORSE_MEASURES \
                else "higher-is-better"
            known["label"]["en"]["technical"] = _DIRECTION_LABELS[direction][1].format(m=m)
        return oid
    if direction in EVENTS:
        _, plain, polarity = EVENTS[direction]
        data = {"id": oid, "polarity": polarity,
                "label": {"en": {"plain": plain, "technical": said.strip() or plain}}}
    else:
        plain, technical = _DIRECTION_LABELS[direction]
        data = {"id": oid, "direction": direction,
                "label": {"en": {"plain": plain,
                                 "technical": technical.format(m=m) if m else plain}}}
        if measure:
            data["measure"] = measure
            data["polarity"] = "higher-is-worse" if measure in _WORSE_MEASURES \
                else "higher-is-better"
    st.found.outcomes[oid] = data
    return oid


def outcome_event(st: State, phrase: str) -> str:
    """An event outcome in the release's words ("died from cancer")."""
    oid = slug(phrase, 5)
    if oid not in st.found.outcomes:
        st.found.outcomes[oid] = {"id": oid, "polarity": "higher-is-worse",
                                  "label": {"en": {"plain": phrase, "technical": phrase}}}
    return oid


def outcome_generic(st: State, phrase: str, span: Span) -> str:
    """An outcome in the release's own words, with a note to rewrite it."""
    phrase = " ".join(phrase.split()).rstrip(".")
    oid = slug(phrase, 4)
    if oid not in st.found.outcomes:
        st.found.outcomes[oid] = {
            "id": oid, "label": {"en": {"plain": phrase, "technical": phrase}},
            "source_span": span,
            "review": "outcome wording taken from the release: rewrite it as what the "
                      "group did ('got an infection') and add direction or polarity"}
    return oid


def comparisons(st: State, s: Sentence, percents: list[re.Match[str]],
                made: list[dict[str, Any]]) -> None:
    """A comparison fact for two figures of a sentence joined by "vs", "than" ..."""
    by_span = {tuple(f["source_span"]): f for f in made if "id" in f}
    for a, b in itertools.pairwise(percents):
        between = s.text[a.end():b.start()]
        if not re.search(r"(?i)\b(?:vs\.?|versus|compared\s+(?:to|with)|than)\b|[-–—]\s*$|"
                         r"\bhalf\s+that\b", between) or len(between) > 120:
            continue
        fa = by_span.get((s.at(a.start()), s.at(a.end())))
        fb = by_span.get((s.at(b.start()), s.at(b.end())))
        if not fa or not fb or fa["group"] == fb["group"]:
            continue
        va, vb = fa["value"], fb["value"]
        add_fact(st, {"kind": "comparison", "facts": [fa["id"], fb["id"]],
                      "direction": "lower" if va < vb else "higher" if va > vb else "similar",
                      "key": True, "source_span": [s.at(a.start()), s.at(b.end())]},
                 f"{fa['group']}-vs-{fb['group']}")


def measure_near(st: State, text: str) -> str | None:
    """The first measure (of those where higher is worse) that a sentence names:
    asked for each figure, read once per sentence."""
    if text not in st.measures_named:
        st.measures_named[text] = next(
            (word for word in re.findall(r"[a-z]+", text.lower())
             if word in _WORSE_MEASURES and word in st.bank), None)
    return st.measures_named[text]


def fill_outcomes(st: State, s: Sentence, figures: list[re.Match[str]],
                  made: list[dict[str, Any]]) -> None:
    """Give each figure of a sentence that has no outcome of its own one from a figure
    beside it: its pair in "X vs Y", else the next one with an outcome, else the one
    before; a placeholder with a review note when there is none."""
    later = _next_with_outcome(made)
    for i, fact in enumerate(made):
        if "outcome" in fact:
            continue
        paired = i and re.search(r"(?i)\b(?:vs\.?|versus|compared\s+(?:to|with))\W*$",
                                 s.text[figures[i - 1].end():figures[i].start()])
        # every fact before this one has an outcome by now
        donor = (made[i - 1] if paired and "outcome" in made[i - 1] else None) or \
            later[i] or (made[i - 1] if i else None)
        if donor:
            fact["outcome"] = donor["outcome"]
        else:
            fact["outcome"] = outcome_generic(st, "outcome", [0, 0])
            fact["review"] = ((fact.get("review", "") + "; ") if fact.get("review")
                              else "") + "what was measured? no outcome found"


# --- patterns and small helpers ------------------------------------------------------------
_TIME = re.compile(
    rf"(?i)(?:\b(?P<pre>at|after|within|over|for\s+up\s+to|up\s+to|for|into|by)\s+(?:the\s+)?)?"
    rf"\b(?P<n>{ANYNUM})[\s-](?P<u>years?|months?|weeks?|days?|hours?)\b"
    rf"|\b(?:at|by)\s+(?P<u2>week|month|day|year)\s+(?P<n2>\d+)\b")
DIRECTIONS = (
    ("no-worsening", r"no\s+worsening|not\s+(?:\w+\s+){0,2}?(?:worsen\w*|worse)|without\s+"
                     r"worsening|prevent\w*\s+[^.]{0,80}?(?:getting|get|becoming|from)\s+worse|"
                     r"didn['’]t\s+(?:get\s+)?worse"),
    ("improved", r"\bimprov(?:ed|ement|ing)\b|\bgot\s+better\b"),
    ("worsened", r"\bworsen(?:ed|ing)?\b|\bgot\s+worse\b"),
    ("death", r"\bdied\b|\bdeaths?\b|\bmortality\b"),
    ("infection", r"\binfect(?:ion|ions|ed)\b"),
)
DIRECTION_ANY = "|".join(f"(?:{p})" for _, p in DIRECTIONS[:3])
_DIRECTION_RES = tuple((d, re.compile(p, re.I)) for d, p in DIRECTIONS)
_DIRECTION_LABELS = {
    "no-worsening": ("did not get worse", "had no worsening of {m}"),
    "improved": ("got better", "had an improvement in {m}"),
    "worsened": ("got worse", "had a worsening of {m}"),
}
EVENTS = {"death": ("death", "died", "higher-is-worse"),
          "infection": ("infection", "got an infection", "higher-is-worse")}
_WORSE_MEASURES = {"disability", "pain", "symptoms", "infection", "relapse", "mortality"}


def _next_with_outcome(made: list[dict[str, Any]]) -> list[dict[str, Any] | None]:
    """For each fact, the first one after it that has an outcome."""
    out: list[dict[str, Any] | None] = []
    found = None
    for fact in reversed(made):
        out.append(found)
        if "outcome" in fact:
            found = fact
    return out[::-1]


@functools.lru_cache(maxsize=4)
def _time_points(text: str) -> tuple[list[re.Match[str]], list[int], list[int]]:
    """The times a sentence gives that can be a result's time point (not an age, a rate or
    a kind of study), in order, with where each starts and ends; every figure of the
    sentence asks for the nearest."""
    times = []
    for t in _TIME.finditer(text):
        if re.search(r"(?i)-old\b|\s+(?:per|a|each)\s+day|\s+ago\b",
                     text[t.end():t.end() + 8]) or \
                re.search(r"(?i)(?:age[sd]?|aged|average\s+age,?|period\s+of|older\s+than|"
                          r"over\s+a\s+period\s+of)\s*$",
                          text[max(0, t.start() - 22):t.start()]):
            continue
        if re.search(r"(?i)-year\s+(?:randomi|controlled|trial|study)", text[t.start():t.end()
                                                                             + 14]):
            continue
        times.append(t)
    return times, [t.start() for t in times], [t.end() for t in times]


def _subject(prefix: str) -> str | None:
    prefix = re.sub(r"\([^)]*\)", "", prefix)
    m = re.search(r"(?i)(?:^|,)\s*as\s+(?:was|were)\s+([^,(]+?)\s*\(?\s*$", prefix)
    if m:
        return m.group(1).strip()
    m = re.match(r"\s*([^,]+?)\s+(?:was|were|is|are|occurred|happened)\b", prefix)
    if m and len(m.group(1).split()) <= 8:
        return m.group(1).strip()
    return None


def _after_phrase(clause: str) -> str | None:
    c = re.sub(r"^\s*\)?\s*", "", clause)
    c = re.sub(rf"(?i)^(?:of\s+(?:the\s+|all\s+)?(?:\w+\s+)?{PEOPLE}\b(?:\s+(?:with|in|on)\s+"
               rf"[^,]*?(?=\s+(?:had|were|was|experienced|developed|received|felt|completed|died|"
               rf"got)\b))?|of\s+(?:them|those))?\s*(?:still\s+)?(?:who\s+)?", "", c)
    c = c.strip().rstrip(").")
    if re.match(r"(?i)(?:in|on|for|with|receiving|among|at|and|or|of)\b", c):
        return None  # names a group, not an outcome
    ws = c.split()
    if not ws:
        return None
    if len(ws) == 1 and ws[0].isalpha():
        return f"were {ws[0]}"
    return " ".join(ws[:8])
