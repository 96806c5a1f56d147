"""The built-in languages end to end: every generator × audience × language, on both sheets,
present, passing its own checks, and recognisably in its own language."""

from __future__ import annotations

import json

import pytest
from plainsum.factsheet import load_factsheet
from plainsum.langid import identify
from plainsum.pipeline import generate

from .conftest import SEED_FACTS, TRIAL_FACTS
from .helpers import expected_outputs

BUILTIN_LANGS = ["en", "es", "fr", "de", "it", "pt"]
BUILTIN_GENERATORS = ["summary", "social", "glossary"]


@pytest.fixture(scope="module")
def bundles():
    from plainsum.plugins import collect, get_plugin_manager

    registry = collect(get_plugin_manager())
    out = {}
    for path in (SEED_FACTS, TRIAL_FACTS):
        sheet = load_factsheet(path, registry.known_terms())
        out[path.parent.name] = (registry, generate(sheet, registry, BUILTIN_LANGS,
                                                    list(registry.audiences)))
    return out


@pytest.mark.parametrize("sheet", ["hsct-ms-2021", "chlorhexidine-csection-2016"])
def test_every_output_is_present_and_passes(bundles, sheet):
    _, outputs = bundles[sheet]
    made = {(o.generator, o.audience, o.lang) for o in outputs}
    assert expected_outputs(BUILTIN_GENERATORS, ("patients", "public", "press", "clinicians"),
                            BUILTIN_LANGS) - made == set()
    failed = [(o.generator, o.variant, o.audience, o.lang, o.checks.to_json())
              for o in outputs if not o.checks.passed]
    assert failed == []
    assert not [o for o in outputs if "⟦" in o.text or not o.text.strip()]


@pytest.mark.parametrize("sheet", ["hsct-ms-2021", "chlorhexidine-csection-2016"])
def test_each_output_is_identified_as_its_language(bundles, sheet):
    registry, outputs = bundles[sheet]
    packs = list(registry.languages.values())
    wrong = [(o.lang, identify(o.text, packs), o.text[:60]) for o in outputs
             if identify(o.text, packs) != o.lang]
    assert wrong == []


def test_patient_summaries_meet_their_targets(bundles):
    _, outputs = bundles["hsct-ms-2021"]
    for o in outputs:
        if o.generator == "summary" and o.audience == "patients":
            r = o.checks.readability
            assert r.target is not None and r.passed, (o.lang, r)


def test_natural_frequencies_are_idiomatic(bundles):
    _, outputs = bundles["hsct-ms-2021"]
    text = {o.lang: o.text for o in outputs
            if o.generator == "summary" and o.audience == "patients"}
    # the lead names the people first ("Of the 122 people with ..., 71 out of 100 ...")
    assert "people with relapsing-remitting MS (multiple sclerosis), 71 out of 100" in text["en"]
    assert "71 de cada 100" in text["es"] and "71 por ciento" not in text["es"]
    assert "71 sur 100" in text["fr"]
    assert "71 von 100" in text["de"]
    assert "71 su 100" in text["it"]
    assert "71 em cada 100" in text["pt"]


def test_languages_command_lists_formula_and_targets(run_cli):
    result = run_cli("languages", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = {row["code"]: row for row in json.loads(result.stdout)}
    assert set(BUILTIN_LANGS) <= set(rows)
    assert rows["it"]["formula"].startswith("Gulpease")
    assert rows["pt"]["targets"]["patients"] == 65
    assert rows["en"]["targets"]["clinicians"] is None
    assert all(row["source"] for row in rows.values())
    text = run_cli("languages")
    assert "Kandel" in text.stdout and "Amstad" in text.stdout
