"""Extract reads whose effect a ratio is from the clause it is an aside to (the people the
change is said to be in, the first of two groups whose figures it compares), and
headlines an effect the study showed before one it could not show. The texts are made up
for these tests; none is taken from a real release."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract.facts import find  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402

HEAD = ("Walking groups cut falls in older adults, trial finds\n\nA randomised trial "
        "enrolled 2,400 adults aged 70 or older in 40 towns. Towns were allocated to weekly "
        "walking groups or to usual care.\n\n")


def _found(body: str):
    return find(repair(HEAD + body), {})


def _group(found, value: float) -> str | None:
    fact = next(f for f in found.facts if f.get("value") == value)
    g = found.groups.get(fact.get("group") or "")
    return g.label if g else fact.get("group")


@pytest.mark.parametrize("sentence, value, words", [
    ("After a year, the odds of a fall were lower in walking-group towns (adjusted odds "
     "ratio 0.72; 95% CI 0.60 to 0.86).", 0.72, "walking-group towns"),
    ("The odds of a fall were lower in walking-group towns (odds ratio 0.72). The benefit "
     "was larger among the 610 adults living alone (odds ratio 0.58).", 0.58,
     "adults living alone"),
    ("Hip fractures were less common among those in walking-group towns (hazard ratio "
     "0.81).", 0.81, None),
])
def test_a_ratio_is_of_the_people_its_clause_says_the_change_is_in(sentence, value, words):
    label = _group(_found(sentence), value)
    if words is None:  # "less common among those ...": no "lower in" before the aside
        assert label is not None
    else:
        assert label is not None and words in label


def test_a_ratio_after_two_groups_figures_is_of_the_first():
    found = _found("Falls occurred at 31.5 per 1,000 person-years in the former walking "
                   "group and 44.0 per 1,000 person-years in the control group (hazard "
                   "ratio 0.71; 95% CI 0.62 to 0.82).")
    assert "walking" in (_group(found, 0.71) or "")


def test_a_ratio_after_one_group_is_not_read_as_a_comparison():
    found = _found("Falls were rarer in the walking group (hazard ratio 0.71; 95% CI 0.62 "
                   "to 0.82).")
    assert "control" not in (_group(found, 0.71) or "")


def test_an_effect_the_study_could_not_show_is_not_the_headline():
    found = _found("The walking groups did not cut falls in older adults at home (odds "
                   "ratio 0.94; 95% CI 0.72 to 1.23). Visits to the emergency department "
                   "were less frequent in walking-group towns (odds ratio 0.70; 95% CI 0.58 "
                   "to 0.84).")
    main = next(f for f in found.facts if f["id"] == found.main)
    assert main.get("value") == 0.70


def test_a_trial_that_found_no_effect_keeps_its_null_result_as_the_headline():
    found = _found("The walking groups did not reduce falls (odds ratio 0.94; 95% CI 0.72 "
                   "to 1.23).")
    main = next(f for f in found.facts if f["id"] == found.main)
    assert main.get("value") == 0.94 or main["kind"] == "no-difference"


@pytest.mark.parametrize("sentence, words", [
    ("Clinics were randomly allocated either to the classes (20 clinics) or to usual care "
     "(20 clinics).", ["classes", "usual care"]),
    ("Participants were randomly assigned to home balance training (600 people) or to "
     "continue their usual routine (600 people).", ["balance training", "usual routine"]),
])
def test_each_arm_sized_in_parentheses_gets_its_own_count(sentence, words):
    found = find(repair("Balance classes cut falls, trial finds\n\n" + sentence), {})
    labels = [found.groups[f["group"]].label for f in found.facts if f["kind"] == "count"
              and f.get("group") in found.groups]
    for word in words:
        assert any(word in label for label in labels), (word, labels)


def test_a_parenthesis_that_names_the_arm_wins():
    found = find(repair("Balance classes cut falls, trial finds\n\nParticipants were "
                        "randomly assigned to balance classes (300 people) or to a leaflet "
                        "(300 people, the control group)."), {})
    labels = [found.groups[f["group"]].label for f in found.facts if f["kind"] == "count"
              and f.get("group") in found.groups]
    assert any("control" in label for label in labels), labels


def test_a_count_in_parentheses_outside_an_allocation_is_not_an_arm():
    found = find(repair("Balance classes cut falls, trial finds\n\nFalls were fewer in towns "
                        "with classes (20 towns) than in other towns."), {})
    assert not any("with" in found.groups[f["group"]].label and f["kind"] == "count"
                   for f in found.facts if f.get("group") in found.groups
                   and found.groups[f["group"]].kind == "arm")


def _outcome(found, value: float) -> str | None:
    fact = next(f for f in found.facts if f.get("value") == value)
    o = found.outcomes.get(fact.get("outcome") or "")
    return o["label"]["en"]["plain"] if o else None


def test_a_link_seen_for_one_outcome_but_not_for_another():
    found = _found("Long sitting was linked to falls overall (odds ratio 1.25; 95% CI 1.05 to "
                   "1.49). The link was seen for falls at home (odds ratio 1.40; 95% CI 1.10 to "
                   "1.78) but not for falls outdoors (odds ratio 1.02; 95% CI 0.85 to 1.22).")
    assert _outcome(found, 1.4) == "falls at home"
    assert _outcome(found, 1.02) == "falls outdoors"


def test_a_link_strongest_in_people_names_no_outcome():
    found = _found("Long sitting was linked to falls (odds ratio 1.25; 95% CI 1.05 to 1.49). "
                   "The association was strongest in people aged 85 and older (odds ratio "
                   "1.48; 95% CI 1.12 to 1.96).")
    assert "people" not in (_outcome(found, 1.48) or "")


def test_having_had_an_illness_is_the_exposure_not_a_verb_of_it():
    found = _found("Overall, having had a fall was associated with a 30 percent higher rate of "
                   "hip fracture (adjusted hazard ratio 1.30; 95% CI 1.12 to 1.51).")
    assert "had a fall" in (_group(found, 1.3) or "")


def test_a_ratio_found_for_people_is_of_them_and_of_the_risk_named_before():
    found = find(repair(
        "Sitting tied to falls\n\nAdults who sat for many hours a day were more likely to "
        "break a hip before the age of 80, a study suggests. The researchers compared 5,000 "
        "adults who broke a hip with 20,000 who did not.\n\nAn adjusted odds ratio of 1.45 "
        "(95% CI 1.20 to 1.75) was found for people who sat for ten hours a day or longer, "
        "compared with people who sat for less than four hours."), {})
    assert "ten hours" in (_group(found, 1.45) or "")
    assert _outcome(found, 1.45) == "break a hip"


def test_a_trend_since_a_year_is_background_even_in_an_age_group():
    body = ("Hip fractures in this age group have been increasing by about 3 percent a year "
            "since the early 2000s.")
    found = _found(body)
    fact = next((f for f in found.facts if f.get("value") == 3), None)
    assert fact is None or fact.get("role") == "background"


def test_the_strongest_of_several_kinds_is_not_the_headline():
    found = _found("The odds of a fall were lower in walking-group towns (odds ratio 0.70; 95% "
                   "CI 0.58 to 0.84). Among the different types of class, tai chi showed the "
                   "strongest association with falls, with an odds ratio of 0.55.")
    main = next(f for f in found.facts if f["id"] == found.main)
    assert main.get("value") != 0.55


def test_the_difference_is_of_what_the_sentence_before_measured():
    found = _found("The researchers had agreed in advance that the classes would count as no "
                   "worse if the difference stayed under 5 percentage points. A fall occurred "
                   "in 18.2 percent of those in the classes and 17.5 percent of those given a "
                   "leaflet. The absolute difference was 0.7 percentage points (95% CI -2.1 to "
                   "3.5).")
    assert "fall" in (_outcome(found, 0.7) or "")


def test_a_change_more_in_one_place_than_another_is_of_the_first():
    found = _found("Falls fell by 2.1 percentage points more in towns with walking groups than "
                   "in comparison towns (difference-in-differences estimate -2.1 percentage "
                   "points; 95% CI -3.0 to -1.2).")
    facts = [f for f in found.facts if f.get("value") == -2.1 or f.get("value") == 2.1]
    assert facts
    for fact in facts:
        assert "walking groups" in found.groups[fact["group"]].label
        o = found.outcomes.get(fact.get("outcome") or "")
        assert o is None or "comparison" not in o["label"]["en"]["plain"]


@pytest.mark.parametrize("sentence, value, words", [
    ("For those aged 80 to 89 the hazard ratio was 0.77 (95% CI 0.62 to 0.95).", 0.77,
     "aged 80 to 89"),
    ("In adults aged 90 and older there was no clear difference in falls between the "
     "groups (hazard ratio 1.04; 95% CI 0.88 to 1.23).", 1.04, "aged 90 and older"),
])
def test_a_ratio_is_of_the_people_its_sentence_opens_with(sentence, value, words):
    found = _found("Falls were rarer in walking-group towns (hazard ratio 0.71; 95% CI 0.62 "
                   "to 0.82). " + sentence)
    assert words in (_group(found, value) or "")


def test_they_after_people_who_also_had_is_those_people():
    found = _found("Falls were rarer in walking-group towns (hazard ratio 0.71; 95% CI 0.62 "
                   "to 0.82). Adults with poor eyesight also had fewer hip fractures. They "
                   "were 35 percent less likely to break a hip than others of the same age.")
    assert "poor eyesight" in (_group(found, 35) or "")


def test_a_change_listed_group_by_group_gives_each_group_its_own_figure():
    found = find(repair(
        "Dose study of a new drug for falls\n\nThe study enrolled 36 adults, 12 in each of a "
        "low-dose group, a middle-dose group and a high-dose group.\n\nAfter 12 weeks, the "
        "average number of falls had fallen by 18 percent in the low-dose group, 35 percent "
        "in the middle-dose group and 52 percent in the high-dose group."), {})
    outcomes = set()
    for value, words in ((18, "low-dose"), (35, "middle-dose"), (52, "high-dose")):
        fact = next(f for f in found.facts if f.get("value") == value)
        assert fact["kind"] == "relative-change" and fact["direction"] == "lower"
        assert words in found.groups[fact["group"]].label
        outcomes.add(fact["outcome"])
    assert len(outcomes) == 1


def test_a_share_of_a_group_after_a_list_of_shares_stays_a_share():
    found = _found("At 12 months, 18 percent of the class group and 26 percent of the leaflet "
                   "group had fallen.")
    assert all(f["kind"] == "proportion" for f in found.facts if f.get("value") in (18, 26))


def test_two_shares_said_without_groups_are_of_the_pair_before():
    found = find(repair(
        "Drug Y cut falls, trial finds\n\nThe trial enrolled 600 adults, who were randomly "
        "assigned to drug Y or placebo. Falls occurred in 19.0 percent of patients on drug Y "
        "and 27.5 percent on placebo. Dizziness was reported in 12.3 percent of patients on "
        "drug Y and 9.8 percent on placebo, and serious side effects in 4.1 percent and 4.4 "
        "percent respectively. Nausea occurred in 6.2 percent and 2.6 percent."), {})

    def about(value: float) -> tuple[str, str]:
        fact = next(f for f in found.facts if f.get("value") == value)
        return (found.groups[fact["group"]].label,
                found.outcomes[fact["outcome"]]["label"]["en"]["plain"])

    assert about(4.1) == ("people who got drug Y", "serious side effects")
    assert about(4.4) == ("people who got placebo", "serious side effects")
    assert about(6.2)[0] == "people who got drug Y"
    assert about(2.6)[0] == "people who got placebo"


def test_two_shares_with_their_own_groups_keep_them():
    found = find(repair(
        "Drug Y cut falls, trial finds\n\nThe trial enrolled 600 adults, who were randomly "
        "assigned to drug Y or placebo. Falls occurred in 19.0 percent of patients on drug Y "
        "and 27.5 percent on placebo. Among women, 15 percent and 24 percent of women "
        "fell."), {})
    fact = next(f for f in found.facts if f.get("value") == 15)
    assert "drug Y" not in found.groups[fact["group"]].label


def test_a_share_restating_a_count_is_of_what_the_counted_did():
    found = find(repair(
        "Pharmacy checks find hidden diabetes\n\nIn all, 5,000 people were screened. Of the "
        "300 people whose test suggested diabetes, 90 were confirmed to have new diabetes, or "
        "1.8 percent of everyone screened. Later, 60 of the 90 (67 percent) had started "
        "treatment."), {})
    share = next(f for f in found.facts if f.get("value") == 1.8)
    assert "confirmed to have new diabetes" in \
        found.outcomes[share["outcome"]]["label"]["en"]["plain"]
    assert "screened" in found.groups[share["group"]].label
    later = next(f for f in found.facts if f.get("value") == 67)
    assert "everyone" not in found.groups[later["group"]].label


def test_a_ratio_said_without_its_name_after_a_named_one():
    found = _found("Among adults aged 70 to 79, the hazard ratio for a fall was 0.74 (95% CI "
                   "0.61 to 0.90). For those aged 80 to 89 it was 0.81 (95% CI 0.69 to 0.95).")
    ratio = next(f for f in found.facts if f.get("value") == 0.81)
    assert ratio["kind"] == "ratio" and ratio["ratio"] == "hazard"
    assert ratio["ci"] == [0.69, 0.95]
    assert "aged 80 to 89" in found.groups[ratio["group"]].label


def test_it_was_without_a_ratio_before_is_no_ratio():
    found = _found("Falls were counted for a year. For those aged 80 to 89 it was 2.4 (95% CI "
                   "1.9 to 3.0).")
    assert not any(f["kind"] == "ratio" for f in found.facts)
