"""Line numbers of a subtitle file, a transcript or a script numbered line by line ("1 Chest
pain …", "2 …", "3 …") number the text, not the study: a run of numbers that open their lines
1, 2, 3 … in order is no figure. A figure on a numbered line is read as ever, and lines that
open with figures ("3 in 10 …", "4 in 10 …") are no such run. Texts written here, on the
suite's heart-scan sheet."""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in, said

CT = "ct-heart-scan-2018"

SUBTITLES = {
    "en": ["Chest pain, and off to the heart clinic.", "Does an extra heart scan help?",
           "A Scottish study of more than 4,000 patients", "compared the scan plus the usual "
           "tests with the usual tests alone.", "Over five years, the scan group had",
           "40% fewer heart attacks."],
    "es": ["Dolor en el pecho y a la consulta de cardiología.", "¿Sirve un escáner del "
           "corazón?", "Un estudio escocés con más de 4000 pacientes", "comparó el escáner más "
           "las pruebas habituales con las pruebas solas.", "En cinco años, quienes se "
           "hicieron el escáner", "tuvieron un 40 % menos de infartos."],
    "it": ["Dolore al petto: si va dal cardiologo.", "Una TAC del cuore in più serve?",
           "Uno studio scozzese su oltre 4000 pazienti", "ha confrontato TAC più esami "
           "abituali con i soli esami abituali.", "In cinque anni, chi aveva fatto la TAC",
           "ha avuto il 40% di infarti in meno."],
}


def numbered(lines: list[str]) -> str:
    return "\n".join(f"{k} {line}" for k, line in enumerate(lines, 1)) + "\n"


def numbers(lang: str, text: str) -> list[str]:
    return [f.rule for f in alarms_in(CT, lang, text)
            if f.rule in ("unsupported-number", "wrong-context", "time-changed")]


@pytest.mark.parametrize("lang", sorted(SUBTITLES))
def test_numbered_lines_are_no_figures(lang: str) -> None:
    found = [f for f in alarms_in(CT, lang, numbered(SUBTITLES[lang]))
             if f.rule in ("unsupported-number", "wrong-context")]
    assert not found, said(found)


@pytest.mark.parametrize("lang", sorted(SUBTITLES))
def test_a_changed_figure_on_a_numbered_line_is_caught(lang: str) -> None:
    lines = [line.replace("40", "60") for line in SUBTITLES[lang]]
    assert numbers(lang, numbered(lines))


def test_lines_that_open_with_figures_are_read_as_figures() -> None:
    text = ("7 in 10 patients had a heart scan.\n8 in 10 had the usual tests.\n"
            "9 in 10 were well after five years.\n")
    assert numbers("en", text)
