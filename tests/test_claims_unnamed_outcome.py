"""A difference said with no outcome named, on a sheet whose arms each have a figure on
another outcome: the sheet's own title "Brisk walking lowers blood pressure" is about that
outcome (blood pressure fell by 9 mmHg with walking and 2 with usual care), not about the
one outcome on which the arms did not differ (hospital admissions). The outcome's words
are also the condition's ("high blood pressure"), so the title names no outcome of its own;
such a difference cannot be pinned on the no-difference result. A difference said of the
no-difference outcome is still reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from plainsum.factsheet import load_factsheet
from plainsum.lexicon import Lexicon
from plainsum.pipeline import CheckContext, check_text

SHEET = """\
schema_version: 1
id: walking-trial
lang: en
title:
  en: Brisk walking lowers blood pressure in older adults
study:
  condition: high-blood-pressure
  intervention: brisk-walking
  design: [randomised-trial, control-group]
  main_fact: walking-change
groups:
- id: all
  label:
    en: {plain: adults with high blood pressure, technical: adults with hypertension}
- id: walking
  label:
    en: {plain: people who walked, technical: walking group}
- id: usual-care
  label:
    en: {plain: people who got usual care, technical: usual-care group}
times:
- id: 12w
  value: 12
  unit: week
outcomes:
- id: systolic-blood-pressure
  label:
    en: {plain: systolic blood pressure, technical: systolic blood pressure}
- id: hospital-admissions
  label:
    en: {plain: went to hospital, technical: were admitted to hospital}
facts:
- id: cohort
  kind: count
  value: 842
  group: all
- id: walking-change
  kind: difference
  value: -9
  group: walking
  outcome: systolic-blood-pressure
  time: 12w
  unit: mmHg
- id: usual-care-change
  kind: difference
  value: -2
  group: usual-care
  outcome: systolic-blood-pressure
  time: 12w
  unit: mmHg
- id: admissions-same
  kind: no-difference
  group: walking
  versus: usual-care
  outcome: hospital-admissions
  time: 12w
terms:
- id: high-blood-pressure
  en: {technical: hypertension, plain: high blood pressure, definition: Pressure that stays high.}
- id: brisk-walking
  en: {technical: brisk walking, plain: brisk walking, definition: Fast walks several times a week.}
"""


@pytest.fixture(scope="module")
def sheet_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("walking") / "facts.yaml"
    path.write_text(SHEET, encoding="utf-8")
    return path


def _invented(registry, path: Path, text: str) -> list[str]:
    sheet = load_factsheet(path, registry.known_terms())
    pack = registry.language("en")
    context = CheckContext(sheet, pack, registry.audience("public"), Lexicon(sheet, pack))
    return [f.message for f in check_text(text, context, registry,
                                          with_readability=False).findings
            if f.rule == "invented-difference"]


def test_the_title_about_the_measured_outcome_is_no_invented_difference(registry, sheet_path):
    assert _invented(registry, sheet_path,
                     "Brisk walking lowers blood pressure in older adults.") == []


@pytest.mark.parametrize("text", [
    "People who walked went to hospital less often than people who got usual care.",
    "After 12 weeks, people who walked were less often admitted to hospital.",
])
def test_a_difference_in_the_outcome_with_none_is_still_reported(registry, sheet_path, text):
    found = _invented(registry, sheet_path, text)
    assert found and "went to hospital" in found[0]
