"""Stage 3, quantities: how extract reads the figures of English sentences into fact kinds.

Every sentence here is made up for the test, in the ways English commonly reports a
figure; none is taken from a real release."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract.facts import find  # noqa: E402
from plainsum_extract.quantities import percents  # noqa: E402
from plainsum_extract.quantity_amounts import counts, means, study_times  # noqa: E402
from plainsum_extract.quantity_forms import hedge_of, read  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402


def one(text: str, kind: str):
    got = [q for q in read(text) if q.kind == kind]
    assert len(got) == 1, (text, [(q.kind, q.value) for q in read(text)])
    return got[0]


# -- relative changes -------------------------------------------------------------------------

@pytest.mark.parametrize("text, value, direction, outcome", [
    ("Walkers were 30 percent less likely to develop heart disease.", 30, "lower",
     "develop heart disease"),
    ("The diet was tied to a 20% lower risk of stroke.", 20, "lower", "stroke"),
    ("Smokers had a 45 per cent higher risk of gum disease.", 45, "higher", "gum disease"),
    ("The vaccine cut hospital admissions by 40 percent.", 40, "lower", "hospital admissions"),
    ("The program reduced the risk of falls by 31%.", 31, "lower", "falls"),
    ("There was a 15% reduction in emergency visits.", 15, "lower", "emergency visits"),
    ("Readers had 25% fewer migraines than non-readers.", 25, "lower", "migraines"),
    ("Blood sugar levels dropped by 12 percent.", 12, "lower", "Blood sugar levels"),
])
def test_percent_relative_changes(text, value, direction, outcome):
    q = one(text, "relative-change")
    assert (q.value, q.fields["direction"]) == (value, direction)
    assert q.outcome and q.outcome[0] == outcome
    assert text[q.outcome[1]:q.outcome[2]] == outcome
    assert percents(text) == []  # never also a share of a group


@pytest.mark.parametrize("text, value", [
    ("Night workers had four times the risk of ulcers.", 4),
    ("Girls were twice as likely to be diagnosed.", 2),
    ("Heavy drinkers were 3.5 times more likely to fall.", 3.5),
    ("Obesity may double the risk of asthma.", 2),
    ("The number of cases tripled in a year.", 3),
])
def test_fold_changes(text, value):
    q = one(text, "relative-change")
    assert (q.value, q.fields["unit"], q.fields["direction"]) == (value, "fold", "higher")


def test_a_second_change_in_the_same_sentence_shares_its_wording():
    text = "Scores fell by 10 percent at one year and by more than 18 percent at two years."
    got = [q for q in read(text) if q.kind == "relative-change"]
    assert [(q.value, q.fields["direction"], q.hedge) for q in got] == [
        (10, "lower", None), (18, "lower", "more-than")]


def test_a_change_that_names_no_outcome_has_none():
    q = one("Those who slept longer had a 22% lower risk.", "relative-change")
    assert q.outcome is None  # the subject is a group, not what changed


# -- ratios -----------------------------------------------------------------------------------

def test_a_hazard_ratio_with_interval_and_p():
    q = one("The hazard ratio for death was 0.62 (95% CI 0.45-0.85; p=0.003).", "ratio")
    assert q.value == 0.62
    assert q.fields == {"ratio": "hazard", "ci": [0.45, 0.85], "p": 0.003}
    assert q.outcome and q.outcome[0] == "death"
    assert percents("The hazard ratio for death was 0.62 (95% CI 0.45-0.85).") == []


@pytest.mark.parametrize("text, kind, value, relation", [
    ("The odds ratio was 1.8 (95% confidence interval, 1.1 to 2.9), P < .001.", "odds", 1.8,
     "<"),
    ("Risk of relapse was lower (HR 0.7, 95% CI 0.5-0.9).", "hazard", 0.7, None),
    ("The relative risk of infection was 0.75.", "risk", 0.75, None),
    ("OR = 2.1 for readmission.", "odds", 2.1, None),
])
def test_other_ratios(text, kind, value, relation):
    q = one(text, "ratio")
    assert (q.fields["ratio"], q.value, q.fields.get("p_relation")) == (kind, value, relation)


def test_an_interval_that_does_not_hold_the_ratio_is_not_kept():
    q = one("The odds ratio was 1.8 (95% CI 2.0 to 2.9).", "ratio")
    assert "ci" not in q.fields


# -- ranges -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, low, high, unit, measure", [
    ("Children ages 2 to 18 took part.", 2, 18, "year", "age"),
    ("Adults aged between 55 and 74 years were invited.", 55, 74, "year", "age"),
    ("It studied 9- to 11-year-old children.", 9, 11, "year", "age"),
    ("Between 50 and 90 percent of teenagers are affected.", 50, 90, "percent", "affected"),
    ("Between 20 and 30 percent of adults have back pain.", 20, 30, "percent", "back pain"),
    ("Their itching eased by 40 to 60 percent in a week.", 40, 60, "percent", "itching"),
    ("Runners showed a .5 percent to 1.2 percent increase in lung volume.", 0.5, 1.2,
     "percent", "lung volume"),
    ("Babies born between 24 and 28 weeks of pregnancy were included.", 24, 28, "week",
     "weeks of pregnancy"),
    ("Patients slept for 6 to 8 hours a night.", 6, 8, "hour", "hours a night"),
])
def test_ranges(text, low, high, unit, measure):
    q = one(text, "range")
    assert (q.fields["low"], q.fields["high"], q.fields.get("unit")) == (low, high, unit)
    assert q.fields.get("measure") == measure


def test_a_change_from_one_figure_to_another_is_not_a_range():
    assert [q for q in read("Rates fell from 20% to 10% over a decade.")
            if q.kind == "range"] == []
    assert [m.group("n") for m in percents("Rates fell from 20% to 10% over a decade.")] \
        == ["20"]  # the second stays unread, as before: a before/after pair is not split
    assert read("The study ran from 2010 to 2015.") == ()


# -- differences and no difference ----------------------------------------------------------------

@pytest.mark.parametrize("text, value, unit, outcome", [
    ("Relapse was 5 percentage points lower with the drug.", -5, "percentage-points",
     "Relapse"),
    ("Hospital stays were 28.8 hours shorter with the new drug.", -28.8, "hour",
     "Hospital stays"),
    ("Pupils who read daily scored 4.8 points higher on the reading test.", 4.8, "point",
     "reading test"),
    ("The average change in weight was -2.5 kg.", -2.5, "kg", "weight"),
    ("The new scanner could cut delays in care by up to 40 minutes.", -40, "minute",
     "delays in care"),
    ("The pill lowered blood pressure by 5 mmHg.", -5, "mmHg", "blood pressure"),
    ("A transfer can delay surgery by as long as 45 minutes.", 45, "minute", "surgery"),
])
def test_differences_are_signed(text, value, unit, outcome):
    q = one(text, "difference")
    assert (q.value, q.fields.get("unit")) == (value, unit)
    assert q.outcome and q.outcome[0] == outcome


@pytest.mark.parametrize("text, outcome", [
    ("There was no significant difference in pain scores between the groups.", "pain scores"),
    ("Quality of life did not differ between the two arms.", "Quality of life"),
    ("Sleep quality was not significantly different in the two groups.", "Sleep quality"),
    ("Pain scores for children in both groups were similar.", "Pain scores"),
    ("The brace resulted in similar walking speeds at one year.", "walking speeds"),
    ("The two creams had the same side effects.", "side effects"),
])
def test_no_difference(text, outcome):
    q = one(text, "no-difference")
    assert q.outcome and q.outcome[0] == outcome
    assert "direction" not in q.fields


def test_no_difference_in_a_list_of_outcomes():
    got = read("There were no significant differences in other outcomes: sleep, pain, "
               "mood, and quality of life.")
    assert [q.outcome[0] for q in got if q.kind == "no-difference" and q.outcome] == [
        "sleep", "pain", "mood", "quality of life"]


def test_similar_to_is_not_a_result_of_no_difference():
    assert read("Their results were similar to earlier findings.") == ()


# -- means and hedges ---------------------------------------------------------------------------

def test_a_mean_age_with_its_spread():
    (m,) = means("The mean age was 58.3 years (SD 9.1).")
    assert (m.value, m.measure, m.unit, m.spread) == (58.3, "age", "year", {"sd": 9.1})


@pytest.mark.parametrize("text, value, statistic, unit, extra", [
    ("Mean age 61.5, and most were men.", 61.5, "mean", "year", {}),
    ("Patients stayed a median of 7 days in hospital.", 7, "median", "day", {}),
    ("Follow-up averaged 5.5 years (range 1 to 25).", 5.5, "mean", "year",
     {"spread": {"range": [1, 25]}}),
    ("Seizures fell from a median of 14 a month to 8.", 8, "median", None,
     {"baseline": 14}),
    ("The test score improved from 24 to 59 after surgery.", 59, "mean", None,
     {"baseline": 24}),
    ("Participants lost an average of about 5.5 kg.", 5.5, "mean", "kg", {"hedge": "about"}),
])
def test_means_and_medians(text, value, statistic, unit, extra):
    (m,) = means(text)
    assert (m.value, m.statistic, m.unit) == (value, statistic, unit)
    for key, want in extra.items():
        assert getattr(m, key) == want


def test_changes_said_on_average_or_in_parentheses_are_means():
    got = means("Treated adults had, on average, 1.5 hours less pain a day, and the others "
                "an average 20 minutes a day less.")
    assert [(m.value, m.unit) for m in got] == [(1.5, "hour"), (20, "minute")]
    assert [q for q in read("They had, on average, 1.5 hours less pain.")
            if q.kind == "difference"] == []
    got = means("The mean test score rose (from 10.2 to 12.4) with the drug but not with "
                "placebo (from 10.5 to 10.1).")
    assert [(m.value, m.baseline) for m in got] == [(12.4, 10.2), (10.1, 10.5)]
    assert got[0].measure == got[1].measure


def test_a_range_outside_a_mean_is_not_its_spread():
    (m,) = means("The mean score was 30 (range 40 to 50).")
    assert m.spread is None


@pytest.mark.parametrize("before, hedge", [
    ("in about ", "about"), ("around ", "about"), ("nearly ", "nearly"),
    ("almost ", "nearly"), ("more than ", "more-than"), ("over ", "more-than"),
    ("at least ", "at-least"), ("less than ", "less-than"), ("fewer than ", "less-than"),
    ("up to ", "up-to"), ("as many as ", "up-to"), ("at most ", "up-to"),
    ("no more than ", "up-to"), ("as long as ", "up-to"), ("the rate was ", None),
])
def test_hedges(before, hedge):
    assert hedge_of(before) == hedge


# -- counts ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value, label, hedge", [
    ("The analysis included more than 4,100 breast cancer cases.", 4100,
     "breast cancer cases", "more-than"),
    ("It compared 812 women and girls taking the pill with others.", 812,
     "women and girls taking the pill", None),
    ("They also followed 2,300 who were given a placebo.", 2300,
     "people who were given a placebo", None),
    ("Of these, 75 with kidney disease were treated.", 75, "people with kidney disease", None),
    ("Only 3 of about 40 that were screened took part.", 40, "people that were screened",
     "about"),
    ("About 9,000 deaths are expected.", 9000, "deaths", "about"),
])
def test_counts_name_what_they_count(text, value, label, hedge):
    (c,) = counts(text)
    assert (c.value, c.label, c.hedge) == (value, label, hedge)
    assert text[c.label_span[0]:c.label_span[1]] in label


@pytest.mark.parametrize("text, want", [
    ("Data came from 90 adults - 40 with asthma who took part in the trial and 50 who gave "
     "blood.", [(90, "adults", None), (40, "people with asthma", None),
                (50, "people who gave blood", None)]),
    ("Five of the 30 volunteers felt dizzy.", [(5, "volunteers", 30)]),
    ("Surgery was repeated in four knees.", [(4, "knees", None)]),
    ("The registry holds over 2 million patient records.", [(2000000, "patient records", None)]),
    ("Of the first 1,200 women screened, 36 (3 percent) were recalled.",
     [(1200, "women", None), (36, "women screened", 1200)]),
])
def test_more_ways_of_counting(text, want):
    assert [(c.value, c.label, c.of) for c in counts(text)] == want


def test_a_hedge_covers_the_counts_listed_after_it():
    got = counts("It expects about 12,000 new cases and 3,100 deaths this year.")
    assert [(c.value, c.hedge) for c in got] == [(12000, "about"), (3100, "about")]
    got = counts("It had 40 cases and about 90 controls.")
    assert [(c.value, c.hedge) for c in got] == [(40, None), (90, "about")]


def test_counts_in_words_millions_and_of_then():
    assert [(c.value, c.hedge) for c in counts("An estimated 2.4 million adults smoke.")] == \
        [(2400000, "about")]
    assert [(c.value, c.label) for c in counts("Four patients had both hips replaced.")] == \
        [(4, "patients")]
    assert counts("Two studies found the same.") == []
    got = counts("Of 310 women given the gel, 14 developed a rash.")
    assert [(c.value, c.of) for c in got] == [(310, None), (14, 310)]
    assert got[1].label == "women given the gel"


def test_what_is_not_a_count():
    assert counts("In 2019 patients were asked again.") == []  # a year
    assert counts("Among 12-year-old children, 40 percent had a cold.") == []
    assert counts("The risk was 30% lower in 200 cases.")[0].value == 200  # not the 30
    (c,) = counts("The test found 58 of 60 tumours.")
    assert (c.value, c.of, c.label) == (58, 60, "tumours")


# -- study times ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, times", [
    ("Volunteers took the capsule twice daily for 10 weeks.", [(10, "week")]),
    ("Pain was lower at week 8 in the treated group.", [(8, "week")]),
    ("Over a period of just 6 months, sleep improved.", [(6, "month")]),
    ("In this 24-week trial, adults walked daily.", [(24, "week")]),
    ("Scans were repeated after 6 and 18 months.", [(6, "month"), (18, "month")]),
    ("During the two year follow-up, few fell.", [(2, "year")]),
])
def test_study_times(text, times):
    assert [(v, u) for v, u, _, _ in study_times(text)] == times


@pytest.mark.parametrize("text", [
    "Adults aged 65 years or older were invited.",
    "Ten years ago, the rate was higher.",
    "They walked for 30 minutes a day, 5 days a week.",
    "Children 5 years old and younger were excluded.",
])
def test_what_is_not_a_study_time(text):
    assert study_times(text) == []


# -- the stage on a small release ----------------------------------------------------------------

RELEASE = """Walking linked to fewer falls in older adults

The researchers followed 1,200 adults aged 65 to 90 years. Participants were randomly \
assigned to a walking program or usual care.

Those in the walking program were 30 percent less likely to fall than those in usual \
care. Nearly 40% of participants in the walking program had no falls after two years. \
More than half of the participants in usual care had a fall. Within a year, between 10 and \
20 percent of older women in the program had a fracture. \
There was no significant difference in hip fractures between the groups. Results were \
checked against 14 who had hip surgery.
"""


@pytest.fixture(scope="module")
def found():
    return find(repair(RELEASE), {})


def test_the_stage_drafts_the_richer_kinds_with_group_versus_and_hedge(found):
    by_kind: dict[str, list[dict]] = {}
    for fact in found.facts:
        by_kind.setdefault(fact["kind"], []).append(fact)
    (change,) = by_kind["relative-change"]
    assert (change["value"], change["direction"]) == (30, "lower")
    assert "walking" in change["group"] and "usual" in change["versus"]
    assert found.outcomes[change["outcome"]]["label"]["en"]["plain"] == "fall"
    (ages,) = [f for f in by_kind["range"] if f.get("unit") == "year"]
    assert (ages["low"], ages["high"], ages["unit"]) == (65, 90, "year")
    (share,) = [f for f in by_kind["range"] if f.get("unit") == "percent"]
    assert found.groups[share["group"]].label == "older women"
    assert "time" not in share  # the schema gives a range none
    (share,) = [f for f in by_kind["proportion"] if f["value"] == 40]
    assert share["hedge"] == "nearly"
    # "more than half" in words: a share with its hedge, said to be words, not a figure
    (half,) = [f for f in by_kind["proportion"] if f["value"] == 50]
    assert half["hedge"] == "more-than" and "not a figure" in half["review"]
    assert "usual" in half["group"]
    (same,) = by_kind["no-difference"]
    assert "direction" not in same
    assert {same["group"], same["versus"]} == {change["group"], change["versus"]}
    assert found.outcomes[same["outcome"]]["label"]["en"]["plain"] == "hip fractures"
    assert 30 not in [f["value"] for f in by_kind["proportion"]]
    (controls,) = [f for f in by_kind["count"] if f["value"] == 14]
    assert found.groups[controls["group"]].label == "people who had hip surgery"


def test_a_mean_belongs_to_the_group_named_nearest_it():
    found = find(repair(
        "Gum and memory\n\nThe study enrolled 90 adults with mild memory loss. They were "
        "randomly assigned to the gum group or the placebo group.\n\nThe average memory score "
        "rose (from 20.5 to 24.1) in the gum group, but not in the placebo group (from 20.9 "
        "to 20.7)."), {})
    means_by_value = {f["value"]: f for f in found.facts if f["kind"] == "mean"}
    assert "gum" in means_by_value[24.1]["group"]
    assert means_by_value[24.1]["baseline"] == 20.5
    assert "placebo" in means_by_value[20.7]["group"]
    assert means_by_value[20.7]["measure"] == means_by_value[24.1]["measure"]


@pytest.mark.parametrize("text, value, unit, hedge, outcome", [
    ("Treated women had a 3 percent relapse rate, which is nearly half that of the others.",
     50, None, "nearly", "relapse rate"),
    ("The new rules may almost triple the yearly number of inspections.", 3, "fold", "nearly",
     "yearly number of inspections"),
])
def test_halves_and_folds_said_in_words(text, value, unit, hedge, outcome):
    q = one(text, "relative-change")
    assert (q.value, q.fields.get("unit"), q.hedge) == (value, unit, hedge)
    assert q.outcome and q.outcome[0] == outcome


def test_a_mean_measure_keeps_a_short_of_phrase_but_not_the_people():
    assert [(m.measure, m.unit) for m in means("The average length of stay was 4.2 days.")] \
        == [("length of stay", "day")]
    assert [m.measure for m in means("The mean age of the patients was 61 years.")] == ["age"]
    assert [m.value for m in means("The average cost of care at home is $3,500.")] == [3500]


def test_the_drafted_kinds_are_schema_valid():
    import jsonschema
    from plainsum.factsheet.load import schema
    from plainsum_extract import extract_draft

    draft = extract_draft(RELEASE + "The hazard ratio for falls was 0.7 (95% CI 0.5-0.9). "
                          "Falls cost an average of $1,200. Stays were 2.5 days shorter.\n")
    kinds = {f["kind"] for f in draft.data["facts"]}
    assert {"relative-change", "ratio", "range", "no-difference", "difference"} <= kinds
    errors = list(jsonschema.Draft202012Validator(schema()).iter_errors(draft.data))
    assert errors == [], [e.message for e in errors][:3]


@pytest.mark.parametrize("text, value, unit, direction, outcome", [
    ("By contrast, the rate of falls rose four-fold in the other group.", 4, "fold", "higher",
     "falls"),
    ("There was a threefold increase in clinic visits.", 3, "fold", "higher", "clinic visits"),
    ("Checks found that blood sugar levels of those given the drug fell by 12 percent.", 12,
     None, "lower", "blood sugar levels"),
])
def test_more_relative_changes(text, value, unit, direction, outcome):
    q = one(text, "relative-change")
    assert (q.value, q.fields.get("unit"), q.fields["direction"]) == (value, unit, direction)
    assert q.outcome and q.outcome[0] == outcome


def test_a_decline_of_a_percentage_in_words():
    q = one("Scores fell, compared with declines in the other group of one percent.",
            "relative-change")
    assert (q.value, q.fields["direction"]) == (1, "lower")


def test_the_subject_of_a_change_skips_an_aside_between_dashes():
    (m,) = means("The grip score--a test of strength, reach, and pain--at the end of the "
                 "study rose from 30 to 52.")
    assert (m.value, m.baseline, m.measure) == (52, 30, "grip score")
