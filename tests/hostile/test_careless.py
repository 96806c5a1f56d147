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


@pytest.mark.parametrize("args, words", [
    (["generate", str(SEED_FACTS), *ONE, "--out", ""], ["--out is empty"]),
    (["generate", str(SEED_FACTS), *ONE, "--out", " "], ["--out is empty"]),
    (["check", str(SEED_FACTS), "{text}", "--audience", ""], ["--audience is empty"]),
    (["check", str(SEED_FACTS), "{text}", "--lang", " "], ["--lang is empty"]),
])
def test_an_option_left_empty_is_not_a_default(pm, tmp_path: Path, monkeypatch, args,
                                               words) -> None:
    """``--out "$DIR"`` with DIR unset must not write into the current folder."""
    text = tmp_path / "text.txt"
    text.write_text("210 people with MS took part.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    before = snapshot(tmp_path)
    result = run(pm, *[a.replace("{text}", str(text)) for a in args])
    assert result.exit_code == 2 and not result.stdout
    one_error(result.stderr, *words)
    assert snapshot(tmp_path) == before


def test_a_run_that_makes_no_output_is_not_a_success(pm, tmp_path: Path, monkeypatch) -> None:
    """Every output left out (each generator failed, as a summary of a sheet whose embargo
    is no time did): the run must not exit 0, nor write an empty set."""
    import plainsum.pipeline

    monkeypatch.setattr(plainsum.pipeline, "_generated", lambda *args: None)
    out = tmp_path / "out"
    result = run(pm, "generate", str(SEED_FACTS), *ONE, "--out", str(out))
    assert result.exit_code == 2
    one_error(result.stderr, "no output was made")
    assert not out.exists()


@pytest.mark.parametrize("encoding, said", [
    ("utf-16", "UTF-16"), ("utf-16-le", "UTF-16"), ("utf-16-be", "UTF-16"),
    ("utf-32", "UTF-32"),
])
@pytest.mark.parametrize("what", ["sheet", "text"])
def test_a_file_saved_as_utf16_is_named_so(pm, tmp_path: Path, encoding, said, what) -> None:
    """Saved as "Unicode" by a Windows editor: without a byte-order mark, English UTF-16
    is valid UTF-8 up to the first accent, and the error pointed at that line."""
    sheet, text = tmp_path / "facts.yaml", tmp_path / "text.txt"
    sheet.write_bytes(SEED_FACTS.read_bytes())
    text.write_text("210 people with MS took part.", encoding="utf-8")
    wide = sheet if what == "sheet" else text
    wide.write_bytes(wide.read_text(encoding="utf-8").encode(encoding))
    result = run(pm, "check", str(sheet), str(text), "--lang", "en")
    assert result.exit_code == 2 and not result.stdout
    one_error(result.stderr, wide.name, f"this is {said} text", "save it as UTF-8")


def test_a_closed_standard_output_is_an_error_not_a_silent_success() -> None:
    """``plainsum generate ... >&-``: the outputs cannot be printed, so the run failed."""
    import os

    from .helpers import process

    result = process("generate", str(SEED_FACTS), *ONE, preexec=lambda: os.close(1))
    assert result.returncode == 2
    one_error(result.stderr.decode(), "cannot write the output", "standard output is closed")
    quiet = process("lint", str(SEED_FACTS), preexec=lambda: os.close(1))
    assert quiet.returncode == 0, quiet.stderr  # nothing to print there: nothing lost


def test_a_closed_standard_input_is_named_so() -> None:
    import os

    from .helpers import process

    result = process("check", str(SEED_FACTS), "-", "--lang", "en",
                     preexec=lambda: os.close(0))
    assert result.returncode == 2
    one_error(result.stderr.decode(), "<stdin>", "standard input is closed")


@pytest.mark.parametrize("command", [["lint", ""], ["check", str(SEED_FACTS), ""]])
def test_an_empty_file_name_is_shown(pm, command) -> None:
    """``plainsum lint "$SHEET"`` with SHEET unset: the error must show what was given."""
    result = run(pm, *command)
    assert result.exit_code == 2
    one_error(result.stderr, "'': no such file")


@pytest.mark.parametrize("command", [[], ["translate"]])
def test_a_command_given_alone_shows_its_help_readably(pm, command) -> None:
    """``plainsum`` (or ``plainsum translate``) alone: its help, line by line, exit 2;
    it was one line of 1,500 characters with every line break shown as \\n."""
    result = run(pm, *command)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert lines[0].startswith("Usage: ") and lines[0].endswith("COMMAND [ARGS]...")
    assert all(word in lines[0] for word in command)
    assert len(lines) > 5 and "\\n" not in result.stderr
    assert not any(line.startswith("plainsum: error:") for line in lines)


def test_a_folder_of_releases_alone_is_named_as_a_folder(pm, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Of 210 people, 71% did not get worse.", encoding="utf-8")
    result = run(pm, "extract", str(tmp_path))
    assert result.exit_code == 2
    one_error(result.stderr, "(or a folder) need -o DIR")
