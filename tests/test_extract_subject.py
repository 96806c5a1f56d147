"""The subject reader of ``plainsum extract`` (:mod:`plainsum_extract.subject`) and what the
figures stage makes of it: an effect is said of the people its clause is about, not of the
whole study nor of the comparison group. Every text here is made up for the test; none
comes from a release."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract.facts import find  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402
from plainsum_extract.subject import among_before, clause_subject  # noqa: E402


def subject_at(sentence: str, figure: str) -> str | None:
    found = clause_subject(sentence, sentence.index(figure))
    return found[0] if found else None


@pytest.mark.parametrize("sentence, figure, subject", [
    ("After adjusting for income and diet, tea drinkers had a 12 percent lower risk of "
     "gout than non-drinkers (hazard ratio 0.88; 95% CI 0.80-0.97).", "12 percent",
     "tea drinkers"),
    # the aside in parentheses belongs to the clause before it
    ("After adjusting for income and diet, tea drinkers had a 12 percent lower risk of "
     "gout than non-drinkers (hazard ratio 0.88; 95% CI 0.80-0.97).", "0.88", "tea drinkers"),
    # the verb of a relative clause is not the clause's verb
    ("Patients who had taken two or more courses of the cream had 35 per cent higher odds "
     "of rash than those who had taken none.", "35 per", "Patients who had taken two or "
     "more courses of the cream"),
    # the comparison group opens the sentence; the subject follows its comma
    ("Compared with cyclists who rode under 20 km a week, those who rode 60 km or more had "
     "a hazard ratio of 0.7.", "0.7", "those who rode 60 km or more"),
    # a comma inside a figure ("12,500") does not open a clause
    ("BERLIN - Nurses who walked 12,500 steps a shift were 18% less likely to report back "
     "pain.", "18%", "Nurses who walked 12,500 steps a shift"),
    # the effect itself as subject: the people of the clause before
    ("Swimmers who trained at night also had a lower risk, but the difference was smaller "
     "-- about 9 percent -- and may be chance.", "9 percent", "Swimmers who trained at night"),
])
def test_the_subject_of_an_effect_is_the_people_its_clause_opens_with(sentence, figure,
                                                                        subject):
    assert subject_at(sentence, figure) == subject


@pytest.mark.parametrize("sentence, figure", [
    ("The risk of gout was 20% lower in the second year.", "20%"),
    ("People with this kind of gout had 20% fewer attacks.", "20%"),
    ("It fell by 4 points in a month.", "4 points"),
])
def test_no_subject_when_the_clause_names_no_people_of_its_own(sentence, figure):
    assert subject_at(sentence, figure) is None


def test_people_named_right_before_a_parenthesis():
    sentence = "The link was strongest among farmers aged 70 and older (HR 0.77; 95% CI 0.6-0.9)."
    found = among_before(sentence, sentence.index("0.77"))
    assert found is not None and found[0] == "farmers aged 70 and older"
    assert among_before("The risk fell (HR 0.8).", 17) is None


RELEASE = """Tea and gout

Researchers followed 9,000 adults for ten years. After adjusting for income and diet, \
tea drinkers had a 12 percent lower risk of gout than non-drinkers (hazard ratio 0.88; 95% \
CI 0.80 to 0.97). The link was strongest among men aged 70 and older (hazard ratio 0.79; \
95% CI 0.65 to 0.95 for gout).
"""


def test_the_figures_stage_gives_an_observational_effect_its_exposed_group():
    found = find(repair(RELEASE), {})
    by_value = {f.get("value"): f for f in found.facts}
    change, ratio, older = by_value[12], by_value[0.88], by_value[0.79]
    assert found.groups[change["group"]].label == "tea drinkers"
    assert ratio["group"] == change["group"]
    assert change.get("versus") != change["group"]
    assert found.groups[older["group"]].label == "men aged 70 and older"
    # the outcome a parenthesis closes with ("... for gout)")
    assert found.outcomes[older["outcome"]]["label"]["en"]["plain"] == "gout"


def test_a_ratio_said_of_people_takes_the_outcome_of_the_effect_before():
    text = ("Walking and gout\n\nResearchers followed 9,000 adults. Walkers had a 20 percent "
            "lower risk of gout than non-walkers. After adjusting for diet, brisk walkers had a "
            "hazard ratio of 0.75 compared with non-walkers.")
    found = find(repair(text), {})
    (ratio,) = [f for f in found.facts if f.get("kind") == "ratio"]
    assert found.outcomes[ratio["outcome"]]["label"]["en"]["plain"] == "gout"
    assert "walkers" in found.groups[ratio["group"]].label


def test_a_guessed_outcome_gives_way_to_the_risk_said_before():
    text = ("Naps and gout\n\nResearchers followed 9,000 adults for ten years. Across the "
            "cohorts, nappers had a 20 percent lower risk of gout than people who never napped, "
            "who were older, slept less, or worked nights (relative risk 0.8; 95% CI 0.7 to "
            "0.9). It appeared larger among nappers over 70 (relative risk 0.6).")
    found = find(repair(text), {})
    ratios = {f["value"]: f for f in found.facts if f.get("kind") == "ratio"}
    for value in (0.8, 0.6):
        assert found.outcomes[ratios[value]["outcome"]]["label"]["en"]["plain"] == "gout"


def test_a_ratio_some_sentences_after_its_risk_takes_that_outcome():
    text = ("Naps and gout\n\nNappers had a 20 percent lower risk of gout than others. The study "
            "followed 9,000 adults. They were followed for ten years. During that time, 400 "
            "adults got gout. After adjusting for diet, nappers had a hazard ratio of 0.8 "
            "compared with others.")
    found = find(repair(text), {})
    (ratio,) = [f for f in found.facts if f.get("kind") == "ratio"]
    assert found.outcomes[ratio["outcome"]]["label"]["en"]["plain"] == "gout"
    assert "check" in ratio["review"]


def test_a_ratio_for_a_subgroup_names_no_outcome():
    from plainsum_extract.quantity_forms import read

    (q,) = [q for q in read("The link was strongest (odds ratio 1.4 for three or more "
                            "courses).") if q.kind == "ratio"]
    assert q.outcome is None or "three" not in q.outcome[0]
