"""Read from the outputs themselves (issue 13, items 3 and 6): every plain summary closes
with what the result means for the reader, in every language; the sheet can write that
paragraph per audience; shares in one output have one precision, only padded; and an
abbreviation of the sheet's terms is spelled out where running text first uses it."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from plainsum.errors import MissingTranslation
from plainsum.factsheet.model import FactSheet
from plainsum.pipeline import generate
from plainsum_summary.spell import is_abbreviation, stands_for

from .conftest import ROOT, SEED_FACTS, installed, known_terms, registry_with

LANGS = ("en", "es", "fr", "de", "it", "pt", "nl")
SHEETS = (SEED_FACTS, *sorted((ROOT / "examples").glob("*/facts.yaml")))
PLAIN = ("patients", "public")


def load(path: Path) -> FactSheet:
    from plainsum.factsheet import load_factsheet

    return load_factsheet(path, known_terms())


@cache
def outputs(path: Path, code: str, generators: tuple[str, ...] = ("summary",)) -> list[Any]:
    """Every output of the sheet in one language (unchecked: the checks have tests of
    their own); empty when the sheet has no words in that language."""
    registry = registry_with([code])
    try:
        return generate(load(path), registry, [code], list(registry.audiences),
                        list(generators), check=False)
    except MissingTranslation:
        return []


def said(text: str) -> str:
    """A phrase as a summary says it: one line, first letter up."""
    text = " ".join(text.split())
    return text[:1].upper() + text[1:]


def paragraphs(text: str) -> list[str]:
    return text.strip().split("\n\n")


# --- what this means for you ----------------------------------------------------------


@pytest.mark.parametrize("code", LANGS)
@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.parent.name)
def test_plain_summaries_close_with_what_it_means(path, code):
    made = outputs(path, code)
    if not made:
        pytest.skip(f"{path.parent.name} has no {code} wording")
    pack = installed().language(code)
    for out in made:
        heading = pack.phrase("summary.heading.meaning")
        parts = paragraphs(out.text)
        if out.audience not in PLAIN:
            assert not set(heading.values()) & set(parts), out.audience
            continue
        at = parts.index(heading[out.audience])
        body = parts[at + 1]
        own = ((load(path).raw.get("audiences") or {}).get(out.audience) or {}).get("meaning")
        own = own.get(code) if isinstance(own, dict) else own
        # the press officer's own paragraph for the audience, else the language's default
        assert said(own or pack.phrase("summary.meaning")[out.audience]) in body
        # after what the study cannot tell (when the sheet gives limits), before who did it
        limits = pack.phrase("summary.heading.limits")
        assert limits not in parts or parts.index(limits) < at
        assert at < parts.index(pack.phrase("summary.heading.who"))


@pytest.mark.parametrize("code", LANGS)
def test_an_observational_study_says_a_link_is_no_cause_once(code):
    """An observational study that compares says "a link, not a cause" once, with its
    limits (the vitamin D study); a single group with no comparison shows no link to say
    it of (the seed: tests/test_wording_slips_3.py)."""
    pack = installed().language(code)
    phrase = pack.phrase("summary.association")

    def link(audience: str) -> str:  # patients get a short variant
        return said(phrase.get(audience, phrase["plain"]))

    vitamin = ROOT / "examples" / "vitamin-d-colorectal-2018" / "facts.yaml"
    for out in outputs(vitamin, code):
        if out.audience in PLAIN:  # as a sentence, or led into ("One limitation: this …")
            said_as = link(out.audience)
            lower = said_as[0].lower() + said_as[1:]
            assert out.text.count(said_as) + out.text.count(lower) == 1


def with_meaning(tmp_path: Path, meaning: Any) -> Path:
    raw = yaml.safe_load(SEED_FACTS.read_text(encoding="utf-8"))
    raw["audiences"] = {"patients": {"meaning": meaning}}
    path = tmp_path / "facts.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


OWN = {"en": "If your MS treatment no longer works, ask your neurologist about a transplant.",
       "es": "Si su tratamiento para la EM ya no funciona, pregunte a su neurólogo por un "
             "trasplante."}


def test_the_sheet_writes_the_meaning_for_an_audience(tmp_path, run_cli):
    path = with_meaning(tmp_path, OWN)
    assert run_cli("lint", str(path)).exit_code == 0
    facts = load(path)
    registry = registry_with(["en", "es"])
    made = generate(facts, registry, ["en", "es"], ["patients", "public"], ["summary"])
    for out in made:
        pack = registry.language(out.lang)
        default = said(pack.phrase("summary.meaning")[out.audience])
        if out.audience == "patients":
            assert OWN[out.lang] in out.text and default not in out.text
            assert out.checks.scores["cci"].items[2].passed is True  # action: its own words
        else:
            assert default in out.text  # the public gets the pack's words
    # a sheet that writes the advice in some languages must write it in each it is made in
    registry = registry_with(["fr"])
    with pytest.raises(MissingTranslation, match="meaning for patients"):
        generate(facts, registry, ["fr"], ["patients"], ["summary"])
    # one string is every language's
    one = load(with_meaning(tmp_path, OWN["en"]))
    [out] = generate(one, registry, ["fr"], ["patients"], ["summary"], check=False)
    assert OWN["en"] in out.text


def test_the_schema_knows_the_audience_texts(tmp_path, run_cli):
    raw = yaml.safe_load(SEED_FACTS.read_text(encoding="utf-8"))
    raw["audiences"] = {"patients": {"advice": "Talk to your doctor."}}
    path = tmp_path / "facts.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    result = run_cli("lint", str(path))
    assert result.exit_code == 2 and "advice" in result.output


# --- one precision for the shares of an output ----------------------------------------

_PERCENT = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s?%")


def share_values(facts: FactSheet) -> set[float]:
    return {float(f.value) for f in facts.facts_of("proportion")
            if f.value is not None and not f.hedged}


@pytest.mark.parametrize("code", LANGS)
@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.parent.name)
def test_shares_of_an_output_have_one_precision(path, code):
    made = outputs(path, code, ("summary", "social"))
    if not made:
        pytest.skip(f"{path.parent.name} has no {code} wording")
    shares = share_values(load(path))
    for out in made:
        found = [m.group(1) for m in _PERCENT.finditer(out.text)
                 if float(m.group(1).replace(",", ".")) in shares]
        places = {len(f.split(",")[-1].split(".")[-1]) if re.search(r"[.,]", f) else 0
                  for f in found}
        assert len(places) <= 1, (out.audience, out.generator, out.variant, found)


@pytest.mark.parametrize("code", ("en", "es", "fr", "de", "it", "pt"))
def test_a_whole_share_is_padded_beside_one_with_a_decimal(code):
    """The trial's 4.0 % and 7.3 %: written "4.0 %" (the sheet's value, padded), never
    "4 %"; 7.3 is never rounded; a sheet with whole shares only gets no decimals."""
    trial = ROOT / "examples" / "chlorhexidine-csection-2016" / "facts.yaml"
    pack = installed().language(code)
    texts = [o.text for o in outputs(trial, code) if o.audience != "patients"]
    assert texts and all(pack.format_percent(4, 1) in t and pack.format_percent(7.3) in t
                         for t in texts)
    seed = [o.text for o in outputs(SEED_FACTS, code)]
    assert not any(re.search(r"\d[.,]\d\s?%", t) for t in seed)


# --- abbreviations spelled out at first use -----------------------------------------------


@pytest.mark.parametrize("code", LANGS)
@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.parent.name)
def test_an_abbreviation_is_spelled_out_at_its_first_use(path, code):
    """Every summary: where running text (after the headline) first uses an abbreviation
    of a sheet term, its sentence spells the term out."""
    made = outputs(path, code)
    if not made:
        pytest.skip(f"{path.parent.name} has no {code} wording")
    facts = load(path)
    pack = installed().language(code)
    from plainsum.lexicon import Lexicon

    lex = Lexicon(facts, pack)
    checked = 0
    for term_id in facts.terms:
        forms = lex.term(term_id)
        short = [f for f in (forms.plain or "", *forms.forms)
                 if is_abbreviation(f) and stands_for(f, forms.technical)]
        if not short or is_abbreviation(forms.technical):
            continue
        use = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, short)) + r")(?!\w)")
        quotes = [lex.quote(q) for q in facts.quotes]  # the speaker's words stay theirs
        for out in made:
            # the headline may use it bare (an audience may have its own: audiences.<id>.title)
            title = lex.audience_text(out.audience, "title") or lex.title()
            start = out.text.index(title) + len(title)
            inside = [(i, i + len(q)) for q in quotes
                      if (i := out.text.find(q.strip().rstrip("."))) >= 0]
            m = next((m for m in use.finditer(out.text, start)
                      if not any(a <= m.start() < b for a, b in inside)), None)
            if m is None:
                continue
            sentence = next(out.text[a:b] for a, b in pack.sentence_spans(out.text)
                            if a <= m.start() < b)
            assert forms.technical.casefold() in sentence.casefold(), (out.audience, sentence)
            checked += 1
    if path == SEED_FACTS:
        # the condition (MS, EM, SEP, SM) in each of its four summaries; and the English
        # clinicians' "aHSCT", the results' times anchored to the intervention's short form
        assert checked == 4 + (code == "en")


def test_initials_make_an_abbreviation_of_a_term():
    assert stands_for("MS", "multiple sclerosis")
    assert stands_for("SEP", "sclérose en plaques")
    assert stands_for("aHSCT", "autologous hematopoietic stem cell transplantation")
    assert not stands_for("TAC", "angio-TC coronarica")  # a scan, not this term's initials
    assert not stands_for("SM", "multiple sclerosis")  # out of order
    assert is_abbreviation("EM") and not is_abbreviation("Herz-CT")


@pytest.mark.parametrize("code", ("it", "pt"))
def test_a_form_that_is_no_short_form_of_the_term_stays_as_it_is(code):
    ct = ROOT / "examples" / "ct-heart-scan-2018" / "facts.yaml"
    for out in outputs(ct, code):
        assert "(TAC)" not in out.text
