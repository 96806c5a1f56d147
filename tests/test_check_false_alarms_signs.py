"""False alarms of the sign of a difference written with an en dash for its minus
(issue 11): "Difference: –28.8 hours with rivaroxaban" is the sheet's −28.8, as a hyphen
or a minus sign would be. The same figure with a plus is still caught. Sentences written
here in wording of their own.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import RIVA, alarms, caught_at, said


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Difference in the main result: {s}28.8 hours with rivaroxaban over 30 days."),
    ("es", "Diferencia en el resultado principal: {s}28,8 horas con rivaroxabán en 30 días."),
    ("fr", "Différence sur le critère principal : {s}28,8 heures avec le rivaroxaban à 30 "
     "jours."),
    ("de", "Unterschied im Hauptergebnis: {s}28,8 Stunden mit Rivaroxaban in 30 Tagen."),
    ("it", "Differenza nel risultato principale: {s}28,8 ore con rivaroxaban a 30 giorni."),
    ("pt", "Diferença no resultado primário: {s}28,8 horas com rivaroxabano em 30 dias."),
])
def test_an_en_dash_for_a_minus(lang, sentence):
    faithful = sentence.format(s="\u2013")
    assert not alarms(RIVA, lang, faithful), said(alarms(RIVA, lang, faithful))
    wrong = sentence.format(s="+")
    assert caught_at(RIVA, lang, wrong, "sign-flipped", "28"), said(alarms(RIVA, lang, wrong))


def test_an_en_dash_between_two_figures_is_a_range():
    text = "Patients spent 4.8\u201333.6 hours in hospital over 30 days."
    assert not any(f.rule == "sign-flipped" for f in alarms(RIVA, "en", text))
