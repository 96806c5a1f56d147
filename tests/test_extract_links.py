"""Extract places an effect's outcome and groups from the clause that ties it to what came
before: the outcome a link is said to hold (or fail) for, the two shares a ratio compares,
and no outcome from a linking word or from the quality of the evidence. The texts are made
up for these tests; none is taken from a real release."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract.facts import find  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402

HEAD = ("Night shifts tied to higher risk of heart disease\n\nResearchers followed 12,000 "
        "nurses for ten years in a cohort study. Nurses on night shifts had a 20% higher "
        "risk of heart disease (HR 1.20; 95% CI 1.05-1.37).\n\n")


def _read(body: str) -> list[dict]:
    """Each fact of a release with its group, versus and outcome labels."""
    found = find(repair(HEAD + body), {})
    out = []
    for f in found.facts:
        g = found.groups.get(f.get("group") or "")
        v = found.groups.get(f.get("versus") or "")
        o = found.outcomes.get(f.get("outcome") or "")
        out.append({**f, "group_label": g.label if g else f.get("group"),
                    "versus_label": v.label if v else None,
                    "outcome_label": o["label"]["en"]["plain"] if o else None})
    return out


def _of(facts: list[dict], value: float) -> dict:
    return next(f for f in facts if f.get("value") == value)


@pytest.mark.parametrize("sentence, outcome", [
    ("The association was stronger for heart failure, the most serious form: nurses on "
     "night shifts had a 31% higher risk (HR 1.31; 95% CI 1.10-1.56).", "heart failure"),
    ("The link with night work was strongest for atrial fibrillation, which causes an "
     "irregular heartbeat (HR 1.42; 95% CI 1.15-1.75).", "atrial fibrillation"),
    ("There was no clear link with peripheral artery disease, caused by narrowed leg "
     "arteries (HR 1.04; 95% CI 0.86-1.26).", "peripheral artery disease"),
    ("The researchers found no association between night shifts and coronary artery "
     "calcification (HR 1.02; 95% CI 0.91-1.14).", "coronary artery calcification"),
])
def test_an_effect_is_of_the_outcome_its_link_is_said_to_hold_for(sentence, outcome):
    ratio = next(f for f in _read(sentence) if f["kind"] == "ratio" and f["value"] != 1.2)
    assert ratio["outcome_label"] == outcome


def test_a_link_stronger_for_people_names_a_subgroup_not_an_outcome():
    ratio = _of(_read("The association was stronger for women who smoked (HR 1.35; 95% CI "
                      "1.12-1.63)."), 1.35)
    assert ratio["outcome_label"] != "women who smoked"


def test_a_ratio_tied_to_two_shares_by_a_linking_word_compares_them():
    facts = _read("Overall, 9.5% of nurses on night shifts developed heart disease, compared "
                  "with 7.9% of nurses on day shifts, giving a relative risk of 1.24 (95% "
                  "confidence interval 1.05 to 1.37).")
    ratio = next(f for f in facts if f["kind"] == "ratio" and "of nurses" not in
                 (f.get("review") or "") and f["source_span"][0] > len(HEAD))
    assert ratio["outcome_label"] != "giving"
    assert "heart disease" in ratio["outcome_label"]
    assert "night" in ratio["group_label"] and "day" in (ratio["versus_label"] or "")


def test_the_risk_of_bias_of_trials_is_no_outcome():
    facts = _read("When the analysis was restricted to the studies judged to be at low risk "
                  "of bias, the effect was smaller (relative risk 1.12, 1.01 to 1.25).")
    assert _of(facts, 1.12)["outcome_label"] != "bias"


def test_each_figure_of_an_and_pair_takes_the_group_named_right_after_it():
    body = ("Researchers randomly assigned 300 adults to handgrip training or usual "
            "activity.\n\nAt baseline, mean systolic blood pressure was 134.6 mmHg in the "
            "handgrip group and 131.2 mmHg in the usual activity group.")
    found = find(repair("Handgrip training lowers blood pressure\n\n" + body), {})
    labels = {f.get("value"): (found.groups[f["group"]].label if f.get("group") in
                               found.groups else f.get("group"))
              for f in found.facts if f["kind"] == "mean"}
    assert "handgrip" in labels[134.6]
    assert "usual activity" in labels[131.2]


def test_the_difference_of_the_sentence_before_compares_its_two_shares_at_their_time():
    body = ("Researchers randomly assigned 800 mothers to peer support or usual care.\n\n"
            "Six months after giving birth, about 14 percent of mothers in the peer support "
            "group had probable depression, compared with about 17 percent in the usual care "
            "group. The difference was not statistically significant (adjusted odds ratio "
            "0.81; 95% CI 0.57 to 1.16).")
    found = find(repair("Peer support for new mothers\n\n" + body), {})
    ratio = next(f for f in found.facts if f["kind"] == "ratio")
    assert "peer support" in found.groups[ratio["group"]].label
    assert "usual care" in found.groups[ratio["versus"]].label
    assert found.times[ratio["time"]].value == 6


def test_a_share_of_those_doing_something_compared_with_is_of_those_people():
    body = ("Researchers surveyed 5,000 adults about loneliness in a cross-sectional "
            "study.\n\nAmong people who lived alone, 21.4 percent were chronically lonely, "
            "compared with 12.9 percent of those living with a partner.")
    found = find(repair("Living alone and loneliness\n\n" + body), {})
    share = next(f for f in found.facts if f.get("value") == 12.9)
    assert found.groups[share["group"]].label == "people living with a partner"
    assert found.outcomes[share["outcome"]]["label"]["en"]["plain"] == \
        "were chronically lonely"


def test_a_comparison_with_older_people_to_report_something_is_a_result():
    from plainsum_extract.classify import label

    assert label("After adjustment, adults aged 18 to 24 were more than twice as likely as "
                 "those aged 65 and older to report chronic loneliness (odds ratio 2.71).") \
        == "result"
    assert label("Older reports had found the same rate of 12 percent.") == "background"


def test_a_link_strongest_for_people_gives_the_effect_those_people():
    facts = _read("The link was strongest for nurses with the longest night-shift history, "
                  "defined as more than ten years of night work: they were 1.6 times as "
                  "likely to develop heart disease (HR 1.62; 95% CI 1.21-2.17).")
    ratio = _of(facts, 1.62)
    assert ratio["group_label"] == "nurses with the longest night-shift history"


@pytest.mark.parametrize("sentence, value, label", [
    ("Night shifts showed a clear association (odds ratio 1.91, 1.30 to 2.81), but work on "
     "rotating shifts alone did not (odds ratio 1.12, 0.84 to 1.49).", 1.12,
     "people with work on rotating shifts alone"),
    ("Living near a busy airport, without working nights, was not associated with heart "
     "disease (odds ratio 0.97, 0.78 to 1.21).", 0.97, "people living near a busy airport"),
])
def test_a_ratio_is_of_the_exposure_its_own_clause_names(sentence, value, label):
    assert _of(_read(sentence), value)["group_label"] == label
