# ruff: noqa: E501 (the releases keep their paragraphs on one line, as they are pasted)
"""Cells in the lab, a verb's object, a registry's yearly rates (session 33, issue 12):
a study of cells grown in the lab ("cellule … coltivate in laboratorio", "in vitro") is a
lab study; "ha ridotto del 70% la crescita di cellule" is lower (the "cresc" of the object
is no direction) and its outcome is the object after the figure, not the subject before
the verb; "52,3 muertes por cada 100.000 habitantes al año" in the study's own sentence is
a yearly rate, not background ("según la OMS" still is); "entre las mujeres, de 19,8" is
a rate of the women. Own releases, paired."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

CELLS = {
    "it": ("Una molecola blocca le cellule del tumore al pancreas\n\nNapoli, 4 dicembre 2026 - Una molecola sviluppata all'Università Federico II ha ridotto del 70% la crescita di cellule di tumore al pancreas coltivate in laboratorio.\n", "crescita"),
    "fr": ("Une molécule freine les cellules du cancer du pancréas\n\nLyon, 4 décembre 2026. Une molécule mise au point à l'Inserm a réduit de 70 % la croissance de cellules de cancer du pancréas cultivées en laboratoire.\n", "croissance"),
    "es": ("Una molécula frena las células del cáncer de páncreas\n\nValencia, 4 de diciembre de 2026. Una molécula desarrollada en el CSIC redujo un 70 % el crecimiento de células de cáncer de páncreas cultivadas en el laboratorio.\n", "crecimiento"),
    "pt": ("Molécula trava células do cancro do pâncreas\n\nCoimbra, 4 de dezembro de 2026. Uma molécula desenvolvida na Universidade de Coimbra reduziu em 70% o crescimento de células de cancro do pâncreas cultivadas em laboratório.\n", "crescimento"),
}


def draft(lang: str, text: str) -> dict:
    return extract_draft(text, source=f"{lang}.md", lang=lang, bank={}).data


@pytest.mark.parametrize("lang", list(CELLS))
def test_cells_in_the_lab_and_the_object_after_the_figure(lang: str) -> None:
    text, word = CELLS[lang]
    data = draft(lang, text)
    assert data["study"]["evidence"] == "lab"
    change = [f for f in data["facts"] if f["kind"] == "relative-change"]
    assert [(f["value"], f["direction"]) for f in change] == [(70, "lower")], data["facts"]
    assert change[0]["outcome"].startswith(word[:6].replace("é", "e")), change[0]["outcome"]


def test_people_in_a_trial_are_no_lab_study() -> None:
    text = CELLS["it"][0].replace("cellule di tumore al pancreas coltivate in laboratorio", "tumore in 120 pazienti arruolati in uno studio randomizzato")
    assert draft("it", text)["study"]["evidence"] == "randomised"


REGISTRY_ES = ("La mortalidad por infarto baja un 40 % en dos décadas\n\nSevilla, 5 de diciembre de 2026. La tasa de mortalidad por infarto de miocardio en Andalucía ha bajado un 40 % entre 2003 y 2023, según un estudio basado en el registro de defunciones.\n\n"
               "La tasa pasó de 52,3 a 31,4 muertes por cada 100.000 habitantes al año. Entre los hombres, la tasa fue de 44,0 por cada 100.000 en 2023; entre las mujeres, de 19,8.\n\n"
               "Según la OMS, el infarto causa 120 muertes por cada 100.000 habitantes al año en el mundo.\n")


def test_a_registry_s_yearly_rates_and_the_women_s_rate() -> None:
    data = draft("es", REGISTRY_ES)
    rates = {f["value"]: (f["group"], f["unit"]) for f in data["facts"] if f["kind"] == "rate"}
    assert rates[52.3] == ("all", "people-a-year") and rates[31.4] == ("all", "people-a-year")
    assert "mujeres" in rates[19.8][0] and "hombres" in rates[44.0][0]
    assert 120 not in rates  # the WHO's, background
