"""What ``plainsum extract`` does with kinds of release the first rules were not written for
(issue 12, "what fails on unseen releases"): a product or news release with no study of its
own, a study whose results are given only in words, results given as lists or tables of
numbers, background statistics of a country, fractions in words. Every text here is made
up for the test; none comes from a release."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

import plainsum_extract  # noqa: E402
from plainsum_extract.facts import find  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402


def found(text: str):
    return find(repair(text), {})


def facts_by_value(f) -> dict[float, list[dict]]:
    out: dict[float, list[dict]] = {}
    for fact in f.facts:
        for key in ("value", "low", "high", "count"):
            if isinstance(fact.get(key), int | float):
                out.setdefault(float(fact[key]), []).append(fact)
    return out


def group_label(f, fact) -> str:
    return f.groups[fact["group"]].label if fact.get("group") in f.groups else ""


# -- a release with no study of its own ------------------------------------------------------

PRODUCT = """Acme launches a pocket inhaler for asthma

DENVER, May 2, 2024 /PRNewswire/ -- Acme Health today announced that its new pocket
inhaler is now available in pharmacies across the country. Asthma affects about 25 million
people in the United States, and about 3,500 people die of it each year. The inhaler holds
200 doses and fits in a shirt pocket. The company expects sales to reach 40% of the market.
"""


def test_a_product_release_has_no_main_fact_and_only_background_figures():
    f = found(PRODUCT)
    assert f.facts, "its figures are still drafted, for the reviewer to judge"
    assert f.main is None
    assert all(fact.get("role") == "background" for fact in f.facts)
    assert any("no study of its own" in note for note in f.notes)


def test_a_study_release_keeps_its_results():
    text = ("Walking cuts blood pressure\n\nIn the trial, 120 adults were enrolled. After 12 "
            "weeks, 40% of walkers had normal blood pressure, compared with 20% of the others.")
    f = found(text)
    assert f.reports_study and f.main is not None
    results = [x for x in f.facts if x["kind"] == "proportion" and x.get("role") != "background"]
    assert {x["value"] for x in results} == {40, 20}
    # "of walkers had ...": what is counted is cut off, what they had is the outcome
    assert {f.outcomes[x["outcome"]]["label"]["en"]["plain"] for x in results} == {
        "had normal blood pressure"}


# -- a study whose results are only in words ---------------------------------------------------

WORDS = """Brain scans show how sleep clears the mind

BOSTON - Researchers at a university hospital used magnetic resonance imaging to study how
the brain clears waste during sleep. The study scanned healthy volunteers while they slept
in the laboratory. The researchers found that waves of fluid washed through the brain during
deep sleep, and that these waves were larger when brain activity was lower.
"""


def test_a_study_with_results_only_in_words_is_drafted_with_a_note_not_refused():
    draft = plainsum_extract.extract_draft(WORDS, source="words.txt")
    assert draft.data["facts"] == []
    assert "only in words" in draft.data["review"]
    assert draft.data["title"]["en"].startswith("Brain scans")


def test_a_text_with_no_study_and_no_figure_is_still_refused():
    from plainsum.errors import PlainsumError

    with pytest.raises(PlainsumError, match="no facts found"):
        plainsum_extract.extract_draft("Soup of the day, with fresh bread and butter.\n",
                                       source="menu.txt")
