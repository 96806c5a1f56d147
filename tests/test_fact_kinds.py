"""The fact kinds of the sheet model: each kind loads into its own class, and lint
refuses figures that contradict themselves, with the line and field of the problem."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from plainsum.factsheet import problems
from plainsum.factsheet.load import parse_yaml
from plainsum.factsheet.model import (
    KINDS,
    Comparison,
    Count,
    Difference,
    Fact,
    FactSheet,
    Mean,
    NoDifference,
    Range,
    Ratio,
    RelativeChange,
)

from .conftest import known_terms

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "chlorhexidine-csection-2016" / "facts.yaml"
BASE: dict[str, Any] = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
ARM, OTHER, OUTCOME = "chlorhexidine-arm", "iodine-arm", "ssi"

NEW_FACTS: list[dict[str, Any]] = [
    {"id": "hr", "kind": "ratio", "ratio": "hazard", "value": 0.62, "ci": [0.45, 0.85],
     "p": 0.003, "group": ARM, "versus": OTHER, "outcome": OUTCOME},
    {"id": "or", "kind": "ratio", "ratio": "odds", "value": 1.8,
     "ci": {"low": 1.1, "high": 2.9, "level": 90}, "outcome": OUTCOME},
    {"id": "rel", "kind": "relative-change", "value": 30, "direction": "lower",
     "group": ARM, "versus": OTHER, "outcome": OUTCOME, "hedge": "about"},
    {"id": "fold", "kind": "relative-change", "value": 4, "unit": "fold",
     "direction": "higher", "outcome": OUTCOME},
    {"id": "diff", "kind": "difference", "value": -0.17, "group": ARM, "versus": OTHER,
     "outcome": OUTCOME, "ci": [-0.3, -0.04], "p": 0.001, "p_relation": "<"},
    {"id": "ages", "kind": "range", "low": 18, "high": 45, "unit": "year", "group": "all"},
    {"id": "same", "kind": "no-difference", "group": ARM, "versus": OTHER,
     "outcome": OUTCOME, "p": 0.41},
    {"id": "bg", "kind": "proportion", "value": 12, "group": "all", "outcome": OUTCOME,
     "role": "background", "hedge": "about"},
]


def sheet_text(*facts: dict[str, Any], **study: Any) -> str:
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    data["facts"] += list(facts)
    data["study"].update(study)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def load(text: str) -> FactSheet:
    found = problems(text, "sheet.yaml", known_terms())
    assert found == [], [str(p) for p in found]
    return FactSheet.from_dict(parse_yaml(text, "sheet.yaml").data)


def messages(text: str) -> list[str]:
    return [f"{p.path}: {p.message}" for p in problems(text, "sheet.yaml", known_terms())]


def test_every_new_kind_lints_and_loads_into_its_own_class() -> None:
    sheet = load(sheet_text(*NEW_FACTS))
    classes = {f.id: type(f) for f in sheet.facts.values()}
    assert classes["hr"] is Ratio and classes["or"] is Ratio
    assert classes["rel"] is RelativeChange and classes["fold"] is RelativeChange
    assert classes["diff"] is Difference and classes["ages"] is Range
    assert classes["same"] is NoDifference
    assert {type(f) for f in sheet.facts.values()} <= set(KINDS.values())
    hr = sheet.facts["hr"]
    assert hr.ci is not None and (hr.ci.low, hr.ci.high, hr.ci.level) == (0.45, 0.85, 95)
    assert sheet.facts["or"].ci.level == 90
    assert hr.numbers == [0.62, 0.45, 0.85]
    assert sheet.facts["diff"].value == -0.17 and sheet.facts["diff"].p_relation == "<"
    assert sheet.facts["ages"].numbers == [18.0, 45.0]
    assert sheet.facts["bg"].background and not hr.background
    assert sheet.facts["bg"].hedged == "about" and hr.hedged is None


def test_kinds_have_only_their_own_fields() -> None:
    """One class per kind: a count has no interval, a ratio no quantifier."""
    sheet = load(sheet_text(*NEW_FACTS))
    assert not hasattr(sheet.facts["hr"], "quantifier")
    assert not hasattr(next(f for f in sheet.facts.values() if isinstance(f, Count)), "ci")
    assert all(isinstance(f, Fact) for f in sheet.facts.values())


def test_facts_of_separates_results_from_background() -> None:
    sheet = load(sheet_text(*NEW_FACTS))
    shares = {f.id for f in sheet.facts_of("proportion")}
    assert "bg" in shares
    assert "bg" not in {f.id for f in sheet.facts_of("proportion", background=False)}
    assert {f.id for f in sheet.facts_of("proportion", background=True)} == {"bg"}


def test_old_sheets_load_unchanged() -> None:
    sheet = load(EXAMPLE.read_text(encoding="utf-8"))
    comparison = next(f for f in sheet.facts.values() if isinstance(f, Comparison))
    assert len(comparison.facts) == 2 and comparison.direction == "lower"
    assert all(f.role == "result" for f in sheet.facts.values())


def test_mean_with_median_spread_and_baseline() -> None:
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    data["measures"] = [{"id": "seizures", "label": {"en": "seizures a month",
                                                      "es": "crisis al mes"}}]
    data["facts"].append({"id": "seiz", "kind": "mean", "statistic": "median",
                          "measure": "seizures", "group": ARM, "value": 8,
                          "baseline": 14, "spread": {"iqr": [5, 11]}})
    sheet = load(yaml.safe_dump(data, allow_unicode=True))
    fact = sheet.facts["seiz"]
    assert isinstance(fact, Mean) and fact.statistic == "median"
    assert fact.spread is not None and (fact.spread.low, fact.spread.high) == (5, 11)
    assert fact.numbers == [8.0, 14.0, 5.0, 11.0]


@pytest.mark.parametrize(("design", "evidence"), [
    (["randomised-trial"], "randomised"), (["retrospective-study"], "observational"),
    ([], "other")])
def test_evidence_follows_the_design(design: list[str], evidence: str) -> None:
    assert load(sheet_text(design=design)).evidence == evidence


def test_evidence_stated_on_the_sheet_wins() -> None:
    assert load(sheet_text(evidence="observational")).evidence == "observational"


@pytest.mark.parametrize(("fact", "field", "words"), [
    ({"id": "x", "kind": "ratio", "ratio": "hazard", "value": 0.9, "ci": [0.45, 0.85],
      "outcome": OUTCOME}, "ci", "does not hold the value"),
    ({"id": "x", "kind": "ratio", "ratio": "odds", "value": 0.9, "ci": [0.95, 0.85],
      "outcome": OUTCOME}, "ci", "above its high end"),
    ({"id": "x", "kind": "ratio", "ratio": "risk", "value": 0, "outcome": OUTCOME},
     "value", "minimum of 0"),
    ({"id": "x", "kind": "ratio", "ratio": "hazard", "value": 1.2, "outcome": OUTCOME,
      "hedge": "roughly"}, "hedge", "roughly"),
    ({"id": "x", "kind": "relative-change", "value": 1, "unit": "fold",
      "direction": "higher", "outcome": OUTCOME}, "value", "more than 1"),
    ({"id": "x", "kind": "relative-change", "value": 3, "unit": "fold",
      "direction": "lower", "outcome": OUTCOME}, "direction", "fold change is higher"),
    ({"id": "x", "kind": "relative-change", "value": -30, "direction": "lower",
      "outcome": OUTCOME}, "value", "minimum"),
    ({"id": "x", "kind": "range", "low": 45, "high": 18}, "high", "ends (18) below"),
    ({"id": "x", "kind": "difference", "value": 2, "group": ARM, "versus": ARM},
     "versus", "compared with itself"),
    ({"id": "x", "kind": "difference", "value": 2, "versus": "nobody"},
     "versus", "no group with id 'nobody'"),
    ({"id": "x", "kind": "no-difference", "outcome": OUTCOME, "facts": ["x", "x"]},
     "facts", "compared with itself"),
    ({"id": "x", "kind": "proportion", "value": 5, "group": ARM, "outcome": OUTCOME,
      "role": "context"}, "role", "context"),
    ({"id": "x", "kind": "count", "value": 210.5, "group": ARM}, "value", "whole number"),
])
def test_lint_refuses_figures_that_contradict_themselves(
        fact: dict[str, Any], field: str, words: str) -> None:
    found = messages(sheet_text(fact))
    assert any(f".{field}" in m.split(":")[0] and words in m for m in found), found


@pytest.mark.parametrize("embargo", ["2021-02-30T16:00:00-05:00", "2021-01-20T25:61:00-05:00",
                                     "next tuesday", "2021-01-20"])
def test_an_embargo_must_be_a_real_date_and_time(embargo: str) -> None:
    data = yaml.safe_load(sheet_text())
    data.setdefault("publication", {})["embargo"] = embargo
    found = messages(yaml.safe_dump(data))
    assert any(m.startswith("publication.embargo") and "not a date and time" in m
               for m in found), found
    data["publication"]["embargo"] = "2021-01-20T16:00:00-05:00"
    assert messages(yaml.safe_dump(data)) == []


def test_a_bare_no_read_as_false_by_yaml_gets_a_hint_to_quote_it() -> None:
    text = sheet_text().replace("lang: en", "lang: no", 1)
    assert "lang: no" in text
    found = messages(text)
    assert any(m.startswith("lang") and "put the value in quotes ('no')" in m
               for m in found), found


def test_a_groups_keywords_are_bounded() -> None:
    """Every keyword is tried on every sentence checked: 150,000 of them cost 13 s a check."""
    data = yaml.safe_load(sheet_text())
    data["groups"][0]["keywords"] = {"en": [f"word{i}" for i in range(101)]}
    found = messages(yaml.safe_dump(data))
    assert any(m.startswith("groups[0].keywords.en") and "more than the 100" in m
               for m in found), found
    data["groups"][0]["keywords"] = {"en": [f"word{i}" for i in range(100)]}
    assert messages(yaml.safe_dump(data)) == []


def test_a_group_cannot_include_itself() -> None:
    data = yaml.safe_load(sheet_text())
    group = data["groups"][0]
    group["includes"] = [group["id"]]
    found = messages(yaml.safe_dump(data, allow_unicode=True))
    assert any(m.startswith("groups[0].includes[0]") and "itself" in m for m in found), found


def test_background_figure_cannot_be_the_main_fact() -> None:
    found = messages(sheet_text(NEW_FACTS[-1], main_fact="bg"))
    assert any(m.startswith("study.main_fact") and "background" in m for m in found), found


def test_a_comparison_of_two_means_lints_but_not_of_a_mean_and_a_share() -> None:
    data = yaml.safe_load(sheet_text())
    data["measures"] = [{"id": "days", "label": {"en": "days off work",
                                                  "es": "días de baja"}}]
    data["facts"] += [
        {"id": "m1", "kind": "mean", "measure": "days", "group": ARM, "value": 3.1},
        {"id": "m2", "kind": "mean", "measure": "days", "group": OTHER, "value": 3.3},
        {"id": "cmp", "kind": "comparison", "facts": ["m1", "m2"], "direction": "lower"}]
    assert messages(yaml.safe_dump(data, allow_unicode=True)) == []
    share = next(f["id"] for f in data["facts"] if f["kind"] == "proportion")
    data["facts"][-1]["facts"] = ["m1", share]
    assert any("different kinds" in m for m in messages(yaml.safe_dump(data)))


@settings(max_examples=25, deadline=None)
@given(value=st.floats(min_value=0.01, max_value=50, allow_nan=False),
       low=st.floats(min_value=0.01, max_value=50, allow_nan=False),
       high=st.floats(min_value=0.01, max_value=50, allow_nan=False))
def test_a_ratio_lints_clean_exactly_when_its_interval_holds_it(
        value: float, low: float, high: float) -> None:
    fact = {"id": "x", "kind": "ratio", "ratio": "hazard", "value": value,
            "ci": [low, high], "outcome": OUTCOME}
    found = [m for m in messages(sheet_text(fact)) if ".ci" in m.split(":")[0]]
    assert (found == []) == (low <= value <= high)


def test_a_comma_inside_a_flow_label_gets_a_hint_to_quote_the_text() -> None:
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    plain = data["groups"][0]["label"]["en"]["plain"]
    flow = f"en: {{plain: {plain}, aged 2, 5 or older, technical: x}}"
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip() == "en:"
              and lines[i + 1].strip().startswith("plain:"))
    indent = lines[at][: len(lines[at]) - len(lines[at].lstrip())]
    end = at + 1
    while end < len(lines) and lines[end].startswith(indent + " "):
        end += 1
    lines[at:end] = [indent + flow]
    found = messages("\n".join(lines))
    assert any("unknown field" in m and "quotes" in m for m in found), found
    # a misspelt field with a value gets no such hint
    wrong = messages(sheet_text({"id": "x", "kind": "count", "value": 3, "group": "all",
                                 "colour": "red"}))
    assert any("unknown field 'colour'" in m and "quotes" not in m for m in wrong), wrong


def test_a_claim_may_say_none_but_no_other_unknown_quantifier() -> None:
    """"None of them had an infection" is a claim of its own, not "all ... had no"."""
    none = {"id": "none-ssi", "kind": "claim", "quantifier": "none", "group": ARM,
            "outcome": OUTCOME}
    assert load(sheet_text(none)).facts["none-ssi"].quantifier == "none"
    found = messages(sheet_text({**none, "quantifier": "nobody"}))
    assert any(".quantifier" in m.split(":")[0] for m in found), found


@pytest.mark.parametrize(("chlorhexidine", "direction", "wrong"), [
    (40.0, "lower", True), (7.3, "lower", True), (4.0, "higher", True),
    (4.0, "lower", False), (4.0, "similar", False)])
def test_a_comparison_whose_figures_say_the_other_direction_is_a_problem(
        chlorhexidine: float, direction: str, wrong: bool) -> None:
    """A typo (40 for 4.0) must not reach every output as the finding turned round."""
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    facts = {f["id"]: f for f in data["facts"]}
    facts["chlorhexidine-ssi"].update(value=chlorhexidine, count=None, of=None)
    facts["chlorhexidine-ssi"] = {k: v for k, v in facts["chlorhexidine-ssi"].items()
                                  if v is not None}
    data["facts"] = list(facts.values())
    facts["ssi-comparison"]["direction"] = direction
    found = [m for m in messages(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
             if m.startswith("facts") and ".direction:" in m]
    assert bool(found) == wrong, found
    if wrong:
        assert f"'chlorhexidine-ssi' ({chlorhexidine:g}) is not {direction}" in found[0]


@pytest.mark.parametrize(("value", "count", "of", "wrong"), [
    (0.04, 23, 572, True), (40.0, 23, 572, True), (4.0, 23, 572, False), (4, 23, 572, False),
    (4.02, 23, 572, False), (4.3, 23, 572, True), (7.3, 42, 575, False)])
def test_a_share_its_own_count_and_total_contradict_is_a_problem(
        value: float, count: int, of: int, wrong: bool) -> None:
    """23 of 572 is 4.0 %: a share typed as 0.04 beside them is a slip every output repeats."""
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    [fact] = [f for f in data["facts"] if f["id"] == "chlorhexidine-ssi"]
    fact.update(value=value, count=count, of=of)
    data["facts"] = [f for f in data["facts"] if f["kind"] != "comparison"]
    found = [m for m in messages(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
             if "is the share, the count or the total wrong" in m]
    assert bool(found) == wrong, found
