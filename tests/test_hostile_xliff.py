"""``plainsum translate import`` of XLIFF 2.0 files as translation tools really write them
(several segments per unit, UTF-16, several <file>s) and as a careless user hands them
over: each case here failed before its fix."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

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
