"""A registry or survey in es, fr, it or pt gives a figure per band of an exposure ("tra 24
e 48 ore", "más de 10 años", "entre 5 e 9 anos"), said right after the figure or after its
bracket of counts, and odds or risk ratios of exposures that are no study arm ("Fumar a
diario se asoció a una probabilidad 1,8 veces mayor de …  (OR 1,80 …)", "seguido de …
(OR 1,30 …)"). Each is drafted with its band or exposure as the group and the outcome the
sentence says it is associated with. Releases made up for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

BANDS = {
    "it": ("Registro delle dialisi\n\n"
           "Lo studio di coorte ha analizzato 12.400 pazienti seguiti per cinque anni.\n\n"
           "La mortalità a un anno è stata del 9,2 per cento (310 decessi) tra 1 e 3 anni "
           "di dialisi, dell'11,5 per cento (402 decessi) tra 4 e 6 anni e del 14,8 per "
           "cento (515 decessi) oltre i 6 anni.\n",
           {9.2: "1 e 3", 11.5: "4 e 6", 14.8: "oltre"}),
    "es": ("Encuesta de salud laboral\n\n"
           "Un estudio transversal incluyó a 6.300 trabajadores de la construcción.\n\n"
           "El dolor de espalda crónico afectó al 18,4 % (IC 95 %: 16,9-20,0) con menos de "
           "5 años de oficio y al 31,7 % (IC 95 %: 29,8-33,6) con más de 15 años de oficio.\n",
           {18.4: "menos de 5", 31.7: "más de 15"}),
    "pt": ("Coorte de motoristas\n\n"
           "O estudo de coorte acompanhou 8.150 motoristas de ônibus por dez anos.\n\n"
           "A hipertensão surgiu em 12,3 % (240 casos) entre 5 e 9 anos de profissão e em "
           "17,9 % (351 casos) após mais de 10 anos de profissão.\n",
           {12.3: "5 e 9", 17.9: "mais de 10"}),
}

RATIOS = {
    "es": ("Encuesta escolar\n\n"
           "Un estudio transversal incluyó a 9.800 escolares que respondieron un cuestionario.\n\n"
           "Dormir menos de seis horas se asoció a una probabilidad 1,8 veces mayor de "
           "ansiedad (OR 1,80; IC 95 %: 1,52-2,13), seguido del consumo de bebidas "
           "energéticas (OR 1,30; IC 95 %: 1,11-1,52).\n",
           {1.80: "dormir", 1.30: "bebidas"}, "ansiedad"),
    "fr": ("Enquête auprès des collégiens\n\n"
           "Une étude transversale a inclus 7 420 collégiens qui ont répondu à un "
           "questionnaire.\n\n"
           "Le harcèlement en ligne était associé à un risque plus élevé de troubles du "
           "sommeil (OR 2,10 ; IC 95 % : 1,84-2,40), suivi de l'usage nocturne du téléphone "
           "(OR 1,45 ; IC 95 % : 1,27-1,66).\n",
           {2.10: "harcèlement", 1.45: "téléphone"}, "troubles"),
    "pt": ("Inquérito com idosos\n\n"
           "Um estudo transversal incluiu 5.210 idosos que responderam a uma entrevista.\n\n"
           "Morar sozinho esteve associado a uma chance 1,6 vez maior de quedas (razão de "
           "chances, OR, 1,62; IC 95 %: 1,35 a 1,94), seguido do uso de cinco ou mais "
           "remédios (OR 1,41; IC 95 %: 1,20 a 1,66).\n",
           {1.62: "morar", 1.41: "remédios"}, "quedas"),
}


def _draft(lang: str, text: str) -> tuple[dict, dict, dict]:
    data = extract_draft(text, source="t.txt", lang=lang, bank={}).data
    groups = {g["id"]: g["label"][lang]["plain"] for g in data.get("groups", [])}
    outcomes = {o["id"]: o["label"][lang]["plain"] for o in data.get("outcomes", [])}
    return data, groups, outcomes


@pytest.mark.parametrize("lang", sorted(BANDS))
def test_a_figure_per_band_is_of_its_band(lang: str) -> None:
    text, want = BANDS[lang]
    data, groups, _outcomes = _draft(lang, text)
    shares = {f["value"]: f for f in data["facts"] if f.get("kind") == "proportion"}
    for value, words in want.items():
        assert value in shares, (lang, value, sorted(shares))
        label = groups.get(shares[value]["group"], "")
        assert words in label, (lang, value, label)


@pytest.mark.parametrize("lang", sorted(RATIOS))
def test_a_ratio_of_an_exposure_is_of_that_exposure(lang: str) -> None:
    text, want, outcome = RATIOS[lang]
    data, groups, outcomes = _draft(lang, text)
    ratios = {f["value"]: f for f in data["facts"] if f.get("kind") == "ratio"}
    for value, word in want.items():
        assert value in ratios, (lang, value, sorted(ratios))
        fact = ratios[value]
        assert word in groups.get(fact["group"], "").lower(), (lang, value, groups)
        assert outcome in outcomes.get(fact["outcome"], "").lower(), (lang, value, outcomes)


def test_a_time_point_after_a_figure_is_no_band() -> None:
    text = ("Ensayo\n\nUn ensayo aleatorizado incluyó a 400 pacientes.\n\n"
            "La tasa de recaída fue del 12,5 % 6 meses después del tratamiento.\n")
    _data, groups, _outcomes = _draft("es", text)
    assert not any("meses" in label for label in groups.values())


# a ratio named with a time on the way and its interval in words or bare, and a share's
# interval after the group its figure is of
WORDED = {
    "it": ("Registro degli ictus\n\nLo studio ha analizzato 40.210 pazienti ricoverati.\n\n"
           "La trombolisi entro 3 ore era associata a un rischio relativo di morte a 90 giorni "
           "di 0,78 (intervallo di confidenza al 95 per cento 0,70-0,87) rispetto ai "
           "trattamenti più tardivi. Per chi era trattato tra 3 e 6 ore il rischio relativo "
           "era di 0,91 (0,82-1,01).\n",
           {0.78: ([0.70, 0.87], "entro 3"), 0.91: ([0.82, 1.01], "3 e 6")}),
    "es": ("Registro de ictus\n\nEl estudio analizó a 40.210 pacientes ingresados.\n\n"
           "La trombólisis en menos de 3 horas se asoció a un riesgo relativo de muerte a 90 "
           "días de 0,78 (intervalo de confianza del 95 por ciento 0,70-0,87). Entre 3 y 6 "
           "horas el riesgo relativo fue de 0,91 (0,82-1,01).\n",
           {0.78: ([0.70, 0.87], "menos de 3"), 0.91: ([0.82, 1.01], "3 y 6")}),
}


@pytest.mark.parametrize("lang", sorted(WORDED))
def test_a_ratio_named_with_a_time_keeps_its_value_and_interval(lang: str) -> None:
    text, want = WORDED[lang]
    data, groups, _outcomes = _draft(lang, text)
    ratios = {f["value"]: f for f in data["facts"] if f.get("kind") == "ratio"}
    assert 90 not in ratios
    for value, (ci, band) in want.items():
        assert value in ratios, (lang, value, sorted(ratios))
        assert ratios[value].get("ci") == ci
        assert band in groups.get(ratios[value]["group"], ""), (lang, value, groups)


def test_a_shares_interval_after_its_group_is_its_range() -> None:
    text = ("Inquérito com idosos\n\nUm estudo transversal incluiu 5.210 idosos que responderam "
            "a uma entrevista.\n\nNo total, 22,6 % dos idosos (IC 95 %: 21,4 a 23,8) "
            "relataram quedas no último ano.\n")
    data, _groups, _outcomes = _draft("pt", text)
    ranges = [f for f in data["facts"] if f.get("kind") == "range"]
    assert any(f["low"] == 21.4 and f["high"] == 23.8 for f in ranges)
