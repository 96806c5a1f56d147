"""A claim that no one had an outcome ("none of the people had serious bleeding"), worded
as a native writer would: with the outcome's own `none` form where the language needs a
singular or a negation ("ninguna de las personas … tuvo …", "aucune … n'a eu de …"), the
none word agreeing with the group's head noun, and the plural label as the fallback.

The sheet is the seed (words in all seven languages) plus one event outcome and a few
groups of my own; the example sheet is read as generated, never as a fixed text."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from plainsum.factsheet import problems
from plainsum.factsheet.model import FactSheet
from plainsum.lexicon import Lexicon
from plainsum.pipeline import CheckContext, Request, generate
from plainsum.render import Wording

from .conftest import ROOT, SEED_FACTS

LANGS = ["en", "es", "fr", "de", "it", "pt", "nl"]
AUDIENCES = ["patients", "public", "press", "clinicians"]

BLED = {"en": "had serious bleeding", "es": "tuvieron un sangrado grave",
        "fr": "ont eu un saignement grave", "de": "von einer schweren Blutung betroffen",
        "it": "hanno avuto un sanguinamento grave", "pt": "tiveram uma hemorragia grave",
        "nl": "een ernstige bloeding hadden"}
# German needs none: its sentence gives the singular verb ("keiner … war … betroffen")
BLED_NONE = {"en": "had any serious bleeding", "es": "tuvo un sangrado grave",
             "fr": "n'a eu de saignement grave", "it": "ha avuto un sanguinamento grave",
             "pt": "teve uma hemorragia grave", "nl": "een ernstige bloeding had"}
GROUPS = {
    "women": {"en": "women with MS", "es": "mujeres con EM", "fr": "femmes atteintes de SEP",
              "de": "Frauen mit MS", "it": "donne con SM", "pt": "mulheres com EM",
              "nl": "vrouwen met MS"},
    "men": {"en": "men with MS", "es": "hombres con EM", "fr": "hommes atteints de SEP",
            "de": "Männer mit MS", "it": "uomini con SM", "pt": "homens com EM",
            "nl": "mannen met MS"},
    "arm": {"en": "control group", "es": "grupo de control", "fr": "groupe témoin",
            "de": "Kontrollgruppe", "it": "gruppo di controllo", "pt": "grupo de controlo",
            "nl": "controlegroep"},
}
# the none word, feminine or masculine, in the languages where it agrees
NONE_WORD = {"es": ("ninguna", "ninguno"), "fr": ("aucune", "aucun"), "it": ("nessuna", "nessuno"),
             "pt": ("nenhuma", "nenhum"), "de": ("keine", "keiner")}
# "all" in the same packs, whose gender the none word must share
ALL_WORD = {"es": ("todas", "todos"), "fr": ("toutes", "tous"), "it": ("tutte", "tutti"),
            "pt": ("todas", "todos")}
# said of an arm: nobody in it, not "none of the group"
NOBODY = {"es": r"\bnadie en el\b", "fr": r"\baucun membre du\b", "it": r"\bnessuno nel\b",
          "pt": r"\bninguém no\b", "de": r"\bniemand in der\b"}


def _data(with_none: bool = True) -> dict[str, Any]:
    data = copy.deepcopy(yaml.safe_load(SEED_FACTS.read_text(encoding="utf-8")))
    data["id"] = "none-claims"
    label: dict[str, Any] = {}
    for lang, text in BLED.items():
        label[lang] = {"plain": text, "technical": text}
        if with_none and lang in BLED_NONE:
            label[lang]["none"] = BLED_NONE[lang]
    data["outcomes"].append({"id": "bled", "label": label})
    for gid, words in GROUPS.items():
        data["groups"].append({"id": gid, "label": dict(words)})
    for gid in ("all", *GROUPS):
        data["facts"].append({"id": f"none-{gid}", "kind": "claim", "quantifier": "none",
                              "group": gid, "outcome": "bled"})
        data["facts"].append({"id": f"all-{gid}", "kind": "claim", "quantifier": "all",
                              "group": gid, "outcome": "bled"})
    return data


@pytest.fixture(scope="module")
def langs(module_registry) -> list[str]:
    return [lang for lang in LANGS if lang in module_registry.languages]


def _wording(registry, sheet: FactSheet, lang: str, audience: str) -> Wording:
    pack = registry.language(lang)
    request = Request(sheet, pack, registry.audience(audience), "summary", Lexicon(sheet, pack))
    return Wording(request, prefix="summary")


def _claim(registry, sheet: FactSheet, lang: str, audience: str, fact_id: str) -> str:
    return _wording(registry, sheet, lang, audience).claim(sheet.facts[fact_id]).text


def test_a_none_claim_takes_the_outcomes_none_form_and_the_checker_reads_it(
        module_registry, langs):
    from plainsum_checks.directions import stated_claims

    sheet = FactSheet.from_dict(_data())
    for lang in langs:
        pack = module_registry.language(lang)
        context = CheckContext(sheet, pack, None, Lexicon(sheet, pack), require="none")
        for audience in AUDIENCES:
            for gid in ("all", "women", "men"):
                text = _claim(module_registry, sheet, lang, audience, f"none-{gid}")
                said = BLED_NONE.get(lang, BLED[lang])
                assert said in text, (lang, audience, text)
                if lang in BLED_NONE:
                    assert BLED[lang] not in text, (lang, text)
                assert f"none-{gid}" in stated_claims(text, context), (lang, text)


def test_without_a_none_form_the_label_is_kept(module_registry, langs):
    with_form = FactSheet.from_dict(_data())
    without = FactSheet.from_dict(_data(with_none=False))
    for lang in langs:
        for audience in AUDIENCES:
            text = _claim(module_registry, without, lang, audience, "none-all")
            assert BLED[lang] in text, (lang, text)
            # the none form changes the none-claim only
            assert (_claim(module_registry, with_form, lang, audience, "all-all")
                    == _claim(module_registry, without, lang, audience, "all-all"))
            if lang in BLED_NONE:
                assert text != _claim(module_registry, with_form, lang, audience, "none-all")


def test_the_none_word_agrees_with_the_groups_head_noun(module_registry, langs):
    sheet = FactSheet.from_dict(_data())
    for lang in [lang for lang in langs if lang in NONE_WORD]:
        fem, masc = NONE_WORD[lang]
        for audience in AUDIENCES:
            for gid, want in (("women", fem), ("men", masc)):
                text = _claim(module_registry, sheet, lang, audience, f"none-{gid}")
                assert re.search(rf"\b{want}\b", text, re.I), (lang, gid, text)
                if lang in ALL_WORD:  # the same gender as the pack's own "all"
                    said_all = _claim(module_registry, sheet, lang, audience, f"all-{gid}")
                    index = NONE_WORD[lang].index(want)
                    assert re.search(rf"\b{ALL_WORD[lang][index]}\b", said_all, re.I), (
                        lang, gid, said_all)


# and "all"/"none" without the form: its members, never "todos el grupo … tuvieron"
MEMBERS = {"es": r"\blos miembros del\b", "fr": r"\bmembres du\b", "it": r"\bi membri del\b",
           "pt": r"\bos membros do\b", "de": r"\b(alle|niemand) in der\b",
           "nl": r"\bdeelnemers in de\b"}


def test_no_one_in_an_arm_is_said_as_nobody_in_it(module_registry, langs):
    sheet = FactSheet.from_dict(_data())
    fallback = FactSheet.from_dict(_data(with_none=False))
    for lang in [lang for lang in langs if lang in NOBODY]:
        for audience in AUDIENCES:
            text = _claim(module_registry, sheet, lang, audience, "none-arm")
            assert re.search(NOBODY[lang], text, re.I), (lang, text)
    for lang in [lang for lang in langs if lang in MEMBERS]:
        for audience in AUDIENCES:
            for said in (_claim(module_registry, sheet, lang, audience, "all-arm"),
                         _claim(module_registry, fallback, lang, audience, "none-arm")):
                assert re.search(MEMBERS[lang], said, re.I), (lang, said)


def test_french_says_none_with_its_negation_not_as_a_count_of_zero(module_registry, langs):
    if "fr" not in langs:
        pytest.skip("no French pack")
    sheet = FactSheet.from_dict(_data())
    for audience in AUDIENCES:
        text = _claim(module_registry, sheet, "fr", audience, "none-all")
        assert "n'a eu de" in text and "nul" not in text, text
    fallback = FactSheet.from_dict(_data(with_none=False))
    assert "nul" in _claim(module_registry, fallback, "fr", "patients", "none-all")


EXAMPLE = ROOT / "examples" / "rivaroxaban-pe-2018" / "facts.yaml"


def test_the_example_none_claim_reads_natively_and_passes_its_checks(module_registry, langs):
    from plainsum.factsheet import load_factsheet

    sheet = load_factsheet(EXAMPLE, module_registry.known_terms())
    claim = next(f for f in sheet.facts_of("claim") if f.quantifier == "none")
    label = sheet.outcomes[claim.outcome].label
    for out in generate(sheet, module_registry, langs, AUDIENCES, ["summary"]):
        assert out.checks.passed, (out.lang, out.audience, out.checks.findings)
        level = "plain" if out.audience in ("patients", "public") else "technical"
        form = label.none_form(out.lang, level)
        if form is None:
            continue
        assert form in out.text, (out.lang, out.audience)
        assert label.get(out.lang, level) not in out.text, (out.lang, out.audience)


def _sheet_text(mutate) -> str:
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    mutate(data)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def _lint(text: str, tmp_path: Path) -> list[str]:
    from .conftest import known_terms

    return [str(e) for e in problems(text, "facts.yaml", known_terms())]


def test_lint_takes_a_none_form_on_an_outcome_label_only(tmp_path):
    assert _lint(EXAMPLE.read_text(encoding="utf-8"), tmp_path) == []

    def on_group(data):
        data["groups"][0]["label"]["es"]["none"] = "tuvo algo"

    found = _lint(_sheet_text(on_group), tmp_path)
    assert any("groups[0].label.es" in m and "none" in m for m in found), found

    def without_plain(data):
        data["outcomes"][1]["label"]["es"]["none"] = {"technical": "presentó algo"}

    found = _lint(_sheet_text(without_plain), tmp_path)
    assert any("outcomes[1].label.es" in m for m in found), found

    def as_string(data):
        data["outcomes"][1]["label"]["es"]["none"] = "tuvo un sangrado grave"

    assert _lint(_sheet_text(as_string), tmp_path) == []
