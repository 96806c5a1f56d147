"""A list item's label names the people its effect figures are of ("- Aged 50 to 64:
hazard ratio 0.76 (95% CI 0.70 to 0.83)", "- Women: hazard ratio 0.81"), whatever group
the sentence before spoke of; a line that is no list item keeps the group its wording
names. The texts are made up for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

import plainsum_extract  # noqa: E402

LEAD = ("Hearing aids and dementia\n\nThe researchers followed 5,000 adults with hearing loss "
        "in a cohort study. Hearing aid users had a 16% lower risk of dementia (hazard ratio "
        "0.84; 95% CI 0.82 to 0.86).\n\nResults by age and sex:\n")


def _draft(text: str) -> dict:
    return plainsum_extract.extract_draft(text, source="x", lang="en", bank={}).data


def _group_of(data: dict, value: float) -> str:
    labels = {g["id"]: g["label"]["en"]["plain"] for g in data["groups"]}
    fact = next(f for f in data["facts"] if f.get("value") == value and f["kind"] == "ratio")
    return labels[fact["group"]]


@pytest.mark.parametrize("bullet", ["-", "•", "*"])
def test_each_item_is_of_the_people_its_label_names(bullet):
    data = _draft(LEAD + f"{bullet} Aged 50 to 64: hazard ratio 0.76 (95% CI 0.70 to 0.83)\n"
                         f"{bullet} Women: hazard ratio 0.81 (95% CI 0.78 to 0.84)\n"
                         f"{bullet} Men: hazard ratio 0.88 (95% CI 0.85 to 0.91)\n")
    assert _group_of(data, 0.76) == "people aged 50 to 64"
    assert _group_of(data, 0.81) == "women"
    assert _group_of(data, 0.88) == "men"
    assert _group_of(data, 0.84) == "hearing aid users"


def test_a_label_that_names_no_people_leaves_the_group_alone():
    data = _draft(LEAD + "- Adjusted model: hazard ratio 0.86 (95% CI 0.83 to 0.89)\n")
    assert _group_of(data, 0.86) != "adjusted model"


def test_a_sentence_with_a_colon_is_no_list_item():
    data = _draft(LEAD.replace("Results by age and sex:\n", "") +
                  "In women the result held: hazard ratio 0.81 (95% CI 0.78 to 0.84).\n")
    assert _group_of(data, 0.81) != "In women the result held"
