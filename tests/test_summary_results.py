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
        [series] = [s for s in pack.sentences(out.text) if re.search(r"\b86\b.*\b71\b", s)]
        if audience == "patients" or code == "de":
            assert plain.search(series), series
        else:
            assert not plain.search(series), series
            named = [f for f in (forms.technical, *forms.forms) if f in series]
            assert named, series
            first = out.text.index(named[0])
            assert forms.technical in out.text[:first + len(forms.technical)], named
