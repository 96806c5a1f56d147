"""A word of one of the sheet's group or outcome labels swapped for a look-alike beside
its kept neighbour (plugins/plainsum_checks/label_garbles.py), and the faithful ways of
saying the same labels that must raise no alarm."""

from __future__ import annotations

import pytest

from tests import corruption as C


def _garbled(sheet: str, lang: str, text: str) -> list[str]:
    return [f.found for f in C.alarms_in(sheet, lang, text) if f.rule == "term-corrupted"]


@pytest.mark.parametrize(("sheet", "lang", "text", "word"), [
    ("rivaroxaban-pe-2018", "es",
     "Los pacientes con embolia pulmonar de bajo riego pasaron menos horas ingresados.",
     "riego"),
    ("rivaroxaban-pe-2018", "pt", "Horas no hospital por tromboembolismo venenoso ou hemorragia.",
     "venenoso"),
    ("rivaroxaban-pe-2018", "de",
     "Patienten mit Lungenembolie und niedrigem Risotto wurden früh entlassen.", "Risotto"),
    ("rivaroxaban-pe-2018", "fr", "Une consultation médiévale a eu lieu dans les 90 jours.",
     "médiévale"),
    ("rivaroxaban-pe-2018", "en",
     "Patients spent fewer hours in hospital for venus thromboembolism or bleeding.", "venus"),
    ("vitamin-d-colorectal-2018", "it",
     "Le persone con concentrazioni emetiche di vitamina D più basse avevano più tumori.",
     "emetiche"),
])
def test_a_look_alike_of_a_label_word_beside_its_neighbour_is_a_garble(
        sheet: str, lang: str, text: str, word: str) -> None:
    assert any(word in found for found in _garbled(sheet, lang, text)), C.said(
        C.alarms_in(sheet, lang, text))


@pytest.mark.parametrize(("sheet", "lang", "text"), [
    # inflected forms of the label's words, and the label's verbs in other tenses
    ("rivaroxaban-pe-2018", "es",
     "Los pacientes con embolias pulmonares de bajo riesgo pasaron menos horas por "
     "tromboembolias venosas."),
    ("rivaroxaban-pe-2018", "de",
     "Die Zahl der venösen Thromboembolien war gering; nach der frühen Entlassung gingen "
     "sie nach Hause."),
    ("rivaroxaban-pe-2018", "fr",
     "Les patients renvoyés tôt ont eu moins de consultations médicales."),
    ("rivaroxaban-pe-2018", "en",
     "Patients who were sent home early spent fewer hours in hospital for venous "
     "thromboembolisms."),
    ("rivaroxaban-pe-2018", "pt",
     "Os doentes que ficam internados têm tromboembolismos venosos com mais frequência."),
    # an adjective of the label's noun, a superlative of kinds, words reordered
    ("rivaroxaban-pe-2018", "es",
     "La enfermedad tromboembólica venosa es la forma más común; el riesgo era bajo."),
    ("vitamin-d-colorectal-2018", "it",
     "Le persone con basse concentrazioni ematiche di vitamina D avevano più tumori; la "
     "forma più comune è il tumore del colon."),
    ("vitamin-d-colorectal-2018", "de",
     "Menschen, die an Darmkrebs erkrankten, hatten öfter wenig Vitamin D."),
])
def test_forms_of_the_labels_words_are_no_garble(sheet: str, lang: str, text: str) -> None:
    assert not _garbled(sheet, lang, text), C.said(C.alarms_in(sheet, lang, text))
