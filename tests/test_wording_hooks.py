"""Wording hooks language-pack authors asked for: typographic spaces kept, a list
separator and a short author form from the phrasebook, a pack's own lower-casing,
two-letter initials, CLDR duration fallbacks, German quotes, and timed/untimed facts."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from plainsum.factsheet import load_factsheet
from plainsum.language import LanguagePack
from plainsum.lexicon import Lexicon
from plainsum.pipeline import Request, generate
from plainsum.plugins import collect, get_plugin_manager
from plainsum.render import Wording, initials
from plainsum_summary import compose

from .conftest import SEED_FACTS


@pytest.fixture(scope="module")
def registry():
    reg = collect(get_plugin_manager())
    missing = [c for c in ("en", "fr", "de", "it", "pt") if c not in reg.languages]
    if missing:
        pytest.skip(f"language packs not installed: {missing}")
    return reg


@pytest.fixture(scope="module")
def seed(registry):
    return load_factsheet(str(SEED_FACTS), registry.known_terms())


def wording(registry, seed, lang: str, extra: dict[str, Any] | None = None,
            audience: str = "press") -> Wording:
    """A renderer for ``lang``, its phrasebook merged with ``extra`` (nested keys)."""
    pack = registry.language(lang)
    if extra:
        pack = dataclasses.replace(pack, phrases=_merged(pack.phrases, extra))
    request = Request(seed, pack, registry.audiences[audience], "summary", Lexicon(seed, pack))
    return Wording(request, prefix="summary")


def _merged(base: Any, extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        out[key] = _merged(out.get(key, {}), value) if isinstance(value, dict) else value
    return out


def _summary(registry, seed, lang: str, audience: str) -> str:
    [out] = generate(seed, registry, [lang], [audience], ["summary"])
    return out.text


# --- 2a, 2b: French typography --------------------------------------------------------
def test_a_sentence_keeps_no_break_spaces(registry, seed):
    w = wording(registry, seed, "fr", {"test": {"colon": "Financement\u00a0: {x}"}})
    assert w.sentence("test.colon", x="FISM") == "Financement\u00a0: FISM."
    w = wording(registry, seed, "fr", {"test": {"gap": "{a}  {b} , fin"}})
    assert w.sentence("test.gap", a="", b="x") == "X, fin."


def test_french_summary_keeps_its_typographic_spaces(registry, seed):
    text = _summary(registry, seed, "fr", "press")
    assert "Financement\u00a0:" in text
    assert "Italie\u202f; " in text


def test_affiliations_are_separated_by_the_pack_separator(registry, seed):
    org_ids = tuple(seed.organisations)[:2]
    plain = compose.affiliation(wording(registry, seed, "en"), org_ids, False)
    assert "; " in plain
    w = wording(registry, seed, "en", {"grammar": {"list_separator": " / "}})
    assert " / " in compose.affiliation(w, org_ids, False)


# --- 2c: a short author form ------------------------------------------------------------
def test_author_short_comes_from_the_phrasebook(registry, seed):
    assert compose.author_short(wording(registry, seed, "en"), "A. B", "MD") == "A. B, MD"
    w = wording(registry, seed, "en", {"summary": {"author_short": "{credentials} {name}"}})
    assert compose.author_short(w, "A. B", "MD") == "MD A. B"
    assert compose.author_short(w, "A. B", None) == "A. B"


# --- 2d: lower-casing a definition mid-sentence ----------------------------------------
def test_german_keeps_its_nouns_capital(registry):
    de = registry.language("de")
    assert de.lower_first("Eine Behandlung mit Stammzellen.") == "eine Behandlung mit Stammzellen."
    assert de.lower_first("Behandlung mit Stammzellen.") == "Behandlung mit Stammzellen."
    assert registry.language("en").lower_first("A treatment.") == "a treatment."
    assert registry.language("en").lower_first("MS is.") == "MS is."


def test_the_summary_asks_the_pack_to_lower_case(registry, seed):
    w = wording(registry, seed, "de")
    assert compose.lower_first(w, "Behandlung mit Stammzellen.") == "Behandlung mit Stammzellen."


# --- 2e: initials -----------------------------------------------------------------------
def test_two_letter_initials_come_first():
    assert initials("Studio") == ["initial:st", "initial:s"]


def test_an_article_can_key_on_two_letters(registry, seed):
    term = seed.intervention
    text = wording(registry, seed, "en").term(term)
    extra = {"grammar": {"indefinite": {f"initial:{text[:2].lower()}": "TWO {noun}",
                                         "default": "ONE {noun}"}}}
    w = wording(registry, seed, "en", extra)
    assert w.term_with_article(term, "indefinite") == f"TWO {text}"


def test_the_cohort_passes_the_design_initials(registry, seed):
    w = wording(registry, seed, "en")
    design = w.term(seed.design[0]) if seed.design else w.say("grammar.study")
    key = f"initial:{design[:2].lower()}"
    pack = registry.language("en")
    phrases = _merged(pack.phrases, {})
    phrases["fact"] = {**phrases["fact"], "cohort": {key: "DESIGN {design}",
                                                     "default": "OTHER {design}"}}
    pack = dataclasses.replace(pack, phrases=phrases)
    w = Wording(Request(seed, pack, registry.audiences["press"], "summary",
                        Lexicon(seed, pack)), prefix="summary")
    cohort = seed.facts_of("count")[0]
    assert w.cohort(cohort).text.startswith("DESIGN")


# --- 2f: durations ----------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "expected"), [("it", "10 anni"), ("pt", "10 anos"),
                                                ("en", "10 years")])
def test_a_long_duration_falls_back_to_the_short_pattern(registry, lang, expected):
    pack = registry.language(lang)
    assert LanguagePack.format_duration(pack, 10, "year") == expected
    assert "duration-" not in pack.format_duration(6, "month")


# --- 2g: German quotes ------------------------------------------------------------------
def test_german_quotes_close_a_sentence(registry):
    de = registry.language("de")
    text = "Sie sagte: „Das ist gut.“ Danach ging sie. ‚Kurz.‘ Ende."
    assert de.sentences(text) == ["Sie sagte: „Das ist gut.“", "Danach ging sie.",
                                  "‚Kurz.‘", "Ende."]


# --- 2h: timed and untimed facts ----------------------------------------------------------
def test_facts_select_timed_or_untimed(registry, seed):
    extra = {"fact": {"proportion": {"timed": "WITH {value}", "untimed": "WITHOUT {value}"}}}
    w = wording(registry, seed, "en", extra)
    timed = next(f for f in seed.facts_of("proportion") if f.time)
    assert w.proportion(timed).text.startswith("WITH ")
    untimed = dataclasses.replace(timed, time=None)
    assert w.proportion(untimed).text.startswith("WITHOUT ")


def test_dates_still_format(registry):
    assert registry.language("en").format_date(dt.date(2021, 1, 20)) == "January 20, 2021"
