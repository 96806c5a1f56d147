"""``plainsum check`` through the command line: exit codes, the JSON contract and the
linter-style text lines."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from plainsum.cli import App, main
from plainsum.plugins import get_plugin_manager

ROOT = Path(__file__).resolve().parents[1]
FACTS = str(ROOT / "seeds" / "hsct-ms-2021" / "facts.yaml")
TEXT = ("A stem cell transplant kept multiple sclerosis (MS) from getting worse for years in "
        "a study of 210 people, published in Neurology by Matilde Inglese. At five years, "
        "80% of the people had no worsening of disability; at 10 years, 66% had not got "
        "worse. In people with relapsing-remitting MS, 86% did not get worse at five years "
        "and 71 out of 100 did not get worse at 10 years. In people with progressive MS, 71% "
        "did not get worse at five years and 57% at 10 years.\n")
LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): "
                  r"(?P<severity>error|warning|info) (?P<rule>[a-z-]+) (?P<message>\S.*)$")
TOP_KEYS = {"file", "lang", "audience", "passed", "readability", "findings", "draft", "cci"}
FINDING_KEYS = {"rule", "severity", "message", "fact", "expected", "found", "span"}


@pytest.fixture(scope="module")
def pm():
    manager = get_plugin_manager()
    from plainsum.plugins import collect

    if "en" not in collect(manager).languages:
        pytest.skip("the English language pack is not installed")
    return manager


@pytest.fixture
def check(pm, tmp_path):
    def run(text: str | None, *options: str, stdin: str | None = None) -> Result:
        target = "-"
        if text is not None:
            path = tmp_path / "text.txt"
            path.write_text(text, encoding="utf-8")
            target = str(path)
        result = CliRunner().invoke(main, ["check", FACTS, target, *options],
                                    obj=App(pm=pm), input=stdin)
        assert "Traceback" not in result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)
        return result

    return run


def stderr_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines()
            if not line.startswith("plainsum: warning:")]


def test_faithful_text_passes(check):
    result = check(TEXT, "--lang", "en")
    assert result.exit_code == 0, result.output
    assert result.stdout.rstrip().endswith("passed (0 errors)")


def test_error_lines_point_at_the_finding(check):
    text = TEXT.replace("80%", "75%")
    result = check(text, "--lang", "en")
    assert result.exit_code == 1
    found = [LINE.match(line) for line in result.stdout.splitlines()]
    errors = [m for m in found if m and m["severity"] == "error"]
    assert [m["rule"] for m in errors] == ["unsupported-number"]
    offset = text.index("75%")
    assert (int(errors[0]["line"]), int(errors[0]["col"])) == (1, offset + 1)
    assert errors[0]["file"].endswith("text.txt")
    assert "'75%'" in errors[0]["message"] and "'80%'" in errors[0]["message"]


def test_json_contract(check):
    text = TEXT.replace("86%", "71%")
    result = check(text, "--lang", "en", "--format", "json", "--audience", "public")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert set(data) == TOP_KEYS
    assert (data["lang"], data["audience"], data["passed"]) == ("en", "public", False)
    assert {"formula", "score", "target", "passed"} <= set(data["readability"])
    assert data["findings"]
    for finding in data["findings"]:
        assert set(finding) == FINDING_KEYS
        assert finding["severity"] in ("error", "warning", "info")
        span = finding["span"]
        assert span is None or (isinstance(span, list) and len(span) == 2)
    wrong = [f for f in data["findings"] if f["rule"] == "wrong-context"]
    assert len(wrong) == 1
    start, end = wrong[0]["span"]
    assert text[start:end] == wrong[0]["found"] == "71%"
    assert wrong[0]["expected"] == "86%"


def test_omission_has_null_span(check):
    text = TEXT.replace(" and 57% at 10 years", "")
    data = json.loads(check(text, "--lang", "en", "--format", "json").stdout)
    missing = [f for f in data["findings"] if f["rule"] == "missing-fact"]
    assert [(f["fact"], f["span"], f["expected"]) for f in missing] == [
        ("progressive-10y", None, "57%")]


def test_require_none_checks_numbers_only(check):
    text = "In people with relapsing-remitting MS, 71% did not get worse at 10 years."
    assert check(text, "--lang", "en", "--require", "key").exit_code == 1
    assert check(text, "--lang", "en", "--require", "none").exit_code == 0


def test_stdin(check):
    result = check(None, "--lang", "en", stdin=TEXT.replace("210", "250"))
    assert result.exit_code == 1
    lines = [LINE.match(line) for line in result.stdout.splitlines()]
    bad = [m for m in lines if m and m["rule"] == "unsupported-number"]
    assert len(bad) == 1 and bad[0]["file"] in ("-", "<stdin>")
    assert "'250'" in bad[0]["message"] and "'210'" in bad[0]["message"]
    assert not [m for m in lines if m and m["rule"] == "missing-fact"]


def test_empty_text_is_bad_input(check):
    result = check("  \n", "--lang", "en")
    assert result.exit_code == 2
    lines = stderr_lines(result)
    assert len(lines) == 1 and "empty" in lines[0]


def test_unknown_language_is_bad_input(check):
    result = check(TEXT, "--lang", "xx")
    assert result.exit_code == 2
    lines = stderr_lines(result)
    assert len(lines) == 1 and "xx" in lines[0]


def test_language_identified_when_not_given(check):
    result = check(TEXT)
    assert result.exit_code == 0, result.output
    assert "language identified as en" in result.stdout
    data = json.loads(check(TEXT, "--format", "json").stdout)
    assert data["lang"] == "en" and data["identified_lang"] == "en"
    assert set(data) - {"identified_lang"} == TOP_KEYS
