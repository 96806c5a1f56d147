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
