"""The study's own participant count (``plainsum extract``): an age band is part of who
was counted, records "for" people count them, and an exact count beats a rounded one.
Every text here is made up for the test; none comes from a release."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract.facts import find  # noqa: E402
from plainsum_extract.quantity_amounts import counts  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402


@pytest.mark.parametrize("sentence, value, label", [
    ("The team used files on 12,040 nurses aged 30 to 60 who worked nights.", 12040,
     "nurses aged 30 to 60"),
    ("It covered 880 women aged 70 and older, living alone.", 880, "women aged 70 and older"),
    ("We traced 95 men aged 41-59 in Leeds.", 95, "men aged 41-59"),
])
def test_an_age_band_is_said_whole(sentence, value, label):
    assert next((c.value, c.label) for c in counts(sentence)) == (value, label)


def cohort_of(text: str) -> dict:
    found = find(repair(text), {})
    (fact,) = [f for f in found.facts if f["kind"] == "count" and f["group"] == "all"
               and f["id"] == "cohort"]
    return {"value": fact["value"], "label": found.groups["all"].label}


def test_records_for_people_give_the_cohort():
    text = ("Naps and gout\n\nThe team linked clinic and pharmacy records for 7,310 adults aged "
            "40 to 80 who had gout. Nappers had 15% fewer flares.")
    assert cohort_of(text) == {"value": 7310, "label": "adults aged 40 to 80"}


def test_an_exact_count_beats_a_rounded_one():
    text = ("Naps and gout\n\nA study of more than 7,000 adults\n\nThe team enrolled 7,310 "
            "adults with gout. Nappers had 15% fewer flares.")
    assert cohort_of(text)["value"] == 7310


@pytest.mark.parametrize("sentence, label", [
    ("It compared 640 people diagnosed with gout before 40 with 2,000 others.",
     "people diagnosed with gout before 40"),
    ("We studied 75 children admitted to hospital with asthma.",
     "children admitted to hospital"),
])
def test_people_told_by_a_participle_are_counted_with_it(sentence, label):
    assert next(c.label for c in counts(sentence)) == label
