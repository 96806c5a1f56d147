"""Lay summaries say what the study compared before they define the intervention (issue 13;
the editor's notes of round 35, item 1 and the re-check's "new, from the fix for §2").

- a sheet whose results compare two groups (a trial's arms) answers its intervention
  heading with both groups, what each got, before the intervention's definition: a
  definition alone ("Rivaroxaban is a blood thinner") is wrong where the trial tested early
  discharge, and never says what the intervention was compared with;
- a randomised trial then says that the groups were formed by chance, once, and no longer
  opens "Who took part?" with "This is a study where chance decides who gets the
  treatment" (wrong where both groups get a treatment);
- a sheet that names no design says no chance, and its comparison is said once;
- a single-arm study (the seed) keeps "What was the treatment?" with no comparison.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from plainsum.factsheet import load_factsheet
from plainsum.pipeline import generate

from .conftest import ROOT, SEED_FACTS, known_terms, registry_with

CHX = ROOT / "examples" / "chlorhexidine-csection-2016" / "facts.yaml"
CT = ROOT / "examples" / "ct-heart-scan-2018" / "facts.yaml"
RIVAROXABAN = ROOT / "examples" / "rivaroxaban-pe-2018" / "facts.yaml"
LANGS = ("en", "es", "fr", "de", "it", "pt", "nl")
ARMS = {CHX: ("chlorhexidine-arm", "iodine-arm"), CT: ("scan-arm", "usual-tests-arm"),
        RIVAROXABAN: ("rivaroxaban-arm", "usual-care-arm")}
TWO = {"en": "two groups", "es": "dos grupos", "fr": "deux groupes", "de": "zwei Gruppen",
       "it": "due gruppi", "pt": "dois grupos", "nl": "twee groepen"}


@cache
def _outputs(path: Path, code: str) -> list[Any]:
    sheet = load_factsheet(path, known_terms())
    return generate(sheet, registry_with([code]), [code], ["patients", "public"], ["summary"],
                    check=True)


def _heading(code: str, key: str) -> str:
    return registry_with([code]).language(code).phrase(f"summary.heading.{key}")


def _by_chance(code: str) -> str:
    text = registry_with([code]).language(code).phrase("summary.by_chance")
    return text[:1].upper() + text[1:]


def _label(path: Path, code: str, group: str) -> str:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    label = next(g for g in raw["groups"] if g["id"] == group)["label"][code]
    return label["plain"] if isinstance(label, dict) else label


def _section(text: str, heading: str, next_heading: str) -> str:
    start = text.index(heading) + len(heading)
    return text[start:text.index(next_heading, start)]


@pytest.mark.parametrize("code", LANGS)
@pytest.mark.parametrize("path", [CHX, RIVAROXABAN, CT])
def test_the_intervention_section_names_both_arms_before_the_definition(code, path):
    compared, study = _heading(code, "compared"), _heading(code, "study")
    for out in _outputs(path, code):
        assert out.checks.passed, (code, out.audience, out.checks.findings)
        section = _section(out.text, compared, study)
        first, second = (_label(path, code, g) for g in ARMS[path])
        # a label with a relative clause may take a closing comma in the sentence
        assert first.rstrip(",") in section and second in section, (code, section)
        # both in the section's first sentence: before the definition
        assert ". " not in section[:section.index(second)], (code, section)
        # the comparison said once ("It compared two groups: …" no second time)
        said = sum(out.text.count(TWO[code] + c) for c in (":", "\u00a0:"))
        assert said == 1, (code, out.audience, out.text[:900])


@pytest.mark.parametrize("code", LANGS)
@pytest.mark.parametrize("path", [CHX, RIVAROXABAN])
def test_a_randomised_trial_says_chance_formed_the_groups_once(code, path):
    registry = registry_with([code])
    design = registry.language(code).terms["randomised-trial"].plain
    for out in _outputs(path, code):
        assert out.text.count(_by_chance(code)) == 1, (code, out.audience, out.text[:900])
        assert design not in out.text, (code, out.audience)


@pytest.mark.parametrize("code", ["en", "de", "fr", "es"])
def test_a_sheet_that_names_no_design_says_no_chance(code, tmp_path):
    raw = yaml.safe_load(CHX.read_text(encoding="utf-8"))
    raw["study"].pop("design", None)
    path = tmp_path / "facts.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    sheet = load_factsheet(path, known_terms())
    for out in generate(sheet, registry_with([code]), [code], ["patients"], ["summary"],
                        check=False):
        assert _by_chance(code) not in out.text, (code, out.text[:900])
        section = _section(out.text, _heading(code, "compared"), _heading(code, "study"))
        assert _label(tmp_path / "facts.yaml", code, "iodine-arm") in section


@pytest.mark.parametrize("code", ["en", "de", "nl"])
def test_a_single_arm_study_keeps_its_treatment_heading(code):
    sheet = load_factsheet(SEED_FACTS, known_terms())
    for out in generate(sheet, registry_with([code]), [code], ["patients"], ["summary"],
                        check=False):
        assert _heading(code, "treatment") in out.text
        assert _heading(code, "compared") not in out.text
