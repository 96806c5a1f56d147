"""Extract reads what a figure means the way a reviewer would: who it is about when the
people are named with a clause of their own, what a chance or a condition is about, and
which figures are only what would be (never a result). The texts are made up for these
tests; none is taken from a real release."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract.facts import find  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402

HEAD = ("Daily walks ease knee pain\n\nResearchers enrolled 300 adults with knee arthritis "
        "in a randomized trial of daily walking.\n\n")


def _read(body: str) -> list[dict]:
    """Each fact of a release made of a headline, a methods sentence and ``body``, with
    its group and outcome labels in place of their ids."""
    found = find(repair(HEAD + body), {})
    out = []
    for f in found.facts:
        g = found.groups.get(f.get("group") or "")
        o = found.outcomes.get(f.get("outcome") or "")
        out.append({**f, "group_label": g.label if g else f.get("group"),
                    "outcome_label": o["label"]["en"]["plain"] if o else None,
                    "main": f["id"] == found.main})
    return out


def _of(facts: list[dict], value: float) -> dict:
    return next(f for f in facts if f.get("value") == value)


# -- the people a share is of, named with a clause of their own -------------------------------

@pytest.mark.parametrize("sentence, group, outcome", [
    ("In all, 45 percent of the adults who walked every day reported less pain.",
     "adults who walked every day", "reported less pain"),
    ("Overall, 45% of the women who had a scan were found to have kidney disease.",
     "women who had a scan", "were found to have kidney disease"),
    ("About 45 percent of patients with severe arthritis needed surgery later.",
     "patients with severe arthritis", "needed surgery later"),
    ("Only 45% of the smokers who took the pill quit.", "smokers who took the pill", "quit"),
])
def test_a_share_of_people_with_their_own_clause_is_about_those_people(sentence, group,
                                                                       outcome):
    fact = _of(_read(sentence), 45)
    assert fact["group_label"] == group
    assert fact["outcome_label"] == outcome


def test_a_clause_that_points_back_keeps_the_group_named_before():
    facts = _read("People with severe arthritis benefited too. Researchers found that 45% "
                  "of the people with this type of arthritis had less pain.")
    assert "this type" not in _of(facts, 45)["group_label"]


# -- a chance given a condition -----------------------------------------------------------

@pytest.mark.parametrize("sentence, group, outcome", [
    ("If a younger woman had high blood pressure, there was a 45 percent chance she also "
     "had kidney disease.", "younger women who had high blood pressure",
     "also had kidney disease"),
    ("When a patient carried the gene, there was a 45% chance that he developed gout.",
     "patients who carried the gene", "developed gout"),
    ("If a child was born early, there is a 45% probability the child needs glasses.",
     "children who was born early", "needs glasses"),
])
def test_a_chance_given_a_condition_is_about_the_people_with_it(sentence, group, outcome):
    fact = _of(_read(sentence), 45)
    assert fact["kind"] == "proportion"
    assert fact["group_label"] == group
    assert fact["outcome_label"] == outcome


# -- what would be, or would have been, is no result ------------------------------------------

@pytest.mark.parametrize("sentence, value", [
    ("If the risk of stroke is three times higher, doctors treat it.", 3),
    ("If the drug lowered the risk of stroke by 40 percent, many more people could work.", 40),
    ("Had the walkers kept going, 45 percent would have avoided surgery.", 45),
    ("The authors think that if prescriptions had not dropped by 76 percent, 17,000 deaths "
     "may have been avoided.", 17000),
])
def test_a_figure_in_a_condition_or_a_counterfactual_is_background(sentence, value):
    facts = _read("In the study, 30% of the walkers had less pain. " + sentence)
    fact = _of(facts, value)
    assert fact.get("role", "result") == "background"
    assert not fact["main"]
    assert _of(facts, 30).get("role", "result") == "result"
    assert _of(facts, 30)["main"]


def test_the_main_clause_after_a_condition_is_a_result():
    facts = _read("If a woman had high blood pressure, there was a 45 percent chance she "
                  "also had kidney disease.")
    assert _of(facts, 45).get("role", "result") == "result"


# -- a threshold that says who is counted is no finding of its own ----------------------------

@pytest.mark.parametrize("sentence, threshold, finding", [
    ("After three months, 45 percent of the walkers reported a 50 percent reduction in pain.",
     50, 45),
    ("After a year, 13 of the 22 patients had a partial response, meaning that their pain "
     "had fallen by at least 50 percent.", 50, 13),
    ("Seven patients experienced at least a 90 percent reduction in pain.", 90, 7),
])
def test_a_threshold_that_defines_who_is_counted_is_never_the_headline(sentence, threshold,
                                                                       finding):
    facts = _read(sentence)
    change = _of(facts, threshold)
    assert change["kind"] == "relative-change"
    assert not change["main"] and not change.get("key")
    assert "threshold" in change["review"]
    assert _of(facts, finding)["main"]


@pytest.mark.parametrize("sentence", [
    "Walking cut the risk of falls by 30 percent.",
    "Patients who walked had a 30 percent reduction in pain.",
])
def test_a_change_the_group_itself_had_stays_the_finding(sentence):
    change = _of(_read(sentence), 30)
    assert change["main"] and change.get("key")
    assert "threshold" not in str(change.get("review"))


def test_the_total_of_n_of_m_people_is_the_whole_group_not_the_ones_counted():
    facts = _read("After a year, 13 of the 22 patients had a partial response.")
    assert "response" in _of(facts, 13)["group_label"]
    assert "response" not in _of(facts, 22)["group_label"]


# -- a background sentence is no publisher boilerplate ----------------------------------------

def test_the_leading_cause_of_something_is_a_fact_not_an_about_us_line():
    facts = _read("In the study, 30% of the walkers had less pain. Heart disease is the "
                  "leading killer, causing approximately 600,000 deaths each year.\n\n"
                  "Example University is the leading research university in Ohio, with "
                  "2,000 staff.")
    assert _of(facts, 30)["main"]
    deaths = _of(facts, 600000)
    assert deaths.get("role") == "background" and deaths.get("hedge") == "about"
    assert not [f for f in facts if f.get("value") == 2000]  # the about-us line stays out


@pytest.mark.parametrize("sentence, group, outcome", [
    ("Overall, 45% of the women who had calcium in their arteries were found to have "
     "heart disease as shown on a CT scan.", "women who had calcium in their arteries",
     "were found to have heart disease"),
    ("Of the rest, 45 percent of those with diabetes also had kidney disease.",
     "people with diabetes", "had kidney disease"),
])
def test_how_a_finding_was_seen_is_no_part_of_it_and_those_with_x_are_a_group(sentence,
                                                                              group, outcome):
    fact = _of(_read(sentence), 45)
    assert (fact["group_label"], fact["outcome_label"]) == (group, outcome)


# -- the study's one follow-up time --------------------------------------------------------

def _trial(methods: str, results: str) -> list[dict]:
    found = find(repair("Surgery helps the heart\n\nResearchers enrolled 400 patients with "
                        f"heart failure. {methods}\n\n{results}\n"), {})
    out = []
    for f in found.facts:
        t = found.times.get(f.get("time") or "")
        out.append({**f, "at": (t.value, t.unit) if t else None})
    return out


@pytest.mark.parametrize("methods, at", [
    ("An extension study looked at the 10-year outcomes.", (10, "year")),
    ("Patients were followed for a median of 7 years.", (7, "year")),
    ("The team reported 18-month follow-up data.", (18, "month")),
])
def test_results_without_a_time_are_at_the_studys_one_follow_up_time(methods, at):
    facts = _trial(methods, "Death occurred in 45% of the surgery group. Overall, 30% of "
                            "the patients had chest pain.")
    for value in (45, 30):
        fact = _of(facts, value)
        assert fact["at"] == at
        assert "follow-up" in fact["review"] and "check" in fact["review"]


@pytest.mark.parametrize("methods, results", [
    # two follow-up times: which one a result is at is for the reviewer
    ("They were followed for 5 years, and a subgroup for 10 years of follow-up.",
     "Death occurred in 45% of the surgery group."),
    # a result with a time of its own that differs: the release mixes times
    ("An extension study looked at the 10-year outcomes.",
     "Death occurred in 45% of the surgery group. After 2 years, 30% had chest pain."),
    # a five-year trial is how long it ran, not a follow-up the results are at
    ("It was a 5-year randomized trial.", "Death occurred in 45% of the surgery group."),
])
def test_no_follow_up_time_is_guessed_when_the_release_does_not_give_one(methods, results):
    assert _of(_trial(methods, results), 45)["at"] is None


def test_a_share_of_those_given_a_treatment_is_about_them_and_keeps_the_outcome():
    facts = _read("Death occurred in 30% of the walkers and in 45% of those given drugs "
                  "alone.")
    fact = _of(facts, 45)
    assert fact["group_label"] == "people given drugs alone"
    assert fact["outcome_label"] == _of(facts, 30)["outcome_label"]


# -- a range of so many times --------------------------------------------------------------

@pytest.mark.parametrize("sentence, low, high, measure", [
    ("The new test is between 100 and 1,000-fold more sensitive than a scan.", 100, 1000,
     "times more sensitive"),
    ("The walkers were two to three times as likely to sleep well.", 2, 3, "times as likely"),
    ("Walkers had a two- to three-fold higher risk of falls.", 2, 3,
     "times higher risk of falls"),
    ("The blood test was 10 to 20 times more accurate than a scan.", 10, 20,
     "times more accurate"),
])
def test_so_many_to_so_many_times_is_one_range_not_a_change_of_its_upper_end(sentence, low,
                                                                             high, measure):
    found = find(repair(HEAD + sentence), {})
    ranges = [f for f in found.facts if f["kind"] == "range" and f["low"] == low]
    assert len(ranges) == 1 and ranges[0]["high"] == high
    assert found.measures[ranges[0]["measure"]]["label"]["en"]["plain"] == measure
    assert not [f for f in found.facts if f["kind"] == "relative-change"
                and f.get("value") in (low, high)]


# -- who the people of a background count are ------------------------------------------------

@pytest.mark.parametrize("sentence, value, label", [
    ("More than 35 million Americans are trying to lose weight.", 35_000_000,
     "Americans who are trying to lose weight"),
    ("Each year more than 30 million US residents make trips abroad.", 30_000_000,
     "US residents who make trips abroad"),
    ("Gout is the most common type of arthritis in men, striking more than 25,000 people "
     "each year.", 25_000, "people with gout"),
    ("On average, 3,300 children five years old and younger are admitted to hospital each "
     "year after a fall.", 3_300,
     "children five years old and younger who are admitted to hospital"),
])
def test_a_background_count_names_what_its_people_do_or_have(sentence, value, label):
    fact = _of(_read("In the study, 30% of the walkers had less pain. " + sentence), value)
    assert fact["kind"] == "count" and fact.get("role") == "background"
    assert fact["group_label"] == label


# -- what the headline may be ----------------------------------------------------------------

def test_a_figure_inside_a_quotation_is_never_the_headline():
    text = ("\n\n“At least 60 to 70 percent of her skin was covered by lesions, and the "
            "lesions shrank by 90 percent,” said Jane Smith, M.D., Ph.D., professor of "
            "medicine at Example University in Boston and the lead author of the report.")
    found = find(repair(HEAD + text), {})
    assert found.main is None
    found = find(repair(HEAD + "After a year, 40% of the walkers had less pain." + text), {})
    assert next(f for f in found.facts if f["id"] == found.main)["value"] == 40


@pytest.mark.parametrize("sentence, group", [
    ("The device is 3,000 times more accurate than breath tests.", "device"),
    ("The new scan was 40 percent more sensitive than a biopsy.", "new scan"),
])
def test_a_device_said_to_be_more_accurate_is_what_the_figure_is_about(sentence, group):
    facts = _read(sentence)
    change = next(f for f in facts if f["kind"] == "relative-change")
    assert change["group_label"] == group and change["main"]


@pytest.mark.parametrize("sentence", [
    "Pain scores showed a mean percentage change of 6.47% from the start.",
    "The average change was 2.75% in the walkers.",
])
def test_a_decimal_percentage_is_never_read_as_a_mean_of_its_whole_part(sentence):
    facts = _read("In the study, 30% of the walkers had less pain. " + sentence)
    assert not [f for f in facts if f["kind"] == "mean" and f.get("value") in (6, 2, 6.4, 2.7)]


# -- counts and changes read to their own words ---------------------------------------------

@pytest.mark.parametrize("sentence, value, label", [
    ("They were compared with a group of 120 women who did not have arthritis.", 120,
     "women who did not have arthritis"),
    ("The analysis included 2,554 adults who had knee surgery before the trial and "
     "1,000 who did not.", 2554, "adults who had knee surgery before the trial"),
    ("Of these, 12 patients who died were older.", 12, "patients who died"),
])
def test_a_count_of_people_keeps_their_own_clause_in_the_group(sentence, value, label):
    assert _of(_read(sentence), value)["group_label"] == label


@pytest.mark.parametrize("sentence, outcomes", [
    ("Walkers had a two-fold risk of heart disease and a 20-fold risk of falls.",
     {2: "heart disease", 20: "falls"}),
    ("Walking brought a 37 percent increase in exercise tolerance and a 15 percent increase "
     "in muscle mass.", {37: "exercise tolerance", 15: "muscle mass"}),
    ("Walking finds 19.3% additional cases at the expense of a 1.5% increase in falls.",
     {19.3: "cases", 1.5: "falls"}),
])
def test_a_change_s_outcome_ends_where_the_next_figure_starts(sentence, outcomes):
    facts = _read(sentence)
    for value, outcome in outcomes.items():
        fact = _of(facts, value)
        assert fact["kind"] == "relative-change" and fact["direction"] == "higher"
        assert fact["outcome_label"] == outcome


# -- sums of money ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, amounts", [
    ("Knee pain costs the United States about $259 billion a year, and the cost may reach "
     "$1.1 trillion by 2050.", ("$259 billion", "$1.1 trillion")),
    ("Treatment costs 3,000 euros for each course.", ("3,000 euros",)),
])
def test_a_total_sum_of_money_is_left_out_with_a_note_that_quotes_it(sentence, amounts):
    found = find(repair(HEAD + "In the study, 30% of the walkers had less pain. " + sentence),
                 {})
    numbers = {n for f in found.facts for n in (f.get("value"), f.get("baseline"))}
    assert not numbers & {259_000_000_000, 259, 1.1, 1_100_000_000_000, 3000}
    note = next(n for n in found.notes if "money" in n)
    assert all(a in note for a in amounts) and sentence.split(",")[0] in note
    assert [f for f in found.facts if f.get("value") == 30]


def test_an_average_cost_is_a_mean_that_says_its_currency_is_missing():
    found = find(repair(HEAD + "In the study, 30% of the walkers had less pain. The average "
                        "cost of treating a fall in hospital is $3,500.\n"), {})
    mean = next(f for f in found.facts if f["kind"] == "mean")
    assert mean["value"] == 3500 and "$3,500" in mean["review"] and "currency" in mean["review"]
    assert not [n for n in found.notes if "money" in n]  # drafted, so no left-out note


def test_a_dollar_figure_is_no_count_of_people_nor_a_mean():
    from plainsum_extract.money import money_spans

    text = "It saved $4.5 million, or US$818 billion worldwide, and 12 patients paid $40."
    assert [text[a:b] for a, b in money_spans(text)] == ["$4.5 million", "US$818 billion",
                                                         "$40"]
    assert money_spans("Some 40 patients got 5 mg more each day.") == []


# -- the study's own people ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, size, label", [
    ("This double blind, randomized study of 180 adult type 2 diabetic patients showed a "
     "drop in glucose.", 180, "adult type 2 diabetic patients"),
    ("The double-blind, randomized Phase IIb study of 180 patients with type 2 diabetes was "
     "conducted at 33 clinical sites in the United States.", 180,
     "patients with type 2 diabetes"),
])
def test_the_study_of_n_people_is_the_cohort_even_with_many_adjectives(sentence, size, label):
    found = find(repair("Pill lowers glucose\n\n" + sentence + "\n"), {})
    cohort = next(f for f in found.facts if f["id"] == "cohort")
    assert cohort["value"] == size and cohort.get("role") != "background"
    assert found.groups["all"].label == label
    assert not [f for f in found.facts if f["kind"] == "count" and f["value"] == 2]


@pytest.mark.parametrize("phrase", ["type 2 diabetic patients", "stage 3 patients",
                                    "grade 2 tumours in patients", "phase 2 trial patients"])
def test_a_type_stage_or_phase_number_is_no_count(phrase):
    from plainsum_extract.quantity_amounts import counts

    assert counts(f"They treated {phrase} at home.") == []


def test_a_share_said_as_an_aside_takes_the_verb_after_it():
    facts = _read("Of these, 124, or 42.5 percent, were found to have knee pain. Of them, "
                  "60 (20 percent) needed surgery.")
    assert _of(facts, 42.5)["outcome_label"] == "were found to have knee pain"
    assert _of(facts, 20)["outcome_label"] == "needed surgery"


# -- what a relative change is said of -------------------------------------------------------

def test_so_many_times_as_likely_with_a_trait_is_about_the_people_with_it():
    facts = _read("While knee pain was about two times as likely with advancing age or high "
                  "blood pressure, it was three times more likely with obesity. Falls were "
                  "twice as likely among smokers.")
    changes = [f for f in facts if f["kind"] == "relative-change"]
    got = [(f["value"], f["group_label"], f["outcome_label"]) for f in changes]
    assert got == [(2, "people with advancing age or high blood pressure", "knee pain"),
                   (3, "people with obesity", "knee pain"), (2, "smokers", "Falls")]
    assert changes[0]["hedge"] == "about"


def test_a_change_of_the_whole_study_keeps_the_study_group():
    facts = _read("Overall, the number of falls dropped by 30 percent.")
    assert _of(facts, 30)["group"] == "all"


def test_a_change_said_with_the_treatment_as_subject_is_the_treatments():
    """"Walking cut the risk of falls by 30 percent": a relative change compares, here
    the walkers with the others, so it is said of walking, never of the whole study."""
    facts = _read("Walking cut the risk of falls by 30 percent in the study.")
    assert _of(facts, 30)["group"] != "all"
    assert "walking" in _of(facts, 30)["group_label"].lower()


# -- a general statement of no difference ----------------------------------------------------

def test_a_no_difference_said_of_things_in_general_is_background():
    found = find(repair(HEAD + "But many tumours do not differ from healthy tissue on MRI "
                        "and so escape notice. In the study, pain did not differ "
                        "significantly between the walkers and the others.\n"), {})
    nodiff = [f for f in found.facts if f["kind"] == "no-difference"]
    assert [f.get("role", "result") for f in nodiff] == ["background", "result"]
    assert found.main == nodiff[1]["id"]


@pytest.mark.parametrize("sentence, value, group, outcome", [
    ("Nearly 40% of the walkers slept better.", 40, "walkers", "slept better"),
    ("Well over 70% of the walkers enjoyed it.", 70, "walkers", "enjoyed it"),
    ("About 20% of the walkers with limited mobility had falls.", 20,
     "walkers with limited mobility", "had falls"),
])
def test_a_share_with_a_verb_of_any_kind_is_drafted_with_its_people(sentence, value, group,
                                                                    outcome):
    fact = _of(_read("In the study, 30% of the walkers had less pain. " + sentence), value)
    assert (fact["group_label"], fact["outcome_label"]) == (group, outcome)
    assert fact.get("hedge") in ("nearly", "more-than", "about")


# -- shares in parentheses, of who took part, and of people in general ----------------------

def test_a_share_in_parentheses_takes_the_verb_after_them():
    facts = _read("In the study, 30% of the walkers had less pain. An additional 75 patients "
                  "(0.4 percent of the initial group) were diagnosed with gout.")
    fact = _of(facts, 0.4)
    assert fact["outcome_label"] == "were diagnosed with gout" and fact["count"] == 75
    assert "initial" not in fact["group_label"]


def test_who_took_part_is_a_share_and_their_average_age_no_time_point():
    facts = _read("Among the 620 adults (average age, 71 years; 74 percent women) who were "
                  "randomized, 96 percent completed the trial.")
    assert _of(facts, 74)["outcome_label"] == "were women"
    assert _of(facts, 96).get("time") is None


def test_a_share_of_the_population_in_the_present_tense_is_background():
    facts = _read("In the study, 30% of the walkers had less pain. About 20 percent of the "
                  "population carries the gene.")
    fact = _of(facts, 20)
    assert fact.get("role") == "background" and fact["group_label"] == "the population"
    assert fact["outcome_label"] == "carries the gene" and fact["hedge"] == "about"
    # "their own cells" is no present-tense statement of the world
    assert _of(_read("The team injected each of the 22 patients with their own cells."),
               22).get("role") != "background"


@pytest.mark.parametrize("sentence, value, outcome", [
    ("The scan reduced false alarms by 70 percent, while detecting 60 of 61 tumours, or 98 "
     "percent.", 98, "detected tumours"),
    ("The test identified 45 of 50 cancers, or 90%.", 90, "identified cancers"),
])
def test_n_of_m_things_or_a_percentage_is_the_share_of_what_was_done(sentence, value,
                                                                    outcome):
    fact = _of(_read(sentence), value)
    assert fact["kind"] == "proportion" and fact["outcome_label"] == outcome


# -- a commentary reports no study of its own -----------------------------------------------

COMMENTARY = ("Doctors urge wider use of a quit-smoking pill\n\nIn a commentary published in "
              "the current issue of the Journal of Example Medicine, researchers argue that "
              "the pill is safe. The trial they discuss was conducted for 12 weeks on about "
              "8,000 smokers, and 42 percent of the pill group quit smoking, compared with "
              "20 percent of the placebo group.\n")


def test_the_trials_a_commentary_discusses_give_background_figures_only():
    found = find(repair(COMMENTARY), {})
    assert not found.reports_study and found.main is None
    assert found.facts and all(f.get("role") == "background" for f in found.facts)


def test_an_accompanying_editorial_does_not_make_a_study_a_commentary():
    text = COMMENTARY.replace("In a commentary published in the current issue of the Journal "
                              "of Example Medicine, researchers argue that the pill is safe.",
                              "Researchers enrolled 8,000 smokers in a randomized trial. In an "
                              "accompanying editorial, a doctor argued that the pill is safe.")
    found = find(repair(text), {})
    assert found.reports_study and found.main is not None


# -- means said in words, follow-up, and the means that define the groups ------------------

def test_an_average_in_words_and_the_average_follow_up_are_means():
    found = find(repair("Fish helps memory\n\nThe researchers followed 915 people with a mean "
                        "age of 81.4 years for an average of five years.\n"), {})
    means = {f["value"]: found.measures[f["measure"]]["label"]["en"]["plain"]
             for f in found.facts if f["kind"] == "mean"}
    assert means == {81.4: "age", 5: "follow-up time"}


def test_the_average_that_defines_a_higher_and_a_lower_group_is_never_the_headline():
    text = ("Fish helps memory\n\nResearchers followed 900 older adults.\n\nParticipants in the "
            "higher fish group ate an average of two fish meals per week. Those in the lower "
            "group ate an average of 0.5 meals per week.")
    found = find(repair(text + "\n"), {})
    assert {f["value"] for f in found.facts if f["kind"] == "mean"} == {2, 0.5}
    assert found.main is None
    found = find(repair(text + " Memory scores fell by an average of 1.2 points in the "
                        "higher fish group.\n"), {})
    assert next(f for f in found.facts if f["id"] == found.main)["value"] in (1.2, -1.2)


@pytest.mark.parametrize("before, hedge", [
    ("might have caused, at most, an additional ", "up-to"),
    ("up to an extra ", "up-to"),
    ("more than a further ", "more-than"),
    ("an additional ", None),
])
def test_a_hedge_holds_over_additional_or_extra(before, hedge):
    from plainsum_extract.quantity_forms import hedge_of

    assert hedge_of(before) == hedge


@pytest.mark.parametrize("sentence, group", [
    ("Similarly, levels above the target were associated with a 22% lower risk of falls.",
     "people with levels above the target"),
    ("Drinking coffee was linked to a 20% lower risk of death.", "people drinking coffee"),
    ("Higher vitamin D levels were associated with a 30 percent lower risk of falls.",
     "people with higher vitamin D levels"),
])
def test_what_a_change_is_associated_with_names_its_people(sentence, group):
    change = next(f for f in _read(sentence) if f["kind"] == "relative-change")
    assert change["group_label"] == group


def test_the_study_itself_is_no_exposure():
    change = next(f for f in _read("The study was associated with a 10% higher risk of falls.")
                  if f["kind"] == "relative-change")
    assert change["group"] == "all"


def test_a_mean_of_a_subgroup_told_by_what_happened_to_it_is_about_that_subgroup():
    found = find(repair("Cells fight myeloma\n\nThe team enrolled 25 patients with myeloma."
                        "\n\nAfter a year, 13 of the 22 patients had a partial response. Seven "
                        "patients had a complete response and lived, on average, 25.1 months "
                        "without progression. The remaining 15 patients had an average of 11.8 "
                        "progression-free months. The mean age was 61 years.\n"), {})
    label = {f["value"]: found.groups[f["group"]].label for f in found.facts
             if f["kind"] == "mean"}
    assert "complete response" in label[25.1]
    assert label[11.8] == "remaining patients"
    assert label[61] == found.groups["all"].label  # an age stays the study's
    main = next(f for f in found.facts if f["id"] == found.main)
    assert (main["kind"], main["value"]) == ("count", 13)  # the share said in counts


def test_a_count_of_people_stops_at_a_time_or_a_pronoun_clause():
    facts = _read("An additional 75 patients were diagnosed with gout between the first and "
                  "second visits. The team injected each of the 22 patients with their own "
                  "cells. Seven patients experienced at least a 90 percent reduction in knee "
                  "swelling and walked farther.")
    assert _of(facts, 75)["group_label"] == "additional patients who were diagnosed with gout"
    assert "own cells" not in _of(facts, 22)["group_label"]
    assert _of(facts, 7)["group_label"] == ("patients who experienced at least a 90 percent "
                                            "reduction in knee swelling")
