"""A text's own logistics are no figures of the study (issue 14): opening hours with the
preposition the reader takes in ("de 8 a 20 h"), a bulletin's hour with its unit word
("Noticiário das 13 horas"), the time told in words ("São 13 horas e 4 minutos", "Son
las 13 horas y 4 minutos", "alle ore 19.10"), a record's or an issue's number with its year
("Ata n.º 14/2018", "n. 7/2018"). A study figure in the same texts is still caught. Texts
written here in wording of their own.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import HSCT, alarms, caught_at, said

BODY = {
    "en": "A study in Neurology followed 210 people with MS after a stem cell transplant.",
    "de": "Eine Studie in Neurology hat 210 Menschen mit MS nach einer "
          "Stammzelltransplantation begleitet.",
    "fr": "Une étude parue dans Neurology a suivi 210 personnes atteintes de SEP après une "
          "greffe de cellules souches.",
    "es": "Un estudio en Neurology siguió a 210 personas con EM tras un trasplante de "
          "células madre.",
    "it": "Uno studio su Neurology ha seguito 210 persone con SM dopo un trapianto di "
          "cellule staminali.",
    "pt": "Um estudo na Neurology acompanhou 210 pessoas com EM após um transplante de "
          "células estaminais.",
}
WRONG = {"en": "310 people", "de": "310 Menschen", "fr": "310 personnes",
         "es": "310 personas", "it": "310 persone", "pt": "310 pessoas"}
RIGHT = {"en": "210 people", "de": "210 Menschen", "fr": "210 personnes",
         "es": "210 personas", "it": "210 persone", "pt": "210 pessoas"}


@pytest.mark.parametrize("lang, before, after", [
    ("es", "", "\n\nConsultas: de lunes a viernes, de 9 a 18 h."),
    ("fr", "", "\n\nPermanence : du lundi au vendredi, de 9 à 17 h."),
    ("pt", "Jornal das 20 horas\n\n", ""),
    ("pt", "", "\n\nSão 20 horas e 6 minutos."),
    ("es", "", "\n\nSon las 14 horas y 2 minutos."),
    ("fr", "", "\n\nIl est 14 heures 2."),
    ("it", "", "\n\nLa riunione si chiude alle ore 18.45."),
    ("pt", "Ata n.º 9/2021 – Junta de Freguesia\n\n", ""),
    ("it", "Rettifica – «Bollettino dei medici», n. 3/2021\n\n", ""),
])
def test_a_texts_own_logistics(lang: str, before: str, after: str) -> None:
    text = before + BODY[lang] + after
    assert not alarms(HSCT, lang, text), said(alarms(HSCT, lang, text))
    wrong = text.replace(RIGHT[lang], WRONG[lang])
    assert caught_at(HSCT, lang, wrong, "unsupported-number", "310"), said(
        alarms(HSCT, lang, wrong))


@pytest.mark.parametrize("lang, text, words", [
    # a length said after "são" without its minutes stays a length
    ("pt", "A diferença no internamento são 13 horas.", "13 horas"),
    # "ore" before a number that is no time of day
    ("it", "Lo studio è durato ore 45.", "45"),
])
def test_a_length_is_still_judged(lang: str, text: str, words: str) -> None:
    found = alarms(HSCT, lang, text)
    assert any(words in (f.found or "") for f in found), said(found)
