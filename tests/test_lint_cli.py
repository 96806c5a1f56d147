"""``plainsum lint`` and ``plainsum schema`` through the command line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner, Result
from plainsum.cli import main
from plainsum.factsheet import problems
from plainsum.factsheet.load import parse_yaml

ROOT = Path(__file__).resolve().parents[1]
SEED_PATH = ROOT / "seeds" / "hsct-ms-2021" / "facts.yaml"
EXAMPLE_PATH = ROOT / "examples" / "chlorhexidine-csection-2016" / "facts.yaml"
SEED = SEED_PATH.read_text(encoding="utf-8")

LINE = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): (?P<path>\S+): (?P<msg>\S.*)$")


def invoke(*args: str, input: str | None = None) -> Result:
    result = CliRunner().invoke(main, list(args), input=input)
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        result.exception)
    assert "Traceback" not in result.output
    return result


def errors(result: Result) -> list[str]:
    """stderr without warnings about plugins that failed to load (not this test's business)."""
    return [line for line in result.stderr.splitlines()
            if not line.startswith("plainsum: warning:")]


@pytest.mark.parametrize("path", [SEED_PATH, EXAMPLE_PATH], ids=["seed", "example"])
def test_lint_ok(path: Path) -> None:
    result = invoke("lint", str(path))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert errors(result) == [f"{path}: ok"]


BROKEN = {
    "malformed": ("  - id: rrms\n", "  - id: [rrms\n"),
    "wrong-type": ("value: 210", "value: lots"),
    "unknown-field": ("    value: 210\n", "    value: 210\n    colour: blue\n"),
    "unknown-kind": ("kind: count", "kind: tally"),
    "duplicate-id": ("id: spms-n", "id: rrms-n"),
    "dangling": ("group: rrms\n    of: all", "group: rrmz\n    of: all"),
    "proportion": ("value: 66", "value: 166"),
    "period": ("end: 2019", "end: 1990"),
}


@pytest.mark.parametrize("name", list(BROKEN))
def test_lint_bad_input(tmp_path: Path, name: str) -> None:
    old, new = BROKEN[name]
    text = SEED.replace(old, new, 1)
    path = tmp_path / "facts.yaml"
    path.write_text(text, encoding="utf-8")
    result = invoke("lint", str(path))
    assert result.exit_code == 2
    lines = result.stdout.splitlines()
    assert len(lines) == len(problems(text, str(path))) >= 1
    for line in lines:
        m = LINE.match(line)
        assert m, line
        assert m["file"] == str(path)
        assert 1 <= int(m["line"]) <= text.count("\n") + 1
    assert not any(line.endswith(": ok") for line in errors(result))


def test_lint_reports_every_problem_in_file_order(tmp_path: Path) -> None:
    text = SEED.replace("end: 2019", "end: soon").replace("value: 210", "value: lots")
    path = tmp_path / "facts.yaml"
    path.write_text(text, encoding="utf-8")
    result = invoke("lint", str(path))
    assert result.exit_code == 2
    found = [LINE.match(line) for line in result.stdout.splitlines()]
    assert [m["path"] for m in found if m] == ["facts[0].value", "facts[5].end"]
    assert int(found[0]["line"]) < int(found[1]["line"])


@pytest.mark.parametrize("text, message", [
    ("", "(top): the file is empty"),
    ("- a\n- b\n", "(top): a fact sheet is a mapping of fields"),
])
def test_lint_empty_or_not_a_mapping(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "facts.yaml"
    path.write_text(text, encoding="utf-8")
    result = invoke("lint", str(path))
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [f"{path}:1:1: {message}"]


def test_lint_reads_stdin() -> None:
    result = invoke("lint", "-", input=SEED.replace("end: 2019", "end: 1990"))
    assert result.exit_code == 2
    [line] = result.stdout.splitlines()
    assert line.startswith("<stdin>:") and line.endswith("before it starts")


def test_lint_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.yaml"
    result = invoke("lint", str(path))
    assert result.exit_code == 2
    assert result.stdout == ""
    [line] = errors(result)
    assert str(path) in line and "no such file" in line


def test_lint_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "facts.yaml"
    path.write_bytes("title: caf\u00e9\n".encode("latin-1"))
    result = invoke("lint", str(path))
    assert result.exit_code == 2
    [line] = errors(result)
    assert str(path) in line and "UTF-8" in line


def test_schema_is_json_that_validates_the_sheets() -> None:
    result = invoke("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema,
                                                format_checker=jsonschema.FormatChecker())
    for path in (SEED_PATH, EXAMPLE_PATH):
        data = parse_yaml(path.read_text(encoding="utf-8"), str(path)).data
        assert list(validator.iter_errors(data)) == [], path
    broken = parse_yaml(SEED.replace("kind: count", "kind: tally", 1), "x").data
    assert not validator.is_valid(broken)


def test_lint_warns_of_wording_a_pack_cannot_carry_and_still_says_ok(tmp_path: Path) -> None:
    """A German outcome label must follow "waren": "hatten eine Wundinfektion" cannot."""
    text = EXAMPLE_PATH.read_text(encoding="utf-8")
    old = "plain: von einer Wundinfektion betroffen"
    assert text.count(old) == 1
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(text.replace(old, "plain: hatten eine Wundinfektion"), encoding="utf-8")
    result = invoke("lint", str(sheet))
    assert result.exit_code == 0, result.output
    [line] = result.stdout.splitlines()
    found = LINE.match(line)
    assert found is not None and found["path"] == "outcomes[0].label.de.plain", line
    assert int(found["line"]) == text[:text.index(old)].count("\n") + 1
    assert found["msg"].startswith("warning: 'hatten'")
    assert errors(result)[-1] == f"{sheet}: ok; 1 warning"
    assert invoke("lint", str(EXAMPLE_PATH)).stdout == ""


_SECOND_FIVE_YEAR = """  - id: rrms-5y-b
    kind: proportion
    value: {value}
    group: rrms
    outcome: no-worsening
    time: {time}
"""


@pytest.mark.parametrize(("value", "time", "contradicts"), [
    (96, "5y", True),       # a copied fact edited carelessly: 96 beside 86
    (86, "5y", False),      # the same figure twice says nothing new, and nothing false
    (96, "6m", False),      # another time point is another fact
])
def test_two_figures_for_one_thing_are_a_located_error(tmp_path, value, time, contradicts):
    sheet = SEED.replace("  - id: rrms-10y\n",
                         _SECOND_FIVE_YEAR.format(value=value, time=time)
                         + "  - id: rrms-10y\n", 1)
    found = [e for e in problems(sheet, "facts.yaml") if "one figure for one thing" in e.message]
    if not contradicts:
        assert not found
        return
    assert len(found) == 1
    error = found[0]
    where = sheet.splitlines()[error.line - 1]
    assert where.strip() == f"value: {value}" and "'rrms-5y'" in error.message
    path = tmp_path / "facts.yaml"
    path.write_text(sheet, encoding="utf-8")
    result = invoke("lint", str(path))
    assert result.exit_code == 2 and "96" in result.stdout + result.stderr


@pytest.mark.parametrize(("written", "bad"), [
    ("Matilde Ingl\u0435se", "mixes Latin letters"),       # a Cyrillic e
    ("Matilde \u0399nglese", "mixes Latin letters"),       # a Greek capital iota
    ("Matilde Ingl\u200bese", "invisible character U+200B"),
    ("Matilde\u2060 Inglese", "invisible character U+2060"),
    ("Matilde Inglese", None),
    ("Matilde Inglese \U0001f469\u200d\u2695\ufe0f", None),  # a joiner inside an emoji
])
def test_a_look_alike_or_invisible_letter_in_a_name_is_a_located_error(written, bad):
    """A name pasted with a homoglyph or a zero-width character would be carried into
    every output, and a correct text would then fail name-altered."""
    sheet = SEED.replace("name: Matilde Inglese", f'name: "{written}"', 1)
    found = problems(sheet, "facts.yaml")
    if bad is None:
        assert not found
        return
    assert len(found) == 1 and bad in found[0].message
    assert found[0].path == "people[0].name"
    assert "name:" in sheet.splitlines()[found[0].line - 1]


@pytest.mark.parametrize(("label", "markup"), [
    ("personas con EM <script>alert(1)</script>", True),
    ('people <img src=x onerror="alert(1)"> with MS', True),
    ("people with <b>MS</b>", True),
    ("people with MS<!-- hidden -->", True),
    ("people aged <50 or >70 with MS", False),
    ("people with MS (p<0.05 > chance)", False),
])
def test_markup_in_a_label_is_a_located_error(tmp_path, label, markup):
    """A translator's wording reaches every output as written: markup in it would be
    published (the review page escapes it, a post or a summary cannot). The sheet still
    loads, so that the review page can show it to be fixed."""
    sheet = SEED.replace("name: Matilde Inglese", f"name: '{label}'", 1)
    assert not problems(sheet, "facts.yaml")
    path = tmp_path / "facts.yaml"
    path.write_text(sheet, encoding="utf-8")
    result = invoke("lint", str(path))
    said = [line for line in result.stdout.splitlines() if "markup" in line]
    if not markup:
        assert result.exit_code == 0 and not said, result.output
        return
    assert result.exit_code == 2 and len(said) == 1
    where = LINE.match(said[0])
    assert where and where["path"] == "people[0].name"
    assert "name:" in sheet.splitlines()[int(where["line"]) - 1]


def test_a_file_name_with_a_line_break_stays_on_one_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    name = "bad\nname.yaml"
    (tmp_path / name).write_text(SEED.replace("value: 210", "value: abc", 1), encoding="utf-8")
    result = invoke("lint", name)
    assert result.exit_code == 2
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and lines[0].startswith("bad\\nname.yaml:")
    assert LINE.match(lines[0])
