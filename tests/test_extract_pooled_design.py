"""A review that pools trials is no trial of its own: "a pooled analysis of randomised
trials" or "a systematic review and meta-analysis" gives the evidence "other", while a
trial that randomly assigned its own participants stays randomised, and an earlier
meta-analysis mentioned as background changes nothing. The texts are made up."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

import plainsum_extract  # noqa: E402


def _evidence(text: str) -> str | None:
    data = plainsum_extract.extract_draft(text, source="x", lang="en", bank={}).data
    return data["study"].get("evidence")


@pytest.mark.parametrize("lede", [
    "Aspirin cut preterm birth by 14%, finds a pooled analysis of randomised trials.",
    "Aspirin cut preterm birth by 14%, according to a systematic review and meta-analysis "
    "of 27 randomised trials led by the university.",
    "Aspirin cut preterm birth by 14%, according to a systematic review and meta-analysis "
    "led by the university of randomised controlled trials in pregnant women.",
])
def test_a_review_of_trials_is_other_evidence(lede):
    assert _evidence(f"Aspirin and preterm birth\n\n{lede} The trials included 41,620 "
                     "women.") == "other"


def test_a_trial_of_its_own_stays_randomised_beside_an_earlier_meta_analysis():
    text = ("Aspirin and preterm birth\n\nAspirin cut preterm birth by 14% in a trial that "
            "randomly assigned 1,200 women to aspirin or placebo.\n\nA 2019 meta-analysis "
            "had suggested a smaller benefit.")
    assert _evidence(text) == "randomised"
