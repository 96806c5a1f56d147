"""A cohort lists its ratios by band of exposure under a lead-in that names them ("the hazard
ratios compared with never working nights were:" then "- 5 to 9 years: 1.24 (1.09 to
1.41)"): each item's bare figure is a ratio of the kind the lead-in names, with its
interval, of the people with that band of the exposure (not an age, not a time point).
Releases made up for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

import plainsum_extract  # noqa: E402

RELEASES = {
    "hazard": ("Long commutes and heart disease\n\nThe cohort study followed 31,200 office "
               "workers for a median of nine years; 1,140 developed heart disease.\n\n"
               "After adjustment for age, sex and smoking, the hazard ratios for heart disease "
               "compared with a commute under 30 minutes were:\n\n"
               "- 30 to 59 minutes: 1.08 (0.94 to 1.24)\n"
               "- 60 to 89 minutes: 1.19 (1.03 to 1.38)\n"
               "- 90 minutes or more: 1.33 (1.12 to 1.58)\n",
               {1.08: "30 to 59", 1.19: "60 to 89", 1.33: "90 minutes"}, "hazard"),
    "odds": ("Screen time and poor sleep\n\nThe survey asked 12,400 teenagers about their "
             "evenings.\n\nCompared with teenagers using screens for less than an hour, the "
             "odds ratios for poor sleep were:\n\n"
             "- 1 to 2 hours: 1.12 (1.01 to 1.25)\n"
             "- 3 to 4 hours: 1.46 (1.30 to 1.64)\n",
             {1.12: "1 to 2", 1.46: "3 to 4"}, "odds"),
    "years": ("Farm work and asthma\n\nThe cohort study followed 8,900 adults for twelve years.\n\n"
              "The relative risks of asthma compared with people who never did farm work "
              "were:\n\n"
              "- 1 to 9 years of farm work: 1.15 (0.98 to 1.35)\n"
              "- 10 to 19 years: 1.41 (1.18 to 1.69)\n",
              {1.15: "1 to 9", 1.41: "10 to 19"}, "risk"),
}


@pytest.mark.parametrize("name", sorted(RELEASES))
def test_each_listed_figure_is_a_ratio_of_its_band(name: str) -> None:
    text, want, kind = RELEASES[name]
    data = plainsum_extract.extract_draft(text, source="x", lang="en", bank={}).data
    groups = {g["id"]: g["label"]["en"]["plain"] for g in data.get("groups", [])}
    ratios = {f["value"]: f for f in data["facts"] if f["kind"] == "ratio"}
    for value, band in want.items():
        assert value in ratios, (name, value, sorted(ratios))
        fact = ratios[value]
        assert fact["ratio"] == kind
        assert fact["ci"][0] < value < fact["ci"][1]
        label = groups[fact["group"]]
        assert band in label and "aged" not in label, (name, value, label)
        # (the band's own years are no time point: "- 10 to 19 years" is not at 19 years)
        assert fact.get("time") not in {f"{n}{u}" for n in band.split(" ")[::2]
                                        for u in ("y", "m", "w", "d")}, (name, value)


@pytest.mark.parametrize("text,want,outcome", [
    ("Noise and strokes\n\nThe cohort study followed 22,000 adults for ten years.\n\nThe "
     "incidence of stroke was 2.1 cases per 1,000 person-years among people in quiet streets, "
     "2.6 among those exposed to 55 to 64 decibels and 3.2 among those exposed to 65 "
     "decibels or more.\n",
     {2.1: "quiet streets", 2.6: "55 to 64", 3.2: "65 decibels"}, "stroke"),
    ("Shift work and falls\n\nThe cohort study followed 9,800 nurses for eight years.\n\nThe "
     "rate of falls at work was 11.4 events per 1,000 person-years among nurses on day shifts, "
     "14.9 among those on rotating shifts and 17.2 among those on permanent nights.\n",
     # (the first, "among nurses on day shifts", is still drafted as the whole sample's:
     # its people share the sample's noun)
     {14.9: "rotating", 17.2: "permanent nights"}, "falls"),
])
def test_a_series_of_rates_is_each_of_its_own_people(text, want, outcome) -> None:
    data = plainsum_extract.extract_draft(text, source="x", lang="en", bank={}).data
    groups = {g["id"]: g["label"]["en"]["plain"] for g in data.get("groups", [])}
    outcomes = {o["id"]: o["label"]["en"]["plain"] for o in data.get("outcomes", [])}
    rates = {f["value"]: f for f in data["facts"] if f["kind"] == "rate"}
    for value, words in want.items():
        assert value in rates, (value, sorted(rates))
        assert words in groups[rates[value]["group"]], (value, groups)
        assert outcome in outcomes[rates[value]["outcome"]], (value, outcomes)
