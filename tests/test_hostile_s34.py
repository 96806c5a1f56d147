"""What a careless or hostile user did to two commands, and what they must do instead:
``extract --repaired-text FILE --force`` must keep a fact sheet a person settled, and
``translate import`` must refuse a PO file whose strings gettext itself refuses, rather
than write cut-down wording into the sheet."""

from __future__ import annotations

import polib
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from plainsum.errors import PlainsumError
from plainsum.translate.po import check_syntax

from .conftest import SEED
from .test_translate import english, export  # noqa: F401  (the fixture is used by name)

RELEASE = SEED / "release.txt"


def test_force_never_writes_a_repaired_text_over_a_fact_sheet(cli, tmp_path):
    settled = tmp_path / "settled.yaml"
    settled.write_text((SEED / "facts.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    before = settled.read_text(encoding="utf-8")
    result = cli("extract", str(RELEASE), "-o", str(tmp_path / "draft.yaml"),
                 "--repaired-text", str(settled), "--force")
    assert result.exit_code == 2, result.output
    assert "settled.yaml" in result.stderr and "fact sheet" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert settled.read_text(encoding="utf-8") == before
    assert not (tmp_path / "draft.yaml").exists()  # nothing is written when one is refused


def test_force_writes_over_an_earlier_repaired_text(cli, tmp_path):
    text = tmp_path / "release.repaired.txt"
    args = ("extract", str(RELEASE), "-o", str(tmp_path / "draft.yaml"),
            "--repaired-text", str(text))
    assert cli(*args).exit_code == 0
    first = text.read_text(encoding="utf-8")
    text.write_text(first + "a note of mine\n", encoding="utf-8")
    assert cli(*args).exit_code == 2  # not without --force
    assert cli(*args, "--force").exit_code == 0
    assert text.read_text(encoding="utf-8") == first


# each broken line as a translator's editor or a careless hand leaves it: (line, why)
BROKEN = [
    ('msgstr "Desinfectar la piel', "no closing quote"),
    ("msgstr Desinfectar la piel", "not in double quotes"),
    ('msgstr "Desinfectar \\q la piel"', "unknown escape"),
    ('msgstr "Desinfectar" la piel', "more than one quoted string"),
    ('"continuación sin cerrar', "no closing quote"),
]


@pytest.mark.parametrize(("line", "why"), BROKEN)
def test_import_refuses_a_broken_po_line_naming_file_line_and_field(
        english, run_cli, tmp_path, line, why):  # noqa: F811
    out = tmp_path / "es.po"
    assert export(run_cli, english, out).exit_code == 0
    lines = out.read_text(encoding="utf-8").split("\n")
    at = next(n for n, text in enumerate(lines) if text.startswith('msgctxt "title.es"')) + 2
    assert lines[at].startswith("msgstr")
    lines[at] = line
    out.write_text("\n".join(lines), encoding="utf-8")
    before = english.read_text(encoding="utf-8")
    result = run_cli("translate", "import", str(english), str(out))
    assert result.exit_code == 2, result.output
    said = result.stderr.strip()
    assert len(said.splitlines()) == 1 and f"es.po:{at + 1}:" in said and why in said
    assert english.read_text(encoding="utf-8") == before


OTHER_BREAKS = set("\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


@settings(max_examples=200, deadline=None)
@given(st.text(), st.text())
def test_every_po_file_polib_writes_passes_the_syntax_check(source, translation):
    """The check refuses only what gettext refuses: any text, with quotes, backslashes,
    control characters and every kind of line break, written by polib, reads back."""
    po = polib.POFile(wrapwidth=0)
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    po.append(polib.POEntry(msgctxt="title.es", msgid=source or "x", msgstr=translation))
    text = str(po)
    check_syntax(text, "es.po")
    if not set(translation) & OTHER_BREAKS:  # polib itself splits at these when reading
        [entry] = polib.pofile(text, wrapwidth=0)
        assert entry.msgstr == translation


def test_the_syntax_check_names_the_line():
    with pytest.raises(PlainsumError, match=r"^x\.po:3: msgstr: a string with no closing quote"):
        check_syntax('msgctxt "a"\nmsgid "b"\nmsgstr "c\n', "x.po")


def test_lint_refuses_a_sheet_without_wording_in_its_own_language(run_cli, tmp_path):
    """Generate stopped on such a sheet after lint said ok, and its hint sent the user to
    translate export, which refuses a sheet's own language."""
    import yaml

    data = yaml.safe_load((SEED / "facts.yaml").read_text(encoding="utf-8"))
    own = data.get("lang", "en")
    del data["title"][own]
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                     encoding="utf-8")
    result = run_cli("lint", str(sheet))
    assert result.exit_code == 2
    [line] = [x for x in result.output.splitlines() if "wording" in x]
    assert line.startswith(f"{sheet}:") and f"no {own} wording for: title" in line
    made = run_cli("generate", str(sheet), "--lang", own)
    assert made.exit_code == 2 and "translate export" not in made.stderr
    assert "sheet's own language" in made.stderr
    other = run_cli("generate", str(sheet), "--lang", "es")  # another language still works
    assert other.exit_code == 0, other.stderr


@pytest.mark.parametrize(("field", "length", "refused"), [
    ("title", 300, False), ("title", 301, True), ("short_title", 5000, True)])
def test_a_headline_is_no_paragraph(run_cli, tmp_path, field, length, refused):
    """A megabyte title passed lint, and generate then ran for minutes on it."""
    import yaml

    data = yaml.safe_load((SEED / "facts.yaml").read_text(encoding="utf-8"))
    data[field] = {data.get("lang", "en"): "x" * length}
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                     encoding="utf-8")
    result = run_cli("lint", str(sheet))
    said = [line for line in result.output.splitlines() if "characters" in line]
    if refused:
        assert result.exit_code == 2
        assert said == [f"{sheet}:{said[0].split(':')[1]}:3: {field}.en: {length:,} characters, "
                        "more than the 300 allowed here"]
    else:
        assert not said
