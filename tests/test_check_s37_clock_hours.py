"""A time of day written with a word for hours is the text's own logistics, no figure of
the study (issue 14): the Dutch "16.00 uur" (how the Dutch outputs write a time), "16 uur",
the German "16.00 Uhr", the Spanish and Portuguese "16.00 horas", and an hour with "h"
alone after the preposition of a time of day ("à 16 h", "às 16h", "a las 16 h", "alle 16
h"). The same hour without such a preposition may be a length of time ("restées 16 h à
l'hôpital") and is still judged. Sentences written here in wording of their own.
"""

from __future__ import annotations

import pytest
from plainsum_checks.logistics import spans

from tests.test_check_real_errors import HSCT, alarms, caught_at, said

BODY = {
    "fr": "Une étude parue dans Neurology a suivi 210 personnes atteintes de SEP après une "
          "greffe.",
    "es": "Un estudio en Neurology siguió a 210 personas con EM tras un trasplante.",
    "it": "Uno studio su Neurology ha seguito 210 persone con SM dopo un trapianto.",
    "pt": "Um estudo na Neurology acompanhou 210 pessoas com EM após um transplante.",
    "de": "Eine Studie in Neurology hat 210 Menschen mit MS nach einer Transplantation "
          "begleitet.",
}


@pytest.mark.parametrize("text, hour", [
    ("De persconferentie begint om 16.00 uur.", "16.00 uur"),
    ("Om 9.30 uur begint het spreekuur.", "9.30 uur"),
    ("Het spreekuur is van 16 uur tot 18 uur.", "16 uur"),
    ("La rueda de prensa empieza a las 16.00 horas.", "16.00 horas"),
    ("A conferência começa às 16h.", "16h"),
    ("La conférence commence vers 9 h.", "9 h"),
])
def test_an_hour_with_its_word_is_a_time_of_day(text: str, hour: str) -> None:
    a = text.index(hour)
    assert any(s.start <= a and a + len(hour) <= s.end for s in spans(text)), spans(text)


@pytest.mark.parametrize("lang, after", [
    ("fr", " Conférence de presse à 16 h."),
    ("es", " Rueda de prensa a las 16.00 horas."),
    ("it", " Conferenza stampa alle 16 h."),
    ("pt", " Conferência de imprensa às 16h."),
    ("de", " Pressegespräch um 16.00 Uhr."),
])
def test_a_press_hour_is_no_figure(lang: str, after: str) -> None:
    text = BODY[lang] + after
    assert not alarms(HSCT, lang, text), said(alarms(HSCT, lang, text))


def test_an_hour_without_a_time_preposition_is_still_judged() -> None:
    text = ("Une étude parue dans Neurology a suivi 210 personnes atteintes de SEP, "
            "restées 16 h à l'hôpital.")
    assert caught_at(HSCT, "fr", text, "unsupported-number", "16 h"), said(
        alarms(HSCT, "fr", text))


@pytest.mark.parametrize("lang, text", [
    # a live blog's stamp, an hour with a stop before its minutes
    ("en", "Update 3, 14.05: the study followed 210 people with MS after a stem cell "
           "transplant."),
    ("it", "Aggiornamento delle 14.05: lo studio ha seguito 210 persone con SM dopo un "
           "trapianto."),
    ("es", "Actualización, 14.05: el estudio siguió a 210 personas con EM tras un trasplante."),
    ("pt", "14.05 – O estudo acompanhou 210 pessoas com EM após um transplante."),
    ("de", "[09.30] Die Studie hat 210 Menschen mit MS nach einer Transplantation begleitet."),
])
def test_a_stamp_with_a_stop_is_a_time_of_day(lang: str, text: str) -> None:
    assert not alarms(HSCT, lang, text), said(alarms(HSCT, lang, text))


@pytest.mark.parametrize("text, figure", [
    ("The ratio of the two groups was 12.50 in the study of 210 people with MS.", "12.50"),
    ("The study followed 210 people with MS at 14.05 times the usual rate.", "14.05"),
])
def test_a_decimal_is_still_judged(text: str, figure: str) -> None:
    assert caught_at(HSCT, "en", text, "unsupported-number", figure), said(
        alarms(HSCT, "en", text))
