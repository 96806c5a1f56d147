"""Faithful wordings the checker read as errors: two nouns of one verb ("escaneo" and
"escáner", a vowel and a consonant ending a long stem) are one term's word, not a
garble of it; a letter swapped inside the word still is."""

from __future__ import annotations

import pytest

from . import corruption as C

CT = "ct-heart-scan-2018"


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Un escaneo del corazón para personas con dolor de pecho. El escaneo tuvo buenos "
           "resultados."),
    ("es", "Un escáner del corazón para personas con dolor de pecho."),
])
def test_a_noun_of_the_same_verb_is_no_garble(lang, text):
    assert [f.found for f in C.alarms_in(CT, lang, text) if f.rule == "term-corrupted"] == []


def test_a_letter_swapped_inside_a_term_is_still_a_garble():
    found = C.alarms_in("hsct-ms-2021", "en", "A stem cell transplanc helped.")
    assert [f.rule for f in found] == ["term-corrupted"]


def test_a_capitalised_word_of_a_proper_name_is_no_garbled_term():
    text = ("La investigación fue financiada por la Oficina del Científico Jefe del Gobierno "
            "Escocés. Un escaneo del corazón ayudó.")
    assert [f.found for f in C.alarms_in(CT, "es", text) if f.rule == "term-corrupted"] == []


@pytest.mark.parametrize(("sheet", "lang", "text"), [
    ("rivaroxaban-pe-2018", "fr", "Un caillou dans le poumon, à faible risque."),
    ("rivaroxaban-pe-2018", "de", "Können Patienten mit Lungenembolik und niedrigem Risiko "
                                  "früh nach Hause?"),
])
def test_a_last_letter_swapped_for_another_is_still_a_garble(sheet, lang, text):
    assert "term-corrupted" in [f.rule for f in C.alarms_in(sheet, lang, text)]
