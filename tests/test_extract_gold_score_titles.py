"""The scorer's titles: a gold headline taken from a release line with mojibake
("â€˜decoyâ€™") is matched by the draft's repaired title ("‘decoy’"), as it is by the
line itself; a different title still does not match."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from gold_score import title_matches  # noqa: E402

LINE = "Molecular \u00e2\u20ac\u02dcdecoy\u00e2\u20ac\u2122 shrinks tumours in mice"


@pytest.mark.parametrize("drafted", [
    "Molecular \u2018decoy\u2019 shrinks tumours in mice",
    LINE,
    "Molecular \u2018decoy\u2019 shrinks tumours",
])
def test_a_repaired_title_matches_the_line_as_written(drafted):
    assert title_matches(drafted, LINE)


@pytest.mark.parametrize("drafted", [
    "Molecular \u2018decoy\u2019 grows tumours in mice",
    "Untitled release",
    "",
])
def test_another_title_still_does_not_match(drafted):
    assert not title_matches(drafted, LINE)


def test_a_line_with_no_mojibake_is_compared_as_it_is():
    assert title_matches("Café coffee cuts risk", "Café coffee cuts risk")
    assert not title_matches("Cafe coffee cuts risk by half", "Café coffee cuts risk")
