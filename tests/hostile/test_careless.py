"""A careless user: an output named like the input, an option left empty by an unset
shell variable, a file saved in the wrong encoding. Each gets one clear line and exit 2,
and what the user wrote stays as it was, ``--force`` or not."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..conftest import SEED, SEED_FACTS
from .helpers import one_error, run, snapshot

ONE = ["--lang", "en", "--audience", "patients", "--generator", "summary"]


def test_force_never_replaces_the_sheet_it_reads(pm, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    sheet = out / "index.json"  # the sheet kept where the outputs' index goes
    sheet.write_bytes(SEED_FACTS.read_bytes())
    before = snapshot(tmp_path)
    result = run(pm, "generate", str(sheet), *ONE, "--out", str(out), "--force")
    assert result.exit_code == 2
    one_error(result.stderr, "index.json", "fact sheet this run reads")
    assert snapshot(tmp_path) == before


def test_force_never_removes_the_sheet_an_earlier_index_lists(pm, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run(pm, "generate", str(SEED_FACTS), *ONE, "--out", str(out)).exit_code == 0
    sheet = out / "en" / "patients" / "summary-summary.txt"  # a sheet saved over an output
    sheet.write_bytes(SEED_FACTS.read_bytes())
    before = snapshot(tmp_path)
    result = run(pm, "generate", str(sheet), "--lang", "en", "--audience", "public",
                 "--generator", "summary", "--out", str(out), "--force")
    assert result.exit_code == 2
    one_error(result.stderr, "fact sheet this run reads")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("option", ["-o", "--repaired-text"])
def test_extract_never_replaces_the_release_it_reads(pm, tmp_path: Path, option) -> None:
    release = tmp_path / "release.txt"
    release.write_bytes((SEED / "release.txt").read_bytes())
    before = snapshot(tmp_path)
    args = [option, str(release)] + (["-o", str(tmp_path / "d.yaml")]
                                     if option != "-o" else [])
    result = run(pm, "extract", str(release), *args, "--force")
    assert result.exit_code == 2
    one_error(result.stderr, "release.txt", "release this run reads")
    assert snapshot(tmp_path) == before
