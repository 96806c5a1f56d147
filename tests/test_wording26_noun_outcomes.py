"""A no-difference result whose outcome label is a noun phrase ("hospital admissions", as a
release names it) is said in a frame that takes a noun ("there was no clear difference in
hospital admissions", "el estudio comparó las hospitalizaciones"), never after "how many
people" ("the study compared how many people hospital admissions"); a label that says
what people did keeps the frame it has always had. Read from the outputs, in all seven
languages, and the label's form as each pack reads it."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest
import yaml
from plainsum.factsheet import load_factsheet
from plainsum.pipeline import generate

from .conftest import ROOT, known_terms, registry_with

SHEET = ROOT / "examples" / "rivaroxaban-pe-2018" / "facts.yaml"
LANGS = ("en", "es", "fr", "de", "it", "pt", "nl")

NOUN_LABELS = {
    "en": {"plain": "hospital or doctor visits for bleeding",
           "technical": "bleeding-related hospitalizations or physician visits"},
    "es": {"plain": "visitas al hospital o al médico por un sangrado",
           "technical": "las hospitalizaciones o consultas médicas por hemorragia"},
    "fr": {"plain": "visites à l'hôpital ou chez le médecin pour un saignement",
           "technical": "les hospitalisations ou consultations médicales liées à un saignement"},
    "de": {"plain": "Krankenhaus- oder Arztbesuche wegen einer Blutung",
           "technical": "blutungsbedingte Krankenhausaufenthalte oder Arztbesuche"},
    "it": {"plain": "episodi di ricovero o visita medica per sanguinamento",
           "technical": "i ricoveri o le visite mediche per sanguinamento"},
    "pt": {"plain": "idas ao hospital ou ao médico por hemorragia",
           "technical": "os internamentos ou consultas médicas por hemorragia"},
    "nl": {"plain": "ziekenhuis- of doktersbezoeken door een bloeding",
           "technical": "opnames of artsbezoeken vanwege een bloeding"},
}
# what the label must never follow: the frame for what people did
HOW_MANY = {"en": "how many", "es": "cuántas personas", "fr": "nombre de personnes qui",
            "de": "wie viele", "it": "quante persone", "pt": "quantas pessoas",
            "nl": "hoeveel mensen"}
# what a noun label follows instead, with its article where the language needs one
NOUN_FRAMES = {
    "en": ("the study compared hospital or doctor visits for bleeding",
           "difference in bleeding-related hospitalizations or physician visits between"),
    "es": ("el estudio comparó las visitas al hospital",
           "el estudio comparó las hospitalizaciones o consultas"),
    "fr": ("l'étude a comparé les visites à l'hôpital",
           "l'étude a comparé les hospitalisations ou consultations"),
    "de": ("verglich die Studie Krankenhaus- oder Arztbesuche",
           "verglich die Studie blutungsbedingte Krankenhausaufenthalte"),
    "it": ("lo studio ha confrontato gli episodi di ricovero",
           "lo studio ha confrontato i ricoveri o le visite"),
    "pt": ("o estudo comparou as idas ao hospital",
           "o estudo comparou os internamentos ou consultas"),
    "nl": ("vergeleek het onderzoek ziekenhuis- of doktersbezoeken",
           "vergeleek het onderzoek opnames of artsbezoeken"),
}


def _outputs(path: Path, code: str) -> list[Any]:
    registry = registry_with([code])
    return generate(load_factsheet(path, known_terms()), registry, [code],
                    list(registry.audiences), ["summary", "social"], check=True)


@pytest.fixture(scope="module")
def noun_sheet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = yaml.safe_load(SHEET.read_text(encoding="utf-8"))
    for outcome in data["outcomes"]:
        if outcome["id"] == "bleeding-visit":
            outcome["label"] = NOUN_LABELS
    out = tmp_path_factory.mktemp("noun") / "facts.yaml"
    out.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return out


@pytest.mark.parametrize("code", LANGS)
def test_a_noun_outcome_takes_a_frame_for_a_noun(noun_sheet, code):
    outs = _outputs(noun_sheet, code)
    plain = next(o.text for o in outs if o.audience == "patients" and o.generator == "summary")
    technical = next(o.text for o in outs if o.audience == "clinicians"
                     and o.generator == "summary")
    for text, frame in zip((plain, technical), NOUN_FRAMES[code], strict=True):
        assert frame.lower() in text.lower(), text
    for out in outs:
        assert HOW_MANY[code] not in out.text.lower(), (out.generator, out.audience, out.text)
        # the checker reads the noun label as the outcome's words: no finding is an error
        # (readability is the label's own: a long German compound is the sheet's choice)
        errors = [f for f in out.checks.findings if f.severity == "error"]
        assert not errors, (out.generator, out.audience, errors, out.text)


@pytest.mark.parametrize("code", LANGS)
def test_a_label_that_says_what_people_did_keeps_its_frame(code):
    """The paired case: the sheet's own label ("went to hospital or to a doctor because of
    bleeding") is still said after "how many people"."""
    outs = _outputs(SHEET, code)
    said = [o.text for o in outs if o.generator == "summary"
            and HOW_MANY[code] in o.text.lower()]
    assert said, code


VERB_LABELS = {
    "en": ["had a heart attack", "did not get worse", "went to hospital",
           "developed colorectal cancer",
           "are diagnosed with colorectal cancer", "get bowel cancer at some point in their lives",
           "found their treatment no burden at all", "die within 30 days"],
    "es": ["tuvieron un infarto", "no empeoraron", "fueron al hospital", "se sometieron a cirugía",
           "les diagnosticaron cáncer", "desarrollan cáncer colorrectal"],
    "fr": ["ont eu un infarctus", "n'ont pas vu leur état s'aggraver", "sont décédées",
           "se sont rendues à l'hôpital", "développent un cancer colorectal"],
    "de": ["von einer schweren Blutung betroffen", "gestorben", "an Darmkrebs erkrankt",
           "nicht stärker beeinträchtigt als vor der Transplantation", "hatten eine Hautreaktion"],
    "it": ["hanno avuto un infarto", "non sono peggiorate", "si sono ammalate di tumore",
           "sono andate in ospedale", "sviluppano un tumore"],
    "pt": ["tiveram um enfarte", "não pioraram", "foram ao hospital", "morreram em 30 dias",
           "desenvolvem cancro colorretal"],
    "nl": ["een hartaanval kregen", "niet achteruit waren gegaan", "naar het ziekenhuis gingen",
           "een ernstige bloeding hadden", "binnen 30 dagen overleden"],
}
NOUNS = {
    "en": ["hospital admissions", "systolic blood pressure", "deaths from any cause",
           "the number of falls"],
    "es": ["las hospitalizaciones", "ingresos hospitalarios", "la mortalidad"],
    "fr": ["les hospitalisations", "hospitalisations", "décès toutes causes"],
    "de": ["Krankenhausaufenthalte", "die Sterblichkeit", "Krankenhausaufenthalte wegen Blutungen"],
    "it": ["i ricoveri", "ricoveri ospedalieri", "mortalità"],
    "pt": ["os internamentos", "hospitalizações", "as idas ao hospital"],
    "nl": ["ziekenhuisopnames", "de sterfte", "kosten", "klachten"],
}


@pytest.mark.parametrize("code", LANGS)
def test_each_pack_tells_a_noun_label_from_what_people_did(code):
    forms = importlib.import_module(f"plainsum_lang_{code}.labelforms").FORMS
    for label in VERB_LABELS[code]:
        assert not forms.is_noun(label), label
    for label in NOUNS[code]:
        assert forms.is_noun(label), label


def test_english_says_who_it_counts_in_a_no_difference():
    """"in how many people had …" / "in the proportion who had …", never "in how many had
    …" (whom?); the effects sheet's no-difference has no figures and fits one sentence."""
    path = ROOT / "tests" / "data" / "sheets" / "chx-effects-test.yaml"
    outs = _outputs(path, "en")
    for out in outs:
        assert "in how many had" not in out.text, out.text
    clinicians = next(o.text for o in outs if o.audience == "clinicians"
                      and o.generator == "summary")
    assert "in the proportion who had an adverse skin reaction (p = 0.41)" in clinicians
