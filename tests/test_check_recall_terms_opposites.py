"""A word of the sheet's term turned into its opposite (``term-swapped``): "arterial" for
"venous", "prospective" for "retrospective", "high-risk" for "low-risk", "clinical
trials" for cohort studies. Each faithful sentence raises nothing; the same sentence with
the word turned round is caught at the word; a sentence that sets the two apart, denies
the word or speaks of what is needed is left alone.

Sentences written here, in the six languages, against the reviewed sheets of the suite.
"""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in as alarms
from tests.corruption import said
from tests.test_check_real_errors import HSCT, RIVA, VITD, caught_at, check_pair


@pytest.mark.parametrize("sheet, lang, faithful, wrong, words", [
    (RIVA, "en", "Time in hospital for venous clots or bleeding was much shorter.",
     "Time in hospital for arterial clots or bleeding was much shorter.", "arterial"),
    (RIVA, "es", "Se midió el tiempo en el hospital por tromboembolia venosa o hemorragia.",
     "Se midió el tiempo en el hospital por tromboembolia arterial o hemorragia.",
     "arterial"),
    (RIVA, "it", "Si è misurato il tempo in ospedale per tromboembolia venosa o sanguinamento.",
     "Si è misurato il tempo in ospedale per tromboembolia arteriosa o sanguinamento.",
     "arteriosa"),
    (RIVA, "pt", "Mediu-se o tempo no hospital por tromboembolismo venoso ou hemorragia.",
     "Mediu-se o tempo no hospital por tromboembolismo arterial ou hemorragia.",
     "arterial"),
])
def test_venous_turned_arterial(sheet, lang, faithful, wrong, words):
    check_pair(sheet, lang, faithful, wrong, "term-swapped", words)


@pytest.mark.parametrize("sheet, lang, faithful, wrong, words", [
    (HSCT, "en", "It is worth knowing that the study was retrospective.",
     "It is worth knowing that the study was prospective.", "prospective"),
    (HSCT, "es", "Hay que saber que el análisis fue retrospectivo.",
     "Hay que saber que el análisis fue prospectivo.", "prospectivo"),
    (HSCT, "fr", "À noter : l'analyse était rétrospective.",
     "À noter : l'analyse était prospective.", "prospective"),
    (HSCT, "de", "Wichtig ist: Die Auswertung war retrospektiv.",
     "Wichtig ist: Die Auswertung war prospektiv.", "prospektiv"),
    (HSCT, "it", "Va detto che lo studio era retrospettivo.",
     "Va detto che lo studio era prospettico.", "prospettico"),
    (HSCT, "pt", "Convém dizer que os registos foram analisados de forma retrospetiva.",
     "Convém dizer que os doentes foram seguidos prospetivamente.", "prospetivamente"),
])
def test_retrospective_turned_prospective(sheet, lang, faithful, wrong, words):
    check_pair(sheet, lang, faithful, wrong, "term-swapped", words)


@pytest.mark.parametrize("sheet, lang, faithful, wrong, words", [
    (RIVA, "en", "All the patients had a clot in the lung judged to be low-risk.",
     "All the patients had a clot in the lung judged to be high-risk.", "high-risk"),
    (RIVA, "es", "Todos tenían una embolia pulmonar de bajo riesgo.",
     "Todos tenían una embolia pulmonar de alto riesgo.", "alto riesgo"),
    (RIVA, "it", "Tutti avevano un'embolia polmonare a basso rischio.",
     "Tutti avevano un'embolia polmonare ad alto rischio.", "alto rischio"),
])
def test_low_risk_turned_high_risk(sheet, lang, faithful, wrong, words):
    check_pair(sheet, lang, faithful, wrong, "term-swapped", words)


@pytest.mark.parametrize("sheet, lang, faithful, wrong, words", [
    (VITD, "en", "The analysis pooled data from 17 cohort studies.",
     "The analysis pooled data from 17 clinical trials.", "trials"),
    (VITD, "es", "El análisis reunió datos de 17 estudios de cohortes.",
     "El análisis reunió datos de 17 ensayos clínicos.", "ensayos clínicos"),
    (VITD, "pt", "A análise juntou dados de 17 estudos de coorte.",
     "A análise juntou dados de 17 ensaios clínicos.", "ensaios clínicos"),
])
def test_cohort_studies_turned_trials(sheet, lang, faithful, wrong, words):
    check_pair(sheet, lang, faithful, wrong, "term-swapped", words)


@pytest.mark.parametrize("sheet, lang, text", [
    (HSCT, "en", "The study was retrospective, not prospective."),
    (HSCT, "en", "A prospective study would be needed to be sure."),
    (HSCT, "es", "Haría falta un estudio prospectivo para saberlo."),
    (HSCT, "fr", "Il faudrait une étude prospective pour le savoir."),
    (HSCT, "de", "Eine prospektive Studie wäre nötig, um das zu klären."),
    (HSCT, "it", "Non si trattava di uno studio prospettico."),
    (RIVA, "en", "Unlike arterial clots, these clots form in the veins."),
    (RIVA, "en", "Patients at high risk were excluded."),
    (RIVA, "es", "No participaron pacientes de alto riesgo."),
    (VITD, "en", "Clinical trials would be needed to show that vitamin D protects."),
])
def test_an_opposite_set_apart_denied_or_wanted_is_left_alone(sheet, lang, text):
    found = [f for f in alarms(sheet, lang, text) if f.rule == "term-swapped"]
    assert not found, said(found)


def test_a_sheet_that_uses_both_sides_is_left_alone():
    """The vitamin D sheet calls its cohorts prospective: a text may too."""
    text = "The data came from 17 prospective cohorts."
    assert not caught_at(VITD, "en", text, "term-swapped", "prospective")
