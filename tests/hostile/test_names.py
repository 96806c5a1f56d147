"""A file name with a line break or a tab in it (a careless ``mv``, a script's
``$(...)``) is printed on one line: ``FILE:LINE:COL: ...`` and status lines are read one a
line by scripts and people, so a name must not split them."""

from __future__ import annotations

from pathlib import Path

from ..conftest import SEED_FACTS
from .helpers import run

ODD = "two\nlines\tand\rmore"
SHOWN = "two\\nlines\\tand\\rmore"


def test_a_checked_texts_name_stays_on_its_lines(pm, tmp_path: Path) -> None:
    text = tmp_path / f"{ODD}.txt"
    text.write_text("Of the 210 people, 99 were women.", encoding="utf-8")
    result = run(pm, "check", str(SEED_FACTS), str(text), "--lang", "en")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith(str(tmp_path / f"{SHOWN}.txt:")) for line in lines)
    assert any(":1:" in line and "unsupported-number" in line for line in lines)


def test_status_lines_name_a_file_on_one_line(pm, tmp_path: Path) -> None:
    sheet = tmp_path / f"{ODD}.yaml"
    sheet.write_bytes(SEED_FACTS.read_bytes())
    linted = run(pm, "lint", str(sheet))
    assert linted.exit_code == 0, linted.stderr
    out = tmp_path / ODD
    made = run(pm, "generate", str(sheet), "--lang", "en", "--audience", "patients",
               "--generator", "summary", "--out", str(out))
    assert made.exit_code == 0, made.stderr
    assert (out / "index.json").is_file()
    for result in (linted, made):
        assert len(result.stderr.splitlines()) == 1, result.stderr
        assert SHOWN in result.stderr
