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
