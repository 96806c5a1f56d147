"""Extract on releases written in ways the development set rarely shows: hard-wrapped
lines, counts with scale words, results whose time is said in the sentence's opening
phrase. The texts are made up for these tests; none is taken from a real release."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT / "tests"))

from plainsum_extract.facts import find  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402
from plainsum_extract.segment import join_wrapped, quotations  # noqa: E402
from plainsum_extract.text import sentences  # noqa: E402
from test_extract_stages import TRIAL  # noqa: E402


def _wrap(text: str, width: int = 66) -> str:
    return "\n\n".join("\n".join(textwrap.wrap(p, width)) for p in text.split("\n\n"))


def _facts(text: str) -> list[tuple]:
    found = find(repair(text), {})
    return [(f["kind"], f.get("value"), f.get("group"), f.get("role")) for f in found.facts]


def _joined(text: str) -> list[str]:
    return [s.text for s in join_wrapped(text, sentences(text))]


# -- segment: hard-wrapped releases ---------------------------------------------------------

def test_a_hard_wrapped_release_reads_as_the_same_release_unwrapped() -> None:
    wrapped = _wrap(TRIAL)
    assert wrapped.count("\n") > TRIAL.count("\n")  # the test text is really wrapped
    assert _facts(wrapped) == _facts(TRIAL)
    assert any(f[0] == "comparison" for f in _facts(wrapped))


def test_a_line_break_inside_a_sentence_is_no_sentence_end() -> None:
    text = ("Of the 150 people who took the drug, 60 % had fewer attacks\n"
            "after three months. Dr. Lee of the\nCity Hospital led the work.")
    assert _joined(text) == [
        "Of the 150 people who took the drug, 60 % had fewer attacks\nafter three months.",
        "Dr. Lee of the\nCity Hospital led the work."]


def test_headings_lists_and_datelines_stay_apart() -> None:
    text = ("Walking helps the heart\nLONDON, 3 May 2024\nKey points\n- fewer heart attacks\n"
            "- lower blood pressure\n1) a second list\n2) of numbered items\nContact: press office")
    assert _joined(text) == text.split("\n")


def test_a_quotation_wrapped_over_two_lines_is_one_quotation() -> None:
    text = "“We were surprised by how much\nthe walkers gained,” said Dr. Lee."
    assert [m.group(1) for m in quotations(text)] == [
        "We were surprised by how much\nthe walkers gained,"]
    # a stray quote mark does not pair with one in the next line's paragraph
    lines = 'The screen measures 12" across.\nShe said "the device works well" today.'
    assert [m.group(2) for m in quotations(lines)] == ["the device works well"]


# -- quantities: counts with scale words ----------------------------------------------------

def test_a_scale_word_tells_a_count_of_a_people_or_of_a_place() -> None:
    from plainsum_extract.quantity_amounts import counts

    got = [(c.value, c.label, c.hedge) for c in counts(
        "About 35 million Americans have migraine, and more than 4 million in Portugal do.")]
    assert got == [(35_000_000, "Americans", "about"),
                   (4_000_000, "people in Portugal", "more-than")]
    got = [(c.value, c.label) for c in counts("Nearly 2 million Canadians live with it.")]
    assert got == [(2_000_000, "Canadians")]


def test_a_scaled_sum_of_money_or_a_month_is_no_count_of_people() -> None:
    from plainsum_extract.quantity_amounts import counts

    assert counts("The hospital raised $5 million in New York.") == []
    assert counts("Sales reached 5 million in January.") == []


def test_a_scaled_count_in_background_is_drafted_as_background() -> None:
    text = ("Tea drinkers sleep better, study finds\n\n"
            "Insomnia troubles about 30 million Britons. Researchers enrolled 120 adults "
            "with insomnia. After 8 weeks, 40% of tea drinkers slept better.\n")
    found = find(repair(text), {})
    scaled = [f for f in found.facts if f.get("value") == 30_000_000]
    assert scaled and scaled[0]["kind"] == "count" and scaled[0].get("role") == "background"
    assert found.main != scaled[0]["id"]


# -- attach: the group a share is "of" ------------------------------------------------------

_COHORT_LINE = ("Walking keeps knees healthy, study finds\n\n"
                "Researchers followed 400 adults with knee pain for 10 years. ")


def _shares(sentence: str) -> list[tuple]:
    found = find(repair(_COHORT_LINE + sentence + "\n"), {})
    labels = {g: found.groups[g].label for g in found.groups}
    return [(f["value"], labels.get(f["group"]), f.get("time")) for f in found.facts
            if f["kind"] == "proportion"]


def test_a_share_of_people_named_by_what_they_do_is_about_them() -> None:
    got = _shares("At 10 years, 59% of walkers had no knee surgery, compared with 41% of "
                  "non-walkers.")
    assert [(v, g) for v, g, _ in got] == [(59, "walkers"), (41, "non-walkers")]


def test_a_share_of_the_whole_study_keeps_the_study_group() -> None:
    assert _shares("After 10 years, 30% of the adults had knee surgery.") == [
        (30, "adults with knee pain", "10y")]
    assert _shares("After 10 years, 30% of coffee drinkers had knee surgery.") == [
        (30, "coffee drinkers", "10y")]


def test_things_ending_in_ers_are_no_group() -> None:
    assert _shares("After 10 years, 30% of cancers were found early.") == [
        (30, "adults with knee pain", "10y")]


def test_a_sentence_opening_with_its_people_gives_the_group() -> None:
    # the time is the study's one follow-up ("followed 400 adults ... for 10 years")
    assert _shares("Among older smokers who quit, 40% had fewer knee problems.") == [
        (40, "older smokers who quit", "10y")]
    assert _shares("Of the adults, 20% had surgery.") == [(20, "adults with knee pain", "10y")]


def test_a_time_said_in_words_is_the_time_not_part_of_the_outcome() -> None:
    found = find(repair(_COHORT_LINE + "Of the walkers, 22% had surgery within two years "
                        "and 35% by five years.\n"), {})
    got = [(f["value"], f["outcome"], f.get("time")) for f in found.facts
           if f["kind"] == "proportion"]
    assert got == [(22, "had-surgery", "2y"), (35, "had-surgery", "5y")]
    assert {found.groups[f["group"]].label for f in found.facts
            if f["kind"] == "proportion"} == {"walkers"}


# -- attach: the population of a background count ------------------------------------------

def _population(sentence: str) -> list[tuple]:
    found = find(repair(_COHORT_LINE + sentence + "\n"), {})
    return [(f["value"], found.groups[f["group"]].label, f.get("role")) for f in found.facts
            if f["kind"] == "count" and f["value"] != 400]


def test_a_background_count_names_its_people_the_condition_and_the_place() -> None:
    assert _population("Knee pain affects, according to one survey, about 3 million "
                       "Americans.") == [(3_000_000, "Americans with knee pain", "background")]
    assert _population("Knee pain affects more than 5 million in Spain.") == [
        (5_000_000, "people with knee pain in Spain", "background")]
    assert _population("Some 40 million people worldwide live with knee pain.") == [
        (40_000_000, "people with knee pain worldwide", "background")]
    assert _population("About 2 million Britons have knee pain.") == [
        (2_000_000, "Britons with knee pain", "background")]
    assert _population("Knee pain affects about 30 million adults in the US.") == [
        (30_000_000, "adults with knee pain in the US", "background")]


# -- classify: a study of the release's own, said without a cohort sentence -----------------

def _study(body: str) -> tuple[bool, list[tuple]]:
    found = find(repair("Tea and the heart\n\n" + body + "\n"), {})
    return found.reports_study, [(f["value"], f.get("role")) for f in found.facts
                                 if f["kind"] == "relative-change"]


def test_a_study_said_by_its_team_its_findings_or_its_journal_is_the_releases_own() -> None:
    for body in (
            "Daily tea drinkers had a 20% lower risk of heart attack, the team reported.",
            "Tea drinkers had a 20% lower risk of heart attack, a team at Example University "
            "found.",
            "The new data show that tea drinkers had a 20% lower risk of heart attack.",
            "Tea drinkers had a 20% lower risk of heart attack. The findings appear in the "
            "journal Heart Research.",
            "People who drank tea daily had a 20% lower risk of heart attack, according to a "
            "new report in the Journal of Heart Health."):
        own, figures = _study(body)
        assert own, body
        assert figures == [(20, None)] or figures == [(20, "result")], body


def test_a_company_presenting_results_of_products_reports_no_study() -> None:
    own, figures = _study("The company presented results of several products in development "
                          "at a meeting. It will launch a new tea next month.")
    assert not own and figures == []


def test_an_agency_report_is_still_background() -> None:
    from plainsum_extract.classify import is_background

    assert is_background("About 5% of adults smoke, according to the Heart Disease and "
                         "Stroke Statistics report.")
    assert not is_background("Tea drinkers had a 20% lower risk, according to a new report "
                             "in the Journal of Heart Health.")


# -- quantities: a group told by a number ---------------------------------------------------

def _counted(sentence: str) -> list[tuple]:
    found = find(repair(_COHORT_LINE + sentence + "\n"), {})
    return [(f["value"], found.groups[f["group"]].label) for f in found.facts
            if f["kind"] == "count" and f["value"] != 400]


def test_a_count_that_opens_a_clause_names_a_group_by_what_happened_to_it() -> None:
    assert _counted("Seven patients had a relapse.") == [(7, "patients who had a relapse")]
    assert _counted("An additional 75 patients (2 percent of the group) were diagnosed with "
                    "knee cancer.") == [(75, "additional patients who were diagnosed with knee "
                                             "cancer")]
    assert _counted("The remaining 15 patients had an average of 11.8 months without pain.") \
        == [(15, "remaining patients")]


def test_a_count_inside_a_clause_is_no_group_of_its_own() -> None:
    # after "than", the count is what the walkers are compared with, not a clause's subject
    got = _counted("The walkers fared better than 15 patients had done with surgery.")
    assert all(not label.startswith("patients who") for _, label in got)


# -- tables: columns named after the study's arms, thousands commas --------------------------

ARM_TABLE = """Brisk walking or stretching for knee pain

In the trial, 2,400 adults with knee pain were randomly assigned to walking or stretching.

Outcome Walking Stretching

Steps per day 7,250 5,130

Knee pain score (0-10) 3.2 4.1
"""


def test_a_table_whose_columns_name_the_arms_gives_each_arm_its_values() -> None:
    found = find(repair(ARM_TABLE), {})
    means = {f["value"]: found.groups[f["group"]].label.lower() for f in found.facts
             if f["kind"] == "mean" and "table row" in str(f.get("review"))}
    arm = {v: "stretching" if "stretching" in label else "walking" if "walking" in label
           else label for v, label in means.items()}
    assert arm == {7250: "walking", 5130: "stretching", 3.2: "walking", 4.1: "stretching"}


def test_a_table_cell_with_a_thousands_comma_is_one_number() -> None:
    from plainsum_extract.tables import _row

    assert _row("Steps per day 7,250 5,130 2,120", 3) == (
        "Steps per day", [("7,250", 14), ("5,130", 20), ("2,120", 26)])


def test_a_study_group_named_only_by_age_is_named_as_a_reader_says_it() -> None:
    from plainsum_extract.groups import age_label

    assert age_label("9- to 11-year-olds") == "children aged 9 to 11"
    assert age_label("13- to 17-year-olds") == "adolescents aged 13 to 17"
    assert age_label("50- to 64-year-olds") == "people aged 50 to 64"
    assert age_label("patients with asthma") == "patients with asthma"
    found = find(repair("Fish and school marks\n\nResearchers followed 541 9- to 11-year-olds "
                        "for a year.\n"), {})
    assert found.groups["all"].label == "children aged 9 to 11"
