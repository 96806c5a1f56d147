"""Rates ("N per 1,000 person-years") are drafted as the sheet's rate kind: value, its
denominator and unit, the group named beside it and the events it counts (the words
before "per", what the clause says occurred or was diagnosed at that rate, or the rate's
own subject); a second figure said without its denominator is the same rate; the
denominator is no count of people; a share or a plain count is never a rate. The texts
are made up for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

import plainsum_extract  # noqa: E402

HEAD = ("Condition tied to stroke\n\nThe team identified 50,000 women with endometriosis and "
        "200,000 women without it.\n\n")


def _rates(text: str) -> tuple[list[dict], dict]:
    data = plainsum_extract.extract_draft(text, source="x", lang="en", bank={}).data
    labels = {e["id"]: e["label"]["en"]["plain"]
              for section in ("outcomes", "groups") for e in data.get(section) or []}
    return [f for f in data["facts"] if f["kind"] == "rate"], labels


def test_a_rate_per_person_years_with_its_group_and_events():
    rates, labels = _rates(HEAD + "Stroke occurred at a rate of 1.52 per 1,000 person-years in "
                           "women with endometriosis.\n")
    assert [(f["value"], f["per"], f["unit"]) for f in rates] == [(1.52, 1000, "person-years")]
    assert labels[rates[0]["outcome"]] == "Stroke"
    assert "endometriosis" in labels[rates[0]["group"]]


@pytest.mark.parametrize("sentence, values, unit, events", [
    ("The combined test gave 4.3 false-positive results per 1,000 babies screened, "
     "compared with 1.1 per 1,000 for the oxygen test alone.", [4.3, 1.1], "people",
     "false-positive results"),
    ("The overall incidence of admission was 3.1 per 100,000 population per year.", [3.1],
     "people-a-year", "admission"),
    ("Major heart events, including heart attack and stroke, occurred at 14.2 per 1,000 "
     "person-years in the counselling group and 16.4 in the control group.", [14.2, 16.4],
     "person-years", "Major heart events"),
    ("Death rates were 11.1 and 11.8 per 1,000 person-years respectively.", [11.8, 11.1],
     "person-years", "Death"),
])
def test_rate_forms(sentence, values, unit, events):
    rates, labels = _rates(HEAD + sentence + "\n")
    assert sorted(f["value"] for f in rates) == sorted(values)
    assert {f["unit"] for f in rates} == {unit}
    assert {labels[f["outcome"]] for f in rates} == {events}


@pytest.mark.parametrize("head", [HEAD, "Condition tied to stroke\n\nThe study followed "
                                        "50,000 women with endometriosis.\n\n"])
def test_the_denominator_is_no_count_and_names_no_group(head):
    text = head + ("Stroke occurred at a rate of 1.52 per 1,000 person-years in women with "
                   "endometriosis.\n")
    data = plainsum_extract.extract_draft(text, source="x", lang="en", bank={}).data
    assert 1000 not in [f.get("value") for f in data["facts"] if f["kind"] == "count"]
    assert not [g for g in data["groups"] if "person-years" in g["label"]["en"]["plain"]]


@pytest.mark.parametrize("sentence", [
    "Stroke occurred in 1.5% of women with endometriosis.",
    "Of the 1,000 women, 15 had a stroke.",
    "The clinic sees 1,000 women per year.",
])
def test_a_share_or_a_count_is_no_rate(sentence):
    rates, _ = _rates(HEAD + sentence + "\n")
    assert rates == []


def test_a_rate_whose_events_are_not_said_is_left_out_with_a_note():
    text = HEAD + "Among women with endometriosis it was 1.52 per 1,000 person-years.\n"
    data = plainsum_extract.extract_draft(text, source="x", lang="en", bank={}).data
    assert not [f for f in data["facts"] if f["kind"] == "rate"]
    assert "a rate whose events were not found" in data["review"]
