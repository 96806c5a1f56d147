"""A sheet that switches rules off says so in every report: "passed" says nothing of the
rules its ``checks`` setting silenced, so check and generate name them."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from click.testing import CliRunner
from plainsum.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "hsct-ms-2021" / "facts.yaml"


def _sheet(tmp_path: Path, checks: dict | None) -> str:
    raw = yaml.safe_load(SEED.read_text(encoding="utf-8"))
    if checks is not None:
        raw["checks"] = checks
    path = tmp_path / "facts.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return str(path)


def test_check_names_the_rules_the_sheet_switches_off(tmp_path):
    text = tmp_path / "t.txt"
    text.write_text("After 10 years, 71% of people with MS got worse.\n", encoding="utf-8")
    quiet = _sheet(tmp_path, {"ignore": ["direction", "negation"]})
    result = CliRunner().invoke(main, ["check", quiet, str(text), "--lang", "en",
                                       "--require", "none"])
    assert "switches off" in result.output and "direction-flipped" in result.output
    result = CliRunner().invoke(main, ["check", quiet, str(text), "--lang", "en",
                                       "--require", "none", "--format", "json"])
    data = json.loads(result.output)
    assert "direction-flipped" in data["silenced_rules"]
    assert "negation-changed" in data["silenced_rules"]


def test_a_sheet_without_a_checks_setting_reports_nothing_more(tmp_path):
    text = tmp_path / "t.txt"
    text.write_text("After 10 years, 71% of people with MS did not get worse.\n",
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["check", _sheet(tmp_path, None), str(text), "--lang",
                                       "en", "--require", "none", "--format", "json"])
    assert "silenced_rules" not in json.loads(result.output)


def test_generate_warns(tmp_path):
    quiet = _sheet(tmp_path, {"ignore": ["causal"]})
    result = CliRunner().invoke(main, ["generate", quiet, "--lang", "en", "--audience",
                                       "public", "--generator", "summary"])
    assert result.exit_code == 0
    assert "switches off 1 error rule" in result.stderr and "causal-claim" in result.stderr
