"""The people a figure is said of right beside it: a subgroup result.

"the rate ratio was 0.67 (95% CI 0.54-0.83) in women and 0.87 (...) in men", "Results
were similar in men (difference -1.9 ...) and in patients with diabetes (difference -2.3
...)", "5.4% in patients operated on within 24 hours, 6.5% in those operated on after 24
to 36 hours": each figure belongs to the people named after it (past its own interval) or
right before the parenthesis that holds it, not to the whole cohort.
"""

from __future__ import annotations

import re

from .groups import PERSONS, label_problem

_END = (r"(?=\s*(?:[,;:.)]|$)|\s+(?:and|but|compared|versus|vs\.?|while|whereas|respectively)\b|"
        # "than" ends the people unless it bounds them ("waited more than 36 hours")
        r"(?<!more)(?<!less)(?<!fewer)(?<!longer)(?<!older)(?<!younger)(?<!greater)\s+than\b)")
_PHRASE = (rf"(?P<x>(?:those|(?:[\w'’-]+\s+)?{PERSONS})\b(?:[^,;:.()]|\.\d){{0,70}}?)")
_EVERYONE = re.compile(r"(?i)(?:all\s+|the\s+)?(?:people|patients|participants|adults|individuals|"
                       r"subjects|volunteers|persons|respondents)")
# the figure, its own parenthesis, then "in <people>"
_AFTER = re.compile(rf"(?i)\s*(?:\((?:[^()]|\([^()]*\)){{0,120}}\))?\s*,?\s+(?:in|among|for)\s+"
                    rf"(?:the\s+)?{_PHRASE}{_END}")
# "in <people> (difference -1.9 ...": the figure inside the parenthesis after them
_BEFORE = re.compile(rf"(?i)\b(?:in|among|for)\s+(?:the\s+)?{_PHRASE}\s*\(\s*(?:[\w-]+\s+){{0,4}}"
                     rf"(?:of\s+|was\s+|=\s*|:\s*)?$")


def beside(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The people a figure at ``[start, end)`` of a sentence is said of right beside it:
    (label, start, end) in the sentence, or None."""
    m = _AFTER.match(text, end)
    if m is None:
        m = _BEFORE.search(text, max(0, start - 110), start)
        if m is None or m.end() != start:
            return level_beside(text, start, end)
    words = " ".join(m.group("x").split())
    if words.lower().startswith("those "):
        words = "people " + words[6:]
    if label_problem(words) or _EVERYONE.fullmatch(words):
        return None  # "in patients": the study's people, no part of them
    return words, m.start("x"), m.end("x")


# A level of an exposure or a band of people said with a figure instead of a person word:
# "1.15 for one or two courses, 1.31 for three to five courses", "27% higher after a wait
# of more than 36 hours", "(odds ratio 1.14) ... for the 7-day group", "0.79 in the highest
# quartile". The phrase starts with an amount (a number, a number word, a band or an open
# bound) or a rank, and ends on the noun the amount counts; an amount of time alone needs a
# band or a bound ("for more than 36 hours", never "after 12 weeks": that is a time point),
# and a year is a time, never a level.
_N = (r"(?:\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
      r"fifteen|twenty|thirty|forty|fifty|sixty|a\s+hundred)")
_BOUND = (r"(?:(?:more|less|fewer|longer|shorter|greater|higher|lower)\s+than|at\s+least|"
          r"at\s+most|up\s+to|under|over|below|above|between)")
_TIME_UNIT = r"(?:hours?|days?|weeks?|months?|years?|minutes?|h|hrs?)"
_LEVEL_HEAD = (rf"(?:{_TIME_UNIT}|courses?|doses?|prescriptions?|cycles?|sessions?|visits?|"
               r"servings?|portions?|cups?|drinks?|glasses?|cigarettes?|units?|times|steps|"
               r"mg|milligrams?|grams?|g|kg|ml|pills?|tablets?|packs?|children|births|"
               r"pregnancies|wait|waits|delay|delays|groups?|arms?|regimens?|quartiles?|"
               r"quintiles?|tertiles?|deciles?|categor(?:y|ies)|bands?|levels?|"
               rf"{PERSONS})")
_AMOUNT = (rf"(?:(?P<bound>{_BOUND})\s+)?(?P<n>{_N})(?:-?\s*(?:-|–|to|or|and)\s*(?P<n2>{_N}))?"
           rf"(?:[\s-]+(?:or|and)\s+(?P<open>more|fewer|less|over|older|later|longer))?")
_RANK = (r"(?:highest|lowest|top|bottom|middle|first|second|third|fourth|fifth|"
         r"most\s+active|least\s+active)")
_LEVEL = (rf"(?P<lv>(?:(?:the|a|an)\s+)?(?:{_AMOUNT}(?:-|\s+)(?:[a-z][\w-]*\s+)?"
          rf"(?P<head>{_LEVEL_HEAD})(?:\s+(?:or|and)\s+(?P<open2>more|fewer|less|over|"
          rf"longer|later))?(?P<tail>(?:\s+(?:of\s+)?[a-z][\w-]*){{0,2}}?)"
          rf"|{_RANK}\s+(?:[a-z][\w-]*\s+)?(?:quartile|quintile|tertile|third|fifth|"
          rf"decile|group|category)s?))")
_LEVEL_AFTER = re.compile(
    rf"(?i)\s*(?:\((?:[^()]|\([^()]*\)){{0,120}}\))?\s*,?\s+(?:in|among|for|with|after)\s+"
    rf"{_LEVEL}{_END}")
_LEVEL_BEFORE = re.compile(
    rf"(?i)\b(?:in|among|for|with|after)\s+{_LEVEL}\s*\(\s*(?:[\w-]+\s+){{0,4}}"
    rf"(?:of\s+|was\s+|=\s*|:\s*)?$")


def level_beside(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The level of an exposure (or band of people) a figure at ``[start, end)`` is said
    of right beside it, labelled as the people at that level: (label, start, end)."""
    m = _LEVEL_AFTER.match(text, end)
    if m is None:
        m = _LEVEL_BEFORE.search(text, max(0, start - 110), start)
        if m is None or m.end() != start:
            return None
    if not _a_level(m):
        return None
    words = " ".join(m.group("lv").split())
    words = re.sub(r"(?i)^the\s+", "", words)
    if m.group("n") is None or re.search(rf"(?i)\b(?:{PERSONS}|groups?|arms?)$", words):
        label = words if re.search(rf"(?i)\b{PERSONS}$", words) else f"people in the {words}"
    else:
        label = f"people with {words}"
    if label_problem(label):
        return None
    return label, m.start("lv"), m.end("lv")


def _a_level(m: re.Match[str]) -> bool:
    """An amount that is a level, not a time point or a date: a bare amount of time
    needs a band or a bound; a year is never one."""
    if m.group("n") is None:
        return True  # a rank: "the highest quartile"
    if re.fullmatch(r"(?:1[89]|20)\d\d", m.group("n")):
        return False
    if re.fullmatch(rf"(?i){_TIME_UNIT}", m.group("head") or ""):
        # "30-day mortality", "5-year survival": a time that qualifies an outcome
        return not m.group("tail") and bool(
            m.group("bound") or m.group("n2") or m.group("open") or m.group("open2"))
    return True


# What a mean measures when no "mean <measure>" says it: the place a time was spent in,
# said after it ("a median of 7 days in the hospital"), or what the clause a colon ends
# names ("spent more days alive and out of hospital: a mean of 78.3 days").
_SPENT_IN = re.compile(r"(?i)\s+(?P<w>(?:in|at|on|off|out\s+of)\s+(?:the\s+|an?\s+)?"
                       r"(?:[a-z][\w-]*\s+){0,2}?(?:hospital|intensive\s+care|care|bed|"
                       r"icu|ward|home|work|school|ventilation|treatment|a\s+ventilator))\b")
_TIME_UNITS = frozenset({"day", "week", "month", "year", "hour", "minute", "night"})
_COLON_CLAUSE = re.compile(
    r"(?i)\b(?:spent|had|gained|lost|took|needed|used|walked|slept|gave|got|reached|"
    r"showed|reported)\s+(?:(?:more|fewer|less|longer|shorter|extra|about)\s+)?"
    r"(?P<m>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,6}?)\s*:\s*(?:an?\s+|the\s+)?$")


def measure_around(text: str, start: int, end: int,
                   unit: str | None) -> tuple[str, int, int] | None:
    """What a mean at ``[start, end)`` measures, read from the words around it when its
    own phrase names nothing: (words, start, end), or None."""
    if unit in _TIME_UNITS:
        m = _SPENT_IN.match(text, end)
        said = re.search(r"([a-z]+)\s*$", text[start:end])
        if m is not None and said is not None:
            # the time word as the release says it ("days"), then where it was spent
            words = f"{said.group(1)} {' '.join(m.group('w').split())}"
            return words, m.start("w"), m.end("w")
    m = _COLON_CLAUSE.search(text, max(0, start - 120), start)
    if m is not None and m.end() == start and not label_problem(m.group("m"), outcome=True):
        return " ".join(m.group("m").split()), m.start("m"), m.end("m")
    return None
