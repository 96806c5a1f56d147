"""The example translator through plainsum's own CLI, with the fixtures plainsum publishes."""

from __future__ import annotations

import plainsum_termbase
import polib
import pytest
from plainsum.testing import EXAMPLE
from plainsum_termbase import TermBase

# the fixtures' example sheet, treated with chlorhexidine (a term no language pack has)
SHEET = EXAMPLE.replace("intervention: antiseptic", "intervention: chlorhexidine").replace(
    "  - {id: antiseptic}",
    "  - id: chlorhexidine\n"
    "    en: {technical: chlorhexidine, plain: chlorhexidine skin cleanser,\n"
    "         definition: A liquid that kills germs.}")


@pytest.fixture
def termbase(plainsum_pm, register_plugin):
    """The plugin, loaded from its entry point when installed, else registered here."""
    if plainsum_pm.get_plugin("termbase") is None:
        register_plugin(plainsum_termbase, "termbase")


def test_suggests_a_whole_term_only():
    base = TermBase()
    assert base.suggest("Chlorhexidine", "en", "de", "term-technical") == "Chlorhexidin"
    assert base.suggest("C-section", "en", "fr", "term-plain") == "césarienne"
    assert base.suggest("women who had a C-section", "en", "es", "group") is None
    assert base.suggest("iodine", "en", "it", "term-technical") is None  # no Italian
    assert base.suggest("yodo", "es", "de", "term-technical") is None  # English only


def test_export_fills_its_terms_as_fuzzy(termbase, plainsum_cli, tmp_path):
    sheet, out = tmp_path / "facts.yaml", tmp_path / "de.po"
    sheet.write_text(SHEET, encoding="utf-8")
    result = plainsum_cli("translate", "export", str(sheet), "--lang", "de", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    entries = {e.msgctxt: e for e in polib.pofile(str(out))}
    technical = entries["terms[chlorhexidine].de.technical"]
    assert technical.msgstr == "Chlorhexidin" and technical.fuzzy
    assert "Suggested by termbase" in technical.comment
    # a sentence is not a term: left for the translator
    assert entries["terms[chlorhexidine].de.definition"].msgstr == ""

    refused = plainsum_cli("translate", "import", str(sheet), str(out))
    assert refused.exit_code == 2 and "fuzzy" in refused.stderr
    assert "Chlorhexidin" not in sheet.read_text(encoding="utf-8")
    taken = plainsum_cli("translate", "import", str(sheet), str(out), "--accept-fuzzy")
    assert taken.exit_code == 1  # the untranslated entries are still left out
    assert "technical: Chlorhexidin" in sheet.read_text(encoding="utf-8")
