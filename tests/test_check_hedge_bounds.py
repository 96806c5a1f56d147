"""The sheet's "about X" said as a bound on one side ("more than a quarter", "at least a
quarter", "up to a quarter") is a reversed hedge, an error: the figure the sheet gives
only roughly may lie on the other side ("at least 25 %" is false of a rough 25 % that was
24 %, as "more than" is)."""

from __future__ import annotations

import pytest

from tests import corruption as C

SHEET = "ct-heart-scan-2018"  # an earlier study reclassified about 25 % of diagnoses

CASES = [
    ("en", "In an earlier study, about a quarter of the diagnoses were changed.",
     "In an earlier study, more than a quarter of the diagnoses were changed."),
    ("en", "In an earlier study, about a quarter of the diagnoses were changed.",
     "In an earlier study, less than a quarter of the diagnoses were changed."),
    ("de", "In einer früheren Studie änderte sich bei etwa jedem Vierten die Diagnose.",
     "In einer früheren Studie änderte sich bei weniger als jedem Vierten die Diagnose."),
    ("fr", "Dans une étude antérieure, environ un quart des diagnostics ont changé.",
     "Dans une étude antérieure, plus d'un quart des diagnostics ont changé."),
    ("es", "En un estudio anterior, cambió el diagnóstico de alrededor de una cuarta parte.",
     "En un estudio anterior, cambió el diagnóstico de más de una cuarta parte."),
]


def _rules(lang: str, text: str) -> set[tuple[str, str]]:
    return {(f.rule, f.severity) for f in C.alarms_in(SHEET, lang, text)}


@pytest.mark.parametrize("lang,faithful,bounded", CASES)
def test_about_said_as_a_strict_bound_is_reversed(lang, faithful, bounded):
    assert ("hedge-reversed", "error") not in _rules(lang, faithful)
    assert ("hedge-reversed", "error") in _rules(lang, bounded)


def test_at_least_and_up_to_for_about_are_reversed():
    for bound in ("at least", "up to"):
        found = _rules("en", f"In an earlier study, {bound} a quarter of the diagnoses "
                             "were changed.")
        assert ("hedge-reversed", "error") in found, bound
