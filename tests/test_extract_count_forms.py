"""Counts of people: a number followed by a duration ("before 37 weeks than women given
placebo") counts no one, while a count whose noun comes after a capitalised class word
("1,146,320 Year 6 children") still counts them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract.quantity_amounts import counts  # noqa: E402


@pytest.mark.parametrize("text, value", [
    ("They were 22 percent less likely to give birth before 37 weeks than women given "
     "placebo.", 37),
    ("Symptoms eased within 3 days compared with patients on usual care.", 3),
    ("The effect lasted 12 months longer than in men who stopped.", 12),
    ("Scores rose after 8 hours versus adults who slept less.", 8),
])
def test_a_duration_is_no_count_of_people(text, value):
    assert value not in [c.value for c in counts(text)]


@pytest.mark.parametrize("text, value, word", [
    ("Researchers measured 1,146,320 Year 6 children in 23 areas.", 1146320, "children"),
    ("The trial enrolled 412 pregnant women at 20 hospitals.", 412, "women"),
    ("Of them, 37 older patients were admitted.", 37, "patients"),
])
def test_a_count_of_people_stays(text, value, word):
    found = {c.value: c.label for c in counts(text)}
    assert value in found and word in found[value]


@pytest.mark.parametrize("text, value, label", [
    ("The benefit was larger among the 1,921 children living in the most deprived areas.",
     1921, "children living in the most deprived areas"),
    ("We studied 300 nurses working in intensive care units.", 300,
     "nurses working in intensive care units"),
])
def test_where_the_counted_people_are_is_part_of_who(text, value, label):
    assert [(c.value, c.label) for c in counts(text)] == [(value, label)]


def test_a_living_arrangement_without_a_place_is_not_read_as_one():
    assert [(c.value, c.label) for c in counts("Some 40 women living alone had falls.")] == \
        [(40, "women")]
