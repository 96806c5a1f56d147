"""``translate export --all``: the wording a sheet already has in a language goes to the
translator too, filled in as it is, so that it can be revised in a translation tool and
brought back with ``import --replace`` (export listed only what was missing: a sheet whose
Spanish needed a fix had to be edited by hand)."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET

import polib
import pytest

from .conftest import TRIAL_FACTS
from .test_translate import strip

NS = {"x": "urn:oasis:names:tc:xliff:document:2.0"}


@pytest.fixture
def sheet(tmp_path):
    path = tmp_path / "facts.yaml"
    shutil.copy(TRIAL_FACTS, path)
    return path


def _export(run_cli, sheet, out, *more):
    result = run_cli("translate", "export", str(sheet), "--lang", "es", "-o", str(out), *more)
    assert result.exit_code == 0, result.output
    return result


def test_all_fills_in_the_sheets_own_translations(run_cli, sheet, tmp_path):
    result = _export(run_cli, sheet, tmp_path / "es.po", "--all")
    po = polib.pofile(str(tmp_path / "es.po"))
    entries = {e.msgctxt: e for e in po}
    group = entries["outcomes[ssi].label.es.plain"]
    assert group.msgid == "got a wound infection"
    assert group.msgstr == "tuvieron una infección en la herida"
    assert not group.fuzzy and "The sheet's wording now" in group.comment
    assert entries["title.es"].msgstr.startswith("Limpiar la piel con clorhexidina")
    assert all(e.msgstr and not e.fuzzy for e in po)
    assert f"{len(po)} items in es: {len(po)} as the sheet has them, 0 to translate" in \
        result.stderr


def test_without_all_a_complete_sheet_has_nothing_to_export(run_cli, sheet, tmp_path):
    result = run_cli("translate", "export", str(sheet), "--lang", "es", "-o",
                     str(tmp_path / "es.po"))
    assert result.exit_code == 0
    assert "nothing to translate" in result.stderr
    assert not (tmp_path / "es.po").exists()


def test_a_revision_comes_back_with_replace_and_nothing_else_moves(run_cli, sheet, tmp_path):
    before = sheet.read_text("utf-8")
    _export(run_cli, sheet, tmp_path / "es.po", "--all")
    same = run_cli("translate", "import", str(sheet), str(tmp_path / "es.po"))
    assert same.exit_code == 0 and "nothing to write" in same.stderr
    assert sheet.read_text("utf-8") == before
    po = polib.pofile(str(tmp_path / "es.po"))
    entry = next(e for e in po if e.msgctxt == "outcomes[ssi].label.es.plain")
    entry.msgstr = "tuvieron una infección de la herida"
    po.save(str(tmp_path / "revised.po"))
    result = run_cli("translate", "import", str(sheet), str(tmp_path / "revised.po"),
                     "--replace")
    assert result.exit_code == 0, result.output
    assert sheet.read_text("utf-8") == before.replace(
        "plain: tuvieron una infección en la herida",
        "plain: tuvieron una infección de la herida", 1)


def test_all_on_a_sheet_without_the_language_is_the_plain_export(run_cli, tmp_path):
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(strip(TRIAL_FACTS.read_text("utf-8")), "utf-8")
    _export(run_cli, sheet, tmp_path / "plain.po")
    _export(run_cli, sheet, tmp_path / "all.po", "--all")
    plain = [(e.msgctxt, e.msgid) for e in polib.pofile(str(tmp_path / "plain.po"))]
    every = [(e.msgctxt, e.msgid) for e in polib.pofile(str(tmp_path / "all.po"))]
    assert every == plain


def test_all_as_xliff_marks_the_sheets_wording_translated(run_cli, sheet, tmp_path):
    _export(run_cli, sheet, tmp_path / "es.xlf", "--all")
    root = ET.parse(tmp_path / "es.xlf").getroot()
    units = root.findall(".//x:unit", NS)
    assert units
    for unit in units:
        segment = unit.find("x:segment", NS)
        assert segment.get("state") == "translated"
        assert segment.find("x:target", NS).text
    result = run_cli("translate", "import", str(sheet), str(tmp_path / "es.xlf"))
    assert result.exit_code == 0 and "nothing to write" in result.stderr
