"""A rate per person-years said of an exposure category ("6.2 per 1,000 person-years in
the highest quintile and 3.9 in the lowest quintile") is that category's, the same group
its ratios are said of; a rate said of no category keeps the group named beside it.
Made-up sentences."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

HEAD = ("Salt linked to stroke\n\nA cohort study published in Stroke used data from 30,112 "
        "adults, followed for a median of 9 years.\n\n")


def draft(body: str) -> tuple[dict, dict[str, str]]:
    data = extract_draft(HEAD + body, source="t", lang="en", bank={}).data
    return data, {g["id"]: g["label"]["en"]["plain"] for g in data.get("groups", [])}


def of(data: dict, value: float) -> dict:
    return next(f for f in data["facts"] if f.get("value") == value)


@pytest.mark.parametrize("sentence,top,bottom", [
    ("The stroke rate was 6.2 per 1,000 person-years in the highest quintile of salt intake "
     "and 3.9 per 1,000 person-years in the lowest quintile.", "highest quintile",
     "lowest quintile"),
    ("Strokes occurred at 5.1 per 1,000 person-years among the top quartile, compared with "
     "3.3 per 1,000 person-years in the bottom quartile.", "top quartile", "bottom quartile"),
])
def test_a_rate_takes_the_category_named_after_it(sentence: str, top: str, bottom: str
                                                  ) -> None:
    data, labels = draft(sentence)
    high, low = [f for f in data["facts"] if f["kind"] == "rate"][:2]
    assert top in labels[high["group"]] and bottom in labels[low["group"]]
    assert high["group"] != low["group"]


def test_the_category_is_the_one_its_ratio_is_said_of() -> None:
    data, _ = draft("The stroke rate was 6.2 per 1,000 person-years in the highest quintile "
                    "and 3.9 per 1,000 person-years in the lowest quintile. Those in the "
                    "highest quintile had a higher risk of stroke (hazard ratio 1.42).")
    rate = next(f for f in data["facts"] if f["kind"] == "rate" and f["value"] == 6.2)
    assert rate["group"] == of(data, 1.42)["group"]


def test_a_rate_of_no_category_keeps_its_group() -> None:
    """The paired negative: a rate of the whole cohort names no category."""
    data, _ = draft("Overall, strokes occurred at 4.4 per 1,000 person-years.")
    assert of(data, 4.4)["group"] == "all"


ROWS = ("During follow-up, 1,204 participants developed heart failure.\n\nCompared with the "
        "lowest tertile, adjusted hazard ratios were:\n\nTertile 2: HR 1.12 (95% CI 0.98-1.28)"
        "\nTertile 3: HR 1.41 (95% CI 1.22-1.63)\n")


def test_rows_of_categories_are_their_groups_and_the_cohorts_illness() -> None:
    data, labels = draft(ROWS)
    second, third = of(data, 1.12), of(data, 1.41)
    assert "second tertile" in labels[second["group"]]
    assert "third tertile" in labels[third["group"]]
    assert second["outcome"] == third["outcome"] == "heart-failure"
    assert second["ci"] == [0.98, 1.28]


def test_rows_swapped_swap_the_groups() -> None:
    """The paired error: the rows' ratios swapped, each row's group follows its line."""
    data, labels = draft(ROWS.replace("HR 1.12", "HR @").replace("HR 1.41", "HR 1.12")
                         .replace("HR @", "HR 1.41"))
    assert "third tertile" in labels[of(data, 1.12)["group"]]
    assert "second tertile" in labels[of(data, 1.41)["group"]]


def test_two_illnesses_give_no_outcome_to_a_row_that_names_none() -> None:
    """The paired negative: with two illnesses developed, a row naming none is not given
    either; it is left out with a note."""
    data, _ = draft(ROWS.replace("participants developed heart failure.",
                                 "participants developed heart failure and 812 participants "
                                 "developed atrial fibrillation."))
    assert not any(f.get("value") == 1.12 for f in data["facts"])
