"""A change said with its verb, whose subject is what the study gave ("exercise reduced
the number of people who had at least one fall by 21%", "phone coaching cut the
proportion of smokers who relapsed by 18%"): the group is that treatment, never the whole
cohort, and the outcome is what the counted people did, never "number of people". Made-up
sentences in several phrasings; each paired with the reading that must not change."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

HEAD = ("A randomised trial of 2,400 adults, published in The BMJ, tested a new approach.\n\n")


def effect(sentence: str, value: float) -> tuple[str, str, dict]:
    data = extract_draft("Trial finds benefit\n\n" + HEAD + sentence, source="t", lang="en",
                         bank={}).data
    fact = next(f for f in data["facts"] if f.get("value") == value)
    labels = {g["id"]: g["label"]["en"]["plain"] for g in data.get("groups", [])}
    outcomes = {o["id"]: o["label"]["en"]["plain"] for o in data.get("outcomes", [])}
    return labels.get(fact["group"], fact["group"]), outcomes.get(fact.get("outcome"), ""), fact


@pytest.mark.parametrize("sentence,value,group,outcome", [
    ("Across all trials, exercise reduced the number of people who had at least one fall "
     "by 21% (risk ratio 0.79; 95% CI 0.71 to 0.88).", 21, "exercise", "fall"),
    ("Overall, phone coaching cut the proportion of smokers who relapsed by 18% (risk "
     "ratio 0.82).", 18, "phone coaching", "relapsed"),
    ("The text reminders raised the percentage of parents who returned the form by 12%.",
     12, "text reminders", "returned the form"),
    ("Daily vitamin D lowered the risk of fractures by 15% (hazard ratio 0.85).", 15,
     "vitamin D", "fractures"),
])
def test_the_treatment_said_as_subject_is_the_group(sentence: str, value: float, group: str,
                                                    outcome: str) -> None:
    got_group, got_outcome, _ = effect(sentence, value)
    assert group.lower() in got_group.lower(), got_group
    assert outcome in got_outcome and "number" not in got_outcome, got_outcome


def test_the_ratio_in_parentheses_takes_the_same_group() -> None:
    sentence = ("Across all trials, exercise reduced the number of people who had at least "
                "one fall by 21% (risk ratio 0.79; 95% CI 0.71 to 0.88).")
    change = effect(sentence, 21)
    ratio = effect(sentence, 0.79)
    assert ratio[2]["group"] == change[2]["group"] and ratio[1] == change[1] == "fall"


def test_people_said_as_subject_are_the_group() -> None:
    """People who did something, as the subject, are the group as well."""
    group, outcome, _ = effect("Women who walked daily cut their risk of stroke by 20% "
                               "(hazard ratio 0.80).", 20)
    assert "women who walked daily" in group.lower()
    assert "stroke" in outcome


@pytest.mark.parametrize("sentence", [
    "This reduced the risk of falls by 21% (risk ratio 0.79).",
    "It cut the number of people who had at least one fall by 21%.",
])
def test_a_pronoun_subject_is_no_group(sentence: str) -> None:
    """The paired negative: a subject that names nothing ("this", "it") gives no group;
    the figure keeps the study's participants and the outcome is still what was counted."""
    group, outcome, fact = effect(sentence, 21)
    assert group.lower() not in ("this", "it", "people with this", "people with it")
    assert fact["group"] == "all" and "fall" in outcome
