"""'<What> occurred in N% of <group>': what occurred is the share's outcome, in the
release's words, however many event words it holds. The texts are made up for these
tests; none is taken from a real release."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract.facts import find  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402

HEAD = ("Skin wash before surgery cuts infections\n\nResearchers randomly assigned 2,000 "
        "patients to a skin wash or usual care.\n\n")


@pytest.mark.parametrize("sentence, outcome", [
    ("Deep infections requiring another operation occurred in 1.4% of the skin wash group.",
     "deep infections requiring another operation"),
    ("Mild skin irritation was reported by 2.6% of patients in the skin wash group.",
     "mild skin irritation"),
])
def test_what_occurred_in_a_share_of_a_group_is_its_outcome(sentence, outcome):
    found = find(repair(HEAD + sentence), {})
    share = next(f for f in found.facts if f["kind"] == "proportion")
    assert found.outcomes[share["outcome"]]["label"]["en"]["plain"] == outcome
