"""A mean whose own phrase names no measure ("a median of 7 days") takes what it measures
from the words around it, never the placeholder "value": the place the time was spent in
said after it, or what the clause a colon ends names. The texts are made up for these
tests; none is taken from a real release."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract.facts import find  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402
from plainsum_extract.subgroups import measure_around  # noqa: E402

HEAD = ("Care at home matches hospital care\n\nThe randomised trial assigned 400 adults with "
        "pneumonia to care at home or to usual hospital care.\n\n")


def _at(text: str) -> tuple[int, int]:
    m = re.search(r"(?:a\s+)?(?:mean|median)\s+(?:of\s+)?\d+(?:\.\d+)?(?:\s+days)?", text)
    assert m is not None
    return m.start(), m.end()


@pytest.mark.parametrize("sentence, words", [
    ("Patients spent a median of 7 days in the hospital.", "days in the hospital"),
    ("Patients stayed a median of 4 days in intensive care.", "days in intensive care"),
    ("Patients treated at home spent more days alive and out of hospital: a mean of 78.3 "
     "days.", "days alive and out of hospital"),
])
def test_the_measure_is_read_around_the_mean(sentence: str, words: str) -> None:
    got = measure_around(sentence, *_at(sentence), "day")
    assert got is not None and got[0] == words


@pytest.mark.parametrize("sentence", [
    "Patients were followed for a median of 7 days.",  # no place, no clause: left out
    "Patients spent a median of 7 days, and most went home.",
    "The result was similar: a median of 7 days.",  # a verdict names no measure
])
def test_no_measure_is_made_up(sentence: str) -> None:
    assert measure_around(sentence, *_at(sentence), "day") is None


def test_the_draft_names_the_measure_not_a_placeholder() -> None:
    found = find(repair(HEAD + "Patients in both groups spent a median of 7 days in the "
                        "hospital."), {})
    fact = next(f for f in found.facts if f.get("kind") == "mean" and f.get("value") == 7)
    assert fact["measure"] != "value"
    assert "hospital" in fact["measure"]
