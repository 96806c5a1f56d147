# ruff: noqa: E501 (a release's paragraphs stay one line each, as pasted)
"""A share of the population at large in a release's background, said of a place ("el 12 %
de los adultos en Europa", "nel mondo", "no Brasil"), in releases made up for these tests:
drafted with role background, of a group named by the place, never a result nor the main
fact; the bounds of a range ("entre el 6 % y el 12 %") and a figure of no place stay out
with a note."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

RELEASES = {
    "es": ("""El ejercicio reduce las caídas en mayores, según un ensayo

Las caídas afectan cada año al 30 % de los mayores de 65 años en Europa. Otros estudios sitúan la cifra entre el 20 % y el 40 %.

Un total de 600 pacientes fueron asignados aleatoriamente al grupo de ejercicio o al grupo control.

Las caídas fueron un 25 % menos frecuentes en el grupo de ejercicio que en el grupo control.
""", "Europa"),
    "it": ("""L'esercizio riduce le cadute negli anziani, secondo uno studio

Ogni anno le cadute colpiscono il 30% degli anziani in Italia.

In totale 600 pazienti sono stati assegnati in modo casuale al gruppo esercizio o al gruppo di controllo.

Nel gruppo esercizio le cadute sono calate del 25% rispetto al gruppo di controllo.
""", "Italia"),
}


@pytest.mark.parametrize("lang", ["es", "it"])
def test_a_background_share_of_a_place_is_drafted_as_background(lang: str) -> None:
    text, place = RELEASES[lang]
    data = extract_draft(text, source=f"bg-{lang}.txt", lang=lang, bank={}).data
    labels = {g["id"]: g["label"][lang]["plain"] for g in data["groups"]}
    (share,) = [f for f in data["facts"] if f.get("value") == 30]
    assert share["role"] == "background" and labels[share["group"]] == place
    main = next(f for f in data["facts"] if f["id"] == data["study"]["main_fact"])
    assert main.get("role", "result") == "result" and main["value"] == 25
    # a range's bounds are left to the reviewer
    assert not [f for f in data["facts"] if f.get("value") in (20, 40)]
