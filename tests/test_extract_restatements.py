"""Figures a release says twice, or sizes in the sentence after: a headline's rounded
figure gives way to the body's exact one, a fold said in words beside the ratio it rounds
is the ratio, a sentence that sizes what the sentence before stated ("The median
within-person difference was ...", "That is a relative reduction of ...") takes that
sentence's outcome or measure, and a ratio in the aside of a no-difference is of that
no-difference's outcome. Every text here is made up for the test; none comes from a
release."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract.facts import find  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402


def _found(text: str):
    return find(repair(text), {})


def _label(found, kind: str, key: str) -> str:
    table = found.outcomes if kind == "outcome" else found.measures
    return str(table[key]["label"]["en"]["plain"]).lower()


def test_a_headline_that_rounds_the_body_figure_gives_way_to_it():
    text = ("Shingles jab halved the risk of nerve pain, registry study finds\n\n"
            "Adults who had the shingles vaccine were about half as likely to get long-lasting "
            "nerve pain, a study of 41,200 adults published today shows.\n\n"
            "Among vaccinated adults, the vaccine effectiveness against nerve pain was 47% "
            "(95% CI 39% to 54%).\n")
    found = _found(text)
    main = next(f for f in found.facts if f["id"] == found.main)
    assert (main["kind"], main["value"]) == ("relative-change", 47)


def test_a_fold_in_words_beside_its_ratio_is_the_ratio():
    text = ("Loneliness survey of 6,100 adults\n\n"
            "A survey of 6,100 adults was carried out in 2025.\n\n"
            "Lonely adults were nearly three times as likely to report poor sleep (prevalence "
            "ratio 2.8; 95% CI 2.3 to 3.4).\n")
    found = _found(text)
    kinds = {(f["kind"], f.get("value")) for f in found.facts}
    assert ("ratio", 2.8) in kinds
    assert not any(f["kind"] == "relative-change" for f in found.facts)
    ratio = next(f for f in found.facts if f["kind"] == "ratio")
    assert ratio["ci"] == [2.3, 3.4]


def test_a_fold_without_a_ratio_beside_it_is_kept():
    text = ("Loneliness survey of 6,100 adults\n\n"
            "A survey of 6,100 adults was carried out in 2025.\n\n"
            "Lonely adults were three times as likely to report poor sleep.\n")
    found = _found(text)
    assert any(f["kind"] == "relative-change" and f.get("value") == 3 for f in found.facts)


def test_a_share_with_its_interval_after_its_people_keeps_its_outcome():
    text = ("Burnout common among rural nurses, survey finds\n\n"
            "A survey questioned 2,480 nurses working in rural clinics in 2025.\n\n"
            "- 31.4% of nurses (95% CI 29.5 to 33.3) reported symptoms of burnout.\n")
    found = _found(text)
    share = next(f for f in found.facts if f.get("value") == 31.4)
    assert "burnout" in _label(found, "outcome", share["outcome"])


def test_the_within_person_difference_takes_the_measure_of_the_medians_before():
    text = ("Blackout blinds gave shift workers more sleep, crossover trial shows\n\n"
            "In a randomised crossover trial, 72 shift workers used blackout blinds for one "
            "month and ordinary curtains for another.\n\n"
            "Workers slept a median of 6.4 hours (IQR 5.9-7.0) with the blinds.\n\n"
            "The median within-person difference was 0.5 hours (95% CI 0.2 to 0.8).\n")
    found = _found(text)
    diff = next(f for f in found.facts if f["kind"] == "difference")
    assert diff["value"] == 0.5
    mean = next(f for f in found.facts if f["kind"] == "mean")
    assert diff.get("measure") == mean.get("measure") and diff.get("measure")


def test_that_is_a_reduction_takes_the_outcome_of_the_shares_before():
    text = ("Home visits cut falls in older people, trial finds\n\n"
            "The randomised trial included 3,020 people aged 75 and over.\n\n"
            "By the end of the trial, 9.1% of people offered home visits had broken a hip, "
            "compared with 11.8% of those given usual care. That is a relative reduction of "
            "23% (rate ratio 0.77; 95% CI 0.63 to 0.94).\n")
    found = _found(text)
    shares = [f for f in found.facts if f["kind"] == "proportion" and f.get("value") == 9.1]
    ratio = next(f for f in found.facts if f["kind"] == "ratio")
    change = next(f for f in found.facts if f["kind"] == "relative-change")
    assert shares and shares[0].get("outcome")
    assert ratio.get("outcome") == shares[0]["outcome"]
    assert change.get("outcome") == shares[0]["outcome"]


def test_a_ratio_in_a_no_difference_aside_is_of_that_outcome():
    text = ("Home visits cut hip fractures in older people, trial finds\n\n"
            "The trial randomly assigned 3,020 people aged 75 and over to home visits or usual "
            "care.\n\n"
            "By the end of the trial, 3.1% of people offered home visits had broken a hip, "
            "compared with 4.5% of those given usual care. That is a relative reduction of 31% "
            "(adjusted rate ratio 0.69; 95% CI 0.52 to 0.91).\n\n"
            "Deaths from any cause did not differ between the two groups (4.2% vs 4.4%; "
            "adjusted rate ratio 0.96; 95% CI 0.80 to 1.15).\n")
    found = _found(text)
    null = next(f for f in found.facts if f["kind"] == "no-difference")
    ratio = next(f for f in found.facts if f["kind"] == "ratio" and f.get("value") == 0.96)
    first = next(f for f in found.facts if f["kind"] == "ratio" and f.get("value") == 0.69)
    assert ratio.get("outcome") == null.get("outcome") != first.get("outcome")
    assert "any cause" in _label(found, "outcome", ratio["outcome"])


def test_another_named_trials_result_is_background():
    text = ("Text reminders raised bowel screening uptake, evaluation finds\n\n"
            "Sending text reminders raised the share of people who returned a bowel screening "
            "kit, an evaluation published today shows. In the FOCUS-2 trial, posted reminders "
            "cut missed screening by 35%.\n\n"
            "The evaluation included 18,400 people aged 60 to 74. Of those sent a text, 64.2% "
            "returned their kit, compared with 58.9% of those sent only a letter.\n")
    found = _found(text)
    other = next(f for f in found.facts if f.get("value") == 35)
    assert other.get("role") == "background"
    assert found.main != other["id"]


def test_the_released_trial_named_again_keeps_its_results():
    text = ("FOCUS-2 trial: text reminders raised bowel screening uptake\n\n"
            "In the FOCUS-2 trial, text reminders cut missed screening by 35%, researchers "
            "report.\n\n"
            "The trial randomly assigned 18,400 people aged 60 to 74 to text reminders or "
            "letters.\n")
    found = _found(text)
    own = next(f for f in found.facts if f.get("value") == 35)
    assert own.get("role") != "background"


def test_a_medians_spread_after_its_measure_words_and_the_other_arms_median():
    text = ("Weighted blankets and sleep in autistic children, crossover trial\n\n"
            "In a randomised crossover trial, 52 children used a weighted blanket for six "
            "weeks and a light blanket for six weeks.\n\n"
            "Children slept a median of 41 nights without waking (IQR 33-49) with the weighted "
            "blanket and 35 (IQR 26-44) with the light blanket. Bedroom noise had a median of "
            "31.5 dBA (IQR 28.0-36.5) in both periods.\n")
    found = _found(text)
    means = {f["value"]: f for f in found.facts if f["kind"] == "mean"}
    assert means[41].get("spread") == {"iqr": [33, 49]}
    assert means[35].get("spread") == {"iqr": [26, 44]}
    assert means[31.5].get("spread") == {"iqr": [28.0, 36.5]}


def test_a_parenthesis_of_another_group_is_no_spread():
    text = ("Weighted blankets and sleep in autistic children, crossover trial\n\n"
            "In a randomised crossover trial, 52 children used a weighted blanket.\n\n"
            "Children slept a median of 41 nights with the blanket and 35 nights with the "
            "light one (range 20-50).\n")
    found = _found(text)
    first = next(f for f in found.facts if f["kind"] == "mean" and f["value"] == 41)
    assert not first.get("spread")


def test_a_comparison_not_at_random_is_observational_and_another_trial_no_design():
    text = ("Community hearing checks and falls, evaluation finds\n\n"
            "Offering hearing checks in libraries was followed by fewer falls, an evaluation "
            "published today shows. In the HEAR-WELL trial, hearing aids cut falls by 30%.\n\n"
            "The evaluation compared 9,400 people aged 65 and over in towns offered the checks "
            "with 9,100 in towns not yet offered them. The towns were not chosen at random.\n")
    found = _found(text)
    assert found.evidence == "observational"


def test_places_compared_are_the_groups_of_the_comparison():
    text = ("Falls clinics in town centres cut hip fractures, evaluation shows\n\n"
            "The evaluation included 12,300 people aged 70 and over in the early towns and "
            "11,800 in the comparison towns, 24,100 people in total.\n\n"
            "Over four years, 210 people (1.71%) in the early towns had a hip fracture, "
            "compared with 266 (2.25%) in the comparison towns. That is a relative reduction "
            "of 24% (rate ratio 0.76; 95% CI 0.63 to 0.91).\n")
    found = _found(text)
    first = next(f for f in found.facts if f.get("value") == 1.71)
    assert "hip fracture" in _label(found, "outcome", first["outcome"])
    labels = {g.id: g.label for g in found.groups.values()}
    ratio = next(f for f in found.facts if f["kind"] == "ratio")
    assert labels[ratio["group"]] == "people in the early towns"
    assert labels[ratio["versus"]] == "people in the comparison towns"
    share = next(f for f in found.facts if f.get("value") == 2.25)
    assert labels[share["group"]] == "people in the comparison towns"


def test_areas_told_apart_by_deprivation_are_no_arms():
    text = ("Chronic pain common in deprived areas, survey finds\n\n"
            "A survey questioned 8,000 adults in 2025.\n\n"
            "Chronic pain was reported by 36% in the most deprived areas and by 18% in the "
            "least deprived areas, and by 25% in the rural areas.\n")
    found = _found(text)
    assert not [g for g in found.groups.values() if g.kind == "arm"]


def test_a_crossover_trials_conditions_said_with_the():
    text = ("Cooling mattress toppers helped people with menopause sleep, crossover trial\n\n"
            "In a randomised crossover trial, 48 women used a cooling topper for four weeks and "
            "an identical-looking inactive topper for four weeks, in random order.\n\n"
            "Women woke a median of 3 nights a week (IQR 2-5) with the cooling topper and 5 "
            "(IQR 3-6) with the inactive topper. Bedroom temperature had a median of 19.5 °C "
            "with the cooling topper and 20.1 °C with the inactive topper.\n")
    found = _found(text)
    labels = {g.id: g.label for g in found.groups.values()}
    means = {f["value"]: f for f in found.facts if f["kind"] == "mean"}
    assert labels[means[3]["group"]].endswith(" with the cooling topper")
    assert labels[means[5]["group"]].endswith(" with the inactive topper")
    assert means[5].get("spread") == {"iqr": [3, 6]}


def test_a_parallel_trial_with_the_phrases_gets_no_crossover_conditions():
    text = ("Cooling mattress toppers, randomised trial\n\n"
            "The trial randomly assigned 96 women to a cooling topper or an inactive topper.\n\n"
            "Women woke a median of 3 nights a week with the cooling topper and 5 with the "
            "inactive topper, and 2 nights with the cooling topper at the end.\n")
    found = _found(text)
    assert not any(g.label.endswith("with the cooling topper") for g in found.groups.values())


def test_a_single_arm_trials_results_are_of_its_treated_group():
    text = ("New injection slows kidney decline in small trial\n\n"
            "The phase 2 trial treated 64 adults with advanced kidney disease at 9 hospitals. "
            "There was no comparison group: all patients received KX-12.\n\n"
            "Patients had a median age of 58 and had received a median of 3 earlier "
            "treatments. Median time to dialysis was 14.2 months (95% CI 11.0 to 17.5), and "
            "41% of patients had a fall in protein in the urine.\n")
    found = _found(text)
    labels = {g.id: g.label for g in found.groups.values()}
    means = {f["value"]: f for f in found.facts if f["kind"] == "mean"}
    assert "KX-12" in labels[means[14.2]["group"]]
    assert means[58]["group"] == "all" and means[3]["group"] == "all"



def test_a_trial_with_arms_keeps_a_result_of_everyone():
    text = ("New injection slows kidney decline in small trial\n\n"
            "The trial randomly assigned 64 adults with advanced kidney disease to KX-12 or "
            "placebo. All patients received standard care as well.\n\n"
            "Across the trial, median time on treatment was 14.2 months.\n")
    found = _found(text)
    mean = next(f for f in found.facts if f["kind"] == "mean" and f["value"] == 14.2)
    assert mean["group"] == "all"


def test_figures_under_an_earlier_figures_heading_and_an_interim_estimate_are_background():
    text = ("Shingles vaccine protected older adults, study finds\n\n"
            "The study of 20,400 adults aged 70 and over found the vaccine cut shingles by "
            "62% (95% CI 55% to 68%).\n\n"
            "An interim estimate released by the team in June had found the vaccine cut "
            "shingles by 48%.\n\n"
            "Earlier figures\n\n"
            "At the end of 2024 more than 7,000 people were waiting for a pain clinic "
            "appointment.\n")
    found = _found(text)
    roles = {f.get("value"): f.get("role") for f in found.facts}
    assert roles[48] == "background" and roles[7000] == "background"
    assert roles[62] != "background"


def test_ve_list_items_are_efficacies_of_their_age_band_and_stay_in_their_list():
    text = ("Flu vaccine kept older adults out of hospital, study finds\n\n"
            "The test-negative study included 3,900 adults admitted to hospital with a "
            "respiratory illness. People who had the vaccine had a vaccine effectiveness (VE) "
            "of 47% (95% CI 39% to 54%) against hospital admission with flu.\n\n"
            "Protection fell with age:\n"
            "- aged 18-64: VE 58% (95% CI 41-70)\n"
            "- aged 65 and over: VE 40% (95% CI 28-50)\n\n"
            "Admissions to intensive care were also lower with the vaccine, by 35%.\n")
    found = _found(text)
    labels = {g.id: g.label for g in found.groups.values()}
    changes = {f["value"]: f for f in found.facts if f["kind"] == "relative-change"}
    assert "18" in labels[changes[58]["group"]] and "65" in labels[changes[40]["group"]]
    assert changes[58].get("outcome") == changes[47].get("outcome")
    if 35 in changes:
        assert "65" not in labels.get(changes[35]["group"], "")


def test_an_earlier_version_in_a_smaller_study_is_background():
    text = ("Breath test spots lung cancer, study finds\n\n"
            "The study tested 2,300 adults referred with a cough. The breath test had a "
            "sensitivity of 81.0% (95% CI 74.2 to 86.6).\n\n"
            "An earlier version of the test detected 66% of cancers in a smaller study of "
            "400 people.\n")
    found = _found(text)
    roles = {f.get("value"): f.get("role") for f in found.facts}
    assert roles.get(66, "background") == "background"
    assert roles.get(400, "background") == "background"
    assert roles[81.0] != "background"


def test_a_measure_opening_a_where_clause_is_the_shares_outcome():
    text = ("Text reminders raise flu jab uptake in care homes, trial finds\n\n"
            "The trial randomly assigned 60 care homes to text reminders or usual care.\n\n"
            "The effect was larger in small homes, where uptake was 81.2% with text reminders "
            "and 70.4% with usual care.\n")
    found = _found(text)
    shares = {f["value"]: f for f in found.facts if f["kind"] == "proportion"}
    assert _label(found, "outcome", shares[81.2]["outcome"]) == "uptake"
    assert shares[70.4]["outcome"] == shares[81.2]["outcome"]


def test_it_opening_a_sentence_of_shares_in_brackets_is_the_outcome_before():
    text = ("Hay fever common among teachers, survey finds\n\n"
            "A national survey questioned 5,200 teachers in 2025.\n\n"
            "- 31.5% of teachers reported hay fever.\n"
            "- It was more common in women (34.0%) than in men (27.2%).\n"
            "- It rose with age, from 12.1% of those aged 20-29 to 40.2% of those aged 60 "
            "and over.\n")
    found = _found(text)
    labels = {g.id: g.label for g in found.groups.values()}
    shares = {f["value"]: f for f in found.facts if f["kind"] == "proportion"}
    assert shares[34.0]["outcome"] == shares[31.5]["outcome"] == shares[27.2]["outcome"]
    assert labels[shares[34.0]["group"]] == "women"
    if 12.1 in shares:  # the age band's people, never the men of the sentence before
        assert labels.get(shares[12.1]["group"]) != "men"


def test_a_bare_pair_is_of_the_pair_its_sentence_names_with_between():
    text = ("Hay fever common among teachers, survey finds\n\n"
            "A national survey questioned 5,200 teachers in 2025.\n\n"
            "- 31.5% of teachers reported hay fever.\n"
            "- It was more common in women (34.0%) than in men (27.2%).\n\n"
            "There was no difference between coastal and inland schools (30.9% vs 31.8%; "
            "p=0.55).\n")
    found = _found(text)
    labels = {g.id: g.label for g in found.groups.values()}
    shares = {f["value"]: f for f in found.facts if f["kind"] == "proportion"}
    assert labels[shares[30.9]["group"]] == "people in coastal schools"
    assert labels[shares[31.8]["group"]] == "people in inland schools"

