"""``plainsum lint`` on several sheets and folders (a press office settling the drafts of
``plainsum extract DIR -o drafts/``): one report per sheet, a sheet that cannot be read
named and the others still linted, exit status the worst (2 > 1 > 0); one sheet as ever."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner, Result
from plainsum.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "hsct-ms-2021" / "facts.yaml"


def lint(*args: str) -> Result:
    result = CliRunner().invoke(main, ["lint", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        result.exception)
    return result


def stderr(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines()
            if not line.startswith("plainsum: warning:")]


def a_draft(folder: Path, name: str = "draft.yaml") -> Path:
    """The seed with a draft field: lint lists it and exits 1."""
    path = folder / name
    text = SEED.read_text(encoding="utf-8")
    path.write_text("draft: made by plainsum extract, not yet reviewed\n" + text,
                    encoding="utf-8")
    return path


def test_a_folder_of_ready_sheets_is_ok(tmp_path: Path) -> None:
    shutil.copy(SEED, tmp_path / "a.yaml")
    (tmp_path / "trial").mkdir()
    shutil.copy(SEED, tmp_path / "trial" / "facts.yaml")
    (tmp_path / "notes.txt").write_text("not a sheet", encoding="utf-8")
    result = lint(str(tmp_path))
    assert result.exit_code == 0, result.output
    lines = stderr(result)
    assert lines == [f"{tmp_path / 'a.yaml'}: ok", f"{tmp_path / 'trial' / 'facts.yaml'}: ok",
                     "2 sheets: 2 ready"]


def test_a_draft_among_ready_sheets_exits_1_and_is_reported(tmp_path: Path) -> None:
    shutil.copy(SEED, tmp_path / "a.yaml")
    draft = a_draft(tmp_path)
    result = lint(str(tmp_path / "a.yaml"), str(draft))
    assert result.exit_code == 1
    assert f"{draft}:1:1: draft:" in result.stdout
    assert f"{tmp_path / 'a.yaml'}: ok" in stderr(result)
    assert stderr(result)[-1] == "2 sheets: 1 ready, 1 to settle"


def test_a_broken_or_missing_sheet_is_named_and_the_others_still_linted(tmp_path: Path,
                                                                         ) -> None:
    draft = a_draft(tmp_path)
    broken = tmp_path / "broken.yaml"
    broken.write_text(SEED.read_text(encoding="utf-8").replace("kind: count", "kind: tally",
                                                               1), encoding="utf-8")
    missing = tmp_path / "gone" / "nope.yaml"
    result = lint(str(broken), str(draft), str(missing))
    assert result.exit_code == 2  # the worst of 2, 1 and 2
    assert f"{broken}:" in result.stdout and "tally" in result.stdout
    assert f"{draft}:1:1: draft:" in result.stdout  # linted after the broken one
    assert f"plainsum: error: {missing}: no such file" in stderr(result)
    assert stderr(result)[-1] == "3 sheets: 1 to settle, 2 with problems"


def test_a_draft_alone_still_exits_1_and_a_ready_one_0(tmp_path: Path) -> None:
    """The paired case: several sheets do not hide a draft's status, nor does one sheet's
    output change (no count line)."""
    draft = a_draft(tmp_path)
    one = lint(str(draft))
    assert one.exit_code == 1
    assert stderr(one) == [f"{draft}: a draft: 1 item to settle",  # and what to run next
                           f"next: only the draft field is left: plainsum settle {draft} --done"]
    assert lint(str(SEED)).exit_code == 0


def test_release_with_several_sheets_is_refused(tmp_path: Path) -> None:
    release = tmp_path / "r.txt"
    release.write_text("A release.", encoding="utf-8")
    result = lint(str(SEED), str(SEED), "--release", str(release))
    assert result.exit_code == 2
    assert "give one sheet with it" in result.stderr


def test_an_empty_folder_and_stdin_among_several_are_refused(tmp_path: Path) -> None:
    empty = lint(str(tmp_path))
    assert empty.exit_code == 2 and "no fact sheets in" in empty.stderr
    dash = lint(str(SEED), "-")
    assert dash.exit_code == 2 and "standard input (-)" in dash.stderr
