"""plainsum settle: a draft's review notes are settled by naming the checked items (as the
review page writes the command for the ticked ones), never by editing YAML by hand; the
sheet's other lines, comments and layout are kept."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
import yaml

from .test_desk_s37_journey import HELD_OUT

DRAFT = """\
# my notes on this release
schema_version: 1
draft: made by plainsum extract, not yet reviewed
id: trial
lang: en
title:
  en: A drug lowers migraine days
review: |-
  Offsets point into the repaired text.
  TODO flag boilerplate [0, 10]: not study facts
study:
  condition: migraine
  intervention: lomigepant
  evidence: randomised
  main_fact: diff
groups:
- id: drug
  label: {en: {plain: people who took the drug, technical: drug arm}}
  review: 'TODO a study arm: check the label'
- id: placebo
  label: {en: {plain: people who took a placebo, technical: placebo arm}}
  review: |-
    Named as the release names it.
    TODO a study arm: check the label
outcomes:
- id: days
  label: {en: {plain: had fewer migraine days, technical: monthly migraine days}}
facts:
- id: diff
  kind: difference
  value: -1.9
  unit: day
  group: drug
  versus: placebo
  outcome: days
  key: true
  review: "TODO a difference between the arms: check its sign"   # the main one
terms:
- id: migraine
  en: {technical: migraine, plain: migraine, definition: A strong headache that comes back.}
- id: lomigepant
  en: {technical: lomigepant, plain: lomigepant, definition: A drug taken by mouth.}
"""


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.yaml"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def _ops(before: str, after: str) -> set[str]:
    return {tag for tag, *_ in difflib.SequenceMatcher(
        None, before.splitlines(), after.splitlines(), autojunk=False).get_opcodes()}


def test_settling_named_items_deletes_their_todo_lines_and_keeps_every_other(run_cli, draft):
    result = run_cli("settle", str(draft), "drug", "placebo")
    assert result.exit_code == 0, result.stderr
    after = draft.read_text(encoding="utf-8")
    data = yaml.safe_load(after)
    groups = {g["id"]: g for g in data["groups"]}
    assert "review" not in groups["drug"]
    assert groups["placebo"]["review"] == "Named as the release names it."  # a remark stays
    assert "TODO" in data["facts"][0]["review"] and "TODO" in data["review"]  # not named
    assert _ops(DRAFT, after) <= {"equal", "delete"}  # only lines taken out
    assert "# my notes on this release" in after and "# the main one" in after
    assert "draft.yaml: settled 2 TODO notes of drug, placebo" in result.stderr
    assert "plainsum lint" in result.stderr  # what is left, and where to see it


def test_keep_leaves_the_note_as_a_remark(run_cli, draft):
    assert run_cli("settle", str(draft), "diff", "--keep").exit_code == 0
    fact = yaml.safe_load(draft.read_text(encoding="utf-8"))["facts"][0]
    assert fact["review"] == "a difference between the arms: check its sign"


def test_done_ends_the_draft_only_when_nothing_else_is_left(run_cli, draft):
    result = run_cli("settle", str(draft), "--done")
    assert result.exit_code == 2 and "still to settle" in result.stderr
    assert "draft:" in draft.read_text(encoding="utf-8")
    result = run_cli("settle", str(draft), "review", "drug", "placebo", "facts[diff]")
    assert result.exit_code == 0, result.stderr
    assert "only the draft field is left" in result.stderr and "--done" in result.stderr
    assert run_cli("settle", str(draft), "--done").exit_code == 0
    text = draft.read_text(encoding="utf-8")
    assert "draft:" not in text and "TODO" not in text
    lint = run_cli("lint", str(draft))
    assert "draft" not in lint.stdout and "unsettled" not in lint.stdout, lint.stdout


def test_an_item_the_sheet_does_not_have_is_one_line_and_nothing_is_written(run_cli, draft):
    result = run_cli("settle", str(draft), "drug", "nosuch")
    assert result.exit_code == 2
    assert "'nosuch': no such item" in result.stderr and "placebo" in result.stderr
    assert draft.read_text(encoding="utf-8") == DRAFT
    assert run_cli("settle", str(draft)).exit_code == 2  # nothing named


def test_a_real_draft_is_settled_through_the_journey(cli, tmp_path):
    """extract -> settle every item the draft names -> only placeholders are left."""
    release = HELD_OUT / "xg18-03.json"
    sheet = tmp_path / "d.yaml"
    assert cli("extract", str(release), "-o", str(sheet)).exit_code == 0
    data = yaml.safe_load(sheet.read_text(encoding="utf-8"))
    names = ["review"] + [f"{section}[{item['id']}]" for section, items in data.items()
                          if isinstance(items, list) for item in items
                          if isinstance(item, dict) and "TODO" in str(item.get("review", ""))]
    result = cli("settle", str(sheet), *names)
    assert result.exit_code == 0, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and len(result.stderr) < 400  # a line
    assert f"and {len(names) - 6} more items" in result.stderr
    lint = cli("lint", str(sheet))
    assert "unsettled" not in lint.stdout


def test_the_review_page_names_each_item_to_settle_as_settle_reads_it(run_cli, draft, tmp_path):
    page = tmp_path / "review.html"
    assert run_cli("review", str(draft), "-o", str(page)).exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert 'id="settle-box"' in html
    for name in ("drug", "placebo", "diff"):
        assert f'data-settle="{name}"' in html
    # the sheet's own notes: one command for all of them, the file quoted for a shell
    assert "<code>plainsum settle " in html and " review</code>" in html
    spaced = tmp_path / "my draft.yaml"
    spaced.write_text(DRAFT, encoding="utf-8")
    assert run_cli("review", str(spaced), "-o", str(page), "--force").exit_code == 0
    assert "my draft.yaml&#39; review</code>" in page.read_text(encoding="utf-8")


@pytest.mark.parametrize("text, said", [
    ("a: [1, 2\n", "malformed YAML"),
    ("a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{k}: &{k} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
        for p, k in zip("abcdefg", "bcdefgh", strict=True)), "values once its aliases"),
    ("- just\n- a list\n", "not a fact sheet"),
])
def test_a_file_that_is_no_sheet_is_one_line_and_left_as_it_was(run_cli, tmp_path, text, said):
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    result = run_cli("settle", str(path), "cohort")
    assert result.exit_code == 2 and said in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert path.read_text(encoding="utf-8") == text
