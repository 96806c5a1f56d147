"""Rates a user writes by hand: a denominator below one is no rate "per 1, 10, 100 …"."""

from __future__ import annotations

from pathlib import Path

import pytest
from plainsum.factsheet import lint

SHEET = Path(__file__).parent.parent / "data" / "sheets" / "rate-test.yaml"


def _with_per(tmp_path: Path, per: str) -> Path:
    """The rate test sheet with its first rate's denominator written as ``per``."""
    text = SHEET.read_text("utf-8")
    start = text.index("  - id: deficient-rate\n")
    line = text.index("    per: 1000\n", start)
    path = tmp_path / "sheet.yaml"
    path.write_text(text[:line] + f"    per: {per}\n" + text[line + len("    per: 1000\n"):],
                    "utf-8")
    return path


@pytest.mark.parametrize("per", ["0.1", "0.01", "0.001"])
def test_a_denominator_below_one_is_a_located_lint_error(tmp_path, per):
    path = _with_per(tmp_path, per)
    found = lint(path)
    assert any(p.path.endswith(".per") and "power of ten" in str(p) for p in found), found
    line = next(p for p in found if p.path.endswith(".per")).line
    assert path.read_text("utf-8").splitlines()[line - 1].strip() == f"per: {per}"


@pytest.mark.parametrize("per", ["1", "10", "1000", "100000"])
def test_a_power_of_ten_from_one_up_is_accepted(tmp_path, per):
    assert lint(_with_per(tmp_path, per)) == []
