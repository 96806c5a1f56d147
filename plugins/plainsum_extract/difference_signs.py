"""A difference between two groups written without a sign ("an absolute difference of 3.2
percentage points") takes it from the two figures it is between: the sheet carries the
first group's figure minus the other's, so 8.1 % against 11.3 % is -3.2. Drafted as +3.2,
the outputs said the treated group's share was higher when it was lower."""

from __future__ import annotations

from typing import Any

from .state import State

_SIGNS = "-−–+"


def sign_differences(st: State) -> None:
    """Negate each unsigned difference whose group's own figure (a share or a mean of the
    same outcome or measure, and time) is the lower of the two it compares; a note says
    so. Left as written when either figure is missing or the text gives a sign."""
    facts = st.found.facts
    for fact in facts:
        if fact.get("kind") != "difference" or not isinstance(fact.get("value"), (int, float)) \
                or fact["value"] <= 0 or not fact.get("versus"):
            continue
        span = fact.get("source_span")
        if span and st.text[max(0, span[0] - 1):span[0] + 1].strip()[:1] in _SIGNS:
            continue
        own = _figure(facts, fact, fact["group"])
        other = _figure(facts, fact, fact["versus"])
        if own is None or other is None or own >= other:
            continue
        fact["value"] = -fact["value"]
        note = "its sign is read from the two figures it is between (the text gives none)"
        fact["review"] = f"{fact['review']}; {note}" if fact.get("review") else note


def _figure(facts: list[dict[str, Any]], diff: dict[str, Any], group: str) -> float | None:
    """The one figure of ``group`` the difference can be between (same kind of figure,
    outcome or measure, and time), or None when there is none or more than one value."""
    kind, key = (("proportion", "outcome") if diff.get("unit") == "percentage-points"
                 else ("mean", "measure"))
    if not diff.get(key):
        return None
    values = {f["value"] for f in facts if f.get("kind") == kind and f.get("group") == group
              and f.get(key) == diff[key] and f.get("time") == diff.get("time")
              and f.get("role") != "background" and isinstance(f.get("value"), (int, float))}
    return values.pop() if len(values) == 1 else None
