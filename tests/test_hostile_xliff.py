"""``plainsum translate import`` of XLIFF 2.0 files as translation tools really write them
(several segments per unit, UTF-16, several <file>s) and as a careless user hands them
over: each case here failed before its fix."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from .test_translate import SPANISH, english, export  # noqa: F401
from .test_translate_xliff import NS, _fill


def _filled(run_cli, sheet: Path, tmp_path: Path, change=None) -> Path:
    xlf = tmp_path / "es.xlf"
    assert export(run_cli, sheet, xlf).exit_code == 0
    _fill(xlf, change=change)
    return xlf


def _split(unit, segment, target) -> None:
    """What memoQ or Trados make of a unit of two sentences: two segments, the space
    between them an <ignorable>; each segment settled on its own."""
    if unit.get("name") != "title.es":
        return
    source = segment.find("x:source", NS)
    cut_s, cut_t = source.text.index(" before ") + 1, target.text.index(" antes ") + 1
    whole_s, whole_t = source.text, target.text
    source.text, target.text = whole_s[:cut_s - 1], whole_t[:cut_t - 1]
    q = f"{{{NS['x']}}}"
    ignorable = ET.SubElement(unit, f"{q}ignorable")
    ET.SubElement(ignorable, f"{q}source").text = " "
    ET.SubElement(ignorable, f"{q}target").text = " "
    second = ET.SubElement(unit, f"{q}segment", {"state": segment.get("state")})
    ET.SubElement(second, f"{q}source").text = whole_s[cut_s:]
    ET.SubElement(second, f"{q}target").text = whole_t[cut_t:]


def test_a_unit_split_into_segments_is_imported_whole(english, run_cli, tmp_path):  # noqa: F811
    # before: only the first segment was read, its source taken for the sheet having
    # changed since the export ('export again'), and the translation left out
    xlf = _filled(run_cli, english, tmp_path, _split)
    assert xlf.read_text(encoding="utf-8").count("<segment") > 26  # the shape tested
    result = run_cli("translate", "import", str(english), str(xlf))
    assert result.exit_code == 0, result.stderr
    spanish = yaml.safe_load(SPANISH.read_text(encoding="utf-8"))
    assert yaml.safe_load(english.read_text(encoding="utf-8"))["title"]["es"] == \
        spanish["title.es"]


def test_a_split_unit_with_one_segment_unsettled_is_not_confirmed(english, run_cli,  # noqa: F811
                                                                  tmp_path):
    def change(unit, segment, target):
        _split(unit, segment, target)
        if unit.get("name") == "title.es":
            unit.findall("x:segment", NS)[-1].set("state", "initial")

    xlf = _filled(run_cli, english, tmp_path, change)
    result = run_cli("translate", "import", str(english), str(xlf))
    assert result.exit_code == 1
    [said] = [t for t in result.stderr.splitlines() if "title.es" in t]
    assert "not confirmed" in said
    assert "es" not in yaml.safe_load(english.read_text(encoding="utf-8"))["title"]


@pytest.mark.parametrize("encoding", ["UTF-16", "UTF-16LE", "ISO-8859-1", "windows-1252"])
def test_xml_in_the_encoding_its_declaration_says_is_read(english, run_cli, tmp_path,  # noqa: F811
                                                            encoding):
    # before: 'this is UTF-16 text, not UTF-8' or 'not UTF-8 text': an XML file may be
    # UTF-16 (every XML reader must read it) or say another encoding, as tools write it
    xlf = _filled(run_cli, english, tmp_path)
    text = xlf.read_text(encoding="utf-8")
    text = re.sub(r"encoding=['\"][^'\"]+['\"]", f'encoding="{encoding}"', text, count=1)
    xlf.write_bytes(text.encode(encoding.replace("UTF-16", "utf-16")))
    result = run_cli("translate", "import", str(english), str(xlf))
    assert result.exit_code == 0, result.stderr
    spanish = yaml.safe_load(SPANISH.read_text(encoding="utf-8"))
    assert yaml.safe_load(english.read_text(encoding="utf-8"))["title"]["es"] == \
        spanish["title.es"]


@pytest.mark.parametrize(("data", "expected"), [
    # entities stay refused whatever the encoding
    ('<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE x [<!ENTITY a "a">]>\n<xliff/>'
     .encode("utf-16"), "es.xlf: has a document type declaration"),
    (b'<?xml version="1.0" encoding="klingon"?>\n<xliff/>',
     "es.xlf:1: unknown encoding 'klingon'"),
    ('<?xml version="1.0" encoding="UTF-16"?>\n<xliff/>'.encode("utf-16")[:-1],
     "es.xlf:2: not utf-16 text"),
    # a PO file saved as UTF-16 is still named as such, not taken for broken XML
    ('msgid ""\nmsgstr ""\n"Language: es\\n"\n'.encode("utf-16"),
     "es.xlf: this is UTF-16 text, not UTF-8"),
])
def test_a_file_in_a_wrong_or_hostile_encoding_is_one_line(english, run_cli, tmp_path,  # noqa: F811
                                                           data, expected):
    xlf = tmp_path / "es.xlf"
    xlf.write_bytes(data)
    before = english.read_text(encoding="utf-8")
    result = run_cli("translate", "import", str(english), str(xlf))
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("plainsum: error: " + expected.replace("es.xlf", str(xlf))), \
        lines[0]
    assert english.read_text(encoding="utf-8") == before


def test_a_file_that_joins_two_sheets_exports_is_refused(english, run_cli, tmp_path):  # noqa: F811
    # before: the units of the second <file> (another sheet's) went into this sheet
    # wherever their names fitted
    xlf = _filled(run_cli, english, tmp_path)
    text = xlf.read_text(encoding="utf-8")
    other = ('<file id="another-sheet-2020">\n<unit id="u1" name="short_title.es">'
             '<segment state="final"><source>Another study</source><target>Otro estudio'
             '</target></segment></unit>\n</file>\n')
    text = re.sub(r"(<unit [^>]*short_title\.es.*?</unit>)", "", text, flags=re.S)
    xlf.write_text(text.replace("</xliff>", other + "</xliff>"), encoding="utf-8")
    line = xlf.read_text(encoding="utf-8")[:xlf.read_text(encoding="utf-8").index(
        '<file id="another')].count("\n") + 1
    before = english.read_text(encoding="utf-8")
    result = run_cli("translate", "import", str(english), str(xlf))
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"plainsum: error: {xlf}:{line}: a <file> for sheet 'another-sheet-2020' after one "
        "for 'chlorhexidine-csection-2016'; import each sheet's translations on their own")
    assert english.read_text(encoding="utf-8") == before


@pytest.mark.parametrize(("old", "new"), [
    ("title.es", "title.es.extra"),
    ("groups[all].label.es.plain", "groups[all].label.es.plain.es"),
    ("groups[all].label.es.plain", "groups[all].label.es.none.plain.x"),
])
def test_a_unit_name_with_more_after_the_language_is_no_place(english, run_cli, tmp_path,  # noqa: F811
                                                               old, new):
    # before: 'title.es.extra' made a mapping under title.es, then dropped it with 'title.es
    # needs its plain form'; '...es.plain.es' put a mapping where the plain wording goes
    # and failed as 'the sheet would not be valid' at a line of no file
    xlf = _filled(run_cli, english, tmp_path)
    text = xlf.read_text(encoding="utf-8")
    assert text.count(f'name="{old}"') == 1
    xlf.write_text(text.replace(f'name="{old}"', f'name="{new}"'), encoding="utf-8")
    line = text[:text.index(f'name="{old}"')].count("\n") + 1
    before = english.read_text(encoding="utf-8")
    result = run_cli("translate", "import", str(english), str(xlf))
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1] == (
        f"plainsum: error: {xlf}:{line}: {new}: no such place in {english} (is the file "
        "for this sheet?)")
    assert english.read_text(encoding="utf-8") == before


@pytest.mark.parametrize("said", ["../../x", "tlh", "es_XX@x"])
def test_a_target_language_without_a_pack_names_the_file(english, run_cli, tmp_path,  # noqa: F811
                                                         said):
    # before: "unknown language '../../x' (installed: ...)": which file said it, untold
    xlf = _filled(run_cli, english, tmp_path)
    text = xlf.read_text(encoding="utf-8")
    xlf.write_text(text.replace('trgLang="es"', f'trgLang="{said}"'), encoding="utf-8")
    result = run_cli("translate", "import", str(english), str(xlf))
    if said.startswith("es_"):  # a region of an installed language: that language
        assert result.exit_code == 0, result.stderr
        return
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"plainsum: error: {xlf}: its trgLang says {said!r}, a language "
                           "with no pack installed (installed: "), line


def test_a_reviewers_comment_on_words_of_a_target_keeps_the_words(english, run_cli,  # noqa: F811
                                                                   tmp_path):
    # before: '<mrk> inside a translation; plainsum wording is plain text', and nothing
    # imported: a comment (XLIFF's <mrk type="comment">) or a term mark is no markup of
    # the wording; an inline code (<ph/>) is still refused
    q = f"{{{NS['x']}}}"

    def change(unit, segment, target):
        if unit.get("name") == "title.es":
            words = target.text.split(" ", 2)
            target.text = words[0] + " "
            mark = ET.SubElement(target, f"{q}mrk", {"id": "c1", "type": "comment",
                                                     "value": "¿'piel' o 'la piel'?"})
            mark.text = words[1]
            mark.tail = " " + words[2]
            ET.SubElement(target, f"{q}sm", {"id": "t1", "type": "term"})
            ET.SubElement(target, f"{q}em", {"startRef": "t1"})

    xlf = _filled(run_cli, english, tmp_path, change)
    assert "<mrk " in xlf.read_text(encoding="utf-8")
    result = run_cli("translate", "import", str(english), str(xlf))
    assert result.exit_code == 0, result.stderr
    spanish = yaml.safe_load(SPANISH.read_text(encoding="utf-8"))
    assert yaml.safe_load(english.read_text(encoding="utf-8"))["title"]["es"] == \
        spanish["title.es"]


@pytest.mark.parametrize("char", ["\ufffe", "\uffff"])
def test_a_sheet_with_a_noncharacter_is_refused_before_any_xliff_is_written(english, run_cli,  # noqa: F811
                                                                          tmp_path, char):
    # before: the sheet was read, and 'translate export -o es.xlf' wrote a file no XML
    # reader takes (XML has no U+FFFE, not even as a reference): every tool and the
    # import refused it as 'not well-formed'
    lines = english.read_text(encoding="utf-8").splitlines(keepends=True)
    line = lines.index("title:\n") + 2  # its English wording, plain YAML on one line
    wording = lines[line - 1].removeprefix("  en: ").rstrip("\n")
    assert '"' not in wording and "\\" not in wording
    lines[line - 1] = f'  en: "\\u{ord(char):04X}{wording}"\n'  # a YAML escape
    english.write_text("".join(lines), encoding="utf-8")
    out = tmp_path / "es.xlf"
    result = export(run_cli, english, out)
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"plainsum: error: {english}:{line}:3: title.en: character U+{ord(char):04X} is not "
        "allowed in the text (a control character, a direction override, a lone surrogate "
        "or a noncharacter)")
    assert not out.exists()


def test_xliff_2_2_with_its_own_namespace_is_read(english, run_cli, tmp_path):  # noqa: F811
    # before: "XLIFF 2.2 is not XLIFF 2": 2.2 declares urn:...:document:2.2 for the same
    # core elements (2.1 kept 2.0's namespace)
    xlf = _filled(run_cli, english, tmp_path)
    text = xlf.read_text(encoding="utf-8")
    xlf.write_text(text.replace(NS["x"], NS["x"].replace("2.0", "2.2")).replace(
        'version="2.0"', 'version="2.2"'), encoding="utf-8")
    assert "document:2.2" in xlf.read_text(encoding="utf-8")
    result = run_cli("translate", "import", str(english), str(xlf))
    assert result.exit_code == 0, result.stderr
    assert "es" in yaml.safe_load(english.read_text(encoding="utf-8"))["title"]


def test_an_xliff_root_without_its_namespace_says_so(english, run_cli, tmp_path):  # noqa: F811
    # before: "XLIFF 2.0 is not XLIFF 2; save it as XLIFF 2.0"
    xlf = _filled(run_cli, english, tmp_path)
    text = xlf.read_text(encoding="utf-8").replace(f' xmlns="{NS["x"]}"', "", 1)
    xlf.write_text(text, encoding="utf-8")
    result = run_cli("translate", "import", str(english), str(xlf))
    assert result.exit_code == 2
    assert result.stderr.strip() == (f"plainsum: error: {xlf}: <xliff> has no namespace, "
                                     f"not XLIFF 2's ({NS['x']})")


@pytest.mark.parametrize("hostile", ["Limpiar\x1b[31m la piel", "Limpiar \ufffe la piel",
                                     "Limpiar\x0b la piel"])
def test_a_translators_suggestion_no_sheet_could_hold_is_left_out(english, run_cli,  # noqa: F811
                                                                  register_plugin,
                                                                  tmp_path, hostile):
    # before: written raw into the XLIFF file (an XML file no reader takes, U+FFFE and
    # most controls cannot be in XML at all) or the PO file (a terminal escape)
    from plainsum.hookspecs import hookimpl

    class Hostile:
        name = "hostile-mt"

        def suggest(self, text, source, target, kind):
            return hostile if kind == "title" else f"[{target}] {text}"

    class Plugin:
        @hookimpl
        def register_translators(self, register):
            register(Hostile())

    register_plugin(Plugin(), "hostile-mt")
    out = tmp_path / "es.xlf"
    result = export(run_cli, english, out)
    assert result.exit_code == 0, result.stderr
    units = {u.get("name"): u for u in ET.parse(out).getroot().iterfind(".//x:unit", NS)}
    assert units["title.es"].find("x:segment/x:target", NS) is None  # no suggestion
    other = units["short_title.es"].find("x:segment/x:target", NS)
    assert other is not None and other.text.startswith("[es] ")  # the others are kept


@pytest.mark.parametrize("ends", ["\n", "\r\n"])
def test_import_keeps_the_sheets_byte_order_mark(english, run_cli, tmp_path, ends):  # noqa: F811
    # before: the line ends were written as read, the byte-order mark (Notepad's UTF-8)
    # dropped: every line of the sheet the same, its first bytes not
    xlf = _filled(run_cli, english, tmp_path)
    text = english.read_text(encoding="utf-8")
    english.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", ends).encode("utf-8"))
    result = run_cli("translate", "import", str(english), str(xlf))
    assert result.exit_code == 0, result.stderr
    data = english.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\xef\xbb\xbf") == 1
    assert (b"\r\n" in data) == (ends == "\r\n")
    assert "es" in yaml.safe_load(data.decode("utf-8-sig"))["title"]
