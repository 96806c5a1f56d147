"""Extract: the grammar around an effect's subject, on invented releases in varied wording.

A reporting frame ("the researchers found that X was associated with ...") names who
reports, not what was compared: the exposure is X. An effect pooled across the trials of
a meta-analysis compares people or treatments, never "trials": a group that names studies
is no effect's group.
"""

from __future__ import annotations

import pytest
from plainsum_extract.exposure import exposure_phrase
from plainsum_extract.facts import find
from plainsum_extract.repair import repair


@pytest.mark.parametrize("sentence, figure, exposure", [
    ("After adjustment, the researchers found that nightly screen use was associated with "
     "a 31 percent higher risk of poor sleep (OR 1.31).", "31 percent", "nightly screen use"),
    ("The analysis showed that daily flossing was linked to 12% lower odds of gum disease.",
     "12%", "daily flossing"),
    ("They reported that shift work was associated with a hazard ratio of 1.22 for "
     "diabetes.", "1.22", "shift work"),
    ("In the pooled data, the authors also found frequent sauna bathing had a 40 percent "
     "lower risk of dementia.", "40 percent", "frequent sauna bathing"),
])
def test_a_reporting_frame_is_not_the_exposure(sentence: str, figure: str,
                                              exposure: str) -> None:
    found = exposure_phrase(sentence, sentence.index(figure))
    assert found is not None and found[0] == exposure
    assert sentence[found[1]:found[2]] == exposure


def test_a_frame_without_an_exposure_gives_none() -> None:
    sentence = "The researchers found that the risk was 12 percent lower (HR 0.88)."
    assert exposure_phrase(sentence, sentence.index("12 percent")) is None


_POOLED = """Pooled analysis of 17 trials: fish oil and atrial fibrillation

A meta-analysis of 17 randomised trials combined data on 41,220 adults. Across all trials,
fish oil supplements were associated with a 14 percent higher risk of atrial fibrillation
(relative risk 1.14, 95% CI 1.03-1.26). In the 9 studies that used high doses, the risk
ratio was 1.28 (95% CI 1.09-1.50).
"""


def test_an_effect_pooled_across_trials_is_not_said_of_the_trials() -> None:
    found = find(repair(_POOLED), {})
    effects = [f for f in found.facts if f["kind"] in ("ratio", "relative-change")]
    assert len(effects) >= 2
    for f in effects:
        group = found.groups.get(f.get("group") or "")
        label = group.label if group is not None else "all"
        assert not label.endswith(("trials", "studies")), (f["value"], label)
    first = next(f for f in effects if f["value"] == 14)
    assert "fish oil" in found.groups[first["group"]].label


@pytest.mark.parametrize("definition, abbr, long", [
    ("the most common childhood cancer, acute lymphoblastic leukemia (ALL), in", "ALL",
     "acute lymphoblastic leukemia"),
    ("adults with chronic obstructive pulmonary disease (COPD) and", "COPD",
     "chronic obstructive pulmonary disease"),
    ("as approved by the Food and Drug Administration (FDA).", "FDA",
     "Food and Drug Administration"),
    ("a rise in major adverse cardiac events (MACEs) after", "MACEs",
     "major adverse cardiac events"),
])
def test_an_abbreviation_is_read_with_the_words_that_define_it(definition: str, abbr: str,
                                                              long: str) -> None:
    from plainsum_extract.text import abbreviations

    text = f"Some words first. {definition} Then more."
    got = abbreviations(text)[abbr]
    assert got[0] == long and text[got[1]:got[2]] == long


def test_words_that_do_not_spell_it_define_no_abbreviation() -> None:
    from plainsum_extract.text import abbreviations

    assert abbreviations("They were treated at the clinic (UCLH) for pain (NRS).") == {}


_ABBREVIATED = """Wood smoke and lung disease

Women who cooked over open wood fires were more likely to develop chronic obstructive
pulmonary disease (COPD), according to a cohort study of 24,210 women followed for 10 years.

After adjusting for age and smoking, the researchers found that daily cooking over a wood
fire was associated with 38 percent higher odds of COPD (odds ratio 1.38; 95% CI 1.15-1.66).
"""


def test_an_effect_on_an_abbreviated_outcome_names_it_in_full() -> None:
    found = find(repair(_ABBREVIATED), {})
    ratio = next(f for f in found.facts if f["kind"] == "ratio")
    outcome = found.outcomes[ratio["outcome"]]
    assert outcome["label"]["en"]["plain"] == "chronic obstructive pulmonary disease"
    start, end = outcome["source_span"]
    assert " ".join(found.text[start:end].split()) == "chronic obstructive pulmonary disease"


@pytest.mark.parametrize("sentence, values", [
    ("By month 6, fatigue scores had dropped by 4.8 points in the yoga group versus 1.9 "
     "points in the waiting-list group.", [-4.8, -1.9]),
    ("Daily step counts rose by 1,240 steps with the app, compared with 310 steps with "
     "the leaflet.", [1240, 310]),
    ("Systolic pressure fell by 9 mm Hg among those on the diet, while it fell by 3 mm Hg "
     "among those on their usual diet.", [-9, -3]),
])
def test_the_same_change_said_of_the_other_group_is_read_with_its_sign(
        sentence: str, values: list[float]) -> None:
    from plainsum_extract.quantity_forms import read

    got = [q.value for q in read(sentence) if q.kind == "difference"]
    assert got == values


def test_a_second_amount_in_another_unit_is_no_second_change() -> None:
    from plainsum_extract.quantity_forms import read

    sentence = "Weight fell by 4 kg in the diet group, compared with 12 weeks of waiting."
    assert [q.value for q in read(sentence) if q.kind == "difference"] == [-4]


@pytest.mark.parametrize("sentence, value, outcome", [
    ("Mood did not differ between the arms at 12 weeks (mean difference 0.4 points; "
     "P = .61).", 0.4, None),
    ("By one year the pain difference between the groups had narrowed to -1.8 points.", -1.8,
     "pain"),
    ("The weight change was -2.3 kg in the first month.", -2.3, "weight"),
    ("The between-group difference was -4.1 points.", -4.1, None),
])
def test_a_difference_named_before_its_number_is_a_difference(
        sentence: str, value: float, outcome: str | None) -> None:
    from plainsum_extract.quantity_forms import read

    got = [q for q in read(sentence) if q.kind == "difference"]
    assert [q.value for q in got] == [value]
    assert (got[0].outcome[0] if got[0].outcome else None) == outcome


@pytest.mark.parametrize("sentence, figure, exposure", [
    ("After adjustment, adults in the highest tertile -- who ate more than four servings a "
     "day -- had a 31 percent higher risk of gout (HR 1.31).", "31 percent",
     "adults in the highest tertile"),
    ("Women who walked daily — about a third of the cohort — had a 22% lower risk of "
     "falls.", "22%", "Women who walked daily"),
    ("Regular sauna use – four to seven sessions a week – was associated with a 40 percent "
     "lower risk of dementia.", "40 percent", "Regular sauna use"),
])
def test_a_dash_aside_after_the_subject_is_not_the_subject(sentence: str, figure: str,
                                                           exposure: str) -> None:
    found = exposure_phrase(sentence, sentence.index(figure))
    assert found is not None and found[0] == exposure
    assert sentence[found[1]:found[2]] == exposure


def test_people_named_before_for_whom_are_the_exposure() -> None:
    sentence = ("The link was stronger among adults who never smoked when they joined, for "
                "whom the hazard ratio was 1.42 (95% CI 1.10-1.83).")
    found = exposure_phrase(sentence, sentence.index("1.42"))
    assert found is not None and found[0] == "adults who never smoked"


@pytest.mark.parametrize("after, outcome", [
    (" of fathers of infants in the trial reported poor sleep", "reported poor sleep"),
    (" of mothers of children with asthma kept an inhaler at school",
     "kept an inhaler at school"),
])
def test_people_named_with_of_are_not_the_outcome_of_their_share(after: str,
                                                                  outcome: str) -> None:
    from plainsum_extract.attach import _after_phrase

    assert _after_phrase(after) == outcome


@pytest.mark.parametrize("sentence, values", [
    ("The average memory score was 12.3 among those with the gene and 8.1 among those "
     "without.", [12.3, 8.1]),
    ("Mean systolic pressure was 142 mm Hg among smokers, while it was 131 mm Hg among "
     "non-smokers.", [142, 131]),
    ("The mean age was 61 in the drug group and 3 of the 40 patients in each group died.",
     [61]),
])
def test_a_second_mean_said_in_parallel_of_other_people_is_read(sentence: str,
                                                               values: list[float]) -> None:
    from plainsum_extract.quantity_amounts import means

    assert [m.value for m in means(sentence)] == values


@pytest.mark.parametrize("sentence", [
    "An earlier, smaller trial of about 150 patients had suggested that the drug could cut "
    "falls by half.",
    "A previous, larger, Danish study of 4,000 men found a 12 percent lower risk.",
])
def test_an_earlier_study_with_adjectives_between_commas_is_background(sentence: str) -> None:
    from plainsum_extract.classify import is_background

    assert is_background(sentence)
