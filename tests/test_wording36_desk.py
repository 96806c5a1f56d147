"""Slips a press officer's journey found in Spanish (round 36, the desk's requests):

- "among them" points back to the whole the sentence before named, with its gender: "El
  estudio incluyó a 620 adultos. Entre ellos había 309 personas …", never "entre ellas"
  after a masculine "adultos" because the parts are "personas";
- an outcome a translator words as a clause ("lo bien que funcionaba el tobillo", "lo
  satisfechos que estaban") takes no article: "el estudio comparó lo bien que …", never
  "el lo bien que …".
"""

from __future__ import annotations

from pathlib import Path

import yaml
from plainsum.factsheet import load_factsheet
from plainsum.pipeline import generate

from .conftest import ROOT, SEED_FACTS, known_terms, registry_with

RIVAROXABAN = ROOT / "examples" / "rivaroxaban-pe-2018" / "facts.yaml"


def _write(tmp: Path, raw: dict) -> Path:
    path = tmp / "facts.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


def _summaries(path: Path, code: str) -> list[str]:
    sheet = load_factsheet(path, known_terms())
    return [o.text for o in generate(sheet, registry_with([code]), [code],
                                     ["patients", "public", "press"], ["summary"], check=False)]


def test_among_them_takes_the_gender_of_the_whole(tmp_path):
    raw = yaml.safe_load(SEED_FACTS.read_text(encoding="utf-8"))
    cohort = next(g for g in raw["groups"] if g["id"] == "all")
    cohort["label"]["es"] = {"plain": "adultos con EM", "technical": "adultos con EM"}
    texts = _summaries(_write(tmp_path, raw), "es")
    assert any("adultos con EM" in t for t in texts)
    for text in texts:
        assert "ntre ellas" not in text, text[:900]
    assert any("ntre ellos" in t for t in texts)


def test_an_outcome_said_as_a_clause_takes_no_article(tmp_path):
    raw = yaml.safe_load(RIVAROXABAN.read_text(encoding="utf-8"))
    outcome = next(o for o in raw["outcomes"] if o["id"] == "bleeding-visit")
    outcome["label"]["es"] = {"plain": "lo a menudo que sangraban",
                              "technical": "lo a menudo que sangraban"}
    texts = _summaries(_write(tmp_path, raw), "es")
    assert any("lo a menudo que sangraban" in t for t in texts)
    for text in texts:
        for article in ("el", "la", "los", "las", "del"):
            assert f" {article} lo a menudo" not in text, text[:900]
