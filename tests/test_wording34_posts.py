"""What the editors of round 34 found in the posts and summaries, held on the outputs:

- every post carries the sheet's local hashtag of its language beside the required ones
  (issue 13 item 4): a post with no room tags the headline's own words ("#Kaiserschnitt:
  …") and says hours by the locale's short unit ("4,8 h") before it gives anything up;
- a trial's arms are named in full once, then by a short label that keeps the full
  label's head word (Dutch "vroeg ontslagen mensen" for "mensen die vroeg naar huis
  gingen met rivaroxaban", German "Menschen mit früher Entlassung"), and never by one
  another label holds;
- a short label said in a clause's place loses the comma that closed the clause ("Bij
  mensen in het ziekenhuis was …", not "…, was").
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from plainsum.factsheet import load_factsheet
from plainsum.pipeline import generate
from plainsum.render import Section, Sentence
from plainsum_social.posts import inline_tags

from .conftest import ROOT, known_terms, registry_with

SHEETS = [ROOT / "seeds" / "hsct-ms-2021" / "facts.yaml",
          *sorted((ROOT / "examples").glob("*/facts.yaml"))]
RIVAROXABAN = ROOT / "examples" / "rivaroxaban-pe-2018" / "facts.yaml"


@cache
def _outputs(path: Path, code: str, generators: tuple[str, ...]) -> list[Any]:
    registry = registry_with([code])
    sheet = load_factsheet(path, known_terms())
    return generate(sheet, registry, [code], list(registry.audiences), list(generators),
                    check=True)


@pytest.mark.parametrize("code", ["de", "it", "nl"])
@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.parent.name)
def test_every_post_carries_the_local_hashtag(path, code):
    sheet = load_factsheet(path, known_terms())
    local = [t for t in sheet.hashtags_in(code) if t not in sheet.hashtags]
    assert local, "the example sheets give a local hashtag in every language"
    for out in _outputs(path, code, ("social",)):
        for tag in [*sheet.hashtags, *local]:
            assert tag in out.text, (out.variant, out.audience, tag, out.text)
        assert out.checks.passed, (out.variant, out.audience,
                                   [f.rule for f in out.checks.findings])


def test_a_hashtag_is_put_where_the_headline_says_its_words():
    def tagged(text: str, tags: list[str]) -> tuple[str, list[str]]:
        sections, rest = inline_tags([Section([Sentence(text)])], tags)
        return sections[0].sentences[0].text, rest

    assert tagged("Kaiserschnitt: weniger Infektionen", ["#NEJM", "#Kaiserschnitt"]) == (
        "#Kaiserschnitt: weniger Infektionen", ["#NEJM"])
    assert tagged("Vitamina D e rischio di tumore del colon-retto", ["#TumoreColonRetto"]) \
        == ("Vitamina D e rischio di #TumoreColonRetto", [])
    assert tagged("Sclerosi multipla, il trapianto", ["#SclerosiMultipla"])[0] == \
        "#SclerosiMultipla, il trapianto"
    # not inside a word, and a word the headline does not say stays at the end
    assert tagged("Niedrigrisiko-Lungenembolie: früh heim", ["#Lungenembolie"]) == (
        "Niedrigrisiko-Lungenembolie: früh heim", ["#Lungenembolie"])


def _results(text: str) -> str:
    """The summary's results section (after its heading), where the arms are compared."""
    parts = re.split(r"\n\n(?:Wat bleek uit het onderzoek\?|Was kam bei der Studie heraus\?|"
                     r"What did the study find\?)\n\n", text)
    return parts[1] if len(parts) > 1 else ""


@pytest.mark.parametrize("code,full,short", [
    ("nl", "mensen die vroeg naar huis gingen met rivaroxaban", "vroeg ontslagen mensen"),
    ("en", "people sent home early with rivaroxaban", "people sent home early"),
    # German: a short label with the same head word and no word to decline ("Menschen mit
    # früher Entlassung"), where "früh Entlassene" would need "den früh Entlassenen"
    ("de", "Menschen, die mit Rivaroxaban früh nach Hause gingen",
     "Menschen mit früher Entlassung"),
])
def test_an_arm_is_named_in_full_once_then_by_its_short_label(code, full, short):
    summaries = [o for o in _outputs(RIVAROXABAN, code, ("summary",))
                 if o.audience == "patients"]
    assert summaries
    for out in summaries:
        results = _results(out.text)
        assert results, out.text[:300]
        assert full not in results and full.capitalize() not in results, results
        assert results.count(short) >= 2, results
        assert out.checks.passed, [f.rule for f in out.checks.findings]


def test_a_short_label_in_a_clause_s_place_loses_the_comma():
    for out in _outputs(RIVAROXABAN, "nl", ("summary",)):
        assert not re.search(r"Bij mensen in het ziekenhuis,", out.text), out.text
