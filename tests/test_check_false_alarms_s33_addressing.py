"""Numbers that address a text, not the study (issue 14): a heading's item number on any
line of the text, not only the first ("Punto 4. Propuesta …" in the minutes of a meeting),
a flashcard deck's number ("deck 7", "mazzo 12") and a telephone menu's key ("pulse 2.",
"drücken Sie die 1."). A figure in a sentence's running text is still read as a figure.
Texts written here in wording of their own.
"""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in as alarms
from tests.corruption import said

RIVA = "rivaroxaban-pe-2018"
VITD = "vitamin-d-colorectal-2018"


@pytest.mark.parametrize("lang, text", [
    ("es", "Acta de la comisión de salud\n\nPunto 4. Campaña municipal sobre la vitamina D "
           "y el cáncer colorrectal."),
    ("it", "Verbale della commissione sanità\n\nPunto 4 all'ordine del giorno: campagna "
           "sulla vitamina D e il tumore del colon-retto."),
    ("de", "Protokoll des Gesundheitsausschusses\n\nPunkt 4 der Tagesordnung: Vitamin D "
           "und Darmkrebs."),
])
def test_an_item_number_at_a_later_line_start(lang: str, text: str) -> None:
    assert not alarms(VITD, lang, text), said(alarms(VITD, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("en", "Oncology block, flashcards, deck 7\n\nVitamin D and colorectal cancer."),
    ("it", "Flashcard – Oncologia, mazzo 12\n\nVitamina D e tumore del colon-retto."),
    ("es", "Tarjetas de repaso, mazo 12\n\nVitamina D y cáncer colorrectal."),
    ("pt", "Cartões de estudo, baralho 3\n\nVitamina D e cancro colorretal."),
])
def test_a_flashcard_deck_number(lang: str, text: str) -> None:
    assert not alarms(VITD, lang, text), said(alarms(VITD, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("es", "Si llama por el estudio sobre la embolia pulmonar, pulse 2. Para hablar con "
           "una enfermera, pulse 0."),
    ("de", "Um mit unserem Team über die Lungenembolie zu sprechen, drücken Sie die 1."),
    ("en", "To speak to a nurse about pulmonary embolism, press 3."),
    ("fr", "Pour parler de l'embolie pulmonaire, appuyez sur la touche 3."),
    ("it", "Per informazioni sull'embolia polmonare, prema il tasto 2."),
])
def test_a_telephone_menu_key(lang: str, text: str) -> None:
    assert not alarms(RIVA, lang, text), said(alarms(RIVA, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("es", "Acta de la comisión\n\nEn el punto tratado, 4 pacientes dejaron el estudio."),
    ("en", "To speak to a nurse, press 3 times; 7 patients left the study."),
])
def test_a_figure_in_running_text_is_still_read(lang: str, text: str) -> None:
    found = alarms(RIVA, lang, text)
    assert any(f.rule == "unsupported-number" for f in found), said(found)


@pytest.mark.parametrize("sheet, lang, text", [
    (RIVA, "it", "Braccio 1: dimissione precoce con rivaroxaban\nBraccio 2: terapia standard "
                 "con ricovero"),
    (RIVA, "es", "Brazo 1: alta precoz con rivaroxabán\nBrazo 2: ingreso hospitalario"),
    (RIVA, "en", "Arm 1: home early on rivaroxaban\nArm 2: usual hospital care"),
    (VITD, "en", "Gallery 3 · Sunlight and the body\n\nVitamin D and colorectal cancer."),
    (VITD, "fr", "Galerie 3 · Le soleil et le corps\n\nVitamine D et cancer colorectal."),
])
def test_a_trial_arm_s_or_a_gallery_s_number_in_a_heading(sheet: str, lang: str, text: str
                                                         ) -> None:
    assert not alarms(sheet, lang, text), said(alarms(sheet, lang, text))


def test_a_figure_after_arm_in_running_text_is_still_read() -> None:
    found = alarms(RIVA, "en", "In the second arm 12 patients stayed in hospital.")
    assert any(f.rule == "unsupported-number" for f in found), said(found)
