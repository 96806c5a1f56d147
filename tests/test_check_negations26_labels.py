"""negation-changed and a negation word inside a group's own label: "31 out of 100 people
without training had a fall" gives the control group's figure for falls, it does not deny
the falls (request F->B, found in negations.py: the generator's own social posts failed).
The same figure said with a negation of the outcome is still caught, in six languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import corruption as C

SHEET = """
schema_version: 1
id: falls-training
lang: en
title: {en: Strength training and falls}
study: {condition: fall, intervention: training, evidence: randomised, main_fact: control-falls}
groups:
- id: all
  label: {en: {plain: people over 70}, es: {plain: personas mayores de 70}}
- id: trained
  label:
    en: {plain: people who did strength training}
    es: {plain: personas con entrenamiento}
    fr: {plain: personnes avec entraînement}
    de: {plain: Menschen mit Krafttraining}
    it: {plain: persone con allenamento}
    pt: {plain: pessoas com treino}
- id: control
  label:
    en: {plain: people without training}
    es: {plain: personas sin entrenamiento}
    fr: {plain: personnes sans entraînement}
    de: {plain: Menschen ohne Training}
    it: {plain: persone senza allenamento}
    pt: {plain: pessoas sem treino}
times:
- {id: 12m, value: 12, unit: month, after: training}
outcomes:
- id: fell
  polarity: higher-is-worse
  label:
    en: {plain: had a fall}
    es: {plain: se cayeron}
    fr: {plain: sont tombées}
    de: {plain: gestürzt}
    it: {plain: sono cadute}
    pt: {plain: caíram}
facts:
- {id: cohort, kind: count, value: 412, group: all, key: true}
- {id: trained-falls, kind: proportion, value: 18, group: trained, outcome: fell, time: 12m}
- {id: control-falls, kind: proportion, value: 31, group: control, outcome: fell, time: 12m,
   key: true}
terms:
- id: fall
  en: {plain: fall, technical: fall}
- id: training
  en: {plain: strength training, technical: strength training}
"""

SAID = {
    "en": ("31% of people without training had a fall.",
           "31% of people without training did not have a fall."),
    "es": ("El 31 % de las personas sin entrenamiento se cayeron.",
           "El 31 % de las personas sin entrenamiento no se cayeron."),
    "fr": ("31 % des personnes sans entraînement sont tombées.",
           "31 % des personnes sans entraînement ne sont pas tombées."),
    "de": ("31 % der Menschen ohne Training sind gestürzt.",
           "31 % der Menschen ohne Training sind nicht gestürzt."),
    "it": ("Il 31 % delle persone senza allenamento sono cadute.",
           "Il 31 % delle persone senza allenamento non sono cadute."),
    "pt": ("31 % das pessoas sem treino caíram.",
           "31 % das pessoas sem treino não caíram."),
}


@pytest.fixture(scope="module")
def sheet(tmp_path_factory: pytest.TempPathFactory):
    from plainsum.factsheet import load_factsheet

    path = Path(tmp_path_factory.mktemp("falls")) / "facts.yaml"
    path.write_text(SHEET, encoding="utf-8")
    return load_factsheet(str(path), C.registry().known_terms())


def _negations(sheet, lang: str, text: str) -> list[str]:
    from plainsum.lexicon import Lexicon
    from plainsum.pipeline import CheckContext, check_text

    reg = C.registry()
    pack = reg.language(lang)
    context = CheckContext(sheet, pack, None, Lexicon(sheet, pack), require="none")
    found = check_text(text, context, reg, with_readability=False).findings
    return [f.found for f in found if f.rule == "negation-changed"]


@pytest.mark.parametrize("lang", sorted(SAID))
def test_a_negation_inside_a_group_label_negates_no_outcome(sheet, lang):
    faithful, denied = SAID[lang]
    assert _negations(sheet, lang, faithful) == []
    assert _negations(sheet, lang, denied) != []
