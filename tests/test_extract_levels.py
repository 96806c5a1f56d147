"""Extract reads the level of an exposure a figure is said of right beside it ("1.15 for
one or two courses, 1.31 for three to five courses") as that figure's own group, never
carried to the next sentence, and counts the places a study ran in even inside the words
of the people counted first ("patients who had surgery at 172 hospitals"). The texts are
made up for these tests; none is taken from a real release."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract.facts import find  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402
from plainsum_extract.subgroups import level_beside  # noqa: E402

HEAD = ("Antibiotics tied to early bowel cancer\n\nThe case-control study compared 9,000 "
        "adults with bowel cancer with 36,000 adults without it.\n\n")


def _found(body: str):
    return find(repair(HEAD + body), {})


def _group(found, value: float) -> str | None:
    fact = next(f for f in found.facts if f.get("value") == value)
    g = found.groups.get(fact.get("group") or "")
    return g.label if g else fact.get("group")


def _at(text: str, figure: str) -> tuple[int, int]:
    start = text.index(figure)
    return start, start + len(figure)


@pytest.mark.parametrize("sentence, figure, words", [
    ("The odds ratio was 1.15 (1.01 to 1.32) for one or two courses and 1.54 for more "
     "than five courses.", "1.15", "one or two courses"),
    ("The odds ratio was 1.15 (1.01 to 1.32) for one or two courses and 1.54 for more "
     "than five courses.", "1.54", "more than five courses"),
    ("Death was more likely after a 24- to 36-hour wait (odds ratio 1.14, 95% CI 1.09 to "
     "1.20).", "1.14", "24- to 36-hour wait"),
    ("The hazard ratio was 0.79 in the highest quartile.", "0.79", "highest quartile"),
    ("Relapse was rarer in the 14-day group (risk ratio 0.88).", "0.88", "14-day group"),
    ("The odds ratio was 1.31 for 3 to 5 doses.", "1.31", "3 to 5 doses"),
])
def test_a_level_said_beside_a_figure_is_its_group(sentence: str, figure: str,
                                                    words: str) -> None:
    got = level_beside(sentence, *_at(sentence, figure))
    assert got is not None and words in got[0]


@pytest.mark.parametrize("sentence, figure", [
    ("The hazard ratio was 0.80 after 12 weeks.", "0.80"),  # a time point, no level
    ("The odds ratio was 1.20 in 2019.", "1.20"),  # a year
    ("The odds ratio was 1.40 for type 2 diabetes.", "1.40"),  # an outcome
    ("The odds ratio was 1.40 for 30-day mortality.", "1.40"),  # an outcome with a time
])
def test_a_time_a_year_or_an_outcome_is_no_level(sentence: str, figure: str) -> None:
    assert level_beside(sentence, *_at(sentence, figure)) is None


def test_each_level_of_a_list_keeps_its_own_group_and_the_next_sentence_none_of_them() -> None:
    found = _found("The odds of bowel cancer rose with the number of courses. Compared "
                   "with no antibiotics, the adjusted odds ratio was 1.15 (1.01 to 1.32) "
                   "for one or two courses and 1.54 (1.30 to 1.83) for more than five "
                   "courses. The link was seen for cancers of the colon (odds ratio 1.49; "
                   "95% CI 1.29 to 1.72).")
    assert "one or two" in (_group(found, 1.15) or "")
    assert "more than five" in (_group(found, 1.54) or "")
    assert "courses" not in (_group(found, 1.49) or "")
    # the named ratio keeps its own bare interval, as its siblings do
    first = next(f for f in found.facts if f.get("value") == 1.15)
    assert first.get("ci") == [1.01, 1.32]


def _counts(found) -> dict[float, str]:
    return {f["value"]: (_group(found, f["value"]) or "") for f in found.facts
            if f.get("kind") == "count"}


def test_places_counted_inside_the_words_of_the_people_counted() -> None:
    found = _found("Researchers studied 141,902 patients who had surgery at 172 hospitals in "
                   "Canada. The trial ran at 161 sites in 14 countries.")
    got = _counts(found)
    assert "hospitals" in got.get(172, "")
    assert "countries" in got.get(14, "")
    assert "sites" in got.get(161, "")


def test_a_number_of_things_that_are_no_places_is_no_place_count() -> None:
    found = _found("Researchers studied 141,902 patients who had taken 3 courses of "
                   "antibiotics in 2019.")
    got = _counts(found)
    assert 3 not in got and 2019 not in got
