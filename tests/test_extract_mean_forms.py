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
