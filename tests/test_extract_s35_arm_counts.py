# ruff: noqa: E501 (a release's paragraphs stay one line each, as pasted)
"""An arm's count and share said together ("148/600 pacientes (24,7 %) del grupo del
fármaco", "161 sur 600 (26,8 %) dans le groupe placebo"), in trials made up for these
tests: one proportion with its count and denominator, of the arm named after the bracket
or before the count, and of the outcome its clause names; a pair whose share is not the
count over the denominator is none."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

TRIALS = {
    "es": """El fármaco X reduce las recaídas, según un ensayo

El estudio

Un total de 1.200 pacientes fueron asignados aleatoriamente al grupo del fármaco o al grupo placebo.

Resultados

Hubo efectos adversos graves en 148/600 pacientes (24,7 %) del grupo del fármaco y en 161/600 (26,8 %) del grupo placebo.
""",
    "fr": """Le médicament X réduit les rechutes, selon un essai

L'étude

Au total, 1 200 patients ont été randomisés dans le groupe traité ou dans le groupe placebo.

Résultats

Des effets indésirables graves sont survenus chez 148 sur 600 patients (24,7 %) dans le groupe traité et chez 161 sur 600 (26,8 %) dans le groupe placebo.
""",
}
HARM = {"es": "efectos adversos graves", "fr": "effets indésirables graves"}


def draft(lang: str, text: str) -> dict:
    return extract_draft(text, source=f"trial-{lang}.txt", lang=lang, bank={}).data


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_an_arms_count_and_share_are_one_proportion(lang: str) -> None:
    data = draft(lang, TRIALS[lang])
    shares = {f["value"]: f for f in data["facts"] if f["kind"] == "proportion"}
    treated, placebo = shares[24.7], shares[26.8]
    assert (treated["count"], treated["of"], placebo["count"], placebo["of"]) == (148, 600, 161, 600)
    assert placebo["group"] == "placebo" and treated["group"] not in ("placebo", "all")
    labels = {o["id"]: o["label"][lang]["plain"] for o in data["outcomes"]}
    assert labels[treated["outcome"]] == labels[placebo["outcome"]] == HARM[lang]
    # the counts are no shares or counts of their own
    assert not [f for f in data["facts"] if f.get("value") in (148, 161, 600)]


def test_a_share_that_is_not_the_count_over_the_denominator_is_no_pair() -> None:
    text = TRIALS["es"].replace("148/600 pacientes (24,7 %)", "148/600 pacientes (42,7 %)")
    data = draft("es", text)
    assert not [f for f in data["facts"] if f.get("count") == 148]
