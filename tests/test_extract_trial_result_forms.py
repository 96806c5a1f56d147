"""How a trial's results are said and read: a vaccine efficacy computed from counted cases
is of those cases; each arm's mean change is a mean of what changed (the list line's
label or the clause's subject), and "the difference between the groups" after them is
their difference; a heading "Results at week 16" gives its run of results that time; a
subgroup by age band gives way to the whole trial's result as headline; "in a day" says
how often, not when; a subtype of the outcome said with "the increase was seen for X" or
"no clear difference for Y" is that figure's outcome, and "The risk was highest in ..."
goes back to the risk the release named; HTML tags pasted with a release are no words of
its sentences. The texts are made up for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

import plainsum_extract  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402


def _draft(text: str) -> dict:
    return plainsum_extract.extract_draft(text, source="x", lang="en", bank={}).data


def _labels(data: dict, section: str) -> dict[str, str]:
    return {e["id"]: e["label"]["en"]["plain"] for e in data.get(section) or []}


def _facts(data: dict, kind: str) -> list[dict]:
    return [f for f in data["facts"] if f["kind"] == kind]


VACCINE = (
    "Flu-like virus vaccine protects older adults\n\n"
    "The trial enrolled 20,000 adults aged 60 and older. Participants were randomly "
    "assigned to receive the vaccine (10,000 participants) or a placebo (10,000 "
    "participants).\n\n"
    "Over six months, 30 cases of laboratory-confirmed rhinovirus illness occurred in the "
    "vaccine group, compared with 120 in the placebo group, corresponding to a vaccine "
    "efficacy of 75.0% (95% CI, 60.1 to 84.2).\n\n"
    "Efficacy was higher against severe illness, defined as four or more episodes of "
    "vomiting in a day: an efficacy of 80.0% (95% CI, 50.2 to 92.3).\n\n"
    "In participants aged 80 and older, the vaccine's efficacy was lower, at 55.5% "
    "(95% CI, 20.1 to 75.3).\n")


def test_an_efficacy_from_counted_cases_is_of_those_cases_and_the_headline():
    data = _draft(VACCINE)
    outcomes = _labels(data, "outcomes")
    changes = {f["value"]: f for f in _facts(data, "relative-change")}
    assert 75.0 in changes, "the efficacy computed from the cases is drafted"
    assert "rhinovirus" in outcomes[changes[75.0]["outcome"]]
    # the subgroup of the oldest gives way to the whole trial's efficacy
    assert data["study"]["main_fact"] == changes[75.0]["id"]
    # "four or more episodes of vomiting in a day": how often, not a time point
    times = {t["id"]: (t["value"], t["unit"]) for t in data.get("times") or []}
    assert times.get(changes[80.0].get("time")) != (1, "day")


def test_an_age_band_of_the_whole_cohort_is_no_subgroup():
    text = VACCINE.replace("In participants aged 80 and older, the vaccine's efficacy was "
                           "lower, at 55.5% (95% CI, 20.1 to 75.3).",
                           "In participants aged 60 and older, the vaccine's efficacy was "
                           "75.0% over the season.")
    from plainsum_extract.facts import find
    from plainsum_extract.headline import _age_band
    st_found = find(repair(text), {})
    assert st_found.facts  # the release is read
    from plainsum_extract.state import State
    st = State(repair(text), {})
    from plainsum_extract.state import Group
    st.found.groups["all"] = Group("all", "adults aged 60 and older", [], [0, 0], "all")
    assert not _age_band(st, "In participants aged 60 and older, the efficacy was 75.0%.")
    assert _age_band(st, "In participants aged 80 and older, the efficacy was 55.5%.")


def test_no_cases_counted_leaves_an_efficacy_without_outcome_out():
    text = ("Vaccine trial\n\nThe trial enrolled 2,000 adults, randomly assigned to the "
            "vaccine or a placebo.\n\nThe researchers reported a vaccine efficacy of 71.0% "
            "(95% CI, 58.6 to 79.8).\n")
    data = _draft(text)
    assert 71.0 not in [f.get("value") for f in _facts(data, "relative-change")]


ECZEMA = (
    "Injection eases eczema in children\n\n"
    "The trial enrolled 300 children. Children were randomly assigned to drugumab (200 "
    "children) or to placebo injections (100 children), for 16 weeks.\n\n"
    "Results at week 16\n\n"
    "• EASI score: the mean change from the start was −15.2 points with drugumab and −6.1 "
    "points with placebo. The difference between the groups, the trial's main outcome, was "
    "−9.1 points (95% CI −11.9 to −6.3).\n"
    "• Itch: the mean change was −3.3 points with drugumab and −1.4 points with placebo, a "
    "difference of −1.9 points (95% CI −2.6 to −1.2).\n")


def test_each_arms_mean_change_is_a_mean_of_what_the_line_names():
    data = _draft(ECZEMA)
    measures = _labels(data, "measures")
    groups = _labels(data, "groups")
    means = {f["value"]: f for f in _facts(data, "mean")}
    for value, what, arm in ((-15.2, "EASI score", "drugumab"), (-6.1, "EASI score", "placebo"),
                             (-3.3, "itch", "drugumab"), (-1.4, "itch", "placebo")):
        assert value in means, value
        assert measures[means[value]["measure"]] == f"change in {what}"
        assert arm in groups[means[value]["group"]]
        times = {t["id"]: (t["value"], t["unit"]) for t in data.get("times") or []}
        assert times[means[value]["time"]] == (16, "week")  # from the heading


def test_the_difference_between_the_groups_after_two_means_is_theirs_and_the_headline():
    data = _draft(ECZEMA)
    measures = _labels(data, "measures")
    diffs = {f["value"]: f for f in _facts(data, "difference")}
    assert measures[diffs[-9.1]["measure"]] == "change in EASI score"
    assert diffs[-9.1]["ci"] == [-11.9, -6.3]
    assert measures[diffs[-1.9]["measure"]] == "change in itch"
    assert data["study"]["main_fact"] == diffs[-9.1]["id"]


def test_a_change_with_no_arm_after_it_stays_a_difference():
    text = ("Pain trial\n\nThe trial randomly assigned 200 adults to a drug or placebo.\n\n"
            "The mean change in pain between the groups was -1.2 points (95% CI -2.0 to "
            "-0.4).\n")
    data = _draft(text)
    assert -1.2 in [f.get("value") for f in _facts(data, "difference")]
    assert -1.2 not in [f.get("value") for f in _facts(data, "mean")]


def test_a_subject_names_what_a_mean_change_is_of():
    text = ("Handgrip trial\n\nThe trial randomly assigned 300 adults to handgrip training "
            "(150 people) or usual activity (150 people, the control group).\n\n"
            "After 12 weeks, systolic pressure showed a mean change of -6.5 mmHg in the "
            "handgrip group, compared with -1.5 mmHg in the control group. The between-group "
            "difference was -5.0 mmHg (95% confidence interval, -7.2 to -2.8).\n")
    data = _draft(text)
    measures = _labels(data, "measures")
    means = {f["value"]: f for f in _facts(data, "mean")}
    assert measures[means[-6.5]["measure"]] == "change in systolic pressure"
    assert measures[means[-1.5]["measure"]] == "change in systolic pressure"
    diff = next(f for f in _facts(data, "difference") if f["value"] == -5.0)
    assert measures[diff["measure"]] == "change in systolic pressure"
    assert data["study"]["main_fact"] == diff["id"]


def test_a_gap_in_points_between_two_shares_is_of_their_outcome():
    text = ("Eczema trial\n\nThe trial randomly assigned 300 children to drugumab or placebo."
            "\n\nAt week 16, 40.5% of children given drugumab reached at least a 75% "
            "improvement in their score, compared with 12.5% given placebo – a difference of "
            "28.0 percentage points.\n")
    data = _draft(text)
    diff = next(f for f in _facts(data, "difference") if f["value"] == 28.0)
    shares = [f for f in _facts(data, "proportion") if f["value"] in (40.5, 12.5)]
    assert {f["outcome"] for f in shares} == {diff["outcome"]}


SUBTYPES = (
    "Condition tied to stroke\n\nThe study followed 300,000 women.\n\n"
    "After adjustment, women with the condition had a 30% higher risk of stroke (adjusted "
    "hazard ratio 1.30; 95% CI 1.20 to 1.40).\n"
    "The increase was seen for ischaemic stroke, caused by a blood clot (adjusted hazard "
    "ratio 1.35; 95% CI 1.20 to 1.50), but there was no clear difference for haemorrhagic "
    "stroke, caused by bleeding in the brain (adjusted hazard ratio 1.05; 95% CI 0.85 to "
    "1.30).\n"
    "The risk was highest in women diagnosed before the age of 35 (adjusted hazard ratio "
    "1.60; 95% CI 1.30 to 1.95).\n")


@pytest.mark.parametrize("markup", [False, True])
def test_a_subtype_said_for_a_ratio_is_its_outcome_and_the_risk_goes_back(markup):
    text = SUBTYPES
    if markup:  # the same release pasted as the page's HTML
        head, body = text.split("\n\n", 1)
        items = "".join(f"<li>{line}</li>\n" for line in body.split("\n")[2:] if line)
        text = (f"{head}\n\n<p><strong>{body.split(chr(10))[0]}</strong></p>\n<ul>\n{items}"
                "</ul>\n<p>Contact: <em>press office</em></p>\n")
    data = _draft(text)
    outcomes = _labels(data, "outcomes")
    ratios = {f["value"]: outcomes.get(f.get("outcome"), "") for f in _facts(data, "ratio")}
    assert ratios[1.35] == "ischaemic stroke"
    assert ratios[1.05] == "haemorrhagic stroke"
    assert ratios[1.6] == "stroke"


def test_markup_is_stripped_only_from_a_page_and_never_from_a_p_value():
    page = repair("<p>Results</p>\n<p>The risk fell (p<0.001).</p>\n<ul><li>A</li></ul>")
    assert "<p>" not in page.text and "<li>" not in page.text
    assert "p<0.001" in page.text
    assert "• A" in page.text
    plain = "The risk fell (p<0.001) and <b>bold</b> stays in a text with no page markup."
    assert repair(plain).text == plain


SURVEY = (
    "Diabetes survey\n\nThe researchers surveyed 4,000 adults aged 18 and older with "
    "diabetes.\n\nKey findings:\n\n"
    "- Among people with no drug insurance, 35.0% reported skipping doses, compared with "
    "14.0% of those with public drug coverage.\n"
    "- Compared with people aged 65 and older, adults aged 18 to 39 had about three times the "
    "odds of skipping doses (adjusted odds ratio 3.05; 95% CI 2.40-4.00).\n"
    "- People with no drug insurance had higher odds than those with public coverage "
    "(adjusted odds ratio 2.50; 95% CI 2.10-3.10), as did people living alone compared with "
    "those living with others (adjusted odds ratio 1.90; 95% CI 1.50-2.40).\n"
    "- Women: adjusted odds ratio 1.10 (95% CI 0.95-1.30).\n")


@pytest.mark.parametrize("heading", ["Key findings:", "The odds of skipping doses, compared "
                                     "with the reference groups, were as follows:"])
def test_an_odds_ratio_is_of_the_people_it_is_said_of_not_the_reference(heading):
    data = _draft(SURVEY.replace("Key findings:", heading))
    groups = _labels(data, "groups")
    ratios = {f["value"]: groups[f["group"]] for f in _facts(data, "ratio")}
    assert ratios[3.05] == "adults aged 18 to 39"
    assert "no drug insurance" in ratios[2.5]
    assert "living alone" in ratios[1.9]
    assert ratios[1.1] == "women"  # the list's dash is no part of the label


SCREENING = (
    "Heart-sound check finds more babies with heart defects\n\n"
    "The study screened 30,500 babies at five maternity hospitals.\n\n"
    "Forty babies were diagnosed with a heart defect.\n"
    "• The combined approach detected 35 of the 40 babies, a sensitivity of 87.5% (95% CI "
    "73.2 to 95.8). Pulse oximetry alone detected 27, a sensitivity of 67.5% (95% CI 50.9 "
    "to 81.4).\n"
    "• Specificity was 99.5% for the combination and 99.8% for pulse oximetry alone.\n"
    "• Of the 120 babies with a false-positive result, 38 (31.7%) had another condition.\n")


def test_a_diagnostic_accuracy_figure_is_of_the_test_and_headlines():
    data = _draft(SCREENING)
    groups = _labels(data, "groups")
    shares = {f["value"]: groups[f["group"]] for f in _facts(data, "proportion")}
    assert "combined approach" in shares[87.5]
    assert "pulse oximetry" in shares[67.5]
    assert "combination" in shares[99.5]
    assert "pulse oximetry" in shares[99.8]
    assert "tested with" not in shares[31.7]  # another share: of the babies, no test
    main = next(f for f in data["facts"] if f["id"] == data["study"]["main_fact"])
    assert main["value"] == 87.5


def test_a_share_said_for_people_is_no_test():
    data = _draft(SCREENING.replace("• Specificity was 99.5% for the combination and 99.8% "
                                    "for pulse oximetry alone.\n",
                                    "• The response rate was 92.5% for women.\n"))
    groups = _labels(data, "groups")
    assert not [g for g in groups.values() if "tested with" in g and "women" in g]


DOSES = (
    "Pill lowers blood pressure in dose-finding trial\n\n"
    "The trial enrolled 250 adults. Participants were randomly assigned to take the drug at "
    "0.5 mg, 1 mg or 2 mg once daily, or a matching placebo, for 8 weeks.\n\nKey findings\n\n"
    "• With placebo, the median change in seated systolic blood pressure from the start of "
    "the study to week 8 was -4.0 mmHg (interquartile range [IQR] -10.0 to 2.0).\n"
    "• 0.5 mg: -6.5 mmHg (IQR -11.5 to 0.5)\n"
    "• 1 mg: -9.5 mmHg (IQR -16.0 to -3.0)\n"
    "• 2 mg: -13.0 mmHg (IQR -19.0 to -6.5)\n")


def test_a_doses_list_item_is_the_mean_before_its_list_for_that_dose():
    data = _draft(DOSES)
    groups, measures = _labels(data, "groups"), _labels(data, "measures")
    means = {f["value"]: f for f in _facts(data, "mean")}
    for value, dose, iqr in ((-6.5, "0.5 mg", [-11.5, 0.5]), (-9.5, "1 mg", [-16.0, -3.0]),
                             (-13.0, "2 mg", [-19.0, -6.5])):
        assert groups[means[value]["group"]] == f"people who got {dose}"
        assert measures[means[value]["measure"]] == measures[means[-4.0]["measure"]]
        assert means[value]["statistic"] == "median"
        assert means[value]["spread"] == {"iqr": iqr}


def test_a_list_item_in_another_unit_or_without_a_dose_is_no_dose_mean():
    data = _draft(DOSES.replace("• 0.5 mg: -6.5 mmHg", "• 0.5 mg: -6.5%")
                  .replace("• 1 mg: -9.5 mmHg", "• Women: -9.5 mmHg"))
    values = [f["value"] for f in _facts(data, "mean")]
    assert -6.5 not in values and -9.5 not in values
    assert -13.0 in values


REVIEW = (
    "Steroids for pneumonia: review\n\n"
    "The team found 12 trials involving 8,000 patients, comparing corticosteroids with "
    "placebo.\n\nWhat they found\n\n"
    "• Need for mechanical ventilation: corticosteroids reduced the risk by 20% (relative risk "
    "0.80; 95% CI 0.66–0.95).\n"
    "• Length of hospital stay: patients given corticosteroids went home 1.1 days earlier on "
    "average (mean difference −1.1 days; 95% CI −1.8 to −0.4).\n"
    "• High blood sugar needing treatment was more common with corticosteroids (relative risk "
    "1.45; 95% CI 1.25–1.70).\n"
    "• There was no difference in new infections acquired in hospital (relative risk 1.05; 95% "
    "CI 0.85–1.25) or in gastrointestinal bleeding (relative risk 0.95; 95% CI 0.60–1.50).\n")


def test_each_effect_of_a_review_has_its_own_outcome():
    data = _draft(REVIEW)
    outcomes = _labels(data, "outcomes")
    ratios = {f["value"]: outcomes.get(f.get("outcome"), "") for f in _facts(data, "ratio")}
    assert "mechanical ventilation" in ratios[0.8]
    assert ratios[1.45].lower() == "high blood sugar needing treatment"
    assert ratios[1.05] == "new infections acquired in hospital"
    assert ratios[0.95] == "gastrointestinal bleeding"
    diffs = [outcomes.get(f.get("outcome"), "") for f in _facts(data, "difference")]
    assert diffs and set(diffs) == {"Length of hospital stay"}


def test_people_after_or_in_are_no_outcome():
    data = _draft(REVIEW.replace("or in gastrointestinal bleeding", "or in older patients"))
    outcomes = _labels(data, "outcomes")
    ratios = {f["value"]: outcomes.get(f.get("outcome"), "") for f in _facts(data, "ratio")}
    assert "older patients" not in ratios.get(0.95, "")


def test_a_change_per_week_is_of_its_subject_and_the_other_arms_change_too():
    data = _draft(ECZEMA + "• Nights with sleep disturbed by itching fell from an average of "
                  "4.4 to 2.2 a week with drugumab and from 4.3 to 3.7 with placebo.\n")
    groups, measures = _labels(data, "groups"), _labels(data, "measures")
    means = {f["value"]: f for f in _facts(data, "mean")}
    assert means[2.2]["baseline"] == 4.4 and means[3.7]["baseline"] == 4.3
    assert "drugumab" in groups[means[2.2]["group"]]
    assert "placebo" in groups[means[3.7]["group"]]
    for value in (2.2, 3.7):
        assert "sleep" in measures[means[value]["measure"]]
        assert "week" not in measures[means[value]["measure"]]


def test_a_second_from_to_of_another_kind_is_no_second_change():
    data = _draft(ECZEMA + "• Nights with sleep disturbed by itching fell from an average of "
                  "4.4 to 2.2 a week with drugumab and from 2020 to 2024 in total.\n")
    assert 2024 not in [f.get("value") for f in _facts(data, "mean")]


def test_those_left_in_the_analysis_are_the_participants_and_a_test_keeps_its_people():
    text = SCREENING.replace(
        "The study screened 30,500 babies at five maternity hospitals.",
        "Between 2024 and 2025, 33,500 babies born at five maternity hospitals were eligible. "
        "Recordings could not be analysed in 2,000 babies, leaving 31,500 newborns in the "
        "analysis.")
    data = _draft(text)
    cohort = next(f for f in data["facts"] if f["id"] == "cohort")
    assert cohort["value"] == 31500
    groups = _labels(data, "groups")
    shares = {f["value"]: groups[f["group"]] for f in _facts(data, "proportion")}
    assert "combined approach" in shares[87.5]
    # leaving people out of a count is no cohort: "leaving 12 in hospital" counts no study
    other = _draft(text.replace("leaving 31,500 newborns in the analysis",
                                "leaving 12 newborns in hospital"))
    assert next(f for f in other["facts"] if f["id"] == "cohort")["value"] != 12
