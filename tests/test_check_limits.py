"""A text to check past the limits is refused at once (exit 2, one line), and a text of
nothing but spaces and invisible characters is empty."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from plainsum.cli import main
from plainsum.cli.check import MAX_FIGURES

FACTS = str(Path(__file__).resolve().parents[1] / "seeds" / "hsct-ms-2021" / "facts.yaml")


def _check(tmp_path: Path, text: str):
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    return CliRunner().invoke(main, ["check", FACTS, str(path), "--lang", "en"])


def test_a_text_of_too_many_figures_is_refused(tmp_path):
    result = _check(tmp_path, "7 " * (MAX_FIGURES + 1))
    assert result.exit_code == 2 and "figures" in result.stderr
    assert "Traceback" not in result.output


def test_a_text_of_spaces_and_invisible_characters_is_empty(tmp_path):
    result = _check(tmp_path, "   \n\t\n\u200b\u200b\n\u00a0\n\ufeff")
    assert result.exit_code == 2 and "the text is empty" in result.stderr
