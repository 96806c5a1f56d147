"""What lint let through on a press officer's day (round 36): an id of any length, a time
point before its event or longer than a lifetime, and an age below 0 or above anyone's.
Each is a located error (file:line:col: field: message); the seed stays clean."""

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
    """Lint's lines for the sheet, as 'field: message', each located at a line above 0."""
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10**6)
    out = []
    for error in problems(text, "facts.yaml", known_terms()):
        _, line, col, field, message = str(error).split(":", 4)
        assert int(line) > 0 and int(col) > 0
        out.append(f"{field.strip()}: {message.strip()}")
    return out


def test_the_seed_is_clean() -> None:
    assert found(seed()) == []


def test_a_fact_id_ten_thousand_characters_long_is_refused() -> None:
    data = seed()
    long_id = "a" * 10_000
    old = data["study"]["main_fact"]
    fact(data, old)["id"] = long_id
    data["study"]["main_fact"] = long_id
    said = found(data)
    assert any(s.startswith("facts[") and ".id:" in s and "10,000 characters" in s
               for s in said), said


def test_a_group_id_ten_thousand_characters_long_is_refused() -> None:
    data = seed()
    long_id = "g" * 10_000
    old = data["groups"][0]["id"]
    data["groups"][0]["id"] = long_id
    for f in data["facts"]:
        for name in ("group", "of", "versus"):
            if f.get(name) == old:
                f[name] = long_id
    said = found(data)
    assert "groups[0].id: 10,000 characters, more than the 100 allowed here" in said, said


def test_an_id_of_a_usual_length_is_kept() -> None:
    data = seed()
    old = data["study"]["main_fact"]
    new = "-".join(["conventional", "disease", "modifying", "drugs", "vs", "combination",
                    "anticytokines", "2"])
    fact(data, old)["id"] = new
    data["study"]["main_fact"] = new
    assert found(data) == []


@pytest.mark.parametrize("value", [-3, -0.5])
def test_a_time_point_before_its_event_says_what_a_time_point_is(value: float) -> None:
    data = seed()
    data["times"][0]["value"] = value
    [said] = found(data)
    assert said.startswith("times[0].value:") and "how long after its event" in said
    assert "less than or equal to the minimum" not in said


@pytest.mark.parametrize(("value", "unit"), [(500, "year"), (2000, "month"),
                                             (7000, "week"), (50_000, "day")])
def test_a_time_point_longer_than_a_lifetime_is_an_error(value: int, unit: str) -> None:
    data = seed()
    data["times"][0].update(value=value, unit=unit)
    [said] = found(data)
    assert said.startswith("times[0].value:") and "longer than any study" in said


@pytest.mark.parametrize(("value", "unit"), [(70, "year"), (840, "month"), (52, "week"),
                                             (30, "day"), (48, "hour")])
def test_a_long_but_possible_follow_up_is_kept(value: int, unit: str) -> None:
    data = seed()
    data["times"][0].update(value=value, unit=unit)
    assert found(data) == []


def test_a_negative_mean_age_is_an_error() -> None:
    data = seed()
    fact(data, "age-mean")["value"] = -35
    [said] = found(data)
    assert said.startswith("facts[") and ".value: an age is never below 0" in said


def test_an_age_older_than_anyone_is_an_error() -> None:
    data = seed()
    fact(data, "age-mean")["value"] = 350  # 35.0 with the point lost
    [said] = found(data)
    assert ".value:" in said and "older than anyone" in said


@pytest.mark.parametrize("label", [
    {"es": {"plain": "edad", "technical": "edad media"}},
    {"de": {"plain": "Alter", "technical": "mittleres Alter"}},
    {"it": {"plain": "età", "technical": "età media"}},
    {"pt": {"plain": "idade", "technical": "idade média"}},
    {"fr": {"plain": "âge", "technical": "âge moyen"}},
    {"en": {"plain": "age at diagnosis", "technical": "age at diagnosis"}},
])
def test_an_age_is_known_in_every_built_in_language(label: dict[str, Any]) -> None:
    data = seed()
    data["measures"][0]["id"] = "m1"
    data["measures"][0]["label"] = label
    fact(data, "age-mean").update(measure="m1", value=-2)
    said = found(data)
    assert any("an age is never below 0" in s for s in said), said


def test_an_age_gap_or_change_may_be_below_zero() -> None:
    data = seed()
    data["measures"][0]["id"] = "m1"
    data["measures"][0]["label"] = {"en": {"plain": "brain age gap",
                                           "technical": "brain age gap"}}
    fact(data, "age-mean").update(measure="m1", value=-2)
    assert found(data) == []


def test_a_negative_mean_of_another_measure_is_kept() -> None:
    data = seed()
    data["measures"][0]["id"] = "m1"
    data["measures"][0]["label"] = {"en": {"plain": "weight change",
                                           "technical": "change in body weight"}}
    fact(data, "age-mean").update(measure="m1", value=-2, unit="kg")
    assert found(data) == []


@pytest.mark.parametrize(("label", "unit"), [
    ("age-adjusted death rate", "percent"),
    ("age-adjusted death rate", "year"),
    ("age", "percent"),  # an 'age' in percent is some other measure
])
def test_what_is_not_an_age_may_be_below_zero(label: str, unit: str) -> None:
    data = seed()
    data["measures"][0]["id"] = "m1"
    data["measures"][0]["label"] = {"en": {"plain": label, "technical": label}}
    fact(data, "age-mean").update(measure="m1", value=-2, unit=unit)
    assert not any("an age" in s for s in found(data))
