"""plainsum translate with XLIFF 2.0, the format of computer-assisted translation tools: the
same round trip as the PO file (tests/test_translate.py), a translator's tool's ways of
writing the file, and hostile files refused with one line naming the place."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import polib
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from .test_translate import SPANISH, english, export, generate_status  # noqa: F401

NS = {"x": "urn:oasis:names:tc:xliff:document:2.0"}


def _fill(path: Path, state: str = "translated", change=None) -> None:
    """What a translator's tool does: every unit's target written, its segment settled."""
    spanish = yaml.safe_load(SPANISH.read_text(encoding="utf-8"))
    ET.register_namespace("", NS["x"])
    tree = ET.parse(path)
    for unit in tree.getroot().iterfind(".//x:unit", NS):
        segment = unit.find("x:segment", NS)
        target = segment.find("x:target", NS)
        if target is None:
            target = ET.SubElement(segment, f"{{{NS['x']}}}target")
        target.text = spanish[unit.get("name")]
        segment.set("state", state)
        if change is not None:
            change(unit, segment, target)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def test_export_to_xlf_is_xliff_2_with_the_po_files_items(english, run_cli, tmp_path):  # noqa: F811
    po_path, xlf_path = tmp_path / "es.po", tmp_path / "es.xlf"
    assert export(run_cli, english, po_path).exit_code == 0
    result = export(run_cli, english, xlf_path)
    assert result.exit_code == 0, result.stderr
    root = ET.parse(xlf_path).getroot()
    assert root.tag == f"{{{NS['x']}}}xliff" and root.get("version") == "2.0"
    assert (root.get("srcLang"), root.get("trgLang")) == ("en", "es")
    file = root.find("x:file", NS)
    assert file.get("id") == "chlorhexidine-csection-2016" and file.get("original") == str(english)
    units = file.findall("x:unit", NS)
    po = polib.pofile(str(po_path))
    assert [u.get("name") for u in units] == [e.msgctxt for e in po]
    assert len({u.get("id") for u in units}) == len(units)
    for unit, entry in zip(units, po, strict=True):
        assert unit.find("x:segment/x:source", NS).text == entry.msgid
        notes = {n.get("category"): n.text for n in unit.iterfind("x:notes/x:note", NS)}
        assert entry.comment.splitlines()[0] in notes["description"]  # what the phrase is
        target = unit.find("x:segment/x:target", NS)
        assert unit.find("x:segment", NS).get("state") == "initial"
        assert (target is not None) == bool(entry.msgstr)  # a suggestion, unconfirmed
        if target is not None:
            assert target.text == entry.msgstr and "suggestion" in notes


def test_format_option_overrides_the_suffix(english, run_cli, tmp_path):  # noqa: F811
    out = tmp_path / "es.txt"
    assert export(run_cli, english, out, "--format", "xliff").exit_code == 0
    assert out.read_text(encoding="utf-8").startswith('<?xml version="1.0"')
    assert export(run_cli, english, tmp_path / "b.xlf", "--format", "po").exit_code == 0
    assert polib.pofile(str(tmp_path / "b.xlf"))


def test_round_trip_through_xliff_then_generate(english, run_cli, tmp_path):  # noqa: F811
    xlf = tmp_path / "es.xlf"
    assert export(run_cli, english, xlf).exit_code == 0
    assert generate_status(run_cli, english) == 2
    _fill(xlf)
    result = run_cli("translate", "import", str(english), str(xlf))
    assert result.exit_code == 0, result.stderr
    assert "imported" in result.stderr
    assert generate_status(run_cli, english) == 0


def test_a_target_left_in_state_initial_is_a_suggestion(english, run_cli, tmp_path):  # noqa: F811
    xlf = tmp_path / "es.xlf"
    assert export(run_cli, english, xlf).exit_code == 0
    _fill(xlf, state="initial")
    refused = run_cli("translate", "import", str(english), str(xlf))
    assert refused.exit_code == 2 and "not confirmed" in refused.stderr
    assert "--accept-fuzzy" in refused.stderr
    taken = run_cli("translate", "import", str(english), str(xlf), "--accept-fuzzy")
    assert taken.exit_code == 0, taken.stderr


def test_a_tool_that_adds_its_own_elements_and_escapes(english, run_cli, tmp_path):  # noqa: F811
    # tools add metadata of their own namespaces; text with & and < comes back escaped
    # (a tag-like "<menos>" is markup, which import refuses: tests/test_hostile_commands.py)
    xlf = tmp_path / "es.xlf"
    assert export(run_cli, english, xlf).exit_code == 0

    def change(unit, segment, target):
        ET.SubElement(unit, "{urn:example:tool}meta").text = "x"
        if unit.get("name") == "title.es":
            target.text = "Clorhexidina & yodo: <5 % de infecciones > 3 %"

    _fill(xlf, change=change)
    result = run_cli("translate", "import", str(english), str(xlf))
    assert result.exit_code == 0, result.stderr
    assert "Clorhexidina & yodo: <5 % de infecciones > 3 %" in english.read_text(encoding="utf-8")


@pytest.mark.parametrize(("text", "expected"), [
    ('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaa">]>\n<xliff/>',
     "es.xlf: has a document type declaration"),
    ('<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" '
     'version="2.0" trgLang="es">\n<file id="f">\n<unit name="title.es">\n</file>',
     "es.xlf:5: not well-formed XML"),
    ('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"/>',
     "es.xlf: XLIFF 1.2 is not XLIFF 2"),
    ('<html><body/></html>', "es.xlf: not an XLIFF file (its root is <html>"),
])
def test_a_broken_or_hostile_file_is_one_line(english, run_cli, tmp_path, text,  # noqa: F811
                                               expected):
    xlf = tmp_path / "es.xlf"
    xlf.write_text(text, encoding="utf-8")
    before = english.read_text(encoding="utf-8")
    result = run_cli("translate", "import", str(english), str(xlf))
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("plainsum: error: ")
    assert lines[0].removeprefix("plainsum: error: ").startswith(
        expected.replace("es.xlf", str(xlf))), lines[0]
    assert english.read_text(encoding="utf-8") == before


def test_inline_markup_in_a_target_is_named_at_its_line(english, run_cli, tmp_path):  # noqa: F811
    xlf = tmp_path / "es.xlf"
    assert export(run_cli, english, xlf).exit_code == 0

    def change(unit, segment, target):
        if unit.get("name") == "title.es":
            ET.SubElement(target, f"{{{NS['x']}}}ph", {"id": "1"})

    _fill(xlf, change=change)
    result = run_cli("translate", "import", str(english), str(xlf))
    assert result.exit_code == 2 and "<ph> inside a translation" in result.stderr


_XML_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40)


@settings(max_examples=60, deadline=None)
@given(source=_XML_TEXT, suggestion=st.one_of(st.none(), _XML_TEXT))
def test_build_then_read_keeps_every_text(source, suggestion):
    from plainsum.translate import xliff
    from plainsum.translate.items import Item
    from plainsum.translate.suggest import Suggestion

    item = Item(context="title.es", source=source, kind="title", line=3)
    hints = {} if suggestion is None else {"title.es": Suggestion(suggestion, "a tool")}
    catalog = xliff.read(xliff.build([item], hints, "s-1", "facts.yaml", "en", "es"), "x.xlf")
    assert (catalog.language, catalog.sheet_id) == ("es", "s-1")
    [entry] = catalog.entries
    assert (entry.context, entry.source, entry.fuzzy) == ("title.es", source, True)
    assert entry.text == (suggestion or "")
