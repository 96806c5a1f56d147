"""``-`` as an output name, and outputs sent to a pipe: ``-`` is standard output, as it is
standard input for the inputs, never a file called "-" that a later run refuses to
overwrite; ``/dev/stdout`` on a pipe is written to as it is."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import SEED
from .helpers import SEED_TEXT, one_error, process, run

FR_TITLE = re.compile(r"^  fr: 'Scl.*\n", re.MULTILINE)  # the French title


@pytest.fixture
def lacking_fr(tmp_path: Path, monkeypatch) -> Path:
    """The seed sheet without its French title (one item to translate), in a folder of
    its own that is also the current folder (where a file "-" would land)."""
    monkeypatch.chdir(tmp_path)
    sheet = tmp_path / "facts.yaml"
    text, n = FR_TITLE.subn("", SEED_TEXT, count=1)
    assert n == 1
    sheet.write_text(text, encoding="utf-8")
    return sheet


@pytest.mark.parametrize("args, start", [
    (["translate", "export", "{sheet}", "--lang", "fr", "-o", "-"], "#\nmsgid \"\""),
    (["translate", "export", "{sheet}", "--lang", "fr", "-o", "-", "--format", "xliff"],
     "<?xml"),
    (["review", "{sheet}", "--lang", "en", "--audience", "patients", "-o", "-"],
     "<!doctype html>"),
    (["extract", str(SEED / "release.txt"), "-o", "-"], "# Draft fact sheet"),
])
def test_dash_as_a_file_output_is_standard_output(pm, lacking_fr: Path, args, start) -> None:
    result = run(pm, *[a.format(sheet=lacking_fr) for a in args])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(start)
    assert sorted(os.listdir(lacking_fr.parent)) == ["facts.yaml"]  # no file "-"
    assert "wrote -" not in result.stderr
    again = run(pm, *[a.format(sheet=lacking_fr) for a in args])  # nothing "exists" now
    assert again.exit_code == 0, again.stderr


def test_a_file_called_dash_is_neither_refused_nor_replaced(pm, lacking_fr: Path) -> None:
    (lacking_fr.parent / "-").write_text("mine", encoding="utf-8")
    result = run(pm, "translate", "export", str(lacking_fr), "--lang", "fr", "-o", "-")
    assert result.exit_code == 0, result.stderr
    assert (lacking_fr.parent / "-").read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("args", [
    ["generate", "{sheet}", "--lang", "en", "--out", "-"],
    ["generate", "{sheet}", "{sheet}", "--lang", "en", "--out", "-"],
    ["extract", str(SEED / "release.txt"), str(SEED / "facts.yaml"), "-o", "-"],
])
def test_dash_as_a_folder_output_is_refused(pm, lacking_fr: Path, args) -> None:
    result = run(pm, *[a.format(sheet=lacking_fr) for a in args])
    assert result.exit_code == 2
    one_error(result.stderr, "- is standard output", "folder")
    assert sorted(os.listdir(lacking_fr.parent)) == ["facts.yaml"]


def test_the_draft_and_its_text_cannot_both_go_to_standard_output(pm, lacking_fr) -> None:
    release = str(SEED / "release.txt")
    for extra in ([], ["-o", "-"]):
        result = run(pm, "extract", release, "--repaired-text", "-", *extra)
        assert result.exit_code == 2
        one_error(result.stderr, "--repaired-text -", "standard output")
    result = run(pm, "extract", release, "-o", "draft.yaml", "--repaired-text", "-")
    assert result.exit_code == 0, result.stderr
    assert result.stdout and (lacking_fr.parent / "draft.yaml").is_file()


def test_dev_stdout_on_a_pipe_is_written_to(lacking_fr: Path) -> None:
    """``-o /dev/stdout | less``: the link leads to "pipe:[N]", which is no file name."""
    result = process("translate", "export", str(lacking_fr), "--lang", "fr",
                     "-o", "/dev/stdout")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"#\nmsgid")
    assert b"title.fr" in result.stdout


def test_bad_input_is_status_2_even_when_standard_error_is_full(tmp_path: Path) -> None:
    """``2>/dev/full`` (or a full log disk): the one line cannot be written, and the
    status is all a script has; it was 1 ("the check failed") from the failed write."""
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(SEED_TEXT.replace("    value: 210\n", "    value: .nan\n", 1),
                     encoding="utf-8")
    with open("/dev/full", "wb") as full:
        for args in (["generate", str(sheet), "--lang", "en"],
                     ["check", str(sheet), str(tmp_path / "missing.txt")]):
            result = subprocess.run([sys.executable, "-m", "plainsum", *args],
                                    stdout=subprocess.PIPE, stderr=full, timeout=120)
            assert result.returncode == 2, args
            assert result.stdout == b""
