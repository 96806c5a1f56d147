"""A share given with its count, "31 of 421 walkers (7.4%)", is of the people its count
names, not of the arm the sentence before named last; and an arm called by a common head
noun ("usual care") is not mentioned by that noun alone ("a fall that needed medical
care"). Made-up texts."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

TEXT = """Walking programme cuts falls in older adults, trial finds

Researchers ran a randomised controlled trial in 842 adults aged 65 or over, who were
assigned to a group walking programme or usual care for 12 months.

Over the year, 31 of 421 walkers (7.4%) had a fall that needed medical care, compared with
52 of 421 people in usual care (12.4%).
"""


def shares(text: str) -> dict[float, dict]:
    data = extract_draft(text, source="t", lang="en", bank={}).data
    return {f["value"]: f for f in data["facts"] if f["kind"] == "proportion"}


def test_the_counted_people_name_the_group() -> None:
    got = shares(TEXT)
    assert got[7.4]["group"] == "walking-programme", got[7.4]
    assert got[12.4]["group"] == "usual-care"
    assert got[7.4]["count"] == 31 and got[7.4]["of"] == 421


def test_the_other_arm_counted_takes_the_other_group() -> None:
    """The paired error: the same sentence with the arms' figures the other way round
    gives each figure the other arm (a sheet with the groups swapped is caught)."""
    text = TEXT.replace("31 of 421 walkers (7.4%)", "52 of 421 people in usual care (12.4%)",
                        1).replace("compared with\n52 of 421 people in usual care (12.4%)",
                                   "compared with 31 of 421 walkers (7.4%)")
    got = shares(text)
    assert got[12.4]["group"] == "usual-care" and got[7.4]["group"] == "walking-programme"


def test_a_common_head_noun_alone_is_no_mention_of_the_arm() -> None:
    from plainsum_extract import classify, groups, segment
    from plainsum_extract.repair import repair
    from plainsum_extract.state import State

    st = State(repair(TEXT), {})
    segment.segment(st)
    classify.classify(st)
    groups.find_groups(st)
    assert groups.mentions(st, "a fall that needed medical care") == []
    said = groups.mentions(st, "people in usual care")
    assert [gid for _, _, gid in said] == ["usual-care"]  # the arm's own words still do
