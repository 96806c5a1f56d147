"""Background counts (``plainsum extract``): the population a count of people is about
says what they have or live with, even after an article, an age band or "some degree of";
counts of caregivers and new diagnoses are read. Every text here is made up for the test;
none comes from a release."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract.facts import find  # noqa: E402
from plainsum_extract.quantity_amounts import counts  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402

STUDY = ("Naps and gout\n\nResearchers followed 9,000 adults for ten years. Nappers had a 20 "
         "percent lower risk of gout than others. ")


@pytest.mark.parametrize("sentence, value, word", [
    ("In Portugal, about 8,000 people have a kidney stone every year.", 8000, "kidney stone"),
    ("Worldwide, more than 2 billion people live with some degree of tooth decay.",
     2_000_000_000, "tooth decay"),
    ("An estimated 4.1 million Canadians aged 60 and older are living with arthritis.",
     4_100_000, "arthritis"),
    ("Around 30,000 women are diagnosed with gout in Spain each year.", 30000, "gout"),
])
def test_a_background_count_names_what_its_people_have(sentence, value, word):
    found = find(repair(STUDY + sentence), {})
    (fact,) = [f for f in found.facts if f["kind"] == "count" and f["value"] == value]
    assert fact["role"] == "background"
    assert word in found.groups[fact["group"]].label


def test_a_risk_is_no_thing_people_have():
    found = find(repair(STUDY + "In Portugal, 8,000 people have a higher risk of gout."), {})
    (fact,) = [f for f in found.facts if f["kind"] == "count" and f["value"] == 8000]
    assert "higher" not in found.groups[fact["group"]].label


@pytest.mark.parametrize("sentence, value", [
    ("There are about 5,200 new diagnoses each year.", 5200),
    ("More than 900 caregivers answered.", 900),
])
def test_diagnoses_and_caregivers_are_counted(sentence, value):
    assert [c.value for c in counts(sentence)] == [value]
