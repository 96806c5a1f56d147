"""The attach stage of ``plainsum extract`` (with groups) and the last pass over the
figures (:func:`attach.settle`): which group, outcome and time a figure belongs to, which
figures are background, which one is the main fact, and what is left out because it
cannot be placed. Every text here is made up for the test; none comes from a release."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import attach, classify, groups, segment  # noqa: E402
from plainsum_extract.facts import find  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402
from plainsum_extract.state import State  # noqa: E402


def state(text: str) -> State:
    st = State(repair(text), {})
    segment.segment(st)
    classify.classify(st)
    return st


def group_labels(found) -> dict[str, str]:
    return {g.id: g.label for g in found.groups.values()}


def label_of(found, fact) -> str:
    return found.groups[fact["group"]].label


# -- labels ----------------------------------------------------------------------------------

@pytest.mark.parametrize("label", [
    "outcome", "had the outcome", "group", "condition", "boys and", "children aged 5",
    "people who got use either", "people who got receive two doses", "(with a margin of less than",
    "to three percent", "during the two-year trial", "taking the new tablet",
    "were treated between the ages of 20 and"])
def test_a_placeholder_or_fragment_is_no_label(label):
    assert groups.label_problem(label, outcome=True)


@pytest.mark.parametrize("label", [
    "got an infection", "died from heart failure", "people with asthma",
    "people who got the new inhaler", "9- to 11-year-olds", "reduction in pain",
    "higher risk of stroke", "people in the control group"])
def test_a_whole_label_passes(label):
    assert groups.label_problem(label, outcome=True) is None


def test_a_bare_noun_names_a_group_but_no_outcome():
    assert groups.label_problem("participants") is None
    assert groups.label_problem("participants", outcome=True)


@pytest.mark.parametrize("noun, rest, label", [
    ("children", " aged 4 to 12 years who had an operation", "children"),
    ("patients", " who had suffered from gout for years", "patients"),
    ("people", " with a mean age of 70 years", "people"),
    ("people", " with gout who were treated at home", "people with gout"),
    ("adults", " who were overweight", "adults who were overweight"),
    ("volunteers", " - all of them healthy", "volunteers"),
])
def test_the_cohort_label_is_whole_or_just_the_noun(noun, rest, label):
    assert groups.cohort_label(noun, rest)[0] == label


# -- groups ----------------------------------------------------------------------------------

def test_an_arm_label_drops_the_verb_of_the_assignment():
    found = find(repair("Tablet trial\n\nThe team enrolled 90 adults with gout. They were "
                        "randomly assigned to take either the new tablet or a dummy pill.\n\n"
                        "After 8 weeks, 40% of those on the new tablet had no attacks."), {})
    arms = [g.label for g in found.groups.values() if g.kind == "arm"]
    assert "people who got new tablet" in arms or "people who got the new tablet" in arms
    assert not [a for a in arms if re.search(r"who got (?:take|either)", a)]


def test_a_group_named_by_what_it_got():
    found = find(repair("Vaccine study\n\nThe study followed 120 adults with diabetes.\n\n"
                        "Blood sugar of those receiving the vaccine fell by 12 percent at "
                        "two years, while those on placebo saw no change."), {})
    labels = group_labels(found)
    assert "people who got vaccine" in labels.values()
    assert "people who got placebo" in labels.values()


def test_a_missing_control_group_is_no_group():
    found = find(repair("Gout study\n\nThe team followed 60 people with gout. In all, 30% "
                        "improved. The study did not include a control group."), {})
    assert not [g for g in found.groups.values() if "control" in g.label]


def test_the_control_group_is_a_group():
    found = find(repair("Pain app\n\nThe trial enrolled 100 women with back pain.\n\n"
                        "After 3 months, 37 percent of women in the app group reported less "
                        "pain, compared with 20 percent of women in the control group."), {})
    props = {f["value"]: f for f in found.facts if f["kind"] == "proportion"}
    assert "control" in label_of(found, props[20])
    assert "app" in label_of(found, props[37])


def test_a_group_described_in_a_result_sentence():
    found = find(repair("Fish study\n\nThe team surveyed 400 children.\n\nChildren who ate "
                        "fish every week scored 5 points higher on a reading test than those "
                        "who rarely ate fish."), {})
    labels = list(group_labels(found).values())
    assert "Children who ate fish every week" in labels


def test_an_anaphoric_description_makes_no_group():
    found = find(repair("Gout study\n\nThe team followed 60 people with gout.\n\nPeople "
                        "with this kind of gout had 20% fewer attacks."), {})
    assert not [g for g in group_labels(found).values() if "this kind" in g]


def test_two_groups_named_by_their_treatment():
    found = find(repair("Acne study\n\nThe team compared records of 900 women.\n\nWithin "
                        "a year, 12 percent of tretinoin patients and 15 percent of "
                        "doxycycline patients had changed treatment."), {})
    props = {f["value"]: f for f in found.facts if f["kind"] == "proportion"}
    assert label_of(found, props[12]) == "tretinoin patients"
    assert label_of(found, props[15]) == "doxycycline patients"
    assert found.times[props[12]["time"]].value == 1  # "within a year"


@pytest.mark.parametrize("noun, rest", [("participants", " produced more gas"),
                                        ("women", " ate two apples daily")])
def test_a_clause_after_the_cohort_noun_is_not_its_label(noun, rest):
    assert groups.cohort_label(noun, rest)[0] == noun


PUMP = ("Pump trial\n\nThe trial enrolled 100 adults with gout. They were randomly assigned "
        "to the pump or a sham device.\n\nThose given the pump had a bigger drop in pain than "
        "those given the sham device, with, on average, 2.5 points less pain, while those given "
        "the sham device had an average 0.5 points less pain. Scores rose (from 3 to 5) in the "
        "pump group.")


@pytest.mark.parametrize("figure, group, versus", [
    ("2.5", "pump", "sham-device"), ("0.5", "sham-device", "pump"), ("5", "pump", "sham-device")])
def test_group_at_reads_the_group_and_what_it_is_compared_with(figure, group, versus):
    st = state(PUMP)
    groups.find_groups(st)
    arms = [g.id for g in st.found.groups.values() if g.kind == "arm"]
    s = next(x for x in st.all_sentences if f" {figure} " in x.text or f" {figure})" in x.text)
    at = re.search(rf"(?<![\d.]){re.escape(figure)}(?![\d.])", s.text)
    assert attach.group_at(st, s, at.start(), at.end(), arms) == (group, versus)


def test_group_before_skips_the_group_named_after_than():
    st = state(PUMP)
    groups.find_groups(st)
    s = next(x for x in st.all_sentences if "2.5" in x.text)
    assert attach.group_before(st, s, s.text.index("2.5")) == "pump"


def test_a_shared_word_does_not_merge_two_treatments():
    found = find(repair("Skin prep trial\n\nThe trial enrolled 500 women. They were randomly "
                        "assigned to a chlorhexidine-alcohol wash or an iodine-alcohol wash.\n\n"
                        "Those who received the chlorhexidine-alcohol wash had a 4 percent "
                        "infection rate, half that of the women who received the iodine-alcohol "
                        "wash, 8 percent."), {})
    props = {f["value"]: f for f in found.facts if f["kind"] == "proportion"}
    assert "iodine" in label_of(found, props[8]) and "chlorhexidine" in label_of(found, props[4])


def test_the_women_in_this_group_is_no_treatment():
    found = find(repair("App trial\n\nThe trial enrolled 90 women. After six months, more than "
                        "half of the women in this group (58 percent) had less pain."), {})
    assert "people who got women" not in group_labels(found).values()


def test_a_background_sentence_takes_no_study_group_from_the_sentence_before():
    found = find(repair("Pump trial\n\nThe trial enrolled 100 adults with gout. After 6 "
                        "months, 40% of those given the pump had no attacks.\n\nWorldwide, "
                        "gout affects about 3% of adults, earlier studies found."), {})
    background = next(f for f in found.facts if f.get("value") == 3)
    assert background.get("role") == "background"
    assert "pump" not in background["group"]


# -- outcome and time ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, figure, thing", [
    ("The number of people suffering a stroke within two years dropped by 30 percent.",
     "30 percent", "stroke"),
    ("Cholesterol levels of those taking the pill had fallen by more than 15 percent.",
     "15 percent", "Cholesterol levels"),
    ("The new scanner cut false alarms by 40 percent, the team said.", "40 percent",
     "false alarms"),
    ("Treated rats showed a 25 percent increase in running time and a 10 percent gain in "
     "muscle.", "25 percent", "increase in running time"),
    ("Treated rats showed a 25 percent increase in running time and a 10 percent gain in "
     "muscle.", "10 percent", "gain in muscle"),
    ("Smokers had a 45% higher risk of gum disease than non-smokers.", "45%",
     "higher risk of gum disease"),
    ("Infections occurred in 6 percent of the patients.", "6 percent", "Infections"),
    ("Worldwide, gout affects about 3% of adults.", "3%", "gout"),
    ("The new test correctly identified 91 percent of the tumours.", "91 percent",
     "correctly identified tumours"),
])
def test_the_thing_a_figure_measures(sentence, figure, thing):
    start = sentence.index(figure)
    got = attach.changed_thing(sentence, start, start + len(figure))
    assert got is not None and got[0] == thing
    assert thing in sentence[got[1]:got[2]] or got[0].endswith(sentence[got[1]:got[2]][-5:])


@pytest.mark.parametrize("sentence, label", [
    ("After 6 months, 40% of those given the pump had no attacks.", "had no attacks"),
    ("In all, 54 percent were boys and 46 percent girls.", "were boys"),
    ("Some 30% of the women in the app group reported less pain.", "reported less pain"),
])
def test_the_outcome_after_a_figure_leaves_out_the_group(sentence, label):
    st = state(sentence)
    s = st.all_sentences[0]
    m = re.search(r"\d+\s*(?:%|percent)", s.text)
    oid = attach.outcome_for(st, s, m, s.text[m.end():], s.text[:m.start()])
    assert st.found.outcomes[oid]["label"]["en"]["plain"] == label


@pytest.mark.parametrize("sentence", [
    "The mean age was 61.5 years and 30% improved.",
    "Patients aged 55 to 74 years took part, and 30% improved.",
    "The patients (average age at diagnosis was 61.5 years) did well: 30% improved.",
    "Among people 65 years or older, 30% improved.",
    "Women who were 48 years of age on average improved in 30% of cases.",
])
def test_an_age_is_never_a_time_point(sentence):
    st = state(sentence)
    s = st.all_sentences[0]
    m = re.search(r"30%", s.text)
    assert attach.time_for(st, s.text, m, s.text[m.end():], s.text[:m.start()]) is None


def test_a_follow_up_time_beside_an_age_is_kept():
    st = state("Patients with a mean age of 60 years were followed, and 30% improved "
               "after 2 years.")
    s = st.all_sentences[0]
    m = re.search(r"30%", s.text)
    assert attach.time_for(st, s.text, m, s.text[m.end():], s.text[:m.start()]) == "2y"


# -- settle: roles, what is left out, no-difference, the main fact ---------------------------

RELEASE = """Walking cuts knee pain, trial finds

Knee pain affects about 25 percent of adults each year, earlier studies found.

The researchers enrolled 300 adults with knee pain. They were randomly assigned to a walking \
programme or usual care.

After 6 months, knee pain improved in 48 percent of people in the walking programme, \
compared with 30 percent of people in the usual care group.
"""


def test_a_background_figure_gets_its_role_and_is_never_the_main_fact():
    found = find(repair(RELEASE), {})
    by_value = {f.get("value"): f for f in found.facts}
    assert by_value[25].get("role") == "background"
    assert found.main is not None
    main = next(f for f in found.facts if f["id"] == found.main)
    assert main.get("role") != "background" and main["kind"] != "count"
    assert 48 in [main.get("value")] + [next(x for x in found.facts if x["id"] == i)["value"]
                                        for i in main.get("facts", [])]


def test_no_result_figure_means_no_main_fact_and_a_note():
    found = find(repair("Knee pain news\n\nKnee pain affects about 25 percent of adults "
                        "each year, earlier studies found. The researchers enrolled 300 "
                        "adults with knee pain. Walking helped, they said."), {})
    assert found.facts and found.main is None
    assert any("no result figure" in n for n in found.notes)


def test_a_figure_that_cannot_be_placed_is_left_out_with_the_sentence_quoted():
    st = state("Of those asked, 40 percent to two.")
    s = st.all_sentences[0]
    fact = {"id": "x", "kind": "proportion", "value": 40, "group": "all",
            "outcome": attach.outcome_generic(st, "to two", [s.at(0), s.at(5)]),
            "source_span": [s.at(15), s.at(25)]}
    st.found.facts.append(fact)
    attach.settle(st)
    assert st.found.facts == []
    (note,) = [n for n in st.found.notes if n.startswith("left out")]
    assert "“Of those asked, 40 percent to two.”" in note and "to two" in note
    assert "to-two" not in st.found.outcomes  # no label is left behind without its figure


def test_a_baseline_check_is_never_the_main_fact():
    found = find(repair("Tea trial\n\nThe trial enrolled 80 adults. At the start of the "
                        "study, blood pressure did not differ between the groups.\n\nAfter "
                        "8 weeks, the mean blood pressure was 121 in those drinking tea."), {})
    kinds = {f["kind"] for f in found.facts}
    assert {"no-difference", "mean"} <= kinds  # both read; the mean comes later
    main = next(f for f in found.facts if f["id"] == found.main)
    assert main["kind"] == "mean" and main["value"] == 121


@pytest.mark.parametrize("sentence, expected", [
    ("Pain scores were 4.1 vs 4.3, with no significant difference between the groups.", True),
    ("Relapses did not differ (12% vs 14%).", True),
    ("The rates were similar: 12% vs 14%.", True),
    ("Relapses were fewer with the drug (12% vs 24%), but side effects did not differ.",
     False),
])
def test_no_difference_is_read_per_clause(sentence, expected):
    m = re.search(r"[\d.]+%? vs [\d.]+%?", sentence)
    assert attach.no_difference_at(sentence, m.start(), m.end()) is expected


def test_a_comparison_the_release_calls_no_difference_gets_no_direction():
    st = state("Attacks occurred in 12% of the drug group vs 14% of the placebo group, a "
               "difference that was not statistically significant.")
    s = st.all_sentences[0]
    a, b = (re.search(p, s.text) for p in ("12%", "14%"))
    outcome = attach.outcome_generic(st, "had an attack", [s.at(0), s.at(7)])
    st.found.groups["drug"] = groups.Group("drug", "people who got the drug", ["drug"], [0, 0])
    st.found.groups["placebo"] = groups.Group("placebo", "people who got placebo",
                                              ["placebo"], [0, 0])
    st.found.facts += [
        {"id": "d", "kind": "proportion", "value": 12, "group": "drug", "outcome": outcome,
         "source_span": [s.at(a.start()), s.at(a.end())]},
        {"id": "p", "kind": "proportion", "value": 14, "group": "placebo", "outcome": outcome,
         "source_span": [s.at(b.start()), s.at(b.end())]},
        {"id": "c", "kind": "comparison", "facts": ["d", "p"], "direction": "lower",
         "source_span": [s.at(a.start()), s.at(b.end())]}]
    attach.settle(st)
    (comparison,) = [f for f in st.found.facts if f["kind"] == "comparison"]
    assert comparison["direction"] == "similar" and "do not differ" in comparison["review"]


def test_a_whole_release_with_no_difference_drafts_no_direction_for_it():
    found = find(repair("Drug trial\n\nThe trial enrolled 200 adults with gout. They were "
                        "randomly assigned to the new drug or placebo.\n\nAfter 6 months, "
                        "attacks occurred in 12% of the new drug group vs 14% of the placebo "
                        "group, a difference that was not statistically significant."), {})
    assert not [f for f in found.facts if f.get("direction") in ("higher", "lower")]


def test_a_figure_without_an_outcome_is_left_out_and_no_placeholder_outcome_is_drafted():
    from plainsum_extract import extract_draft

    draft = extract_draft("Survey study\n\nThe team surveyed 300 nurses in 2019.\n\nOf them, "
                          "40 percent.", lang="en").data
    assert draft["outcomes"] == []
    assert not [f for f in draft["facts"] if f.get("value") == 40]
    assert "no outcome found next to it" in draft["review"]
    assert "“Of them, 40 percent.”" in draft["review"]


@pytest.mark.parametrize("label, mended", [
    ("people that were screened - the implications", "people that were screened"),
    ("people who got the new tablet", "people who got the new tablet"),
    ("adults with gout; the study", "adults with gout"),
])
def test_a_label_that_runs_on_past_a_dash_is_cut_back(label, mended):
    assert attach.mend_label(label) == mended


def test_a_group_described_with_examples_keeps_its_name_without_them():
    found = find(repair("Allergy drug\n\nThe drug was tested in 12 patients.\n\nThe patients "
                        "who were allergic to pollen such as grass and birch pollen saw their "
                        "skin reactions fall by 60 to 80 percent in two weeks."), {})
    assert "patients who were allergic to pollen" in group_labels(found).values()


def test_the_participants_age_is_never_the_main_fact():
    found = find(repair("Volunteering study\n\nThe team followed 100 adults who were an "
                        "average of 67 years old.\n\nMost volunteers improved."), {})
    assert {"mean", "claim"} <= {f["kind"] for f in found.facts}
    main = next(f for f in found.facts if f["id"] == found.main)
    assert main["kind"] == "claim"


def test_a_group_no_figure_names_and_no_whole_label_is_not_drafted():
    st = state("After 6 months, 30% of the adults improved.")
    s = st.all_sentences[0]
    st.found.groups["all"] = groups.Group("all", "adults", [], [0, 0], "all")
    st.found.groups["x"] = groups.Group("x", "people who got use either", ["x"], [0, 0],
                                        "treated")
    m = re.search("30%", s.text)
    st.found.facts.append({"id": "a", "kind": "proportion", "value": 30, "group": "all",
                           "outcome": attach.outcome_generic(st, "improved", [0, 0]),
                           "source_span": [s.at(m.start()), s.at(m.end())]})
    attach.settle(st)
    assert list(st.found.groups) == ["all"] and [f["id"] for f in st.found.facts] == ["a"]


# -- spans: what lint --release checks -------------------------------------------------------

SPANS = """Knee brace eases pain in trial

The researchers enrolled 300 adults with knee pain. They were randomly assigned to a \
knee brace (n = 148) or usual care (n = 152).

After 6 months, pain improved in 48 percent of people who got the knee brace, compared \
with 30 percent of those in the usual care group. Within one year, 12 percent of people in \
the usual care group had knee surgery. The mean age was 61.5 years.
"""


def test_every_value_of_a_draft_is_at_its_span_of_the_release(cli, tmp_path):
    import yaml

    release = tmp_path / "release.txt"
    release.write_text(SPANS, encoding="utf-8")
    out = tmp_path / "draft.yaml"
    assert cli("extract", str(release), "-o", str(out)).exit_code == 0
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert {t["id"] for t in data["times"]} >= {"6m", "1y"}
    assert not [t for t in data["times"] if t["value"] == 61.5]  # an age is no time point
    assert {f["value"] for f in data["facts"] if f["kind"] == "count"} >= {300, 148, 152}
    result = cli("lint", str(out), "--release", str(release))
    assert result.exit_code == 1  # a draft: items to settle, but no value off its span
    assert not re.search(r"not written at|is not inside the release", result.stdout), \
        result.stdout


@pytest.mark.parametrize("phrase, label", [
    ("those with the lowest vitamin D levels", "people with the lowest vitamin D levels"),
    ("children who ate fish every week", "children who ate fish every week"),
    ("and a 15", None),
])
def test_group_named_makes_a_group_from_a_phrase_once(phrase, label):
    st = state(PUMP)
    groups.find_groups(st)
    gid = groups.group_named(st, phrase, [0, 0])
    if label is None:
        assert gid is None
    else:
        assert st.found.groups[gid].label == label
        assert groups.group_named(st, phrase, [0, 0]) == gid  # found again, not made twice


def test_group_named_finds_an_arm_already_found():
    st = state(PUMP)
    groups.find_groups(st)
    assert groups.group_named(st, "those given the pump", [0, 0]) == "pump"


def test_a_baseline_check_is_no_key_fact():
    found = find(repair("Tea trial\n\nThe trial enrolled 80 adults. At the start of the study, "
                        "blood pressure did not differ between the groups."), {})
    (check,) = [f for f in found.facts if f["kind"] == "no-difference"]
    assert not check.get("key") and "at the start" in check["review"]
    assert found.main is None


def test_placebo_controlled_is_no_mention_of_the_placebo_group():
    st = state(PUMP.replace("a sham device", "a placebo"))
    groups.find_groups(st)
    assert groups.mentions(st, "a placebo-controlled trial") == []
    assert groups.mentions(st, "those on placebo")


def test_the_method_a_result_is_about_is_its_group():
    found = find(repair("Blood test study\n\nThe team tested 400 samples.\n\nThe new blood "
                        "test detected 91 percent of the tumours, while the standard scan "
                        "detected 70 percent."), {})
    props = {f["value"]: f for f in found.facts if f["kind"] == "proportion"}
    assert label_of(found, props[91]) == "new blood test"
    assert label_of(found, props[70]) == "standard scan"


def test_a_figure_about_women_or_men_named_after_it():
    found = find(repair("Bowel cancer study\n\nThe team followed 5,000 adults.\n\nThe lifetime "
                        "risk of bowel cancer is 4.1% (1 in 24) in women and 4.6% (1 in 22) in "
                        "men, earlier studies found."), {})
    props = {f["value"]: f for f in found.facts if f["kind"] == "proportion"}
    assert label_of(found, props[4.1]) == "women" and label_of(found, props[4.6]) == "men"
    assert props[4.1].get("role") == "background"


def test_a_range_in_the_sentence_that_introduces_the_participants_is_never_the_main_fact():
    found = find(repair("Newborn study\n\nResearchers followed 900 premature babies who were "
                        "born between 23 and 28 weeks of pregnancy.\n\nMost babies improved."),
                 {})
    assert any(f["kind"] == "range" for f in found.facts)
    main = next(f for f in found.facts if f["id"] == found.main)
    assert main["kind"] == "claim"


def test_a_technology_that_could_cut_something_is_the_group_of_its_figure():
    st = state("The study found that new stroke imaging technology could decrease delays "
               "in care by up to 40 minutes.")
    groups.find_groups(st)
    assert "new stroke imaging technology" in {g.label for g in st.found.groups.values()}
