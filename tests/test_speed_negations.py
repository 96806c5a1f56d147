"""The negation rules' cheap first tests rule out only texts their patterns could not match:
"not significant" is looked for only in a text holding "signifi" (in any case), and a verb
of knowing only in a text holding one of the limitation's own verbs as a word."""

from __future__ import annotations

import pytest
from plainsum_checks.negations import _NOT_SIGNIFICANT

from tests import corruption as C

CHX = "chlorhexidine-csection-2016"
HSCT = "hsct-ms-2021"


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (``|`` outside any group)."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(pattern):
        if ch == "(" and pattern[i - 1:i] != "\\":
            depth += 1
        elif ch == ")" and pattern[i - 1:i] != "\\":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    return [*out, pattern[start:]]


@pytest.mark.parametrize("lang", sorted(_NOT_SIGNIFICANT))
def test_every_form_of_not_significant_holds_the_sieves_letters(lang):
    for alternative in _alternatives(_NOT_SIGNIFICANT[lang]):
        assert "signifi" in alternative, alternative


FIGURES = ("Within 30 days, 23 of 572 women (4.0%) with chlorhexidine and 42 of 575 "
           "(7.3%) with iodine got a wound infection. ")


@pytest.mark.parametrize("said", ["The difference was NOT STATISTICALLY SIGNIFICANT.",
                                  "The difference was Not Significant."])
def test_not_significant_in_capitals_is_still_read(said):
    rules = [f.rule for f in C.alarms_in(CHX, "en", FIGURES + said)]
    assert "negation-changed" in rules
    affirmed = said.replace("NOT ", "").replace("Not ", "")
    rules = [f.rule for f in C.alarms_in(CHX, "en", FIGURES + affirmed)]
    assert "negation-changed" not in rules


def _negation(lang: str, text: str) -> list[str]:
    return [f.rule for f in C.alarms_in(HSCT, lang, text) if f.rule == "negation-changed"]


@pytest.mark.parametrize("lang,faithful,changed", [
    ("en", "THE DOCTORS WHO ASSESSED DISABILITY KNEW WHO HAD THE TRANSPLANT.",
     "THE DOCTORS WHO ASSESSED DISABILITY DIDN'T KNOW WHO HAD THE TRANSPLANT."),
    ("es", "LOS MÉDICOS QUE EVALUARON LA DISCAPACIDAD SABÍAN QUIÉN SE HABÍA TRASPLANTADO.",
     "LOS MÉDICOS QUE EVALUARON LA DISCAPACIDAD NO SABÍAN QUIÉN SE HABÍA TRASPLANTADO."),
])
def test_a_verb_of_knowing_in_capitals_is_still_read(lang, faithful, changed):
    assert _negation(lang, faithful) == []
    assert _negation(lang, changed) == ["negation-changed"]


def test_a_text_without_the_limitations_verb_is_left_alone():
    # "unaware" holds a verb of knowing but is none of the limitation's words
    assert _negation("en", "The doctors who assessed disability were not unaware of the "
                           "transplant.") == []
