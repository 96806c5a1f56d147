"""term-corrupted on words that are another form of a term's word, not a look-alike: the
inflected adjective of a German compound's first part ("kolorektalem Krebs" beside
"Kolorektalkarzinom"), the plural in -es of a three-letter word ("dores no peito"), the
verb of a noun of action ("a ferida infetar" for "infeção na ferida"), and a long stem
with a vowel ending ("escaneo" beside "escáner"). Each is paired with the same sentence
garbled, still caught."""

from __future__ import annotations

import pytest

from tests import corruption as C


def _corrupted(sheet: str, lang: str, text: str) -> list[str]:
    return [f.found for f in C.alarms_in(sheet, lang, text) if f.rule == "term-corrupted"]


@pytest.mark.parametrize("sheet,lang,faithful,garbled,found", [
    ("vitamin-d-colorectal-2018", "de",
     "Es geht um Darmkrebs. Höhere Werte waren mit einem niedrigeren Risiko von kolorektalem "
     "Krebs verbunden.",
     "Es geht um Darmkrebs. Höhere Werte waren mit einem niedrigeren Risiko von "
     "Kolorektalkarzinem verbunden.", "Kolorektalkarzinem"),
    ("ct-heart-scan-2018", "pt", "Foram enviados à cardiologia por dores no peito.",
     "Foram enviados à cardiologia por dores no peixe.", "dores no peixe"),
    ("chlorhexidine-csection-2016", "pt",
     "Serve para matar micróbios e diminuir o risco de a ferida infetar.",
     "Serve para matar micróbios e diminuir o risco de a feira infetar.", "feira infetar"),
    ("ct-heart-scan-2018", "es",
     "Se les hizo un escaneo de corazón además de las pruebas habituales.",
     "Se les hizo un escanel de corazón además de las pruebas habituales.",
     "escanel de corazón"),
])
def test_another_form_of_a_terms_word_is_no_garble(sheet, lang, faithful, garbled, found):
    assert _corrupted(sheet, lang, faithful) == []
    assert _corrupted(sheet, lang, garbled) == [found]


def test_the_verb_of_a_terms_noun_is_no_garble_where_the_term_is_not_named():
    """Not named otherwise, the term's noun said as its verb ("que la herida se infecte"
    for "infección del sitio quirúrgico") is no loose garble of it."""
    sheet = "chlorhexidine-csection-2016"
    text = "El riesgo de que la herida se {} bajó con la clorhexidina."
    assert _corrupted(sheet, "es", text.format("infecte")) == []
    assert _corrupted(sheet, "es", text.format("infecie")) == ["infecie bajó"]
