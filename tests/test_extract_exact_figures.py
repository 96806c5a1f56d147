"""A share given as the value of a named measure ('a sensitivity of 83.1 percent') is
drafted with that measure as its outcome, and a figure the top of a release rounds ('83
percent') gives the headline to the exact one its results state. The texts are made up
for these tests; none is taken from a real release."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract.facts import find  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402

RELEASE = ("Urine test finds most bladder cancers\n\nA urine test that looks for tumour DNA "
           "detected 91 percent of bladder cancers in people with blood in their urine, a "
           "study of 2,300 patients found.\n\nResearchers enrolled 2,300 patients referred "
           "for cystoscopy in a diagnostic accuracy study.\n\nCystoscopy found bladder "
           "cancer in 180 patients. The urine test was positive in 164 of them, {measure} "
           "91.1 percent (95% CI, 86.0 to 94.4).")


@pytest.mark.parametrize("measure, outcome", [
    ("a sensitivity of", "sensitivity"),
    ("giving a detection rate of", "detection rate"),
])
def test_a_share_that_is_the_value_of_a_named_measure_has_that_outcome(measure, outcome):
    found = find(repair(RELEASE.format(measure=measure)), {})
    share = next(f for f in found.facts if f.get("value") == 91.1)
    assert found.outcomes[share["outcome"]]["label"]["en"]["plain"] == outcome


def test_the_exact_figure_takes_the_headline_from_the_rounded_one():
    found = find(repair(RELEASE.format(measure="a sensitivity of")), {})
    main = next(f for f in found.facts if f["id"] == found.main)
    assert main["value"] == 91.1


def test_a_share_whose_measure_is_named_in_the_parenthesis_after_it_has_that_outcome():
    found = find(repair(RELEASE.format(measure="a sensitivity of") + " Among patients "
                        "without cancer, the test was correctly negative in 88.4 percent "
                        "(specificity; 95% CI, 86.9 to 89.8)."), {})
    share = next(f for f in found.facts if f.get("value") == 88.4)
    assert found.outcomes[share["outcome"]]["label"]["en"]["plain"] == "specificity"
