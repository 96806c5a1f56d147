"""``plainsum check FACTS TEXT...``: a translator's texts in several languages checked
against one sheet in one run, like a linter's files (check took one text: a run per
language, each loading the sheet and the plugins again). One text is checked as ever."""

from __future__ import annotations

import json

from .conftest import SEED_FACTS
from .test_check_cli import TEXT

WRONG = TEXT.replace("71 out of 100 did not get worse", "17 out of 100 did not get worse")
SPANISH = ("Un trasplante de células madre evitó que la esclerosis múltiple (EM) empeorara "
           "durante años en un estudio de 210 personas.\n")


def _texts(tmp_path):
    good, bad, empty = tmp_path / "good.txt", tmp_path / "bad.txt", tmp_path / "empty.txt"
    good.write_text(TEXT, "utf-8")
    bad.write_text(WRONG, "utf-8")
    empty.write_text("  \n", "utf-8")
    return good, bad, empty


def test_each_text_gets_its_report_and_the_worst_status(run_cli, tmp_path):
    good, bad, _ = _texts(tmp_path)
    result = run_cli("check", str(SEED_FACTS), str(good), str(bad), "--require", "none")
    assert result.exit_code == 1, result.output
    assert f"{good}: passed (0 errors)" in result.stdout
    assert f"{bad}: failed" in result.stdout
    assert any(line.startswith(f"{bad}:") and "17 out of 100" in line
               for line in result.stdout.splitlines())
    alone = run_cli("check", str(SEED_FACTS), str(good), "--require", "none")
    assert alone.exit_code == 0, alone.output


def test_a_text_that_cannot_be_checked_is_named_and_the_others_are_checked(run_cli,
                                                                            tmp_path):
    good, _, empty = _texts(tmp_path)
    result = run_cli("check", str(SEED_FACTS), str(empty), str(good), "--require", "none")
    assert result.exit_code == 2
    assert f"plainsum: error: {empty}: the text is empty" in result.stderr
    assert f"{good}: passed (0 errors)" in result.stdout


def test_json_for_several_texts_is_an_array_one_object_each(run_cli, tmp_path):
    good, bad, empty = _texts(tmp_path)
    result = run_cli("check", str(SEED_FACTS), str(good), str(bad), str(empty),
                     "--require", "none", "--format", "json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert [d["file"] for d in data] == [str(good), str(bad), str(empty)]
    assert [d.get("passed") for d in data] == [True, False, None]
    # a text that cannot be checked: which one and why (it was null), no report's fields
    assert data[2] == {"file": str(empty), "error": "the text is empty"}
    one = run_cli("check", str(SEED_FACTS), str(good), "--require", "none", "--format", "json")
    assert json.loads(one.stdout)["file"] == str(good)  # one text: one object, as ever


def test_an_unknown_language_is_said_as_such(run_cli, tmp_path):
    """It said 'the text reads as en, not xx: check it with --lang en'."""
    good, _, _ = _texts(tmp_path)
    result = run_cli("check", str(SEED_FACTS), str(good), "--lang", "xx")
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert "unknown language 'xx' (installed: " in line and "en" in line


def test_each_text_is_read_in_its_own_language(run_cli, tmp_path):
    good, _, _ = _texts(tmp_path)
    spanish = tmp_path / "es.txt"
    spanish.write_text(SPANISH, "utf-8")
    result = run_cli("check", str(SEED_FACTS), str(good), str(spanish), "--require", "none")
    assert f"{good}: language identified as en" in result.stdout
    assert f"{spanish}: language identified as es" in result.stdout


def test_standard_input_once_only(run_cli, tmp_path):
    good, _, _ = _texts(tmp_path)
    result = run_cli("check", str(SEED_FACTS), "-", str(good), "-", input=TEXT)
    assert result.exit_code == 2
    assert "standard input (-) can be one of the texts only once" in result.stderr
