# ruff: noqa: E501 (the made-up releases keep their paragraphs on one line, as pasted)
"""Cohorts told in German, Spanish, French, Italian and Portuguese (made up for these
tests, each phrased its own way): exposure categories ("Quintil 5", "el quintil más
alto", "im untersten") are groups, each ratio is its category's versus the reference, a
rate per 1,000 person-years keeps its group, the participants' age, sex and who got the
outcome are drafted, another study's finding stays background. Each reading is paired
with the error it must still tell apart."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

DE = """Viel Zucker, mehr Gicht

Bonn, 3. März 2026 – Wer viel Zucker isst, bekommt häufiger Gicht, berichtet eine Kohortenstudie der Universität Bonn.

Ausgewertet wurden die Daten von 20.415 Erwachsenen im Alter von 35 bis 80 Jahren. Ihr Alter lag im Median bei 58 Jahren, 47,5 % waren Frauen. Eine schwedische Studie hatte 2019 ein um 20 Prozent höheres Risiko berichtet.

In zehn Jahren erkrankten 812 Teilnehmende an Gicht. Im obersten Tertil traten 5,2 Fälle pro 1.000 Personenjahre auf, im untersten 2,9.

Hazard Ratios im Vergleich zum untersten Tertil:
Tertil 2: HR 1,21 (95-%-KI 1,01–1,45)
Tertil 3: HR 1,64 (95-%-KI 1,37–1,96)

Im obersten Tertil war das Risiko um 64 Prozent höher als im untersten. Je 25 Gramm mehr Zucker stieg das Risiko um 9 Prozent (HR 1,09; 95-%-KI 1,04–1,14).
"""

ES = """Más carne roja, más cáncer de colon

Madrid, 4 de marzo de 2026 – Un estudio de cohortes publicado en la revista Gut analizó datos de 33.100 adultos.

Los participantes, de 45 a 74 años, se dividieron en cuartiles de consumo. Durante el seguimiento, 611 participantes desarrollaron cáncer de colon. La tasa fue de 3,8 casos por 1.000 personas-año en el cuartil más alto, y en el más bajo, 2,1.

Frente al cuartil más bajo, el cuartil más alto tuvo un HR de 1,52 (IC del 95 %: 1,20 a 1,93), y el segundo cuartil un HR de 1,10 (IC del 95 %: 0,86 a 1,41).
"""


def draft(lang: str, text: str) -> dict:
    return extract_draft(text, source=f"{lang}.txt", lang=lang, bank={}).data


def facts(data: dict) -> dict:
    return {f.get("value"): f for f in data["facts"] if "value" in f}


def label(data: dict, gid: str) -> str:
    g = next(g for g in data["groups"] if g["id"] == gid)
    return next(iter(g["label"].values()))["plain"]


def test_german_tertiles_are_groups_compared_with_the_lowest() -> None:
    data = draft("de", DE)
    f = facts(data)
    assert data["study"]["evidence"] == "observational"
    assert f[20415]["group"] == "all"
    assert (f[1.21]["kind"], f[1.21]["ci"]) == ("ratio", [1.01, 1.45])
    assert "2" in label(data, f[1.21]["group"]) and "3" in label(data, f[1.64]["group"])
    low = f[1.21]["versus"]
    assert low == f[1.64]["versus"] and "unterst" in label(data, low)
    assert f[1.64]["group"] != f[1.21]["group"]
    # the relative change is the top tertile's versus the lowest, its outcome the illness
    assert (f[64]["group"], f[64]["versus"]) == (f[1.64]["group"], low)
    assert f[64]["outcome"] == f[1.64]["outcome"] == "gicht"
    assert data["study"]["main_fact"] == f[1.64]["id"]  # the highest, not the first row


def test_german_rates_age_sex_and_the_ill() -> None:
    f = facts(draft("de", DE))
    assert (f[5.2]["kind"], f[5.2]["per"], f[5.2]["unit"]) == ("rate", 1000, "person-years")
    assert (f[2.9]["kind"], f[2.9]["per"]) == ("rate", 1000)  # "im untersten 2,9"
    assert f[5.2]["group"] != f[2.9]["group"]
    assert f[5.2]["group"] == f[1.64]["group"] and f[2.9]["group"] == f[1.64]["versus"]
    rng = next(x for x in draft("de", DE)["facts"] if x["kind"] == "range")
    assert (rng["low"], rng["high"], rng["measure"]) == (35, 80, "age")
    assert (f[58]["kind"], f[58]["statistic"]) == ("mean", "median")
    assert (f[47.5]["kind"], f[47.5]["outcome"]) == ("proportion", "frauen")
    assert f[812]["kind"] == "count" and "Gicht" in f[812]["group"].title()


def test_german_step_of_the_exposure_is_its_own_group() -> None:
    data = draft("de", DE)
    f = facts(data)
    step = label(data, f[1.09]["group"])
    assert step.startswith("Je 25 Gramm mehr Zucker") and "stieg" not in step
    assert f[9]["group"] == f[1.09]["group"] and "versus" not in f[1.09]


def test_another_studys_finding_is_background() -> None:
    f = facts(draft("de", DE))
    assert 20 not in f  # "Eine schwedische Studie hatte 2019 …": not this study's result


def test_rows_swapped_swap_the_categories() -> None:
    """The paired error: with the two rows' ratios swapped, each takes the other tertile."""
    text = DE.replace("HR 1,21", "HR @").replace("HR 1,64", "HR 1,21").replace("HR @", "HR 1,64")
    data = draft("de", text)
    f = facts(data)
    assert "3" in label(data, f[1.21]["group"]) and "2" in label(data, f[1.64]["group"])


def test_spanish_quartiles_and_rates() -> None:
    data = draft("es", ES)
    f = facts(data)
    assert f[33100]["group"] == "all"
    top, second = f[1.52]["group"], f[1.1]["group"]
    assert "más alto" in label(data, top) and "2" in label(data, second)
    assert "más bajo" in label(data, f[1.52]["versus"])
    assert f[1.52]["ci"] == [1.2, 1.93]
    assert (f[3.8]["kind"], f[3.8]["group"]) == ("rate", top)
    assert f[2.1]["kind"] == "rate" and f[2.1]["group"] == f[1.52]["versus"]
    assert f[611]["kind"] == "count"


@pytest.mark.parametrize("lang,text,rank", [
    ("fr", "Dans le quintile le plus élevé, le HR était de 1,30 (IC à 95 % 1,10 à 1,54) "
           "par rapport au quintile le plus bas.", "5"),
    ("it", "Nel quinto quintile l'HR era 1,30 (IC al 95 % 1,10-1,54) rispetto al "
           "quintile più basso.", "5"),
    ("pt", "No quintil mais alto, o HR foi de 1,30 (IC de 95 % 1,10 a 1,54) em comparação "
           "com o quintil mais baixo.", "5"),
])
def test_a_category_is_read_in_each_language(lang: str, text: str, rank: str) -> None:
    head = {"fr": "Une étude de cohorte a suivi 9 000 adultes pendant dix ans, et 400 "
                  "participants ont développé un diabète.",
            "it": "Uno studio di coorte ha seguito 9.000 adulti; 400 partecipanti hanno "
                  "sviluppato il diabete.",
            "pt": "Um estudo de coorte acompanhou 9.000 adultos; 400 participantes "
                  "desenvolveram diabetes."}[lang]
    data = draft(lang, f"Titre\n\n{head}\n\n{text}\n")
    f = facts(data)
    assert f[1.3]["ci"] == [1.1, 1.54]
    assert rank in label(data, f[1.3]["group"])
    assert "1" in label(data, f[1.3]["versus"])


COHORTS = {
    "fr": "Titre\n\nUne étude de cohorte publiée dans la revue Diabetologia a analysé les données de 40 210 adultes âgés de 40 à 70 ans. L'âge médian était de 55 ans et 51,2 % étaient des femmes. Au total, 2 100 participants ont développé un diabète de type 2. Le taux était de 6,4 cas pour 1 000 personnes-années dans le quintile le plus élevé et de 3,8 dans le plus bas.",
    "it": "Titolo\n\nUno studio di coorte pubblicato sulla rivista Diabetologia ha analizzato 40.210 adulti di età compresa tra 40 e 70 anni. L'età mediana era 55 anni e il 51,2 % erano donne. In tutto 2.100 partecipanti hanno sviluppato il diabete di tipo 2. Il tasso era di 6,4 casi per 1.000 anni-persona nel quintile più alto e nel più basso, 3,8.",
    "pt": "Título\n\nUm estudo de coorte publicado na revista Diabetologia analisou 40.210 adultos com idade entre 40 e 70 anos. A idade mediana era 55 anos e 51,2 % eram mulheres. Ao todo, 2.100 participantes desenvolveram diabetes tipo 2. A taxa foi de 6,4 casos por 1.000 pessoas-ano no quintil mais alto e, no mais baixo, 3,8.",
}


@pytest.mark.parametrize("lang", sorted(COHORTS))
def test_a_cohort_is_read_alike_in_each_language(lang: str) -> None:
    data = draft(lang, COHORTS[lang])
    f = facts(data)
    assert f[40210]["group"] == "all"  # the participants, not those who fell ill (2,100)
    assert f[2100]["group"] != "all"
    rng = next(x for x in data["facts"] if x["kind"] == "range")
    assert (rng["low"], rng["high"]) == (40, 70)
    assert f[55]["kind"] == "mean" and f[51.2]["kind"] == "proportion"
    high, low = f[6.4], f[3.8]
    assert high["kind"] == low["kind"] == "rate" and high["per"] == 1000
    assert "5" in label(data, high["group"]) and "1" in label(data, low["group"])
    assert high["outcome"] == low["outcome"] and "diab" in high["outcome"]
