"""What a press officer's own sheet gets (issue 13; the desk's Spanish cohort sheet): a
cohort study with a risk ratio and the relative change the release gives for it, and an
exposure whose plain word is a verb ("caminar", "walking").

- a reader who gets no ratio (patients, public) gets the sheet's relative change for the
  same comparison ("20% less likely"), never a figureless "less often" that claims the
  ratio (its own check then asks for 0.80 and fails);
- a term whose plain form is a verb said as a noun takes no indefinite article ("Sleeping
  is …", "El dormir es …", "Il dormire è …", "O dormir é …"; never "Un dormir").
"""

from __future__ import annotations

import copy
import re
from functools import cache
from typing import Any

import pytest
import yaml
from plainsum.factsheet import load_factsheet
from plainsum.pipeline import generate

from .conftest import known_terms, registry_with

LANGS = ["en", "es", "it", "pt"]

def _both(**by_lang: str) -> dict[str, dict[str, str]]:
    return {code: {"plain": text, "technical": text} for code, text in by_lang.items()}


def _term(**by_lang: tuple[str, str]) -> dict[str, Any]:
    return {code: {"technical": word, "plain": word, "definition": meaning}
            for code, (word, meaning) in by_lang.items()}


SHEET = {
    "schema_version": 1, "id": "sleep-stroke-test", "lang": "en",
    "title": {"en": "Sleeping seven hours a night is linked to less dementia",
              "es": "Dormir siete horas por noche se asocia con menos demencia",
              "it": "Dormire sette ore per notte è associato a meno demenza",
              "pt": "Dormir sete horas por noite está associado a menos demência"},
    "study": {"condition": "stroke", "intervention": "sleeping",
              "evidence": "observational", "main_fact": "long-ratio"},
    "groups": [
        {"id": "all", "label": _both(en="adults over 50", es="adultos mayores de 50 años",
                                     it="adulti sopra i 50 anni",
                                     pt="adultos com mais de 50 anos")},
        {"id": "long", "label": _both(en="people who slept at least 7 hours",
                                      es="personas que dormían al menos 7 horas",
                                      it="persone che dormivano almeno 7 ore",
                                      pt="pessoas que dormiam pelo menos 7 horas")},
        {"id": "short", "label": _both(en="people who slept under 5 hours",
                                       es="personas que dormían menos de 5 horas",
                                       it="persone che dormivano meno di 5 ore",
                                       pt="pessoas que dormiam menos de 5 horas")}],
    # what people did for lay readers, a bare noun for technical ones (as a draft settles
    # a release's "dementia"): "had dementia", never "3.1% dementia"
    "outcomes": [{"id": "stroke", "polarity": "higher-is-worse", "label": {
        "en": {"plain": "got dementia", "technical": "dementia"},
        "es": {"plain": "tuvieron demencia", "technical": "demencia"},
        "it": {"plain": "si sono ammalate di demenza", "technical": "demenza"},
        "pt": {"plain": "tiveram demência", "technical": "demência"}}}],
    "facts": [
        {"id": "cohort", "kind": "count", "value": 20400, "group": "all", "key": True},
        {"id": "long-share", "kind": "proportion", "value": 3.1, "group": "long",
         "outcome": "stroke", "key": True},
        {"id": "long-change", "kind": "relative-change", "value": 20, "group": "long",
         "versus": "short", "outcome": "stroke", "direction": "lower", "key": True},
        {"id": "long-ratio", "kind": "ratio", "ratio": "risk", "value": 0.8,
         "ci": [0.7, 0.91], "group": "long", "versus": "short", "outcome": "stroke",
         "key": True}],
    "terms": [
        {"id": "stroke", "jargon": False, **_term(
            en=("dementia", "A loss of memory and thinking that makes daily life hard."),
            es=("demencia", "Una pérdida de memoria que dificulta la vida diaria."),
            it=("demenza", "Una perdita di memoria che rende difficile la vita di ogni giorno."),
            pt=("demência", "Uma perda de memória que dificulta a vida diária."))},
        {"id": "sleeping", "jargon": False, **_term(
            en=("sleeping", "resting with the eyes closed; here, the hours slept each night."),
            es=("dormir", "descansar con los ojos cerrados; aquí, las horas de sueño."),
            it=("dormire", "riposare a occhi chiusi; qui, le ore di sonno ogni notte."),
            pt=("dormir", "descansar de olhos fechados; aqui, as horas de sono."))}],
}


@cache
def _outputs(tmp: str) -> list[Any]:
    from pathlib import Path

    path = Path(tmp) / "facts.yaml"
    path.write_text(yaml.safe_dump(SHEET, allow_unicode=True), encoding="utf-8")
    sheet = load_factsheet(path, known_terms())
    return generate(sheet, registry_with(LANGS), LANGS, ["patients", "public", "clinicians"],
                    ["summary", "social", "glossary"], check=True)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    return _outputs(str(tmp_path_factory.mktemp("sheet")))


def test_a_ratio_said_without_its_figure_is_said_by_the_sheets_relative_change(outputs):
    assert outputs
    for out in outputs:
        where = (out.lang, out.audience, out.variant, out.text)
        missing = [f for f in out.checks.findings if f.rule == "missing-fact"]
        assert not missing, where
        if out.variant in ("summary", "x") and out.audience != "clinicians":
            assert "20" in out.text, where  # the figure, not only "less often"
            assert "0.8" not in out.text and "0,8" not in out.text, where


@pytest.mark.parametrize(("code", "said"), [("en", "Sleeping is"), ("es", "El dormir"),
                                            ("it", "Il dormire"), ("pt", "O dormir")])
def test_a_verb_said_as_a_noun_takes_no_indefinite_article(outputs, code, said):
    texts = [o.text for o in outputs if o.lang == code and o.variant == "summary"
             and o.audience != "clinicians"]
    assert texts
    assert all(said in t for t in texts), texts
    for article in ("A sleeping", "Un dormir", "Un dormire", "Um dormir"):
        assert not any(article in t for t in texts)


@pytest.mark.parametrize(("code", "share", "had"), [
    ("en", "3.1%", "had dementia"), ("es", "3,1 %", "tuvo demencia"),
    ("it", "3,1%", "ha avuto demenza"), ("pt", "3,1%", "tiveram demência")])
def test_a_bare_noun_outcome_is_said_as_what_people_had(outputs, code, share, had):
    [text] = [o.text for o in outputs if o.lang == code and o.variant == "summary"
              and o.audience == "clinicians"]
    assert f"{share} {had}" in text or f"{share} delle" in text or had in text, text
    assert not re.search(re.escape(share) + r" (dementia|demencia|demenza|demência)\b", text)


def test_a_sheet_with_no_jargon_gets_no_empty_glossary(outputs, tmp_path):
    """The sheet's terms are everyday words ("sleeping", "dementia", jargon: false): no
    glossary at all, never an empty one that fails its own readability check; a sheet
    with one jargon term gets its glossary again."""
    assert not [o for o in outputs if o.generator == "glossary"]
    data = copy.deepcopy(SHEET)
    data["terms"][1]["jargon"] = True
    path = tmp_path / "facts.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    sheet = load_factsheet(path, known_terms())
    made = generate(sheet, registry_with(["en"]), ["en"], ["patients"], ["summary", "glossary"])
    [glossary] = [o for o in made if o.generator == "glossary"]
    assert glossary.text and glossary.checks.passed, glossary.text
