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


# an earlier result of the study itself, said after its lead-in ("an earlier analysis of
# the same study found that …"): the rate's own "in the study" is not said again, and the
# German clause keeps its verb second
_STACKED = {"en": "found that in the study", "es": "estudio, en el estudio",
            "fr": "étude, dans l'étude", "it": "studio, nello studio",
            "pt": "estudo, no estudo", "de": ": Waren"}


@pytest.mark.parametrize("lang", sorted(_STACKED))
def test_an_earlier_rate_of_the_study_reads_once(tmp_path, lang):
    from plainsum.factsheet import load_factsheet
    from plainsum.pipeline import generate

    from tests.conftest import registry_with

    text = SHEET.read_text("utf-8").replace(
        "  - id: deficient-rate\n    kind: rate\n",
        "  - id: deficient-rate\n    kind: rate\n    hedge: about\n    role: background\n")
    path = tmp_path / "sheet.yaml"
    path.write_text(text, "utf-8")
    registry = registry_with([lang])
    sheet = load_factsheet(path, registry.known_terms())
    for made in generate(sheet, registry, [lang], ["patients", "press"], ["summary"]):
        assert "2,1" in made.text or "2.1" in made.text
        assert _STACKED[lang] not in made.text, made.text
