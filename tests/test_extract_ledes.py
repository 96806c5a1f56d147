"""Readings checked on releases written for the purpose (``plainsum extract``): a dateline
lede after an institution's name in capitals is no boilerplate, a frequency is no part of
a treatment's name, the study's own people counted again are all of them, and people
named with "in" before an aside are the figure's group. Every text here is made up for
the test; none comes from a release."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract.facts import find  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402
from plainsum_extract.subject import among_before  # noqa: E402

RELEASE = """Porters who stretch have fewer back injuries

NEWS RELEASE 01-JAN-2030

NORTHGATE INSTITUTE OF LABOUR HEALTH

GDANSK, Poland -- Hospital porters who stretched for ten minutes before shifts had a 22 \
percent lower risk of back injury than porters who did not, a study reports.

The team analysed records for 3,400 porters aged 20 to 65 who worked at 12 hospitals. Over \
three years, 410 porters reported a back injury. The link was strongest among porters in \
their first two years of work (odds ratio 0.70).

Workers who used the gym three times a week had 30 percent fewer injuries than workers who \
used the gym once a week.
"""


def test_a_dateline_lede_after_a_heading_in_capitals_is_read():
    found = find(repair(RELEASE), {})
    (change,) = [f for f in found.facts if f.get("value") == 22]
    assert "stretched" in found.groups[change["group"]].label


def test_the_studys_people_counted_again_are_told_by_what_happened():
    found = find(repair(RELEASE), {})
    (count,) = [f for f in found.facts if f.get("value") == 410]
    assert found.groups[count["group"]].label == "porters who reported a back injury"


def test_a_frequency_is_no_part_of_a_treatment():
    found = find(repair(RELEASE), {})
    labels = [g.label for g in found.groups.values()]
    assert not [label for label in labels if label.endswith(("three", "once"))]
    (change,) = [f for f in found.facts if f.get("value") == 30]
    assert "three times a week" in found.groups[change["group"]].label


def test_people_named_with_in_before_an_aside():
    sentence = "The link was strongest among porters in their first two years (odds ratio 0.7)."
    found = among_before(sentence, sentence.index("0.7"))
    assert found is not None and found[0] == "porters in their first two years"


def test_a_date_and_a_share_are_no_counts():
    from plainsum_extract.quantity_amounts import counts

    assert not counts("OSLO, 4 March 2031 - Patients who walked did better.")
    assert [c.value for c in counts("It missed 1 in 9 early tumours in 400 patients.")] == [400]


def test_one_in_n_with_its_figure_given_is_drafted_once():
    from plainsum_extract.quantity_amounts import fractions

    assert not fractions("About one in four pupils (26 percent) skipped lunch.")


def test_a_hedged_count_opening_a_clause_is_told_by_what_happened():
    text = ("Caps and hair\n\nThe trial enrolled 90 women. Half of them got a cap. At least 4 "
            "women stopped wearing the cap because of headaches.")
    found = find(repair(text), {})
    (count,) = [f for f in found.facts if f.get("value") == 4]
    assert count["hedge"] == "at-least"
    assert found.groups[count["group"]].label.startswith("women who stopped wearing the cap")


def test_the_event_of_a_period_stops_before_a_count():
    from plainsum_extract.quantities import period_event

    sentence = "The trial enrolled 182 women from 9 clinics during 2019-2021."
    at = sentence.index("2019")
    assert period_event(sentence, at, at + 9)[0] == "enrolled"


def test_where_a_share_was_found_is_no_part_of_its_outcome():
    text = ("Blood test\n\nBOSTON -- A blood test detected 88 percent of early bowel cancers in "
            "a study of 2,310 people, researchers report.")
    found = find(repair(text), {})
    (share,) = [f for f in found.facts if f.get("value") == 88]
    label = found.outcomes[share["outcome"]]["label"]["en"]["plain"]
    assert label == "detected early bowel cancers"


def test_schoolchildren_are_a_cohort():
    text = ("Breakfast\n\nA study of 4,120 schoolchildren aged 8 to 10 found that those who ate "
            "breakfast had 20 percent fewer absences.")
    found = find(repair(text), {})
    assert found.groups["all"].label == "schoolchildren aged 8 to 10"


def test_a_headline_opening_with_a_chrome_word_in_a_compound_is_the_title():
    text = ("Home-cooked dinners cut salt intake in older adults\n\nNorthfield College | Newsroom"
            "\nHome > News\n\nLEEDS -- Adults who cooked at home ate 20 percent less salt, a "
            "study of 800 adults found.")
    found = find(repair(text), {})
    assert found.title is not None
    assert found.title[0] == "Home-cooked dinners cut salt intake in older adults"
