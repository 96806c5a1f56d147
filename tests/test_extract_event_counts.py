"""Counts of events by arm ("356 deaths in the screening group and 451 in the control
group", "... occurred in three and eleven patients respectively") belong to their arm and
say what they count; and the headline is the trial's own primary result, never an earlier
named trial's figure, a share that describes who took part, or the window a result was
measured in. The texts are made up for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

import plainsum_extract  # noqa: E402

HEAD = ("Screening cut cancer deaths, trial finds\n\nThe trial randomly assigned 24,512 smokers "
        "to yearly CT screening (12,251 people) or to usual care (12,261 people).\n\n")


def _draft(text: str) -> tuple[dict, dict]:
    data = plainsum_extract.extract_draft(text, source="x", lang="en", bank={}).data
    labels = {e["id"]: e["label"]["en"]["plain"] for e in data.get("groups") or []}
    return data, labels


def _counts(data: dict, labels: dict) -> dict[int, str]:
    return {f["value"]: labels.get(f["group"], "") for f in data["facts"]
            if f["kind"] == "count"}


@pytest.mark.parametrize("sentence, first, second, event", [
    ("There were 356 lung cancer deaths in the screening group and 451 in the usual care "
     "group.", 356, 451, "lung cancer deaths"),
    ("Death occurred in 12 of 340 patients in the screening group and 25 of 338 in the usual "
     "care group.", 12, 25, "death"),
    ("Diarrhoea was reported by 6.1% of patients in the screening group and 13.4% in the usual "
     "care group, and Clostridioides difficile infection occurred in three and eleven patients "
     "respectively.", 3, 11, "Clostridioides difficile infection"),
])
def test_a_count_of_events_in_each_arm(sentence, first, second, event):
    data, labels = _draft(HEAD + sentence + "\n")
    counts = _counts(data, labels)
    assert event in counts[first] and "screening" in counts[first]
    assert event in counts[second] and "usual care" in counts[second]
    arms = {f["value"]: f.get("of") for f in data["facts"] if f["kind"] == "count"}
    assert arms[first] != arms[second] and None not in (arms[first], arms[second])
    if " of 340 " in sentence:  # "12 of 340 patients in the screening group": its size
        assert "screening" in counts[340] and "usual care" in counts[338]


def test_a_count_of_people_in_an_arm_says_what_happened_to_them():
    data, labels = _draft(HEAD + "Forty-one smokers enrolled late. 14 people in the screening "
                          "group and 19 in the usual care group were referred to a specialist.\n")
    counts = _counts(data, labels)
    assert "referred to a specialist" in counts[14] and "screening" in counts[14]
    assert "referred to a specialist" in counts[19] and "usual care" in counts[19]


def test_a_count_not_said_of_an_arm_keeps_its_own_words():
    data, labels = _draft(HEAD + "There were 356 lung cancer deaths during the ten years.\n")
    counts = _counts(data, labels)
    assert counts[356] == "lung cancer deaths"


def test_an_earlier_named_trial_that_reported_in_a_past_year_is_background():
    data, _ = _draft(HEAD + "The US National Lung Screening Trial reported a 20% reduction in "
                     "lung cancer deaths in 2011. Lung cancer mortality was 21% lower with "
                     "screening (rate ratio 0.79; 95% CI, 0.69-0.90).\n")
    by_value = {f.get("value"): f for f in data["facts"]}
    assert by_value[20].get("role") == "background"
    assert by_value[21].get("role") != "background"
    main = next(f for f in data["facts"] if f["id"] == data["study"]["main_fact"])
    assert main.get("value") in (21, 0.79)


def test_a_trial_of_its_own_that_reports_a_figure_is_no_background():
    data, _ = _draft(HEAD + "The trial reported a 21% reduction in lung cancer deaths over ten "
                     "years.\n")
    by_value = {f.get("value"): f for f in data["facts"]}
    assert by_value[21].get("role") != "background"


def test_compared_with_no_screening_is_not_the_screening_group():
    data, labels = _draft(HEAD + "Inviting smokers to yearly CT screening reduced deaths from "
                          "lung cancer by 21% over ten years, compared with no screening.\n")
    fact = next(f for f in data["facts"] if f.get("value") == 21)
    assert fact.get("versus") != fact.get("group")
    assert "screening" not in labels.get(fact.get("versus") or "", "")


NON_INFERIORITY = (
    "Seven days of antibiotics as good as 14\n\nThe non-inferiority trial enrolled 1,046 adults "
    "with kidney infection. Their median age was 54 years and 72% were women; 18% had diabetes. "
    "They were randomly assigned to 7 days (524 patients) or 14 days (522 patients) of "
    "antibiotics.\n\nThe main outcome was clinical cure 10 to 14 days after the end of "
    "treatment. Cure was achieved in 89.6% of patients in the 7-day group and 90.3% in the "
    "14-day group, a difference of -0.7 percentage points (95% CI -4.6 to 3.2).\n")


def test_a_non_inferiority_trial_headlines_its_difference():
    data, _ = _draft(NON_INFERIORITY)
    main = next(f for f in data["facts"] if f["id"] == data["study"]["main_fact"])
    assert main["kind"] == "difference" and main["value"] == -0.7


def test_who_took_part_and_when_it_was_measured_are_no_headline():
    data, _ = _draft(NON_INFERIORITY.replace(
        ", a difference of -0.7 percentage points (95% CI -4.6 to 3.2)", ""))
    main = next(f for f in data["facts"] if f["id"] == data["study"]["main_fact"])
    assert main.get("value") not in (72, 18) and main["kind"] != "range"


# -- subgroups said beside their figure ----------------------------------------------------

def _by_value(data: dict, labels: dict) -> dict:
    return {f.get("value"): (f, labels.get(f.get("group"), "")) for f in data["facts"]}


def test_ratios_in_women_and_in_men_each_take_their_people():
    data, labels = _draft(HEAD + "Lung cancer deaths were 21% lower with screening (rate ratio "
                          "0.79; 95% CI, 0.69-0.90). Women benefited more than men: the rate "
                          "ratio was 0.67 (95% CI 0.54-0.83) in women and 0.87 (95% CI "
                          "0.73-1.04) in men.\n")
    facts = _by_value(data, labels)
    assert facts[0.67][0]["kind"] == "ratio" and facts[0.67][1] == "women"
    assert facts[0.87][0]["kind"] == "ratio" and facts[0.87][1] == "men"
    assert facts[0.87][0]["ci"] == [0.73, 1.04]
    main = next(f for f in data["facts"] if f["id"] == data["study"]["main_fact"])
    assert main.get("value") in (21, 0.79)  # the subgroups rank below the main result


def test_a_bare_decimal_with_an_interval_and_no_named_ratio_is_no_ratio():
    data, _ = _draft(HEAD + "Scores were 0.67 (95% CI 0.54-0.83) in women and 0.87 (95% CI "
                     "0.73-1.04) in men.\n")
    assert not [f for f in data["facts"] if f["kind"] == "ratio"]


def test_shares_of_exposure_bands_take_the_people_named_after_them():
    data, labels = _draft(
        "Early surgery linked to fewer deaths\n\nThe registry study included 283,617 patients "
        "aged 60 or over who had surgery for a hip fracture.\n\nThirty-day mortality was 5.4% "
        "in patients operated on within 24 hours, 6.5% in those operated on after 24 to 36 "
        "hours, and 7.6% in those who waited more than 36 hours.\n")
    facts = _by_value(data, labels)
    assert facts[5.4][1] == "patients operated on within 24 hours"
    assert facts[6.5][1] == "people operated on after 24 to 36 hours"
    assert facts[7.6][1] == "people who waited more than 36 hours"


def test_a_share_in_patients_is_the_whole_study():
    data, labels = _draft(
        "Early surgery linked to fewer deaths\n\nThe registry study included 283,617 patients "
        "aged 60 or over who had surgery for a hip fracture.\n\nThirty-day mortality was 6.2% "
        "in patients.\n")
    assert _by_value(data, labels)[6.2][0]["group"] == "all"


def test_results_similar_in_subgroups_are_of_the_main_outcome():
    data, labels = _draft(NON_INFERIORITY + "Results were similar in men (difference -1.9 "
                          "percentage points; 95% CI -8.7 to 4.9) and in patients with diabetes "
                          "(difference -2.3 percentage points; 95% CI -10.4 to 5.8).\n")
    facts = _by_value(data, labels)
    main_outcome = facts[-0.7][0]["outcome"]
    assert facts[-1.9][0]["outcome"] == main_outcome and facts[-1.9][1] == "men"
    assert facts[-2.3][0]["outcome"] == main_outcome
    assert facts[-2.3][1] == "patients with diabetes"


def test_a_difference_between_the_groups_sizes_the_measure_said_before():
    data, labels = _draft(
        "App eased depression\n\nStudents were randomly assigned to use the app (421 students) "
        "or to a website (421 students).\n\nResults at 8 weeks\n\n- At the start, the median "
        "PHQ-9 score was 14 (IQR, 12-16) in both groups.\n- The adjusted mean difference "
        "between the groups was -2.4 points (95% CI, -3.3 to -1.5).\n")
    fact = _by_value(data, labels)[-2.4][0]
    measures = {e["id"]: e["label"]["en"]["plain"] for e in data.get("measures") or []}
    assert "phq-9 score" in measures.get(fact.get("measure"), "").lower()
    assert fact.get("versus") and fact["group"] != "all"


# -- survival trials and case-control studies ------------------------------------------------

ONCOLOGY = (
    "New drug extends survival in advanced stomach cancer\n\nA phase 3 trial randomly assigned "
    "612 patients with advanced gastric cancer to zolbetamab plus chemotherapy (306 patients) "
    "or placebo plus chemotherapy (306 patients).\n\nMedian overall survival was 14.2 months "
    "with zolbetamab and 10.1 months with placebo (hazard ratio 0.72; 95% CI 0.61 to 0.85). "
    "Median progression-free survival was 8.2 months versus 6.0 months (HR 0.69; 95% CI "
    "0.58-0.82). Serious adverse events occurred in 98 of 304 patients given zolbetamab and 71 "
    "of 303 given placebo.\n\nIn patients with high CLDN18.2 expression, the hazard ratio for "
    "death was 0.62 (95% CI 0.48-0.80).\n")


def test_a_hazard_ratio_after_two_medians_is_of_their_measure_at_no_time_point():
    data, labels = _draft(ONCOLOGY)
    facts = _by_value(data, labels)
    outcomes = {e["id"]: e["label"]["en"]["plain"] for e in data.get("outcomes") or []}
    assert outcomes[facts[0.72][0]["outcome"]] == "overall survival"
    assert outcomes[facts[0.69][0]["outcome"]] == "progression-free survival"
    assert "time" not in facts[0.72][0]


def test_medians_said_x_versus_y_are_the_two_arms():
    data, labels = _draft(ONCOLOGY)
    facts = _by_value(data, labels)
    assert "zolbetamab" in facts[8.2][1] and "placebo" in facts[6.0][1]


def test_a_median_said_with_its_group_keeps_it():
    data, labels = _draft(ONCOLOGY.replace("8.2 months versus 6.0 months",
                                           "8.2 months in women and 6.0 months in men"))
    facts = _by_value(data, labels)
    assert "zolbetamab" not in facts[8.2][1] and "placebo" not in facts[6.0][1]


def test_events_in_patients_given_each_drug():
    data, labels = _draft(ONCOLOGY)
    counts = _counts(data, labels)
    assert counts[98].startswith("serious adverse events in people who got zolbetamab")
    assert counts[71].startswith("serious adverse events in people who got placebo")
    assert "zolbetamab" in counts[304] and "placebo" in counts[303]


def test_a_subgroup_opening_the_sentence_owns_its_ratio_and_ranks_below():
    data, labels = _draft(ONCOLOGY)
    facts = _by_value(data, labels)
    assert facts[0.62][1] == "patients with high CLDN18.2 expression"
    main = next(f for f in data["facts"] if f["id"] == data["study"]["main_fact"])
    assert main.get("value") == 0.72


CASE_CONTROL = (
    "Antibiotics linked to early bowel cancer\n\nResearchers compared 1,210 adults diagnosed "
    "with colorectal cancer before the age of 50 (cases) with 4,840 adults without cancer "
    "(controls), matched for age and sex.\n\nCases were more likely than controls to have taken "
    "antibiotics: 62% of cases and 54% of controls had filled at least one prescription (odds "
    "ratio 1.39; 95% CI 1.21 to 1.60).\n")


def test_the_cases_and_the_controls_are_the_groups_compared():
    data, labels = _draft(CASE_CONTROL)
    facts = _by_value(data, labels)
    assert "(cases)" in facts[62][1] and "(controls)" in facts[54][1]
    assert "(cases)" in facts[1210][1] and "(controls)" in facts[4840][1]
    assert labels[facts[1.39][0]["versus"]] == facts[54][1]


def test_a_trial_with_a_control_group_keeps_it():
    data, labels = _draft(HEAD.replace("to usual care", "to a control group") +
                          "Deaths were 5% in the screening group and 7% in the control group.\n")
    facts = _by_value(data, labels)
    assert facts[7][1] == "people in the control group"


def test_counted_cases_and_controls_keep_their_hedge_and_no_other_cases_join_them():
    data, labels = _draft(
        "Vitamin D and bowel cancer\n\nThe analysis included over 5,700 colorectal cancer cases "
        "and 7,100 controls from the United States, Europe, and Asia.\n\nThe United States has "
        "about 140,250 new cases each year.\n")
    facts = _by_value(data, labels)
    assert facts[5700][1] == "people with colorectal cancer (cases)"
    assert facts[5700][0].get("hedge") == "more-than"
    assert "(controls)" in facts[7100][1]
    assert "(cases)" not in facts[140250][1]


def test_arms_sized_in_parentheses_and_an_arm_said_as_or_not():
    data, labels = _draft(
        "Volunteering and the brain\n\nFor the study, researchers randomized 111 men and women to "
        "either participate in the Experience Corps (58) or not (53).\n")
    facts = _by_value(data, labels)
    assert facts[58][1] == "people who participate in the Experience Corps"
    assert facts[53][1] == "people who did not participate in the Experience Corps"
    data, labels = _draft(ONCOLOGY)
    sizes = [f for f in data["facts"] if f["kind"] == "count" and f["value"] == 306]
    assert len(sizes) == 2 and len({f["group"] for f in sizes}) == 2


def test_a_hedged_count_of_events_in_an_arm_keeps_its_hedge():
    data, labels = _draft(HEAD + "Dropping the second scan might have resulted in, at most, an "
                          "additional 28 lung cancer deaths in the screening group.\n")
    facts = _by_value(data, labels)
    assert "screening" in facts[28][1] and facts[28][0].get("hedge") == "up-to"


# -- a parallel trial's second mean, events reported by people, shares by dose ---------------

PARALLEL = (
    "Nasal spray cut migraine days in trial\n\nThe trial randomly assigned 172 adults with "
    "chronic migraine to the nasal spray (86) or a placebo spray (86) for 12 weeks.\n\n"
    "Participants given the spray had a mean of 7.4 migraine days a month, compared with 10.2 "
    "days in the placebo group, a mean difference of -2.8 days (95% CI -3.9 to -1.7). Nasal "
    "irritation was reported by 14 participants in the spray group and 5 in the placebo group."
    "\n\nAt 10 mg, 31% responded; at 20 mg, 48%; and at 40 mg, 47%.\n")


def test_a_mean_said_after_another_without_its_measure_is_the_other_arms():
    data, labels = _draft(PARALLEL)
    facts = _by_value(data, labels)
    assert facts[10.2][0]["kind"] == "mean" and "placebo" in facts[10.2][1]
    assert facts[10.2][0]["measure"] == facts[7.4][0]["measure"]
    diff = facts[-2.8][0]
    assert diff.get("measure") == facts[7.4][0]["measure"] and diff.get("versus")


def test_a_second_figure_with_no_group_named_is_no_mean():
    data, _ = _draft(PARALLEL.replace("compared with 10.2 days in the placebo group",
                                      "compared with 10.2 days in 2019"))
    assert 10.2 not in {f.get("value") for f in data["facts"] if f["kind"] == "mean"}


def test_events_reported_by_people_in_each_arm():
    data, labels = _draft(PARALLEL)
    counts = _counts(data, labels)
    assert counts[14].startswith("nasal irritation in") and "placebo" not in counts[14]
    assert counts[5].startswith("nasal irritation in") and "placebo" in counts[5]


def test_shares_said_at_a_dose_are_of_the_people_given_it():
    data, labels = _draft(PARALLEL)
    facts = _by_value(data, labels)
    assert [facts[v][1] for v in (31, 48, 47)] == [
        "people who got 10 mg", "people who got 20 mg", "people who got 40 mg"]


def test_a_time_at_the_end_of_a_means_measure_is_its_time_point():
    data, labels = _draft(PARALLEL.replace("migraine days a month,", "migraine days a month at "
                                           "12 weeks,"))
    facts = _by_value(data, labels)
    measures = {e["id"]: e["label"]["en"]["plain"] for e in data.get("measures") or []}
    times = {e["id"]: (e["value"], e["unit"]) for e in data.get("times") or []}
    assert measures[facts[7.4][0]["measure"]] == "migraine days a month"
    assert times[facts[7.4][0]["time"]] == (12, "week")
    assert facts[10.2][0].get("time") == facts[7.4][0]["time"]


def test_a_measure_that_ends_in_at_home_keeps_its_words():
    data, labels = _draft(PARALLEL.replace("migraine days a month,", "migraine days a month at "
                                           "home,"))
    facts = _by_value(data, labels)
    assert "time" not in facts[7.4][0]


def test_medians_a_score_fell_to_in_each_group():
    data, labels = _draft(
        "App eased depression\n\nStudents were randomly assigned to use the app (421 students) "
        "or to a website (421 students).\n\nResults at 8 weeks\n\n- At the start, the median "
        "PHQ-9 score was 14 (IQR, 12-16) in both groups.\n- After eight weeks, the median score "
        "had fallen to 8 (IQR, 5-11) in the app group and to 11 (IQR, 8-14) in the website "
        "group.\n")
    facts = _by_value(data, labels)
    measures = {e["id"]: e["label"]["en"]["plain"] for e in data.get("measures") or []}
    assert facts[8][0]["kind"] == "mean" and "app" in facts[8][1]
    assert facts[11][0]["kind"] == "mean" and "website" in facts[11][1]
    assert facts[8][0]["spread"] == {"iqr": [5, 11]}
    assert measures[facts[11][0]["measure"]].lower() == "phq-9 score"


def test_a_share_that_fell_to_a_figure_in_no_group_is_no_mean():
    data, _ = _draft(
        "App eased depression\n\nStudents were randomly assigned to use the app (421 students) "
        "or to a website (421 students).\n\nThe median score had fallen to 8 by the end.\n")
    assert 8 not in {f.get("value") for f in data["facts"] if f["kind"] == "mean"}
