"""What language-pack authors reported of the checker, each fixed generically: elided
articles, per-cent words, gendered number words, outcomes that share a measure, look-alike
function words and compounds, generic group words, and misleading expected values."""

from __future__ import annotations

import copy
from types import SimpleNamespace

import pytest
from plainsum.factsheet import load_factsheet
from plainsum.factsheet.model import FactSheet
from plainsum.lexicon import Lexicon
from plainsum.pipeline import CheckContext
from plainsum_checks.directions import DirectionValidator, _Words
from plainsum_checks.facts import FactValidator
from plainsum_checks.names import NameValidator
from plainsum_checks.numbers import read_numbers
from plainsum_checks.text import tokens

from .conftest import SEED_FACTS, TRIAL_FACTS, registry_with

LANGS = ("en", "es", "fr", "de", "it", "pt", "nl")


@pytest.fixture(scope="module")
def packs():
    return registry_with(LANGS)


@pytest.fixture(scope="module")
def seed(packs) -> FactSheet:
    return load_factsheet(str(SEED_FACTS), packs.known_terms())


@pytest.fixture(scope="module")
def trial(packs) -> FactSheet:
    return load_factsheet(str(TRIAL_FACTS), packs.known_terms())


def check(packs, sheet, lang, text, require="none"):
    pack = packs.language(lang)
    context = CheckContext(sheet, pack, None, Lexicon(sheet, pack), require=require)
    found = []
    for validator in (FactValidator(), NameValidator(), DirectionValidator()):
        found += validator.validate(text, context)
    return found


def errors(findings):
    return [f for f in findings if f.severity == "error"]


# --- 1a: elisions ---------------------------------------------------------------------
def test_an_elided_article_is_a_word_of_its_own():
    text = "l'iode, un'infezione, dell'immunosoppressione, s'aggraver"
    assert [t.norm for t in tokens(text)] == [
        "l", "iode", "un", "infezione", "dell", "immunosoppressione", "s", "aggraver"]


def test_short_apostrophe_suffixes_stay_with_their_word():
    assert [t.norm for t in tokens("don't it's they're we'll")] == [
        "don't", "it's", "they're", "we'll"]


def test_a_group_after_an_elided_article_is_found(packs, trial):
    text = "Parmi les femmes dont la peau a été désinfectée à l'iode, 575 ont participé."
    assert errors(check(packs, trial, "fr", text)) == []


def test_an_elided_pronoun_does_not_push_a_negation_out():
    pack = SimpleNamespace(directions={"worsened": [r"aggrav\w*"]},
                           negations=["ne", r"n['’]\w+", "pas"])
    text = "Ils n'ont pas vu leur handicap s'aggraver."
    said = _Words(pack).said(text, 0, len(text))
    assert [(s.text, s.direction) for s in said] == [("aggraver", "no-worsening")]


# --- 1b: per-cent words ---------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il 71 per cento delle persone con SM recidivante-remittente non sono "
           "peggiorate a 10 anni."),
    ("es", "El 71 por cien de las personas con EM remitente-recurrente no empeoraron a "
           "los 10 años."),
])
def test_a_percent_word_is_not_also_a_number(packs, seed, lang, text):
    shares = [m for m in read_numbers(text, packs.language(lang)) if m.kind == "percent"]
    assert [(m.kind, m.value) for m in read_numbers(text, packs.language(lang))
            if m.kind in ("percent", "number")] == [("percent", 71.0)]
    assert shares and errors(check(packs, seed, lang, text)) == []


# --- 1c: gendered number words --------------------------------------------------------
@pytest.mark.parametrize(("lang", "word", "value"), [
    ("pt", "duas", 2), ("pt", "duzentas e dez", 210), ("es", "doscientas diez", 210),
    ("es", "veintiuna", 21), ("fr", "vingt et une", 21), ("it", "ventuna", 21),
])
def test_gendered_number_words_are_read(packs, lang, word, value):
    text = f"Valor: {word} pessoas."
    found = [m for m in read_numbers(text, packs.language(lang)) if m.kind == "number"]
    assert [(m.value, m.text) for m in found] == [(value, word)]


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("es", "una media de 10,5", 10.5), ("de", "eine Studie mit 210 Menschen", 210.0),
    ("fr", "une étude de 210 personnes", 210.0),
])
def test_a_gendered_one_alone_is_an_article(packs, lang, text, value):
    assert [m.value for m in read_numbers(text, packs.language(lang))
            if m.kind == "number"] == [value]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Bei einer von 10 Frauen."), ("es", "Una de cada 10 mujeres."),
])
def test_a_gendered_one_starts_a_frequency(packs, lang, text):
    found = read_numbers(text, packs.language(lang))
    assert [(m.kind, m.value, m.second) for m in found] == [("frequency", 1.0, 10.0)]


def test_a_feminine_count_states_its_fact(packs, seed):
    text = ("Das 210 pessoas, 122 tinham EM surto-remissão, 86 tinham EM secundária "
            "progressiva e duas tinham EM primária progressiva.")
    missing = {f.fact for f in check(packs, seed, "pt", text, "all") if f.rule == "missing-fact"}
    assert "ppms-n" not in missing


def test_number_word_forms_default_is_the_number_words(packs):
    pack = packs.language("en")
    assert pack.number_word_forms(21) == [pack.number_words(21)]


# --- 1d: outcomes sharing a measure ---------------------------------------------------
def test_a_shared_measure_links_every_outcome(packs, seed):
    text = "In some people with MS, disability improved over 10 years."
    missing = {f.fact for f in check(packs, seed, "en", text, "all") if f.rule == "missing-fact"}
    assert "some-improved" not in missing


# --- 1e: look-alike words in terms ----------------------------------------------------
def test_a_look_alike_function_word_is_no_corruption(packs, seed):
    text = "Il trapianto usa cellule staminali della persona stessa."
    assert [f for f in check(packs, seed, "it", text) if f.rule == "term-corrupted"] == []


def _with_forms(sheet: FactSheet, term: str, lang: str, forms: list[str]) -> FactSheet:
    raw = copy.deepcopy(sheet.raw)
    for entry in raw["terms"]:
        if entry["id"] == term:
            entry[lang] = {"technical": forms[0], "forms": forms}
    return FactSheet.from_dict(raw, sheet.path)


def test_a_stopword_is_not_a_look_alike_of_a_term_word(packs, seed):
    sheet = _with_forms(seed, "autologous", "nl", ["met eigen cellen"])
    text = "Ze kregen een stamceltransplantatie met een donor."
    assert [f for f in check(packs, sheet, "nl", text) if f.rule == "term-corrupted"] == []


def test_a_word_of_another_accepted_form_is_no_substitution(packs, seed):
    sheet = _with_forms(seed, "control-group", "pt", ["grupo controlo de partos"])
    text = "No grupo controle de partos, as mulheres receberam iodo."
    assert [f for f in check(packs, sheet, "pt", text) if f.rule == "term-corrupted"] == []


def test_a_plural_ending_is_the_same_word(packs, seed):
    sheet = _with_forms(seed, "control-group", "it", ["gruppo con placebo"])
    text = "Nei gruppi con iodio le donne avevano più infezioni."
    assert [f for f in check(packs, sheet, "it", text) if f.rule == "term-corrupted"] == []


def test_compounds_sharing_a_first_part_are_not_look_alikes(packs, seed):
    sheet = _with_forms(seed, "immunosuppression", "de", ["starke Immunsuppression"])
    text = "Sie bekamen eine starke Immuntherapie."
    assert [f for f in check(packs, sheet, "de", text) if f.rule == "term-corrupted"] == []


@pytest.mark.parametrize(("lang", "text", "bad"), [
    ("de", "Eine Stammzelltransmission kann MS aufhalten.", "Stammzelltransmission"),
    ("nl", "Een stamceltransmissie kan MS tegenhouden.", "stamceltransmissie"),
])
def test_a_garbled_one_word_term_is_found(packs, seed, lang, text, bad):
    found = [f for f in check(packs, seed, lang, text) if f.rule == "term-corrupted"]
    start = text.index(bad)
    assert [(f.fact, f.span) for f in found] == [("ahsct", (start, start + len(bad)))]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Eine Stammzelltransplantation kann MS aufhalten."),
    ("de", "Stammzelltransplantationen können MS aufhalten."),
    ("nl", "Een stamceltransplantatie kan MS tegenhouden."),
])
def test_a_one_word_term_and_its_plural_are_not_garbled(packs, seed, lang, text):
    assert [f for f in check(packs, seed, lang, text) if f.rule == "term-corrupted"] == []


# --- 1f: a generic group word before a specific one -------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Na 10 jaar was 71% van de deelnemers met RRMS niet achteruitgegaan."),
    ("en", "Ten years after the transplant, 71% of the participants with RRMS did not get "
           "worse."),
])
def test_the_specific_group_after_a_generic_word_wins(packs, seed, lang, text):
    assert errors(check(packs, seed, lang, text)) == []


# --- 1g: no misleading expected value ---------------------------------------------------
def test_an_unrelated_number_gets_no_expected_value(packs, seed):
    text = ("The study looked at 210 people with MS. The American Academy of Neurology has "
            "more than 40,000 members.")
    found = errors(check(packs, seed, "en", text))
    assert [(f.rule, f.found, f.fact, f.expected) for f in found] == [
        ("unsupported-number", "40,000", None, None)]


def test_a_changed_count_of_a_named_group_still_gets_its_expected_value(packs, seed):
    text = "The study looked at 211 people with MS."
    found = errors(check(packs, seed, "en", text))
    assert [(f.rule, f.fact, f.expected) for f in found] == [
        ("unsupported-number", "cohort", "210")]


@pytest.mark.parametrize(("lang", "text", "date"), [
    ("fr", "Publié le 20 février 2021.", (2021, 2, 20)),
    ("fr", "ÉTUDE PUBLIÉE LE 1ER AOÛT 2020", (2020, 8, 1)),
    ("fr", "étude parue le 3 decembre 2019, sans accent", (2019, 12, 3)),
    ("de", "Erschienen am 20. März 2021.", (2021, 3, 20)),
    ("pt", "Publicado em 20 de março de 2021.", (2021, 3, 20)),
])
def test_month_names_are_read_with_or_without_their_accents(packs, lang, text, date):
    dates = [m.date for m in read_numbers(text, packs.language(lang)) if m.kind == "date"]
    assert dates == [date]


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("de", "Es waren hundertfünfzig Menschen.", 150),
    ("de", "Es waren einhundertfünfzig Menschen.", 150),
    ("pt", "Foram cento e cinquenta pessoas.", 150),
    ("es", "Fueron ciento cincuenta personas.", 150),
    ("it", "Erano centocinquanta persone.", 150),
    ("fr", "Il y avait cent cinquante personnes.", 150),
    ("en", "There were one hundred and fifty people.", 150),
])
def test_hundreds_are_read_in_words(packs, lang, text, value):
    assert [m.value for m in read_numbers(text, packs.language(lang))] == [value]
