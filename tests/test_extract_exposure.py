"""Extract: whom an effect figure compares (the exposure) and what it is a risk of.

Invented releases in varied wording (none copied from a real release): an observational
study's hazard ratio, odds ratio or relative change is said of the exposure compared
(a quantile, a habit, a medicine), never of the whole cohort; its interval bounds share
that meaning; its outcome is the event whose risk changes, never a fragment such as
"percent higher risk".
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))

from plainsum_extract.exposure import (
    exposure_phrase,
    for_opening,
    fragment,
    people_label,
    risk_named,
)
from plainsum_extract.facts import find
from plainsum_extract.repair import repair


def _facts(text: str) -> list[tuple[str, float, str, str, dict]]:
    """(kind, value, group label, outcome label, fact) of every effect figure drafted."""
    found = find(repair(text), {})
    out = []
    for f in found.facts:
        if f["kind"] not in ("ratio", "relative-change", "difference"):
            continue
        group = found.groups[f["group"]].label if f.get("group") in found.groups else "all"
        outcome = found.outcomes.get(f.get("outcome") or "", {})
        label = outcome.get("label", {}).get("en", {}).get("plain", "") if outcome else ""
        out.append((f["kind"], f["value"], group, label, f))
    return out


def _of(facts: list, kind: str, value: float) -> tuple:
    return next(x for x in facts if x[0] == kind and abs(x[1] - value) < 1e-9)


_SPICE = """Spicy food and stomach cancer

The team followed 61,402 Midwestern adults aged 35 to 74 for a median of 12 years; 488
developed stomach cancer.

The top tertile of chili intake was associated with a 27 percent lower risk of stomach
cancer than the bottom tertile (HR 0.73; 95% CI 0.58-0.92).

In the middle tertile the risk was 9 percent lower (HR 0.91; 95% CI 0.74-1.12).
"""


def test_a_quantile_subject_is_the_group_of_the_change_and_of_its_ratio() -> None:
    facts = _facts(_SPICE)
    for kind, value in (("relative-change", 27), ("ratio", 0.73)):
        _, _, group, outcome, _ = _of(facts, kind, value)
        assert "top tertile of chili intake" in group, group
        assert "Midwestern" not in group
        assert "stomach cancer" in outcome
    assert _of(facts, "ratio", 0.73)[4]["ci"] == [0.58, 0.92]


def test_a_clause_that_opens_with_the_quantile_is_about_it() -> None:
    facts = _facts(_SPICE)
    for kind, value in (("relative-change", 9), ("ratio", 0.91)):
        _, _, group, outcome, _ = _of(facts, kind, value)
        assert "middle tertile" in group, group
        assert "tertile" not in outcome and "risk" not in outcome, outcome
        assert "stomach cancer" in outcome


_SHIFTS = """Long commutes and back pain

Office workers were more likely to report chronic back pain the longer they commuted.
The survey covered 23,115 employees; the risk of chronic back pain grew with commuting
time.

Workers commuting 30 to 59 minutes had an 11 percent higher risk than those commuting
less than 30 minutes (OR 1.11; 95% CI 1.02 to 1.21); those commuting 60 to 89 minutes, a
24% higher risk (OR 1.24; 95% CI 1.12-1.37); and those commuting 90 minutes or more, a 41
percent higher risk (OR 1.41; 95% CI 1.22-1.63).
"""


def test_each_elliptic_clause_has_its_own_people_and_no_fragment_outcome() -> None:
    facts = _facts(_SHIFTS)
    expected = {1.24: "60 to 89", 24: "60 to 89", 1.41: "90 minutes",
                41: "90 minutes", 1.11: "30 to 59", 11: "30 to 59"}
    for kind, value, group, outcome, _ in facts:
        if value in expected:
            assert expected[value] in group, (kind, value, group)
            assert not fragment(outcome) and "percent" not in outcome, (value, outcome)
            assert "back pain" in outcome, (value, outcome)


def test_a_pooled_ratio_with_no_people_of_its_own_keeps_the_exposure_before() -> None:
    text = """Olive oil and heart failure: a pooled analysis

Researchers pooled 11 cohorts with 410,000 participants.

Compared with people who used little olive oil, those with the highest use had a 17%
lower risk of heart failure (pooled RR 0.83; 95% CI 0.75-0.92). The pooled risk of atrial
fibrillation was also lower (RR 0.88; 95% CI 0.80-0.97).
"""
    facts = _facts(text)
    _, _, group, outcome, fact = _of(facts, "ratio", 0.88)
    assert "highest use" in group, group
    assert "atrial fibrillation" in outcome
    assert "group of the effect before" in fact.get("review", "")


def test_an_exposure_that_is_no_person_gets_a_people_label() -> None:
    assert people_label("prior statin use") == "people with prior statin use"
    assert people_label("drinking three or more cups a day") == \
        "people drinking three or more cups a day"
    assert people_label("the highest quintile of fibre intake") == \
        "people in the highest quintile of fibre intake"
    assert people_label("Daily aspirin use", opens=True) == "people with daily aspirin use"
    assert people_label("Canadians aged 50 to 64") == "Canadians aged 50 to 64"
    assert people_label("women who smoked") == "women who smoked"


def test_the_exposure_is_read_from_the_shape_of_the_clause() -> None:
    text = ("After adjustment for age and sex, long-term use of proton pump inhibitors was "
            "associated with higher odds of hip fracture (odds ratio 1.30; 95% CI 1.1-1.5).")
    found = exposure_phrase(text, text.index("odds ratio"))
    assert found and found[0] == "long-term use of proton pump inhibitors"
    # the effect itself, the study or a measured rate is no exposure
    for text in ("The risk of stroke was 20% lower (HR 0.80).",
                 "The study found a 20% lower risk of stroke (HR 0.80).",
                 "The rate of falls in treated women who had frailty declined by 30 percent."):
        pos = text.index("20%") if "20%" in text else text.index("30")
        assert exposure_phrase(text, pos) is None, text


def test_a_ratio_for_a_comparison_names_its_group_not_its_outcome() -> None:
    text = "For tea, the hazard ratio for the top versus bottom quartile was 0.93."
    found = exposure_phrase(text, text.index("hazard"),
                            (text.index("hazard"), text.index("0.93")))
    assert found and found[0] == "the top quartile"


def test_for_opens_an_outcome_unless_it_names_people() -> None:
    text = "For kidney stones, the corresponding hazard ratios were 0.81 and 0.64."
    assert for_opening(text, text.index("0.81"))[0] == "kidney stones"
    text = "For women, the hazard ratio was 0.81."
    assert for_opening(text, text.index("0.81")) is None


def test_both_ratios_of_a_list_are_read() -> None:
    text = """Walking and gallstones

The team followed 9,870 nurses for 10 years.

Walking at least an hour a day was linked to a lower risk of gallstone disease (HR 0.77;
95% CI 0.65-0.91). For kidney stones, the corresponding hazard ratios were 0.81 and 0.64.
"""
    facts = _facts(text)
    values = {x[1] for x in facts if x[0] == "ratio"}
    assert {0.77, 0.81, 0.64} <= values
    assert "kidney stones" in _of(facts, "ratio", 0.64)[3]


def test_the_risk_named_before_is_the_outcome_of_a_bare_risk() -> None:
    assert risk_named("Coffee tied to lower gout risk in men")[0] == "gout"
    assert risk_named("the risk of macular degeneration rose with age")[0] == \
        "macular degeneration"
    assert risk_named("were more likely to develop cataracts than others")[0] == "cataracts"
    assert risk_named("had a 5 percent higher risk than") is None


def test_a_time_someone_has_been_exposed_is_no_time_point() -> None:
    text = """Night work and migraine

The survey covered 8,200 nurses.

Nurses with 1 to 4 years of night work had a 12 percent higher risk of migraine (HR
1.12; 95% CI 1.01-1.24), and those with 5 to 9 years a 30% higher risk of migraine.
"""
    found = find(repair(text), {})
    times = {(t.value, t.unit) for t in found.times.values()}
    assert (4, "year") not in times and (9, "year") not in times


def test_a_ratio_with_bracketed_short_forms_and_a_trial_compares_the_arms() -> None:
    text = """Pill slows lung scarring

The trial randomly assigned 1,204 adults with lung fibrosis to nintarib or placebo.

The primary outcome occurred in 24.1% of patients in the nintarib group and 31.6% in the
placebo group (hazard ratio [HR], 0.71; 95% confidence interval [CI], 0.58 to 0.87).
Hospital admission for breathing problems was also less frequent (HR 0.80; 95% CI,
0.66-0.97).
"""
    found = find(repair(text), {})
    ratios = {f["value"]: f for f in found.facts if f["kind"] == "ratio"}
    assert ratios[0.71]["ci"] == [0.58, 0.87]
    for value in (0.71, 0.80):
        group = found.groups[ratios[value]["group"]].label
        versus = found.groups[ratios[value]["versus"]].label
        assert "nintarib" in group and "placebo" in versus, (value, group, versus)


def test_people_after_among_run_to_the_clause_end() -> None:
    text = """Screens and sleep

The survey covered 12,400 pupils.

The odds of poor sleep were 1.7 times higher among teens who gamed more than four hours
a night (OR 1.70; 95% CI 1.32 to 2.19).
"""
    facts = _facts(text)
    group = _of(facts, "ratio", 1.70)[2]
    assert group == "teens who gamed more than four hours a night", group
    # "1.7 times higher" only says the odds ratio in words: one figure, not two
    assert not [x for x in facts if x[0] == "relative-change"]


def test_a_step_of_an_exposure_is_no_share_and_opens_the_group() -> None:
    text = """Salt and blood pressure

The team followed 30,500 adults for eight years.

For each additional gram of salt a day, the risk of hypertension rose by 6% (OR 1.06;
95% CI 1.03 to 1.09). Each 10% increment in processed meat intake was associated with a
4% higher risk of hypertension.
"""
    found = find(repair(text), {})
    assert not [f for f in found.facts if f["kind"] == "proportion" and f["value"] == 10]
    facts = _facts(text)
    group, outcome = _of(facts, "ratio", 1.06)[2:4]
    assert "gram of salt" in group and outcome == "hypertension", (group, outcome)


def test_a_range_of_relative_changes_is_an_effect_of_the_exposure() -> None:
    text = """Stairs and survival

The team followed 18,100 office workers.

Workers who climbed at least ten flights a day had a 25% to 40% lower risk of heart
attack than those who took the lift.
"""
    found = find(repair(text), {})
    rng = next(f for f in found.facts if f["kind"] == "range" and f["low"] == 25)
    assert "ten flights" in found.groups[rng["group"]].label
    assert "heart attack" in found.measures[rng["measure"]]["label"]["en"]["plain"]


def test_an_aside_after_but_not_with_has_that_outcome_and_a_bare_interval() -> None:
    text = """Fish oil meta-analysis

The review pooled 14 trials with 77,000 participants.

Fish oil was associated with a lower risk of heart attack (RR 0.87; 95% CI 0.79 to
0.96), but not with stroke (RR 1.02, 0.91-1.14).
"""
    facts = _facts(text)
    _, _, group, outcome, fact = _of(facts, "ratio", 1.02)
    assert outcome == "stroke" and "fish oil" in group.lower()
    assert fact["ci"] == [0.91, 1.14]


_FRIED = """Fried food and stroke among Midwestern adults

The study followed 16,400 Midwestern adults for a median of 8 years; 1,020 had a stroke.

The highest versus lowest quartile of doughnut intake was associated with a 23% higher
risk of stroke (HR 1.23; 95% CI 1.02-1.48).

Comparing the highest with the lowest quintile of bean intake, the hazard ratio for stroke
was 0.84 (95% CI 0.70-0.99).

Stroke risk was 12% lower in the top tertile of magnesium intake (HR 0.88; 95% CI 0.78 to
0.99) than in the bottom tertile.

Adults in the sweets pattern's top quartile were more likely to have a stroke (HR for
highest vs. lowest quartile, 1.31; 95% CI, 1.08-1.59).

Those eating fried chicken at least twice a week had higher stroke risk, with a hazard
ratio of 1.37 (95% CI, 1.05 to 1.79).
"""


@pytest.mark.parametrize("value, words", [
    (1.23, "highest quartile of doughnut intake"), (23, "highest quartile of doughnut intake"),
    (0.84, "highest quintile of bean intake"), (0.88, "top tertile of magnesium intake"),
    (12, "top tertile of magnesium intake"), (1.31, "sweets pattern's top quartile"),
    (1.37, "eating fried chicken at least twice a week")])
def test_a_quantile_contrast_is_said_of_its_upper_end_never_of_the_cohort(value, words):
    facts = _facts(_FRIED)
    kind = "ratio" if isinstance(value, float) else "relative-change"
    _, _, group, outcome, _ = _of(facts, kind, value)
    assert words in group and "Midwestern" not in group, group
    assert outcome == "stroke", outcome


def test_a_follow_up_said_with_its_people_between_is_the_study_s_one_time() -> None:
    from plainsum_extract.follow_up import follow_up_times

    times = follow_up_times("The study followed 16,400 Midwestern adults for a median of "
                            "8 years.")
    assert [(v, u) for v, u, _ in times] == [(8.0, "year")]
    assert follow_up_times("We followed up on their concerns for weeks.") == []


def test_a_between_group_difference_is_of_the_first_arm_against_the_other() -> None:
    text = """Humming lowers blood pressure

Investigators randomly assigned 120 adults to eight weeks of daily humming exercises or a
silent reading routine.

After eight weeks, systolic blood pressure fell by 8.1 mm Hg in the humming group and by
2.0 mm Hg in the reading group, a between-group difference of 6.1 mm Hg (95% CI, 3.0 to
9.2).
"""
    found = find(repair(text), {})
    diff = next(f for f in found.facts if f["kind"] == "difference" and f["value"] == 6.1)
    assert "humming" in found.groups[diff["group"]].label
    assert "reading" in found.groups[diff["versus"]].label


def test_list_lines_anaphors_and_studies_of_people() -> None:
    text = """Blood pressure pills and memory

Older adults taking calcium channel blockers were less likely to develop dementia. The
cohort study followed 41,000 adults aged 60 and older for 7 years.

Key findings:
- Memory loss: people taking calcium channel blockers had a 19% lower risk than those
taking other pills (HR 0.81; 95% CI 0.70-0.94).
- Parkinson's disease: HR 0.88 (95% CI 0.77-0.99).

The benefit was greatest in people older than 80: their hazard ratio was 0.72 (95% CI,
0.60 to 0.86). Those who took the pills for five years had a 25 percent lower risk of the
disease (HR 0.75). A 2018 study of older women found a 10 percent lower risk.
"""
    facts = _facts(text)
    assert _of(facts, "ratio", 0.81)[3] == "Memory loss"
    assert _of(facts, "ratio", 0.88)[3] == "Parkinson's disease"
    assert _of(facts, "ratio", 0.72)[2] == "people older than 80"
    assert _of(facts, "ratio", 0.75)[3] == "dementia"
    assert "older women" in _of(facts, "relative-change", 10)[2]


def test_a_share_that_repeats_the_verb_before_has_its_outcome() -> None:
    text = """Teachers and exhaustion

The online survey of 3,100 primary school teachers was run in 2025.

Overall, 38 percent of the teachers met the criteria for exhaustion. Among teachers with
classes over 30, 47 percent did, compared with 31 percent of those with smaller classes.
Teachers with exhaustion were 1.9 times as likely as other teachers to say they planned to
quit teaching within two years.
"""
    found = find(repair(text), {})
    label = {f["value"]: found.outcomes[f["outcome"]]["label"]["en"]["plain"]
             for f in found.facts if f["kind"] in ("proportion", "relative-change")}
    assert label[38] == label[47] == label[31] == "met the criteria for exhaustion"
    assert "quit teaching" in label[1.9]


def test_the_verb_controls_names_no_control_group() -> None:
    text = """Drug shrinks tumours in children

Standard second-line treatment controls it in about a third of children. The single-arm
trial treated 40 children aged 2 to 16. Of the 40 children, 22 (55 percent) had their
tumours shrink.
"""
    found = find(repair(text), {})
    assert not [g for g in found.groups.values() if "control" in g.label]
    share = next(f for f in found.facts if f["kind"] == "proportion" and f["value"] == 55)
    assert share["group"] == "all"
    from plainsum_extract.groups import _CONTROL

    assert _CONTROL.search("The team compared 60 women with osteoporosis and 60 healthy controls.")
    assert _CONTROL.search("Symptoms were milder than in controls.")
    assert not _CONTROL.search("The drug controls blood pressure in most adults.")


def test_people_told_only_by_what_happened_are_counted() -> None:
    from plainsum_extract.quantity_amounts import counts

    got = {c.value: c.label for c in counts(
        "The team followed 20,310 adults for 9 years; 1,452 had a heart attack, during which "
        "time 803 developed atrial fibrillation.")}
    assert got[1452] == "people who had a heart attack"
    assert got[803] == "people who developed atrial fibrillation"
    got = {c.value: c.label for c in counts(
        "The data covered 9,004 people with asthma, of whom 2,310 reported using a spacer.")}
    assert got[2310] == "people who reported using a spacer"
    assert not [c for c in counts("In 2021, the rate had doubled.") if c.value == 2021]


def test_a_share_with_its_interval_and_a_pair_after_more_likely_than() -> None:
    text = ("Hay fever survey\n\nThe survey included 6,400 adults living in cities.\n\n"
            "Overall, 21.4% (95% CI, 19.0%-23.8%) of adults reported sneezing fits every "
            "spring. Smokers were more likely than non-smokers to report itchy eyes (31.2% vs "
            "17.5%; odds ratio 2.14, 95% CI 1.70-2.69).\n")
    found = find(repair(text), {})
    label = {f["value"]: (found.groups[f["group"]].label,
                          found.outcomes[f["outcome"]]["label"]["en"]["plain"])
             for f in found.facts if f["kind"] in ("proportion", "ratio")}
    assert label[21.4][1] == "reported sneezing fits every spring"
    assert label[31.2] == ("smokers", "itchy eyes")
    assert label[17.5] == ("non-smokers", "itchy eyes")
    assert label[2.14][1] == "itchy eyes" and "moker" in label[2.14][0]
    ci = next(f for f in found.facts if f["kind"] == "range" and f["low"] == 19.0)
    assert "sneezing" in found.measures[ci["measure"]]["label"]["en"]["plain"]


def test_an_effect_whose_outcome_words_are_cut_is_kept_with_mended_words() -> None:
    from plainsum_extract.quantities import _mended

    assert _mended("hip fracture - the") == "hip fracture"
    assert _mended("death from (cardiac") == "death"
    assert _mended("the") is None
    text = """Naps and heart health

The cohort followed 9,300 adults aged 50 to 70 for 6 years.

Adults who napped for more than an hour had a higher risk of atrial fibrillation - the
commonest heart rhythm problem (HR 1.29; 95% CI 1.08-1.54).
"""
    facts = _facts(text)
    assert _of(facts, "ratio", 1.29)[3] == "atrial fibrillation"


def test_an_interval_without_a_unit_after_a_mean_is_read_as_its_range() -> None:
    text = ("Sleep study\n\nThe team enrolled 410 adults with insomnia.\n\nThe mean sleep "
            "score was 6.1 (95% CI 5.8 to 6.4) after the program.\n")
    found = find(repair(text), {})
    ci = next(f for f in found.facts if f["kind"] == "range" and f["low"] == 5.8)
    assert ci["high"] == 6.4
    assert "sleep score" in found.measures[ci["measure"]]["label"]["en"]["plain"]


@pytest.mark.parametrize("sentence, value, words", [
    ("Gene changes are present in about 30% of bowel tumours.", 30, "gene changes"),
    ("Participants completed 91 percent of the planned walks.", 91, "completed planned walks"),
    ("About 27 percent of Canadians aged 70 and older reported gardening weekly.", 27,
     "reported gardening weekly"),
    ("More children using the app said they liked school (62 percent) than children "
     "without it (48 percent).", 62, "said they liked school"),
])
def test_more_ways_a_share_says_what_it_counts(sentence, value, words):
    text = "Survey news\n\nThe survey covered 2,000 people in 2025.\n\n" + sentence + "\n"
    found = find(repair(text), {})
    share = next(f for f in found.facts if f["kind"] == "proportion" and f["value"] == value)
    label = found.outcomes[share["outcome"]]["label"]["en"]["plain"]
    assert words in label.lower(), label
