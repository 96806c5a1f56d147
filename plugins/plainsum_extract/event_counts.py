"""Counts of events by arm: "356 lung cancer deaths in the screening group and 451 in the
control group", "Eleven students in the app group and 13 in the website group were
referred ...", "C. difficile infection occurred in three and eleven patients respectively",
"death occurred in 12 of 340 patients given X and 25 of 338 given placebo".

Each count belongs to its arm, and what it counts (the events, or what happened to the
people counted) goes into the label of a group within the arm ("lung cancer deaths in people
who got screening"), so a reader sees both; the second count said without its noun ("and 451
in the control group") is the same kind of count in the other arm.
"""

from __future__ import annotations

import re
from typing import Any

from .quantity_amounts import Count
from .state import PEOPLE, Sentence, State, add_fact
from .text import ANYNUM, number

# between the counted words and the arm: "in the", "among those given", "with"
_ARM_LINK = (r"(?:in|among|with|on|for|given|receiving|taking|treated\s+with|assigned\s+to|"
             r"who\s+(?:got|received|took))")
_TO_ARM = re.compile(rf"(?i)\s*(?:,\s*)?{_ARM_LINK}\s+(?:the\s+|those\s+(?:in|on|given|taking|"
                     r"who\s+(?:got|received|took))\s+(?:the\s+)?)?")
_PREPOSITION = re.compile(rf"(?i)\s*(?:,\s*)?{_ARM_LINK}\s+")
# after an arm: the next count said without its noun ("and 451 in the control group")
_SIBLING = re.compile(
    rf"(?i)\s*(?:groups?|arms?)?\s*(?:,\s*|\s+)(?:and|vs\.?|versus|compared\s+with|against|while|"
    rf"whereas|but)\s+(?:only\s+)?(?P<n>{ANYNUM})(?:\s+(?:of|out\s+of)\s+(?P<of>[\d,]+))?"
    rf"(?:\s+[a-z][\w-]*)?(?=\s*(?:,\s*)?{_ARM_LINK}\s)")
_ARM_WORD = re.compile(r"(?i)\s*(?:groups?|arms?)\b")
# what happened to the people counted, after the last arm: "were referred to crisis services"
_VERB_PHRASE = re.compile(
    r"(?i)\s+(?P<vp>(?:were|was|had|got|developed|died|needed|required|experienced|reported|"
    r"stopped|left|withdrew|dropped|suffered|underwent|became)\b[^,;.()]{0,60}?)"
    r"(?=\s*(?:[,;.()]|\bbut\b|\bwhile\b|\bwhereas\b|$))")
# "<event> occurred in / was reported in / was seen in <count>"
_EVENT_BEFORE = re.compile(
    r"(?i)(?:^|[,;:]\s*|\band\s+)(?:the\s+)?(?P<e>(?!(?:and|or|but|the)\b)[A-Za-z][\w'’.-]*(?:\s+[\w'’.-]+){0,5}?)\s+(?:occurred|"
    r"happened|(?:was|were)\s+(?:reported|seen|recorded|diagnosed|found|observed|had|"
    r"experienced))\s+(?:in|among|by)\s+$")
_RESPECTIVELY = re.compile(
    rf"(?i)\b(?:in|among)\s+(?P<a>{ANYNUM})\s+and\s+(?P<b>{ANYNUM})\s+(?P<noun>{PEOPLE})?"
    rf"\s*,?\s*(?:respectively|in\s+the\s+two\s+groups)\b")


def event_arm(st: State, s: Sentence, named: list[tuple[int, int, str]], c: Count,
              generic: bool) -> list[dict[str, Any]] | None:
    """The facts for a count said of an arm (and the count of the other arm said after it
    without its noun), or None when the count is not said of an arm. ``generic``: the
    counted words only name people ("students"), so what happened to them must be said."""
    arm = _arm_after(st, s, named, c.label_span[1]) or _arm_inside(st, s, named, c)
    if arm is None:
        return None
    gid, arm_end = arm
    event = None
    generic = generic or bool(re.match(rf"(?i){PEOPLE}\s+{_ARM_LINK}\s", c.label))
    if generic:
        before = _EVENT_BEFORE.search(s.text, max(0, c.start - 120), c.start)
        event = _as_said(s.text, before) if before else None
    pairs: list[tuple[int, int, int, str, int | None]] = [(c.value, c.start, c.end, gid, c.of)]
    end = arm_end
    while True:
        m = _SIBLING.match(s.text, end)
        if m is None:
            break
        other = _arm_after(st, s, named, m.end())
        value = number(m.group("n"))
        if other is None or value is None or other[0] in [p[3] for p in pairs]:
            break
        of = number(m.group("of")) if m.group("of") else None
        pairs.append((int(value), m.start("n"), m.end("n"), other[0],
                      int(of) if of else None))
        end = other[1]
    what = c.label
    if generic:
        if event is not None:
            what = event
            return _facts(st, s, pairs, lambda label: f"{what} in {label}", c.hedge)
        vp = _VERB_PHRASE.match(s.text, _ARM_WORD.match(s.text, end).end()
                                if _ARM_WORD.match(s.text, end) else end)
        if vp is None:
            return None
        said = " ".join(vp.group("vp").split())
        return _facts(st, s, pairs, lambda label: f"{label} who {said}", c.hedge)
    return _facts(st, s, pairs, lambda label: f"{what} in {label}", c.hedge)


def respectively(st: State, s: Sentence, named: list[tuple[int, int, str]]
                 ) -> list[dict[str, Any]]:
    """"C. difficile infection occurred in three and eleven patients respectively" after a
    clause that named two arms in turn: each count of the event in its arm."""
    m = _RESPECTIVELY.search(s.text)
    if m is None:
        return []
    arms: list[str] = []
    for lo, _, gid in named:
        if lo < m.start() and gid != "all" and gid not in arms:
            arms.append(gid)
    event = _EVENT_BEFORE.search(s.text, max(0, m.start() - 120), m.start() + 3)
    if len(arms) < 2 or event is None:
        return []
    first, second = arms[-2], arms[-1]
    a, b = number(m.group("a")), number(m.group("b"))
    if a is None or b is None:
        return []
    what = _as_said(s.text, event)
    pairs = [(int(a), m.start("a"), m.end("a"), first, None),
             (int(b), m.start("b"), m.end("b"), second, None)]
    return _facts(st, s, pairs, lambda label: f"{what} in {label}")


def _as_said(text: str, m: re.Match[str]) -> str:
    """The event's words; the capital of a sentence's first word dropped ("Death
    occurred in ..." -> "death")."""
    what = m.group("e")
    if text[:m.start("e")].strip(" \t-•*") == "" and not what.split()[0].isupper():
        what = what[0].lower() + what[1:]
    return what


def _arm_inside(st: State, s: Sentence, named: list[tuple[int, int, str]], c: Count
                ) -> tuple[str, int] | None:
    """The arm the counted words end with ("98 of 304 patients given X"): (id, end)."""
    for lo, hi, gid in named:
        if not (c.label_span[0] <= lo and hi == c.label_span[1]):
            continue
        group = st.found.groups.get(gid)
        said = s.text[c.label_span[0]:hi]
        if group is not None and group.kind in ("arm", "treated") and re.match(
                rf"(?i)[\w-]+\s+{_ARM_LINK}\s+", said):
            return gid, hi
    return None


def _arm_after(st: State, s: Sentence, named: list[tuple[int, int, str]], pos: int
               ) -> tuple[str, int] | None:
    """The arm named right after ``pos`` ("in the screening group"): (group id, end)."""
    m = _TO_ARM.match(s.text, pos)
    if m is None:
        return None
    head = _PREPOSITION.match(s.text, pos)
    for lo, hi, gid in named:
        if head is not None and head.end() <= lo <= m.end() + 1:
            group = st.found.groups.get(gid)
            if gid == "all" or group is None or group.kind not in ("arm", "treated"):
                return None
            return gid, hi
    return None


def _facts(st: State, s: Sentence, pairs: list[tuple[int, int, int, str, int | None]],
           label_of: Any, hedge: str | None = None) -> list[dict[str, Any]]:
    from .groups import _add_group  # the groups stage owns how a group is added

    out = []
    for value, lo, hi, gid, of in pairs:
        arm = st.found.groups[gid]
        label = label_of(arm.label)
        sub = _add_group(st, label, [s.at(lo), s.at(hi)], "sub", [],
                         review="a count of what happened in an arm: check the label")
        fact: dict[str, Any] = {"kind": "count", "value": value, "group": sub.id, "of": gid,
                                "source_span": [s.at(lo), s.at(hi)]}
        if hedge and not out:  # "at most, an additional 28 deaths in the LDCT group"
            fact["hedge"] = hedge
        if of:
            fact["review"] = f"the release says {value} of {of}"
        add_fact(st, fact, f"{sub.id}-n")
        out.append(fact)
        shown = f"{of:,}" if of and of >= 1000 else str(of)
        at = s.text.find(shown, hi) if of else -1
        if at >= 0 and not any(f["kind"] == "count" and f.get("group") == gid and
                               f.get("value") == of for f in st.found.facts):
            # "4 of the 12 mice in the combination group": the 12 are the arm's size
            add_fact(st, {"kind": "count", "value": of, "group": gid,
                          "source_span": [s.at(at), s.at(at + len(shown))],
                          "review": f"the total of '{value} of {of}'"}, f"{gid}-n")
    return out
