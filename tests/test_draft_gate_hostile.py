"""The draft gate tried by a hostile user and by a busy press officer: a TODO or a
placeholder a reader would see is never hidden from the gate by a list marker, a quote,
punctuation or an invisible character; ``lint --release`` says what it compared; files are
written readable as any file; a settled draft's authors without affiliations read well."""

from __future__ import annotations

import os
import stat
import sys

import pytest
import yaml
from plainsum.factsheet.unsettled import unsettled

from .conftest import ROOT, SEED, SEED_FACTS
from .test_draft_gate import seed_data, seed_with

sys.path.insert(0, str(ROOT / "plugins"))


def review_items(note: str) -> list:
    data = seed_data()
    data["people"][0]["review"] = note
    return [i for i in unsettled(data) if i.kind == "review"]


@pytest.mark.parametrize("note", [
    "- TODO check the name",           # a note written as a list
    "* TODO check the name",
    "1. TODO check the name",
    "# TODO check the name",
    "(TODO) check the name",
    "[TODO] check the name",
    "'TODO' check the name",
    "@todo check the name",
    "\u200bTODO check the name",       # a zero-width space pasted before it
    "\ufeffTODO check the name",       # a byte order mark
    "\u00a0TODO check the name",
    "ＴＯＤＯ check the name",           # full-width letters
    "Checked the figures.\n- TODO check the name",
])
def test_a_todo_a_reader_sees_at_the_start_of_a_line_is_unsettled(note):
    [item] = review_items(note)
    assert item.path == ("people", 0, "review")
    assert item.line == (1 if "\n" in note else None)


@pytest.mark.parametrize("note", [
    "Checked; the release's todo list is not a fact.",
    "Nothing left todo.",
    "Todos los datos revisados.",
    "- checked against the release, TODO-free",
    "1990 TODO is a year, not a list number",
])
def test_a_remark_that_only_mentions_todo_is_settled(note):
    assert review_items(note) == []


@pytest.mark.parametrize("where, value", [
    (("title", "en"), "Untitled release."),
    (("title", "es"), "«Untitled release»"),
    (("groups", 0, "label", "en", "plain"), "All participants."),
    (("groups", 0, "label", "en", "plain"), "all-participants"),
    (("groups", 0, "label", "en", "plain"), "\u200ball participants"),
    (("outcomes", 0, "label", "en", "technical"), "Outcome:"),
    (("outcomes", 0, "label", "en", "technical"), '"had the outcome"'),
])
def test_a_placeholder_with_punctuation_or_invisible_characters_is_unsettled(where, value):
    [item] = unsettled(seed_with(where, value))
    assert (item.path, item.kind) == (where, "placeholder")


def test_a_placeholder_definition_with_odd_spacing_is_unsettled():
    data = seed_data()
    data["terms"].append({"id": "x", "en": {
        "technical": "the illness", "definition": "The illness is what this study\u00a0is about"}})
    [item] = unsettled(data)
    assert item.path == ("terms", len(data["terms"]) - 1, "en", "definition")


def test_labels_that_only_contain_a_placeholder_word_are_settled():
    data = seed_data()
    data["groups"][0]["label"]["en"]["plain"] = "the participants"
    data["outcomes"][0]["label"]["en"]["plain"] = "had a better outcome"
    assert unsettled(data) == []


def test_the_refusal_of_one_item_says_it_in_the_singular(run_cli, tmp_path):
    path = tmp_path / "facts.yaml"
    path.write_text(SEED_FACTS.read_text(encoding="utf-8") + "draft: x\n", encoding="utf-8")
    result = run_cli("generate", str(path))
    assert result.exit_code == 2
    assert "1 item to settle: the draft field" in result.stderr
    assert "lists it); settle it, or add --draft" in result.stderr


# --- lint --release says what it compared ------------------------------------------------------

@pytest.mark.parametrize("content", ["", "  \n\n\t\n"])
def test_an_empty_release_is_one_line_of_bad_input(cli, tmp_path, content):
    draft = tmp_path / "draft.yaml"
    assert cli("extract", str(SEED / "release.txt"), "-o", str(draft)).exit_code == 0
    release = tmp_path / "empty.txt"
    release.write_text(content, encoding="utf-8")
    result = cli("lint", str(draft), "--release", str(release))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        f"plainsum: error: {release}: the release is empty: no text to find the values in"]


def test_an_ok_says_how_many_spans_it_checked_or_that_there_were_none(cli, tmp_path):
    release = SEED / "release.txt"
    result = cli("lint", str(SEED_FACTS), "--release", str(release))
    assert result.exit_code == 0
    assert result.stderr.strip() == (f"{SEED_FACTS}: ok; no value has a source span, "
                                     f"nothing was compared with {release}")
    sheet = seed_data()
    sheet["facts"][0]["source_span"] = [0, 0]  # a count with no number there: caught
    sheet["source_spans"] = {"title": [0, 20]}
    spanned = tmp_path / "spanned.yaml"
    spanned.write_text(yaml.safe_dump(sheet, allow_unicode=True), encoding="utf-8")
    assert cli("lint", str(spanned), "--release", str(release)).exit_code == 1
    del sheet["facts"][0]["source_span"]
    spanned.write_text(yaml.safe_dump(sheet, allow_unicode=True), encoding="utf-8")
    written = tmp_path / "repaired.txt"
    assert cli("extract", str(release), "-o", str(tmp_path / "d.yaml"), "--repaired-text",
               str(written)).exit_code == 0
    repaired = written.read_text(encoding="utf-8")
    at = repaired.casefold().find(sheet["source"]["dateline"].casefold())
    assert at >= 0
    sheet["source_spans"] = {"source.dateline": [at, at + len(sheet["source"]["dateline"])]}
    spanned.write_text(yaml.safe_dump(sheet, allow_unicode=True), encoding="utf-8")
    result = cli("lint", str(spanned), "--release", str(release))
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == f"{spanned}: ok; 1 source span checked against {release}"


# --- files are written with the permissions any file would get ----------------------------------

def test_written_files_follow_the_umask_and_keep_the_mode_they_replace(tmp_path):
    from plainsum.files import write_files

    new, old = tmp_path / "new.yaml", tmp_path / "old.yaml"
    old.write_text("x", encoding="utf-8")
    old.chmod(0o640)
    mask = os.umask(0o022)
    try:
        write_files({new: "a", old: "b"})
    finally:
        os.umask(mask)
    assert stat.S_IMODE(new.stat().st_mode) == 0o644  # not mkstemp's 0600
    assert stat.S_IMODE(old.stat().st_mode) == 0o640
    assert old.read_text(encoding="utf-8") == "b"


# --- a settled draft's authors often have no affiliation ---------------------------------------

def test_an_author_without_affiliation_gets_no_empty_brackets(run_cli, registry, tmp_path):
    sheet = seed_data()
    sheet["people"][0]["affiliations"] = []
    sheet["people"].append({"id": "doe", "name": "Jane Doe", "role": "senior-author"})
    path = tmp_path / "facts.yaml"
    path.write_text(yaml.safe_dump(sheet, allow_unicode=True), encoding="utf-8")
    langs = ",".join(c for c in ("en", "es", "fr", "de", "it", "pt") if c in registry.languages)
    result = run_cli("generate", str(path), "--lang", langs, "--generator", "summary")
    assert result.exit_code in (0, 1), result.output
    assert "Matilde Inglese" in result.stdout and "Jane Doe" in result.stdout
    assert "()" not in result.stdout and "( )" not in result.stdout
    assert "\x00" not in result.stdout and "\x01" not in result.stdout


# --- settling by hand: deleting the TODO of an unquoted note ------------------------------------

def test_a_note_left_opening_with_a_quote_gets_a_hint_that_says_what_to_do(run_cli, tmp_path):
    text = SEED_FACTS.read_text(encoding="utf-8").replace(
        "    affiliations: [unige, aan]\n",
        "    affiliations: [unige, aan]\n    review: 'Inglese' is the first author\n", 1)
    path = tmp_path / "facts.yaml"
    path.write_text(text, encoding="utf-8")
    result = run_cli("lint", str(path))
    assert result.exit_code == 2
    [line] = result.stdout.splitlines()
    assert "malformed YAML" in line and "put the whole value in quotes" in line
    fixed = text.replace("review: 'Inglese' is the first author",
                         "review: '''Inglese'' is the first author'")
    path.write_text(fixed, encoding="utf-8")
    assert run_cli("lint", str(path)).exit_code == 0


def test_other_malformed_yaml_gets_no_quote_hint(run_cli, tmp_path):
    path = tmp_path / "facts.yaml"
    path.write_text("schema_version: 1\nid: x\ntitle: [a, b\n", encoding="utf-8")
    result = run_cli("lint", str(path))
    assert result.exit_code == 2
    assert "malformed YAML" in result.stdout and "quote" not in result.stdout


@pytest.mark.parametrize("text, unsettled_count", [
    # a TODO line added to a folded note is joined to the line before it
    ("review: >-\n  The release says 'more than half'.\n  TODO ask the author about the 86.\n", 1),
    ("review: >-\n  Checked!\n  [TODO] the name\n", 1),
    ("review: >-\n  Checked against the release; TODO-free.\n", 0),
    ("review: >-\n  Checked. The reviewer's todo list is empty.\n", 0),
    ("review: >-\n  Checked. Todo lists are not facts.\n", 0),
])
def test_a_todo_sentence_inside_a_folded_note_is_unsettled(run_cli, tmp_path, text,
                                                            unsettled_count):
    sheet = SEED_FACTS.read_text(encoding="utf-8").replace(
        "    affiliations: [unige, aan]\n",
        "    affiliations: [unige, aan]\n    " + text.replace("\n  ", "\n      "), 1)
    path = tmp_path / "facts.yaml"
    path.write_text(sheet, encoding="utf-8")
    result = run_cli("lint", str(path))
    assert result.exit_code == (1 if unsettled_count else 0), result.output
    assert len(result.stdout.splitlines()) == unsettled_count
    generated = run_cli("generate", str(path), "--lang", "en", "--generator", "sms")
    assert generated.exit_code == (2 if unsettled_count else 0), generated.output


def test_a_wrong_release_is_named_as_the_likely_cause(cli, tmp_path):
    draft = tmp_path / "draft.yaml"
    release = SEED / "release.txt"
    assert cli("extract", str(release), "-o", str(draft)).exit_code == 0
    other = tmp_path / "other.txt"
    other.write_text("A different release about 12 people. " * 40, encoding="utf-8")
    wrong = cli("lint", str(draft), "--release", str(other))
    assert wrong.exit_code == 1
    assert wrong.stderr.strip().endswith(
        f"is {other} the release this sheet was drafted from?")
    right = cli("lint", str(draft), "--release", str(release))
    assert right.exit_code == 1  # a draft, with its values at their spans
    assert "drafted from" not in right.stderr


def test_the_sheet_and_the_release_cannot_both_come_from_stdin(cli):
    result = cli("lint", "-", "--release", "-", input=SEED_FACTS.read_text(encoding="utf-8"))
    assert result.exit_code == 2
    assert result.stderr.strip() == ("plainsum: error: the sheet and --release cannot both "
                                     "be read from stdin (-)")


@pytest.mark.parametrize("note", [
    "." + " " * 1_000_000 + "x",          # took minutes with one regular expression
    "x" + " TODO" * 200_000,
    "x" + " 1" * 500_000 + " TODO",
    "." * 1_000_000 + " TODO",
])
def test_long_runs_in_a_note_are_read_in_linear_time(note):
    import time

    data = seed_data()
    data["review"] = note
    start = time.perf_counter()
    items = unsettled(data)
    assert time.perf_counter() - start < 10  # a quadratic reading takes hours here
    assert len(items) == (1 if note.startswith(".") and note.endswith("TODO") else 0)


def test_markdown_headings_of_a_draft_say_draft(run_cli, tmp_path):
    path = tmp_path / "facts.yaml"
    path.write_text(SEED_FACTS.read_text(encoding="utf-8") + "draft: x\n", encoding="utf-8")
    args = ["--lang", "en", "--audience", "patients", "--format", "markdown", "--draft"]
    md = run_cli("generate", str(path), *args)
    assert md.exit_code == 0, md.output
    first = md.stdout.splitlines()[0]
    assert first.startswith("# Outputs for ") and first.endswith("facts.yaml · DRAFT")
    out = tmp_path / "out"
    assert run_cli("generate", str(path), *args, "--out", str(out)).exit_code == 0
    for file in out.rglob("*.md"):
        first, _, line = file.read_text(encoding="utf-8").splitlines()[:3]
        assert first.startswith("# ") and first.endswith(" · DRAFT"), file
        assert line.startswith("DRAFT: not yet checked by a person"), file
    settled = run_cli("generate", str(SEED_FACTS), *args)
    assert "DRAFT" not in settled.stdout


def test_a_text_that_still_carries_the_draft_line_fails_its_check(run_cli, tmp_path):
    draft = tmp_path / "draft.yaml"
    draft.write_text(SEED_FACTS.read_text(encoding="utf-8") + "draft: x\n", encoding="utf-8")
    made = run_cli("generate", str(draft), "--lang", "es", "--audience", "public",
                   "--generator", "summary", "--format", "json", "--draft")
    text = yaml.safe_load(made.stdout)["outputs"][0]["text"]
    assert text.startswith("BORRADOR")
    copied = tmp_path / "texto.txt"
    copied.write_text(text, encoding="utf-8")
    result = run_cli("check", str(SEED_FACTS), str(copied), "--lang", "es")
    assert result.exit_code == 1
    [line] = [x for x in result.stdout.splitlines() if " draft-line " in x]
    assert line.startswith(f"{copied}:1:1: error draft-line ")
    copied.write_text(text.split("\n\n", 1)[1], encoding="utf-8")
    assert run_cli("check", str(SEED_FACTS), str(copied), "--lang", "es").exit_code == 0
