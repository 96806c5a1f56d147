"""Another real antiseptic, operation, heart test or disease put in place of the sheet's
(``term-swapped``): hydrogen peroxide for chlorhexidine, a hysterectomy for a caesarean,
a scintigraphy or a cardiac catheter for a CT scan, asthma or an arrhythmia for angina.
Each faithful sentence raises nothing; the same sentence with the other term is caught
at it; the other term denied is left alone.

Sentences written here, in the six languages, against the reviewed sheets of the suite.
"""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in as alarms
from tests.corruption import said
from tests.test_check_real_errors import CHX, CT, check_pair


@pytest.mark.parametrize("sheet, lang, faithful, wrong, words", [
    (CHX, "en", "Of the women, 572 had their skin cleaned with chlorhexidine-alcohol.",
     "Of the women, 572 had their skin cleaned with hydrogen peroxide.", "peroxide"),
    (CHX, "es", "De ellas, 572 recibieron clorhexidina con alcohol.",
     "De ellas, 572 recibieron agua oxigenada con alcohol.", "oxigenada"),
    (CHX, "it", "Di queste, 572 hanno ricevuto clorexidina in alcol.",
     "Di queste, 572 hanno ricevuto acqua ossigenata in alcol.", "ossigenata"),
    (CHX, "de", "Davon bekamen 572 Frauen Chlorhexidin-Alkohol.",
     "Davon bekamen 572 Frauen Wasserstoffperoxid.", "Wasserstoffperoxid"),
    (CHX, "en", "The 1,147 women in the trial all had a caesarean.",
     "The 1,147 women in the trial all had a hysterectomy.", "hysterectomy"),
    (CHX, "fr", "Les 1 147 femmes de l'essai ont toutes eu une césarienne.",
     "Les 1 147 femmes de l'essai ont toutes eu une hystérectomie.", "hystérectomie"),
    (CHX, "pt", "As 1.147 mulheres do ensaio fizeram todas uma cesariana.",
     "As 1.147 mulheres do ensaio fizeram todas uma histerectomia.", "histerectomia"),
])
def test_another_antiseptic_or_operation(sheet, lang, faithful, wrong, words):
    check_pair(sheet, lang, faithful, wrong, "term-swapped", words)


@pytest.mark.parametrize("sheet, lang, faithful, wrong, words", [
    (CT, "es", "Más de 4.000 pacientes tenían síntomas de angina de pecho.",
     "Más de 4.000 pacientes tenían síntomas de asma.", "asma"),
    (CT, "it", "Oltre 4.000 pazienti avevano sintomi di angina.",
     "Oltre 4.000 pazienti avevano sintomi di aritmia.", "aritmia"),
    (CT, "fr", "Sur plus de 4 000 patients, la moitié a eu un coroscanner.",
     "Sur plus de 4 000 patients, la moitié a eu une scintigraphie.", "scintigraphie"),
    (CT, "de", "Von mehr als 4.000 Patienten bekam die Hälfte eine CT-Koronarangiografie.",
     "Von mehr als 4.000 Patienten bekam die Hälfte eine Herzkatheteruntersuchung.",
     "Herzkatheteruntersuchung"),
])
def test_another_heart_test_or_disease(sheet, lang, faithful, wrong, words):
    check_pair(sheet, lang, faithful, wrong, "term-swapped", words)


@pytest.mark.parametrize("sheet, lang, text", [
    (CHX, "en", "Of the women, 572 had chlorhexidine-alcohol; hydrogen peroxide was not used."),
    (CT, "it", "Oltre 4.000 pazienti avevano sintomi di angina, non di aritmia."),
])
def test_another_term_denied_is_left_alone(sheet, lang, text):
    found = [f for f in alarms(sheet, lang, text) if f.rule == "term-swapped"]
    assert not found, said(found)
