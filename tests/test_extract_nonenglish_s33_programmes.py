# ruff: noqa: E501 (the releases keep their paragraphs on one line, as they are pasted)
"""A programme evaluation in es/fr/de/it/pt (session 33, issue 12): the places with the
programme ("nos municípios do programa", "in den Programmgemeinden") and the others
("nos demais,", "dans les autres,") are its two arms; a level said from one figure to
another ("passou de 78% para 89%") drafts the level after, and leaves the one before out
with a note; the difference in percentage points is the programme's versus the others.
"The others" with a noun after it ("dans les autres pays") is no arm. Own releases."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT / "tests"))

from plainsum_extract import extract_draft  # noqa: E402
from test_extract_nonenglish_s33_studies import EVALUATION  # noqa: E402

DIFF = {"es": "La diferencia fue de 8 puntos porcentuales.", "fr": "La différence était de 8 points de pourcentage.",
        "de": "Der Unterschied betrug 8 Prozentpunkte.", "it": "La differenza è stata di 8 punti percentuali.",
        "pt": "A diferença foi de 8 pontos percentuais."}


def draft(lang: str, text: str) -> dict:
    return extract_draft(text, source=f"{lang}.md", lang=lang, bank={}).data


@pytest.mark.parametrize("lang", list(EVALUATION))
def test_the_programme_s_places_versus_the_others(lang: str) -> None:
    data = draft(lang, EVALUATION[lang].rstrip("\n") + " " + DIFF[lang] + "\n")
    shares = [(f["value"], f["group"]) for f in data["facts"] if f["kind"] == "proportion"]
    assert [v for v, _g in shares] == [89, 80], data["facts"]  # never 78 or 77, the levels before
    programme, others = shares[0][1], shares[1][1]
    assert "progr" in programme
    diff = [f for f in data["facts"] if f["kind"] == "difference"]
    assert [(f["value"], f["group"], f["versus"], f["unit"]) for f in diff] == [(8, programme, others, "percentage-points")]
    assert len({f["outcome"] for f in data["facts"] if f["kind"] in ("proportion", "difference")}) == 1
    assert data["study"]["main_fact"] == diff[0]["id"]


def test_the_others_with_a_noun_after_it_is_no_arm() -> None:
    text = ("Un programme améliore la vaccination\n\nLille, 4 mars 2026. L'évaluation d'un programme de visites a porté sur 60 communes.\n\n"
            "Dans les autres pays européens, la couverture vaccinale atteint 85 %.\n")
    data = draft("fr", text)
    assert not [g for g in data.get("groups", []) if "autres" in g["id"]]
