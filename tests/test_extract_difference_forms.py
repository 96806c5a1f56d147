"""Differences and changes said around a summary statistic: "fell by a median of 71%" is
a relative change; "a mean of 9.8 days ..., compared with 11.1 days in the placebo group
- a difference of -1.3 days" is a difference of the two means' measure, first group
against second, and a duration beside it is no time point of it. The texts are made up
for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

import plainsum_extract  # noqa: E402
from plainsum_extract.quantity_forms import read  # noqa: E402

TRIAL = ("Sleep drug trial\n\nThe trial randomly assigned 680 patients to melatonin or "
         "placebo.\n\n")


def _draft(text: str) -> dict:
    return plainsum_extract.extract_draft(text, source="x", lang="en", bank={}).data


@pytest.mark.parametrize("text, value, direction", [
    ("Blood aldosterone levels fell by a median of 71% with the 2 mg dose.", 71, "lower"),
    ("Pain scores dropped by an average of 30 percent.", 30, "lower"),
    ("Walking distance rose by a mean of 12% in the exercise group.", 12, "higher"),
])
def test_a_change_summed_up_by_a_statistic_is_a_relative_change(text, value, direction):
    found = [q for q in read(text) if q.kind == "relative-change"]
    assert [(q.value, q.fields.get("direction")) for q in found] == [(value, direction)]


def test_a_median_of_people_is_no_change():
    assert not [q for q in read("The cohort grew by a median of 40 patients a year.")
                if q.kind == "relative-change"]


@pytest.mark.parametrize("tail", [
    " – a difference of -1.3 days (95% CI -2.4 to -0.2).",
    ", a difference of -1.3 days (95% CI -2.4 to -0.2).",
])
def test_a_difference_after_two_means_is_of_their_measure_and_groups(tail):
    data = _draft(TRIAL + "Patients in the melatonin group spent a mean of 9.8 days in "
                  "hospital, compared with 11.1 days in the placebo group" + tail)
    diff = next(f for f in data["facts"] if f["kind"] == "difference")
    assert diff["value"] == -1.3
    assert diff["group"] == "melatonin" and diff["versus"] == "placebo"
    means = [f for f in data["facts"] if f["kind"] == "mean"]
    assert diff["measure"] == means[0]["measure"]
    assert "time" not in diff  # 9.8 days and 1.3 days are durations, no time point


def test_a_difference_in_days_keeps_a_time_said_with_its_preposition():
    data = _draft(TRIAL + "Patients in the melatonin group spent a mean of 9.8 days in "
                  "hospital at 6 months, compared with 11.1 days in the placebo group, a "
                  "difference of -1.3 days.")
    diff = next(f for f in data["facts"] if f["kind"] == "difference")
    assert diff.get("time") == "6m"


def test_a_difference_with_no_means_before_it_is_still_left_out():
    data = _draft(TRIAL + "The patients stayed a shorter time, a difference of -1.3 days.")
    assert not [f for f in data["facts"] if f["kind"] == "difference"]
    assert "a difference whose outcome was not found" in data["review"]
