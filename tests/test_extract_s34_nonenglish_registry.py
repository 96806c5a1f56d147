# ruff: noqa: E501 (the releases keep their paragraphs on one line, as they are pasted)
"""A registry's rates in it/es (session 34, issue 12): "i dati del Registro regionale" (a
capital R) makes the study observational, so its figures are results; the years of a
period ("nel periodo 2011-2015") are no figure; a rate said with a change verb ("è salita
da 8,1 a 12,4 casi") or a change noun ("La crescita …") is of what the release's rates
count, never "salita da" or "crescita"; "no difference between boys and girls (rate ratio
1,06; IC 95%: 0,98-1,15)" is a no-difference and a ratio of the one against the other, and
neither heads the draft. Own releases."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

IT = (
    "Celiachia nei bambini: in Liguria l'incidenza è cresciuta in dieci anni\n\n"
    "Genova, 4 dicembre 2026\n\n"
    "Uno studio basato sui dati del Registro regionale della celiachia, pubblicato sulla rivista Digestive Health, descrive l'andamento delle nuove diagnosi.\n\n"
    "I ricercatori hanno analizzato tutti i nuovi casi di celiachia diagnosticati tra il 2011 e il 2024 in bambini da 0 a 14 anni residenti in Liguria.\n\n"
    "L'incidenza è passata da 8,1 casi ogni 100.000 bambini all'anno nel periodo 2011-2015 a 12,4 casi ogni 100.000 nel periodo 2020-2024.\n\n"
    "La crescita è stata più forte nei più piccoli: nella fascia 0-4 anni l'incidenza è salita da 6,3 a 11,0 casi ogni 100.000.\n\n"
    "Non sono emerse differenze tra maschi e femmine (rapporto tra i tassi 1,06; IC 95%: 0,98-1,15).\n"
)

ES = (
    "La diabetes tipo 1 infantil aumenta en Aragón\n\n"
    "Zaragoza, 4 de diciembre de 2026. Un estudio con los datos del Registro regional de diabetes infantil analizó todos los casos nuevos diagnosticados entre 2011 y 2024.\n\n"
    "La incidencia de diabetes tipo 1 pasó de 15,2 casos por cada 100.000 niños al año en 2011-2015 a 19,8 casos por cada 100.000 en 2020-2024.\n\n"
    "No hubo diferencias entre niños y niñas (razón de tasas 0,97; IC del 95 %: 0,88-1,07).\n"
)


def draft(text: str, lang: str) -> dict:
    return extract_draft(text, source=f"{lang}.md", lang=lang, bank={}).data


def label(data: dict, section: str, ident: str, lang: str) -> str:
    entry = next(e for e in data[section] if e["id"] == ident)
    return entry["label"][lang]["plain"].lower()


def test_an_italian_registry_is_observational_and_its_rates_are_results() -> None:
    data = draft(IT, "it")
    assert data["study"]["evidence"] == "observational"
    rates = {f["value"]: f for f in data["facts"] if f["kind"] == "rate"}
    assert {8.1, 12.4, 6.3, 11.0} <= set(rates)
    assert 2015 not in rates and 2011 not in rates
    for value in (8.1, 12.4, 6.3, 11.0):
        assert rates[value].get("role") != "background"
        outcome = label(data, "outcomes", rates[value]["outcome"], "it")
        assert "celiachia" in outcome, outcome


def test_no_difference_between_two_kinds_of_people_with_its_rate_ratio() -> None:
    data = draft(IT, "it")
    ratio = next(f for f in data["facts"] if f["kind"] == "ratio")
    assert ratio["value"] == 1.06 and ratio["ci"] == [0.98, 1.15]
    assert label(data, "groups", ratio["group"], "it") == "maschi"
    assert label(data, "groups", ratio["versus"], "it") == "femmine"
    none = next(f for f in data["facts"] if f["kind"] == "no-difference")
    assert {none["group"], none["versus"]} == {ratio["group"], ratio["versus"]}
    assert data["study"].get("main_fact") not in (ratio["id"], none["id"])


def test_the_same_in_spanish() -> None:
    data = draft(ES, "es")
    ratio = next(f for f in data["facts"] if f["kind"] == "ratio")
    assert ratio["value"] == 0.97 and ratio["ratio"] == "rate"
    assert label(data, "groups", ratio["group"], "es") == "niños"
    assert label(data, "groups", ratio["versus"], "es") == "niñas"
    assert "diabetes" in label(data, "outcomes", ratio["outcome"], "es")
