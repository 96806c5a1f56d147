"""Sheets and releases named in another script: a folder of outputs or a draft is named
after the file, and the name was cut to ASCII ('ünï/facts.yaml' wrote its outputs to 'n/',
'résumé.txt' drafted 'r-sum.yaml', '研究.txt' drafted 'release.yaml')."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest

from ..conftest import SEED, SEED_FACTS
from .helpers import one_error, run


@pytest.mark.parametrize("folder, expected", [
    ("ünï", "ünï"),
    ("estudio año", "estudio-año"),
    ("研究", "研究"),
    (unicodedata.normalize("NFD", "études"), "études"),  # as macOS writes it
])
def test_a_sheets_folder_keeps_its_name(pm, tmp_path: Path, folder: str, expected: str) -> None:
    sheet = tmp_path / "in" / folder / "facts.yaml"
    sheet.parent.mkdir(parents=True)
    shutil.copy(SEED_FACTS, sheet)
    out = tmp_path / "out"
    result = run(pm, "generate", str(tmp_path / "in"), "--lang", "en", "--out", str(out),
                 "--jobs", "1", "--generator", "glossary")
    assert result.exit_code == 0, result.output
    assert [p.name for p in out.iterdir() if p.is_dir()] == [expected]


def test_two_sheets_that_differ_only_in_case_are_refused(pm, tmp_path: Path) -> None:
    for name in ("ÉTUDE", "étude"):
        (tmp_path / name).mkdir()
        shutil.copy(SEED_FACTS, tmp_path / name / "facts.yaml")
    out = tmp_path / "out"
    result = run(pm, "generate", str(tmp_path / "ÉTUDE"), str(tmp_path / "étude"),
                 "--lang", "en", "--out", str(out), "--jobs", "1")
    assert result.exit_code == 2
    one_error(result.stderr, "would both be written")
    assert not out.exists()


@pytest.mark.parametrize("stem, expected", [
    ("résumé", "résumé"), ("研究 2026", "研究-2026"), ("a" * 250, "a" * 120),
    ("हिंदी रिलीज़", "हिंदी-रिलीज़"), ("a  --  b", "a-b"),
    ("é" * 120, "é" * 60),  # 120 bytes
])
def test_a_release_drafts_under_its_own_name(cli, tmp_path: Path, stem: str,
                                              expected: str) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(SEED / "release.txt", inbox / f"{stem}.txt")
    shutil.copy(SEED / "release.txt", inbox / "other.txt")
    result = cli("extract", str(inbox), "-o", str(tmp_path / "drafts"))
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "drafts").iterdir()) == sorted(
        [f"{expected}.yaml", "other.yaml"])


def test_releases_whose_names_differ_only_in_case_are_refused(cli, tmp_path: Path) -> None:
    # macOS and Windows do not tell 'Walk.yaml' from 'walk.yaml': one draft was lost
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(SEED / "release.txt", inbox / "Walk.txt")
    shutil.copy(SEED / "release.txt", inbox / "walk.md")
    result = cli("extract", str(inbox), "-o", str(tmp_path / "drafts"))
    assert result.exit_code == 2
    one_error(result.stderr, "would both be drafted")
    assert not (tmp_path / "drafts").exists()
