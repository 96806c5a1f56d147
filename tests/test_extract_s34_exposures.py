# ruff: noqa: E501 (the releases keep their paragraphs on one line, as they are pasted)
"""Observational effects placed on their exposure (session 34, issue 12): a Mendelian
randomisation study is observational, however it explains that genes are "allocated at
random" like a natural randomised trial; an effect "per step" of an exposure ("Each 10
mg/dL increase in X was linked to …") is of people with that much more of it; the people an
effect is compared with ("twice the risk of X of people in the bottom half") are no part
of its outcome; "no link between X and Y" names Y as the outcome, also when X has a
bracketed part ("Lp(a)"). Own releases."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

from .helpers import plain_label as label  # noqa: E402

RELEASE = (
    "Genes for high Lp(a) tied to kidney stones\n\n"
    "People whose genes give them high lipoprotein(a) are more likely to develop kidney stones, according to a Mendelian randomisation study published today.\n\n"
    "Because the gene variants a person inherits are allocated at random at conception, the method works a little like a natural randomised trial.\n\n"
    "The researchers analysed genetic data from 512,300 adults in three biobanks.\n\n"
    "Each 10 mg/dL increase in genetically predicted Lp(a) was linked to a 12% higher risk of kidney stones (odds ratio 1.12, 95% CI 1.05 to 1.19).\n\n"
    "Adults in the top 10% of genetic risk had nearly twice the risk of kidney stones of people in the bottom half (odds ratio 1.87, 95% CI 1.52 to 2.30).\n\n"
    "There was no link between Lp(a) and gout, a painful joint disease (odds ratio 0.99, 95% CI 0.93 to 1.06).\n"
)


def draft() -> dict:
    return extract_draft(RELEASE, source="release.md", lang="en", bank={}).data


def ratio(data: dict, value: float) -> dict:
    return next(f for f in data["facts"] if f["kind"] == "ratio" and f["value"] == value)


def test_a_mendelian_randomisation_study_is_observational() -> None:
    assert draft()["study"]["evidence"] == "observational"


def test_an_effect_per_step_is_of_people_with_that_much_more() -> None:
    data = draft()
    group = label(data, "groups", ratio(data, 1.12)["group"])
    assert "10 mg/dl higher genetically predicted lp(a)" in group
    assert "each" not in group


def test_the_people_compared_with_are_no_part_of_the_outcome() -> None:
    data = draft()
    outcome = label(data, "outcomes", ratio(data, 1.87)["outcome"])
    assert "kidney stones" in outcome and "people" not in outcome


def test_no_link_between_x_and_y_names_y() -> None:
    data = draft()
    assert "gout" in label(data, "outcomes", ratio(data, 0.99)["outcome"])
