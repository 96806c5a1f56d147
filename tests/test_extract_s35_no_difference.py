# ruff: noqa: E501 (a release's paragraphs stay one line each, as pasted)
"""A no-difference between two kinds of places or people named with their articles ("entre
el medio rural y el urbano", "entre les zones rurales et les zones urbaines", "tra le aree
rurali e le aree urbane"), in surveys made up for these tests: drafted as a no-difference
between the two, of the outcome of the figures before it, never with a direction."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

SURVEYS = {
    "es": ("""Uno de cada ocho adultos duerme mal, según una encuesta nacional

Uno de cada ocho adultos tiene insomnio.

Se entrevistó por teléfono a una muestra de 2.000 personas. Es un estudio transversal.

La prevalencia de insomnio fue del 12,0 %. No se observaron diferencias entre el medio rural y el urbano.
""", ("rural", "urbano")),
    "fr": ("""Un adulte sur huit dort mal, selon une enquête nationale

Un adulte sur huit souffre d'insomnie.

Au printemps, 2 000 personnes ont été interrogées par téléphone. Il s'agit d'une étude transversale.

La prévalence de l'insomnie était de 12,0 %. Aucune différence entre les zones rurales et les zones urbaines.
""", ("rurales", "urbaines")),
    "it": ("""Un adulto su otto dorme male, secondo un'indagine nazionale

Un adulto su otto soffre di insonnia.

In primavera sono stati intervistati 2.000 adulti. Si tratta di uno studio trasversale.

La prevalenza dell'insonnia era del 12,0%. Non sono emerse differenze tra le aree rurali e le aree urbane.
""", ("rurali", "urbane")),
}


@pytest.mark.parametrize("lang", ["es", "fr", "it"])
def test_no_difference_between_two_kinds_of_places(lang: str) -> None:
    text, (one, other) = SURVEYS[lang]
    data = extract_draft(text, source=f"nd-{lang}.txt", lang=lang, bank={}).data
    labels = {g["id"]: g["label"][lang]["plain"] for g in data["groups"]}
    (none,) = [f for f in data["facts"] if f["kind"] == "no-difference"]
    assert one in labels[none["group"]] and other in labels[none["versus"]]
    share = next(f for f in data["facts"] if f.get("value") == 12.0)
    assert none["outcome"] == share["outcome"]
    assert not [f for f in data["facts"] if f.get("direction") not in (None, "similar")]
