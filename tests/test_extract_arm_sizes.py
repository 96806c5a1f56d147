"""Arms said with their sizes and "and" ("Half (340) were randomly assigned to melatonin
and half (340) to placebo", "320 were randomised to X and 318 to Y"): each arm is a
group with its size, and its shares take that size. The texts are made up for these
tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

import plainsum_extract  # noqa: E402

LEAD = "Sleep drug trial\n\nThe trial enrolled 680 patients aged 70 or older. "


def _draft(text: str) -> dict:
    return plainsum_extract.extract_draft(text, source="x", lang="en", bank={}).data


@pytest.mark.parametrize("sentence, sizes", [
    ("Half (340) were randomly assigned to melatonin and half (340) to placebo, taken each "
     "evening.", {"melatonin": 340, "placebo": 340}),
    ("Of these, 342 were randomised to melatonin and 338 to placebo.",
     {"melatonin": 342, "placebo": 338}),
])
def test_each_arm_has_its_size(sentence, sizes):
    data = _draft(LEAD + sentence)
    counts = {f["group"]: f["value"] for f in data["facts"]
              if f["kind"] == "count" and f["group"] in sizes}
    assert counts == sizes


def test_a_later_time_is_no_arm():
    data = _draft(LEAD + "They were randomly assigned to walk daily and 3 months later to "
                  "rest.")
    assert not [f for f in data["facts"] if f["kind"] == "count" and f["value"] == 3]
