"""A difference whose 95% CI holds 0 is no difference the study showed (the desk's xg18-01
draft: "La discapacidad (escala MIDAS) fue 2,1 puntos menor …" for −2.1, 95% CI −5.0 to
0.8, and the tool's own check failed eight outputs with invented-difference). It is said
as no clear difference, as the sheet's no-difference results are, with its figures for
technical readers; a difference whose interval leaves out 0 keeps its direction."""

from __future__ import annotations

import copy

import pytest
from plainsum.pipeline import generate

from .test_generate_kinds import _load, _sheet_data

LANGS = ["en", "es", "fr", "de", "it", "pt", "nl"]
UNCLEAR = {"id": "diff-unclear", "kind": "difference", "value": -0.4, "unit": "point",
           "measure": "edss", "group": "rrms", "versus": "progressive", "ci": [-0.9, 0.1],
           "time": "5y", "key": True}
# the paired case: the same difference with an interval that leaves out 0
CLEAR = dict(UNCLEAR, id="diff-clear", ci=[-0.7, -0.1], time="10y")
# words that say a direction, by language (none may say the unclear one)
DIRECTION = {"en": ("lower", "higher"), "es": ("menor", "mayor"),
             "fr": ("inférieur", "plus bas", "moins"), "de": ("niedriger", "höher"),
             "it": ("inferiore", "minore", "più basso"),
             "pt": ("inferior", "menor", "mais baixo"), "nl": ("lager", "hoger")}


@pytest.fixture(scope="module")
def sheet(module_registry, tmp_path_factory):
    data = _sheet_data()
    data["id"] = "undecided-difference"
    data["facts"].extend(copy.deepcopy([UNCLEAR, CLEAR]))
    return _load(module_registry, tmp_path_factory.mktemp("undecided-difference"), data)


@pytest.fixture(scope="module")
def langs(module_registry):
    return [code for code in LANGS if code in module_registry.languages]


def _said(module_registry, sheet, code, audience, fact_id):
    from plainsum.lexicon import Lexicon
    from plainsum.pipeline import Request
    from plainsum.render import Wording

    pack = module_registry.language(code)
    w = Wording(Request(sheet, pack, module_registry.audiences[audience], "summary",
                        Lexicon(sheet, pack)), prefix="summary")
    return w.difference(sheet.facts[fact_id])


def test_a_difference_whose_interval_holds_zero_is_no_clear_difference(module_registry,
                                                                        sheet, langs):
    for code in langs:
        for audience in ("patients", "clinicians"):
            said = _said(module_registry, sheet, code, audience, "diff-unclear")
            lowered = said.text.lower()
            assert not any(word in lowered for word in DIRECTION[code]), (code, said.text)
            if audience == "clinicians":  # the figure with its interval
                pack = module_registry.language(code)
                assert pack.format_number(0.9) in said.text, (code, said.text)
                assert said.facts == ("diff-unclear",)
            else:  # the words only, claiming no figure
                assert said.facts == (), (code, said.text)


def test_a_difference_whose_interval_leaves_out_zero_keeps_its_direction(module_registry,
                                                                          sheet, langs):
    for code in langs:
        said = _said(module_registry, sheet, code, "patients", "diff-clear")
        assert any(word in said.text.lower() for word in DIRECTION[code]), (code, said.text)


def test_outputs_with_an_unclear_difference_pass_their_checks(module_registry, sheet, langs):
    outs = generate(sheet, module_registry, langs, ["patients", "clinicians"], ["summary"])
    for out in outs:
        # the kinds sheet's other facts have findings of their own: this one's only
        errors = [(f.rule, f.message) for f in out.checks.findings if f.severity == "error"
                  and f.fact == "diff-unclear"]
        assert not errors, (out.lang, out.audience, errors)
        assert "diff-unclear" in out.facts or out.audience == "patients", out.lang


def test_a_german_difference_in_points_takes_the_accusative(module_registry, sheet):
    """"um 0,4 Punkte niedriger", "(Differenz −0,4 Punkte; …)", never "Punkten" (the
    dative of "bei 2 Punkten", which a mean still takes)."""
    if "de" not in module_registry.languages:
        pytest.skip("no German pack")
    for audience in ("patients", "clinicians"):
        for fact_id in ("diff-clear", "diff-unclear", "diff-edss"):
            said = _said(module_registry, sheet, "de", audience, fact_id).text
            assert "Punkten" not in said, said
    mean = _said_mean(module_registry, sheet, "edss-rrms")
    assert "bei 2 Punkten" in mean, mean


def _said_mean(module_registry, sheet, fact_id):
    from plainsum.lexicon import Lexicon
    from plainsum.pipeline import Request
    from plainsum.render import Wording

    pack = module_registry.language("de")
    w = Wording(Request(sheet, pack, module_registry.audiences["patients"], "summary",
                        Lexicon(sheet, pack)), prefix="summary")
    return w.fact_sentence(sheet.facts[fact_id]).text
