"""Rates at the edges: a rate of 0 in every language (the generator says it as a native
would and its own checks pass), and rates in a table whose header states the
denominator (each row's figure is the rate of the group its row names: two groups'
rates swapped in the rows are caught). Against the test sheet with invented rates
(tests/data/sheets/rate-test.yaml: 2.1 per 1,000 person-years with too little vitamin D,
1.6 with enough)."""

from __future__ import annotations

import functools
import re
import tempfile
from pathlib import Path
from typing import Any

import pytest

from .conftest import installed

SHEET = Path(__file__).parent / "data" / "sheets" / "rate-test.yaml"
LANGS = ["en", "es", "fr", "de", "it", "pt"]


@functools.cache
def _sheet(path: Path) -> Any:
    from plainsum.factsheet import load_factsheet

    return load_factsheet(path, installed().known_terms())


def findings(lang: str, text: str, path: Path = SHEET) -> list[Any]:
    from plainsum.lexicon import Lexicon
    from plainsum.pipeline import CheckContext, check_text

    sheet, pack = _sheet(path), installed().language(lang)
    context = CheckContext(sheet, pack, None, Lexicon(sheet, pack), require="none")
    return check_text(text, context, installed(), with_readability=False).findings


def _errors(lang: str, text: str, path: Path = SHEET) -> list[str]:
    return [f.rule for f in findings(lang, text, path) if f.severity == "error"]


# a header stating the rate, the deficient group's and the sufficient group's row labels
TABLES = {
    "en": ("Rate per 1,000 person-years", "Vitamin D deficiency", "Sufficient vitamin D"),
    "es": ("Tasa por cada 1000 personas-año", "Déficit de vitamina D",
           "Niveles suficientes"),
    "fr": ("Taux pour 1 000 années-personnes", "Carence en vitamine D",
           "Vitamine D suffisante"),
    "de": ("Rate pro 1.000 Personenjahre", "Vitamin-D-Mangel", "Ausreichend Vitamin D"),
    "it": ("Tasso per 1.000 anni-persona", "Carenza di vitamina D", "Livelli sufficienti"),
    "pt": ("Taxa por 1000 pessoas-ano", "Défice de vitamina D", "Níveis suficientes"),
}


def _table(lang: str, layout: str, a: str, b: str, header: str | None = None) -> str:
    head, low, enough = TABLES[lang]
    head = header or head
    if lang != "en":
        a, b = a.replace(".", ","), b.replace(".", ",")
    if layout == "|":
        return (f"Bowel cancer by vitamin D level\n\n| Group | {head} |\n|---|---|\n"
                f"| {low} | {a} |\n| {enough} | {b} |\n")
    return f"{head}\n{low}{layout} {a}\n{enough}{layout} {b}\n"


@pytest.mark.parametrize("layout", ["|", ":", "\t"])
@pytest.mark.parametrize("lang", LANGS)
def test_a_faithful_rate_table_passes(lang, layout):
    assert _errors(lang, _table(lang, layout, "2.1", "1.6")) == []


@pytest.mark.parametrize("layout", ["|", ":", "\t"])
@pytest.mark.parametrize("lang", LANGS)
def test_rates_swapped_in_a_table_are_the_wrong_group(lang, layout):
    assert _errors(lang, _table(lang, layout, "1.6", "2.1")) == ["wrong-context"] * 2


@pytest.mark.parametrize("lang", LANGS)
def test_a_changed_rate_in_a_table_is_caught(lang):
    assert "unsupported-number" in _errors(lang, _table(lang, "|", "3.1", "1.6"))


def test_a_table_header_with_another_denominator_is_caught():
    text = _table("en", "|", "2.1", "1.6", header="Rate per 100 person-years")
    assert "unsupported-number" in _errors("en", text)


def test_a_table_header_with_another_unit_is_caught():
    text = _table("en", "|", "2.1", "1.6", header="Rate per 1,000 person-months")
    assert "unsupported-number" in _errors("en", text)


def test_a_table_without_a_rate_header_reads_no_rate():
    """A row's figure under a header that names no denominator is no rate."""
    text = "| Group | Years of follow-up |\n|---|---|\n| Vitamin D deficiency | 1.6 |\n"
    said = [f for f in findings("en", text) if f.rule == "wrong-context"]
    assert said == []


# --- a rate of 0 ---------------------------------------------------------------------


@functools.cache
def _zero() -> Path:
    """The test sheet with the deficient group's rate 0 per 1,000 person-years."""
    text = SHEET.read_text("utf-8")
    faithful = ("    value: 2.1\n    per: 1000\n    unit: person-years\n"
                "    ci: [1.8, 2.5]\n")
    assert faithful in text
    text = text.replace(faithful, "    value: 0\n    per: 1000\n    unit: person-years\n")
    path = Path(tempfile.mkdtemp()) / "zero-rate.yaml"
    path.write_text(text, "utf-8")
    return path


# the outcome's words after "none of the <group>" (a singular verb, a negation)
NONE_FORMS = {
    "es": ("tuvieron cáncer de colon o de recto,", "tuvo cáncer de colon o de recto"),
    "fr": ("ont eu un cancer du côlon ou du rectum,", "n'a eu de cancer du côlon ou du rectum"),
    "it": ("si sono ammalate di tumore del colon-retto,",
           "si è ammalata di tumore del colon-retto"),
    "pt": ("tiveram cancro do intestino,", "teve cancro do intestino"),
}


@functools.cache
def _zero_with_none_forms() -> Path:
    """The rate-0 sheet whose outcome gives its words after "none of" in es fr it pt."""
    text = _zero().read_text("utf-8")
    for plain, none in NONE_FORMS.values():
        at = text.index("{plain: " + plain)
        end = text.index("}", at)
        text = text[:end] + f", none: {{plain: \"{none}\"}}" + text[end:]
    path = Path(tempfile.mkdtemp()) / "zero-rate-none.yaml"
    path.write_text(text, "utf-8")
    return path


@functools.cache
def _zero_outputs(path: Path | None = None) -> tuple[Any, ...]:
    from plainsum.pipeline import generate

    reg = installed()
    return tuple(generate(_sheet(path or _zero()), reg, LANGS, list(reg.audiences)))


@pytest.mark.parametrize("forms", [False, True])
@pytest.mark.parametrize("lang", LANGS)
def test_every_output_of_a_rate_of_0_passes_its_checks(lang, forms):
    outs = [o for o in _zero_outputs(_zero_with_none_forms() if forms else None)
            if o.lang == lang]
    assert outs
    for o in outs:
        errors = [(f.rule, f.message) for f in o.checks.findings if f.severity == "error"]
        assert not errors, (o.generator, o.audience, errors)
        assert not re.search(r"(?<![\d,.])0 (?:in every|de cada|sur|von|su|em cada) ",
                             _space(o.text)), (o.generator, o.audience, o.text)


# plain readers: no one of the group had the outcome, as each pack says a finding about
# none of a group (with the outcome's own words after "none of" where the sheet gives them)
NO_ONE = {  # the group's short label: its full label was said in the lead before
    "en": "None of the people with too little vitamin D got bowel cancer.",
    "es": "Ninguna de las personas con poca vitamina D tuvo cáncer de colon o de recto.",
    "fr": "Aucune des personnes ayant trop peu de vitamine D n'a eu de cancer du côlon ou "
          "du rectum.",
    "de": "Keiner der Menschen mit zu wenig Vitamin D war in der Studie von Darmkrebs "
          "betroffen.",
    "it": "Nessuna delle persone con poca vitamina D si è ammalata di tumore del colon-retto.",
    "pt": "Nenhuma das pessoas com pouca vitamina D teve cancro do intestino.",
}


@pytest.mark.parametrize("audience", ["patients", "public"])
@pytest.mark.parametrize("lang", LANGS)
def test_plain_readers_read_a_rate_of_0_as_no_one_of_the_group(lang, audience):
    text = next(_space(o.text) for o in _zero_outputs(_zero_with_none_forms())
                if o.lang == lang and o.audience == audience and o.generator == "summary")
    assert NO_ONE[lang] in text, text


# a rate of 0 per 1,000 person-years in each language's technical words
ZERO = {
    "en": "In the study, people with vitamin D deficiency developed colorectal cancer at a "
          "rate of {v} per 1,000 person-years.",
    "es": "En el estudio, los participantes con déficit de vitamina D presentaron cáncer "
          "colorrectal con una tasa de {v} por 1000 personas-año.",
    "fr": "Dans l'étude, les participants ayant une carence en vitamine D ont développé un "
          "cancer colorectal à raison de {v} pour 1\u202f000 années-personnes.",
    "de": "In der Studie waren Teilnehmer mit Vitamin-D-Mangel mit einer Rate von {v} pro "
          "1.000 Personenjahre von einem kolorektalen Karzinom betroffen.",
    "it": "Nello studio, i partecipanti con carenza di vitamina D hanno sviluppato un "
          "carcinoma colorettale con un tasso di {v} per 1.000 anni-persona.",
    "pt": "No estudo, as pessoas com défice de vitamina D desenvolveram cancro colorretal "
          "com uma taxa de {v} por 1000 pessoas-ano.",
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_rate_of_0_is_read_as_a_rate(lang):
    """"0 pour 1 000 années-personnes" is a rate of 0, not a length of time of 0 (the
    number reader took "0 … années" for one); a rate of 1 there is caught."""
    assert _errors(lang, ZERO[lang].format(v="0"), _zero()) == []
    assert "unsupported-number" in _errors(lang, ZERO[lang].format(v="1"), _zero())


# a rate of 0 said as no one of the group having the outcome, and the same sentence
# said of the other group (whose rate is 1.6, not 0): the rate of 0 is then not stated
NONE = {
    "en": ("None of the people with {g} got bowel cancer.",
           "too little vitamin D in their blood", "enough vitamin D"),
    "es": ("En el estudio, ninguna de las personas con {g} tuvo cáncer colorrectal.",
           "déficit de vitamina D", "niveles suficientes"),
    "fr": ("Parmi les participants ayant {g}, aucun n’a eu de cancer colorectal.",
           "une carence en vitamine D", "une vitamine D suffisante"),
    "de": ("Keiner der Teilnehmer mit {g} erkrankte an Darmkrebs.",
           "Vitamin-D-Mangel", "ausreichend Vitamin D"),
    "it": ("Nessuno dei partecipanti con {g} si è ammalato di tumore del colon-retto.",
           "carenza di vitamina D", "livelli sufficienti"),
    "pt": ("Nenhuma das pessoas com {g} teve cancro colorretal.",
           "défice de vitamina D", "níveis suficientes"),
}


def _missing_zero_rate(lang: str, text: str) -> bool:
    from plainsum.lexicon import Lexicon
    from plainsum.pipeline import CheckContext, check_text

    sheet, pack = _sheet(_zero()), installed().language(lang)
    context = CheckContext(sheet, pack, None, Lexicon(sheet, pack), require="all")
    found = check_text(text, context, installed(), with_readability=False).findings
    return any(f.rule == "missing-fact" and "deficient-rate" in f.message for f in found)


@pytest.mark.parametrize("lang", LANGS)
def test_none_of_the_group_states_a_rate_of_0(lang):
    sentence, own, other = NONE[lang]
    assert not _missing_zero_rate(lang, sentence.format(g=own))
    assert _missing_zero_rate(lang, sentence.format(g=other))


@pytest.mark.parametrize("audience", ["press", "clinicians"])
def test_technical_english_keeps_a_rate_of_0_as_a_rate(audience):
    text = next(_space(o.text) for o in _zero_outputs() if o.lang == "en"
                and o.audience == audience and o.generator == "summary")
    assert "at a rate of 0 per 1,000 person-years" in text, text


def test_a_hedged_rate_of_0_keeps_its_figure():
    """"none of" says exactly 0; a rate of about 0 is no such statement."""
    from plainsum.factsheet import load_factsheet
    from plainsum.pipeline import generate

    text = _zero().read_text("utf-8").replace(
        "    value: 0\n    per: 1000\n", "    value: 0\n    hedge: about\n    per: 1000\n")
    path = Path(tempfile.mkdtemp()) / "about-zero.yaml"
    path.write_text(text, "utf-8")
    reg = installed()
    sheet = load_factsheet(path, reg.known_terms())
    out = next(o for o in generate(sheet, reg, ["en"], ["patients"], generators=["summary"]))
    assert "none of the people with too little vitamin D" not in out.text


def _space(text: str) -> str:
    return re.sub(r"[\u00a0\u202f]", " ", text)
