"""Misreadings a draft must not make: a bank term read on one word of a longer name of
something else, an organisation's name taken for a person, and a relative change with no
comparison group drafted as a change since the start. Each is paired with the near miss
that must still be read. Every text here is made up for the test."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

_TRIAL = ("Walking cuts {what}\n\nIn a trial of 600 adults, those who walked daily had "
          "30% fewer falls than those who did not after 2 years.")


def terms_of(text: str, bank: dict[str, Any]) -> dict[str, Any]:
    return {t["id"]: t for t in extract_draft(text, bank=bank).data["terms"]}


@pytest.mark.parametrize("what", ["heart attack rates", "panic attacks in students",
                                  "asthma attacks, study finds"])
def test_a_bank_word_inside_a_longer_name_of_something_else_is_no_term(bank, what):
    if "relapse" not in bank or "attack" not in bank["relapse"].accepted:
        pytest.skip("the bank's relapse term has no form 'attack'")
    assert "relapse" not in terms_of(_TRIAL.format(what=what), bank)


@pytest.mark.parametrize("what", ["the risk of a new attack", "attacks in MS",
                                  "MS attacks", "relapses in MS"])
def test_the_bank_word_on_its_own_or_said_which_is_still_the_term(bank, what):
    if "relapse" not in bank or "attack" not in bank["relapse"].accepted:
        pytest.skip("the bank's relapse term has no form 'attack'")
    assert "relapse" in terms_of(_TRIAL.format(what=what), bank)


_QUOTE = ('Walking cuts falls\n\nIn a trial of 600 adults, those who walked daily had 30% '
          'fewer falls than those who did not after 2 years.\n\n{who}, said: "Walking every '
          'day is a simple way for older people to stay on their feet."')


@pytest.mark.parametrize("who, name", [
    ("Lead researcher Professor Jane Doe, of the Centre for Bone Science at "
     "Example University", "Jane Doe"),
    ("Jane Doe, of the Institute for Movement Science", "Jane Doe"),
    ("Dr. Ann Lee, director of the Department of Health and Social Care", "Ann Lee"),
    # the near miss: two people joined by "and" are two people, the second the speaker
    ("Jane Doe and Ann Lee", "Ann Lee"),
])
def test_an_organisations_name_or_its_tail_is_no_person(who, name):
    data = extract_draft(_QUOTE.format(who=who)).data
    people = {p["id"]: p["name"] for p in data.get("people", [])}
    assert [people.get(q["speaker"]) for q in data["quotes"]] == [name]
    assert not any(w in n for n in people.values()
                   for w in ("Bone Science", "Movement Science", "Social Care"))


def relative_changes(text: str) -> list[dict[str, Any]]:
    return [f for f in extract_draft(text).data["facts"] if f["kind"] == "relative-change"]


def test_a_relative_change_with_no_comparison_group_asks_for_one():
    text = ("Scan cuts heart attacks\n\nIn a trial of 4,000 patients, half were given a scan "
            "in addition to standard tests. After receiving the scan, the number of patients "
            "suffering a heart attack within five years dropped by 40 per cent, the study "
            "found.")
    changes = relative_changes(text)
    assert changes and not changes[0].get("versus")
    assert "versus" in changes[0].get("review", "")


@pytest.mark.parametrize("said", [
    "had 40% fewer falls than in the year before the study",
    "had 40% fewer falls since the start of the study",
])
def test_a_relative_change_said_over_time_needs_no_comparison_group(said):
    text = f"Walking cuts falls\n\nIn a study of 600 adults who walked daily, they {said}."
    changes = relative_changes(text)
    assert changes and not changes[0].get("versus")
    assert "versus" not in changes[0].get("review", "")


def test_a_relative_change_with_its_comparison_group_needs_no_note():
    changes = relative_changes(
        "Walking cuts falls\n\nIn a trial, 600 adults were randomly assigned to a walking "
        "group or a control group. After 2 years, the walking group had 30% fewer falls than "
        "the control group.")
    assert changes and changes[0].get("versus")
    assert "versus" not in changes[0].get("review", "")


def test_a_release_with_no_headline_line_is_titled_by_its_first_sentence():
    data = extract_draft("Walking cuts falls in older people. A trial of 100 people found 20% "
                         "fewer falls after 1 year.").data
    assert data["title"]["en"] == "Walking cuts falls in older people"
    assert "no headline line" in data["review"]


def test_a_headline_line_is_the_title_with_no_note():
    data = extract_draft("Walking cuts falls in older people\n\nA trial of 100 people found "
                         "20% fewer falls after 1 year. It ran for a year.").data
    assert data["title"]["en"] == "Walking cuts falls in older people"
    assert "no headline line" not in data["review"]
