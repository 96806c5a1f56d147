"""The rate kind in the fact sheet: model, schema and located lint errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from plainsum.factsheet import lint, load_factsheet, schema
from plainsum.factsheet.model import KINDS, Rate

SHEET = Path(__file__).parent / "data" / "sheets" / "rate-test.yaml"


def _with_fact(tmp_path: Path, fact: str) -> Path:
    """The rate test sheet with its first rate fact replaced by ``fact`` (YAML lines)."""
    text = SHEET.read_text("utf-8")
    start = text.index("  - id: deficient-rate\n")
    end = text.index("  - id: sufficient-rate\n")
    path = tmp_path / "sheet.yaml"
    path.write_text(text[:start] + fact + text[end:], "utf-8")
    return path


def test_a_rate_is_read_into_its_own_class():
    sheet = load_factsheet(SHEET)
    fact = sheet.facts["deficient-rate"]
    assert isinstance(fact, Rate) and KINDS["rate"] is Rate
    assert (fact.value, fact.per, fact.unit, fact.group, fact.outcome) == (
        2.1, 1000, "person-years", "deficient", "crc")
    assert (fact.ci.low, fact.ci.high) == (1.8, 2.5)
    assert fact.numbers == [2.1, 1000.0, 1.8, 2.5]
    assert fact.each == "year"
    background = sheet.facts["us-incidence"]
    assert background.background and background.hedged == "about"
    assert background.each == "year"


def test_the_schema_holds_the_rate_kind():
    branches = schema()["properties"]["facts"]["items"]["oneOf"]
    rate = [b for b in branches if b["properties"]["kind"].get("const") == "rate"]
    assert len(rate) == 1
    assert {"value", "per", "unit", "outcome"} <= set(rate[0]["required"])
    assert "live-births" in rate[0]["properties"]["unit"]["enum"]


def test_plainsum_schema_prints_the_rate_kind():
    out = subprocess.run([sys.executable, "-m", "plainsum", "schema"], capture_output=True,
                         text=True, check=True).stdout
    assert '"const": "rate"' in out


@pytest.mark.parametrize(("fact", "field", "words"), [
    # a denominator written with its separator: YAML reads text
    ("  - id: deficient-rate\n    kind: rate\n    value: 2.1\n    per: 1,000\n"
     "    unit: person-years\n    group: deficient\n    outcome: crc\n",
     "per", "number"),
    ("  - id: deficient-rate\n    kind: rate\n    value: 2.1\n    per: 1500\n"
     "    unit: person-years\n    group: deficient\n    outcome: crc\n",
     "per", "power of ten"),
    ("  - id: deficient-rate\n    kind: rate\n    value: 2.1\n    per: 1000\n"
     "    unit: person-weeks\n    group: deficient\n    outcome: crc\n",
     "unit", "person-weeks"),
    ("  - id: deficient-rate\n    kind: rate\n    value: 2.1\n"
     "    unit: person-years\n    group: deficient\n    outcome: crc\n",
     "", "'per' is required"),
    ("  - id: deficient-rate\n    kind: rate\n    value: 2.1\n    per: 1000\n"
     "    unit: person-years\n    ci: [2.2, 2.9]\n    group: deficient\n    outcome: crc\n",
     "ci", "does not hold"),
    ("  - id: deficient-rate\n    kind: rate\n    value: 2.1\n    per: 1000\n"
     "    unit: person-years\n    group: nobody\n    outcome: crc\n",
     "group", "no group with id 'nobody'"),
])
def test_a_wrong_rate_is_a_located_lint_error(tmp_path, fact, field, words):
    path = _with_fact(tmp_path, fact)
    found = lint(path)
    assert found, "the sheet should not pass lint"
    first = found[0]
    line = path.read_text("utf-8").splitlines()[first.line - 1]
    assert words in str(first)
    assert first.path.endswith(field) and first.path.startswith("facts[")
    if field:
        assert line.strip().startswith(f"{field}:"), line
    result = subprocess.run([sys.executable, "-m", "plainsum", "lint", str(path)],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert f"{path}:{first.line}" in result.stdout + result.stderr


def test_old_sheets_have_no_rate_and_still_load():
    root = Path(__file__).parent.parent / "examples"
    for path in sorted(root.glob("*/facts.yaml")):
        sheet = load_factsheet(path)
        assert not sheet.facts_of("rate")
