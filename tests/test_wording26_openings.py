"""Openings and time phrases a native editor reads as wrong, held on the outputs:

- a result that opens with the time the result before opened with ("Within 30 days of the
  C-section, … HR … Within 30 days of the C-section, … 45% less often …") opens with the
  pack's "over the same period" instead, so no opening stands twice in a row; the checker
  still reads the figure of that sentence (a changed one is caught);
- a figure about the cohort with no time says "in the study" once (German "Von den 1.147
  Frauen … in der Studie waren in der Studie …");
- Dutch says what a study shows "uit het onderzoek", not "in het onderzoek bleek dat";
- Portuguese anchors a period to its event as "nos 30 dias após a cesariana", not the
  calque "no prazo de 30 dias" (a deadline).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from plainsum.factsheet import load_factsheet
from plainsum.lexicon import Lexicon
from plainsum.pipeline import CheckContext, check_text, generate

from .conftest import ROOT, known_terms, registry_with

EFFECTS = ROOT / "tests" / "data" / "sheets" / "chx-effects-test.yaml"
CHX = ROOT / "examples" / "chlorhexidine-csection-2016" / "facts.yaml"
VITAMIN = ROOT / "examples" / "vitamin-d-colorectal-2018" / "facts.yaml"
LANGS = ("en", "es", "fr", "de", "it", "pt")
SAME = {"en": "Over the same period", "es": "En ese mismo periodo", "fr": "Sur la même période",
        "de": "Im selben Zeitraum", "it": "Nello stesso periodo", "pt": "No mesmo período"}


@cache
def _outputs(path: Path, code: str, generators: tuple[str, ...] = ("summary",)) -> list[Any]:
    registry = registry_with([code])
    sheet = load_factsheet(path, known_terms())
    return generate(sheet, registry, [code], list(registry.audiences), list(generators),
                    check=True)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


def _opening(sentence: str) -> str:
    return sentence.split(",")[0] if "," in sentence[:80] else " ".join(sentence.split()[:4])


@pytest.mark.parametrize("code", LANGS)
def test_a_time_that_opened_the_result_before_is_not_said_again(code):
    for out in _outputs(EFFECTS, code):
        sentences = _sentences(out.text)
        for a, b in pairwise(sentences):
            if re.match(r"\w+ (?:\d|\w+ \d)", a):  # a sentence that opens with a time
                assert _opening(a) != _opening(b), (out.audience, a, b)
        if out.audience in ("patients", "clinicians"):
            assert SAME[code] in out.text, (out.audience, out.text)
        errors = [f for f in out.checks.findings if f.severity == "error"]
        assert not errors, (out.audience, errors)


@pytest.mark.parametrize("code", LANGS)
def test_a_changed_figure_after_the_same_period_is_still_caught(code):
    """The paired case: the relative change said after "over the same period" is still
    the sheet's figure to the checker; 45 turned into 54 is an error."""
    registry = registry_with([code])
    out = next(o for o in _outputs(EFFECTS, code) if o.audience == "patients")
    sentence = next(s for s in _sentences(out.text) if s.startswith(SAME[code]))
    assert "45" in sentence
    wrong = out.text.replace(sentence, sentence.replace("45", "54"))
    sheet = load_factsheet(EFFECTS, known_terms())
    pack = registry.languages[code]
    context = CheckContext(sheet, pack, registry.audience("patients"), Lexicon(sheet, pack),
                           output=out)
    found = check_text(wrong, context, registry, with_readability=False).findings
    assert any(f.severity == "error" for f in found), (wrong, found)


def test_a_cohort_figure_without_a_time_says_in_the_study_once():
    for out in _outputs(EFFECTS, "de"):
        for sentence in _sentences(out.text):
            assert sentence.count("in der Studie") < 2, sentence


def test_dutch_says_what_a_study_shows_comes_out_of_it():
    """Never "In het onderzoek bleek"; since round 34 a relative risk is said with the
    group as its subject ("In het onderzoek hadden de mensen … een 31% hoger risico"), no
    "bleek dat" at all, and the second of two such results follows on ("Daarnaast hadden";
    not "Daarbij", "at the same time", since round 35)."""
    outs = _outputs(VITAMIN, "nl", ("summary", "social"))
    for out in outs:
        assert "In het onderzoek bleek" not in out.text and "in het onderzoek bleek" \
            not in out.text, out.text
    assert any("In het onderzoek hadden de mensen met te weinig vitamine D" in o.text
               for o in outs)
    assert any("Daarnaast hadden" in o.text for o in outs)
    assert not any("Daarbij hadden" in o.text for o in outs)


def test_portuguese_anchors_a_period_to_its_event_without_a_deadline():
    outs = _outputs(CHX, "pt", ("summary", "social"))
    for out in outs:
        assert "prazo de 30 dias" not in out.text, out.text
    assert any("Nos 30 dias após a cesariana" in o.text for o in outs)


def test_german_results_without_a_time_do_not_open_alike_twice():
    """Two results with no time in a row (the vitamin D post: 31 % more often, 22 % less
    often) each opened "In der Studie waren"; the second says "Außerdem waren" (not "Dabei",
    "at the same time", since round 35)."""
    outs = _outputs(VITAMIN, "de", ("summary", "social"))
    for out in outs:
        sentences = _sentences(out.text)
        for a, b in pairwise(sentences):
            for verb in ("waren", "hatten"):  # "hatten": a relative risk (round 33)
                assert not (a.startswith(f"In der Studie {verb}")
                            and b.startswith(f"In der Studie {verb}")), (out.generator, a, b)
    assert any("Außerdem waren" in o.text or "Außerdem hatten" in o.text for o in outs)
    assert not any("Dabei waren" in o.text or "Dabei hatten" in o.text for o in outs)
