"""Means and medians said with their measure and the time it was taken at ("the median
change in systolic blood pressure from the start of the study to week 8 was -4.1 mmHg
(interquartile range [IQR] -10.2 to 2.3)"): the figure, its measure without the time
phrase, and its spread."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract.quantity_amounts import means  # noqa: E402


@pytest.mark.parametrize("text, value, measure, spread", [
    ("With placebo, the median change in seated systolic blood pressure from the start of "
     "the study to week 8 was -4.1 mmHg (interquartile range [IQR] -10.2 to 2.3).",
     -4.1, "change in seated systolic blood pressure", {"iqr": [-10.2, 2.3]}),
    ("The mean change in body weight at month 12 was -5.3 kg.", -5.3,
     "change in body weight", None),
    ("The average score on the memory test after 6 months was 42.", 42,
     "score on the memory test", None),
    ("The median change in HbA1c was -0.8 (IQR -1.2 to -0.3).", -0.8, "change in hba1c",
     {"iqr": [-1.2, -0.3]}),
])
def test_a_mean_with_its_measure_time_and_spread(text, value, measure, spread):
    found = means(text)
    assert found, text
    mean = found[0]
    assert mean.value == value
    assert mean.measure == measure
    assert mean.spread == spread


def test_a_year_in_the_measure_phrase_is_no_time_point_of_it():
    assert not means("The mean number of visits in 2020 was 4.")


@pytest.mark.parametrize("text, value, baseline, unit", [
    ("On average, weekly working hours fell by 11.4 hours, from 37.2 hours before they "
     "became ill to 25.8 hours at the time of the survey.", 25.8, 37.2, "hour"),
    ("Weight fell from 92 kg at the start to 85 kg after a year.", 85, 92, "kg"),
    ("The score improved from 24 to 59.", 59, 24, None),
])
def test_a_change_from_one_mean_to_another_with_words_between(text, value, baseline, unit):
    (mean,) = means(text)
    assert (mean.value, mean.baseline, mean.unit) == (value, baseline, unit)


def test_years_are_no_change_from_one_mean_to_another():
    assert not means("Cases rose from 5 in 2019 to 9 in 2020.")
