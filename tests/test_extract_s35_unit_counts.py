# ruff: noqa: E501 (a release's paragraphs stay one line each, as pasted)
"""What a study counts besides its people, told in French, Spanish or German (releases
made up for these tests): "23 essais menés dans 14 pays", "en 31 hospitales de 9 países",
"in 12 Kliniken aus 4 Ländern" are counts of a group named by the noun, as the English
stages draft "418 hospitals"; a year or a dose beside such a noun is none."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

RELEASES = {
    "fr": ("""Le zinc raccourcit le rhume, selon une méta-analyse

L'étude

Au total, 23 essais menés dans 14 pays entre 2008 et 2025, et réunissant 4 100 participants, ont été inclus.

Résultats

La durée du rhume était de 20 % plus courte dans le groupe zinc.
""", {23: "essais", 14: "pays"}),
    "es": ("""El zinc acorta el resfriado, según un ensayo

El estudio

El ensayo incluyó a 4.100 participantes en 31 hospitales de 9 países.

Resultados

La duración del resfriado fue un 20 % menor en el grupo del zinc.
""", {31: "hospitales", 9: "países"}),
    "de": ("""Zink verkürzt Erkältungen

Die Studie

In die Studie wurden 4.100 Teilnehmende in 12 Kliniken aus 4 Ländern eingeschlossen.

Ergebnisse

Die Erkältung dauerte in der Zinkgruppe um 20 Prozent kürzer.
""", {12: "Kliniken", 4: "Ländern"}),
}


@pytest.mark.parametrize("lang", ["fr", "es", "de"])
def test_places_and_trials_are_counted(lang: str) -> None:
    text, counts = RELEASES[lang]
    data = extract_draft(text, source=f"counts-{lang}.txt", lang=lang, bank={}).data
    labels = {g["id"]: g["label"][lang]["plain"] for g in data["groups"]}
    drafted = {f["value"]: labels[f["group"]] for f in data["facts"] if f["kind"] == "count"}
    for value, noun in counts.items():
        assert drafted.get(value) == noun, drafted
    assert drafted.get(4100) == labels["all"]
    assert not {2008, 2025} & set(drafted)
