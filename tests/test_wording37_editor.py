"""What the round-37 editor's reading of the es, it and pt outputs changed (issue 13):

- no two sentences in a row open with "Entre" ("Entre 1997 y 2019, … Entre ellas había …").
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest
from plainsum.factsheet import load_factsheet
from plainsum.pipeline import generate

from .conftest import ROOT, known_terms, registry_with

CHLORHEXIDINE = ROOT / "examples" / "chlorhexidine-csection-2016" / "facts.yaml"
AUDIENCES = ["patients", "public", "press", "clinicians"]


@cache
def _outputs(path: Any, code: str) -> list[Any]:
    sheet = load_factsheet(path, known_terms())
    return generate(sheet, registry_with([code]), [code], AUDIENCES, ["summary", "social"],
                    check=True)


SEED = ROOT / "seeds" / "hsct-ms-2021" / "facts.yaml"


@pytest.mark.parametrize("code", ["es", "pt", "it"])
@pytest.mark.parametrize("path", [SEED, CHLORHEXIDINE], ids=["seed", "chlorhexidine"])
def test_no_two_sentences_in_a_row_open_with_the_same_word(path, code):
    """"Entre 1997 y 2019, 210 personas … Entre ellas había …": the period opens "De 1997
    a 2019" where the cohort's parts follow."""
    import itertools
    import re

    for out in _outputs(path, code):
        if out.variant != "summary":
            continue
        for paragraph in out.text.split("\n\n"):
            firsts = [s.split(" ", 1)[0].strip(",") for s in
                      re.split(r"(?<=[.!?])\s+", paragraph) if s]
            pairs = list(itertools.pairwise(firsts))
            assert ("Entre", "Entre") not in pairs, (out.audience, paragraph)
