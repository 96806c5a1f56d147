"""The glossary: every jargon term the other outputs use, explained in their language."""

from __future__ import annotations

from pathlib import Path

import pytest
from plainsum.factsheet import load_factsheet
from plainsum.pipeline import generate

SEED = Path(__file__).resolve().parents[1] / "seeds" / "hsct-ms-2021" / "facts.yaml"
AUDIENCES = ["patients", "public", "press", "clinicians"]
LAY_AND_PRESS = ["patients", "public", "press"]


@pytest.fixture
def outputs(registry):
    sheet = load_factsheet(SEED, registry.known_terms())
    return generate(sheet, registry, ["en", "es"], AUDIENCES, check=False)


def glossary(outputs, audience, lang):
    return next(o for o in outputs if o.generator == "glossary" and o.audience == audience
                and o.lang == lang)


@pytest.mark.parametrize(("lang", "headword", "definition"), [
    ("en", "**autologous**", "Taken from your own body"),
    ("es", "**autólogo**", "Que procede del propio paciente"),
])
def test_autologous_is_explained(outputs, lang, headword, definition):
    for audience in LAY_AND_PRESS:
        entry = next(line for line in glossary(outputs, audience, lang).text.splitlines()
                     if line.startswith(headword))
        assert " — " in entry and definition in entry


def test_every_jargon_term_used_elsewhere_has_an_entry(registry, outputs):
    sheet = load_factsheet(SEED, registry.known_terms())
    for lang in ("en", "es"):
        pack = registry.language(lang)
        for audience in LAY_AND_PRESS:  # clinicians: technical definitions or none
            entry = glossary(outputs, audience, lang)
            used = {t for o in outputs if o.lang == lang and o.audience == audience
                    and o.generator != "glossary" for t in o.terms}
            key = {t for t, term in sheet.terms.items() if term.key}
            assert used | key <= set(entry.terms)
            for term_id in entry.terms:
                assert f"**{pack.terms[term_id].technical}**" in entry.text
            assert entry.facts == []


def test_plain_form_is_given_where_it_differs(outputs):
    text = glossary(outputs, "patients", "es").text
    assert ("**trasplante autólogo de progenitores hematopoyéticos** "
            "(trasplante de células madre) — ") in text


RIVAROXABAN = SEED.parents[2] / "examples" / "rivaroxaban-pe-2018" / "facts.yaml"


@pytest.mark.parametrize("lang", ["es", "fr", "it", "pt"])
def test_no_gloss_that_the_definition_repeats(registry, lang):
    """'ensayo clínico aleatorizado (estudio en el que el azar decide …) — Estudio en el que
    el azar, como al lanzar una moneda, decide …' says the same thing twice: the entry
    goes without the bracket when its definition's first sentence holds every word."""
    from plainsum_glossary import gloss_repeats

    sheet = load_factsheet(RIVAROXABAN, registry.known_terms())
    out = generate(sheet, registry, [lang], ["press"], check=False)
    text = next(o for o in out if o.generator == "glossary").text
    entries = [line for line in text.split("\n\n") if line.startswith("**")]
    trial = [e for e in entries if "aleat" in e or "random" in e]
    assert trial and "(" not in trial[0].split(" — ")[0], trial
    for entry in entries:  # the other entries keep a bracket that says something new
        head, _, definition = entry.partition(" — ")
        if "(" in head:
            assert not gloss_repeats(head.split("(", 1)[1].rstrip(")"), definition), entry


def test_a_gloss_that_adds_a_word_is_kept():
    from plainsum_glossary import gloss_repeats

    assert gloss_repeats("study where chance decides", "A study where chance decides. More.")
    assert not gloss_repeats("study where chance decides", "A study. Chance decides.")
    assert not gloss_repeats("blood thinner", "A medicine that thins the blood.")  # 2 words
