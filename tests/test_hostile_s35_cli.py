"""What a careless or hostile user got from the commands, and what each must say instead:
one line naming the file and the real cause, exit 2 where nothing can be done, and never a
fact sheet written over (the hostile tester's D8)."""

from __future__ import annotations

from pathlib import Path

import yaml

from .conftest import SEED
from .test_translate import english, export  # noqa: F401  (the fixture is used by name)


def seed_with(tmp_path: Path, **fields: object) -> Path:
    data = yaml.safe_load((SEED / "facts.yaml").read_text(encoding="utf-8"))
    data.update(fields)
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return sheet


# --- links in the wording ------------------------------------------------------------------

def test_a_script_link_in_the_wording_is_refused_as_markup_is(run_cli, tmp_path):
    """A text or a post printed '[click](javascript:alert(1))' as it was written."""
    for title in ("Stem cells [click](javascript:alert(1)) for MS",
                  "Stem cells for MS: see [the study](https://example.org/study)",
                  "Stem cells JavaScript :void(0) for MS"):
        sheet = seed_with(tmp_path, title={"en": title})
        linted = run_cli("lint", str(sheet))
        assert linted.exit_code == 2, title
        [line] = [x for x in linted.output.splitlines() if "title.en" in x]
        assert line.startswith(f"{sheet}:") and "in the text: a sheet's wording is plain" in line
        made = run_cli("generate", str(sheet), "--lang", "en", "--generator", "summary",
                       "--audience", "public")
        assert made.exit_code == 2 and len(made.stderr.strip().splitlines()) == 1


def test_brackets_and_a_colon_in_plain_wording_are_no_link(run_cli, tmp_path):
    sheet = seed_with(tmp_path, title={"en": "Stem cells for MS [update] (2021): a script for "
                                             "care"})
    assert run_cli("lint", str(sheet)).exit_code == 0


# --- translate ---------------------------------------------------------------------------

def test_export_force_never_writes_over_a_fact_sheet(english, run_cli, tmp_path):  # noqa: F811
    other = tmp_path / "other.yaml"
    other.write_text((SEED / "facts.yaml").read_text(encoding="utf-8"), "utf-8")
    before = other.read_text("utf-8")
    result = export(run_cli, english, other, "--force")
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert "other.yaml: holds a fact sheet" in line
    assert other.read_text("utf-8") == before
    earlier = tmp_path / "es.po"  # an earlier export is written over, as before
    assert export(run_cli, english, earlier).exit_code == 0
    assert export(run_cli, english, earlier, "--force").exit_code == 0
    xlf = tmp_path / "es.xlf"
    assert export(run_cli, english, xlf).exit_code == 0
    assert export(run_cli, english, xlf, "--force").exit_code == 0


def test_an_xliff_file_that_is_no_xml_is_said_so(english, run_cli, tmp_path):  # noqa: F811
    bad = tmp_path / "es.xlf"
    bad.write_text("hello\n", "utf-8")
    result = run_cli("translate", "import", str(english), str(bad))
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert "not an XLIFF file" in line and "no XML" in line and "PO" not in line


def _translated_xliff(run_cli, sheet: Path, tmp_path: Path) -> tuple[Path, str]:
    out = tmp_path / "es.xlf"
    assert export(run_cli, sheet, out).exit_code == 0
    text = out.read_text("utf-8")
    start = text.index("<unit")
    unit = text[start:text.index("</unit>", start)]
    source = unit[unit.index("<source>") + 8:unit.index("</source>")]
    return out, source


def test_a_unit_with_an_extra_segment_names_the_segment(english, run_cli,  # noqa: F811
                                                        tmp_path):
    out, source = _translated_xliff(run_cli, english, tmp_path)
    text = out.read_text("utf-8")
    end = text.index("</segment>") + len("</segment>")
    text = text[:end] + ('<segment state="translated"><source>extra words</source>'
                         "<target>palabras de más</target></segment>") + text[end:]
    first = text.index("<segment")
    text = text[:first] + text[first:].replace(
        f"<source>{source}</source>", f"<source>{source}</source><target>Traducción</target>", 1)
    text = text.replace('state="initial"', 'state="translated"')
    out.write_text(text, "utf-8")
    result = run_cli("translate", "import", str(english), str(out))
    said = result.stderr
    assert "2 segments" in said and "'extra words'" in said
    assert "the sheet changed since the export" not in said.split("extra words")[0]


def test_a_latin1_po_file_names_the_character_it_lost(english, run_cli, tmp_path):  # noqa: F811
    """Its tool wrote '?' for a dash ISO-8859-1 has not: the msgid no longer matched, and
    the message blamed a changed sheet."""
    from ruamel.yaml import YAML

    yaml_rt = YAML()
    doc = yaml_rt.load(english.read_text("utf-8"))
    title = doc["title"]["en"] if isinstance(doc["title"], dict) else doc["title"]
    dashed = f"{title} \u2014 a new result"
    if isinstance(doc["title"], dict):
        doc["title"]["en"] = dashed
    else:
        doc["title"] = dashed
    with english.open("w", encoding="utf-8") as handle:
        yaml_rt.dump(doc, handle)
    out = tmp_path / "es.po"
    assert export(run_cli, english, out).exit_code == 0
    text = out.read_text("utf-8").replace("charset=UTF-8", "charset=ISO-8859-1")
    lines = text.split("\n")
    at = next(n for n, line in enumerate(lines) if line.startswith('msgctxt "title.es"'))
    assert lines[at + 2].startswith("msgstr")
    lines[at + 2] = 'msgstr "Un título"'
    out.write_bytes("\n".join(lines).encode("latin-1", "replace"))  # the dash becomes '?'
    result = run_cli("translate", "import", str(english), str(out))
    [line] = [x for x in result.stderr.splitlines() if ": title.es:" in x]
    assert "the file is ISO-8859-1 (its Content-Type header)" in line
    assert "U+2014" in line and "UTF-8" in line


# --- generate --------------------------------------------------------------------------------

def test_a_file_in_the_way_of_out_is_named_as_given(run_cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "o" / "enfile").mkdir(parents=True)
    (tmp_path / "o" / "enfile" / "en").write_text("mine", "utf-8")
    result = run_cli("generate", str(SEED / "facts.yaml"), "--lang", "en", "--out",
                     "o/enfile", "--generator", "summary", "--audience", "public")
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert line == "plainsum: error: o/enfile/en: is a file, not a folder"


def test_import_of_a_fact_sheet_says_it_is_one(english, run_cli, tmp_path):  # noqa: F811
    """It said 'line 5: its text is not in double quotes; not a valid PO line'."""
    before = english.read_text("utf-8")
    itself = run_cli("translate", "import", str(english), str(english), "--lang", "es")
    assert itself.exit_code == 2
    [line] = itself.stderr.strip().splitlines()
    assert "is the fact sheet itself" in line
    other = tmp_path / "other.yaml"
    other.write_text((SEED / "facts.yaml").read_text(encoding="utf-8"), "utf-8")
    result = run_cli("translate", "import", str(english), str(other), "--lang", "es")
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert "other.yaml: not a PO or XLIFF file: it reads as YAML data" in line
    assert english.read_text("utf-8") == before


def test_an_escape_polib_would_keep_as_written_is_refused():
    """gettext reads '\\a', '\\101', '\\x41', "\\'" as one character each; polib kept the
    backslash and the letters, and they went into the sheet's wording."""
    import pytest
    from plainsum.errors import PlainsumError
    from plainsum.translate.po import check_syntax

    for escape in ("\\a", "\\101", "\\x41", "\\'", "\\?"):
        with pytest.raises(PlainsumError, match=r"^x\.po:3: msgstr: the escape "):
            check_syntax(f'msgctxt "a"\nmsgid "b"\nmsgstr "c{escape}d"\n', "x.po")
    for fine in ("\\\\a", "\\n", "\\t", '\\"', "\\\\\\\\"):  # what polib reads
        check_syntax(f'msgctxt "a"\nmsgid "b"\nmsgstr "c{fine}d"\n', "x.po")
    check_syntax('# a comment with \\a in it\nmsgid "b"\nmsgstr "c"\n', "x.po")


def test_a_tab_in_the_wording_is_refused(run_cli, tmp_path):
    sheet = seed_with(tmp_path, title={"en": "Stem cells\tfor MS"})
    result = run_cli("lint", str(sheet))
    assert result.exit_code == 2
    [line] = [x for x in result.output.splitlines() if "title.en" in x]
    assert "a tab in the text" in line
