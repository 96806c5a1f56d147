"""Shares said as "one in N" (``plainsum extract``, figures stage): a proportion of
100/N percent with its hedge, group and outcome, never a count of N people. Every text
here is made up for the test; none comes from a release."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract.facts import find  # noqa: E402
from plainsum_extract.quantity_amounts import counts, fractions  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402


@pytest.mark.parametrize("sentence, value, hedge, said, group", [
    ("Roughly one in six older drivers had a crash.", 16.7, "about", "Roughly one in six",
     "older drivers"),
    ("Fewer than 1 in 20 patients stopped the drug.", 5, "less-than", "Fewer than 1 in 20",
     "patients"),
    ("One out of every eight adults snores.", 12.5, None, "One out of every eight", "adults"),
    ("Nearly one in four new cases is found by chance.", 25, "nearly", "Nearly one in four",
     "new cases"),
])
def test_one_in_n_is_a_share_with_its_hedge(sentence, value, hedge, said, group):
    (share,) = fractions(sentence)
    assert (share.value, share.hedge, share.said, share.group) == (value, hedge, said, group)
    assert sentence[share.start:share.end] == said


def test_one_in_ten_adults_is_no_count_of_ten():
    assert not [c for c in counts("About one in ten adults has a cold each winter.")
                if c.value == 10]


def test_the_drafted_share_has_the_outcome_said_after_its_people():
    text = ("Gout and walking\n\nResearchers followed 4,000 adults with gout. Walkers had "
            "fewer flares.\n\nAbout one in five adults with gout needed surgery. The study "
            "was funded by the Gout Trust.")
    found = find(repair(text), {})
    (share,) = [f for f in found.facts if f["kind"] == "proportion" and f["value"] == 20]
    assert share["hedge"] == "about"
    label = found.outcomes[share["outcome"]]["label"]["en"]["plain"]
    assert "surgery" in label and "adults" not in label


@pytest.mark.parametrize("sentence, boiler", [
    ("About one in five patients needed surgery.", False),
    ("About 300 walkers fell.", False),
    ("About the Gout Trust", True),
    ("About Northfield College: a school for nurses.", True),
])
def test_a_sentence_opening_with_the_hedge_about_is_no_about_us_heading(sentence, boiler):
    from plainsum_extract.classify import label

    assert (label(sentence) == "boilerplate") is boiler


def test_the_modal_of_a_share_is_no_part_of_its_outcome():
    from plainsum_extract.attach import _after_phrase

    assert _after_phrase(" will develop gout at some point in their lives.") == "develop gout"


@pytest.mark.parametrize("sentence", [
    "Up to 60 percent of men treated with radiotherapy lose their sense of taste.",
    "As many as 9 percent of parents say they skip their own meals.",
])
def test_a_share_said_in_the_present_tense_is_background(sentence):
    from plainsum_extract.classify import label

    assert label(sentence) == "background"


def test_the_same_share_in_the_past_tense_is_a_result():
    from plainsum_extract.classify import label

    assert label("Up to 60 percent of men treated with radiotherapy lost their sense of "
                 "taste.") != "background"
