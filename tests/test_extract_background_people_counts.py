"""A background sentence's count of people ("About 20,000 people are diagnosed with
bladder cancer in the UK each year") is drafted as background about that population,
even when the study's own participants are called "people" too; a count with no
population named ("small studies of fewer than 100 patients") is left out rather than
given the study's participants. The texts are made up for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

import plainsum_extract  # noqa: E402

HEAD = ("Urine test for bladder cancer\n\nA urine test ruled out bladder cancer in 75% of "
        "people without it, a study of 2,100 people has found.\n\nBackground\n\n")


def _facts(text: str) -> list[dict]:
    return plainsum_extract.extract_draft(text, source="x", lang="en", bank={}).data["facts"]


def test_a_population_count_in_the_background_is_kept_as_background():
    facts = _facts(HEAD + "About 20,000 people are diagnosed with bladder cancer in the UK "
                   "each year.")
    (fact,) = [f for f in facts if f.get("value") == 20000]
    assert fact["role"] == "background" and fact["group"] != "all"
    assert fact["hedge"] == "about"


def test_a_count_with_no_population_is_not_given_the_participants():
    facts = _facts(HEAD + "Earlier evidence came from small studies of fewer than 100 "
                   "people.")
    assert not [f for f in facts if f.get("value") == 100 and f.get("group") == "all"]


def test_the_studys_own_count_is_not_repeated_as_background():
    facts = _facts(HEAD + "About 20,000 people are diagnosed with bladder cancer in the UK "
                   "each year.")
    assert [f["value"] for f in facts if f["kind"] == "count" and f["group"] == "all"] == \
        [2100]
