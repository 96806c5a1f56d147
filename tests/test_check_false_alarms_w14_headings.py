"""The numbers of a text's own parts in headings at a line's start ("Slide 2 – Question",
"Folie 3:", "Diapositiva 4 —") and after a word for its place in a series in its first
line ("Beitrag 3, Sprechzeit ...") are the text's, not the study's (issue 14). The same
text with the study's count changed under a heading is still caught. Texts written here
in wording of their own.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import RIVA, alarms, caught_at, said


@pytest.mark.parametrize("lang, text", [
    ("en", "Journal club: sending low-risk PE patients home early\n\nSlide 2 – Question\n"
     "- Can they go home early?\n\nSlide 3 – Design\n- Randomised trial, {n} patients\n\n"
     "Slide 4: Caveats\n- Small trial"),
    ("es", "Sesión bibliográfica: alta precoz en la embolia pulmonar de bajo riesgo\n\n"
     "Diapositiva 2 – Pregunta\n- ¿Pueden irse antes a casa?\n\nDiapositiva 3 – Diseño\n"
     "- Ensayo aleatorizado, {n} pacientes\n\nDiapositiva 4: Limitaciones\n- Ensayo pequeño"),
    ("fr", "Club de lecture : sortie précoce dans l'embolie pulmonaire à faible risque\n\n"
     "Diapositive 2 – Question\n- Peuvent-ils rentrer plus tôt ?\n\nDiapositive 3 – Méthode"
     "\n- Essai randomisé, {n} patients\n\nDiapositive 4 : Limites\n- Petit essai"),
    ("de", "Journal Club: frühe Entlassung bei Lungenembolie mit niedrigem Risiko\n\n"
     "Folie 2 – Frage\n- Dürfen sie früher nach Hause?\n\nFolie 3 – Design\n"
     "- Randomisierte Studie, {n} Patienten\n\nFolie 4: Grenzen\n- Kleine Studie"),
    ("it", "Journal club: dimissione precoce nell'embolia polmonare a basso rischio\n\n"
     "Diapositiva 2 – Domanda\n- Possono tornare a casa prima?\n\nDiapositiva 3 – Disegno\n"
     "- Studio randomizzato, {n} pazienti\n\nDiapositiva 4: Limiti\n- Studio piccolo"),
    ("pt", "Clube de leitura: alta precoce na embolia pulmonar de baixo risco\n\n"
     "Diapositivo 2 – Pergunta\n- Podem ir para casa mais cedo?\n\nDiapositivo 3 – Desenho\n"
     "- Ensaio aleatorizado, {n} doentes\n\nDiapositivo 4: Limitações\n- Ensaio pequeno"),
])
def test_numbered_part_headings(lang: str, text: str) -> None:
    faithful = text.format(n=114)
    assert not [f for f in alarms(RIVA, lang, faithful) if f.rule == "unsupported-number"], (
        said(alarms(RIVA, lang, faithful)))
    wrong = text.format(n=141)
    assert caught_at(RIVA, lang, wrong, "unsupported-number", "141"), said(
        alarms(RIVA, lang, wrong))


def test_a_part_number_in_the_first_line() -> None:
    text = ("Manuskript Gesundheitsmagazin, Beitrag 3, Sprecherin Anna B.\n\nIn einer Studie mit "
            "{n} Patienten durften Menschen mit einer Lungenembolie früher nach Hause.")
    faithful = text.format(n=114)
    assert not [f for f in alarms(RIVA, "de", faithful) if f.rule == "unsupported-number"], (
        said(alarms(RIVA, "de", faithful)))
    wrong = text.format(n=141)
    assert caught_at(RIVA, "de", wrong, "unsupported-number", "141"), said(
        alarms(RIVA, "de", wrong))


def test_a_part_word_and_a_number_inside_a_sentence_are_read() -> None:
    # not a heading: the number goes on into the sentence
    text = ("Kurz erklärt\n\nFolie 7 Patienten von 114 bekamen Blutungen.")
    assert caught_at(RIVA, "de", text, "unsupported-number", "7"), said(
        alarms(RIVA, "de", text))
