"""A draft whose ``facts`` list is empty (extract found no figure it could place) is a
draft to settle like any other: ``lint`` lists the empty list as a located item and exits
1, and checks the rest of the sheet; a reviewed sheet (no ``draft`` field) with no facts
is still a sheet that cannot be used (exit 2)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from plainsum.cli import main

from .conftest import SEED_FACTS

RELEASE = """Walking groups help older adults feel less lonely, study finds

Researchers at the University of Leeds ran a randomised controlled trial of walking
groups for older adults living alone. Participants who joined weekly walking groups said
they felt less lonely than those who did not, the researchers said.
"""


def lint(path: Path):
    return CliRunner().invoke(main, ["lint", str(path)])


def _without_facts(text: str) -> str:
    """The sheet's text with its facts list emptied and the main fact's reference kept."""
    start = text.index("\nfacts:\n") + 1
    lines = text[start:].splitlines(keepends=True)
    after = next(i for i, line in enumerate(lines[1:], 1)
                 if not line.startswith((" ", "-", "#", "\n")))
    return text[:start] + "facts: []\n" + "".join(lines[after:])


def test_extract_draft_without_figures_lints_as_a_draft(tmp_path: Path) -> None:
    release = tmp_path / "release.txt"
    release.write_text(RELEASE, encoding="utf-8")
    sheet = tmp_path / "draft.yaml"
    made = CliRunner().invoke(main, ["extract", str(release), "-o", str(sheet)])
    assert made.exit_code == 0, made.output
    assert "no fact yet" in made.output
    result = lint(sheet)
    assert result.exit_code == 1, result.output
    lines = [line for line in result.stdout.splitlines() if ": facts: " in line]
    assert len(lines) == 1 and "no fact drafted" in lines[0], result.stdout
    assert lines[0].startswith(f"{sheet}:") and lines[0].split(":")[1].isdigit()
    assert "give at least one item" not in result.stdout


def test_factless_draft_still_reports_a_broken_reference(tmp_path: Path) -> None:
    """The empty list is no longer a schema problem in a draft, so the references are
    checked: the seed's main fact now names no fact, which is a problem (exit 2)."""
    text = "draft: made by a test\n" + SEED_FACTS.read_text(encoding="utf-8")
    sheet = tmp_path / "draft.yaml"
    sheet.write_text(_without_facts(text), encoding="utf-8")
    result = lint(sheet)
    assert result.exit_code == 2, result.output
    assert "main_fact" in result.stdout and "no fact" in result.stdout


def test_reviewed_sheet_without_facts_is_still_a_problem(tmp_path: Path) -> None:
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(_without_facts(SEED_FACTS.read_text(encoding="utf-8")), encoding="utf-8")
    result = lint(sheet)
    assert result.exit_code == 2
    assert "facts: empty: give at least one item" in result.stdout


def test_factless_draft_is_refused_by_generate(tmp_path: Path) -> None:
    """generate cannot write a post from no fact, draft or not: a located error, exit 2."""
    release = tmp_path / "release.txt"
    release.write_text(RELEASE, encoding="utf-8")
    sheet = tmp_path / "draft.yaml"
    CliRunner().invoke(main, ["extract", str(release), "-o", str(sheet)])
    result = CliRunner().invoke(main, ["generate", str(sheet), "--lang", "en", "--draft"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
