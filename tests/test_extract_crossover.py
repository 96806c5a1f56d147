"""A crossover trial's results are of its periods (every participant had each condition in
turn): each figure takes the period its clause names, not "all participants" twice, so a
sheet with the periods' figures swapped is caught. A parallel trial's arms are unchanged.
Made-up texts."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

TEXT = """Low-salt diet lowers blood pressure in crossover trial

In a randomised crossover trial, 120 adults with high blood pressure followed a low-salt diet
for four weeks and their usual diet for four weeks, in random order, with a two-week break
between the periods.

At the end of the low-salt period, systolic blood pressure averaged 128 mmHg, compared with
135 mmHg at the end of the usual-diet period. Headaches were reported by 12% of participants
during the low-salt period and 10% during the usual-diet period.
"""


def groups_by_value(text: str) -> dict[float, str]:
    data = extract_draft(text, source="t", lang="en", bank={}).data
    return {f["value"]: f["group"] for f in data["facts"] if f["kind"] in ("mean", "proportion")}


def test_each_figure_takes_its_period() -> None:
    got = groups_by_value(TEXT)
    assert got[128] == got[12] == "low-salt-period", got
    assert got[135] == got[10] == "usual-diet-period", got


def test_the_periods_named_the_other_way_round_swap_the_groups() -> None:
    swapped = TEXT.replace("12% of participants", "@").replace("and 10%", "and 12%").replace(
        "@", "10% of participants")
    got = groups_by_value(swapped)
    assert got[10] == "low-salt-period" and got[12] == "usual-diet-period", got


def test_a_parallel_trial_gets_no_periods() -> None:
    text = TEXT.replace("crossover trial", "trial").replace(
        ", in random order, with a two-week break\nbetween the periods", "")
    data = extract_draft(text, source="t", lang="en", bank={}).data
    assert not any(g["id"].endswith("-period") for g in data["groups"])
