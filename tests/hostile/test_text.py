"""Hostile text for ``check`` and ``extract``: every way of handing text in is read the same
way, what is not text is refused, and nothing in a text or a sheet can act on the terminal
or on a Markdown page."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys

import pytest

from ..conftest import SEED_FACTS
from .helpers import SEED_TEXT, edited, one_error, process, run

TEXT = ("In a study of 210 people with MS, a stem cell transplant kept 71 out of 100 people "
        "with relapsing-remitting MS from getting worse for 10 years.")


def test_invalid_utf8_is_refused_the_same_way_from_a_file_and_from_stdin(pm, tmp_path):
    data = TEXT.encode() + b" \xff\xfe caf\xe9"
    path = tmp_path / "text.txt"
    path.write_bytes(data)
    from_file = run(pm, "check", str(SEED_FACTS), str(path), "--lang", "en")
    from_stdin = run(pm, "check", str(SEED_FACTS), "-", "--lang", "en", input=data)
    for result, name in ((from_file, str(path)), (from_stdin, "<stdin>")):
        assert result.exit_code == 2 and not result.stdout
        one_error(result.stderr, f"{name}:1: not UTF-8 text (byte {len(TEXT) + 1} is 0xff)")


def test_stdin_read_as_bytes_whatever_the_io_encoding() -> None:
    result = process("check", str(SEED_FACTS), "-", "--lang", "en",
                     input=TEXT.encode() + b"\xff", PYTHONIOENCODING="utf-8")
    assert result.returncode == 2
    one_error(result.stderr.decode(), "<stdin>", "not UTF-8")


def test_a_byte_order_mark_is_not_part_of_the_text(pm, tmp_path) -> None:
    path = tmp_path / "text.txt"
    path.write_bytes(b"\xef\xbb\xbf" + TEXT.encode())
    result = run(pm, "check", str(SEED_FACTS), str(path), "--lang", "en", "--format", "json")
    assert json.loads(result.stdout)["findings"] == [
        f for f in json.loads(run(pm, "check", str(SEED_FACTS), "-", "--lang", "en",
                                  "--format", "json", input=TEXT).stdout)["findings"]]


@pytest.mark.parametrize("command", ["check", "lint", "extract"])
def test_stdin_on_a_terminal_is_refused_at_once(command: str) -> None:
    args = {"check": ["check", str(SEED_FACTS), "-"], "lint": ["lint", "-"],
            "extract": ["extract", "-"]}[command]
    main, secondary = pty.openpty()
    try:
        result = subprocess.run([sys.executable, "-m", "plainsum", *args], stdin=secondary,
                                capture_output=True, timeout=60)
    finally:
        os.close(main)
        os.close(secondary)
    assert result.returncode == 2
    one_error(result.stderr.decode(), "standard input is a terminal")


def test_an_oversized_text_is_refused_before_it_is_read_whole(pm, tmp_path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(TEXT * (3 * 1024 * 1024 // len(TEXT) + 1))
    result = run(pm, "check", str(SEED_FACTS), str(path), "--lang", "en")
    assert result.exit_code == 2
    one_error(result.stderr, str(path), "larger than 512 KiB")
    with path.open("a", encoding="utf-8") as handle:
        handle.write(TEXT * (8 * 1024 * 1024 // len(TEXT) + 1))
    result = run(pm, "extract", str(path))
    assert result.exit_code == 2
    one_error(result.stderr, str(path), "larger than 10 MiB")


@pytest.mark.parametrize("data, words", [
    (os.urandom(4096), ["does not look like text"]),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
     b"In the study 71% of 210 people did not get worse.\n", ["a PDF", "convert it"]),
    (b"PK\x03\x04" + b"\x00" * 200, ["ZIP"]),
])
def test_extract_refuses_what_is_not_text(pm, tmp_path, data: bytes, words) -> None:
    path = tmp_path / "release.txt"
    path.write_bytes(data)
    result = run(pm, "extract", str(path))
    assert result.exit_code == 2 and not result.stdout
    one_error(result.stderr, str(path), *words)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark(encoding: str) -> None:
    from plainsum_readers.decode import decode

    text = "— 71 % des 210 personnes (Ärzte, 東京) n'ont pas empiré."
    assert decode(text.encode(encoding)) == text


def test_check_in_a_language_the_sheet_has_no_wording_for(pm, tmp_path) -> None:
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(SEED_TEXT.replace("\n      es: ", "\n      xx: ")
                     .replace("\n    es: ", "\n    xx: ").replace("\n  es: ", "\n  xx: "),
                     encoding="utf-8")
    result = run(pm, "check", str(sheet), "-", "--lang", "es",
                 input="El estudio incluyó a 210 personas con EM.")
    assert result.exit_code == 2 and "⟦" not in result.output
    one_error(result.stderr, "no es wording for")


def test_a_text_without_words_gives_valid_json(pm) -> None:
    result = run(pm, "check", str(SEED_FACTS), "-", "--lang", "en", "--audience", "patients",
                 "--format", "json", input="% %")
    assert result.exit_code == 1
    data = json.loads(result.stdout, parse_constant=lambda c: pytest.fail(f"{c} in JSON"))
    assert data["readability"]["score"] is None and not data["readability"]["passed"]


def test_terminal_controls_in_a_checked_text_are_shown_escaped(pm) -> None:
    text = TEXT.replace("71 out of 100", "\x1b]0;owned\x07\u202e72 out of 100")
    result = run(pm, "check", str(SEED_FACTS), "-", "--lang", "en", input=text)
    assert result.exit_code == 1
    assert "\x1b" not in result.stdout and "\u202e" not in result.stdout
    assert "\\u001b" in result.stdout or "72" in result.stdout


# a tag (<script>) or a markdown link is refused in a sheet's wording, as lint says; a '<'
# that is no tag, a '#' and brackets are wording, and the Markdown output must still show
# them as text
MARKUP = '# Owned <50 or <img [x] (y)'


def test_markdown_output_shows_a_title_as_text(pm, tmp_path) -> None:
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(edited(SEED_TEXT, "  en: Stem cell transplants may give long-term "
                            "benefit to people with MS\n", f'  en: "{MARKUP}"\n'),
                     encoding="utf-8")
    result = run(pm, "generate", str(sheet), "--lang", "en", "--audience", "patients",
                 "--generator", "summary", "--format", "markdown")
    assert result.exit_code in (0, 1), result.stderr
    assert not re.search(r"(?<!\\)[<]|(?<!\\)\]\(", result.stdout)
    assert "\\<50" in result.stdout and "\\<img" in result.stdout
    assert "\n\\# Owned" in result.stdout
    assert not any(line.startswith("# Owned") for line in result.stdout.splitlines())


@pytest.mark.parametrize("args, words", [
    (["--lang", ""], ["--lang is empty"]),
    (["--audience", " , "], ["--audience is empty"]),
    (["--force"], ["--force only applies with --out"]),
])
def test_options_given_empty_or_alone(pm, args, words) -> None:
    result = run(pm, "generate", str(SEED_FACTS), *args)
    assert result.exit_code == 2 and not result.stdout
    one_error(result.stderr, *words)


@pytest.mark.parametrize("digits, unchanged", [("٧١", True), ("٧٢", False), ("७१", True)])
def test_a_figure_in_another_script_is_read_as_its_number(pm, digits, unchanged) -> None:
    text = (f"After 10 years, {digits}% of people with relapsing-remitting MS did not get "
            "worse.")
    result = run(pm, "check", str(SEED_FACTS), "-", "--lang", "en", "--require", "none",
                 "--format", "json", input=text)
    findings = json.loads(result.stdout)["findings"]
    assert result.exit_code == (0 if unchanged else 1), findings
    if not unchanged:
        [changed] = [f for f in findings if f["rule"] == "unsupported-number"]
        assert changed["found"] == f"{digits}%" and changed["expected"] == "71%"


def test_a_flood_of_findings_is_listed_up_to_a_thousand_of_each_kind(pm) -> None:
    text = " ".join(f"{n}." for n in range(3001, 4501))  # 1,500 numbers the sheet lacks
    result = run(pm, "check", str(SEED_FACTS), "-", "--lang", "en", "--require", "none",
                 "--format", "json", input=text)
    findings = json.loads(result.stdout)["findings"]
    rules = [f["rule"] for f in findings]
    assert rules.count("unsupported-number") == 1000
    [more] = [f for f in findings if f["rule"] == "findings-not-listed"]
    assert "500 more unsupported-number findings" in more["message"]
    assert more["severity"] == "error" and result.exit_code == 1
