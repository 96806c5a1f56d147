"""A list of shares under a lead-in ('The figure was highest among the youngest and fell
with age:' then '- 18 to 24 years: 24.6 percent') is drafted: each item a share of the
outcome the lead-in refers to, of the people its label names (an age band is an age, not
a time point). The texts are made up for these tests; none is taken from a real release."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract.facts import find  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402

RELEASE = ("Young adults sleep least\n\nResearchers surveyed 9,000 adults in a cross-sectional "
           "study.\n\nOverall, 31.5 percent of adults slept less than six hours a night. The "
           "share was highest among the youngest adults and fell with age:\n\n"
           "- 18 to 29 years: 42.3 percent\n- 30 to 59 years: 30.8 percent\n"
           "- 60 years and older: 21.6 percent\n\nThe survey ran in 2025.")


def test_each_item_is_a_share_of_the_lead_ins_outcome_for_its_age_band():
    found = find(repair(RELEASE), {})
    shares = {f["value"]: f for f in found.facts if f["kind"] == "proportion"}
    lead = shares[31.5]["outcome"]
    for value, label in ((42.3, "people aged 18 to 29"), (30.8, "people aged 30 to 59"),
                         (21.6, "people aged 60 and older")):
        assert shares[value]["outcome"] == lead
        assert found.groups[shares[value]["group"]].label == label
        assert "time" not in shares[value]
