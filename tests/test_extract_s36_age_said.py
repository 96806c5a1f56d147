# ruff: noqa: E501 (the releases keep their paragraphs on one line, as they are pasted)
"""The participants' mean or median age said with a verb of being or having ("Sie waren
im Mittel 71,2 Jahre alt", "tenían de media 71,2 años", "avaient en moyenne 71,2 ans",
"avevano in media 71,2 anni") is their mean (or median) age in years (session 36, issue
12). Own releases."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

RELEASES = {
    "de": ("Gedächtnistraining im Alter\n\nTrier, 8. März 2027. In einer randomisierten Studie wurden 640 Erwachsene einer Trainingsgruppe oder einer Kontrollgruppe zugeteilt. Sie waren im Mittel 71,2 Jahre alt.\n", None),
    "es": ("Entrenamiento de la memoria en mayores\n\nBurgos, 8 de marzo de 2027. Un ensayo aleatorizado asignó a 640 adultos a un grupo de entrenamiento o a un grupo control. Los participantes tenían de media 71,2 años.\n", None),
    "fr": ("Entraînement de la mémoire chez les aînés\n\nMetz, 8 mars 2027. Un essai randomisé a réparti 640 adultes entre un groupe entraînement et un groupe témoin. Les participants avaient en médiane 71,2 ans.\n", "median"),
    "it": ("Allenamento della memoria negli anziani\n\nUdine, 8 marzo 2027. Uno studio randomizzato ha assegnato 640 adulti a un gruppo allenamento o a un gruppo di controllo. I partecipanti avevano in media 71,2 anni.\n", None),
}


@pytest.mark.parametrize("lang", sorted(RELEASES))
def test_an_age_said_with_a_verb_is_the_participants_age(lang: str) -> None:
    text, statistic = RELEASES[lang]
    data = extract_draft(text, source=f"{lang}.md", lang=lang, bank={}).data
    age = next(f for f in data["facts"] if f.get("value") == 71.2)
    assert age["kind"] == "mean" and age["measure"] == "age" and age["unit"] == "year"
    assert age["group"] == "all" and age.get("statistic") == statistic
