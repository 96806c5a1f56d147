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
            return None
    words = " ".join(m.group("x").split())
    if words.lower().startswith("those "):
        words = "people " + words[6:]
    if label_problem(words) or _EVERYONE.fullmatch(words):
        return None  # "in patients": the study's people, no part of them
    return words, m.start("x"), m.end("x")
