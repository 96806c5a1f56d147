"""The journal in more of the ways a release names it: "published by The BMJ today", a
fact box's "Journal: The Lancet Neurology", a name with a list in it ("Journal of
Neurology, Neurosurgery & Psychiatry"); "published by the researchers" or by a
university names no journal. The texts are made up for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract.facts import find  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402

BODY = ("Sleep and memory\n\nAdults who slept seven hours had 12% fewer memory problems, "
        "according to a study of 4,100 adults. {said}\n\nThe study was funded by a charity.")


def journal(said: str) -> str | None:
    found = find(repair(BODY.format(said=said)), {})
    return found.journal[0] if found.journal else None


@pytest.mark.parametrize("said, name", [
    ("The findings were published by The BMJ today.", "The BMJ"),
    ("The review was published online by JAMA Network Open.", "JAMA Network Open"),
    ("It is published in the Journal of Neurology, Neurosurgery & Psychiatry.",
     "Journal of Neurology, Neurosurgery & Psychiatry"),
    ("It is published in the Journal of Sleep Research, with a commentary.",
     "Journal of Sleep Research"),
])
def test_the_journal_is_read(said, name):
    assert journal(said) == name


def test_a_fact_box_line_names_the_journal():
    text = BODY.format(said="") + "\n\nJournal: The Lancet Neurology\nDOI: 10.1016/x"
    found = find(repair(text), {})
    assert found.journal is not None and found.journal[0] == "The Lancet Neurology"


@pytest.mark.parametrize("said", [
    "The results were published by the researchers on a preprint server.",
    "The report was published by Northfield University.",
])
def test_a_publisher_that_is_no_journal_is_not_taken(said):
    assert journal(said) is None
