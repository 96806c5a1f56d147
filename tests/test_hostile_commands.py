"""The day's commands (review, generate of many sheets, translate) used as a careless or
hostile user would: each case here failed before its fix. Expected everywhere: one line
naming the file (and line, field), exit 2 on bad input, nothing of the user's
overwritten or half-written."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import polib
import pytest
import yaml

from .conftest import TRIAL_FACTS
from .test_translate import SPANISH, export, strip

# --- translate import --------------------------------------------------------------------


@pytest.fixture
def pyyaml_sheet(tmp_path: Path) -> Path:
    """The trial's English-only sheet as PyYAML writes it: a list's dashes sit under their
    key, no indent (``design:\\n- x``), as many editors and scripts leave a sheet."""
    data = yaml.safe_load(strip(TRIAL_FACTS.read_text(encoding="utf-8")))
    path = tmp_path / "facts.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=4096),
                    encoding="utf-8")
    assert "\n- " in path.read_text(encoding="utf-8")  # the layout this is about
    return path


def _po(run_cli, sheet: Path, tmp_path: Path, change=None) -> Path:
    """The export of ``sheet`` filled with the test's Spanish, then ``change`` applied to
    the PO file's text."""
    out = tmp_path / "es.po"
    assert export(run_cli, sheet, out).exit_code == 0
    po = polib.pofile(str(out), wrapwidth=0)  # one line each, for ``change`` to edit
    spanish = yaml.safe_load(SPANISH.read_text(encoding="utf-8"))
    for entry in po:
        entry.msgstr, entry.flags = spanish[entry.msgctxt], []
    po.save(str(out))
    if change is not None:
        out.write_text(change(out.read_text(encoding="utf-8")), encoding="utf-8")
    return out


def _import(run_cli, sheet: Path, po: Path):
    return run_cli("translate", "import", str(sheet), str(po))


def test_import_into_a_sheet_whose_dashes_sit_under_their_key(run_cli, registry,
                                                               pyyaml_sheet, tmp_path):
    # before: ruamel was told offset 2 for the guessed 0, put a list item's fields out of
    # line with its dash, and every import ended 'malformed YAML' at a line of no file
    from plainsum.factsheet import load_factsheet

    po = _po(run_cli, pyyaml_sheet, tmp_path)
    result = _import(run_cli, pyyaml_sheet, po)
    assert result.exit_code == 0, result.stderr
    sheet = load_factsheet(pyyaml_sheet, registry.known_terms())
    assert sheet.title_in("es") == polib.pofile(str(po)).find("title.es", by="msgctxt").msgstr


def test_an_entry_whose_msgid_the_sheet_no_longer_has_is_left_out(run_cli, pyyaml_sheet,
                                                                   tmp_path):
    # before: the translation of the old wording went in without a word
    old = yaml.safe_load(pyyaml_sheet.read_text(encoding="utf-8"))["title"]["en"]
    po = _po(run_cli, pyyaml_sheet, tmp_path,
             lambda text: text.replace(f'msgid "{old}"', 'msgid "An older title"'))
    result = _import(run_cli, pyyaml_sheet, po)
    assert result.exit_code == 1
    entry = polib.pofile(str(po)).find("title.es", by="msgctxt")
    said = [t for t in result.stderr.splitlines() if "title.es" in t]
    assert len(said) == 1 and said[0].startswith(f"plainsum: {po}:{entry.linenum}: title.es")
    assert "msgid" in said[0]
    assert "es" not in yaml.safe_load(pyyaml_sheet.read_text(encoding="utf-8"))["title"]


def test_a_second_entry_for_one_place_is_named_as_such(run_cli, pyyaml_sheet, tmp_path):
    # before: 'the sheet has other es wording there', as if the sheet had it
    def twice(text: str) -> str:
        start = text.index('msgctxt "title.es"')
        block = text[start:text.index("\n\n", start)]
        return text + "\n" + block.replace('msgstr "', 'msgstr "OTRO ') + "\n"

    po = _po(run_cli, pyyaml_sheet, tmp_path, twice)
    result = _import(run_cli, pyyaml_sheet, po)
    assert result.exit_code == 1
    assert "a second entry for this place" in result.stderr
    assert "OTRO" not in pyyaml_sheet.read_text(encoding="utf-8")


_SPOILS = {"\\u0000": "\x00", "\\n": "\\n", "markup": "<script>alert(1)</script>",
           "tag": "<b>"}


@pytest.mark.parametrize("bad", list(_SPOILS), ids=["nul", "line-break", "script", "tag"])
def test_a_bad_translation_is_named_at_its_po_entry(run_cli, pyyaml_sheet, tmp_path, bad):
    # before: 'the sheet would not be valid ...: facts.yaml:11:3: title.es: ...', a line
    # of the edited sheet no file has; now the PO file's line of the entry that brought it.
    # Markup from a translator went into the sheet and was printed in every output.
    def spoil(text: str) -> str:
        start = text.index('msgstr "', text.index('msgctxt "title.es"')) + len('msgstr "') + 5
        return text[:start] + _SPOILS[bad] + text[start:]

    po = _po(run_cli, pyyaml_sheet, tmp_path, spoil)
    before = pyyaml_sheet.read_bytes()
    result = _import(run_cli, pyyaml_sheet, po)
    assert result.exit_code == 2
    entry = polib.pofile(str(po)).find("title.es", by="msgctxt")
    assert result.stderr.startswith(f"plainsum: error: {po}:{entry.linenum}: title.es: ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert pyyaml_sheet.read_bytes() == before


def test_a_po_file_cut_short_imports_nothing(run_cli, pyyaml_sheet, tmp_path):
    # before: the entries before the cut went in (exit 1), the last one read as ': not
    # translated'
    # cut past the middle of the file, where an entry's comments end and its msgctxt
    # would start: the last entry is a msgid cut short, with no msgctxt
    po = _po(run_cli, pyyaml_sheet, tmp_path,
             lambda text: text[:text.index("\nmsgctxt", len(text) // 2)] + '\nmsgid "cut sh')
    before = pyyaml_sheet.read_bytes()
    result = _import(run_cli, pyyaml_sheet, po)
    assert result.exit_code == 2
    # the cut line itself is named: a string with no closing quote, as msgfmt says
    last = len(po.read_text(encoding="utf-8").split("\n"))
    assert result.stderr.startswith(f"plainsum: error: {po}:{last}: msgid: a string with no "
                                    "closing quote")
    assert pyyaml_sheet.read_bytes() == before


def test_importing_the_same_file_twice_is_no_error(run_cli, pyyaml_sheet, tmp_path):
    # before: the second run ended 'nothing to import', exit 2
    po = _po(run_cli, pyyaml_sheet, tmp_path)
    assert _import(run_cli, pyyaml_sheet, po).exit_code == 0
    once = pyyaml_sheet.read_bytes()
    again = _import(run_cli, pyyaml_sheet, po)
    assert again.exit_code == 0, again.stderr
    assert "already has all" in again.stderr
    assert pyyaml_sheet.read_bytes() == once


def test_a_po_file_in_another_language_than_lang_is_refused(run_cli, pyyaml_sheet, tmp_path):
    # before: 'title.es: no such place in facts.yaml (is the PO file for this sheet?)'
    po = _po(run_cli, pyyaml_sheet, tmp_path)
    before = pyyaml_sheet.read_bytes()
    result = run_cli("translate", "import", str(pyyaml_sheet), str(po), "--lang", "fr")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"plainsum: error: {po}: its Language header says 'es'")
    assert pyyaml_sheet.read_bytes() == before



def test_a_language_header_with_a_region_is_the_language(run_cli, pyyaml_sheet, tmp_path):
    # before: 'unknown language 'es_ES'', what Poedit and others may write
    po = _po(run_cli, pyyaml_sheet, tmp_path,
             lambda text: text.replace('"Language: es\\n"', '"Language: es_ES\\n"'))
    assert "Language: es_ES" in po.read_text("utf-8")
    result = _import(run_cli, pyyaml_sheet, po)
    assert result.exit_code == 0, result.stderr
    assert "es:" in pyyaml_sheet.read_text(encoding="utf-8")


# --- generate of several sheets ------------------------------------------------------------


def test_a_sheet_that_lacks_a_language_is_named_among_several(run_cli, tmp_path):
    # before: 'plainsum: error: no es wording for: ...', saying not which of the sheets
    # (and two such sheets gave one line, the same words twice being one message)
    folder = tmp_path / "sheets"
    folder.mkdir()
    (folder / "full.yaml").write_text(TRIAL_FACTS.read_text("utf-8"), encoding="utf-8")
    english = strip(TRIAL_FACTS.read_text(encoding="utf-8"))
    for name in ("english-a.yaml", "english-b.yaml"):
        (folder / name).write_text(english, encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("generate", str(folder), "--lang", "en,es", "--out", str(out),
                     "--jobs", "1")
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    for name in ("english-a.yaml", "english-b.yaml"):
        assert [t for t in lines if t.startswith(f"plainsum: error: {folder / name}: no es ")]
    assert not any("full.yaml" in t for t in lines)
    assert not out.exists()


def test_a_po_file_in_the_charset_its_header_declares(run_cli, registry, pyyaml_sheet,
                                                     tmp_path):
    # before: an ISO-8859-1 catalogue saying so in its header was 'not UTF-8 text'
    from plainsum.factsheet import load_factsheet

    po = _po(run_cli, pyyaml_sheet, tmp_path)
    text = po.read_text("utf-8").replace("charset=UTF-8", "charset=ISO-8859-1")
    start = text.index('msgstr "', text.index('msgctxt "title.es"')) + len('msgstr "')
    text = text[:start] + "Año: " + text[start:]
    latin = tmp_path / "latin.po"
    latin.write_bytes(text.encode("iso-8859-1", "replace"))
    result = _import(run_cli, pyyaml_sheet, latin)
    assert result.exit_code == 0, result.stderr
    assert load_factsheet(pyyaml_sheet, registry.known_terms()).title_in("es").startswith("Año: ")
    # one whose header says UTF-8 and is not: one line naming the file and line
    wrong = tmp_path / "wrong.po"
    wrong.write_bytes(text.replace("charset=ISO-8859-1", "charset=UTF-8")
                      .encode("iso-8859-1", "replace"))
    again = _import(run_cli, pyyaml_sheet, wrong)
    assert again.exit_code == 2
    assert again.stderr.startswith(f"plainsum: error: {wrong}:") and "UTF-8" in again.stderr


def test_a_sheet_with_crlf_line_ends_keeps_them_all(run_cli, tmp_path):
    # before: ruamel kept \r in some lines only: a file of mixed line ends, every line of it
    # changed, and a 'rewrote this line's layout' note besides
    sheet = tmp_path / "facts.yaml"
    sheet.write_bytes(strip(TRIAL_FACTS.read_text(encoding="utf-8"))
                      .replace("\n", "\r\n").encode("utf-8"))
    before = sheet.read_bytes().split(b"\r\n")
    result = _import(run_cli, sheet, _po(run_cli, sheet, tmp_path))
    assert result.exit_code == 0, result.stderr
    assert "layout" not in result.stderr
    after = sheet.read_bytes()
    bare = after.replace(b"\r\n", b"")
    assert b"\n" not in bare and b"\r" not in bare  # no bare LF, no lone CR
    lines = after.split(b"\r\n")
    assert not [line for line in before if line not in lines]  # every line kept


# --- review -------------------------------------------------------------------------------


def test_a_page_that_cannot_be_written_is_named_not_its_temporary_file(run_cli, monkeypatch,
                                                                        tmp_path):
    # before: 'plainsum: error: DIR/.review.html.k2j3h4.tmp: cannot write (Permission
    # denied)', a name the user never gave (a read-only folder; faked: tests may run as root)
    import tempfile

    def refuse(*args, prefix="", dir=None, **kwargs):
        raise PermissionError(13, "Permission denied", f"{dir}/{prefix}x1y2z3.tmp")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    out = tmp_path / "review.html"
    result = run_cli("review", str(TRIAL_FACTS), "-o", str(out))
    assert result.exit_code == 2
    assert result.stderr == f"plainsum: error: {out}: cannot write (Permission denied)\n"
    assert not out.exists()


@pytest.mark.parametrize("where", ["item", "single"])
def test_a_reversed_source_span_is_a_sheet_error(run_cli, tmp_path, where):
    # before: taken for a span outside the release ('was the sheet drafted from another
    # release?') on the review page and by lint --release, and not seen at all without one
    data = yaml.safe_load(TRIAL_FACTS.read_text(encoding="utf-8"))
    if where == "item":
        data["facts"][0]["source_span"] = [20, 10]
        field = "facts[0].source_span[1]"
    else:
        data["source_spans"] = {"title": [9, 3]}
        field = "source_spans.title[1]"
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                     encoding="utf-8")
    out = tmp_path / "review.html"
    result = run_cli("review", str(sheet), "-o", str(out))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"plainsum: error: {sheet}:")
    assert f": {field}: the span ends " in result.stderr
    assert "before it starts" in result.stderr and not out.exists()
    lint = run_cli("lint", str(sheet))
    assert lint.exit_code == 2 and f": {field}: the span ends " in lint.output


@pytest.mark.parametrize("control", ["\u202e", "\u202b", "\u2067"], ids=["RLO", "RLE", "RLI"])
def test_a_bidi_control_in_the_release_cannot_reorder_the_page(cli, tmp_path, control):
    # before: a right-to-left override in the release went into the page as it was, and
    # (unclosed, as a hostile one is) reversed the text after it beyond its own element
    from .review_pages import RELEASE
    from .test_review import accepted  # the hostile sheet without markup in its wording

    sheet, release = accepted(tmp_path)
    release.write_text(RELEASE.replace("Example trial", f"Example{control}trial"), "utf-8")
    out = tmp_path / "review.html"
    result = cli("review", str(sheet), "--release", str(release), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    page = out.read_text("utf-8")
    assert not re.search("[\u202a-\u202e\u2066-\u2069]", page)
    assert "Example\ufffdtrial" in page  # shown, one character for one
    assert "<mark>400 people</mark>" in page  # every span still on its own words


# --- where outputs go -------------------------------------------------------------------


@pytest.mark.parametrize("command", [("review", "{sheet}", "--lang", "en", "-o"),
                                     ("translate", "export", "{sheet}", "--lang", "es", "-o")])
def test_a_link_to_a_missing_file_is_not_written_through_without_force(run_cli, tmp_path,
                                                                       command):
    # before: exists() is false for a dangling link, so the file was made wherever the
    # link pointed (outside the folder named), without --force
    sheet = tmp_path / "facts.yaml"  # English only: there is Spanish to export
    sheet.write_text(strip(TRIAL_FACTS.read_text(encoding="utf-8")), encoding="utf-8")
    command = tuple(part.format(sheet=sheet) for part in command)
    elsewhere = tmp_path / "elsewhere" / "target.out"
    elsewhere.parent.mkdir()
    link = tmp_path / "out.file"
    link.symlink_to(elsewhere)
    result = run_cli(*command, str(link))
    assert result.exit_code == 2
    assert "link to a missing file" in result.stderr and "--force" in result.stderr
    assert not elsewhere.exists()
    forced = run_cli(*command, str(link), "--force")
    assert forced.exit_code == 0, forced.stderr
    assert elsewhere.exists() and link.is_symlink()  # --force writes through, keeps the link


def test_the_printed_translate_command_works_for_a_sheet_named_like_an_option(
        run_cli, tmp_path, monkeypatch):
    # before: 'plainsum translate export -f.yaml --lang es -o es.po': '-f.yaml' taken
    # for an option ('No such option: -f')
    import shlex

    monkeypatch.chdir(tmp_path)
    sheet = tmp_path / "-f.yaml"
    sheet.write_text(strip(TRIAL_FACTS.read_text(encoding="utf-8")), encoding="utf-8")
    result = run_cli("generate", "--lang", "es", "--", "-f.yaml")
    assert result.exit_code == 2
    printed = result.stderr.strip().splitlines()[-1].split("`")[1]
    made = run_cli(*shlex.split(printed)[1:])
    assert made.exit_code == 0, made.stderr
    assert polib.pofile(str(tmp_path / "es.po"))


@pytest.mark.parametrize("command", ["export", "import"])
def test_translate_of_a_sheet_on_standard_input_is_one_line(run_cli, tmp_path, command):
    # before: the sheet was read from standard input to be checked, read again (empty) to
    # be edited, and the command ended "unexpected AttributeError ... a bug in plainsum"
    sheet = strip(TRIAL_FACTS.read_text(encoding="utf-8"))
    more = ("--lang", "es", "-o", str(tmp_path / "es.po")) if command == "export" else (
        str(tmp_path / "es.po"),)
    if command == "import":
        (tmp_path / "es.po").write_text('msgid ""\nmsgstr ""\n"Language: es\\n"\n',
                                        encoding="utf-8")
    result = run_cli("translate", command, "-", *more, input=sheet)
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("plainsum: error: <stdin>: give the fact sheet as a file; "), line
    assert command == "import" or not (tmp_path / "es.po").exists()


def test_check_of_a_sheet_and_a_text_both_on_standard_input_is_one_line(run_cli):
    # before: '<stdin>: the text is empty' (the sheet had taken all of it)
    result = run_cli("check", "-", "-", "--lang", "en",
                     input=TRIAL_FACTS.read_text(encoding="utf-8"))
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "plainsum: error: <stdin>: the fact sheet and the text cannot both come from "
        "standard input; give one of them as a file")


@pytest.mark.parametrize("case", ["sheet among several", "out folder", "repaired text"])
def test_a_loop_of_symbolic_links_is_one_line(run_cli, tmp_path, monkeypatch, case):
    # before: Path.resolve raised "RuntimeError: Symlink loop" and the command ended
    # "unexpected RuntimeError ... a bug in plainsum"
    monkeypatch.chdir(tmp_path)
    Path("a.yaml").write_text(TRIAL_FACTS.read_text(encoding="utf-8"), encoding="utf-8")
    Path("loop1").symlink_to("loop2")
    Path("loop2").symlink_to("loop1")
    Path("release.txt").write_text("Chlorhexidine cut wound infections by 45%.\n",
                                   encoding="utf-8")
    args = {"sheet among several": ("generate", "a.yaml", "loop1", "--lang", "en", "--out",
                                    "o"),
            "out folder": ("generate", "a.yaml", "--lang", "en", "--out", "loop1"),
            "repaired text": ("extract", "release.txt", "-o", "d.yaml", "--repaired-text",
                              "loop1")}[case]
    result = run_cli(*args)
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("plainsum: error: ") and "unexpected" not in line, line
    assert "loop1" in line, line
    assert not Path("o").exists() and not Path("d.yaml").exists()


def test_a_text_whose_language_cannot_be_told_is_named(run_cli, tmp_path):
    # before: "cannot tell the text's language; give it with --lang": which text, untold
    text = tmp_path / "figures.txt"
    text.write_text("12 34 56 😀\n", encoding="utf-8")
    result = run_cli("check", str(TRIAL_FACTS), str(text))
    assert result.exit_code == 2
    assert result.stderr.strip() == (f"plainsum: error: {text}: cannot tell the text's "
                                     "language; give it with --lang")


@pytest.mark.parametrize("force", [(), ("--force",)])
def test_translate_export_to_an_empty_name_says_so(run_cli, tmp_path, monkeypatch, force):
    # before: ". exists; use --force to overwrite", then ".: is a folder" (Path("") is
    # the current folder); generate's --out and review's -o said it was empty
    monkeypatch.chdir(tmp_path)
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(strip(TRIAL_FACTS.read_text(encoding="utf-8")), encoding="utf-8")
    result = run_cli("translate", "export", str(sheet), "--lang", "es", "-o", "", *force)
    assert result.exit_code == 2
    assert result.stderr.strip() == ("plainsum: error: -o is empty; give the file to write "
                                     "(es.po, or es.xlf for XLIFF)")


def test_a_device_or_pipe_is_written_to_without_force(run_cli, tmp_path):
    # a pipe (or /dev/stdout) holds nothing of the user's to lose: '-o /dev/stdout' was
    # refused as 'exists; use --force'
    import os
    import threading

    pipe = tmp_path / "page.fifo"
    os.mkfifo(pipe)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(pipe.read_bytes()), daemon=True)
    reader.start()
    result = run_cli("review", str(TRIAL_FACTS), "--lang", "en", "-o", str(pipe))
    reader.join(timeout=60)
    assert result.exit_code == 0, result.stderr
    assert got and got[0].lstrip().lower().startswith(b"<!doctype html")
    assert pipe.exists() and not pipe.is_file()  # still the pipe, not replaced by a file


# --- a sheet in a language no installed pack writes --------------------------------------

def test_a_sheet_in_a_language_no_pack_writes_is_named_at_its_field(run_cli, tmp_path):
    """lint said ok and generate refused without naming the sheet: both now name the
    sheet's lang field (lint with its line), exit 2, one line."""
    from .conftest import SEED_FACTS

    text = SEED_FACTS.read_text(encoding="utf-8")
    assert "\nlang: en\n" in text
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(text.replace("\nlang: en\n", "\nlang: xx\n"), encoding="utf-8")
    line = text[:text.index("\nlang: en\n")].count("\n") + 2
    linted = run_cli("lint", str(sheet))
    assert linted.exit_code == 2
    assert f"{sheet}:{line}:" in linted.output and "lang: 'xx' is no installed language" in (
        linted.output)
    made = run_cli("generate", str(sheet), "--jobs", "1")
    assert made.exit_code == 2 and f"{sheet}: lang: 'xx'" in made.stderr
    assert len(made.stderr.strip().splitlines()) == 1 and "Traceback" not in made.stderr
    assert run_cli("generate", str(sheet), "--lang", "en", "--jobs", "1").exit_code in (0, 1)


def test_an_error_naming_a_line_break_from_the_users_file_stays_one_line(run_cli, tmp_path):
    """A PO entry's context with a line break in it: the error names it escaped."""
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(TRIAL_FACTS.read_text(encoding="utf-8"), encoding="utf-8")
    po = polib.POFile()
    po.metadata = {"Language": "es", "Content-Type": "text/plain; charset=UTF-8"}
    po.append(polib.POEntry(msgctxt='title.es"]\n evil', msgid="A title", msgstr="Un título"))
    po.save(str(tmp_path / "es.po"))
    result = run_cli("translate", "import", str(sheet), str(tmp_path / "es.po"))
    assert result.exit_code == 2, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "\\n evil" in result.stderr


def test_entries_for_another_language_than_the_header_are_named_as_such(
        run_cli, pyyaml_sheet, tmp_path):
    # before: 'title.es: no such place in facts.yaml (is the file for this sheet?)'
    po = _po(run_cli, pyyaml_sheet, tmp_path,
             lambda text: text.replace('"Language: es\\n"', '"Language: fr\\n"'))
    before = pyyaml_sheet.read_bytes()
    result = run_cli("translate", "import", str(pyyaml_sheet), str(po))
    assert result.exit_code == 2
    last = result.stderr.strip().splitlines()[-1]
    assert "an entry for 'es', but the file's language is 'fr'" in last, result.stderr
    assert "no such place" not in result.stderr
    assert pyyaml_sheet.read_bytes() == before


def test_an_import_into_a_sheet_with_folded_lines_only_adds_lines(run_cli, tmp_path):
    # before: PyYAML's default layout folds long values over lines; ruamel wrote each of
    # them again on one line (8 runs of 20 lines of a drafted sheet), naming one line
    data = yaml.safe_load(strip(TRIAL_FACTS.read_text(encoding="utf-8")))
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),  # width 80
                     encoding="utf-8")
    before = sheet.read_text(encoding="utf-8").splitlines()
    assert any(line.startswith("    ") and not line.strip().startswith(("-", "#"))
               and ":" not in line for line in before)  # a value folded over lines
    result = _import(run_cli, sheet, _po(run_cli, sheet, tmp_path))
    assert result.exit_code == 0, result.stderr
    assert "layout" not in result.stderr
    after = sheet.read_text(encoding="utf-8").splitlines()
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    assert [op for op in matcher.get_opcodes() if op[0] in ("replace", "delete")] == []
    assert len(after) > len(before)
    assert yaml.safe_load(sheet.read_text(encoding="utf-8"))["title"]["es"]


def test_a_plural_entry_is_named_as_such_not_as_untranslated(run_cli, pyyaml_sheet, tmp_path):
    # before: 'title.es: not translated; left out' for an entry a tool gave plural forms
    def plural(text: str) -> str:
        at = text.index('msgctxt "title.es"')
        head, rest = text[:at], text[at:]
        msgstr = rest.index("msgstr ")
        end = rest.index("\n", msgstr)
        return (head + rest[:msgstr] + 'msgid_plural "Titles"\nmsgstr[0] "Título"\n'
                'msgstr[1] "Títulos"' + rest[end:])

    po = _po(run_cli, pyyaml_sheet, tmp_path, plural)
    result = _import(run_cli, pyyaml_sheet, po)
    assert result.exit_code == 1, result.stderr
    assert "title.es: has plural forms" in result.stderr and "not translated" not in result.stderr


@pytest.mark.parametrize("command", ["rules", "languages", "plugins", "schema"])
def test_a_reader_that_stops_early_is_no_failed_check(command):
    """``plainsum rules | head``: the reader going away is not status 1 (a check failed),
    whether the output was cut while the command wrote or when it ended."""
    import subprocess
    import sys

    for _ in range(3):  # where the pipe breaks depends on timing: try it more than once
        process = subprocess.Popen([sys.executable, "-m", "plainsum", command],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert process.stdout is not None and process.stderr is not None
        process.stdout.read(10)
        process.stdout.close()
        error = process.stderr.read()
        assert process.wait() == 0, error
        assert not error.strip()
