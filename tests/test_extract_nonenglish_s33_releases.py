"""Session 33's own releases (tests/data/extract_nonenglish/s33_*.txt, written as a press
officer would: a registry in it/fr/de, trials in de/es/it, a lab study in mice and a
programme evaluation in pt, a cohort in pt): each is drafted, never refused, with its
design, its headline fact of the right kind and no background figure; every value the CLI
draft holds sits at its span in the release (lint --release)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

DATA = ROOT / "tests/data/extract_nonenglish"
# file, language, evidence, the main fact's (kind, value), background values never results
RELEASES = [
    ("s33_it_registry", "it", "observational", ("relative-change", 56), [30]),
    ("s33_fr_registry", "fr", "observational", ("relative-change", 38), [20]),
    ("s33_de_reg", "de", "observational", ("relative-change", 57), [23000]),
    ("s33_de_trial", "de", "randomised", ("difference", -6.8), []),
    ("s33_es_trial", "es", "randomised", ("difference", -3.3), [12]),
    ("s33_it_trial", "it", "randomised", ("ratio", 0.58), []),
    ("s33_pt_mice", "pt", "lab", ("relative-change", 42), [25]),
    ("s33_pt_programme", "pt", "observational", ("difference", 8), []),
    ("s33_pt_cohort", "pt", "observational", ("ratio", 0.68), [55]),
]


@pytest.mark.parametrize(("name", "lang", "evidence", "main", "background"), RELEASES)
def test_each_release_is_drafted_with_its_headline(name, lang, evidence, main, background) -> None:
    text = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    data = extract_draft(text, source=name, lang=lang, bank={}).data
    assert data["study"]["evidence"] == evidence
    top = next(f for f in data["facts"] if f["id"] == data["study"]["main_fact"])
    assert (top["kind"], top["value"]) == main
    # a background figure is never a result (drafted with role background, or left out)
    values = [f.get("value") for f in data["facts"] if f.get("role") != "background"]
    assert not [v for v in background if v in values], data["facts"]
    if name != "s33_de_trial":  # (its quotation is four words: no quote)
        assert data.get("quotes") and data.get("people")


@pytest.mark.parametrize("name,lang", [(r[0], r[1]) for r in RELEASES])
def test_every_value_is_at_its_span(tmp_path, name: str, lang: str) -> None:
    from plainsum.cli import main

    sheet = tmp_path / f"{name}.yaml"
    made = CliRunner().invoke(main, ["extract", str(DATA / f"{name}.txt"), "--lang", lang,
                                     "-o", str(sheet)])
    assert made.exit_code == 0, made.output
    result = CliRunner().invoke(main, ["lint", str(sheet), "--release", str(DATA / f"{name}.txt")])
    assert "not at" not in result.output and "no term with id" not in result.output, result.output
    assert "schema" not in result.output.lower(), result.output
