# ruff: noqa: E501 (the releases keep their paragraphs on one line, as they are pasted)
"""The study's participants are the people it counts, not the places they came from ("Dei
40 ambulatori partecipanti … Sono stati inclusi 1.250 pazienti"); the places a study took
in, named with the kind of place last ("22 Hausarztpraxen", "31 cabinets", "18
consultorios"), are a count of their own (session 36, issue 12). Own releases."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

RELEASES = {
    "it": ("Asma, il farmacista aiuta il controllo\n\nMilano, 4 marzo 2027. Uno studio randomizzato a grappolo ha coinvolto 40 farmacie lombarde.\n\n"
           "Delle 40 farmacie partecipanti, 20 hanno adottato il nuovo servizio. Sono stati inclusi 1.250 pazienti con asma non controllata.\n",
           1250, 40, "farmacie"),
    "de": ("Praxisteams verbessern die Asthmakontrolle\n\nMainz, 4. März 2027. Eine randomisierte Studie in 22 Hausarztpraxen wurde jetzt veröffentlicht.\n\n"
           "In den 22 Hausarztpraxen wurden 1.250 Patientinnen und Patienten mit Asthma eingeschlossen.\n",
           1250, 22, "hausarztpraxen"),
    "fr": ("L'asthme mieux contrôlé avec l'infirmière\n\nDijon, 4 mars 2027. Un essai randomisé a été mené dans 31 cabinets de médecine générale.\n\n"
           "Parmi les 31 cabinets participants, 1 250 patients asthmatiques ont été inclus.\n",
           1250, 31, "cabinets"),
}


@pytest.mark.parametrize("lang", sorted(RELEASES))
def test_the_participants_are_people_and_the_places_are_counted_apart(lang: str) -> None:
    text, people, places, noun = RELEASES[lang]
    data = extract_draft(text, source=f"{lang}.md", lang=lang, bank={}).data
    cohort = next(f for f in data["facts"] if f["id"] == "cohort")
    assert cohort["value"] == people
    counted = [f for f in data["facts"] if f["kind"] == "count" and f["value"] == places]
    labels = {g["id"]: g["label"][lang]["plain"].lower() for g in data["groups"]}
    assert counted and all(noun in labels[f["group"]] for f in counted)
