# ruff: noqa: E501 (a release's paragraphs stay one line each, as pasted)
"""A lab study in animals told in Portuguese, Spanish or French (made up for these tests):
"so many percent fewer X" ("32% menos lesões", "un 32 % menos lesiones") is a relative
change of X even when its "than" comes late or not at all, and what is counted is X, not
the comparative; the animals named by what they received ("os camundongos que receberam
o composto") and the untreated ones ("os animais não tratados", "les souris non
traitées") are the arms it compares; the headline is that change, not a share."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

LAB = {
    "pt": """Composto de café protege o fígado de ratinhos

O estudo

Os pesquisadores usaram 36 camundongos, divididos em dois grupos de 18.

Resultados

Ao final, os camundongos que receberam o composto tinham 32% menos lesões no fígado, um órgão essencial, do que os animais não tratados.
""",
    "es": """Un compuesto del café protege el hígado de ratones

El estudio

Los investigadores usaron 36 ratones, divididos en dos grupos de 18.

Resultados

Al final, los ratones que recibieron el compuesto tenían un 32 % menos lesiones en el hígado, un órgano esencial, que los ratones no tratados.
""",
    "fr": """Un composé du café protège le foie de souris

L'étude

Les chercheurs ont utilisé 36 souris, divisées en deux groupes de 18.

Résultats

À la fin, les souris ayant reçu le composé avaient 32 % de lésions du foie en moins que les souris non traitées.
""",
}
LESION = {"pt": "les", "es": "lesion", "fr": "lésion"}


def draft(lang: str) -> dict:
    return extract_draft(LAB[lang], source=f"lab-{lang}.txt", lang=lang, bank={}).data


def label(data: dict, section: str, ident: str, lang: str) -> str:
    return next(x for x in data[section] if x["id"] == ident)["label"][lang]["plain"]


@pytest.mark.parametrize("lang", ["pt", "es"])
def test_so_many_percent_fewer_is_a_relative_change_of_the_arms(lang: str) -> None:
    data = draft(lang)
    assert data["study"].get("evidence") == "lab"
    (change,) = [f for f in data["facts"] if f.get("value") == 32]
    assert (change["kind"], change["direction"]) == ("relative-change", "lower")
    outcome = label(data, "outcomes", change["outcome"], lang).lower()
    assert LESION[lang] in outcome and "menos" not in outcome
    treated = label(data, "groups", change["group"], lang)
    untreated = label(data, "groups", change["versus"], lang)
    assert "receb" in treated or "recib" in treated
    assert "não" in untreated or "no " in untreated
    assert data["study"]["main_fact"] == change["id"]


def test_the_untreated_animals_are_the_control_in_french() -> None:
    data = draft("fr")
    groups = {g["id"]: g["label"]["fr"]["plain"] for g in data["groups"]}
    assert any("non traitées" in g for g in groups.values())
    assert any("ayant reçu" in g for g in groups.values())


def test_more_with_a_than_word_right_after_stays_no_change() -> None:
    """"32 % más de" is "more than 32 %" in Spanish: a bound, not a change."""
    text = LAB["es"].replace("tenían un 32 % menos lesiones en el hígado, un órgano esencial, que los ratones no tratados",
                             "tenían lesiones en más del 32 % del hígado")
    data = extract_draft(text, source="lab-es.txt", lang="es", bank={}).data
    assert not [f for f in data["facts"] if f["kind"] == "relative-change"]
