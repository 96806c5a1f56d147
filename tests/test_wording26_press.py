"""Conventions a native editor applies, read from the outputs of every example sheet:

- the Spanish, French, Italian, Portuguese and Dutch press do not put English degrees after
  a name ("explique Paul Burton, MD, PhD"; "figure W. Frank Peacock, MD"): the name with
  its affiliation and role says who speaks; English keeps them ("Paul Burton, MD, PhD");
- Spanish puts no comma before "y" joining one group's figures at two times ("86 de cada
  100 no empeoraron a los 5 años y 71 de cada 100 a los 10 años").
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from plainsum.errors import MissingTranslation
from plainsum.factsheet import load_factsheet
from plainsum.pipeline import generate

from .conftest import ROOT, SEED_FACTS, known_terms, registry_with

SHEETS = (SEED_FACTS, *sorted((ROOT / "examples").glob("*/facts.yaml")))
DEGREES = re.compile(r", (?:MD|M\.D\.|PhD|Ph\.D\.|MPH|FACEP|FRCP)\b")


@cache
def _outputs(path: Path, code: str) -> list[Any]:
    registry = registry_with([code])
    try:
        return generate(load_factsheet(path, known_terms()), registry, [code],
                        list(registry.audiences), ["summary"], check=False)
    except MissingTranslation:
        return []


@pytest.mark.parametrize("code", ["es", "fr", "it", "pt", "nl"])
@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.parent.name)
def test_no_english_degrees_after_a_name(path, code):
    sheet = load_factsheet(path, known_terms())
    for out in _outputs(path, code):
        for person in sheet.people.values():
            if person.credentials:
                assert f"{person.name}, {person.credentials}" not in out.text, out.text
        assert not DEGREES.search(out.text), (out.audience, DEGREES.search(out.text))


def test_english_keeps_the_degrees_the_sheet_gives():
    """The paired case: the English press line names "Paul Burton, MD, PhD"."""
    path = ROOT / "examples" / "rivaroxaban-pe-2018" / "facts.yaml"
    press = next(o.text for o in _outputs(path, "en") if o.audience == "press")
    assert "Paul Burton, MD, PhD" in press


def test_spanish_joins_two_times_without_a_comma_before_y():
    text = " ".join(o.text for o in _outputs(SEED_FACTS, "es"))
    assert "no empeoraron a los 5 años y 71 de cada 100 a los 10 años" in text
    assert not re.search(r"\d años, y \d", text)


@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.parent.name)
def test_german_says_the_rest_of_a_cohort_is_part_of_it(path):
    """A cohort's parts said in two sentences (a short-sentence reader): the second is
    never "Dazu kamen …" (read as more people); parts that add up to the cohort end with
    "Die übrigen waren …" (the rest of it; "Auch … waren dabei" before round 27)."""
    for out in _outputs(path, "de"):
        assert "Dazu kamen" not in out.text, out.text
    if path == SEED_FACTS:
        german = " ".join(o.text for o in _outputs(SEED_FACTS, "de"))
        # in digits, as the list before it ("122 Menschen …"): the editor of round 35
        assert "Die übrigen waren 2 Menschen mit primär fortschreitender MS." in german



def test_spanish_calls_a_studys_weaknesses_limitaciones():
    """"Este estudio tiene algunas limitaciones" (the research term), not "algunos
    límites" (a cap)."""
    texts = [o.text for path in SHEETS for o in _outputs(path, "es")]
    assert any("Este estudio tiene algunas limitaciones." in t for t in texts)
    assert not any("límites" in t or "un límite" in t for t in texts)
