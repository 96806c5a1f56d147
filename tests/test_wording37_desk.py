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
    "title": {"en": "Sleeping seven hours a night is linked to fewer strokes",
              "es": "Dormir siete horas por noche se asocia con menos ictus",
              "it": "Dormire sette ore per notte è associato a meno ictus",
              "pt": "Dormir sete horas por noite está associado a menos AVC"},
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
    "outcomes": [{"id": "stroke", "polarity": "higher-is-worse",
                  "label": _both(en="had a stroke", es="tuvieron un ictus",
                                 it="hanno avuto un ictus", pt="tiveram um AVC")}],
    "facts": [
        {"id": "cohort", "kind": "count", "value": 20400, "group": "all", "key": True},
        {"id": "long-change", "kind": "relative-change", "value": 20, "group": "long",
         "versus": "short", "outcome": "stroke", "direction": "lower", "key": True},
        {"id": "long-ratio", "kind": "ratio", "ratio": "risk", "value": 0.8,
         "ci": [0.7, 0.91], "group": "long", "versus": "short", "outcome": "stroke",
         "key": True}],
    "terms": [
        {"id": "stroke", "jargon": False, **_term(
            en=("stroke", "Damage to the brain when its blood supply is cut off."),
            es=("ictus", "Daño en el cerebro cuando le falta la sangre."),
            it=("ictus", "Un danno al cervello quando gli manca il sangue."),
            pt=("AVC", "Uma lesão do cérebro quando lhe falta o sangue."))},
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
    return generate(sheet, registry_with(LANGS), LANGS, ["patients", "public"],
                    ["summary", "social"], check=True)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    return _outputs(str(tmp_path_factory.mktemp("sheet")))


def test_a_ratio_said_without_its_figure_is_said_by_the_sheets_relative_change(outputs):
    assert outputs
    for out in outputs:
        where = (out.lang, out.audience, out.variant, out.text)
        missing = [f for f in out.checks.findings if f.rule == "missing-fact"]
        assert not missing, where
        if out.variant in ("summary", "x"):
            assert "20" in out.text, where  # the figure, not only "less often"
            assert "0.8" not in out.text and "0,8" not in out.text, where


@pytest.mark.parametrize(("code", "said"), [("en", "Sleeping is"), ("es", "El dormir"),
                                            ("it", "Il dormire"), ("pt", "O dormir")])
def test_a_verb_said_as_a_noun_takes_no_indefinite_article(outputs, code, said):
    texts = [o.text for o in outputs if o.lang == code and o.variant == "summary"]
    assert texts
    assert all(said in t for t in texts), texts
    for article in ("A sleeping", "Un dormir", "Un dormire", "Um dormir"):
        assert not any(article in t for t in texts)
