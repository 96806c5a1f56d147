"""Counts of who took part, as an editor would print them (issue 13; the editor's notes of
round 35: "1 people", "The rest were two people" after "122 people").

- a count of one says its group in the singular, with a verb that agrees ("Also among them
  was 1 person with primary progressive MS"), in every language whose pack lists the
  singular of its group nouns: never "1 people", "one people", "1 Menschen", "uno
  personas", "één mensen";
- a breakdown says its counts all in digits where one of them is (122, 86 and 2), even
  when the last is said in a sentence of its own ("The rest were 2 people …").
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from plainsum.factsheet import load_factsheet
from plainsum.pipeline import generate

from .conftest import SEED_FACTS, known_terms, registry_with

LANGS = ("en", "es", "fr", "de", "it", "nl")
# a count of one before a plural group noun, in words or digits
PLURAL_ONE = re.compile(
    r"\b(?:1|one|uno|una|un|une|eins|ein|eine|één|uma|um) (?:people|patients|women|"
    r"Menschen|Patienten|Frauen|personas|pacientes|mujeres|personnes|patients|femmes|"
    r"persone|pazienti|donne|mensen|patiënten|vrouwen)\b")


def _sheet_with_count(tmp: Path, value: int) -> Path:
    raw = yaml.safe_load(SEED_FACTS.read_text(encoding="utf-8"))
    for fact in raw["facts"]:
        if fact["id"] == "ppms-n":
            fact["value"] = value
    path = tmp / "facts.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


@cache
def _seed(code: str) -> list[Any]:
    sheet = load_factsheet(SEED_FACTS, known_terms())
    return generate(sheet, registry_with([code]), [code], ["patients", "public"], ["summary"],
                    check=False)


@pytest.mark.parametrize("code", LANGS)
def test_a_count_of_one_says_its_group_in_the_singular(code, tmp_path):
    sheet = load_factsheet(_sheet_with_count(tmp_path, 1), known_terms())
    outs = generate(sheet, registry_with([code]), [code], ["patients", "public", "clinicians"],
                    ["summary"], check=True)
    for out in outs:
        assert not PLURAL_ONE.search(out.text), (code, out.audience, PLURAL_ONE.search(out.text))
        assert "ppms-n" in out.facts, (code, out.audience)
        assert out.checks.passed, (code, out.audience, out.checks.findings)


def test_a_count_of_one_takes_a_singular_verb_in_a_sentence_of_its_own(tmp_path):
    sheet = load_factsheet(_sheet_with_count(tmp_path, 1), known_terms())
    texts = {o.lang: o.text for o in generate(
        sheet, registry_with(["en", "de", "nl"]), ["en", "de", "nl"], ["patients"], ["summary"],
        check=False)}
    assert re.search(r"(?:was|among them was) 1 person with primary progressive MS",
                     texts["en"], re.I), texts["en"][:900]
    assert not re.search(r"\bwere 1 person\b", texts["en"])
    assert not re.search(r"\b1 Mensch\b[^.]* waren dabei", texts["de"])
    assert not re.search(r"\bdeden 1 persoon\b", texts["nl"])


@pytest.mark.parametrize("code", LANGS)
def test_a_breakdown_says_its_counts_all_in_digits(code):
    registry = registry_with([code])
    two = registry.language(code).spell_small(2)
    for out in _seed(code):
        # "122 people …, 86 people … The rest were two people …": never a word among digits
        assert not re.search(rf"\b{re.escape(two)}\s+\w+\s+(?:with|mit|con|atteint|met)\b",
                             out.text, re.I), (code, out.audience)
        assert re.search(r"\b2\s", out.text), (code, out.audience)
