"""A verb that keeps someone FROM a change ("kept MS from getting worse", "protected most
people from further worsening", "a préservé les patients de l'aggravation") says the
change did not happen: the direction after it is negated, as after "prevent" (issue 14;
a generated post of the project failed its own check on "kept ... from getting worse").
Only with its "from"/"de" right before the change: "their disability kept getting
worse" is a change that went on, still a flipped direction. Sentences written here in
wording of their own; the hsct sheet is observational, so a causal-claim may stand.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import HSCT, alarms, said

DIRECTION_RULES = {"direction-flipped", "negation-changed"}


def _directions(lang: str, text: str) -> list:
    return [f for f in alarms(HSCT, lang, text) if f.rule in DIRECTION_RULES]


@pytest.mark.parametrize("lang, text", [
    ("en", "A stem cell transplant kept multiple sclerosis (MS) from getting worse for "
           "years in a study of 210 people: at five years, 80% had no worsening."),
    ("en", "In a study of 210 people, the transplant protected most patients from further "
           "worsening of disability for five years."),
    ("en", "In a study of 210 people, the treatment saved most of them from a worsening "
           "of their disability."),
    ("en", "In a study of 210 people, the transplant shielded most patients from any "
           "further worsening."),
    ("fr", "Dans une étude de 210 personnes, la greffe a préservé la plupart des patients "
           "de l'aggravation du handicap."),
    ("fr", "Dans une étude de 210 personnes, la greffe a protégé la plupart des patients "
           "contre une aggravation du handicap."),
    ("es", "En un estudio con 210 personas, el trasplante impidió que la esclerosis "
           "múltiple empeorara durante años."),
    ("it", "In uno studio su 210 persone, il trapianto ha impedito alla sclerosi multipla "
           "di peggiorare per anni."),
    ("pt", "Num estudo com 210 pessoas, o transplante impediu que a esclerose múltipla "
           "piorasse durante anos."),
])
def test_kept_from_a_change_is_no_change(lang: str, text: str) -> None:
    found = _directions(lang, text)
    assert not found, said(found)


@pytest.mark.parametrize("lang, text", [
    ("en", "In a study of 210 people, their disability kept getting worse after the "
           "transplant."),
    ("fr", "Dans une étude de 210 personnes, le handicap a continué de s'aggraver chez "
           "les patients protégés."),
])
def test_a_change_that_went_on_is_still_flipped(lang: str, text: str) -> None:
    assert any(f.rule == "direction-flipped" for f in alarms(HSCT, lang, text)), said(
        alarms(HSCT, lang, text))
