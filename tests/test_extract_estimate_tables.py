"""A table of estimates pasted into a release ("Subgroup  Participants  Hazard ratio (95% CI)"
over rows of a label, counts and "0.71 (0.58-0.87)"): each row's ratio with its interval,
of the row's own people, with the outcome of the same kind of ratio before the table, and
the row's people counted. Every text here is made up for the test."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract.facts import find  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402

TEXT = """Statins and dementia, cohort study

The study followed 41,300 adults aged 60 and over for ten years.

Statin users had a lower risk of dementia (hazard ratio 0.82; 95% CI 0.75 to 0.90).

The link differed by age:

Subgroup            Participants   Hazard ratio (95% CI)   p
Aged 60 to 69          18,200         0.71 (0.60-0.84)       0.01
Aged 70 to 79          15,100         0.86 (0.75-0.98)       0.03
Aged 80 and over        8,000         1.04 (0.86-1.26)       0.70
"""


def test_each_row_is_a_ratio_of_its_own_people_with_the_outcome_before():
    found = find(repair(TEXT), {})
    labels = {g.id: g.label for g in found.groups.values()}
    first = next(f for f in found.facts if f["kind"] == "ratio" and f["value"] == 0.82)
    rows = {f["value"]: f for f in found.facts if f["kind"] == "ratio" and f["value"] != 0.82}
    assert sorted(rows) == [0.71, 0.86, 1.04]
    assert rows[0.71]["ci"] == [0.60, 0.84] and rows[0.71]["ratio"] == "hazard"
    assert labels[rows[0.71]["group"]] == "adults aged 60 to 69"
    assert all(r.get("outcome") == first["outcome"] for r in rows.values())
    counts = {f["value"]: labels[f["group"]] for f in found.facts if f["kind"] == "count"}
    assert counts[18200] == "adults aged 60 to 69" and counts[8000] == "adults aged 80 and over"
    assert not any(f.get("value") in (0.01, 0.03, 0.7) for f in found.facts)


def test_a_table_without_an_estimate_column_is_left_to_the_other_readers():
    text = TEXT.replace("Hazard ratio (95% CI)", "Dementia cases       ")
    for estimate, cases in (("0.71 (0.60-0.84)", "412"), ("0.86 (0.75-0.98)", "388"),
                            ("1.04 (0.86-1.26)", "301")):
        text = text.replace(estimate, cases.ljust(len(estimate)))
    found = find(repair(text), {})
    assert not any(f["kind"] == "ratio" and f.get("value") in (0.71, 0.86, 1.04)
                   for f in found.facts)
