"""Section headings of a release (issue 12, background told from results): what stands
under "Background" or "Context" is what was known before the study, whatever its tense;
what stands under "Funding" or "Notes to editors" is no study text at all; other headings
leave each sentence its own label. Every text here is made up for the test."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract.classify import section_of  # noqa: E402
from plainsum_extract.facts import find  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402

RELEASE = (
    "Night shifts tied to higher diabetes risk\n\n"
    "LEEDS -- Nurses who worked night shifts for ten years or more had a 24% higher risk of "
    "type 2 diabetes than nurses who never did, a study of 12,400 nurses found.\n\n"
    "{heading}\n\n"
    "About 40% of hospital staff worked some night shifts in 2020, and a review found that "
    "18% of them slept less than six hours.\n\n"
    "Results\n\n"
    "Among nurses who worked nights, 31% developed type 2 diabetes.\n")


def roles(heading: str) -> dict[float, str]:
    f = find(repair(RELEASE.format(heading=heading)), {})
    return {fact["value"]: fact.get("role", "result") for fact in f.facts
            if fact["kind"] == "proportion"}


@pytest.mark.parametrize("heading", ["Background", "Context", "Why it matters",
                                     "What earlier research has shown", "About night work"])
def test_figures_under_a_background_heading_are_background(heading):
    got = roles(heading)
    assert got.get(40) == "background" and got.get(18) == "background"
    assert got.get(31) == "result"  # a later heading ends the section


def test_without_such_a_heading_the_sentence_is_read_on_its_own():
    assert roles("How the study was done").get(18) == "result"


@pytest.mark.parametrize("heading", ["Funding", "Notes to editors", "Competing interests",
                                     "Forward-Looking Statements"])
def test_nothing_under_a_closing_heading_is_drafted(heading):
    got = roles(heading)
    assert 40 not in got and 18 not in got
    assert got.get(31) == "result"


@pytest.mark.parametrize("heading, section", [
    ("Background", "background"), ("About severe asthma", "background"),
    ("About the Phase 2 Study", None), ("About the trial", None),
    ("About Northmere University", None), ("Results", None), ("Key findings", None),
    ("Notes for editors", "boilerplate"), ("References", "boilerplate")])
def test_what_a_heading_makes_of_its_section(heading, section):
    assert section_of(heading) == section


@pytest.mark.parametrize("headline", [
    "Phone calls from volunteer mothers did not prevent postnatal depression",
    "Phone coaching helped smokers quit, trial finds"])
def test_a_headline_that_opens_with_a_contact_word_is_no_contact_line(headline):
    f = find(repair(f"{headline}\n\nThe trial enrolled 1,200 women; 14% developed "
                    "depression.\n\nContact: Jane Doe, press office\nPHONE 555-0101\n"), {})
    assert f.title is not None and f.title[0] == headline


def test_a_study_sentence_that_opens_with_a_contact_word_is_read():
    f = find(repair("Tracing app trial\n\nThe trial enrolled 900 households.\n\nContact tracing "
                    "with the app cut household infections by 31% (relative risk 0.69).\n"), {})
    assert any(x.get("value") == 0.69 for x in f.facts)
