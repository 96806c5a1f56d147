"""The study's own design and participant count (``plainsum extract``, stage
:mod:`plainsum_extract.frame`), in wordings the first readers missed: the count given as
"(n = 240)", "Data came from N ...", "N adults with X were randomly assigned", "the 1,200
participants were divided", "1.2 million people"; mendelian randomisation is no
randomised trial, a meta-analysis of trials is no trial of its own, and a headline that
puts the study in mice makes it a lab study with no participants. Every text here is
made up for the test; none comes from a release."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract.facts import find  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402
from plainsum_extract.text import number  # noqa: E402


def read(body: str, title: str = "A study of something") -> tuple[str | None, float | None]:
    found = find(repair(f"{title}\n\n{body}\n"), {})
    cohort = next((f["value"] for f in found.facts if f["id"] == "cohort"), None)
    return found.evidence, cohort


@pytest.mark.parametrize("body, evidence, count", [
    ("Data came from 45,210 participants in a national biobank, who were followed for 11 "
     "years. Those who slept less than six hours had a 20 percent higher risk of stroke.",
     "observational", 45210),
    ("The 1,200 participants were divided into two groups at random. Those who got the app "
     "lost 3 kg more than those who did not.", "randomised", 1200),
    ("The team drew on the health records of 1.2 million people in Denmark. People who took "
     "the drug had a 12 percent lower risk of dementia.", "observational", 1200000),
    ("Participants (n = 240) were randomly assigned to yoga or stretching. Pain fell by 2.1 "
     "points more with yoga.", "randomised", 240),
    ("In the crossover trial, 36 adults with migraine were randomly assigned to take the drug "
     "or a placebo first. Headache days fell by 2 a month on the drug.", "randomised", 36),
])
def test_the_participant_count_in_more_wordings(body, evidence, count):
    assert read(body) == (evidence, count)


@pytest.mark.parametrize("body, count", [
    ("Researchers surveyed 2,004 U.S. adults about their sleep. Those who slept less were 30 "
     "percent more likely to report anxiety.", 2004),
    ("Some 3,400 veterans enrolled in the program. After a year, 41 percent had found work.",
     3400),
    ("Among 9,000 adults in the study, 12 percent developed diabetes.", 9000),
    ("Of 640 participants, 320 were randomly assigned to the app. After six months, app users "
     "lost 2 kg more.", 640),
    ("Researchers from a university asked 1,000 parents about screen time. Half said their "
     "children used screens for more than 4 hours a day.", 1000),
])
def test_the_participant_count_said_actively_or_opening_the_sentence(body, count):
    assert read(body)[1] == count


def test_a_subgroup_opening_a_sentence_is_not_the_cohort():
    body = ("The researchers followed 12,000 adults for ten years. Of the 1,200 people who had "
            "a stroke, 30 percent had high blood pressure.")
    assert read(body)[1] == 12000


def test_mendelian_randomisation_is_an_observational_design():
    body = ("The researchers used mendelian randomization, a method that uses genetic "
            "variants, in data from 350,000 adults. Higher coffee intake was linked to a 10 "
            "percent lower risk of gout.")
    assert read(body) == ("observational", 350000)


def test_a_meta_analysis_of_randomised_trials_is_no_randomised_trial():
    body = ("This meta-analysis pooled data from 21 randomized trials involving 9,400 "
            "patients. Statins lowered the risk of stroke by 18 percent.")
    assert read(body)[0] == "other"


def test_a_study_the_headline_puts_in_mice_is_a_lab_study_without_participants():
    body = ("The researchers first compared blood samples from 52 patients with the disease. "
            "They then gave the compound to mice, which lived 20 percent longer than "
            "untreated mice.")
    assert read(body, "Blood compound extends life in mice") == ("lab", None)
    # the same text under a headline about patients keeps its participants
    assert read(body, "Blood compound linked to longer life in patients")[1] == 52


def test_millions_are_read_as_a_number():
    assert number("1.2 million") == 1_200_000
    assert number("two million") == 2_000_000
    assert number("1,147") == 1147
    assert number("some million") is None


def test_the_journal_after_a_date_aside_and_at():
    found = find(repair("A snack bar that helps\n\nThe paper describing the work appeared online "
                        "today (May 3, 2024) at The Journal of Snack Science. In the trial, 30 "
                        "adults ate the bar daily; 20 of them lost weight.\n"), {})
    assert found.journal is not None
    assert found.journal[0] == "The Journal of Snack Science"


def _condition_and_intervention(title: str, body: str = "") -> tuple[str, str]:
    body = body or ("The researchers followed 2,000 adults for five years. Those who did it had "
                    "a 20 percent lower risk.")
    found = find(repair(f"{title}\n\n{body}\n"), {})
    return found.condition[0], found.intervention[0]


@pytest.mark.parametrize("title, condition", [
    ("Gardening tied to lower gout risk in older adults", "gout"),
    ("Tea drinking linked to lower risk of glaucoma in middle-aged adults", "glaucoma"),
    ("Long naps tied to higher odds of stroke before 60", "stroke"),
    ("Early surgery cuts risk of relapse in early-stage bowel cancer", "early-stage-bowel-cancer"),
    ("Can singing stave off memory loss?", "memory-loss"),
    ("Eye scans could screen for kidney disease", "kidney-disease"),
])
def test_the_condition_a_headline_names_as_the_risk(title, condition):
    assert _condition_and_intervention(title)[0] == condition


def test_what_a_study_shows_in_a_headline_is_the_intervention():
    assert _condition_and_intervention(
        "Clinical trials show 'ZX-bar' results in better blood sugar")[1] == "zx-bar"
    assert _condition_and_intervention("New study finds yoga eases back pain")[1] == "yoga"


def test_a_negation_in_the_clause_before_does_not_undo_the_design():
    body = ("Walkers were more likely to sleep well than those who did not, according to a "
            "randomised controlled trial of 480 adults. After a year, 30 percent slept better.")
    assert read(body)[0] == "randomised"
    body = "In this non-randomized study, 40 patients got the drug. Of them, 20 improved."
    assert read(body)[0] != "randomised"


def test_a_release_with_no_study_of_its_own_has_no_design():
    from plainsum_extract import extract_draft

    news = ("Hospital opens trial centre for blood cancers\n\nThe new centre will run "
            "randomized trials of drugs for myeloma, a cancer that affects more than 30,000 "
            "people in the United States each year. It is now recruiting patients.\n")
    study = extract_draft(news, source="news.txt", bank={}).data.get("study") or {}
    assert "evidence" not in study and "design" not in study
    trial = ("Yoga eases back pain\n\nIn the trial, 120 adults were randomly assigned to yoga "
             "or to stretching. After 12 weeks, 58 percent of the yoga group had less pain.\n")
    study = extract_draft(trial, source="trial.txt", bank={}).data.get("study") or {}
    assert study.get("evidence") == "randomised"


def test_people_measured_with_nothing_given_is_an_observational_study():
    body = ("The study found that a blood marker, measured at a routine visit, indicated "
            "whether patients had early kidney damage. Of the 300 patients, 41 had it.")
    assert read(body)[0] == "observational"
    body = ("The patients received the new drug for six weeks. Of the 30 patients, 21 had less "
            "pain.")
    assert read(body)[0] != "observational"


@pytest.mark.parametrize("body, count", [
    ("The findings draw on 41,305 adults aged 45 to 74 who joined a cohort. Those who ate "
     "the most fried food had a 24 percent higher risk of gout.", 41305),
    ("The meta-analysis of 23 randomised trials combined data on 14,890 pregnant women. "
     "Treatment was linked to an 18 percent lower risk of preterm birth.", 14890),
    ("The researchers tested stored blood samples from 312 patients. The new test found 88 "
     "percent of the infections.", 312),
    ("The results are based on data from 282 human study participants. After a year, 30 "
     "percent had improved.", 282),
])
def test_the_participants_of_pooled_trials_and_of_samples(body, count):
    assert read(body)[1] == count


def test_assignment_against_a_placebo_is_a_randomised_design():
    body = ("The trial enrolled 800 adults with gout. Half were assigned to take the new drug "
            "and half a matching placebo. After a year, 12 percent of the drug group had a "
            "flare.")
    assert read(body)[0] == "randomised"
    body = ("The trial enrolled 80 adults with gout; all took the new drug. After a year, 12 "
            "percent had a flare.")
    assert read(body)[0] != "randomised"
