"""The built-in English and Spanish packs: registration, term banks, formatting, number
words, language identification and the word lists the fact checker reads."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest
import yaml
from plainsum.factsheet.model import TermForms
from plainsum.langid import identify
from plainsum.language import LanguagePack, load_phrases

from .conftest import module_registry

ROOT = Path(__file__).resolve().parents[1]
SEED_FACTS = ROOT / "seeds" / "hsct-ms-2021" / "facts.yaml"
STUDY_TERMS = [
    "randomised-trial", "placebo", "clinical-trial", "cohort", "follow-up", "infection",
    "antiseptic", "caesarean-section", "surgical-site-infection", "blinding",
    "confidence-interval", "statistically-significant", "side-effect", "stem-cells",
]


registry = module_registry  # one registry for this module's tests: tests/conftest.py


@pytest.fixture(scope="module")
def en(registry):
    return registry.languages["en"]


@pytest.fixture(scope="module")
def es(registry):
    return registry.languages["es"]


def _seed_term_ids() -> list[str]:
    return [t["id"] for t in yaml.safe_load(SEED_FACTS.read_text(encoding="utf-8"))["terms"]]


def test_packs_register_through_the_plugin_manager(registry):
    assert registry.owners[("languages", "en")] == "lang_en"
    assert registry.owners[("languages", "es")] == "lang_es"
    en, es = registry.languages["en"], registry.languages["es"]
    assert isinstance(en, LanguagePack) and isinstance(es, LanguagePack)
    assert (en.code, en.locale, es.code, es.locale) == ("en", "en_US", "es", "es_ES")


@pytest.mark.parametrize("code", ["en", "es"])
def test_phrasebook_is_the_one_beside_the_module(registry, code):
    pack = registry.languages[code]
    path = ROOT / "plugins" / f"plainsum_lang_{code}" / "phrases.yaml"
    assert dict(pack.phrases) == (load_phrases(path) if path.is_file() else {})


@pytest.mark.parametrize("code", ["en", "es"])
@pytest.mark.parametrize("term_id", [*_seed_term_ids(), *STUDY_TERMS])
def test_term_bank_covers_the_seed_and_common_study_words(registry, code, term_id):
    term = registry.languages[code].terms[term_id]
    assert isinstance(term, TermForms)
    assert term.technical.strip() and term.plain and term.definition
    assert term.definition.endswith(".") and term.definition[0].isupper()
    assert len(set(term.accepted)) == len(term.accepted)
    assert term.plain.split()[0].lower() not in {"a", "an", "the", "el", "la", "los", "las",
                                                  "un", "una"}


def test_term_bank_forms(en, es):
    assert "stem cell transplant" in en.terms["ahsct"].plain
    assert {"aHSCT", "HSCT", "stem cell transplants",
            "hematopoietic stem cell transplantation"} <= set(en.terms["ahsct"].accepted)
    assert "randomized trial" in en.terms["randomised-trial"].accepted
    assert "randomised trial" in en.terms["randomised-trial"].accepted
    assert es.terms["ahsct"].technical == "trasplante autólogo de progenitores hematopoyéticos"
    assert {"TAPH", "trasplante de células madre",
            "trasplantes de células madre"} <= set(es.terms["ahsct"].accepted)
    assert "EM" in es.terms["multiple-sclerosis"].accepted
    assert es.terms["relapsing-remitting-ms"].plain == "EM remitente-recurrente"
    assert es.terms["relapse"].technical == "brote"
    assert (es.terms["bias"].technical, es.terms["control-group"].technical) == (
        "sesgo", "grupo de control")


def test_spanish_nouns_have_their_gender(es):
    adjectives = {"autologous", "statistically-significant"}
    for term_id, term in es.terms.items():
        if term_id not in adjectives:
            assert term.gender in {"m", "f"}, term_id
    assert es.terms["multiple-sclerosis"].gender == "f"
    assert es.terms["ahsct"].gender == "m"
    assert es.terms["cohort"].gender == "f"


def test_english_definitions_are_grade_six_or_below(en):
    grades = {tid: en.readability(t.definition) for tid, t in en.terms.items()}
    assert {tid: g for tid, g in grades.items() if g > 6.0} == {}


def test_spanish_definitions_are_fairly_easy(es):
    scores = {tid: es.readability(t.definition) for tid, t in es.terms.items()}
    assert {tid: s for tid, s in scores.items() if s < 65.0} == {}


@pytest.mark.parametrize(("code", "call", "expected"), [
    ("en", lambda p: p.format_number(40000), "40,000"),
    ("es", lambda p: p.format_number(40000), "40.000"),
    ("en", lambda p: p.format_number(4000), "4,000"),
    ("es", lambda p: p.format_number(4000), "4000"),  # CLDR es: minimum grouping digits 2
    ("en", lambda p: p.format_number(10.5), "10.5"),
    ("es", lambda p: p.format_number(10.5), "10,5"),
    ("en", lambda p: p.format_number(0.1 + 0.2), "0.3"),
    ("en", lambda p: p.format_number(85.5, 0), "86"),  # half up, as people round
    ("es", lambda p: p.format_number(2.5, 0), "3"),
    ("en", lambda p: p.format_percent(71), "71%"),
    ("es", lambda p: p.format_percent(71), "71\u00a0%"),
    ("en", lambda p: p.format_percent(85.5), "85.5%"),
    ("es", lambda p: p.format_percent(85.5), "85,5\u00a0%"),
    ("en", lambda p: p.format_duration(10, "year"), "10 years"),
    ("es", lambda p: p.format_duration(10, "year"), "10 años"),
    ("en", lambda p: p.format_duration(1, "year"), "1 year"),
    ("es", lambda p: p.format_duration(6, "month"), "6 meses"),
    ("en", lambda p: p.format_date(datetime.date(2021, 1, 20)), "January 20, 2021"),
    ("es", lambda p: p.format_date(datetime.date(2021, 1, 20)), "20 de enero de 2021"),
    ("en", lambda p: p.number_words(71), "seventy-one"),
    ("es", lambda p: p.number_words(71), "setenta y uno"),
    ("en", lambda p: p.spell_small(2), "two"),
    ("es", lambda p: p.spell_small(6), "seis"),
    ("es", lambda p: p.spell_small(210), "210"),
    ("en", lambda p: p.plural_category(1), "one"),
    ("es", lambda p: p.plural_category(2), "other"),
])
def test_formatting(registry, code, call, expected):
    assert call(registry.languages[code]) == expected


def test_stopwords_and_abbreviations_are_well_formed(en, es):
    for pack in (en, es):
        assert 90 <= len(pack.stopwords) <= 140
        assert all(w == w.lower() and " " not in w for w in pack.stopwords)
        assert all(a == a.lower() and a.endswith(".") for a in pack.abbreviations)
    assert {"dr.", "m.d.", "ph.d.", "e.g.", "i.e.", "vs.", "etc."} <= en.abbreviations
    assert "no." in en.number_abbreviations and "ms." not in en.abbreviations
    assert {"dr.", "dra.", "sr.", "p. ej.", "etc.", "núm."} <= es.abbreviations
    assert "no." not in es.abbreviations | es.number_abbreviations


@pytest.mark.parametrize(("text", "code"), [
    ("The study looked at people with MS who had a transplant, and most of them did not "
     "get worse over the years.", "en"),
    ("El estudio incluyó a personas con esclerosis múltiple que recibieron un trasplante, y "
     "la mayoría de ellas no empeoró con los años.", "es"),
    ("Siete de cada diez no empeoraron.", "es"),
    ("Seven in ten did not get worse.", "en"),
])
def test_stopwords_identify_the_language(registry, text, code):
    packs = [registry.languages["en"], registry.languages["es"]]
    assert identify(text, packs) == code


def _says(fragments, text: str) -> bool:
    return any(re.search(rf"\b(?:{f})\b", text, re.IGNORECASE) for f in fragments)


@pytest.mark.parametrize(("code", "direction", "text", "found"), [
    ("en", "improved", "Their disability improved.", True),
    ("en", "improved", "Some got better.", True),
    ("en", "worsened", "It is a slow worsening.", True),
    ("en", "worsened", "Symptoms deteriorated.", True),
    ("en", "worsened", "people with secondary progressive MS", False),
    ("en", "worsened", "We made progress.", False),
    ("en", "increased", "The rate rose sharply.", True),
    ("en", "increased", "more than half of the people", False),
    ("en", "increased", "They had more relapses.", True),
    ("en", "decreased", "Relapses fell by a third.", True),
    ("en", "decreased", "The risk was reduced.", True),
    ("en", "unchanged", "Disability stayed the same.", True),
    ("es", "improved", "La discapacidad mejoró.", True),
    ("es", "worsened", "no empeoraron", True),
    ("es", "worsened", "Los síntomas se agravaron.", True),
    ("es", "worsened", "personas con EM secundaria progresiva", False),
    ("es", "increased", "El riesgo aumentó.", True),
    ("es", "increased", "más de la mitad de las personas", False),
    ("es", "decreased", "Los brotes disminuyeron.", True),
    ("es", "decreased", "La tasa se redujo.", True),
    ("es", "decreased", "La tasa bajó.", True),
    ("es", "unchanged", "La discapacidad se mantuvo estable.", True),
])
def test_direction_words(registry, code, direction, text, found):
    pack = registry.languages[code]
    assert set(pack.directions) == {"improved", "worsened", "increased", "decreased",
                                    "unchanged"}
    assert _says(pack.directions[direction], text) is found


@pytest.mark.parametrize(("code", "field", "text", "found"), [
    ("en", "negations", "they don't respond", True),
    ("en", "negations", "had not experienced", True),
    ("en", "negations", "donations", False),
    ("es", "negations", "sin empeoramiento", True),
    ("es", "negations", "ni mejoró ni empeoró", True),
    ("en", "percent_words", "71 per cent", True),
    ("en", "percent_words", "71 percent", True),
    ("es", "percent_words", "71 por ciento", True),
    ("en", "frequency_words", "7 out of 10", True),
    ("es", "frequency_words", "7 de cada 10", True),
])
def test_checker_word_lists(registry, code, field, text, found):
    assert _says(getattr(registry.languages[code], field), text) is found


@pytest.mark.parametrize(("code", "unit", "text"), [
    ("en", "year", "10 years"), ("en", "year", "the 10-year mark"), ("en", "year", "1 year"),
    ("en", "month", "six months"), ("en", "week", "2 weeks"), ("en", "day", "3 days"),
    ("en", "hour", "24 hours"), ("es", "year", "10 años"), ("es", "month", "6 meses"),
    ("es", "week", "2 semanas"), ("es", "day", "3 días"), ("es", "hour", "1 hora"),
])
def test_time_units(registry, code, unit, text):
    pack = registry.languages[code]
    assert set(pack.time_units) == {"year", "month", "week", "day", "hour", "minute"}
    assert re.search(rf"\d[\s-]*(?:{'|'.join(pack.time_units[unit])})\b|\b(?:"
                     rf"{'|'.join(pack.time_units[unit])})\b", text)


def test_range_words(en, es):
    assert ("from", "to") in en.range_words and ("between", "and") in en.range_words
    assert {("de", "a"), ("desde", "hasta"), ("entre", "y")} <= set(es.range_words)
