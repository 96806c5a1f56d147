# ruff: noqa: E501 (the releases keep their paragraphs on one line, as they are pasted)
"""Ratios and their intervals placed on the study's own comparison (session 34, issue 12):
a ratio in the aside after two arms' medians ("… with X versus … with placebo (HR …)") is
the first arm's against the second, also in a list under a lead-in that ends with "with
placebo"; a sentence that only gives the ratio of the pair of shares said just before
("The adjusted odds ratio was …") is of those shares' groups and outcome; an earlier
study's figure in the background never lends its group to a later result. Own releases."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

from .helpers import plain_label as label  # noqa: E402


def draft(text: str) -> dict:
    return extract_draft(text, source="release.md", lang="en", bank={}).data


def ratios(data: dict) -> dict[float, dict]:
    return {f["value"]: f for f in data["facts"] if f["kind"] == "ratio"}


MEDIANS = (
    "Tablet extends life in advanced kidney cancer\n\n"
    "A total of 520 patients were randomly assigned to velotinib plus standard care (261 patients) or placebo plus standard care (259 patients).\n\n"
    "After a median follow-up of 19.5 months:\n"
    "- Median overall survival was 21.3 months with velotinib versus 17.0 months with placebo (hazard ratio 0.78; 95% CI 0.64-0.93).\n"
    "- Median time without progression was 9.4 months versus 6.2 months (HR 0.66; 95% CI 0.55-0.80).\n"
)


def test_a_ratio_after_two_medians_is_the_first_arms_against_the_second() -> None:
    data = draft(MEDIANS)
    found = ratios(data)
    for value in (0.78, 0.66):
        fact = found[value]
        assert "velotinib" in label(data, "groups", fact["group"])
        assert "placebo" in label(data, "groups", fact["versus"])
    assert found[0.78]["ci"] == [0.64, 0.93]
    assert "survival" in label(data, "measures", found[0.78]["outcome"]) or \
        "survival" in found[0.78]["outcome"]


def test_the_same_without_a_list_and_with_the_arms_swapped() -> None:
    text = ("Tablet extends life\n\n"
            "In this trial 300 adults were randomly assigned to placebo or to velotinib.\n\n"
            "Median overall survival was 11.2 months with placebo and 14.9 months with velotinib (hazard ratio 1.31, 95% CI 1.05 to 1.63).\n")
    data = draft(text)
    fact = ratios(data)[1.31]
    assert "placebo" in label(data, "groups", fact["group"])
    assert "velotinib" in label(data, "groups", fact["versus"])


SHARES_THEN_RATIO = (
    "Walking groups did not reduce falls in older people\n\n"
    "The trial randomly assigned 1,840 people aged 70 or over to weekly walking groups or to usual care.\n\n"
    "After one year, 22.5% of people in walking groups had fallen at least once, compared with 23.9% of people given usual care. "
    "The adjusted odds ratio was 0.93 (95% CI 0.76 to 1.14).\n"
)


def test_a_sentence_giving_only_the_ratio_is_of_the_shares_before() -> None:
    data = draft(SHARES_THEN_RATIO)
    fact = ratios(data)[0.93]
    assert "walking" in label(data, "groups", fact["group"])
    assert "usual" in label(data, "groups", fact["versus"])
    shares = [f for f in data["facts"] if f["kind"] == "proportion" and f["value"] == 22.5]
    assert shares and fact["outcome"] == shares[0]["outcome"]
    assert fact["ci"] == [0.76, 1.14]


BACKGROUND_THEN_RESULT = (
    "Gene study links high triglycerides to gallstones\n\n"
    "An earlier trial, published in 2024, found that a new injection cut triglycerides by 62% in 980 patients with diabetes.\n\n"
    "The team analysed genetic data from 402,113 people in two biobanks.\n\n"
    "Each doubling of genetically predicted triglycerides was linked to a 21% higher risk of gallstones (odds ratio 1.21, 95% CI 1.12 to 1.31).\n"
)


def test_an_earlier_studys_group_is_never_lent_to_a_result() -> None:
    data = draft(BACKGROUND_THEN_RESULT)
    fact = ratios(data)[1.21]
    assert "diabetes" not in label(data, "groups", fact["group"])
    assert fact.get("role") != "background"


COLON_PAIRS = (
    "Reading clubs cut loneliness\n\n"
    "The trial randomly assigned 60 libraries to run reading clubs or to keep their usual opening hours. In total, 2,480 older adults took part.\n\n"
    "At six months, 31.2% of adults in club libraries felt lonely most days, compared with 35.0% of adults in usual libraries.\n\n"
    "Fewer adults in club libraries said they had skipped meals in the past week: 8.1% {word} 11.6% (odds ratio 0.67, 95% CI 0.52 to 0.86). "
    "Falls were reported by 4.4% and 4.9% of adults respectively (odds ratio 0.90, 95% CI 0.70 to 1.15).\n"
)


def shares(data: dict, *values: float) -> list[dict]:
    return [next(f for f in data["facts"] if f["kind"] == "proportion" and f["value"] == v)
            for v in values]


def test_a_pair_of_shares_after_a_colon_is_of_what_the_clause_says_people_did() -> None:
    for word in ("against", "vs", "compared with"):
        data = draft(COLON_PAIRS.format(word=word))
        first, second = shares(data, 8.1, 11.6)
        assert first["outcome"] == second["outcome"]
        assert "skipped meals" in label(data, "outcomes", first["outcome"])
        assert "club" in label(data, "groups", first["group"])
        assert "usual" in label(data, "groups", second["group"])
        ratio = ratios(data)[0.67]
        assert ratio["outcome"] == first["outcome"]
        assert "club" in label(data, "groups", ratio["group"])


def test_two_shares_of_people_respectively_are_the_two_groups_in_order() -> None:
    data = draft(COLON_PAIRS.format(word="vs"))
    first, second = shares(data, 4.4, 4.9)
    assert "club" in label(data, "groups", first["group"])
    assert "usual" in label(data, "groups", second["group"])
    assert "falls" in label(data, "outcomes", first["outcome"])
    assert "club" in label(data, "groups", ratios(data)[0.90]["group"])


def test_two_shares_whose_ratio_holds_one_get_no_direction() -> None:
    data = draft(SHARES_THEN_RATIO)
    comparison = next(f for f in data["facts"] if f["kind"] == "comparison")
    assert comparison["direction"] == "similar"


def test_two_shares_whose_ratio_excludes_one_keep_their_direction() -> None:
    data = draft(SHARES_THEN_RATIO.replace("0.93 (95% CI 0.76 to 1.14)",
                                           "0.71 (95% CI 0.58 to 0.87)"))
    comparison = next(f for f in data["facts"] if f["kind"] == "comparison")
    assert comparison["direction"] == "lower"


NON_INFERIOR = (
    "Shorter antibiotic course works as well for pneumonia in children\n\n"
    "The trial randomly assigned 812 children with pneumonia to stop antibiotics after three days or to take them for seven days. "
    "Three days would count as non-inferior if the cure rate was no more than 8 percentage points lower.\n\n"
    "At day 14, 91.2% of children in the three-day group were cured, compared with 92.0% of children in the seven-day group. "
    "The risk difference was -0.8 percentage points (95% CI -4.6 to 3.0). Because the whole interval lay within the margin, three days were non-inferior.\n\n"
    "Side effects were less common with the short course: 6.1% of children who stopped at three days had diarrhoea, compared with 11.9% of those who took seven days (risk difference -5.8 percentage points; 95% CI -9.6 to -2.0).\n"
)


def test_the_effect_a_non_inferiority_verdict_is_drawn_from_heads_the_draft() -> None:
    data = draft(NON_INFERIOR)
    main = next(f for f in data["facts"] if f["id"] == data["study"]["main_fact"])
    assert main["kind"] == "difference" and main["value"] == -0.8
