"""The reviewed example sheets: each lints clean and loads, each shows the kinds it is
there to show, and (where the development corpus is at hand) every figure in it is one
its release states."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from plainsum.factsheet import FactSheet, lint, load_factsheet
from plainsum.factsheet.model import local_text

from .conftest import ROOT, known_terms

SHEETS = sorted((ROOT / "examples").glob("*/facts.yaml"))
CORPUS = ROOT.parent / "shared" / "corpus"


def sheet(name: str) -> FactSheet:
    return load_factsheet(ROOT / "examples" / name / "facts.yaml", known_terms())


def test_there_are_examples():
    assert len(SHEETS) >= 4


@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.parent.name)
def test_every_example_lints_clean_and_loads(path: Path):
    assert [str(p) for p in lint(path, known_terms())] == []
    loaded = load_factsheet(path, known_terms())
    assert loaded.facts and loaded.main_fact in loaded.facts
    assert not loaded.facts[loaded.main_fact].background


@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.parent.name)
def test_every_example_is_worded_in_all_seven_languages(path: Path):
    loaded = load_factsheet(path, known_terms())
    langs = {"en", "es", "fr", "de", "it", "pt", "nl"}  # the chlorhexidine sheet too now
    for lang in langs:
        assert loaded.title_in(lang), lang
        for item in (*loaded.groups.values(), *loaded.outcomes.values(),
                     *loaded.measures.values()):
            assert item.label.get(lang, "plain") and item.label.get(lang, "technical"), (
                item.id, lang)
        for limitation in loaded.limitations.values():
            assert limitation.text.get(lang), (limitation.id, lang)
        for quote in loaded.quotes.values():
            assert local_text(quote.text, lang), (quote.id, lang)
        for org in loaded.organisations.values():
            assert org.name_in(lang), (org.id, lang)


def test_the_observational_example_holds_relative_risks_as_associations():
    s = sheet("vitamin-d-colorectal-2018")
    assert s.evidence == "observational" and "cohort-study" in s.design
    changes = s.facts_of("relative-change", background=False)
    assert {(f.direction, f.unit) for f in changes} == {("higher", "percent"),
                                                         ("lower", "percent")}
    assert all(f.versus and f.group != f.versus for f in changes)
    assert s.facts[s.main_fact] in changes
    assert not s.facts_of("proportion", background=False)  # no risk said as a share
    assert s.facts_of("proportion", "count", background=True)
    assert {f.hedged for f in s.facts.values()} >= {"more-than", "about"}
    follow_up = s.facts_of("mean")[0]
    assert follow_up.spread.kind == "range"


def test_the_trial_example_holds_means_a_signed_difference_and_no_difference():
    s = sheet("rivaroxaban-pe-2018")
    assert s.evidence == "randomised"
    means = {f.id for f in s.facts_of("mean")}
    mean_comparisons = [f for f in s.facts_of("comparison") if set(f.facts) <= means]
    assert len(mean_comparisons) == 2
    assert any(f.p is not None for f in mean_comparisons)
    differences = s.facts_of("difference")
    assert differences and all(f.value < 0 for f in differences)
    assert all(f.unit != "percentage-points" for f in differences)
    [same] = s.facts_of("no-difference")
    assert same.key and same.group and same.versus
    assert s.limitations
    assert {f.hedged for f in s.facts_of("count", "proportion", background=True)} == {
        "about", "less-than"}


def test_the_relative_reduction_example_keeps_it_relative_and_hedged():
    s = sheet("ct-heart-scan-2018")
    main = s.facts[s.main_fact]
    assert main.kind == "relative-change" and main.direction == "lower"
    assert main.unit == "percent" and main.versus
    [background] = s.facts_of("proportion", background=True)
    assert background.hedged == "about"
    assert any(f.hedged == "more-than" for f in s.facts_of("count"))
    assert s.evidence == "other"  # the release names no design, nor does the sheet


# Every figure a sheet holds is one its release states (digits, or a number word).
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "a quarter": 25, "half": 50}


def _stated(text: str) -> set[float]:
    plain = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    found = {float(n) for n in re.findall(r"\d+(?:\.\d+)?", plain)}
    found |= {float(v) for w, v in _WORDS.items() if re.search(rf"\b{w}\b", plain, re.I)}
    return found


def _figures(s: FactSheet) -> dict[str, list[float]]:
    out = {f.id: [abs(n) for n in f.numbers] for f in s.facts.values()}
    for f in s.facts.values():
        p = getattr(f, "p", None)
        if p is not None:
            out[f.id].append(p)
    for t in s.times.values():
        out[f"time {t.id}"] = [float(t.value)]
    return out


@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.parent.name)
def test_every_figure_in_an_example_is_stated_in_its_release(path: Path):
    s = load_factsheet(path, known_terms())
    release = CORPUS / str(s.source.get("file", ""))
    if not release.is_file():
        pytest.skip(f"the development corpus ({CORPUS}) is not here")
    data = json.loads(release.read_text("utf-8"))
    stated = _stated(f"{data['title']}\n{data['text']}")
    missing = {fid: [n for n in numbers if n not in stated]
               for fid, numbers in _figures(s).items()}
    assert {k: v for k, v in missing.items() if v} == {}
