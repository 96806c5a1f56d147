"""Which figure extract drafts as the study's main fact (``plainsum extract``, stage
:mod:`plainsum_extract.headline`): the primary comparison, not a secondary outcome, a
subgroup, a rounded restatement, a threshold that says who is counted or the comparison
arm's own figure. Every text here is made up for the test; none comes from a release."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract.facts import find  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402


def main_of(text: str) -> dict:
    found = find(repair(text), {})
    assert found.main is not None, "no main fact"
    return next(f for f in found.facts if f["id"] == found.main)


def test_a_ratio_beats_the_relative_change_it_restates():
    text = ("Gardeners less likely to develop gout, registry study finds\n\n"
            "The researchers followed 30,412 adults for a median of nine years. During that "
            "time, 1,120 developed gout. People who gardened every week had a 22 percent lower "
            "risk of gout than those who never did (hazard ratio 0.78; 95% CI, 0.66 to 0.92).\n")
    main = main_of(text)
    assert (main["kind"], main["value"]) == ("ratio", 0.78)


def test_a_secondary_or_further_result_gives_way_to_the_primary_one():
    text = ("Night-time text reminders help people take their inhaler\n\n"
            "In the trial, 240 adults with asthma were randomly assigned to nightly text "
            "reminders or no reminders. After six months, 71 percent of those who got the "
            "reminders used their inhaler as prescribed. Those who got the reminders also had "
            "30 percent fewer visits to an emergency department.\n")
    main = main_of(text)
    assert (main["kind"], main["value"]) == ("proportion", 71)


def test_a_subgroup_gives_way_to_the_whole_study():
    text = ("Tai chi linked to fewer falls in older adults\n\n"
            "The study followed 5,800 adults aged 70 and older for four years. Over that time, "
            "21 percent of those who practised tai chi had a fall, compared with 29 percent of "
            "those who did not. The benefit was greatest among people aged 85 and older, who "
            "had a 41 percent lower rate of falls (hazard ratio 0.59).\n")
    main = main_of(text)
    assert main["kind"] in ("comparison", "proportion")
    assert main.get("value") in (21, None)


def test_the_difference_between_the_arms_beats_each_arms_change_and_a_rounded_lead():
    text = ("Salt substitute lowers blood pressure in a month\n\n"
            "A salt substitute lowered systolic blood pressure by about 6 points in four weeks, "
            "a randomized trial shows. The researchers randomly assigned 150 adults to the "
            "substitute or to regular salt. After four weeks, systolic blood pressure fell by an "
            "average of 6.3 mm Hg in the substitute group and by 1.1 mm Hg in the regular-salt "
            "group, a between-group difference of 5.2 mm Hg (95% CI, 2.9 to 7.5).\n")
    main = main_of(text)
    assert (main["kind"], main["value"]) == ("difference", 5.2)


def test_a_threshold_that_says_who_is_counted_is_never_the_main_fact():
    text = ("New drug shrinks rare tumours\n\n"
            "The single-arm trial treated 40 adults with a rare bone tumour. Of the 40 "
            "adults, 22 (55 percent) saw their tumours shrink by at least 30 percent after six "
            "months of treatment.\n")
    main = main_of(text)
    assert main["value"] != 30
    assert main["kind"] in ("proportion", "count")


def test_a_lead_that_gives_its_finding_before_the_trial_that_found_it_may_be_the_main_fact():
    text = ("Ginger tea does not ease morning sickness\n\n"
            "Ginger tea did not reduce morning sickness in pregnant women, according to a "
            "randomized trial of 184 women published today.\n\n"
            "Another 12 percent of the women in the trial said they disliked the taste.\n")
    main = main_of(text)
    assert main["kind"] == "no-difference"


def test_the_comparison_arms_own_figure_is_not_the_main_fact():
    text = ("A simple class may help\n\n"
            "In the study, 120 adults with knee pain were randomly assigned to a weekly "
            "exercise class or to a placebo leaflet.\n\n"
            "At 12 weeks, 35 percent of the adults in the placebo group reported less pain. "
            "Among the adults in the exercise group, 58 percent reported less pain.\n")
    main = main_of(text)
    assert (main["kind"], main["value"]) == ("proportion", 58)


def test_the_share_the_headline_gives_is_the_main_fact():
    text = ("A third of hospital pharmacists report burnout, survey finds\n\n"
            "The online survey of 2,150 hospital pharmacists was run in spring. Overall, 35 "
            "percent of the pharmacists met the criteria for burnout. Among those who worked "
            "nights, 44 percent did, compared with 29 percent of those who worked days. "
            "Pharmacists with burnout were 2.1 times as likely to plan to quit within a year.\n")
    main = main_of(text)
    assert (main["kind"], main["value"]) == ("proportion", 35)


def test_the_figures_a_headline_gives():
    from plainsum_extract.headline import title_figures

    assert title_figures("One in four adults skip breakfast") == [25.0]
    assert round(title_figures("A third of nurses report burnout")[0], 1) == 33.3
    assert title_figures("Drug cuts relapses by 30%, trial finds") == [30.0]
    assert title_figures("Walking twice a week tied to longer life") == [2.0]
    assert title_figures("Tea drinkers live longer") == []


def test_a_survey_is_a_study_of_its_own():
    from plainsum_extract.facts import find as find_

    found = find_(repair("Most dentists skip lunch, poll finds\n\nThe poll of 812 dentists was "
                         "run in May. In all, 61 percent of the dentists said they skipped "
                         "lunch at least twice a week.\n"), {})
    assert found.reports_study
    assert any(f["value"] == 61 and f.get("role", "result") == "result" for f in found.facts)


def test_the_extreme_category_of_an_exposure_beats_a_middle_one():
    text = ("Nut eating tied to fewer strokes\n\n"
            "The researchers followed 40,200 adults for 12 years. Compared with those in the "
            "lowest quartile of nut intake, people in the second-highest quartile had a 12 "
            "percent lower risk of stroke (hazard ratio 0.88). People in the highest quartile "
            "had a 21 percent lower risk of stroke (hazard ratio 0.79).\n")
    main = main_of(text)
    assert main["value"] in (0.79, 21)


def test_a_finding_among_women_or_men_only_is_a_subgroup():
    text = ("Flu shot tied to fewer heart attacks\n\n"
            "The team analyzed records of 88,000 adults aged 50 and older. Among women, the "
            "risk of a heart attack was 24 percent lower after a flu shot. Overall, adults who "
            "had the shot had a 16 percent lower risk of a heart attack.\n")
    main = main_of(text)
    assert main["value"] == 16


def test_the_other_main_outcomes_are_not_the_primary_one_and_a_per_unit_estimate_is_secondary():
    text = ("Salt swap lowers blood pressure\n\n"
            "In the trial, 600 adults were randomly assigned to a salt substitute or regular "
            "salt. After a year, 31 percent of those on the substitute had high blood pressure, "
            "compared with 42 percent of those on regular salt. There were also no differences "
            "in the other main outcomes. Each additional gram of potassium a day was linked to "
            "a 9 percent lower risk.\n")
    main = main_of(text)
    assert main["kind"] in ("comparison", "proportion")
