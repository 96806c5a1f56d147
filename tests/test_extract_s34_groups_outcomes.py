# ruff: noqa: E501 (the releases keep their paragraphs on one line, as they are pasted)
"""Groups and outcomes said in the release's own words (session 34, issue 12): an opening
"In patients whose tumours had a PD-L1 score of 10 or more, …" names those patients whole
(the relative clause's verb is not the sentence's); "Tumours shrank in 58.3% of patients
on X and 44.6% on placebo" is a share of what happened to them, per arm. Own releases."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

from .helpers import plain_label as label  # noqa: E402

RELEASE = (
    "Antibody slows lung cancer\n\n"
    "A total of 640 adults with advanced lung cancer were randomly assigned to torvalimab plus chemotherapy or placebo plus chemotherapy.\n\n"
    "Median overall survival was 15.2 months with torvalimab versus 11.8 months with placebo (hazard ratio 0.77; 95% CI 0.65-0.91).\n\n"
    "In patients whose tumours carried an EGFR mutation of any kind, the hazard ratio for death was 0.93 (95% CI 0.70-1.24).\n\n"
    "Key findings:\n"
    "- Tumours shrank in 47.5% of patients on torvalimab and 31.0% on placebo.\n\n"
    "Skin rashes cleared in 64.0% of patients on torvalimab and 40.5% on placebo.\n"
)


def draft() -> dict:
    return extract_draft(RELEASE, source="release.md", lang="en", bank={}).data


def test_an_opening_whose_clause_names_the_people_whole() -> None:
    data = draft()
    ratio = next(f for f in data["facts"] if f["kind"] == "ratio" and f["value"] == 0.93)
    assert label(data, "groups", ratio["group"]) == \
        "patients whose tumours carried an egfr mutation of any kind"
    assert data["study"]["main_fact"] != ratio["id"]  # a subgroup's ratio heads nothing


def test_shares_of_what_happened_to_the_arms() -> None:
    data = draft()
    shares = {f["value"]: f for f in data["facts"] if f["kind"] == "proportion"}
    first, second = shares[47.5], shares[31.0]
    assert first["outcome"] == second["outcome"]
    assert label(data, "outcomes", first["outcome"]) == "tumours shrank"
    assert "torvalimab" in label(data, "groups", first["group"])
    assert "placebo" in label(data, "groups", second["group"])
    assert label(data, "outcomes", shares[64.0]["outcome"]) == "skin rashes cleared"
    assert "placebo" in label(data, "groups", shares[40.5]["group"])


def test_the_whole_with_its_parts_after_a_colon_is_the_participant_count() -> None:
    text = ("Reading clubs for pupils\n\n"
            "The trial randomly assigned 60 primary schools to run reading clubs or to keep their usual lessons.\n\n"
            "In total, 4,830 pupils took part: 2,401 in the 30 club schools and 2,429 in the 30 comparison schools.\n")
    data = extract_draft(text, source="release.md", lang="en", bank={}).data
    cohort = next(f for f in data["facts"] if f["id"] == "cohort")
    assert cohort["value"] == 4830
    assert label(data, "groups", "all") == "pupils"
