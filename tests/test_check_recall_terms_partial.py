"""One word of a long form of the sheet's term swapped, the others kept in order
(``term-corrupted``): "hepatic stem cell transplant" for "haematopoietic stem cell
transplant". Each faithful sentence raises nothing; the same sentence with the one word
garbled is caught at the term; the sheet's own words in the term's place are no garble.

Sentences written here, in the six languages, against the reviewed sheets of the suite.
"""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in as alarms
from tests.corruption import said
from tests.test_check_real_errors import CHX, CT, HSCT, check_pair


@pytest.mark.parametrize("sheet, lang, faithful, wrong, words", [
    (HSCT, "en", "Everyone had a haematopoietic stem cell transplant in the study.",
     "Everyone had a hepatic stem cell transplant in the study.", "hepatic"),
    (HSCT, "fr", "Tous ont reçu une greffe de cellules souches hématopoïétiques.",
     "Tous ont reçu une greffe de cellules souches hépatiques.", "hépatiques"),
    (HSCT, "it", "Tutti hanno ricevuto cellule staminali ematopoietiche proprie.",
     "Tutti hanno ricevuto cellule staminali emorroidali proprie.", "emorroidali"),
    (HSCT, "pt", "Todos receberam células estaminais hematopoiéticas próprias.",
     "Todos receberam células estaminais hepáticas próprias.", "hepáticas"),
    (HSCT, "de", "Alle bekamen eine autologe hämatopoetische Stammzelltransplantation.",
     "Alle bekamen eine autologe hepatische Stammzelltransplantation.", "hepatische"),
    (CHX, "es", "Se midió la infección de la herida quirúrgica en el primer mes.",
     "Se midió la infección de la herida química en el primer mes.", "química"),
    (CT, "es", "Todos tenían síntomas de angina de pecho al llegar.",
     "Todos tenían síntomas de angina de pescado al llegar.", "pescado"),
])
def test_one_word_of_a_long_term_garbled(sheet, lang, faithful, wrong, words):
    check_pair(sheet, lang, faithful, wrong, "term-corrupted", words)


@pytest.mark.parametrize("sheet, lang, text", [
    (HSCT, "en", "Everyone had an autologous stem cell transplant in the study."),
    (HSCT, "en", "Everyone had a hematopoietic stem cell transplant in the study."),
    (HSCT, "fr", "Tous ont reçu une greffe de leurs propres cellules souches."),
])
def test_the_sheets_own_words_in_the_term_are_no_garble(sheet, lang, text):
    found = [f for f in alarms(sheet, lang, text) if f.rule == "term-corrupted"]
    assert not found, said(found)
