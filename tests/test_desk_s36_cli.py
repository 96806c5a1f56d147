"""A press officer's day with the command line (round 36): what a script reading
``check --format json`` gets for a text that cannot be checked, and what the docs say
about it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from .conftest import SEED, SEED_FACTS

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(("content", "reason"), [
    (b"\xff\xfe\x00b\x00a\x00d", "UTF-16"),
    (b"  \n", "the text is empty"),
])
def test_json_for_one_text_that_cannot_be_checked_says_which_and_why(
        run_cli, tmp_path, content: bytes, reason: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = run_cli("check", str(SEED_FACTS), str(bad), "--format", "json")
    assert result.exit_code == 2
    said = json.loads(result.stdout)  # stdout is JSON, as it is among several texts
    assert set(said) == {"file", "error"} and said["file"] == str(bad)
    assert reason in said["error"]
    assert f"plainsum: error: {bad}:" in result.stderr


def test_json_for_a_missing_text_names_it(run_cli, tmp_path) -> None:
    gone = tmp_path / "gone.txt"
    result = run_cli("check", str(SEED_FACTS), str(gone), "--format", "json")
    assert result.exit_code == 2
    assert json.loads(result.stdout) == {"file": str(gone), "error": "no such file"}


def test_text_format_for_one_bad_text_prints_nothing_on_stdout(run_cli, tmp_path) -> None:
    gone = tmp_path / "gone.txt"
    result = run_cli("check", str(SEED_FACTS), str(gone))
    assert result.exit_code == 2 and result.stdout == ""


def test_the_docs_say_what_json_gives_for_a_text_that_cannot_be_checked() -> None:
    readme = " ".join((ROOT / "README.md").read_text("utf-8").split())
    plugins = " ".join((ROOT / "docs" / "plugins.md").read_text("utf-8").split())
    for text in (readme, plugins):
        assert '{"file": "bad.txt", "error":' in text
    assert "(`null` in the array)" not in readme


def test_exporting_a_draft_for_a_translator_says_it_may_still_change(cli, tmp_path) -> None:
    """A press officer who sends a draft out for translation before settling it has the
    translator put placeholders ('all participants') and wording still to be rewritten
    into another language: export says so (and still writes the file)."""
    draft, po = tmp_path / "draft.yaml", tmp_path / "es.po"
    made = cli("extract", str(SEED / "release.txt"), "-o", str(draft))
    assert made.exit_code == 0, made.output
    result = cli("translate", "export", str(draft), "--lang", "es", "-o", str(po))
    assert result.exit_code == 0, result.output
    assert po.exists()
    [note] = [line for line in result.stderr.splitlines() if "is a draft" in line]
    assert note.startswith(f"plainsum: note: {draft} is a draft (") and "settle it first" in note


def test_exporting_a_settled_sheet_says_nothing_of_drafts(cli, tmp_path) -> None:
    po = tmp_path / "it.po"
    data = yaml.safe_load(SEED_FACTS.read_text("utf-8"))
    data["title"].pop("it", None)
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                     "utf-8")
    result = cli("translate", "export", str(sheet), "--lang", "it", "-o", str(po))
    assert result.exit_code == 0, result.output
    assert "is a draft" not in result.stderr


SHORT_POST = ("A stem cell transplant kept multiple sclerosis (MS) from getting worse for years "
              "in a study of 210 people. At five years, 80% of the people had no worsening of "
              "disability.\n")


def test_a_faithful_short_post_that_fails_for_what_it_leaves_out_is_told_so(run_cli, tmp_path):
    post = tmp_path / "post.txt"
    post.write_text(SHORT_POST, "utf-8")
    result = run_cli("check", str(SEED_FACTS), str(post), "--ignore", "term,name")
    assert result.exit_code == 1
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith(f"{post}: failed (")
    assert "key facts the text leaves out; a text meant to give only some of them: " \
        "--require none)" in last
    assert ": all key facts" in last  # nothing else is wrong with it
    alone = run_cli("check", str(SEED_FACTS), str(post), "--require", "none",
                    "--ignore", "term,name")
    assert alone.exit_code == 0, alone.output
    assert "--require none" not in alone.stdout


def test_a_wrong_post_says_how_many_of_its_errors_are_omissions(run_cli, tmp_path):
    post = tmp_path / "post.txt"
    post.write_text(SHORT_POST.replace("80%", "90%"), "utf-8")
    result = run_cli("check", str(SEED_FACTS), str(post), "--ignore", "term,name")
    last = result.stdout.strip().splitlines()[-1]
    assert re.search(r"failed \(\d+ errors, \d+ of them key facts the text leaves out; ", last)
