"""An unsigned difference between two groups takes its sign from the two figures it is
between (the sheet carries the first group's figure minus the other's). Made-up texts."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

TEXT = """New drug cuts relapse risk, trial finds

A total of 1,204 patients took part in a randomised trial. They were randomly assigned to the
new drug or a placebo. After a median follow-up of 4.2 years, 8.1% of patients in the drug
group had a relapse, compared with 11.3% in the placebo group. The absolute difference was
3.2 percentage points.
"""


def differences(text: str) -> list[float]:
    data = extract_draft(text, source="t", lang="en", bank={}).data
    return [f["value"] for f in data["facts"] if f["kind"] == "difference"]


def test_the_lower_share_makes_the_difference_negative() -> None:
    assert differences(TEXT) == [-3.2]


def test_the_higher_share_keeps_it_positive() -> None:
    """The paired case: the arms' shares the other way round, the same words."""
    swapped = TEXT.replace("8.1%", "@").replace("11.3%", "8.1%").replace("@", "11.3%")
    assert differences(swapped) == [3.2]


def test_a_difference_with_no_shares_to_compare_is_left_as_written() -> None:
    text = TEXT.replace("8.1% of patients in the drug\ngroup had a relapse, compared with "
                        "11.3% in the placebo group", "patients in the drug group relapsed "
                        "less often")
    assert all(v > 0 for v in differences(text))
