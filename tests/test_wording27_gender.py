"""Grammatical gender in the outputs (issue 13, native editors' slips): a sheet term's
articles and contractions agree with its gender ("la vitamina D", never "el vitamina D"),
guessed from the head word's ending where the sheet gives none, with a lint warning where
no ending can tell (an abbreviation); a person's role agrees with the person's gender
(people[].gender: "primera autora", "Erstautorin"), neutral without it."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest
import yaml
from plainsum.factsheet import lint_sheet, load_factsheet
from plainsum.factsheet.lint_wording import wording_warnings
from plainsum.pipeline import generate

from .conftest import ROOT, installed, known_terms

VITAMIN_D = ROOT / "examples" / "vitamin-d-colorectal-2018" / "facts.yaml"
CT = ROOT / "examples" / "ct-heart-scan-2018" / "facts.yaml"


@functools.cache
def _registry() -> Any:
    from plainsum.plugins import collect, get_plugin_manager

    return collect(get_plugin_manager())


def _edited(path: Path, tmp: Path, edit: Any) -> Path:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    edit(data)
    out = tmp / "facts.yaml"
    out.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return out


def _texts(path: Path, lang: str, audience: str) -> list[str]:
    sheet = load_factsheet(path, known_terms())
    return [o.text for o in generate(sheet, _registry(), [lang], [audience], ["summary"],
                                     check=False)]


def _drop_term_genders(data: dict[str, Any]) -> None:
    for term in data["terms"]:
        for forms in term.values():
            if isinstance(forms, dict):
                forms.pop("gender", None)


@pytest.mark.parametrize(("lang", "right", "wrong"), [
    ("es", "La vitamina D es", "El vitamina D"),
    ("it", "La vitamina D è", "Il vitamina D"),
    ("pt", "A vitamina D é", "O vitamina D"),
    ("fr", "La vitamine D est", "Le vitamine D"),
])
def test_a_term_without_gender_gets_the_article_its_ending_says(tmp_path, lang, right, wrong):
    sheet = _edited(VITAMIN_D, tmp_path, _drop_term_genders)
    [text] = _texts(sheet, lang, "patients")
    assert right in text and wrong not in text


def test_a_given_gender_still_wins_over_the_guess(tmp_path):
    """Paired: the sheet's own gender decides even against the ending (here a wrong 'm',
    to show it is read)."""
    def masculine(data: dict[str, Any]) -> None:
        term = next(t for t in data["terms"] if t["id"] == "vitamin-d")
        term["es"]["gender"] = "m"

    [text] = _texts(_edited(VITAMIN_D, tmp_path, masculine), "es", "patients")
    assert "El vitamina D es" in text


@pytest.mark.parametrize(("noun", "lang", "gender"), [
    ("vitamina D", "es", "f"), ("trasplante de células madre", "es", "m"),
    ("sistema inmunitario", "es", "m"), ("esclerosis múltiple", "es", "f"),
    ("hospitalización", "es", "f"), ("soluzione di clorexidina", "it", "f"),
    ("trapianto", "it", "m"), ("carcinoma", "it", "m"), ("trombose", "pt", "f"),
    ("transplante", "pt", "m"), ("infecção", "pt", "f"), ("sclérose en plaques", "fr", "f"),
    ("héparine", "fr", "f"), ("système", "fr", "m"), ("thrombose", "fr", "f"),
])
def test_the_packs_guess_genders_from_endings(noun, lang, gender):
    """Varied nouns, not the examples' own: the rule is the pack's, for any sheet."""
    from plainsum.render import Wording

    assert Wording.guess_gender(_wording(lang), noun) == gender


def _wording(lang: str) -> Any:
    from plainsum.render import Wording

    class Bare:
        """Just enough of a Wording to read the pack's phrasebook."""

        prefix = "summary"

        def __init__(self, pack: Any) -> None:
            self.request = type("R", (), {"pack": pack})()

        raw = Wording.raw
        has = Wording.has

    return Bare(_registry().languages[lang])


def _warnings(path: Path) -> list[str]:
    registry = installed()
    linted = lint_sheet(path, registry.known_terms())
    assert linted.located is not None and not linted.problems
    return [str(w) for w in wording_warnings(linted.located, linted.name, registry.languages)]


def test_lint_warns_of_an_abbreviation_with_no_gender(tmp_path):
    sheet = _edited(CT, tmp_path, _drop_term_genders)
    warned = _warnings(sheet)
    assert any(".it.technical: warning: no gender, and 'angio-TC'" in w for w in warned)
    assert not any(".en." in w for w in warned)  # English articles have no gender


def test_lint_is_quiet_when_the_abbreviation_has_its_gender():
    assert _warnings(CT) == []


def _with_person_gender(gender: str | None) -> Any:
    def edit(data: dict[str, Any]) -> None:
        person = next(p for p in data["people"] if p["role"] == "first-author")
        if gender:
            person["gender"] = gender
    return edit


@pytest.mark.parametrize(("lang", "f", "m", "neutral"), [
    ("es", "primera autora del estudio", "primer autor del estudio", "primera firma"),
    ("fr", "première autrice de l'étude", "premier auteur de l'étude", "qui a mené l'étude"),
    ("de", "Erstautorin der Studie", "Erstautor der Studie",
     "federführend an der Studie beteiligt"),
    ("it", "prima autrice dello studio", "primo autore dello studio", "prima firma"),
    ("pt", "primeira autora do estudo", "primeiro autor do estudo", "em primeiro lugar"),
])
def test_a_role_agrees_with_the_persons_gender(tmp_path, lang, f, m, neutral):
    for gender, said in (("f", f), ("m", m), (None, neutral)):
        folder = tmp_path / (gender or "none")
        folder.mkdir()
        [text] = _texts(_edited(VITAMIN_D, folder, _with_person_gender(gender)), lang, "press")
        assert said in text, (gender, text)
        others = {f, m} - {said}
        assert not any(o in text for o in others)


def test_the_schema_refuses_another_person_gender(tmp_path):
    sheet = _edited(VITAMIN_D, tmp_path, _with_person_gender("female"))
    linted = lint_sheet(sheet, installed().known_terms())
    assert any("gender" in str(p) for p in linted.problems)
