# ruff: noqa: E501 (the releases keep their paragraphs on one line, as they are pasted)
"""A vaccine's efficacy or effectiveness in es/fr/it/pt/de (session 36, issue 12): "la
efectividad … fue del 62 %" is a relative reduction of the risk of what it protects against
(named after "frente a" / "contre" / "contro" / "gegen", else what the first efficacy was
against), of the age band named with it (after its interval too), else of those who got
the vaccine; its interval is read with it; one whose interval takes in no effect is drafted
as no difference, never as a protection. "contra la gripe" says what a vaccine is against,
not what a figure is compared with. Own releases."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

ES = (
    "La vacuna contra el VRS evitó seis de cada diez ingresos en mayores\n\n"
    "Zaragoza, 5 de marzo de 2027. La vacuna contra el virus respiratorio sincitial redujo un 62 % el riesgo de ser ingresado por VRS en la temporada 2026-2027, según un estudio de casos y controles.\n\n"
    "Se analizaron 3.410 pacientes de 60 años o más ingresados por infección respiratoria en 9 hospitales.\n\n"
    "La efectividad de la vacuna frente al ingreso hospitalario fue del 62 % (IC 95 %: 48-72). "
    "Por edades, fue del 68 % (IC 95 %: 50-80) entre los 60 y los 74 años y del 51 % (IC 95 %: 29-66) en las personas de 75 años o más.\n\n"
    "Frente al ingreso en cuidados intensivos, la efectividad alcanzó el 70 % (IC 95 %: 41-85). "
    "En cambio, frente a la muerte la estimación fue del 20 % (IC 95 %: −15 a 44).\n"
)

FR = (
    "Le vaccin antigrippal a évité une hospitalisation sur deux chez les aînés\n\n"
    "Nantes, 5 mars 2027. Une étude cas-témoins a inclus 2 870 patients de 65 ans et plus hospitalisés pour une infection respiratoire.\n\n"
    "L'efficacité vaccinale contre l'hospitalisation pour grippe était de 49 % (IC à 95 % : 35 à 60). "
    "Elle était de 55 % (IC à 95 % : 38 à 67) entre 65 et 79 ans et de 40 % (IC à 95 % : 18 à 56) chez les 80 ans et plus.\n"
)

IT = (
    "Il vaccino antinfluenzale ha dimezzato i ricoveri\n\n"
    "Padova, 5 marzo 2027. Uno studio caso-controllo ha incluso 1.950 pazienti adulti ricoverati per infezione respiratoria.\n\n"
    "L'efficacia del vaccino contro il ricovero per influenza è stata del 47 % (IC 95 %: 30-60).\n"
)


def data(text: str, lang: str) -> dict:
    return extract_draft(text, source=f"{lang}.md", lang=lang, bank={}).data


def label(d: dict, section: str, ident: str, lang: str) -> str:
    return next(e for e in d[section] if e["id"] == ident)["label"][lang]["plain"].lower()


def changes(d: dict) -> dict:
    return {f["value"]: f for f in d["facts"] if f["kind"] == "relative-change"}


def test_a_spanish_effectiveness_is_a_relative_reduction_of_its_age_band() -> None:
    d = data(ES, "es")
    found = changes(d)
    assert {62, 68, 51, 70} <= set(found)
    assert all(found[v]["direction"] == "lower" for v in (62, 68, 51, 70))
    assert found[68]["ci"] == [50, 80] and found[51]["ci"] == [29, 66]
    assert "60" in label(d, "groups", found[68]["group"], "es")
    assert "75" in label(d, "groups", found[51]["group"], "es")
    assert "vacun" in label(d, "groups", found[70]["group"], "es")
    for value in (68, 51):  # no outcome named: what the first efficacy was against
        assert "ingreso" in label(d, "outcomes", found[value]["outcome"], "es")
    assert "cuidados intensivos" in label(d, "outcomes", found[70]["outcome"], "es")
    # an interval that takes in no effect: no protection drafted
    assert 20 not in found
    none = [f for f in d["facts"] if f["kind"] == "no-difference"]
    assert any("muerte" in label(d, "outcomes", f["outcome"], "es") for f in none)
    # the interval's bounds are no figures of their own
    assert not any(f["kind"] == "proportion" and f["value"] in (48, 72, 50, 80) for f in d["facts"])


def test_a_vaccine_said_against_a_disease_is_not_a_comparison() -> None:
    d = data(ES, "es")
    lede = changes(d)[62]
    assert "vacun" in label(d, "groups", lede["group"], "es")
    assert "ingres" in label(d, "outcomes", lede["outcome"], "es")


@pytest.mark.parametrize("text,lang,value,band,against", [
    (FR, "fr", 49, None, "hospitalisation"),
    (FR, "fr", 55, "65", "hospitalisation"),
    (FR, "fr", 40, "80", "hospitalisation"),
    (IT, "it", 47, None, "ricovero"),
])
def test_an_efficacy_in_french_and_italian(text: str, lang: str, value: int, band: str | None,
                                           against: str) -> None:
    d = data(text, lang)
    fact = changes(d)[value]
    group = label(d, "groups", fact["group"], lang)
    assert (band in group) if band else "vaccin" in group
    assert against in label(d, "outcomes", fact["outcome"], lang)
    assert "ci" in fact
