"""Language codes are case-insensitive: ``--lang EN`` is the ``en`` pack in every command."""

from __future__ import annotations

import json

from .conftest import SEED_FACTS


def test_generate_takes_codes_in_any_case(run_cli):
    result = run_cli("generate", str(SEED_FACTS), "--lang", "EN,Es", "--audience", "patients",
                     "--generator", "sms", "--format", "json", "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert [o["lang"] for o in json.loads(result.stdout)["outputs"]] == ["en", "es"]


def test_check_takes_a_code_in_capitals(run_cli, tmp_path):
    text = tmp_path / "post.txt"
    text.write_text("Stem cell transplants helped 71 out of 100 people.\n", encoding="utf-8")
    upper = run_cli("check", str(SEED_FACTS), str(text), "--lang", "EN", "--format", "json")
    lower = run_cli("check", str(SEED_FACTS), str(text), "--lang", "en", "--format", "json")
    assert upper.exit_code == lower.exit_code
    assert json.loads(upper.stdout)["lang"] == "en"
    assert json.loads(upper.stdout) == json.loads(lower.stdout)


def test_an_unknown_code_is_still_refused_by_name(run_cli):
    result = run_cli("generate", str(SEED_FACTS), "--lang", "XX")
    assert result.exit_code == 2
    assert "unknown language 'xx'" in result.output
