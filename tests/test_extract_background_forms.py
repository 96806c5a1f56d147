"""Extract drafts a figure of earlier work, of an official survey or of an original report
as background, never as the study's result, and still reads the study's own figure in the
same release as a result. The texts are made up for these tests; none is taken from a
real release."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract.facts import find  # noqa: E402
from plainsum_extract.quantity_forms import words_after  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402

HEAD = ("Balance classes cut falls in older adults, trial finds\n\nA randomised trial "
        "enrolled 1,800 adults aged 70 or older. Those who took weekly balance classes had "
        "27 percent fewer falls over two years than those given a leaflet (rate ratio 0.73; "
        "95% CI 0.61 to 0.87).\n\n")


def _role(body: str, value: float) -> str:
    found = find(repair(HEAD + body), {})
    fact = next(f for f in found.facts if f.get("value") == value)
    return fact.get("role") or "result"


@pytest.mark.parametrize("sentence, value", [
    ("A 2018 individual-patient meta-analysis suggested that exercise might reduce falls "
     "by 21 percent.", 21),
    ("The most recent national survey found that 32 percent of older adults had a fall.",
     32),
    ("In its original report, the programme reduced falls by 35 percent over one year "
     "compared with a leaflet.", 35),
    ("Evidence on whether classes prevent fractures is mixed: one trial found that they "
     "cut fractures by 12 percent.", 12),
])
def test_a_figure_of_earlier_work_or_a_survey_is_background(sentence, value):
    assert _role(sentence, value) == "background"


def test_the_studys_own_figure_beside_them_stays_a_result():
    body = ("A 2018 individual-patient meta-analysis suggested that exercise might reduce "
            "falls by 21 percent.")
    assert _role(body, 27) == "result"
    assert _role(body, 0.73) == "result"


@pytest.mark.parametrize("text, words", [
    ("3.4-fold more interleukin-8 in the samples", "interleukin-8"),
    (" infections after surgery", "infections after surgery"),
    (" of online sessions", "online sessions"),
])
def test_outcome_words_keep_a_word_that_starts_like_a_preposition(text, words):
    said = words_after(text, text.find("more") + 4 if "more" in text else 0)
    assert said is not None and said[0].startswith(words.split()[0])
