"""A review that pools trials counts them as its own sample: "a pooled analysis of 23
randomised trials" is a result of the release, not background; a count of earlier trials,
or of trials in a release whose study pools none, stays background. Made-up texts."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

REVIEW = """Treating gum disease in pregnancy may lower risk of preterm birth

Pregnant women who were treated for gum disease were less likely to give birth early,
according to a pooled analysis of 23 randomised trials involving 14,890 women.

Across all trials, treatment was linked to an 18 percent lower risk of preterm birth
(relative risk 0.82, 95% CI 0.71-0.94).
"""


def roles(text: str) -> dict[float, str]:
    data = extract_draft(text, source="t", lang="en", bank={}).data
    return {f["value"]: f.get("role", "result") for f in data["facts"] if f["kind"] == "count"}


def test_the_pooled_trials_are_the_reviews_sample() -> None:
    assert roles(REVIEW)[23] == "result"


def test_earlier_trials_stay_background() -> None:
    """The paired case: the same count said of earlier trials."""
    text = REVIEW.replace(
        "Across all trials,", "An earlier review of 15 previous trials had found no link. "
                              "Across all trials,")
    got = roles(text)
    assert got.get(15, "background") == "background" and got[23] == "result"


def test_a_trial_citing_other_trials_keeps_them_background() -> None:
    text = """Gum treatment in pregnancy lowers preterm birth, trial finds

In a randomised trial, 1,200 pregnant women were assigned to gum treatment or usual care.
The trial was designed after 15 small trials had given mixed results.

Preterm birth occurred in 8% of women in the gum treatment group and 11% in the usual
care group.
"""
    assert roles(text).get(15, "background") == "background"
