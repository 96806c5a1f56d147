"""More ways a release says how many took part: "used the registers to follow 573,210
adults", "the findings come from 48,212 adults", "measurements of 1,146,320 Year 6
children", "giving 5,752 controls and 7,190 people in all" (the whole, unless a verb says
who took part). The texts are made up for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract.facts import find  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402


def cohort(text: str) -> int | None:
    found = find(repair("Sleep and memory\n\n" + text), {})
    facts = [f for f in found.facts if f["kind"] == "count" and f["id"] == "cohort"]
    return facts[0]["value"] if facts else None


@pytest.mark.parametrize("sentence, value", [
    ("The researchers used national registers to follow 41,210 adults aged 50 to 85 who had "
     "hearing loss.", 41210),
    ("The findings come from 8,212 adults aged 60 and over taking part in a cohort.", 8212),
    ("The team analysed measurements of 246,320 Year 6 children from 30 areas.", 246320),
    ("Each case was matched with four controls, giving 4,752 controls and 5,940 people in "
     "all.", 5940),
])
def test_the_participants_are_counted(sentence, value):
    assert cohort(sentence + " Those who slept more had 12% fewer memory problems.") == value


def test_a_part_in_all_gives_way_to_who_the_study_included():
    text = ("Cases were compared with 73,510 people of the same age, 73,510 people in all. "
            "In total, the study included 88,212 people. Those who slept more had 12% fewer "
            "memory problems.")
    assert cohort(text) == 88212


def test_an_age_in_years_is_no_count():
    assert cohort("The team followed adults for 12 years. Those who slept more had 12% "
                  "fewer memory problems.") != 12
