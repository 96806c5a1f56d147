"""What a figure's outcome says (``plainsum extract``, attach stage): whole phrases, never
cut in the middle, without the reporting verb or the reason; and a rate ("two hours a
week") is no time point. Every text here is made up for the test; none comes from a
release."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract.attach import _after_phrase, _time_points  # noqa: E402
from plainsum_extract.groups import label_problem  # noqa: E402


@pytest.mark.parametrize("words, outcome", [
    # two things done: the first, not a fragment of the second
    (" had sold their car or moved to a smaller flat near the clinic.", "had sold their car"),
    # what they said they did, not why
    (" said they had stopped or delayed their own dental visits because of the fees.",
     "had stopped or delayed their own dental visits"),
    (" reported that they slept badly.", "slept badly"),
    (" had a fall.", "had a fall"),
])
def test_an_outcome_is_a_whole_phrase(words, outcome):
    got = _after_phrase(words)
    assert got == outcome
    assert label_problem(got, outcome=True) is None


@pytest.mark.parametrize("sentence, times", [
    ("Gardeners who dug at least three hours a week had 20% fewer falls over six years.",
     ["over six years"]),
    ("Walking 30 minutes per day cut pain by 10% at 12 weeks.", ["at 12 weeks"]),
])
def test_a_rate_is_no_time_point(sentence, times):
    found, _, _ = _time_points(sentence)
    assert [t.group(0).strip() for t in found] == times
