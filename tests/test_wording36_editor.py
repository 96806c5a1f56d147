"""Slips the editor's re-check of round 35 still found open (issue 13), held where fixed:

- a general figure in German is framed as one ("Im Allgemeinen sterben …"), not "Laut
  Statistik" (whose statistics?);
- Dutch credits the funders with "Financiering:", not "Betaald door:";
- a difference said in words with its direction ("28,8 Stunden kürzer") gets no signed
  figure in brackets without an interval ("(Differenz −28,8 Stunden; p < 0,0001)" read as a
  double negative); the p-value stays;
- a Dutch compound with a multi-word part takes hyphens throughout ("vitamine-D-tekort").
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import pytest
from plainsum.factsheet import load_factsheet
from plainsum.pipeline import generate

from .conftest import ROOT, SEED_FACTS, known_terms, registry_with

RIVAROXABAN = ROOT / "examples" / "rivaroxaban-pe-2018" / "facts.yaml"
VITAMIN = ROOT / "examples" / "vitamin-d-colorectal-2018" / "facts.yaml"
AUDIENCES = ["patients", "public", "press", "clinicians"]


@cache
def _outputs(path: Any, code: str) -> list[Any]:
    sheet = load_factsheet(path, known_terms())
    return generate(sheet, registry_with([code]), [code], AUDIENCES, ["summary"], check=False)


@pytest.mark.parametrize("path", [RIVAROXABAN, VITAMIN], ids=["riva", "vitd"])
def test_a_german_general_figure_names_no_statistics(path):
    texts = [o.text for o in _outputs(path, "de")]
    assert not any("laut statistik" in t.lower() for t in texts)
    if path == RIVAROXABAN:  # the background figure is still said, as general
        assert any("Im Allgemeinen sterben" in t for t in texts)


@pytest.mark.parametrize("path", [SEED_FACTS, RIVAROXABAN], ids=["hsct", "riva"])
def test_dutch_credits_funders_as_financiering(path):
    texts = [o.text for o in _outputs(path, "nl")]
    assert not any("betaald door" in t.lower() for t in texts)


@pytest.mark.parametrize("code", ["en", "de", "fr", "nl", "es", "it", "pt"])
def test_a_difference_in_words_has_no_signed_figure_without_an_interval(code):
    for out in _outputs(RIVAROXABAN, code):
        # "(difference −28.8 hours; p < 0.0001)", "(Differenz −2.496 $; …)"
        assert not re.search(r"\((?:\w+ )?(?:\w+ )?[−-]\s?(?:US)?\$?\s?\d", out.text), (
            out.audience, re.search(r"\([^)]*[−-]\s?\d[^)]*\)", out.text))
        if out.audience in ("press", "clinicians"):
            assert "p < 0" in out.text, out.audience  # the p-value stays


def test_a_dutch_compound_with_a_multi_word_part_is_hyphenated():
    for out in _outputs(VITAMIN, "nl"):
        assert not re.search(r"vitamine D-\w", out.text), out.audience


@pytest.mark.parametrize(("code", "event"), [("en", "after the stem cell transplant"),
                                             ("nl", "na de stamceltransplantatie")])
def test_a_short_post_keeps_the_anchor_before_its_long_headline(code, event):
    """"After 10 years, 71 out of 100 people with relapsing-remitting MS …": after what, and
    everyone with MS? A post says its short headline and short caveat together before it
    gives up the people studied and the event the time counts from."""
    sheet = load_factsheet(SEED_FACTS, known_terms())
    outs = generate(sheet, registry_with([code]), [code], ["patients", "public"], ["social"],
                    check=True)
    bluesky = [o for o in outs if o.variant == "bluesky"]
    assert bluesky
    for out in bluesky:
        assert event in out.text, (out.audience, out.text)
        assert out.checks.passed, (out.audience, out.checks.findings)


@pytest.mark.parametrize("code", ["en", "es", "fr", "de", "it", "pt", "nl"])
def test_a_lay_summary_glosses_a_word_once(code):
    """"personnes ayant une embolie pulmonaire à faible risque (caillot dans le poumon)"
    up to five times in one summary: the gloss sat inside the group's label. A plain word
    in brackets is said once after the headline (at the term's first use)."""
    for out in _outputs(RIVAROXABAN, code):
        if out.audience not in ("patients", "public"):
            continue
        body = out.text.split("\n", 1)[1]
        glosses = re.findall(r"\([^()\d]{4,60}\)", body)
        assert not [g for g in set(glosses) if glosses.count(g) > 1], (out.audience, glosses)


@pytest.mark.parametrize("code", ["es", "it", "pt"])
@pytest.mark.parametrize("path", [VITAMIN, ROOT / "examples" / "chlorhexidine-csection-2016"
                                  / "facts.yaml"], ids=["jnci", "nejm"])
def test_a_journal_named_journal_gets_no_revista(code, path):
    """"la revista Journal of the National Cancer Institute", "sulla rivista The New
    England Journal of Medicine": the name says it is a journal (or brings its own
    article); "en el Journal of …", "sul Journal of …", "no Journal of …", as de, fr and nl
    already say it. A proper name keeps "la revista Neurology"."""
    for out in _outputs(path, code):
        assert not re.search(r"\b(?:revista|rivista) (?:The|Journal)\b", out.text), (
            out.audience, re.search(r"[^.]*(?:revista|rivista)[^.]*", out.text).group())
        assert "Journal" in out.text, out.audience


@pytest.mark.parametrize("code", ["en", "es", "fr", "de", "it", "pt", "nl"])
def test_a_spokesperson_is_quoted_with_whom_they_speak_for(code):
    """"sagt Paul Burton (Janssen Pharmaceutical Companies of Johnson & Johnson)": a
    reader must know the quote is the company's. The pack's spokesperson role (gender-free)
    follows the name, with the company's name where the quote leaves out the affiliation."""
    registry = registry_with([code])
    press = [o for o in _outputs(RIVAROXABAN, code) if o.audience == "press"]
    role = registry.language(code).phrase("summary.press.role.spokesperson")
    said = [r.replace("{org}", "Janssen") for r in
            (role.values() if isinstance(role, dict) else [role])]
    for out in press:
        line = next(p for p in out.text.split("\n\n") if "Burton" in p)
        assert any(s in line for s in said), (code, line)


def test_french_quotes_a_study_author_without_cosignataire():
    """"cosignataire de l'étude" reads as someone who only signed it: a study author the
    sheet gives no gender is "qui compte parmi les auteurs de l'étude" (gender-free, as
    "qui a dirigé l'étude" for the senior author)."""
    press = [o for o in _outputs(SEED_FACTS, "fr") if o.audience == "press"]
    assert press
    for out in press:
        assert "cosignataire" not in out.text
        assert "parmi les auteurs de l'étude" in out.text
        assert out.checks is None or out.checks.passed
