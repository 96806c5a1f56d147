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


def test_an_empty_list_says_what_it_needs(pm, tmp_path: Path) -> None:
    """A draft of a release without figures has ``facts: []``; jsonschema's "[] should be
    non-empty" does not say what to do."""
    text = SEED_TEXT
    start = text.index("\nfacts:\n") + 1
    lines = text[start:].splitlines(keepends=True)
    # the next top-level field after the facts' list
    after = next((i for i, line in enumerate(lines[1:], 1)
                  if not line.startswith((" ", "-", "#", "\n"))), None)
    assert after is not None
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(text[:start] + "facts: []\n" + "".join(lines[after:]), encoding="utf-8")
    result = run(pm, "lint", str(sheet))
    assert result.exit_code == 2
    assert "facts: empty: give at least one item" in result.stdout, result.stdout
    assert "non-empty" not in result.stdout
