"""A relative change that defines an outcome ("the proportion of patients whose tumours
shrank by at least 30%", "response, defined as a fall of at least 50% in pain") is the bar
the outcome is measured by, not a finding: it is left out with a note and never heads the
draft. Made-up sentences; each paired with a finding of the same shape that stays."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

HEAD = ("Pill shrinks tumours\n\nIn a single-arm trial published in The Lancet Oncology, 60 "
        "patients with advanced cancer took the pill.\n\n")


def draft(body: str) -> dict:
    return extract_draft(HEAD + body, source="t", lang="en", bank={}).data


@pytest.mark.parametrize("definition,value", [
    ("The main goal was the proportion of patients whose tumours shrank by at least 30%.", 30),
    ("Response was defined as a fall of at least 50% in pain scores.", 50),
    ("Patients who improved by at least 40% on the pain scale counted as responders.", 40),
])
def test_a_threshold_is_no_finding(definition: str, value: int) -> None:
    data = draft(definition + " Tumours shrank in 19 of the 60 patients, a response rate of "
                 "32%.")
    changes = [f for f in data["facts"] if f["kind"] == "relative-change"]
    assert all(f.get("value") != value for f in changes)
    main = next(f for f in data["facts"] if f["id"] == data["study"]["main_fact"])
    assert main.get("value") != value
    assert any("threshold" in line for line in data["review"].splitlines())


@pytest.mark.parametrize("finding,value", [
    ("Among patients who took the pill daily, the risk of relapse fell by more than 20%.", 20),
    ("In patients who took the pill, pain fell by 30% (ratio 0.70).", 30),
])
def test_a_finding_of_the_same_shape_stays(finding: str, value: int) -> None:
    """The paired negative: a change of the people who did something, said with no "at
    least" bar, is a finding and is drafted."""
    data = draft(finding)
    assert any(f["kind"] == "relative-change" and f.get("value") == value
               for f in data["facts"])
