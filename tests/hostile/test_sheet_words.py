"""A truth value where a sheet wants a number or a list is said in the words the user
wrote ('yes', 'true'), not in Python's ('True is not of type 'integer'')."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import SEED_TEXT, edited, one_error, run


@pytest.mark.parametrize("old, new, field, wanted", [
    ("    value: 210\n", "    value: yes\n", "facts[0].value", "give a number"),
    ("    value: 210\n", "    value: true\n", "facts[0].value", "give a number"),
    ("design: [retrospective-study]", "design: off", "study.design", "give a list"),
])
def test_a_truth_value_where_none_belongs_is_said_in_yaml_words(pm, tmp_path: Path, old,
                                                                new, field, wanted) -> None:
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(edited(SEED_TEXT, old, new), encoding="utf-8")
    result = run(pm, "generate", str(sheet), "--lang", "en")
    assert result.exit_code == 2
    line = one_error(result.stderr, f"{field}: ", wanted)
    assert "True" not in line and "False" not in line and "of type" not in line, line
