"""Lay readers are told what kind of study it was (issue 13; the editors' notes of round 35):
patients need it to weigh the result.

- a sheet that names its design: the design's plain words open "Who took part?" ("This is
  a study that follows groups of people over time"), in every language;
- unless a limitation the text says already names the design (the seed's "The researchers
  looked back at past medical records"): said once;
- a sheet that names no design (the CT heart scan release never says how people were put
  into the groups) says only that the study compared its two groups, never a design;
- technical readers keep the design in their cohort sentence, as before.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
from plainsum.factsheet import load_factsheet
from plainsum.pipeline import generate

from .conftest import ROOT, SEED_FACTS, known_terms, registry_with

CT = ROOT / "examples" / "ct-heart-scan-2018" / "facts.yaml"
VITAMIN = ROOT / "examples" / "vitamin-d-colorectal-2018" / "facts.yaml"
RIVAROXABAN = ROOT / "examples" / "rivaroxaban-pe-2018" / "facts.yaml"
LANGS = ("en", "es", "fr", "de", "it", "pt", "nl")
LAY = ("patients", "public")


@cache
def _outputs(path: Path, code: str) -> list[Any]:
    registry = registry_with([code])
    sheet = load_factsheet(path, known_terms())
    return generate(sheet, registry, [code], list(LAY), ["summary"], check=True)


def _plain(registry: Any, path: Path, code: str, term: str) -> str:
    from plainsum.lexicon import Lexicon

    sheet = load_factsheet(path, known_terms())
    return Lexicon(sheet, registry.language(code)).term_text(term, "plain")


@pytest.mark.parametrize("code", LANGS)
@pytest.mark.parametrize(("path", "design"), [(VITAMIN, "cohort-study"),
                                              (RIVAROXABAN, "randomised-trial")])
def test_lay_summaries_say_the_design_in_plain_words(code, path, design):
    """A randomised trial says it where it names its two groups ("Chance decided who went
    into which group", tests/test_wording36_arms.py), no longer with the design's plain
    words before anyone is named."""
    registry = registry_with([code])
    plain = _plain(registry, path, code, design)
    if design == "randomised-trial":
        plain = registry.language(code).phrase("summary.by_chance")[1:]
    for out in _outputs(path, code):
        assert plain in out.text, (code, out.audience, out.text[:600])
        assert out.checks.passed, (code, out.audience, out.checks.findings)


@pytest.mark.parametrize("code", LANGS)
def test_a_design_a_limitation_names_is_said_once(code):
    registry = registry_with([code])
    plain = _plain(registry, SEED_FACTS, code, "retrospective-study")
    for out in _outputs(SEED_FACTS, code):
        assert plain not in out.text, (code, out.audience)


TWO = {"en": "two groups", "es": "dos grupos", "fr": "deux groupes", "de": "zwei Gruppen",
       "it": "due gruppi", "pt": "dois grupos", "nl": "twee groepen"}


@pytest.mark.parametrize("code", LANGS)
def test_a_sheet_without_a_design_says_what_it_compared_and_no_design(code):
    registry = registry_with([code])
    terms = registry.language(code).terms
    designs = [terms[t].plain for t in ("randomised-trial", "retrospective-study")
               if t in terms and terms[t].plain]
    for out in _outputs(CT, code):
        assert TWO[code] in out.text, (code, out.audience, out.text[:800])
        assert not any(d in out.text for d in designs), (code, out.audience)
        assert out.checks.passed, (code, out.audience, out.checks.findings)
