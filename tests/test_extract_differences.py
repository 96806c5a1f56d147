"""Changes from the start and differences between groups (``plainsum extract``, figures
stage): signed by their verb however far it stands, each in the group named with it, the
comparison's own figure in the comparison group, and the interval of a difference kept.
Every text here is made up for the test; none comes from a release."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract.facts import find  # noqa: E402
from plainsum_extract.quantity_forms import read  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402


def differences(sentence: str) -> list[tuple[float, str | None, str | None]]:
    return [(q.value, q.fields.get("unit"), q.outcome[0] if q.outcome else None)
            for q in read(sentence) if q.kind == "difference"]


def test_a_verb_signs_every_amount_it_governs():
    sentence = ("Resting heart rate dropped by a mean of 7.5 points in the rowing group and by "
                "2.1 points in the stretching group.")
    assert differences(sentence) == [(-7.5, "point", "Resting heart rate"),
                                     (-2.1, "point", "Resting heart rate")]


def test_percentage_points_after_a_verb_of_rise_are_positive():
    sentence = "Bone density rose by an average of 1.4 percentage points in a year."
    assert differences(sentence) == [(1.4, "percentage-points", "Bone density")]


def test_kilograms_lost_are_a_fall_in_weight_and_the_comparison_figure_too():
    sentence = "Swimmers lost an average of 2.7 kg, compared with 0.9 kg among walkers."
    assert differences(sentence) == [(-2.7, "kg", "weight"), (-0.9, "kg", "weight")]


def test_by_without_a_verb_of_change_is_no_difference():
    assert differences("The clinics will open by 2030 and serve people by 5 km.") == []


def test_the_interval_of_a_difference_may_be_negative():
    (q,) = [q for q in read("The difference was -1.3 percentage points (95% CI, -2.0 to "
                            "-0.6).") if q.kind == "difference"]
    assert (q.value, q.fields["ci"]) == (-1.3, [-2.0, -0.6])


RELEASE = """Rowing and heart rate

The trial randomly assigned 120 adults to a rowing group or a stretching group. After 12 \
weeks, resting heart rate dropped by a mean of 7.5 beats in the rowing group and by 2.1 \
beats in the stretching group. People in the rowing group lost an average of 2.7 kg, \
compared with 0.9 kg in the stretching group.
"""


def test_each_change_is_drafted_for_the_group_named_with_it():
    found = find(repair(RELEASE), {})
    by_value = {f["value"]: f for f in found.facts if f["kind"] == "difference"}
    labels = {v: found.groups[f["group"]].label for v, f in by_value.items()}
    assert "rowing" in labels[-2.7] and "stretching" in labels[-0.9]
    assert not [f for f in found.facts if f["kind"] == "mean" and f["value"] in (2.7, 7.5)]


REFERRED = """Rowing and heart rate

The trial randomly assigned 120 adults to a rowing group or a stretching group. After 12 \
weeks, resting heart rate dropped by 7.5 beats in the rowing group and by 2.1 beats in the \
stretching group. The between-group difference was -5.4 beats (95% CI, -7.0 to -3.8), the \
trial's primary outcome. Sleep improved by 4 points in the rowing group, a secondary outcome.
"""


def test_a_difference_said_of_the_one_before_takes_its_groups_time_and_outcome():
    found = find(repair(REFERRED), {})
    (between,) = [f for f in found.facts if f.get("value") == -5.4]
    assert found.groups[between["group"]].label != found.groups["all"].label
    assert "rowing" in between["group"] and "stretching" in between.get("versus", "")
    assert found.times[between["time"]].value == 12
    (before,) = [f for f in found.facts if f.get("value") == -7.5]
    assert between["outcome"] == before["outcome"]
    assert between["ci"] == [-7.0, -3.8]


def test_the_primary_outcome_is_the_main_fact():
    found = find(repair(REFERRED), {})
    main = next(f for f in found.facts if f["id"] == found.main)
    assert main["value"] == -5.4


def test_means_each_with_its_own_measure_and_the_comparison_figure():
    from plainsum_extract.quantity_amounts import means

    got = [(m.value, m.measure, m.unit, m.statistic) for m in means(
        "Patients had an average age of 61 and an average LDL1c of 3.9 mmol/L at entry.")]
    assert got == [(61, "age", "year", "mean"), (3.9, "ldl1c", "mmol/L", "mean")]
    got = [(m.value, m.measure, m.unit, m.statistic) for m in means(
        "Median sleep time was 7.1 hours in the app group, compared with 6.2 hours in the "
        "leaflet group.")]
    assert got == [(7.1, "sleep time", "hour", "median"), (6.2, "sleep time", "hour", "median")]
    (change,) = means("Median fasting insulin fell from 21 mg/dL to 15 mg/dL in the app group.")
    assert (change.value, change.baseline, change.unit, change.statistic, change.measure) == (
        15, 21, "mg/dL", "median", "fasting insulin")


def test_two_amounts_of_one_verb_keep_their_order_and_groups():
    sentence = ("At 8 weeks, pain scores dropped by a mean of 31 points in the yoga group and by "
                "12 points in the leaflet group.")
    assert [(q.value, q.phrase[0] < sentence.index("and by")) for q in read(sentence)
            if q.kind == "difference"] == [(-31, True), (-12, False)]


def test_no_difference_said_of_the_difference_just_given():
    text = ("Yoga and back pain\n\nThe trial randomly assigned 200 adults to a yoga group or a "
            "leaflet group. At 8 weeks, pain scores dropped by 31 points in the yoga group and "
            "by 27 points in the leaflet group. The between-group difference was 4 points (95% "
            "CI, -2 to 10), which was not statistically significant.")
    found = find(repair(text), {})
    (same,) = [f for f in found.facts if f["kind"] == "no-difference"]
    (drop,) = [f for f in found.facts if f.get("value") == -31]
    assert same["outcome"] == drop["outcome"]
    assert "difference" not in found.outcomes[same["outcome"]]["label"]["en"]["plain"]


def test_the_size_of_the_effect_just_named_is_a_relative_change():
    (q,) = read("Cyclists who rode twice a week also had a lower risk, but the difference was "
                "smaller -- about 9 percent -- and could have been due to chance.")
    assert (q.kind, q.value, q.fields["direction"], q.hedge) == ("relative-change", 9, "lower",
                                                                "about")
    (q,) = read("The reduction was 14 percent.")
    assert (q.kind, q.fields["direction"]) == ("relative-change", "lower")


def test_could_have_been_due_to_chance_is_no_counterfactual():
    from plainsum_extract.classify import hypothetical

    s = "Walkers had a lower risk -- about 9 percent -- which could have been due to chance."
    assert not hypothetical(s, s.index("9"), s.index("9") + 9)
    s = "If screening had not dropped by 40 percent, 900 deaths could have been avoided."
    assert hypothetical(s, s.index("40"), s.index("40") + 10)


def test_percentage_points_at_the_end_of_a_sentence():
    assert [(q.value, q.fields) for q in read("The gap was 5 percentage points.")
            if q.kind == "difference"] == [(5, {"unit": "percentage-points"})]
