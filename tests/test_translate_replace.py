"""``translate import --replace``: a translator's revision of wording the sheet already has
comes back through the same file (it was refused, "left as it is", and the only way left
was editing the YAML by hand), and never over the sheet's own language."""

from __future__ import annotations

import shutil

import polib
import pytest

from .conftest import ROOT, TRIAL_FACTS

FLOW_FACTS = ROOT / "examples" / "rivaroxaban-pe-2018" / "facts.yaml"  # `es: {plain: …}`

BLOCK_CONTEXT = "outcomes[ssi].label.es.plain"
BLOCK_SOURCE = "got a wound infection"
BLOCK_NOW = "tuvieron una infección en la herida"
FLOW_CONTEXT = "outcomes[bleeding-visit].label.es.plain"
FLOW_SOURCE = "went to hospital or to a doctor because of bleeding"
FLOW_NOW = "fueron al hospital o al médico por un sangrado"


def _po(path, lang, entries):
    po = polib.POFile()
    po.metadata = {"Language": lang, "Content-Type": "text/plain; charset=UTF-8"}
    for context, source, text in entries:
        po.append(polib.POEntry(msgctxt=context, msgid=source, msgstr=text))
    po.save(str(path))
    return path


@pytest.fixture
def sheet(tmp_path):
    path = tmp_path / "facts.yaml"
    shutil.copy(TRIAL_FACTS, path)
    return path


def test_a_revision_is_refused_without_replace_and_says_how(run_cli, sheet, tmp_path):
    before = sheet.read_bytes()
    po = _po(tmp_path / "es.po", "es",
             [(BLOCK_CONTEXT, BLOCK_SOURCE, "se infectaron la herida")])
    result = run_cli("translate", "import", str(sheet), str(po))
    assert result.exit_code == 2
    assert "left as it is (--replace writes the file's over it)" in result.stderr
    assert sheet.read_bytes() == before


def test_replace_writes_the_revision_over_that_line_only(run_cli, sheet, tmp_path):
    before = sheet.read_text("utf-8")
    po = _po(tmp_path / "es.po", "es",
             [(BLOCK_CONTEXT, BLOCK_SOURCE, "se infectaron en la herida"),
              ("title.es", "x", "ignored: its msgid is not the sheet's title")])
    result = run_cli("translate", "import", str(sheet), str(po), "--replace")
    assert result.exit_code == 1, result.output  # the stale entry is left out
    assert "imported 1 es items (1 replacing the sheet's wording)" in result.stderr
    assert "is not the sheet's wording there now" in result.stderr
    after = sheet.read_text("utf-8")
    assert after == before.replace(f"plain: {BLOCK_NOW}", "plain: se infectaron en la herida",
                                   1)
    assert run_cli("lint", str(sheet)).exit_code == 0


def test_replace_in_a_flow_mapping_keeps_its_other_forms(run_cli, tmp_path):
    sheet = tmp_path / "facts.yaml"
    shutil.copy(FLOW_FACTS, sheet)
    before = sheet.read_text("utf-8")
    po = _po(tmp_path / "es.po", "es",
             [(FLOW_CONTEXT, FLOW_SOURCE, "acudieron al hospital o al médico por sangrado")])
    result = run_cli("translate", "import", str(sheet), str(po), "--replace")
    assert result.exit_code == 0, result.output
    after = sheet.read_text("utf-8")
    assert FLOW_NOW not in after
    assert "acudieron al hospital o al médico por sangrado" in after
    assert "tuvieron una hospitalización o una consulta médica por hemorragia" in after
    changed = [line for line in after.splitlines() if line not in before.splitlines()]
    assert len(changed) == 1 and changed[0].lstrip().startswith("es: {plain: acudieron")
    assert run_cli("lint", str(sheet)).exit_code == 0


@pytest.mark.parametrize("replace", [(), ("--replace",)])
def test_the_sheets_own_language_is_never_written(run_cli, sheet, tmp_path, replace):
    before = sheet.read_bytes()
    po = _po(tmp_path / "en.po", "en",
             [(f"{BLOCK_CONTEXT[:-len('es.plain')]}en.plain", BLOCK_SOURCE,
               "never got an infection")])
    result = run_cli("translate", "import", str(sheet), str(po), *replace)
    assert result.exit_code == 2
    assert "en is the sheet's own language" in result.stderr
    assert sheet.read_bytes() == before
