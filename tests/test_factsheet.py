"""Fact sheets: loading the reviewed sheets, and locating every problem in a broken one."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from plainsum.errors import FactSheetError
from plainsum.factsheet import FactSheet, load_factsheet, problems

ROOT = Path(__file__).resolve().parents[1]
SEED_PATH = ROOT / "seeds" / "hsct-ms-2021" / "facts.yaml"
EXAMPLE_PATH = ROOT / "examples" / "chlorhexidine-csection-2016" / "facts.yaml"
SEED = SEED_PATH.read_text(encoding="utf-8")
NAME = "facts.yaml"


def edit(text: str, old: str, new: str, after: str = "") -> str:
    """``text`` with the first ``old`` that follows ``after`` replaced by ``new``."""
    i = text.index(old, text.index(after) if after else 0)
    return text[:i] + new + text[i + len(old):]


def where(text: str, needle: str, after: str = "") -> tuple[int, int]:
    """1-based line and column of the first ``needle`` that follows ``after``."""
    i = text.index(needle, text.index(after) if after else 0)
    return text.count("\n", 0, i) + 1, i - (text.rfind("\n", 0, i) + 1) + 1


def fact_index(fact_id: str) -> int:
    return [f["id"] for f in yaml.safe_load(SEED)["facts"]].index(fact_id)


def only(found: list[FactSheetError]) -> FactSheetError:
    assert len(found) == 1, [str(p) for p in found]
    return found[0]


def unresolved(sheet: FactSheet) -> list[str]:
    """Every id a fact sheet refers to that it does not define."""
    out = []

    def need(value: str | None, pool: dict, what: str) -> None:
        if value is not None and value not in pool:
            out.append(f"{what} {value}")

    for f in sheet.facts.values():
        need(f.group, sheet.groups, "group")
        need(f.outcome, sheet.outcomes, "outcome")
        need(f.time, sheet.times, "time")
        need(getattr(f, "measure", None), sheet.measures, "measure")
        if f.kind == "count":
            need(f.of, sheet.groups, "group")
        for t in getattr(f, "times", ()):
            need(t, sheet.times, "time")
        for other in getattr(f, "facts", ()):
            need(other, sheet.facts, "fact")
    for q in sheet.quotes.values():
        need(q.speaker, sheet.people, "person")
    for p in sheet.people.values():
        for org in p.affiliations:
            need(org, sheet.organisations, "organisation")
    for org in sheet.funding:
        need(org, sheet.organisations, "organisation")
    need(sheet.main_fact, sheet.facts, "fact")
    need(sheet.publication.get("journal"), sheet.organisations, "organisation")
    for term in (sheet.condition, sheet.intervention, *sheet.design):
        need(term, sheet.terms, "term")
    return out


def kinds(sheet: FactSheet) -> dict[str, int]:
    out: dict[str, int] = {}
    for f in sheet.facts.values():
        out[f.kind] = out.get(f.kind, 0) + 1
    return out


# -- the reviewed sheets ------------------------------------------------------------------


def test_seed_loads_with_expected_structure() -> None:
    sheet = load_factsheet(SEED_PATH)
    assert sheet.id == "hsct-ms-2021"
    assert kinds(sheet) == {"count": 4, "mean": 1, "period": 1, "timepoints": 1,
                            "proportion": 6, "claim": 1}
    assert {f.id for f in sheet.key_facts} == {
        "cohort", "all-5y", "all-10y", "rrms-5y", "rrms-10y", "progressive-5y",
        "progressive-10y"}
    main = sheet.facts[sheet.main_fact]
    assert (main.value, main.group, main.time, main.round_to) == (71, "rrms", "10y", (10,))
    assert sheet.facts["period"].numbers == [1997.0, 2019.0]
    # counts of the subgroups add up to the cohort
    parts = [f.value for f in sheet.facts_of("count") if f.of == "all"]
    assert sum(parts) == sheet.facts["cohort"].value == 210
    assert sheet.publication["date"] == "2021-01-20"  # kept as written, not a datetime
    assert sheet.journal is not None and sheet.journal.name_in("es") == "Neurology"
    assert unresolved(sheet) == []


def test_example_loads_with_expected_structure() -> None:
    sheet = load_factsheet(EXAMPLE_PATH)
    assert sheet.id == "chlorhexidine-csection-2016"
    assert kinds(sheet) == {"count": 3, "period": 1, "proportion": 2, "comparison": 1}
    assert set(sheet.groups) == {"all", "chlorhexidine-arm", "iodine-arm"}
    assert {f.id for f in sheet.key_facts} == {
        "cohort", "chlorhexidine-ssi", "iodine-ssi", "ssi-comparison"}
    arms = [f.value for f in sheet.facts_of("count") if f.of == "all"]
    assert sorted(arms) == [572, 575] and sum(arms) == sheet.facts["cohort"].value == 1147
    for f in sheet.facts_of("proportion"):
        # each stated percentage is what its raw numbers give, to one decimal
        assert round(100 * f.count / f.total, 1) == f.value
        assert f.time == "30d" and f.outcome == "ssi"
    assert sheet.facts["chlorhexidine-ssi"].numbers == [4.0, 23.0, 572.0]
    comparison = sheet.facts[sheet.main_fact]
    assert comparison.kind == "comparison" and comparison.direction == "lower"
    first, second = (sheet.facts[i] for i in comparison.facts)
    assert first.value < second.value  # "lower" agrees with the numbers
    assert sheet.outcomes["ssi"].polarity == "higher-is-worse"
    assert (sheet.times["30d"].value, sheet.times["30d"].unit) == (30, "day")
    assert (sheet.facts["period"].start, sheet.facts["period"].end) == (2011, 2015)
    assert sheet.terms["chlorhexidine"].by_lang["es"].gender == "f"
    assert "yodo-alcohol" in sheet.terms["iodine"].by_lang["es"].accepted
    assert unresolved(sheet) == []


@pytest.mark.parametrize("path", [SEED_PATH, EXAMPLE_PATH], ids=["seed", "example"])
def test_every_label_has_english_and_spanish(path: Path) -> None:
    sheet = load_factsheet(path)
    labels = [g.label for g in sheet.groups.values()]
    labels += [o.label for o in sheet.outcomes.values()]
    labels += [lim.text for lim in sheet.limitations.values()]
    for label in labels:
        for lang in ("en", "es"):
            assert label.get(lang, "plain") and label.get(lang, "technical")
    for q in sheet.quotes.values():
        assert set(q.text) >= {"en", "es"}
    assert sheet.title_in("en") and sheet.title_in("es")


def test_problems_of_a_good_sheet_is_empty() -> None:
    assert problems(SEED, NAME) == []
    assert problems(EXAMPLE_PATH.read_text(encoding="utf-8"), NAME) == []


def test_terms_resolve_against_the_term_banks() -> None:
    text = edit(SEED, "  - id: control-group\n", "")
    found = only(problems(text, NAME))
    line, col = where(text, "control-group", after="id: lim-no-control")
    assert (found.line, found.column, found.path) == (line, col, "limitations[1].terms[0]")
    assert "no term with id 'control-group'" in found.message
    assert problems(text, NAME, known_terms={"control-group"}) == []


def test_load_raises_the_first_problem_and_counts_the_rest(tmp_path: Path) -> None:
    bad = edit(edit(SEED, "value: 210", "value: lots"), "end: 2019", "end: nineteen")
    path = tmp_path / "facts.yaml"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(FactSheetError) as info:
        load_factsheet(path)
    assert info.value.path == "facts[0].value"
    assert "(and 1 more: run 'plainsum lint" in str(info.value)


# -- broken variants of the seed -------------------------------------------------------------


def test_malformed_yaml_gives_line_and_column() -> None:
    text = edit(SEED, "  - id: rrms\n", "  - id: [rrms\n")
    found = only(problems(text, NAME))
    line, _ = where(text, "id: [rrms")
    assert found.line == line + 1  # the parser notices on the next line
    assert found.column > 1
    assert found.message.startswith("malformed YAML:")
    assert str(found).startswith(f"{NAME}:{found.line}:{found.column}: (top): malformed YAML")


def test_wrong_type_points_at_the_value() -> None:
    text = edit(SEED, "value: 71", "value: seventy-one", after="id: rrms-10y")
    found = only(problems(text, NAME))
    line, col = where(text, "value: seventy-one")
    n = fact_index("rrms-10y")
    assert str(found) == (f"{NAME}:{line}:{col}: facts[{n}].value: "
                          "'seventy-one' is not of type 'number'")


def test_unknown_field_points_at_the_field() -> None:
    text = edit(SEED, "    value: 210\n", "    value: 210\n    colour: blue\n")
    found = only(problems(text, NAME))
    line, col = where(text, "colour: blue")
    assert (found.line, found.column, found.path) == (line, col, "facts[0]")
    assert found.message == "unknown field 'colour'"


def test_unknown_top_level_field() -> None:
    text = SEED + "colour: blue\n"
    found = only(problems(text, NAME))
    assert (found.line, found.column, found.path) == (*where(text, "colour: blue"), "")
    assert str(found).endswith(": (top): unknown field 'colour'")


def test_unknown_fact_kind() -> None:
    text = edit(SEED, "kind: count", "kind: tally", after="id: cohort")
    found = only(problems(text, NAME))
    assert (found.line, found.column) == where(text, "kind: tally")
    assert (found.path, found.message) == ("facts[0]", "unknown fact kind 'tally'")


def test_missing_required_field() -> None:
    text = edit(SEED, "    outcome: no-worsening\n", "", after="id: all-5y")
    found = only(problems(text, NAME))
    assert found.path == f"facts[{fact_index('all-5y')}]"
    assert found.message == "'outcome' is required"
    assert found.line == where(text, "- id: all-5y")[0]


def test_duplicate_id() -> None:
    text = edit(SEED, "id: spms-n", "id: rrms-n")
    found = only(problems(text, NAME))
    line, col = where(text, "id: rrms-n", after="value: 122")  # the second one
    assert (found.line, found.column) == (line, col)
    assert found.path == f"facts[{fact_index('spms-n')}].id"
    assert found.message == "duplicate id 'rrms-n' in facts"


def test_dangling_group_reference_points_at_the_reference() -> None:
    text = edit(SEED, "group: rrms", "group: rrmz", after="id: rrms-10y")
    found = only(problems(text, NAME))
    assert (found.line, found.column) == where(text, "group: rrmz")
    assert found.path == f"facts[{fact_index('rrms-10y')}].group"
    assert found.message.startswith("no group with id 'rrmz'")
    assert "rrms" in found.message  # the known ids are offered


def test_dangling_speaker_reference() -> None:
    text = edit(SEED, "speaker: inglese", "speaker: inglesse")
    found = only(problems(text, NAME))
    assert (found.line, found.column) == where(text, "speaker: inglesse")
    assert (found.path, found.message) == ("quotes[0].speaker",
                                           "no person with id 'inglesse' (known: inglese)")


def test_proportion_out_of_range() -> None:
    text = edit(SEED, "value: 66", "value: 166", after="id: all-10y")
    found = only(problems(text, NAME))
    assert (found.line, found.column) == where(text, "value: 166")
    assert found.path == f"facts[{fact_index('all-10y')}].value"
    assert found.message == "a proportion is a percentage from 0 to 100"


def test_period_ending_before_it_starts() -> None:
    text = edit(SEED, "end: 2019", "end: 1990")
    found = only(problems(text, NAME))
    assert (found.line, found.column) == where(text, "end: 1990")
    assert found.path == f"facts[{fact_index('period')}].end"
    assert "before it starts" in found.message


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n"])
def test_empty_file(text: str) -> None:
    found = only(problems(text, NAME))
    assert str(found) == f"{NAME}:1:1: (top): the file is empty"


@pytest.mark.parametrize("text", ["- a\n- b\n", "just words\n", "42\n"])
def test_top_level_must_be_a_mapping(text: str) -> None:
    found = only(problems(text, NAME))
    assert str(found) == f"{NAME}:1:1: (top): a fact sheet is a mapping of fields"


@pytest.mark.parametrize("value", ["!!python/name:os.system", "!!int abc",
                                   "!!timestamp someday", "{[a]: b}"])
def test_values_yaml_cannot_build_are_located(value: str) -> None:
    text = edit(SEED, "value: 210", f"value: {value}")
    found = only(problems(text, NAME))
    line, col = where(text, value)
    assert (found.line, found.column) == (line, col + (value == "{[a]: b}"))
    assert found.message.startswith("malformed YAML:")


def test_forbidden_character_is_located() -> None:
    text = edit(SEED, "value: 210", "value: 2\x0010")
    found = only(problems(text, NAME))
    line, col = where(text, "\x00")
    assert (found.line, found.column) == (line, col)
    assert "#x0000" in found.message and "\n" not in str(found)


def test_problems_come_in_file_order() -> None:
    text = edit(edit(SEED, "end: 2019", "end: soon"), "value: 210", "value: lots")
    found = problems(text, NAME)
    assert [p.path for p in found] == ["facts[0].value", f"facts[{fact_index('period')}].end"]
    assert [p.line for p in found] == sorted(p.line for p in found)


# -- property: any edit of any scalar is reported, never raised --------------------------------

SCALAR = re.compile(r"^([ \t]*(?:- )?[a-z_]+: )(\S.*)$", re.MULTILINE)
SCALAR_LINES = list(SCALAR.finditer(SEED))
BREAKS = re.compile("\r\n|[\r\n\x85\u2028\u2029]")  # what YAML counts as a line break

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=3),
    max_leaves=8,
)
replacements = st.one_of(
    st.text(max_size=40),  # anything at all, often not valid YAML
    json_values.map(json.dumps),  # a value of another type, written validly
    st.sampled_from(["null", "~", "[]", "{}", "-1", "1e400", ".nan", "!!int x", "*nope",
                     "&a [*a]", "{[a]: b}", "'open", "2019-13-45", "yes", "[1, {2: 3}]",
                     "!!binary aGk=", "? x"]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(where_=st.sampled_from(SCALAR_LINES), new=replacements)
def test_any_scalar_edit_is_reported_not_raised(where_: re.Match[str], new: str) -> None:
    text = SEED[:where_.start(2)] + new + SEED[where_.end(2):]
    found = problems(text, NAME)  # must not raise
    lines = len(BREAKS.split(text))
    for problem in found:
        assert isinstance(problem, FactSheetError)
        assert 1 <= problem.line <= lines, str(problem)
        assert problem.column >= 1
        assert "\n" not in str(problem)
        assert str(problem).startswith(f"{NAME}:{problem.line}:{problem.column}: ")


def test_a_comparison_may_carry_its_p_value() -> None:
    """Releases give "19.2 vs 43.2 hours (p=0.024)" with no difference stated: the p-value
    belongs to the comparison, and is refused outside 0..1 like any other p."""
    text = EXAMPLE_PATH.read_text(encoding="utf-8")
    with_p = edit(text, "    direction: lower\n", "    direction: lower\n    p: 0.024\n"
                  "    p_relation: <\n", after="id: ssi-comparison")
    assert problems(with_p, NAME) == []
    sheet = FactSheet.from_dict(yaml.safe_load(with_p))
    comparison = sheet.facts["ssi-comparison"]
    assert (comparison.p, comparison.p_relation) == (0.024, "<")
    bad = only(problems(edit(with_p, "p: 0.024", "p: 2.4"), NAME))
    assert (bad.line, bad.column) == where(with_p, "p: 0.024", after="id: ssi-comparison")
    assert "facts[6].p" in str(bad)


def _with_facts(*facts: dict) -> str:
    data = yaml.safe_load(EXAMPLE_PATH.read_text(encoding="utf-8"))
    data["measures"] = [{"id": "days", "label": {"en": "days", "es": "días"}}]
    data["facts"] += list(facts)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def _found(*facts: dict) -> list[str]:
    return [f"{p.path}: {p.message}" for p in problems(_with_facts(*facts), NAME)]


@pytest.mark.parametrize(("value", "direction", "unit", "refused"), [
    (100, "lower", "percent", False), (101, "lower", "percent", True),
    (150, "higher", "percent", False), (3, "higher", "fold", False)])
def test_a_relative_reduction_of_more_than_all_is_refused(value, direction, unit, refused):
    fact = {"id": "rel", "kind": "relative-change", "value": value, "direction": direction,
            "unit": unit, "outcome": "ssi"}
    found = [m for m in _found(fact) if m.startswith("facts[7].value")]
    assert bool(found) == refused, found


@pytest.mark.parametrize(("count", "of", "refused"), [(23, 572, False), (572, 572, False),
                                                       (573, 572, True)])
def test_a_proportion_cannot_count_more_than_its_total(count, of, refused):
    fact = {"id": "share", "kind": "proportion", "value": 4.0, "count": count, "of": of,
            "group": "all", "outcome": "ssi"}
    found = [m for m in _found(fact) if m.startswith("facts[7].count")]
    assert bool(found) == refused, found


@pytest.mark.parametrize(("statistic", "spread", "value", "refused"), [
    ("mean", {"range": [1, 25]}, 5.5, False), ("mean", {"range": [1, 25]}, 30, True),
    ("median", {"range": [1, 25]}, 0.5, True), ("median", {"iqr": [3, 8]}, 5, False),
    ("median", {"iqr": [3, 8]}, 9, True),
    # a mean of skewed data may lie outside the interquartile range
    ("mean", {"iqr": [3, 8]}, 9, False), ("mean", {"sd": 2}, 9, False)])
def test_a_mean_or_median_lies_inside_its_own_spread(statistic, spread, value, refused):
    fact = {"id": "m", "kind": "mean", "value": value, "measure": "days", "group": "all",
            "statistic": statistic, "spread": spread}
    found = [m for m in _found(fact) if m.startswith("facts[7].spread")]
    assert bool(found) == refused, found


@pytest.mark.parametrize(("extra", "refused"), [
    ({}, False), ({"value": 3.3, "unit": "percentage-points"}, False),
    ({"value": 3.3}, True), ({"unit": "percent"}, True)])
def test_a_comparisons_gap_has_both_value_and_unit(extra, refused):
    data = yaml.safe_load(EXAMPLE_PATH.read_text(encoding="utf-8"))
    comparison = next(f for f in data["facts"] if f["kind"] == "comparison")
    comparison.update(extra)
    found = [f"{p.path}: {p.message}" for p in problems(yaml.safe_dump(data), NAME)]
    assert bool(found) == refused, found
