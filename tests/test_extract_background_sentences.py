"""Background sentences told from this study's results (``plainsum extract``, stage
:mod:`plainsum_extract.classify`): what people in general do or have, said in the present
tense with any verb ("do not respond", "relapse", "know"), comparisons that hold in
general ("are twice as likely"), trends over the past decades; while a study named with
an indefinite article ("a large study suggests") ties a present-tense finding to this
release. Every sentence here is made up for the test; none comes from a release."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract.classify import is_background, label  # noqa: E402

BACKGROUND = [
    "Up to 40 percent of patients with depression do not respond to the first drug they try.",
    "About 15 percent of couples struggle with infertility.",
    "Only 12 percent of eligible patients currently receive the therapy.",
    "Between 20 and 30 percent of patients relapse within five years of surgery.",
    "Fewer than half of people with high blood pressure know they have it.",
    "People with type 1 diabetes are two to three times more likely to develop heart disease.",
    "Women are twice as likely as men to develop depression.",
    "Smokers have a 15 to 30 times higher risk of lung cancer than non-smokers.",
    "Rates of childhood myopia have doubled in the past two decades.",
    "Current treatments help only about a third of patients.",
    # a reporting frame ties nothing to the study: what is said is judged on its own
    "The researchers note that each year about 800,000 Americans have a stroke.",
    "The investigators explained that roughly 30 percent of adults have high blood pressure.",
    "Up to 80 percent of people with the condition are never diagnosed, the researchers said.",
    "As the team points out, about 1 in 8 women will be diagnosed with breast cancer.",
    "The CDC reported that 38 percent of adults had prediabetes in 2021.",
    "Researchers have long known that 20 percent of smokers develop lung disease.",
    "By comparison, the national rate is 12 percent.",
    # a trend between two years, an earlier study published in a year, a separate analysis
    "Emergency visits for dog bites rose by 48 percent between 2010 and 2020.",
    "Hospital stays fell by a third from 2005 to 2015, according to a report published by the "
    "health ministry in 2017.",
    "A separate analysis of 30 supplements found that doses ranged from 60 to 250 percent of "
    "the label.",
    # 'compared with' in a general statement in the present
    "People with diabetes are twice as likely to die of heart disease compared with those "
    "without it.",
]

RESULTS = [
    "Of the 412 patients, 58 percent responded to the treatment.",
    "Overall, 34 percent of the nurses met the criteria for burnout.",
    "People who gardened weekly have a 22 percent lower risk of gout, a large study suggests.",
    "Adults who walk 7,000 steps a day have a lower risk of dementia, according to a study "
    "published today.",
    "Those who took the tablets evaluated their pain 30 percent lower than the others did.",
    "The team's 412 volunteers, recruited at 12 clinics, were 20 percent less likely to fall.",
    "The researchers note that 24 percent of participants developed the disease.",
    "Pharmacists with burnout were 2.1 times as likely to plan to quit within a year.",
    "In a nationally representative survey of 3,000 adults, 22 percent said they vaped.",
    "Adults who napped were 20 percent less likely to fall, according to a new study published "
    "today.",
    "Patients recruited between 2010 and 2015 were 30 percent less likely to relapse.",
    "The team used CDC data on 12,000 teens; 14 percent of them vaped daily.",
    "In a subgroup analysis of studies done in Europe, the association was weaker (RR 0.91).",
    "The benefit was larger in trials run in Asia, with a 30 percent lower risk.",
    "Those who ate fish weekly scored 4.8 points higher compared with those who rarely did.",
    "People who took the drug are 30 percent less likely to relapse than those given placebo, "
    "the researchers said.",
]


@pytest.mark.parametrize("sentence", BACKGROUND)
def test_a_general_statement_in_the_present_is_background(sentence):
    assert is_background(sentence), sentence
    assert label(sentence) == "background"


@pytest.mark.parametrize("sentence", RESULTS)
def test_a_finding_of_this_study_is_not_background(sentence):
    assert not is_background(sentence), sentence
    assert label(sentence) != "background"


def test_an_adjective_ending_in_ed_is_no_past_tense():
    # 'registered' describes the nurses; the sentence stays a general statement
    assert is_background("Canada has about 460,000 registered nurses, and the number is "
                         "expected to fall.")


def _roles(body: str) -> dict[float, str]:
    from plainsum_extract.facts import find
    from plainsum_extract.repair import repair

    found = find(repair(f"A study of something\n\n{body} After a year, 44 percent of the "
                        "participants had improved.\n"), {})
    return {f["value"]: f.get("role", "result") for f in found.facts
            if isinstance(f.get("value"), int | float)}


@pytest.mark.parametrize("body, background, result", [
    ("Participants, who lived in a region where 40 percent of adults smoke, were followed for "
     "10 years.", 40, 44),
    ("The team analysed data from 5,300 children in Norway, where about 10 percent of "
     "children have asthma.", 10, 5300),
    ("Among the 820 participants, 31 percent developed the condition, compared with about 20 "
     "percent in the general population.", 20, 31),
])
def test_a_general_aside_in_a_study_sentence_holds_a_background_figure(body, background,
                                                                       result):
    roles = _roles(body)
    assert roles[background] == "background"
    assert roles[result] == "result"


def test_the_participants_counted_beside_a_general_aside_are_the_studys():
    from plainsum_extract.facts import find
    from plainsum_extract.repair import repair

    found = find(repair("A study of something\n\nThe trial enrolled 420 people with migraine, "
                        "a condition that affects 1 in 7 people. After a year, 44 percent of "
                        "the participants had improved.\n"), {})
    cohort = next(f for f in found.facts if f["id"] == "cohort")
    assert cohort["value"] == 420 and cohort.get("role", "result") == "result"
