"""The sheet's organisations and journal named wrongly: a word of a name swapped for one
the sheet never uses, the name's words shuffled, another journal in the journal's place,
another body of the same make-up ("term-corrupted", "term-swapped"). Each faithful
sentence raises nothing; the same sentence with the name changed is caught at it.

Sentences written here, in the six languages, against the reviewed sheets of the suite.
"""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in as alarms
from tests.corruption import said
from tests.test_check_real_errors import CHX, CT, RIVA, VITD, caught_at


def _pair(sheet: str, lang: str, faithful: str, wrong: str, words: str) -> None:
    assert not alarms(sheet, lang, faithful), said(alarms(sheet, lang, faithful))
    assert (caught_at(sheet, lang, wrong, "term-corrupted", words)
            or caught_at(sheet, lang, wrong, "term-swapped", words)), said(
        alarms(sheet, lang, wrong))


@pytest.mark.parametrize("sheet, lang, faithful, wrong, words", [
    (CT, "en", "The work was led from the BHF Centre for Cardiovascular Science in Scotland.",
     "The work was led from the BHF Centre for Cardiovascular Surgery in Scotland.",
     "Cardiovascular Surgery"),
    (CT, "it", "Lo studio è stato guidato dall'Università di Edimburgo.",
     "Lo studio è stato guidato dall'Università di Amburgo.", "Amburgo"),
    (CT, "es", "El estudio lo dirigió la Universidad de Edimburgo.",
     "El estudio lo dirigió la Universidad de Estrasburgo.", "Estrasburgo"),
    (CHX, "en", "Support came from the Department of Obstetrics and Gynecology.",
     "Support came from the Department of Obstetrics and Dermatology.", "Dermatology"),
    (CHX, "pt", "O artigo saiu na revista The New England Journal of Medicine.",
     "O artigo saiu na revista The New England Journal of Nursing.", "Nursing"),
])
def test_a_word_of_a_name_swapped(sheet, lang, faithful, wrong, words):
    _pair(sheet, lang, faithful, wrong, words)


@pytest.mark.parametrize("sheet, lang, faithful, wrong, words", [
    (CT, "en", "The results appear in The New England Journal of Medicine.",
     "The results appear in The England New Journal of Medicine.", "England New"),
    (CHX, "fr", "L'article est paru dans The New England Journal of Medicine.",
     "L'article est paru dans The New Journal England of Medicine.", "Journal England"),
])
def test_a_name_shuffled(sheet, lang, faithful, wrong, words):
    _pair(sheet, lang, faithful, wrong, words)


@pytest.mark.parametrize("sheet, lang, faithful, wrong, words", [
    (VITD, "de", "Die Arbeit erschien in der Zeitschrift Journal of the National Cancer "
     "Institute.", "Die Arbeit erschien in der Zeitschrift The Lancet.", "Lancet"),
    (RIVA, "en", "The trial was reported in the journal Academic Emergency Medicine.",
     "The trial was reported in the journal Annals of Internal Medicine.", "Annals"),
    (RIVA, "es", "El ensayo se publicó en la revista Academic Emergency Medicine.",
     "El ensayo se publicó en la revista Annals of Emergency Medicine.", "Annals"),
    (CT, "fr", "Les résultats sont parus dans la revue The New England Journal of Medicine.",
     "Les résultats sont parus dans la revue Circulation.", "Circulation"),
    (VITD, "it", "I dati sono usciti sul Journal of the National Cancer Institute.",
     "I dati sono usciti sul Journal of Clinical Nutrition.", "Clinical Nutrition"),
])
def test_another_journal(sheet, lang, faithful, wrong, words):
    _pair(sheet, lang, faithful, wrong, words)


@pytest.mark.parametrize("sheet, lang, faithful, wrong, words", [
    (VITD, "en", "The pooled analysis was led by the American Cancer Society.",
     "The pooled analysis was led by the American Diabetes Association.", "Diabetes"),
    (VITD, "es", "El análisis lo coordinó la Sociedad Americana contra el Cáncer.",
     "El análisis lo coordinó la Sociedad Americana de Nutrición.", "Nutrición"),
    (CT, "es", "Lo firmó el Centro de Ciencias Cardiovasculares de la British Heart "
     "Foundation.", "Lo firmó el Centro de Cirugía Torácica de la British Heart Foundation.",
     "Cirugía"),
])
def test_another_body(sheet, lang, faithful, wrong, words):
    _pair(sheet, lang, faithful, wrong, words)


@pytest.mark.parametrize("sheet, lang, text", [
    # a heading in capitals and a spelling variant of a name's word are no other body
    (CHX, "en", "JOURNAL CLUB. Support came from the Department of Obstetrics and "
     "Gynaecology."),
    (CT, "de", "Die Studie erschien im New England Journal of Medicine."),
    (CT, "en", "The study was led by the University of Edinburgh and its BHF Centre."),
])
def test_faithful_forms_of_names(sheet, lang, text):
    found = [f for f in alarms(sheet, lang, text) if f.rule.startswith("term-")]
    assert not found, said(found)
