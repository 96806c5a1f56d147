"""Two translators' files imported into one sheet at once (an es and a fr import in two
terminals or two CI jobs) each read the sheet, then the later write dropped the other's
wording, while both said 'imported'. An import now holds the sheet while it edits it: a
second one is refused in one line and writes nothing."""

from __future__ import annotations

from pathlib import Path

import polib
from plainsum.files import writing_into

from ..test_translate import english, strip  # noqa: F401  (the fixture and its helper)
from .helpers import one_error, run


def _filled(pm, sheet: Path, tmp_path: Path) -> Path:
    out = tmp_path / "fr.po"
    assert run(pm, "translate", "export", str(sheet), "--lang", "fr", "-o",
               str(out)).exit_code == 0
    po = polib.pofile(str(out))
    for entry in po:
        entry.msgstr, entry.flags = f"fr {entry.msgid}", []
    po.save(str(out))
    return out


def test_an_import_while_another_edits_the_sheet_is_refused(pm, english,  # noqa: F811
                                                             tmp_path: Path) -> None:
    po_file = _filled(pm, english, tmp_path)
    before = english.read_bytes()
    with writing_into(english):  # another import, holding the sheet
        result = run(pm, "translate", "import", str(english), str(po_file))
    assert result.exit_code == 2
    one_error(result.stderr, "another plainsum run is writing into it")
    assert english.read_bytes() == before
    result = run(pm, "translate", "import", str(english), str(po_file))  # then it works
    assert result.exit_code == 0, result.stderr
    assert english.read_bytes() != before


def test_the_sheet_is_held_through_a_link(pm, english, tmp_path: Path) -> None:  # noqa: F811
    po_file = _filled(pm, english, tmp_path)
    link = tmp_path / "link.yaml"
    link.symlink_to(english)
    with writing_into(english):
        result = run(pm, "translate", "import", str(link), str(po_file))
    assert result.exit_code == 2
