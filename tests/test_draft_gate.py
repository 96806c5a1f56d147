"""The draft gate: a sheet is a draft while it has a ``draft`` field, a review note starting
with TODO or a placeholder label; ``lint`` lists each (exit 1), ``generate`` and ``check``
refuse it (exit 2) unless ``--draft``, and then every output says DRAFT in its language."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from plainsum.draft import ENGLISH, notice
from plainsum.factsheet.unsettled import summary, unsettled
from plainsum.language import load_phrases

from .conftest import ROOT, SEED_FACTS

SEED_TEXT = SEED_FACTS.read_text(encoding="utf-8")
LINE = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): (?P<path>\S+): (?P<msg>\S.*)$")
BUILT_IN = ("en", "es", "fr", "de", "it", "pt")
NOTICES = {"en": "DRAFT", "es": "BORRADOR", "fr": "BROUILLON", "de": "ENTWURF",
           "it": "BOZZA", "pt": "RASCUNHO", "nl": "CONCEPT"}


def write(tmp_path: Path, text: str, name: str = "facts.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def draft_of_seed(tmp_path: Path, extra: str = "draft: made by a test\n") -> Path:
    """The reviewed seed sheet made a draft again by ``extra`` top-level fields."""
    return write(tmp_path, SEED_TEXT.rstrip("\n") + "\n" + extra)


def seed_data() -> dict:
    return yaml.safe_load(SEED_TEXT)


def seed_with(where: tuple, value: object) -> dict:
    """The seed sheet's data with ``value`` at the path ``where``."""
    data = seed_data()
    node = data
    for key in where[:-1]:
        node = node[key]
    node[where[-1]] = value
    return data


# --- what is unsettled -------------------------------------------------------------------

def test_the_reviewed_sheets_are_settled_though_they_keep_review_notes():
    for path in (SEED_FACTS, *sorted((ROOT / "examples").glob("*/facts.yaml"))):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert "review" in path.read_text(encoding="utf-8")
        assert unsettled(data) == [], path


@pytest.mark.parametrize("value", ["made by plainsum extract", True, False, ""])
def test_a_draft_field_makes_a_draft_whatever_its_value(value):
    data = {**seed_data(), "draft": value}
    [item] = unsettled(data)
    assert (item.path, item.kind) == (("draft",), "draft")


@pytest.mark.parametrize("note, unsettled_lines", [
    ("TODO check the group", [None]),
    ("todo: check the group", [None]),
    ("  \u00a0TODO\tcheck", [None]),
    ("TODO", [None]),
    ("Checked against the release; TODO-free.", []),
    ("TODOS are not the marker", []),
    ("Todoist is a word", []),
    ("A remark kept on purpose.\nTODO first thing\n  TODO: second thing", [1, 2]),
    ("   ", []),             # a blank note says nothing to settle
    ("\n\n", []),
    ("", []),
])
def test_review_notes_are_unsettled_when_a_line_starts_with_todo(note, unsettled_lines):
    data = seed_data()
    data["groups"][0]["review"] = note
    items = [i for i in unsettled(data) if i.kind == "review"]
    assert [i.line for i in items] == unsettled_lines
    assert all(i.path == ("groups", 0, "review") for i in items)


def test_review_notes_are_found_at_every_depth_and_odd_shapes_are_left_to_the_schema():
    data = seed_data()
    data["review"] = "TODO top"
    data["facts"][3]["review"] = "TODO fact"
    data["terms"][0]["review"] = ["TODO", "not a string"]
    paths = [i.path for i in unsettled(data)]
    assert sorted(paths, key=len) == [("review",), ("facts", 3, "review")]
    assert unsettled(["not", "a", "mapping"]) == [] and unsettled(None) == []


@pytest.mark.parametrize("where, value", [
    (("title", "en"), "Untitled release"),
    (("groups", 0, "label", "en", "plain"), "all participants"),
    (("groups", 1, "label", "en", "technical"), "  Group "),
    (("outcomes", 0, "label", "en", "plain"), "OUTCOME"),
    (("outcomes", 0, "label", "en", "technical"), "had the outcome"),
])
def test_placeholder_labels_and_titles(where, value):
    [item] = unsettled(seed_with(where, value))
    assert (item.path, item.kind) == (where, "placeholder")
    assert repr(" ".join(value.split())) in item.message


def test_placeholder_terms_and_definitions():
    data = seed_data()
    data["terms"].append({"id": "condition", "en": {
        "technical": "condition", "plain": "the illness",
        "definition": "Condition is what this study is about."}})
    i = len(data["terms"]) - 1
    assert [(x.path, x.kind) for x in unsettled(data)] == [
        (("terms", i, "en", "technical"), "placeholder"),
        (("terms", i, "en", "definition"), "placeholder")]


def test_summary_counts_each_kind():
    data = {**seed_data(), "draft": "x", "review": "TODO a\nTODO b\nkept"}
    data["outcomes"][0]["label"]["en"]["plain"] = "outcome"
    assert summary(unsettled(data)) == ("4 items to settle: the draft field, 2 TODO review "
                                        "notes, 1 placeholder")
    assert summary([]) == "nothing to settle"


# --- lint ----------------------------------------------------------------------------------

def test_lint_lists_every_item_to_settle_located_and_exits_1(run_cli, tmp_path):
    path = draft_of_seed(tmp_path, "draft: made by a test\nreview: |\n  A remark.\n"
                                   "  TODO first\n  TODO second\n")
    text = path.read_text(encoding="utf-8").replace(
        "en: {plain: people with MS,", "en: {plain: all participants,", 1)
    path.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    result = run_cli("lint", str(path))
    assert result.exit_code == 1, result.output
    found = [LINE.match(line) for line in result.stdout.splitlines()]
    assert all(found), result.stdout
    by_path = {}
    for m in found:
        by_path.setdefault(m["path"], []).append(int(m["line"]))
    assert by_path["draft"] == [lines.index("draft: made by a test") + 1]
    assert by_path["review"] == [lines.index("  TODO first") + 1, lines.index("  TODO second") + 1]
    [placeholder] = [p for p in by_path if p.startswith("groups[")]
    assert "all participants" in lines[by_path[placeholder][0] - 1]
    assert len(found) == 4
    assert f"{path}: a draft: 4 items to settle" in result.stderr


def test_lint_of_a_broken_draft_exits_2_and_still_lists_what_to_settle(run_cli, tmp_path):
    path = draft_of_seed(tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace("value: 210", "value: lots"),
                    encoding="utf-8")
    result = run_cli("lint", str(path))
    assert result.exit_code == 2
    paths = [LINE.match(line)["path"] for line in result.stdout.splitlines()]
    assert paths == ["facts[0].value", "draft"]


def test_lint_of_a_settled_sheet_is_ok(run_cli):
    result = run_cli("lint", str(SEED_FACTS))
    assert result.exit_code == 0 and result.stdout == ""


# --- generate and check refuse a draft, or mark everything they print -------------------------

@pytest.mark.parametrize("command", ["generate", "check"])
def test_a_draft_is_refused_in_one_line_naming_the_file_and_what_to_do(run_cli, tmp_path,
                                                                      command):
    path = draft_of_seed(tmp_path)
    args = [command, str(path)]
    if command == "check":
        args.append(str(write(tmp_path, "Some text about stem cells.", "text.txt")))
    result = run_cli(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    [line] = [x for x in result.stderr.splitlines() if not x.startswith("plainsum: warning")]
    assert line.startswith(f"plainsum: error: {path} is a draft, 1 item to settle")
    assert f"plainsum lint {path}" in line and "--draft" in line


def test_every_output_of_a_draft_says_draft_in_its_language(run_cli, registry, tmp_path):
    langs = [code for code in BUILT_IN if code in registry.languages]
    path = draft_of_seed(tmp_path)
    result = run_cli("generate", str(path), "--lang", ",".join(langs), "--format", "json",
                     "--draft")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["draft"] is True
    audiences = {o["audience"] for o in data["outputs"]}
    assert audiences == set(registry.audiences)
    for output in data["outputs"]:
        line = notice(registry.languages[output["lang"]])
        assert line.startswith(NOTICES[output["lang"]]), line
        assert output["draft"] is True
        assert output["text"].startswith(f"{line}\n\n"), output["text"][:80]
    assert {o["lang"] for o in data["outputs"]} == set(langs)


def test_the_draft_line_moves_the_findings_spans_with_the_text(registry):
    from plainsum.draft import mark
    from plainsum.outputs import Finding, Output

    output = Output("summary", "summary", "patients", "es", "El 72 % no empeoró.")
    output.checks.findings = [Finding("changed-value", "error", "m", span=(3, 7)),
                              Finding("missing-fact", "error", "m")]
    before = output.text[3:7]
    mark([output], dict(registry.languages))
    line = notice(registry.languages.get("es"))
    assert output.draft and output.text == f"{line}\n\nEl 72 % no empeoró."
    moved, omission = output.checks.findings
    assert output.text[moved.span[0]:moved.span[1]] == before == "72 %"
    assert omission.span is None


def test_text_markdown_and_out_files_of_a_draft_carry_the_line(run_cli, tmp_path):
    path = draft_of_seed(tmp_path)
    args = ["--lang", "es", "--audience", "patients"]
    text = run_cli("generate", str(path), *args, "--draft")
    assert text.exit_code == 0, text.output
    blocks = text.stdout.count("\n== ") + text.stdout.startswith("== ")
    assert blocks >= 3 and text.stdout.count("· DRAFT]") == blocks
    assert text.stdout.count("BORRADOR: aún no revisado") == blocks
    md = run_cli("generate", str(path), *args, "--format", "markdown", "--draft")
    assert md.stdout.count("BORRADOR") == md.stdout.count("\n## ")
    out = tmp_path / "out"
    for fmt in ("text", "json", "markdown"):
        written = run_cli("generate", str(path), *args, "--draft", "--format", fmt,
                          "--out", str(out), "--force")
        assert written.exit_code == 0, written.output
        index = json.loads((out / "index.json").read_text(encoding="utf-8"))
        assert index["draft"] is True
        for entry in index["outputs"]:
            body = (out / entry["file"]).read_text(encoding="utf-8")
            assert "BORRADOR: aún no revisado por una persona" in body, entry["file"]


def test_outputs_of_a_settled_sheet_say_they_are_not_drafts(run_cli, tmp_path):
    result = run_cli("generate", str(SEED_FACTS), "--lang", "en", "--audience", "press",
                     "--format", "json", "--draft")  # --draft on a settled sheet: no line
    data = json.loads(result.stdout)
    assert data["draft"] is False
    assert all(o["draft"] is False and not o["text"].startswith("DRAFT")
               for o in data["outputs"])
    check = run_cli("check", str(SEED_FACTS), "-", "--lang", "en", "--format", "json",
                    input=data["outputs"][0]["text"])
    assert json.loads(check.stdout)["draft"] is False


def test_a_text_checked_against_a_draft_says_so(run_cli, tmp_path):
    path = draft_of_seed(tmp_path)
    made = json.loads(run_cli("generate", str(SEED_FACTS), "--lang", "es", "--audience",
                              "public", "--generator", "summary", "--format", "json").stdout)
    text = write(tmp_path, made["outputs"][0]["text"], "texto.txt")
    result = run_cli("check", str(path), str(text), "--lang", "es", "--draft")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f"{text}: BORRADOR: aún no revisado por una persona. No publicar."
    assert lines[-1].endswith("against a DRAFT sheet")
    data = json.loads(run_cli("check", str(path), str(text), "--lang", "es", "--format",
                              "json", "--draft").stdout)
    assert data["draft"] is True and data["passed"] is True


def test_the_pipeline_marks_a_drafts_outputs_whoever_asks(registry, tmp_path):
    """A plugin's own command (plainsum-sms's ``sms``) goes past the CLI's gate: what it
    prints still says DRAFT."""
    from plainsum.factsheet import load_factsheet
    from plainsum.pipeline import generate

    sheet = load_factsheet(draft_of_seed(tmp_path), registry.known_terms())
    assert sheet.is_draft
    outputs = generate(sheet, registry, ["en"], ["patients"], ["summary"])
    assert outputs and all(o.draft and o.text.startswith(ENGLISH) for o in outputs)


# --- language packs --------------------------------------------------------------------------

@pytest.mark.parametrize("code", [*BUILT_IN, "nl"])
def test_every_shipped_phrasebook_has_its_own_draft_line(code):
    folder = (ROOT / "examples" / "plainsum-lang-nl" / "plainsum_lang_nl" if code == "nl"
              else ROOT / "plugins" / f"plainsum_lang_{code}")
    phrases = load_phrases(folder / "phrases.yaml")
    line = phrases["draft"]["notice"]
    assert line.startswith(NOTICES[code]) and "\n" not in line
    assert (line == ENGLISH) == (code == "en")


def test_a_pack_without_the_phrase_falls_back_to_english(registry):
    import dataclasses

    english = registry.languages["en"]
    bare = dataclasses.replace(english, code="xx", phrases={"number": {}})
    assert notice(bare) == ENGLISH
    assert notice(None) == ENGLISH
    odd = dataclasses.replace(english, code="xy", phrases={"draft": {"notice": "two\nlines"}})
    assert notice(odd) == ENGLISH
    own = dataclasses.replace(english, code="xz", phrases={"draft": {"notice": " ZZZ "}})
    assert notice(own) == "ZZZ"


def test_the_docs_name_every_placeholder_the_gate_knows():
    from plainsum.factsheet.unsettled import PLACEHOLDER_LABELS, PLACEHOLDER_TITLES

    doc = (ROOT / "docs" / "factsheet.md").read_text(encoding="utf-8")
    section = doc.split("## Drafts: what is left to settle", 1)[1].split("\n## ", 1)[0]
    for word in sorted(PLACEHOLDER_LABELS | PLACEHOLDER_TITLES):
        assert f'"{word}"'.lower() in section.lower(), word
    assert "draft.notice" in section and "TODO" in section


# --- hostile sheets ---------------------------------------------------------------------------

@pytest.mark.parametrize("note", [
    'review: >-\n  TODO first\n\n  TODO second\n',          # folded: a blank line breaks it
    'review: "TODO first\\nTODO second"\n',                 # escapes in a quoted string
    'review: |+\n  TODO first\n  TODO second\n\n',          # kept trailing lines
])
def test_notes_of_every_yaml_style_are_located_inside_the_file(run_cli, tmp_path, note):
    path = draft_of_seed(tmp_path, note)
    result = run_cli("lint", str(path))
    assert result.exit_code == 1, result.output
    lines = path.read_text(encoding="utf-8").splitlines()
    found = [LINE.match(line) for line in result.stdout.splitlines()]
    assert len(found) == 2 and all(found)
    for m in found:
        assert m["path"] == "review"
        assert 1 <= int(m["line"]) <= len(lines)
        assert "TODO" in lines[int(m["line"]) - 1] or lines[int(m["line"]) - 1].startswith(
            "review:")


def test_a_sheet_with_windows_line_ends_is_located_the_same(run_cli, tmp_path):
    path = draft_of_seed(tmp_path, "review: |\n  kept\n  TODO settle me\n")
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    result = run_cli("lint", str(path))
    [m] = [LINE.match(line) for line in result.stdout.splitlines()]
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[int(m["line"]) - 1].strip() == "TODO settle me"


def test_thousands_of_notes_are_all_listed_quickly(run_cli, tmp_path):
    import time

    notes = "".join(f"  TODO note {i}\n" for i in range(5000))
    path = draft_of_seed(tmp_path, "review: |\n" + notes)
    started = time.monotonic()
    result = run_cli("lint", str(path))
    assert time.monotonic() - started < 10
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 5000


def test_a_draft_field_out_of_place_is_a_schema_problem_not_a_marker(run_cli, tmp_path):
    text = SEED_TEXT.replace("  - id: all\n", "  - id: all\n    draft: yes\n", 1)
    result = run_cli("lint", str(write(tmp_path, text)))
    assert result.exit_code == 2
    [m] = [LINE.match(line) for line in result.stdout.splitlines()]
    assert m["path"] == "groups[0]" and "unknown field 'draft'" in m["msg"]
    assert unsettled(yaml.safe_load(text)) == []
