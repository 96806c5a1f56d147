"""The checker reads rates in six languages and matches them to the sheet's rate facts:
a faithful rate passes (and states its fact); the same sentence with the value changed,
the denominator changed ("per 100" for "per 1,000"), the rate said as a percentage or
the rate moved to the other group is caught where it stands. Sentences written here in
wording of their own, against the test sheet with invented rates
(tests/data/sheets/rate-test.yaml: 2.1 per 1,000 person-years with too little vitamin D,
1.6 with enough, about 39 per 100,000 people a year in the US as background)."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest

from .conftest import installed

SHEET = Path(__file__).parent / "data" / "sheets" / "rate-test.yaml"


@functools.cache
def _sheet() -> Any:
    from plainsum.factsheet import load_factsheet

    return load_factsheet(SHEET, installed().known_terms())


def findings(lang: str, text: str, require: str = "none") -> list[Any]:
    from plainsum.lexicon import Lexicon
    from plainsum.pipeline import CheckContext, check_text

    pack = installed().language(lang)
    context = CheckContext(_sheet(), pack, None, Lexicon(_sheet(), pack), require=require)
    return check_text(text, context, installed(), with_readability=False).findings


def errors(lang: str, text: str, require: str = "none") -> list[Any]:
    return [f for f in findings(lang, text, require) if f.severity == "error"]


def said(found: list[Any]) -> str:
    return "; ".join(f"{f.rule} {f.found!r}: {f.message}" for f in found)


def caught_at(lang: str, text: str, rule: str, words: str) -> bool:
    a = text.index(words)
    b = a + len(words)
    return any(f.rule == rule and f.span and f.span[0] < b and a < f.span[1]
               for f in errors(lang, text))


# (lang, faithful sentence with {v} {base} {group}, the wrong group's words)
CASES = [
    ("en", "In the study, {v} in every {base} people with {group} got bowel cancer each year.",
     "2.1", "1,000", "too little vitamin D in their blood", "enough vitamin D for healthy bones"),
    ("en", "Among people with vitamin {group}, colorectal cancer occurred at {v} cases per "
     "{base} person-years.", "2.1", "1,000", "D deficiency", "D sufficiency"),
    ("es", "Entre los participantes con {group} hubo {v} casos de cáncer colorrectal por cada "
     "{base} personas-año.", "2,1", "1000", "déficit de vitamina D",
     "concentraciones suficientes"),
    ("es", "En el estudio, {v} de cada {base} personas con {group} tuvieron cáncer de colon o "
     "de recto cada año.", "2,1", "1000", "poca vitamina D en la sangre",
     "vitamina D suficiente"),
    ("fr", "Chez les participants {group}, l'incidence du cancer colorectal était de {v} cas "
     "pour {base} années-personnes.", "2,1", "1 000", "carencés en vitamine D",
     "ayant une concentration suffisante"),
    ("fr", "Dans l'étude, parmi les personnes {group}, {v} sur {base} ont eu un cancer du côlon "
     "chaque année.", "2,1", "1 000", "ayant trop peu de vitamine D dans le sang",
     "ayant une concentration suffisante"),
    ("de", "Bei Teilnehmern mit {group} traten {v} Fälle von Darmkrebs je {base} "
     "Personenjahre auf.", "2,1", "1.000", "Vitamin-D-Mangel", "ausreichend Vitamin D"),
    ("de", "In der Studie erkrankten jedes Jahr {v} von {base} Menschen mit {group} an "
     "Darmkrebs.", "2,1", "1000", "Vitamin-D-Mangel", "ausreichend Vitamin D"),
    ("it", "Tra i partecipanti con {group} si sono verificati {v} casi di carcinoma "
     "colorettale ogni {base} anni-persona.", "2,1", "1.000", "carenza di vitamina D",
     "concentrazioni sufficienti"),
    ("it", "Nello studio, il tasso di tumore del colon-retto era di {v} per {base} "
     "anni-persona tra i partecipanti con {group}.", "2,1", "1000", "carenza di vitamina D",
     "concentrazioni sufficienti"),
    ("pt", "Entre as pessoas com {group}, houve {v} casos de cancro colorretal por {base} "
     "pessoas-ano.", "2,1", "1000", "défice de vitamina D", "vitamina D suficiente"),
    ("pt", "No estudo, {v} em cada {base} pessoas com {group} tiveram cancro do intestino "
     "todos os anos.", "2,1", "1000", "défice de vitamina D", "vitamina D suficiente"),
]
IDS = [f"{c[0]}-{i}" for i, c in enumerate(CASES)]


def _text(case: tuple[str, ...], v: str | None = None, base: str | None = None,
          group: str | None = None) -> str:
    _, template, value, per, own, _other = case
    return template.format(v=v or value, base=base or per, group=group or own)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_faithful_rate_passes_and_states_its_fact(case):
    lang, text = case[0], _text(case)
    assert not errors(lang, text), said(errors(lang, text))
    # the rate is stated: a text that must keep it finds it there
    missing = [f for f in findings(lang, text, "all") if f.rule == "missing-fact"]
    assert "deficient-rate" not in {f.fact for f in missing}


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_changed_rate_value_is_caught(case):
    lang = case[0]
    wrong = _text(case, v=case[2].replace("2", "3"))
    assert caught_at(lang, wrong, "unsupported-number", case[2].replace("2", "3")), \
        said(errors(lang, wrong))


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_changed_denominator_is_caught(case):
    lang, per = case[0], case[3]
    sep = per[1] if len(per) > 4 else ""
    for base in ("100", f"100{sep}000"):  # per 100, per 100,000 for per 1,000
        wrong = _text(case, base=base)
        assert caught_at(lang, wrong, "unsupported-number", case[2]), \
            (base, said(errors(lang, wrong)))


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_rate_moved_to_the_other_group_is_caught(case):
    lang = case[0]
    wrong = _text(case, group=case[5])
    assert caught_at(lang, wrong, "wrong-context", case[2]), said(errors(lang, wrong))


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("en", "Among people with vitamin D deficiency, 2.1 in every 1,000 developed colorectal "
     "cancer each year.", "Among people with vitamin D deficiency, 2.1% developed "
     "colorectal cancer each year.", "2.1%"),
    ("es", "Entre los participantes con déficit de vitamina D, 2,1 de cada 1000 tuvieron "
     "cáncer colorrectal cada año.", "Entre los participantes con déficit de vitamina D, el "
     "0,21 % tuvo cáncer colorrectal cada año.", "0,21 %"),
    ("fr", "Parmi les participants carencés en vitamine D, 2,1 sur 1 000 ont eu un cancer "
     "colorectal chaque année.", "Parmi les participants carencés en vitamine D, 2,1 % ont "
     "eu un cancer colorectal chaque année.", "2,1 %"),
    ("de", "Von den Teilnehmern mit Vitamin-D-Mangel erkrankten jedes Jahr 2,1 von 1000 an "
     "Darmkrebs.", "Von den Teilnehmern mit Vitamin-D-Mangel erkrankten jedes Jahr 2,1 "
     "Prozent an Darmkrebs.", "2,1 Prozent"),
    ("it", "Tra i partecipanti con carenza di vitamina D, 2,1 su 1000 si sono ammalati ogni "
     "anno.", "Tra i partecipanti con carenza di vitamina D, il 2,1% si è ammalato ogni "
     "anno.", "2,1%"),
    ("pt", "Entre as pessoas com défice de vitamina D, 2,1 em cada 1000 tiveram cancro "
     "colorretal todos os anos.", "Entre as pessoas com défice de vitamina D, 0,21% tiveram "
     "cancro colorretal todos os anos.", "0,21%"),
])
def test_a_rate_said_as_a_percentage_is_caught(lang, faithful, wrong, words):
    assert not errors(lang, faithful), said(errors(lang, faithful))
    assert caught_at(lang, wrong, "unsupported-number", words), said(errors(lang, wrong))
    message = next(f.message for f in errors(lang, wrong) if f.found == words)
    assert "rate" in message or "Rate" in message


def test_two_rates_each_with_its_group_after_it():
    faithful = ("The incidence was 2.1/1,000 person-years with vitamin D deficiency and "
                "1.6/1,000 with sufficient vitamin D.")
    assert not errors("en", faithful), said(errors("en", faithful))
    wrong = ("The incidence was 2.1/1,000 person-years with sufficient vitamin D and "
             "1.6/1,000 with vitamin D deficiency.")
    assert caught_at("en", wrong, "wrong-context", "2.1/1,000"), said(errors("en", wrong))


def test_a_background_rate_with_its_hedge_passes():
    text = "Each year, about 39 in every 100,000 people in the US get bowel cancer."
    assert not errors("en", text), said(errors("en", text))
    wrong = text.replace("100,000", "10,000")
    assert caught_at("en", wrong, "unsupported-number", "39"), said(errors("en", wrong))


def test_a_sheet_without_rates_is_not_read_for_them():
    from plainsum_checks import rates

    sheet = _sheet()
    assert sheet.facts_of("rate")
    # the reader only runs for a sheet with rate facts: the pattern of words is built from
    # the pack and matched after numbers only
    pattern = rates.per_pattern(["per", "in every"])
    assert pattern.match(" cases per 1,000 person-years").group("base") == "1,000"
    assert pattern.match(" in every 100 women").group("base") == "100"
    assert pattern.match(" per cent") is None


@pytest.mark.parametrize("lang, faithful, dropped, reversed_, as_result", [
    ("en", "Each year, about 39 in every 100,000 people in the US get bowel cancer.",
     "Each year, 39 in every 100,000 people in the US get bowel cancer.",
     "Each year, more than 39 in every 100,000 people in the US get bowel cancer.",
     "In this study, we found that about 39 in every 100,000 people in the US got bowel "
     "cancer each year."),
    ("es", "Cada año, alrededor de 39 de cada 100.000 personas en Estados Unidos tienen "
     "cáncer de colon.",
     "Cada año, 39 de cada 100.000 personas en Estados Unidos tienen cáncer de colon.",
     "Cada año, más de 39 de cada 100.000 personas en Estados Unidos tienen cáncer de colon.",
     "En este estudio, los investigadores hallaron que alrededor de 39 de cada 100.000 "
     "personas en Estados Unidos tuvieron cáncer de colon cada año."),
])
def test_a_background_rate_keeps_its_hedge_and_stays_context(lang, faithful, dropped,
                                                            reversed_, as_result):
    assert not errors(lang, faithful), said(errors(lang, faithful))
    assert not [f for f in findings(lang, faithful) if f.rule.startswith("hedge")]
    assert any(f.rule == "hedge-dropped" for f in findings(lang, dropped)), \
        said(findings(lang, dropped))
    assert caught_at(lang, reversed_, "hedge-reversed", "39"), said(errors(lang, reversed_))
    assert caught_at(lang, as_result, "background-as-result", "39"), \
        said(errors(lang, as_result))


@pytest.mark.parametrize("lang, faithful, base, wrong_base", [
    ("en", "With vitamin D deficiency and with sufficient vitamin D, colorectal cancer rates "
     "were 2.1 and 1.6 per {b} person-years, respectively.", "1,000", "100"),
    ("de", "Bei Vitamin-D-Mangel bzw. ausreichendem Vitamin D lag die Rate bei 2,1 bzw. 1,6 "
     "pro {b} Personenjahre.", "1.000", "100"),
    ("es", "Con déficit de vitamina D y con concentraciones suficientes, las tasas fueron de "
     "2,1 y 1,6 por cada {b} personas-año.", "1000", "10.000"),
])
def test_two_figures_share_one_denominator(lang, faithful, base, wrong_base):
    text = faithful.format(b=base)
    assert not errors(lang, text), said(errors(lang, text))
    missing = {f.fact for f in findings(lang, text, "all") if f.rule == "missing-fact"}
    assert not missing & {"deficient-rate", "sufficient-rate"}
    wrong = faithful.format(b=wrong_base)
    first = "2.1" if lang == "en" else "2,1"
    assert caught_at(lang, wrong, "unsupported-number", first), said(errors(lang, wrong))


@pytest.mark.parametrize("lang, faithful, base, wrong_base", [
    ("en", "The rate per {b} person-years was 2.1 with vitamin D deficiency.", "1,000", "100"),
    ("en", "Per {b} person-years, colorectal cancer rates were 2.1 vs 1.6 in people with "
     "vitamin D deficiency and sufficiency.", "1,000", "10,000"),
    ("fr", "Pour {b} années-personnes, le taux était de 2,1 chez les participants carencés "
     "en vitamine D.", "1 000", "100"),
    ("de", "Die Rate pro {b} Personenjahre lag bei 2,1 bei Vitamin-D-Mangel.", "1.000", "100"),
    ("it", "Per {b} anni-persona, il tasso era di 2,1 tra i partecipanti con carenza di "
     "vitamina D.", "1.000", "100"),
])
def test_a_denominator_said_before_its_figure(lang, faithful, base, wrong_base):
    text = faithful.format(b=base)
    assert not errors(lang, text), said(errors(lang, text))
    missing = {f.fact for f in findings(lang, text, "all") if f.rule == "missing-fact"}
    assert "deficient-rate" not in missing
    wrong = faithful.format(b=wrong_base)
    first = "2.1" if lang == "en" else "2,1"
    assert caught_at(lang, wrong, "unsupported-number", first), said(errors(lang, wrong))


@pytest.mark.parametrize("lang, faithful, wrong", [
    ("en", "In the study, about 2 in every 1,000 people with too little vitamin D in their "
     "blood got bowel cancer each year.", "In the study, 2 in every 1,000 people with too "
     "little vitamin D in their blood got bowel cancer each year."),
    ("en", "In the study, more than 2 in every 1,000 people with too little vitamin D in their "
     "blood got bowel cancer each year.", "In the study, about 3 in every 1,000 people with "
     "too little vitamin D in their blood got bowel cancer each year."),
    ("es", "En el estudio, unas 2 de cada 1000 personas con poca vitamina D en la sangre "
     "tuvieron cáncer de colon cada año.", "En el estudio, 2 de cada 1000 personas con poca "
     "vitamina D en la sangre tuvieron cáncer de colon cada año."),
])
def test_a_hedged_rate_may_round_the_sheets(lang, faithful, wrong):
    assert not errors(lang, faithful), said(errors(lang, faithful))
    assert errors(lang, wrong), "an unhedged or wrongly rounded rate is caught"


def test_dutch_rates_from_the_example_pack():
    faithful = ("In het onderzoek kregen deelnemers met een vitamine D-tekort darmkanker met "
                "een frequentie van 2,1 per {b} persoonsjaren.")
    assert not errors("nl", faithful.format(b="1.000"))
    assert caught_at("nl", faithful.format(b="100"), "unsupported-number", "2,1")
    other = faithful.format(b="1.000").replace("een vitamine D-tekort", "voldoende vitamine D")
    assert caught_at("nl", other, "wrong-context", "2,1")
    plain = "Elk jaar kregen {v} op de 1.000 mensen met een vitamine D-tekort darmkanker."
    assert not errors("nl", plain.format(v="2,1"))
    assert caught_at("nl", plain.format(v="3,1"), "unsupported-number", "3,1")
    percent = "Elk jaar kreeg 2,1 procent van de mensen met een vitamine D-tekort darmkanker."
    assert caught_at("nl", percent, "unsupported-number", "2,1 procent")


@pytest.mark.parametrize("lang, faithful, same, other", [
    ("en", "People with vitamin D deficiency developed colorectal cancer at a rate of 2.1 per "
     "1,000 {u}.", "patient-years", "person-months"),
    ("es", "Los participantes con déficit de vitamina D tuvieron cáncer colorrectal con una "
     "tasa de 2,1 por 1000 {u}.", "pacientes-año", "personas-mes"),
    ("fr", "Chez les participants carencés en vitamine D, l'incidence était de 2,1 cas pour "
     "1 000 {u}.", "années-patients", "mois-personnes"),
    ("de", "Bei Teilnehmern mit Vitamin-D-Mangel traten 2,1 Fälle je 1.000 {u} auf.",
     "Patientenjahre", "Personenmonate"),
    ("it", "Tra i partecipanti con carenza di vitamina D il tasso era di 2,1 per 1.000 {u}.",
     "anni-paziente", "nati vivi"),
    ("pt", "Entre as pessoas com défice de vitamina D, houve 2,1 casos por 1000 {u}.",
     "doentes-ano", "pessoas-mês"),
])
def test_a_rate_per_another_unit_is_caught(lang, faithful, same, other):
    for unit in (same, {"en": "person-years"}.get(lang, same)):
        text = faithful.format(u=unit)
        assert not errors(lang, text), said(errors(lang, text))
    wrong = faithful.format(u=other)
    assert caught_at(lang, wrong, "unsupported-number", "2"), said(errors(lang, wrong))


def test_people_a_year_is_person_years_in_other_words():
    text = ("People in the US are diagnosed with colorectal cancer at a rate of about 39 per "
            "100,000 {u}.")
    assert not errors("en", text.format(u="person-years"))
    assert caught_at("en", text.format(u="person-months"), "unsupported-number", "39")


@pytest.mark.parametrize("lang, sentence", [
    ("en", "With vitamin D deficiency and with sufficient vitamin D, colorectal cancer rates "
     "were {x} and {y} per 1,000 person-years, respectively."),
    ("es", "Con déficit de vitamina D y con concentraciones suficientes, las tasas de cáncer "
     "colorrectal fueron de {x} y {y} por cada 1000 personas-año, respectivamente."),
    ("de", "Bei Vitamin-D-Mangel bzw. bei ausreichenden Spiegeln lag die Rate bei {x} bzw. "
     "{y} pro 1.000 Personenjahre."),
    ("fr", "Chez les participants carencés en vitamine D et chez ceux ayant une concentration "
     "suffisante, les taux étaient de {x} et {y} pour 1 000 années-personnes."),
])
def test_a_pair_of_rates_takes_the_pair_of_groups_in_order(lang, sentence):
    comma = lang != "en"
    first, second = ("2,1", "1,6") if comma else ("2.1", "1.6")
    faithful = sentence.format(x=first, y=second)
    assert not errors(lang, faithful), said(errors(lang, faithful))
    wrong = sentence.format(x=second, y=first)  # the two rates swapped
    assert caught_at(lang, wrong, "wrong-context", second), said(errors(lang, wrong))
