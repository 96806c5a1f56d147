# ruff: noqa: E501 (a release's paragraphs stay one line each, as pasted)
"""Comparisons told in Italian, Spanish and French as their press offices write them, in
releases made up for these tests:

- a before-after study ("studio prima-dopo", "antes y después"): "from X to Y" gives X to
  the period before and Y to the period after, a relative change is the after period's
  versus the before period's, and a change the release calls not significant is drafted
  as no difference (never a direction);
- a change's noun before the figure ("una riduzione del 30% delle infezioni", "une
  réduction de 25 % du risque de chute"): a relative change of what follows;
- pooled arms named by what people received ("des patients ayant reçu de la vitamine",
  "de los pacientes que recibieron el fármaco") against the pooled control groups;
- a ratio in brackets of the outcome named right before it ("ni la mortalité (RR …)").
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

BEFORE_AFTER = {
    "it": """Infezioni in terapia intensiva: un protocollo le riduce di un terzo

Lo studio

Si tratta di uno studio prima-dopo in otto reparti. Sono stati analizzati 9.120 ricoveri di pazienti adulti.

I risultati

Le infezioni sono passate da 96 a 64, cioè da 4,2 a 2,9 ogni 1.000 giorni di degenza: una riduzione relativa del 31% delle infezioni.

Le infezioni gravi sono scese da 1,4 a 1,2 ogni 1.000 giorni di degenza, una riduzione del 14% che però non è risultata statisticamente significativa.

La quota di pazienti con un catetere è scesa dal 41,0% al 33,5%.
""",
    "es": """Infecciones en la UCI: un protocolo las reduce un tercio

El estudio

Es un estudio antes y después en ocho unidades. Se analizaron 9.120 ingresos de pacientes adultos.

Resultados

Las infecciones pasaron de 96 a 64, es decir, de 4,2 a 2,9 por cada 1.000 días de estancia: una reducción relativa del 31 % de las infecciones.

Las infecciones graves bajaron de 1,4 a 1,2 por cada 1.000 días de estancia, una reducción del 14 % que no fue estadísticamente significativa.

La proporción de pacientes con un catéter bajó del 41,0 % al 33,5 %.
""",
}


def draft(lang: str, text: str) -> dict:
    return extract_draft(text, source=f"s35-{lang}.txt", lang=lang, bank={}).data


def facts_of(data: dict, value: float) -> list[dict]:
    return [f for f in data["facts"] if f.get("value") == value]


def label(data: dict, section: str, ident: str, lang: str) -> str:
    return next(x for x in data[section] if x["id"] == ident)["label"][lang]["plain"]


@pytest.mark.parametrize("lang", ["it", "es"])
def test_from_x_to_y_gives_the_periods_before_and_after(lang: str) -> None:
    data = draft(lang, BEFORE_AFTER[lang])
    (before,) = [f for f in facts_of(data, 4.2) if f["kind"] == "rate"]
    (after,) = [f for f in facts_of(data, 2.9) if f["kind"] == "rate"]
    assert (before["group"], after["group"]) == ("before", "after")
    assert before["outcome"] == after["outcome"]
    assert "infe" in label(data, "outcomes", before["outcome"], lang).lower()
    # the share's level before the change is drafted too, with its period
    (was,) = facts_of(data, 41.0) or facts_of(data, 41)
    (now,) = facts_of(data, 33.5)
    assert (was["group"], now["group"]) == ("before", "after")
    assert "cat" in label(data, "outcomes", now["outcome"], lang).lower()


@pytest.mark.parametrize("lang", ["it", "es"])
def test_a_relative_change_is_the_after_periods_versus_the_before(lang: str) -> None:
    data = draft(lang, BEFORE_AFTER[lang])
    changes = [f for f in facts_of(data, 31) if f["kind"] == "relative-change"]
    assert changes and all(f["direction"] == "lower" for f in changes)
    assert any((f["group"], f.get("versus")) == ("after", "before") for f in changes)
    assert all("infe" in label(data, "outcomes", f["outcome"], lang).lower() for f in changes)


@pytest.mark.parametrize("lang", ["it", "es"])
def test_a_change_called_not_significant_is_no_difference(lang: str) -> None:
    data = draft(lang, BEFORE_AFTER[lang])
    assert not [f for f in facts_of(data, 14) if f["kind"] == "relative-change"]
    none = [f for f in data["facts"] if f["kind"] == "no-difference"]
    assert any("grav" in label(data, "outcomes", f["outcome"], lang).lower() for f in none)


def test_without_the_not_significant_clause_the_change_keeps_its_direction() -> None:
    text = BEFORE_AFTER["it"].replace(" che però non è risultata statisticamente significativa", "")
    data = draft("it", text)
    change = [f for f in facts_of(data, 14) if f["kind"] == "relative-change"]
    assert change and change[0]["direction"] == "lower"


POOLED = {
    "fr": """La vitamine K réduit le risque de chute chez les personnes âgées, selon une méta-analyse

Les résultats

L'équipe a rassemblé 12 essais randomisés réunissant 3 400 participants.

La chute est survenue chez 11,2 % des patients ayant reçu de la vitamine et chez 15,0 % de ceux des groupes témoins. La vitamine était associée à une réduction relative de 25 % du risque de chute (risque relatif 0,75 ; IC à 95 % : 0,61 à 0,92).

En revanche, la vitamine n'a modifié ni la mortalité (risque relatif 1,02 ; IC à 95 % : 0,85 à 1,22), ni les fractures.
""",
    "es": """La vitamina K reduce el riesgo de caídas en personas mayores, según un metaanálisis

Resultados

El equipo reunió 12 ensayos aleatorizados con 3.400 participantes.

La fractura se produjo en el 11,2 % de los pacientes que recibieron la vitamina y en el 15,0 % de los grupos control. La vitamina se asoció a una reducción relativa del 25 % del riesgo de fractura (riesgo relativo 0,75; IC 95 %: 0,61 a 0,92).

En cambio, la vitamina no modificó ni la mortalidad (riesgo relativo 1,02; IC 95 %: 0,85 a 1,22), ni las caídas.
""",
}
FALL = {"fr": "chute", "es": "fractur"}
DEATH = {"fr": "mortalit", "es": "mortalid"}


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_pooled_arms_named_by_what_people_received(lang: str) -> None:
    data = draft(lang, POOLED[lang])
    (treated,) = facts_of(data, 11.2)
    (control,) = facts_of(data, 15.0) or facts_of(data, 15)
    assert "vitamin" in label(data, "groups", treated["group"], lang)
    assert "vitamin" not in label(data, "groups", control["group"], lang)
    ratio = next(f for f in data["facts"] if f["kind"] == "ratio" and f["value"] == 0.75)
    assert (ratio["group"], ratio["versus"]) == (treated["group"], control["group"])
    assert FALL[lang] in label(data, "outcomes", ratio["outcome"], lang).lower()
    change = next(f for f in data["facts"] if f["kind"] == "relative-change")
    assert (change["value"], change["direction"]) == (25, "lower")
    assert FALL[lang] in label(data, "outcomes", change["outcome"], lang).lower()


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_a_ratio_in_brackets_is_of_the_outcome_named_before_it(lang: str) -> None:
    data = draft(lang, POOLED[lang])
    ratio = next(f for f in data["facts"] if f["kind"] == "ratio" and f["value"] == 1.02)
    assert DEATH[lang] in label(data, "outcomes", ratio["outcome"], lang).lower()
