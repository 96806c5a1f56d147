"""A translator's wording is text whatever it looks like to YAML: 'No', 'Sí', 'on' or
'12:30' from a PO file are written into the sheet so that it reads them back as the same
words, never refused because a YAML 1.1 reader would take them for a truth value or a
number."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest
import yaml

from ..test_translate import english, strip  # noqa: F401  (the fixture and its helper)


@pytest.mark.parametrize("word", ["No", "yes", "Off", "12:30"])
def test_a_word_yaml_would_read_as_a_value_is_imported_as_text(english, run_cli,  # noqa: F811
                                                              tmp_path: Path, word: str):
    po_path = tmp_path / "es.po"
    result = run_cli("translate", "export", str(english), "--lang", "es", "-o", str(po_path))
    assert result.exit_code == 0, result.stderr
    po = polib.pofile(str(po_path))
    title = next(e for e in po if e.msgctxt == "title.es")
    title.msgstr, title.flags = word, []
    po.save(str(po_path))

    result = run_cli("translate", "import", str(english), str(po_path))
    assert "is not text" not in result.stderr, result.stderr
    assert "imported 1 es items" in result.stderr, result.stderr
    assert yaml.safe_load(english.read_text(encoding="utf-8"))["title"]["es"] == word


def test_a_group_is_asked_for_without_its_article(english, run_cli, tmp_path: Path):  # noqa: F811
    """A French translator who writes 'les patients' gets 'au bout de 5 ans, les les
    patients ...' and '4 000 les patients' in every output: the entry says the sentence
    gives the article."""
    po_path = tmp_path / "fr.po"
    result = run_cli("translate", "export", str(english), "--lang", "fr", "-o", str(po_path))
    assert result.exit_code == 0, result.stderr
    group = next(e for e in polib.pofile(str(po_path))
                 if e.msgctxt == "groups[all].label.fr.plain")
    assert "no article" in group.comment, group.comment
