"""``plainsum review --release -`` reads the release from standard input, as extract does;
its line names it ``<stdin>``, never a file called "-" ("45 items placed in -")."""

from __future__ import annotations

from .conftest import SEED, SEED_FACTS


def test_a_release_from_standard_input_is_named_stdin(run_cli, tmp_path):
    page = tmp_path / "review.html"
    release = (SEED / "release.txt").read_text("utf-8")
    result = run_cli("review", str(SEED_FACTS), "--release", "-", "--audience", "patients",
                     "-o", str(page), input=release)
    assert result.exit_code == 0, result.output
    assert "items placed in <stdin>" in result.stderr
    assert "placed in -" not in result.stderr


def test_a_release_file_is_named_as_given(run_cli, tmp_path):
    page = tmp_path / "review.html"
    result = run_cli("review", str(SEED_FACTS), "--release", str(SEED / "release.txt"),
                     "--audience", "patients", "-o", str(page))
    assert result.exit_code == 0, result.output
    assert f"items placed in {SEED / 'release.txt'}" in result.stderr
