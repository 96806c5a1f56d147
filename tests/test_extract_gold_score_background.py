"""The scorer's invented differences: an earlier study's effect that the draft keeps as
background ("earlier studies suggested X was 30% less likely to ...") is no difference
this study claims, so it invents none; the same effect drafted as a result does."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import gold_score as gs  # noqa: E402

RELEASE = {"title": "Cream and sleep", "text": "Cream and sleep\n"}
GOLD = gs.parse_gold({
    "release": "fakehealth-99998", "split": "dev", "type": "study", "title": "field",
    "study": {"design": "randomised", "participants": 120, "journal": ["pain"]},
    "main": "f1",
    "figures": [{"id": "f1", "value": 120, "kind": "count", "role": "result"}],
    "no_difference": [["sleep"]],
})


def _draft(role: str | None) -> dict:
    change = {"id": "rc", "kind": "relative-change", "value": 30, "direction": "lower",
              "group": "cream", "outcome": "sleep"}
    if role:
        change["role"] = role
    return {
        "title": {"en": "Cream and sleep"},
        "study": {"design": ["randomised-trial"]},
        "groups": [{"id": "all", "label": {"en": {"plain": "all participants"}}},
                   {"id": "cream", "label": {"en": {"plain": "people who got the cream"}}}],
        "outcomes": [{"id": "sleep", "label": {"en": {"plain": "sleep problems"}}}],
        "facts": [{"id": "cohort", "kind": "count", "value": 120, "group": "all"}, change],
    }


@pytest.mark.parametrize(("role", "invented"), [
    ("background", False), ("result", True), (None, True),
])
def test_only_a_result_can_invent_a_difference(role, invented):
    score = gs.score_release(GOLD, _draft(role), RELEASE)
    assert score.invented == ([("sleep",)] if invented else [])
