"""plainsum translate: a sheet drafted in English gets its Spanish through a PO file, and
`generate --lang es` works after the round trip, the sheet's own lines all kept."""

from __future__ import annotations

import difflib
import re
import subprocess
import sys
from pathlib import Path

import polib
import pytest
import yaml
from plainsum.errors import MissingTranslation
from plainsum.factsheet import load_factsheet
from plainsum.hookspecs import hookimpl
from plainsum.pipeline import generate

from .conftest import TRIAL_FACTS

SPANISH = Path(__file__).parent / "data" / "translate_es.yaml"  # written for this test
LANGS = {"es", "fr", "de", "it", "pt", "nl"}


def strip(text: str) -> str:
    """The sheet with its English wording only (what a sheet drafted in English has)."""
    from ruamel.yaml import YAML

    yaml_ = YAML()
    yaml_.preserve_quotes, yaml_.width = True, 4096
    yaml_.indent(mapping=2, sequence=4, offset=2)
    data = yaml_.load(text)

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key in [k for k in node if k in LANGS]:
                del node[key]
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)
    del data["hashtags_local"]  # one language each: none left
    import io

    out = io.StringIO()
    yaml_.dump(data, out)
    return out.getvalue()


@pytest.fixture
def english(tmp_path):
    path = tmp_path / "facts.yaml"
    path.write_text(strip(TRIAL_FACTS.read_text(encoding="utf-8")), encoding="utf-8")
    return path


def missing(path: Path, registry) -> list[str]:
    sheet = load_factsheet(path, registry.known_terms())
    with pytest.raises(MissingTranslation) as caught:
        generate(sheet, registry, ["es"], list(registry.audiences), check=False)
    return caught.value.items


def test_round_trip_export_fill_import_generate(english, run_cli, registry, tmp_path):
    before = english.read_text(encoding="utf-8")
    names = missing(english, registry)
    assert generate_status(run_cli, english) == 2

    po_path = tmp_path / "es.po"
    result = run_cli("translate", "export", str(english), "--lang", "es", "-o", str(po_path))
    assert result.exit_code == 0, result.stderr
    po = polib.pofile(str(po_path))
    assert po.metadata["Language"] == "es"
    contexts = [e.msgctxt for e in po]
    assert len(contexts) == len(set(contexts))
    # every item generation stops on has its entries, found by id in the context
    for name in names:
        item_id = name.split()[-1]
        assert any(item_id in c if name != "title" else c == "title.es" for c in contexts), name
    for entry in po:
        assert entry.msgid  # empty, or a suggestion to check (an installed translator's)
        assert not entry.msgstr or (entry.fuzzy and "Suggested by" in entry.comment)
        assert "chlorhexidine-csection-2016" in entry.comment  # the sheet id
        assert entry.occurrences and entry.occurrences[0][0] == str(english)
    kinds = {e.msgctxt: e.comment for e in po}
    assert "noun phrase" in kinds["groups[all].label.es.plain"]
    assert "takes the place of ___ in '[when], el [number] [group] ___'" in kinds[
        "outcomes[ssi].label.es.plain"]  # the Spanish pack's own sentence around it
    assert "headline" in kinds["title.es"]
    assert "full sentence" in kinds["limitations[lim-single-hospital].text.es.plain"]
    assert "faithfully" in kinds["quotes[quote-practice].text.es"]
    assert "lay reader" in kinds["terms[chlorhexidine].es.plain"]

    spanish = yaml.safe_load(SPANISH.read_text(encoding="utf-8"))
    assert set(contexts) <= set(spanish), (  # the sheet has gained wording since
        f"add Spanish for {sorted(set(contexts) - set(spanish))} to {SPANISH.name}")
    for entry in po:  # what a translator's tool does: the wording, checked
        entry.msgstr, entry.flags = spanish[entry.msgctxt], []
    po.save(str(po_path))

    result = run_cli("translate", "import", str(english), str(po_path))
    assert result.exit_code == 0, result.stderr
    after = english.read_text(encoding="utf-8")
    assert generate_status(run_cli, english) == 0

    # the sheet's own lines (comments, order, layout) are all kept; only lines are added,
    # and each added line is Spanish wording or the key that holds it
    ops = difflib.SequenceMatcher(None, before.splitlines(), after.splitlines(),
                                  autojunk=False).get_opcodes()
    assert {tag for tag, *_ in ops} <= {"equal", "insert"}
    added = [line for tag, _, _, j1, j2 in ops if tag == "insert"
             for line in after.splitlines()[j1:j2]]
    words = " ".join(spanish.values())
    for line in added:
        key, _, value = line.strip().partition(":")
        assert key in {"es", "plain", "technical", "definition"}, line
        assert value.strip().strip("'") in words, line
    assert "# the only limitation the release states" in after


def generate_status(run_cli, sheet: Path) -> int:
    return run_cli("generate", str(sheet), "--lang", "es", "--format", "json").exit_code


def export(run_cli, sheet: Path, out: Path, *more: str):
    return run_cli("translate", "export", str(sheet), "--lang", "es", "-o", str(out), *more)


def test_export_never_overwrites_without_force(english, run_cli, tmp_path):
    out = tmp_path / "es.po"
    out.write_text("mine", encoding="utf-8")
    result = export(run_cli, english, out)
    assert result.exit_code == 2 and "--force" in result.stderr
    assert out.read_text(encoding="utf-8") == "mine"
    assert export(run_cli, english, out, "--force").exit_code == 0
    assert "msgctxt" in out.read_text(encoding="utf-8")


def test_export_of_a_translated_sheet_writes_nothing(run_cli, tmp_path):
    out = tmp_path / "es.po"
    result = export(run_cli, TRIAL_FACTS, out)
    assert result.exit_code == 0 and "nothing to translate" in result.stderr
    assert not out.exists()


def filled(run_cli, english: Path, tmp_path: Path, change) -> Path:
    """The export with the test's Spanish, then ``change(entries)`` applied."""
    out = tmp_path / "es.po"
    assert export(run_cli, english, out).exit_code == 0
    po = polib.pofile(str(out))
    spanish = yaml.safe_load(SPANISH.read_text(encoding="utf-8"))
    for entry in po:
        entry.msgstr, entry.flags = spanish[entry.msgctxt], []
    change({e.msgctxt: e for e in po})
    po.save(str(out))
    return out


def test_import_leaves_out_empty_and_fuzzy_entries_one_line_each(english, run_cli, tmp_path):
    def change(entries):
        entries["title.es"].msgstr = ""
        entries["quotes[quote-practice].text.es"].flags.append("fuzzy")

    out = filled(run_cli, english, tmp_path, change)
    text = out.read_text(encoding="utf-8")
    result = run_cli("translate", "import", str(english), str(out))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    for context, why in (("title.es", "not translated"),
                         ("quotes[quote-practice].text.es", "fuzzy")):
        [said] = [line for line in lines if f": {context}:" in line]
        assert why in said
        line = int(re.search(r"es\.po:(\d+): ", said)[1])  # file:line of the PO entry
        assert f'msgctxt "{context}"' in "\n".join(text.splitlines()[line - 1:line + 4])
    sheet = english.read_text(encoding="utf-8")
    assert "El estudio se hizo en un único hospital." in sheet
    assert "Desinfectar la piel" not in sheet and "Este estudio aporta" not in sheet

    again = run_cli("translate", "import", str(english), str(out), "--accept-fuzzy")
    assert again.exit_code == 1  # the title is still empty
    assert "Este estudio aporta" in english.read_text(encoding="utf-8")


def test_a_label_without_its_plain_form_is_left_out(english, run_cli, tmp_path):
    out = filled(run_cli, english, tmp_path,
                 lambda entries: setattr(entries["groups[all].label.es.plain"], "msgstr", ""))
    result = run_cli("translate", "import", str(english), str(out))
    assert result.exit_code == 1
    assert "groups[all].label.es needs its plain form" in result.stderr
    assert "pacientes a las que se practicó" not in english.read_text(encoding="utf-8")


@pytest.mark.parametrize("context", ["groups[nobody].label.es.plain", "source.es",
                                     "people[tuuli].name.es", "es", "study.es.plain"])
def test_import_refuses_a_context_the_sheet_does_not_have(english, run_cli, tmp_path,
                                                         context):
    def change(entries):
        entries["title.es"].msgctxt = context

    out = filled(run_cli, english, tmp_path, change)
    before = english.read_text(encoding="utf-8")
    result = run_cli("translate", "import", str(english), str(out))
    assert result.exit_code == 2 and f"{context}: no such place" in result.stderr
    assert english.read_text(encoding="utf-8") == before


def test_import_refuses_another_sheets_po_and_nothing_to_import(english, run_cli, tmp_path):
    out = tmp_path / "es.po"
    assert export(run_cli, english, out).exit_code == 0
    result = run_cli("translate", "import", str(english), str(out))  # all empty
    assert result.exit_code == 2 and "nothing to import" in result.stderr
    other = tmp_path / "other.yaml"
    other.write_text(english.read_text(encoding="utf-8").replace(
        "id: chlorhexidine-csection-2016", "id: another-study"), encoding="utf-8")
    result = run_cli("translate", "import", str(other), str(out))
    assert result.exit_code == 2 and "another-study" in result.stderr


def test_a_translator_plugin_fills_in_fuzzy(english, run_cli, register_plugin, tmp_path):
    calls = []

    class Echo:
        name = "echo-mt"

        def suggest(self, text, source, target, kind):
            calls.append((source, target, kind))
            return f"[{target}] {text}" if kind == "title" else None

    class Plugin:
        @hookimpl
        def register_translators(self, register):
            register(Echo())

    register_plugin(Plugin(), "echo-mt")
    out = tmp_path / "es.po"
    assert export(run_cli, english, out).exit_code == 0
    entries = {e.msgctxt: e for e in polib.pofile(str(out))}
    title = entries["title.es"]
    assert title.fuzzy and title.msgstr == f"[es] {title.msgid}"
    assert "Suggested by echo-mt" in title.comment
    assert not entries["groups[all].label.es.plain"].msgstr
    assert ("en", "es", "group") in calls


def test_a_pack_term_bank_fills_in_fuzzy(run_cli, registry, tmp_path):
    from plainsum.testing import EXAMPLE

    sheet = tmp_path / "facts.yaml"
    sheet.write_text(EXAMPLE, encoding="utf-8")
    out = tmp_path / "de.po"
    result = run_cli("translate", "export", str(sheet), "--lang", "de", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    en, de = registry.language("en").terms, registry.language("de").terms
    wanted = {forms.technical.casefold(): de[i].technical for i, forms in en.items()
              if i in de}
    filled_ = [e for e in polib.pofile(str(out)) if e.msgstr]
    assert filled_  # 'control group' is a term both banks hold
    for entry in filled_:
        assert entry.fuzzy and "Suggested by term banks" in entry.comment
        assert entry.msgstr in (wanted.get(entry.msgid.casefold()),
                                *(de[i].plain for i in de if i in en
                                  and en[i].plain == entry.msgid))


def test_help_does_not_import_polib_or_ruamel():
    code = ("import sys\nfrom plainsum.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "print([m for m in sys.modules if m.startswith(('polib', 'ruamel'))])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_a_missing_library_is_one_line_with_the_install_command(english, run_cli, tmp_path,
                                                               monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "polib" else real(name, *a))
    result = export(run_cli, english, tmp_path / "es.po")
    assert result.exit_code == 2
    assert result.stderr.strip() == ("plainsum: error: plainsum translate needs polib; "
                                     'install it with: pip install polib "ruamel.yaml"')


def test_what_a_pack_lacks_is_no_sheet_wording():
    from plainsum.translate.items import not_in_sheet

    names = ["group all", "title", "definition of term iodine", "title for clinicians",
             "phrase number.frequency"]
    assert not_in_sheet(names) == ["phrase number.frequency"]


def test_a_sheet_without_the_wording_points_to_the_translate_command(english, run_cli, tmp_path):
    """The person who meets "no es wording" learns which sheet lacks it and the very command
    that makes the list for a translator; run as printed, it does."""
    import shlex

    for command in ("generate", "check"):
        extra = ("-",) if command == "check" else ()
        result = run_cli(command, str(english), "--lang", "es", *extra, input="Hola.")
        assert result.exit_code == 2
        line = result.stderr.strip().splitlines()[-1]
        assert line.startswith(f"plainsum: error: {english}: no es wording for:"), line
        printed = line.split("`")[1]
        assert printed == f"plainsum translate export {shlex.quote(str(english))} --lang es " \
                          "-o es.po"
    out = tmp_path / "es.po"
    made = run_cli(*shlex.split(printed)[1:-1], str(out))
    assert made.exit_code == 0 and polib.pofile(str(out))
