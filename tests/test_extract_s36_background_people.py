# ruff: noqa: E501 (the releases keep their paragraphs on one line, as they are pasted)
"""A share of people at large in a background sentence that names no place ("Etwa 25
Prozent der Erwachsenen schlafen schlecht", "Environ 25 % des adultes dorment mal", "Cerca
del 25 % de los adultos duerme mal", "Circa il 25 % degli adulti dorme male") is drafted
with role background, of the people named after the figure, with its hedge; never a result
nor the main fact (session 36, issue 12). Own releases."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

RELEASES = {
    "de": ("Schlaftraining verbessert den Schlaf\n\nUlm, 3. März 2027. In einer randomisierten Studie wurden 300 Erwachsene einer Trainingsgruppe oder einer Kontrollgruppe zugeteilt.\n\n"
           "Hintergrund\n\nEtwa 25 Prozent der Erwachsenen schlafen regelmäßig schlecht.\n\n"
           "Ergebnisse\n\nIn der Trainingsgruppe schliefen nach acht Wochen 61 Prozent gut, in der Kontrollgruppe 38 Prozent.\n",
           "erwachsen", "about"),
    "fr": ("Un programme améliore le sommeil\n\nTours, 3 mars 2027. Un essai randomisé a réparti 300 adultes entre un groupe programme et un groupe témoin.\n\n"
           "Contexte\n\nL'insomnie touche environ 25 % des adultes.\n\n"
           "Résultats\n\nAprès huit semaines, 61 % du groupe programme dormaient bien, contre 38 % dans le groupe témoin.\n",
           "adulte", "about"),
    "es": ("Un programa mejora el sueño\n\nLeón, 3 de marzo de 2027. Un ensayo aleatorizado asignó a 300 adultos a un grupo del programa o a un grupo control.\n\n"
           "Contexto\n\nCerca del 25 % de los adultos duerme mal de forma habitual.\n\n"
           "Resultados\n\nA las ocho semanas dormía bien el 61 % del grupo del programa, frente al 38 % del grupo control.\n",
           "adulto", "about"),
}


@pytest.mark.parametrize("lang", sorted(RELEASES))
def test_a_share_of_people_at_large_is_background_with_its_hedge(lang: str) -> None:
    text, people, hedge = RELEASES[lang]
    data = extract_draft(text, source=f"{lang}.md", lang=lang, bank={}).data
    fact = next(f for f in data["facts"] if f.get("value") == 25)
    assert fact["role"] == "background" and fact.get("hedge") == hedge
    group = next(g for g in data["groups"] if g["id"] == fact["group"])
    assert people in group["label"][lang]["plain"].lower()
    assert data["study"].get("main_fact") != fact["id"]
