"""A translator's tool hands a PO file back in its own order (sorted by source text, by
context, reversed, wrapped, with CRLF and a BOM): the sheet's new wording took the file's
order, so a term's 'es' read 'definition, plain, technical' under an 'en' of 'technical,
plain, definition'. Each new field now goes where the sheet's own language has it."""

from __future__ import annotations

from pathlib import Path

import polib
from ruamel.yaml import YAML

from ..test_translate import english, strip  # noqa: F401  (the fixture and its helper)
from .helpers import run


def _pairs(doc) -> list[tuple[list[str], list[str]]]:
    """(es keys, en keys) of every label and term that has a mapping in both."""
    out = []
    for section in ("groups", "outcomes", "terms"):
        for entry in doc.get(section) or ():
            wording = entry if section == "terms" else entry.get("label")
            es, en = wording.get("es"), wording.get("en")
            if hasattr(es, "keys") and hasattr(en, "keys"):
                out.append((list(es), [k for k in en if k in es]))
    return out


def test_new_wording_follows_the_sheets_own_order(pm, english, tmp_path: Path) -> None:  # noqa: F811
    po_path = tmp_path / "es.po"
    assert run(pm, "translate", "export", str(english), "--lang", "es", "-o",
               str(po_path)).exit_code == 0
    po = polib.pofile(str(po_path))
    for entry in po:
        entry.msgstr = f"texto {entry.msgid}"
        entry.flags = []
    po[:] = sorted(po, key=lambda e: e.msgctxt)  # a term's 'definition' first
    po.wrapwidth = 30
    po.save(str(po_path))
    po_path.write_bytes(b"\xef\xbb\xbf" + po_path.read_bytes().replace(b"\n", b"\r\n"))
    result = run(pm, "translate", "import", str(english), str(po_path))
    assert result.exit_code == 0, result.output
    doc = YAML().load(english.read_text(encoding="utf-8"))
    pairs = _pairs(doc)
    assert any(len(es) > 2 for es, _ in pairs)  # a term's three fields among them
    for es, en in pairs:
        assert es == en
