"""``generate --out`` names the outputs that fail their checks: the files hold the text
only, so "wrote 12 outputs" and exit status 1 left a press officer no way but index.json to
tell which of them not to publish."""

from __future__ import annotations

import json

from .conftest import SEED_FACTS, TRIAL_FACTS

# a headline no patient reads easily, and too long for a post: its outputs fail
LONG_TITLE = ("Autologous haematopoietic transplantation demonstrates considerable, "
              "extraordinarily durable, multidimensional neurological stabilisation, "
              "particularly regarding progressive immunological deterioration, among "
              "individuals experiencing multiple sclerosis")
SMALL = ("--lang", "en", "--audience", "patients,press", "--generator", "summary,social")


def _failing_sheet(tmp_path):
    text = SEED_FACTS.read_text("utf-8")
    old = "  en: Stem cell transplants may give long-term benefit to people with MS"
    assert old in text
    sheet = tmp_path / "long.yaml"
    sheet.write_text(text.replace(old, f"  en: {LONG_TITLE}", 1), "utf-8")
    return sheet


def _failed_files(out):
    index = json.loads((out / "index.json").read_text("utf-8"))
    return [e["file"] for e in index["outputs"] if not e["checks"]["passed"]]


def test_the_outputs_that_fail_are_named_on_stderr(run_cli, tmp_path):
    out = tmp_path / "out"
    result = run_cli("generate", str(_failing_sheet(tmp_path)), *SMALL, "--out", str(out))
    assert result.exit_code == 1, result.output
    failed = _failed_files(out)
    assert failed  # the sheet is made to fail
    lines = result.stderr.strip().splitlines()
    assert lines[0] == f"wrote 12 outputs and index.json to {out}"
    assert lines[1].startswith(f"plainsum: {len(failed)} of 12 outputs fail their checks")
    assert f"{failed[0]} (" in lines[1]
    assert "en/patients/summary-summary.txt (readability" in lines[1]
    if len(failed) > 5:  # five are named, then a count
        assert f"and {len(failed) - 5} more" in lines[1]
    else:  # every one is named (how many fail depends on how posts fit the long title)
        assert all(f"{name} (" in lines[1] for name in failed) and "more" not in lines[1]


def test_a_set_that_passes_says_only_what_it_wrote(run_cli, tmp_path):
    out = tmp_path / "out"
    result = run_cli("generate", str(SEED_FACTS), "--lang", "en", "--audience", "patients",
                     "--generator", "summary", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert result.stderr == f"wrote 1 output and index.json to {out}\n"


def test_several_sheets_name_the_failing_outputs_in_their_folders(run_cli, tmp_path):
    out = tmp_path / "all"
    result = run_cli("generate", str(_failing_sheet(tmp_path)), str(TRIAL_FACTS), *SMALL,
                     "--jobs", "1", "--out", str(out))
    assert result.exit_code == 1, result.output
    failed = _failed_files(out)
    assert failed and all(name.startswith("long/") for name in failed)
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith(f"plainsum: {len(failed)} of 24 outputs fail their checks")
    assert "long/en/patients/summary-summary.txt (readability" in last
