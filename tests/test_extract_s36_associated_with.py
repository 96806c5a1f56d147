# ruff: noqa: E501 (the releases keep their paragraphs on one line, as they are pasted)
"""What a sentence says its exposure is associated with ("se asoció a más caídas: las
sufrió el 21,4 % …", "était associée à plus de chutes", "era associato a più cadute") is the
outcome of the figures that follow in it, not the outcome carried from the sentence before
(session 36, issue 12). Own releases."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

RELEASES = {
    "es": ("Los somníferos y las caídas en mayores\n\nOviedo, 6 de marzo de 2027. Un estudio de cohortes siguió a 5.200 personas mayores durante dos años.\n\n"
           "El 18,0 % de los participantes tomaba somníferos a diario.\n\n"
           "El consumo diario de somníferos se asoció a más caídas: las sufrió el 21,4 % de quienes los tomaban, frente al 12,9 % de quienes no los tomaban.\n",
           "caída"),
    "fr": ("Les somnifères et les chutes chez les aînés\n\nAngers, 6 mars 2027. Une étude de cohorte a suivi 5 200 personnes âgées pendant deux ans.\n\n"
           "Au total, 18,0 % des participants prenaient des somnifères chaque jour.\n\n"
           "La prise quotidienne de somnifères était associée à plus de chutes : 21,4 % chez ceux qui en prenaient, contre 12,9 % chez ceux qui n'en prenaient pas.\n",
           "chute"),
    "it": ("Sonniferi e cadute negli anziani\n\nVerona, 6 marzo 2027. Uno studio di coorte ha seguito 5.200 anziani per due anni.\n\n"
           "Il 18,0 % dei partecipanti assumeva sonniferi ogni giorno.\n\n"
           "L'uso quotidiano di sonniferi era associato a più cadute: 21,4 % tra chi li assumeva, rispetto al 12,9 % tra chi non li assumeva.\n",
           "cadut"),
}


@pytest.mark.parametrize("lang", sorted(RELEASES))
def test_the_figures_after_an_association_are_of_what_it_is_associated_with(lang: str) -> None:
    text, outcome = RELEASES[lang]
    data = extract_draft(text, source=f"{lang}.md", lang=lang, bank={}).data
    labels = {o["id"]: o["label"][lang]["plain"].lower() for o in data["outcomes"]}
    for value in (21.4, 12.9):
        fact = next(f for f in data["facts"] if f.get("value") == value)
        assert outcome in labels[fact["outcome"]]
