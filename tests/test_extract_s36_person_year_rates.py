# ruff: noqa: E501 (the releases keep their paragraphs on one line, as they are pasted)
"""A rate per person-year said with no number before the person-years ("0,89 Stürze pro
Personenjahr", "0,42 caídas por persona-año", "0,61 chutes par personne-année") is a
rate per one person-year of what is counted between the figure and its "per"; the other
arm's figure said after its arm and a word ("in der Kontrollgruppe zu 1,31") is a rate of
the same kind (session 36, issue 12). Own releases."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

RELEASES = {
    "de": ("Tanzkurs senkt Stürze im Pflegeheim\n\n"
           "Kassel, 9. März 2027. In einer randomisierten Studie wurden 510 Bewohnerinnen und Bewohner einer Tanzgruppe oder einer Kontrollgruppe zugeteilt.\n\n"
           "In der Tanzgruppe kam es zu 0,74 Stürzen pro Personenjahr, in der Kontrollgruppe zu 1,12.\n",
           "tanz", "kontroll", "stürz"),
    "es": ("El baile reduce las caídas en residencias\n\n"
           "Murcia, 9 de marzo de 2027. Un ensayo aleatorizado asignó a 510 residentes a un grupo de baile o a un grupo control.\n\n"
           "Se registraron 0,74 caídas por persona-año en el grupo de baile y 1,12 caídas por persona-año en el grupo control.\n",
           "baile", "control", "caída"),
    "fr": ("La danse réduit les chutes en Ehpad\n\n"
           "Rouen, 9 mars 2027. Un essai randomisé a réparti 510 résidents entre un groupe danse et un groupe témoin.\n\n"
           "On a compté 0,74 chutes par personne-année dans le groupe danse et 1,12 chutes par personne-année dans le groupe témoin.\n",
           "danse", "témoin", "chute"),
}


@pytest.mark.parametrize("lang", sorted(RELEASES))
def test_a_rate_per_one_person_year_is_of_what_it_counts(lang: str) -> None:
    text, treated, control, counted = RELEASES[lang]
    d = extract_draft(text, source=f"{lang}.md", lang=lang, bank={}).data
    rates = {f["value"]: f for f in d["facts"] if f["kind"] == "rate"}
    assert {0.74, 1.12} <= set(rates)
    groups = {g["id"]: g["label"][lang]["plain"].lower() for g in d["groups"]}
    outcomes = {o["id"]: o["label"][lang]["plain"].lower() for o in d["outcomes"]}
    assert treated in groups[rates[0.74]["group"]]
    assert control in groups[rates[1.12]["group"]]
    for value in (0.74, 1.12):
        assert rates[value]["per"] == 1 and rates[value]["unit"] == "person-years"
        assert counted in outcomes[rates[value]["outcome"]]
