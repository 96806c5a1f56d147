"""``plainsum lint``'s wording warnings (issue 13): a German outcome label is said after
"waren" in every German sentence of the pack ("… waren 4 von 100 Frauen <label>"), so a
label written like an English one ("hatten eine Wundinfektion") or a bare noun would
make every German output ungrammatical; the warning names the file, line and column."""

from __future__ import annotations

from pathlib import Path

import pytest
from plainsum.factsheet import lint_sheet
from plainsum.factsheet.lint_wording import wording_warnings

from .conftest import installed
from .test_summary_meaning import SHEETS


def warnings_of(path: Path) -> list[str]:
    registry = installed()
    linted = lint_sheet(path, registry.known_terms())
    assert linted.located is not None and not linted.problems
    return [str(w) for w in wording_warnings(linted.located, linted.name, registry.languages)]


@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.parent.name)
def test_the_example_sheets_have_no_wording_warning(path):
    assert warnings_of(path) == []


TRIAL = next(p for p in SHEETS if p.parent.name == "chlorhexidine-csection-2016")
VITAMIN_D = next(p for p in SHEETS if p.parent.name == "vitamin-d-colorectal-2018")


@pytest.mark.parametrize(("label", "why"), [
    ("hatten eine Wundinfektion", "'hatten' is a finite verb"),
    ("erkrankten an einer Wundinfektion", "'erkrankten' is a finite verb"),
    ("eine Wundinfektion", "no word says what the people were"),
])
def test_a_german_outcome_label_that_cannot_follow_waren_is_located(tmp_path, label, why):
    text = TRIAL.read_text(encoding="utf-8")
    old = "plain: von einer Wundinfektion betroffen"
    assert text.count(old) == 1
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(text.replace(old, f"plain: {label}"), encoding="utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if old in row)
    column = text.splitlines()[line - 1].index("plain") + 1
    [warning] = warnings_of(sheet)
    assert warning.startswith(f"{sheet}:{line}:{column}: outcomes[0].label.de.plain: warning: ")
    assert why in warning


def test_a_label_in_a_flow_mapping_is_located_too(tmp_path):
    text = VITAMIN_D.read_text(encoding="utf-8")
    old = "{plain: von Darmkrebs betroffen,"
    assert text.count(old) == 1
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(text.replace(old, "{plain: bekamen Darmkrebs,"), encoding="utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if old in row)
    [warning] = warnings_of(sheet)
    assert f":{line}:" in warning and ".label.de.plain: warning: 'bekamen'" in warning

