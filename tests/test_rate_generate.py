"""Rates in every generated output: said as a rate in each language and audience, never
as a share of people or a percentage, and every output passes its checks (the test sheet
with invented rates, tests/data/sheets/rate-test.yaml; Dutch from the example pack)."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import pytest

SHEET = Path(__file__).parent / "data" / "sheets" / "rate-test.yaml"
LANGS = ["en", "es", "fr", "de", "it", "pt", "nl"]

# the deficient group's rate (2.1 per 1,000 person-years) as each audience reads it
PLAIN = {  # the group's short label: its full label was said in the lead before
    "en": "2.1 in every 1,000 people with too little vitamin D got bowel cancer each year",
    "es": "2,1 de cada 1000 personas con poca vitamina D tuvieron cáncer de colon o de recto "
          "cada año",
    "fr": "parmi les personnes ayant trop peu de vitamine D, 2,1 sur 1 000 ont eu un cancer "
          "du côlon ou du rectum chaque année",
    "de": "2,1 von 1.000 Menschen mit zu wenig Vitamin D jedes Jahr von Darmkrebs betroffen",
    "it": "tra le persone con poca vitamina D, 2,1 su 1.000 si sono ammalate di tumore del "
          "colon-retto ogni anno",
    "pt": "2,1 em cada 1000 pessoas com pouca vitamina D tiveram cancro do intestino todos os "
          "anos",
    "nl": "elk jaar 2,1 op de 1.000 mensen met te weinig vitamine D darmkanker kregen",
}
TECHNICAL = {
    "en": "at a rate of 2.1 per 1,000 person-years (95% CI 1.8 to 2.5)",
    "es": "con una tasa de 2,1 por 1000 personas-año (IC del 95 %: 1,8 a 2,5)",
    "fr": "à raison de 2,1 pour 1 000 années-personnes (IC à 95 % : 1,8 à 2,5)",
    "de": "mit einer Rate von 2,1 pro 1.000 Personenjahre",
    "it": "con un tasso di 2,1 per 1.000 anni-persona (IC al 95%: da 1,8 a 2,5)",
    "pt": "com uma taxa de 2,1 por 1000 pessoas-ano (IC 95%: 1,8 a 2,5)",
    "nl": "met een frequentie van 2,1 per 1.000 persoonsjaren",
}


@functools.cache
def outputs() -> tuple[Any, ...]:
    from plainsum.factsheet import load_factsheet
    from plainsum.pipeline import generate
    from plainsum.plugins import collect, get_plugin_manager

    reg = collect(get_plugin_manager())
    sheet = load_factsheet(SHEET, reg.known_terms())
    return tuple(generate(sheet, reg, LANGS, list(reg.audiences)))


def _space(text: str) -> str:
    return re.sub(r"[\u00a0\u202f]", " ", text)


def _summary(lang: str, audience: str) -> str:
    found = [o for o in outputs() if o.lang == lang and o.audience == audience
             and o.generator == "summary"]
    assert found, (lang, audience)
    return _space(found[0].text)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("audience", ["patients", "public"])
def test_plain_readers_get_the_rate_in_every_so_many_each_year(lang, audience):
    text = _summary(lang, audience)
    assert PLAIN[lang] in text, text


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("audience", ["press", "clinicians"])
def test_press_and_clinicians_get_the_rate_per_person_years(lang, audience):
    text = _summary(lang, audience)
    assert TECHNICAL[lang] in text, text


@pytest.mark.parametrize("lang", LANGS)
def test_a_rate_is_never_a_percentage(lang):
    for o in outputs():
        if o.lang == lang:
            text = _space(o.text)
            assert not re.search(r"\b(?:2[.,]1|0[.,]21|1[.,]6|0[.,]16)\s?(?:%|percent|Prozent)",
                                 text), (o.generator, o.audience, text)


@pytest.mark.parametrize("lang", LANGS)
def test_every_output_passes_its_checks(lang):
    for o in outputs():
        if o.lang == lang:
            errors = [f for f in o.checks.findings if f.severity == "error"]
            assert not errors, (o.generator, o.audience, [(f.rule, f.message) for f in errors])


def test_the_background_rate_is_context_with_its_hedge():
    text = _summary("en", "patients")
    assert "Each year, about 39 in every 100,000 people in the US get bowel cancer." in text
    found = text.index("What did the study find?")
    results = text[found:text.index("\n\n", text.index("\n\n", found) + 2)]
    assert "In the study" in results and "39" not in results
    # the context comes under its own heading, never among the study's results
    assert text.index("Some background") < text.index("39 in every 100,000")


def test_a_rate_as_the_main_fact_leads_every_post(tmp_path):
    from plainsum.factsheet import load_factsheet
    from plainsum.pipeline import generate
    from plainsum.plugins import collect, get_plugin_manager

    text = SHEET.read_text("utf-8")
    text = re.sub(r"main_fact: \S+", "main_fact: deficient-rate", text, count=1)
    path = tmp_path / "main-rate.yaml"
    path.write_text(text, "utf-8")
    reg = collect(get_plugin_manager())
    sheet = load_factsheet(path, reg.known_terms())
    for o in generate(sheet, reg, ["en", "es"], list(reg.audiences),
                      generators=["social", "sms"]):
        errors = [f for f in o.checks.findings if f.severity == "error"]
        assert not errors, (o.lang, o.generator, o.audience, errors)
        words = _space(o.text)
        assert "2.1 " in words or "2,1 " in words, (o.lang, o.generator, o.audience, words)
