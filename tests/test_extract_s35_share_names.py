# ruff: noqa: E501 (a release's paragraphs stay one line each, as pasted)
"""A share named before its figure by its own word and what it is a share of ("Le
pourcentage de répondeurs, c'est-à-dire …, était de 61,5 %", "La proporción de
respondedores, es decir …, fue del 61,5 %", "La percentuale di responder, cioè …, era del
61,5%"), in trials made up for these tests: the outcome is what the share is of, for the
figure against it as well ("contre 33,3 % dans le groupe information")."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

TRIALS = {
    "fr": ("""Une application soulage les acouphènes, selon un essai

L'essai

Au total, 300 participants ont été randomisés dans le groupe application ou dans le groupe information.

Résultats

Le score moyen a baissé de 12,1 points dans le groupe application. Le pourcentage de répondeurs, c'est-à-dire de patients dont le score a diminué d'au moins 7 points, était de 61,5 % dans le groupe application contre 33,3 % dans le groupe information.
""", "répondeurs"),
    "es": ("""Una aplicación alivia los acúfenos, según un ensayo

El ensayo

Un total de 300 participantes fueron asignados aleatoriamente al grupo de la aplicación o al grupo de información.

Resultados

La puntuación media bajó 12,1 puntos en el grupo de la aplicación. La proporción de respondedores, es decir, de pacientes cuya puntuación bajó al menos 7 puntos, fue del 61,5 % en el grupo de la aplicación frente al 33,3 % en el grupo de información.
""", "respondedores"),
}


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_a_share_is_of_what_its_name_says(lang: str) -> None:
    text, word = TRIALS[lang]
    data = extract_draft(text, source=f"share-{lang}.txt", lang=lang, bank={}).data
    labels = {o["id"]: o["label"][lang]["plain"] for o in data["outcomes"]}
    shares = {f["value"]: f for f in data["facts"] if f["kind"] == "proportion"}
    assert labels[shares[61.5]["outcome"]] == word
    assert shares[33.3]["outcome"] == shares[61.5]["outcome"]
    assert shares[61.5]["group"] != shares[33.3]["group"]
