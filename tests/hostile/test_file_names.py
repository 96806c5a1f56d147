"""A file whose name is not UTF-8 (a byte from an old Latin-1 disk, as the shell passes it
on): the files that name it (index.json, a PO file's references) are written, valid, with
the name escaped, never an 'unexpected UnicodeEncodeError'."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import polib
import pytest

from ..conftest import SEED, SEED_FACTS, TRIAL_FACTS
from ..test_translate import strip
from .helpers import run

# how Python hands a program the name b"r\xe9sum\xe9.yaml" (Latin-1 "résumé")
SEED_RELEASE = SEED / "release.txt"
LATIN1 = os.fsdecode(b"r\xe9sum\xe9.yaml")


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    try:
        path = tmp_path / LATIN1
        shutil.copy(SEED_FACTS, path)
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system takes only UTF-8 names")
    return path


def test_generate_out_names_the_sheet_in_its_index(pm, sheet: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run(pm, "generate", str(sheet), "--lang", "en", "--audience", "patients",
                 "--out", str(out))
    assert result.exit_code == 0, result.stderr
    index = json.loads((out / "index.json").read_bytes().decode("utf-8"))
    assert os.fsencode(index["factsheet"]) == os.fsencode(str(sheet))  # the very name


def test_translate_export_writes_a_valid_po_file(pm, sheet: Path, tmp_path: Path) -> None:
    sheet.write_text(strip(TRIAL_FACTS.read_text(encoding="utf-8")), encoding="utf-8")
    po_path = tmp_path / "es.po"
    result = run(pm, "translate", "export", str(sheet), "--lang", "es", "-o", str(po_path))
    assert result.exit_code == 0, result.stderr
    po_path.read_bytes().decode("utf-8")
    entries = polib.pofile(str(po_path))
    assert entries and all(e.occurrences for e in entries)


def test_review_names_a_release_with_a_line_break_on_one_line(pm, tmp_path: Path) -> None:
    """The summary line is one line, read one a line by scripts, whatever the name holds."""
    release = tmp_path / "press\nrelease.txt"
    release.write_text(SEED_RELEASE.read_text(encoding="utf-8"), encoding="utf-8")
    result = run(pm, "review", str(SEED_FACTS), "--release", str(release), "-o",
                 str(tmp_path / "page.html"))
    assert result.exit_code == 0, result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert "press\\nrelease.txt" in result.stderr
