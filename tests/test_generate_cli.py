"""``plainsum generate`` end to end: formats, files written safely, clear errors on bad input."""

from __future__ import annotations

import json

import pytest

from .conftest import SEED_FACTS
from .helpers import expected_outputs


def test_generate_json_contract(run_cli):
    result = run_cli("generate", str(SEED_FACTS), "--lang", "en,es", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["factsheet"] == str(SEED_FACTS)
    first = data["outputs"][0]
    assert {"generator", "variant", "audience", "lang", "text", "facts", "checks"} <= set(first)
    assert set(first["checks"]) >= {"passed", "readability", "findings"}
    combos = {(o["generator"], o["audience"], o["lang"]) for o in data["outputs"]}
    assert expected_outputs(("summary", "social", "glossary"),
                            ("patients", "public", "press", "clinicians"),
                            ("en", "es")) - combos == set()
    assert all(o["checks"]["passed"] for o in data["outputs"])


def test_generate_text_and_markdown(run_cli):
    text = run_cli("generate", str(SEED_FACTS), "--audience", "patients",
                   "--generator", "summary")
    assert text.exit_code == 0, text.output
    assert "summary/summary · patients · en [passed]" in text.stdout
    assert "readability: Flesch-Kincaid grade" in text.stdout
    md = run_cli("generate", str(SEED_FACTS), "--audience", "press", "--lang", "es",
                 "--generator", "summary", "--format", "markdown")
    assert md.exit_code == 0 and md.stdout.startswith("# Outputs for")


def test_o_is_short_for_out_as_in_the_other_commands(run_cli, tmp_path):
    """extract, review and translate write with -o: generate takes it too."""
    out = tmp_path / "out"
    result = run_cli("generate", str(SEED_FACTS), "--lang", "en", "--audience", "patients",
                     "--generator", "summary", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert (out / "en" / "patients" / "summary-summary.txt").is_file()


def test_out_writes_files_and_index_and_refuses_to_overwrite(run_cli, tmp_path):
    out = tmp_path / "out"
    args = ("generate", str(SEED_FACTS), "--lang", "es", "--audience", "patients",
            "--out", str(out))
    first = run_cli(*args)
    assert first.exit_code == 0, first.output
    index = json.loads((out / "index.json").read_text("utf-8"))
    files = [out / entry["file"] for entry in index["outputs"]]
    assert files and all(f.is_file() and f.read_text("utf-8").strip() for f in files)
    summary = out / "es" / "patients" / "summary-summary.txt"
    assert summary in files
    summary.write_text("my edits", encoding="utf-8")
    again = run_cli(*args)
    assert again.exit_code == 2
    assert "exists" in again.stderr and "--force" in again.stderr
    assert summary.read_text("utf-8") == "my edits"
    forced = run_cli(*args, "--force")
    assert forced.exit_code == 0
    assert summary.read_text("utf-8") != "my edits"
    assert not list(out.rglob("*.tmp"))


@pytest.mark.parametrize(("args", "message"), [
    (["generate", "missing.yaml"], "missing.yaml: no such file"),
    (["generate", str(SEED_FACTS), "--lang", "xx"], "unknown language 'xx'"),
    (["generate", str(SEED_FACTS), "--audience", "aliens"], "unknown audience 'aliens'"),
    (["generate", str(SEED_FACTS), "--generator", "poem"], "unknown generator 'poem'"),
])
def test_bad_input_is_one_line_and_exit_2(run_cli, args, message):
    result = run_cli(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_malformed_and_invalid_sheets(run_cli, tmp_path):
    bad_yaml = tmp_path / "bad.yaml"
    bad_yaml.write_text("id: x\ntitle: [unclosed\n", encoding="utf-8")
    result = run_cli("generate", str(bad_yaml))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"plainsum: error: {bad_yaml}:")
    text = SEED_FACTS.read_text("utf-8").replace("value: 210", "value: two hundred")
    invalid = tmp_path / "invalid.yaml"
    invalid.write_text(text, encoding="utf-8")
    result = run_cli("generate", str(invalid))
    assert result.exit_code == 2
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "two hundred" in row)
    assert f"{invalid}:{line}:" in result.stderr and "facts[0].value" in result.stderr


@pytest.mark.parametrize("listed", ["mine", "notes.txt", "mine/a.txt", "en/patients/notes.txt"])
def test_force_removes_only_earlier_outputs_an_edited_index_lists(run_cli, tmp_path, listed):
    """An index.json edited by hand may list a user's own file or folder: --force replaces
    the earlier outputs and never deletes what is not named as an output, nor fails
    half-way on a listed folder."""
    out = tmp_path / "out"
    base = ("generate", str(SEED_FACTS), "--lang", "en", "--generator", "summary",
            "--out", str(out))
    assert run_cli(*base, "--audience", "patients").exit_code == 0
    (out / "mine").mkdir()
    (out / "mine" / "a.txt").write_text("precious", encoding="utf-8")
    (out / "notes.txt").write_text("precious", encoding="utf-8")
    (out / "en" / "patients" / "notes.txt").write_text("precious", encoding="utf-8")
    index_path = out / "index.json"
    index = json.loads(index_path.read_text("utf-8"))
    index["outputs"].append({**index["outputs"][0], "file": listed})
    index_path.write_text(json.dumps(index), encoding="utf-8")
    forced = run_cli(*base, "--audience", "public", "--force")
    assert forced.exit_code == 0, forced.output
    assert (out / "en" / "public" / "summary-summary.txt").is_file()
    assert not (out / "en" / "patients" / "summary-summary.txt").exists()  # earlier output
    for mine in (out / "mine" / "a.txt", out / "notes.txt", out / "en" / "patients" / "notes.txt"):
        assert mine.read_text("utf-8") == "precious"
