"""An outcome said as a noun after a preposition takes the article its language gives a
count noun ("Risiko für einen Herzinfarkt", "risico op een hartaanval") and none for a
disease one has ("Risiko für Darmkrebs", "risico op darmkanker"): the sheet's own label
tells which ("von einem Herzinfarkt betroffen", "een hartaanval hadden", "von Darmkrebs
betroffen"). Romance languages say both bare ("riesgo de infarto").
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from plainsum.factsheet import load_factsheet
from plainsum.pipeline import generate

from .conftest import ROOT, known_terms, registry_with

CT = ROOT / "examples" / "ct-heart-scan-2018" / "facts.yaml"
VITAMIN = ROOT / "examples" / "vitamin-d-colorectal-2018" / "facts.yaml"


@cache
def _summaries(path: Path, code: str) -> list[Any]:
    registry = registry_with([code])
    sheet = load_factsheet(path, known_terms())
    return generate(sheet, registry, [code], ["patients", "clinicians"], ["summary"],
                    check=True)


COUNTED = {"de": r"Risiko für einen (?:Herzinfarkt|Myokardinfarkt)\b",
           "nl": r"risico op een (?:hartaanval|myocardinfarct)\b"}
BARE = {"de": (r"Risiko für Darmkrebs\b", r"Risiko für ein kolorektales Karzinom\b"),
        "nl": (r"risico op darmkanker\b", r"risico op een colorectaal carcinoom\b")}


@pytest.mark.parametrize("code", sorted(COUNTED))
def test_a_counted_event_takes_its_article_after_the_preposition(code):
    outputs = _summaries(CT, code)
    assert outputs
    for out in outputs:
        assert re.search(COUNTED[code], out.text), (out.audience, out.text[:300])
        assert out.checks.passed, (out.audience, [f.rule for f in out.checks.findings])


@pytest.mark.parametrize("code", sorted(BARE))
def test_a_disease_the_label_says_bare_stays_bare(code):
    plain, technical = BARE[code]
    for out in _summaries(VITAMIN, code):
        pattern = technical if out.audience == "clinicians" else plain
        assert re.search(pattern, out.text), (out.audience, out.text[:300])
        assert out.checks.passed, (out.audience, [f.rule for f in out.checks.findings])


def test_dutch_risk_is_said_subject_first():
    """No "bleek dat" in front of every relative risk: the group is the subject."""
    for out in _summaries(CT, "nl"):
        assert re.search(r"\bhadden de (?:mensen|patiënten) die ook", out.text), out.text[:300]
        assert "bleek dat de" not in out.text, out.text[:300]
