# ruff: noqa: E501 (the releases keep their paragraphs on one line, as they are pasted)
"""A no-difference said with its verb before what it is about ("aucune différence n'a été
observée pour l'asthme", "no se encontraron diferencias en la tos", "non è stata osservata
alcuna differenza per l'asma") is about the noun after "pour" / "en" / "per", not the
connective before it ("En revanche", "Sin embargo") (session 36, issue 12). Own
releases."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

RELEASES = {
    "fr": ("Pollution et santé respiratoire\n\nBrest, 7 mars 2027. Une étude de cohorte a suivi 2 300 enfants exposés ou non au trafic.\n\n"
           "À 10 ans, 9,4 % des enfants exposés avaient une bronchite, contre 5,2 % des non-exposés.\n\n"
           "En revanche, aucune différence n'a été observée pour l'eczéma : 7,1 % des enfants exposés contre 6,8 % des non-exposés.\n",
           "eczéma"),
    "es": ("Contaminación y salud respiratoria\n\nVigo, 7 de marzo de 2027. Un estudio de cohortes siguió a 2.300 niños expuestos o no al tráfico.\n\n"
           "A los 10 años, el 9,4 % de los niños expuestos tenía bronquitis, frente al 5,2 % de los no expuestos.\n\n"
           "Sin embargo, no se encontraron diferencias significativas en el eccema: 7,1 % de los niños expuestos frente al 6,8 % de los no expuestos.\n",
           "eccema"),
}


@pytest.mark.parametrize("lang", sorted(RELEASES))
def test_a_no_difference_is_about_the_noun_after_its_verb(lang: str) -> None:
    text, about = RELEASES[lang]
    data = extract_draft(text, source=f"{lang}.md", lang=lang, bank={}).data
    labels = {o["id"]: o["label"][lang]["plain"].lower() for o in data["outcomes"]}
    none = [f for f in data["facts"] if f["kind"] == "no-difference"]
    assert none and all(about in labels[f["outcome"]] for f in none)
