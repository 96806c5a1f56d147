"""Another disease, symptom or procedure of several words put in place of the sheet's
(``term-swapped``): a stroke for a heart attack, shortness of breath or heart failure for
chest pain or angina, anaesthesia for surgery. The word lists of single words miss them.
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
    (CT, "pt", "Em cinco anos, houve 40% menos enfartes do miocárdio no grupo da TAC.",
     "Em cinco anos, houve 40% menos acidentes vasculares cerebrais no grupo da TAC.",
     "acidentes vasculares cerebrais"),
    (CT, "fr", "Sur cinq ans, il y a eu 40 % d'infarctus en moins dans le groupe scanner.",
     "Sur cinq ans, il y a eu 40 % d'AVC en moins dans le groupe scanner.", "AVC"),
    (CT, "en", "More than 4,000 people were sent to a heart clinic with chest pain.",
     "More than 4,000 people were sent to a heart clinic with shortness of breath.",
     "shortness of breath"),
    (CT, "it", "Più di 4.000 pazienti avevano sintomi di angina.",
     "Più di 4.000 pazienti avevano sintomi di scompenso cardiaco.", "scompenso cardiaco"),
    (CHX, "de", "Von den 1.147 Frauen bekamen einige nach der Operation eine Wundinfektion.",
     "Von den 1.147 Frauen bekamen einige nach der Anästhesie eine Wundinfektion.",
     "Anästhesie"),
    (CHX, "es", "Las 1.147 mujeres tuvieron una cesárea entre 2011 y 2015.",
     "Las 1.147 mujeres tuvieron una anestesia entre 2011 y 2015.", "anestesia"),
])
def test_another_term_of_several_words(sheet, lang, faithful, wrong, words):
    check_pair(sheet, lang, faithful, wrong, "term-swapped", words)


@pytest.mark.parametrize("sheet, lang, text", [
    (CT, "pt", "Em cinco anos, houve 40% menos enfartes no grupo da TAC; o estudo não "
     "mediu o acidente vascular cerebral."),
    (CT, "en", "More than 4,000 people were sent to a heart clinic with chest pain, not "
     "with shortness of breath."),
])
def test_another_term_denied_is_left_alone(sheet, lang, text):
    found = [f for f in alarms(sheet, lang, text) if f.rule == "term-swapped"]
    assert not found, said(found)
