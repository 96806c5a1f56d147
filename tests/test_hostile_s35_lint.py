"""What lint let through that outputs then said as nonsense (a hostile tester's sheets):
a subgroup counted larger than its cohort, a group part of itself, a main fact that states
no result, figures with a program's precision, a 100,000-fold change, hashtags twice or a
paragraph long, keys that are not text, and megabyte labels, quotes and terms. Each is a
located error (file:line:col: field: message); a real sheet stays clean."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml
from plainsum.factsheet import problems

from .conftest import SEED, known_terms

SEED_DATA: dict[str, Any] = yaml.safe_load((SEED / "facts.yaml").read_text(encoding="utf-8"))


def seed() -> dict[str, Any]:
    return copy.deepcopy(SEED_DATA)


def fact(data: dict[str, Any], fid: str) -> dict[str, Any]:
    return next(f for f in data["facts"] if f["id"] == fid)


def found(data: dict[str, Any]) -> list[str]:
    """Lint's lines for the sheet, without the file name."""
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    return [str(e).split(":", 1)[1] for e in problems(text, "facts.yaml", known_terms())]


def only(data: dict[str, Any]) -> str:
    [line] = found(data)
    line_no, col, field, message = line.split(":", 3)
    assert int(line_no) > 0 and int(col) > 0
    return f"{field.strip()}: {message.strip()}"


def test_the_seed_is_clean() -> None:
    assert found(seed()) == []


def test_a_subgroup_counted_larger_than_its_cohort() -> None:
    data = seed()
    whole = fact(data, "cohort")["value"]
    fact(data, "rrms-n")["value"] = whole + 1
    said = only(data)
    assert said.startswith("facts[1].value:") and f"more than the {whole:,}" in said
    fact(data, "rrms-n")["value"] = whole  # all of them: possible
    assert found(data) == []


def test_a_group_is_not_part_of_itself() -> None:
    data = seed()
    part = fact(data, "rrms-n")
    part["of"] = part["group"]
    said = only(data)
    assert said.startswith("facts[1].of:") and "part of itself" in said


@pytest.mark.parametrize("kind", ["timepoints", "period"])
def test_the_main_fact_is_a_result(kind: str) -> None:
    data = seed()
    data["study"]["main_fact"] = next(f["id"] for f in data["facts"] if f["kind"] == kind)
    said = only(data)
    assert said.startswith("study.main_fact:") and "states no result" in said


@pytest.mark.parametrize(("value", "refused"), [
    (33.333333333333336, "significant digits"), (1e-07, "decimals"), (0.0000123, "decimals"),
    (33.3, None), (0.005, None), (12.25, None)])
def test_a_proportion_as_the_release_prints_it(value: float, refused: str | None) -> None:
    data = seed()
    target = fact(data, "all-5y")
    target.pop("count", None), target.pop("of", None)
    target["value"], target["round_to"] = value, []
    if refused is None:
        assert found(data) == []
    else:
        said = only(data)
        assert said.startswith("facts[") and ".value:" in said and refused in said


def test_a_mean_with_a_programs_precision() -> None:
    data = seed()
    fact(data, "age-mean")["value"] = 38.56666666666667
    assert "significant digits" in only(data)


def effect(value: float) -> dict[str, Any]:
    return {"id": "fold", "kind": "relative-change", "value": value, "unit": "fold",
            "direction": "higher", "group": "rrms", "versus": "progressive",
            "outcome": "no-worsening", "time": "5y"}


@pytest.mark.parametrize(("value", "ok"), [(100_000, False), (10_001, False), (3000, True),
                                           (4, True)])
def test_a_fold_change_a_release_could_state(value: float, ok: bool) -> None:
    data = seed()
    data["facts"].append(effect(value))
    if ok:
        assert found(data) == []
    else:
        said = only(data)
        assert said.startswith("facts[") and "times is more than the 10,000" in said


def test_a_hashtag_given_twice_whatever_its_case() -> None:
    data = seed()
    data["hashtags"] = ["#Neurology", "#AANscience", "#neurology"]
    assert only(data).startswith("hashtags[2]: '#neurology' is given twice (hashtags[0])")
    data = seed()
    data["hashtags_local"] = {"es": ["#EM", "#em"], "fr": ["#NEUROLOGY"]}
    said = found(data)
    assert len(said) == 2
    assert any("hashtags_local.es[1]:" in line and "given twice" in line for line in said)
    assert any("hashtags_local.fr[0]:" in line and "required" in line for line in said)


@pytest.mark.parametrize("length", [64, 65])
def test_a_hashtag_is_a_word_not_a_paragraph(length: int) -> None:
    data = seed()
    data["hashtags"] = ["#Neurology", "#" + "x" * length]
    if length == 64:
        assert found(data) == []
    else:
        assert only(data) == "hashtags[1]: 66 characters, more than the 65 allowed here"


@pytest.mark.parametrize("key", [1, None, False, 2.5])
def test_a_language_map_key_that_is_not_text(key: Any) -> None:
    data = seed()
    data["title"][key] = "x"
    said = only(data)
    assert said.startswith("title") and "not text" in said


# (where, how long it may be): a real sheet never comes near; a megabyte one took minutes
LIMITS = [
    (("groups", 1, "label", "en", "plain"), 300),
    (("outcomes", 0, "label", "en", "plain"), 300),
    (("measures", 0, "label", "en", "plain"), 300),
    (("limitations", 0, "text", "en", "plain"), 1000),
    (("quotes", 0, "text", "en"), 3000),
    (("people", 0, "name"), 300),
]


def put(data: dict[str, Any], path: tuple[Any, ...], value: Any) -> None:
    for key in path[:-1]:
        data = data[key]
    data[path[-1]] = value


@pytest.mark.parametrize(("path", "limit"), LIMITS)
def test_long_texts_are_refused_with_their_length(path: tuple[Any, ...], limit: int) -> None:
    data = seed()
    put(data, path, "word " * (limit // 5))  # at the limit: fine
    assert not [line for line in found(data) if "characters" in line]
    put(data, path, "word " * (limit // 5) + "x")
    said = only(data)
    assert f"{limit + 1:,} characters, more than the {limit:,} allowed here" in said


def test_a_term_is_a_word_and_its_definition_a_sentence() -> None:
    data = seed()
    term = {"id": "long-term", "en": {"technical": "t" * 201}}
    data["terms"] = [*(data.get("terms") or []), term]
    assert "201 characters, more than the 200 allowed here" in only(data)
    term["en"] = {"technical": "term", "definition": "d" * 1001}
    assert "1,001 characters, more than the 1,000 allowed here" in only(data)


def ratio(**more: Any) -> dict[str, Any]:
    return {"id": "hr", "kind": "ratio", "ratio": "hazard", "value": 0.62, "group": "rrms",
            "versus": "progressive", "outcome": "no-worsening", "time": "5y", **more}


@pytest.mark.parametrize(("added", "field", "words"), [
    (ratio(value=1e9), "value", "a ratio of 1,000,000,000 is more than the 10,000"),
    (ratio(p=0), "p", "a p-value is never 0"),
    ({**effect(0), "unit": "percent", "direction": "lower"}, "value", "no change"),
    ({"id": "gap", "kind": "difference", "value": -250, "group": "rrms",
      "versus": "progressive", "outcome": "no-worsening", "time": "5y"}, "value",
     "at most 100 percentage points"),
])
def test_figures_no_release_states(added: dict[str, Any], field: str, words: str) -> None:
    data = seed()
    data["facts"].append(added)
    said = only(data)
    assert said.startswith(f"facts[{len(data['facts']) - 1}].{field}:") and words in said


def test_the_same_figures_as_a_release_states_them_pass() -> None:
    data = seed()
    data["facts"] += [ratio(p=0.001, p_relation="<"),
                      {"id": "gap", "kind": "difference", "value": -25, "group": "rrms",
                       "versus": "progressive", "outcome": "no-worsening", "time": "5y"}]
    assert found(data) == []


def test_a_period_is_years() -> None:
    data = seed()
    fact(data, "period")["start"] = 5
    said = only(data)
    assert said.startswith("facts[") and "not a year" in said


def test_the_required_hashtags_fit_a_post() -> None:
    data = seed()
    data["hashtags"] = [f"#Tag{i}{'x' * 55}" for i in range(3)]
    said = only(data)
    assert said.startswith("hashtags:") and "more than the 100" in said
    data["hashtags_local"] = {"en": data.pop("hashtags")}  # a language's own: room allowing
    assert found(data) == []


def test_a_share_out_of_more_people_than_its_group_has() -> None:
    data = seed()
    share = fact(data, "rrms-5y")
    whole = fact(data, "rrms-n")["value"]
    share.update(count=round(share["value"] * (whole + 50) / 100), of=whole + 50,
                 value=round(100 * round(share["value"] * (whole + 50) / 100) / (whole + 50)))
    said = only(data)
    assert said.startswith("facts[") and ".of:" in said and f"counts {whole:,}" in said
    share.update(count=round(share["value"] * whole / 100), of=whole,
                 value=round(100 * round(share["value"] * whole / 100) / whole))
    assert found(data) == []  # out of all of them: fine
