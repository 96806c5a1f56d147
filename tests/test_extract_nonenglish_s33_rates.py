# ruff: noqa: E501 (the releases keep their paragraphs on one line, as they are pasted)
"""A registry's rates per so many people, its parts of the population and its change over
time, in es/fr/de/it/pt (session 33, issue 12): "9,8 casos por cada 100.000 habitantes"
is a rate per 100,000 people (and the figure said before it, "de 6,1 a 9,8", one too);
"entre las mujeres", "chez les hommes du même âge" name the group a figure is of; a
relative change with no arm in the study ("aumentó un 61 % en veinte años") is the whole
population's change, never a share of a group, and the headline fact; a change's own noun
("un aumento relativo") is no outcome; a background sentence's rate is never drafted.
Own releases, each reading paired with the case it must tell apart."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

sys.path.insert(0, str(ROOT / "tests"))
from test_extract_nonenglish_s33_studies import REGISTRY  # noqa: E402

LANGS = ("es", "fr", "de", "it", "pt")

MORE = {
    "es": "Entre las mujeres, la tasa fue de 11,2 por cada 100.000; entre los hombres, de 8,5 por cada 100.000. En total, los casos aumentaron un 61 % en veinte años.\n\nSegún la Organización Mundial de la Salud, el cáncer de colon causa 30 muertes por cada 100.000 habitantes.\n",
    "fr": "Chez les femmes, le taux était de 11,2 pour 100 000 ; chez les hommes, de 8,5 pour 100 000. Au total, le nombre de cas a augmenté de 61 % en vingt ans.\n\nSelon l'Organisation mondiale de la santé, le cancer du côlon cause 30 décès pour 100 000 habitants dans le monde.\n",
    "de": "Bei Frauen lag die Rate bei 11,2 pro 100.000, bei Männern bei 8,5 pro 100.000. Insgesamt stieg die Zahl der Fälle in zwanzig Jahren um 61 Prozent.\n\nLaut Weltgesundheitsorganisation verursacht Darmkrebs weltweit 30 Todesfälle pro 100.000 Einwohner.\n",
    "it": "Tra le donne il tasso era di 11,2 ogni 100.000, tra gli uomini di 8,5 ogni 100.000. Nel complesso i casi sono aumentati del 61% in vent'anni.\n\nSecondo l'Organizzazione mondiale della sanità, il tumore del colon causa 30 morti ogni 100.000 abitanti nel mondo.\n",
    "pt": "Entre as mulheres, a taxa foi de 11,2 por 100.000; entre os homens, de 8,5 por 100.000. No total, os casos aumentaram 61% em vinte anos.\n\nSegundo a Organização Mundial da Saúde, o cancro do cólon causa 30 mortes por 100.000 habitantes no mundo.\n",
}


def draft(lang: str, text: str) -> dict:
    return extract_draft(text, source=f"{lang}.md", lang=lang, bank={}).data


def rates(data: dict) -> list[tuple]:
    return [(f["value"], f["group"], f["per"], f["unit"]) for f in data["facts"] if f["kind"] == "rate"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_rate_per_100000_people_and_the_figure_before_it(lang: str) -> None:
    data = draft(lang, REGISTRY[lang])
    assert rates(data) == [(6.1, "all", 100000, "people"), (9.8, "all", 100000, "people")]
    assert not [f for f in data["facts"] if f["kind"] == "proportion"], data["facts"]


@pytest.mark.parametrize("lang", LANGS)
def test_parts_of_the_population_and_the_change_over_time(lang: str) -> None:
    data = draft(lang, REGISTRY[lang] + "\n" + MORE[lang])
    found = rates(data)
    assert [r[0] for r in found] == [6.1, 9.8, 11.2, 8.5], found  # not the WHO's 30
    groups = {g["id"]: g["label"][lang]["plain"].lower() for g in data["groups"]}
    women, men = groups[found[2][1]], groups[found[3][1]]
    assert any(w in women for w in ("mujeres", "femmes", "frauen", "donne", "mulheres")), women
    assert any(w in men for w in ("hombres", "hommes", "männern", "uomini", "homens")), men
    change = [f for f in data["facts"] if f["kind"] == "relative-change"]
    assert [(f["value"], f["group"], f["direction"]) for f in change] == [(61, "all", "higher")]
    assert "versus" not in change[0]
    assert data["study"]["main_fact"] == change[0]["id"]
    assert not [f for f in data["facts"] if f["kind"] == "proportion"], data["facts"]


def test_a_change_s_own_noun_is_no_outcome() -> None:
    text = REGISTRY["it"].replace("abitanti.\n", "abitanti, con un aumento relativo del 61%.\n")
    data = draft("it", text)
    change = next(f for f in data["facts"] if f["kind"] == "relative-change")
    rate = next(f for f in data["facts"] if f["kind"] == "rate")
    assert change["outcome"] == rate["outcome"], data["outcomes"]
    assert "aumento" not in change["outcome"]


@pytest.mark.parametrize(("lang", "sentence", "word"), [
    ("de", "Bei Frauen unter 40 Jahren stieg die Inzidenz von Darmkrebs von 6,1 auf 9,8 pro 100.000 Einwohnerinnen, ein Anstieg um 61 Prozent.", "frauen"),
    ("it", "Tra le donne l'incidenza del tumore del colon è passata da 6,1 a 9,8 ogni 100.000 abitanti, con un aumento del 61%.", "donne"),
])
def test_a_change_after_a_part_s_rates_is_that_part_s(lang: str, sentence: str, word: str) -> None:
    head = REGISTRY[lang].split("\n\n")
    data = draft(lang, "\n\n".join([*head[:2], sentence]) + "\n")
    change = next(f for f in data["facts"] if f["kind"] == "relative-change")
    rate = next(f for f in data["facts"] if f["kind"] == "rate")
    assert change["group"] == rate["group"] != "all"
    assert word in change["group"]


def test_a_comparative_after_the_figure_is_no_outcome() -> None:
    text = ("Caminhar associado a menor risco de demência\n\nSão Paulo, 3 de dezembro de 2026. Um estudo de coorte acompanhou 8.450 adultos durante dez anos.\n\n"
            "Entre quem caminhava todos os dias, 6,2% desenvolveram demência; entre quem não caminhava, 10,4%. Após ajuste, o risco foi 32% menor.\n")
    data = draft("pt", text)
    change = next(f for f in data["facts"] if f["kind"] == "relative-change")
    assert (change["value"], change["direction"]) == (32, "lower")
    assert "menor" not in change["outcome"] and "demencia" in change["outcome"]
