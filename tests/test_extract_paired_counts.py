"""The second count of a pair, its noun left out ("82 patients (24.1%) in the drug group
and 88 (25.9%) in the placebo group"), is the count of its share, as the first one is; a
year before a share is none. The texts are made up for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

import plainsum_extract  # noqa: E402
from plainsum_extract.quantities import count_before  # noqa: E402

TRIAL = ("Sleep drug trial\n\nThe trial randomly assigned 680 patients to melatonin or "
         "placebo.\n\n")


@pytest.mark.parametrize("sentence, shares", [
    ("Delirium occurred in 82 patients (24.1%) in the melatonin group and 88 (25.9%) in the "
     "placebo group.", {24.1: 82, 25.9: 88}),
    ("Within 30 days, 15 patients (4.4%) in the melatonin group died, versus 16 (4.7%) in "
     "the placebo group.", {4.4: 15, 4.7: 16}),
])
def test_the_second_count_of_a_pair_is_kept(sentence, shares):
    data = plainsum_extract.extract_draft(TRIAL + sentence, source="x", lang="en",
                                          bank={}).data
    got = {f["value"]: f.get("count") for f in data["facts"] if f["kind"] == "proportion"}
    assert got == shares


@pytest.mark.parametrize("before", [
    "Rates rose between 2019 and 2020 (",
    "Among children aged 5 (",
])
def test_no_count_where_none_is_said(before):
    assert count_before(before) is None
