"""Hostile fact sheets: whatever a sheet holds, ``lint`` and ``generate`` agree, answer with
located one-line errors, and neither exhausts the machine nor crashes."""

from __future__ import annotations

import resource
import time
from pathlib import Path

import pytest

from .helpers import SEED_TEXT, TRIAL_TEXT, edited, one_error, process, run

COHORT = "value: 210\n"

# name: (sheet, line:column the error points at, field, words of the message)
BAD_SHEETS = {
    "nan": (edited(SEED_TEXT, COHORT, "value: .nan\n"), "facts[0].value", "nan"),
    "inf": (edited(SEED_TEXT, COHORT, "value: -.inf\n"), "facts[0].value", "inf"),
    "huge float": (edited(SEED_TEXT, COHORT, "value: 1.0e+300\n"), "facts[0].value",
                   "maximum"),
    "400 digits": (edited(SEED_TEXT, COHORT, f"value: {'9' * 400}\n"), "facts[0].value",
                   "this large"),
    "negative count": (edited(SEED_TEXT, COHORT, "value: -400\n"), "facts[0].value",
                       "minimum of 0"),
    "duplicate key": (edited(SEED_TEXT, COHORT, "value: 210\n    value: 300\n"),
                      "facts[0].value", "given twice"),
    "compared with itself": (edited(TRIAL_TEXT, "facts: [chlorhexidine-ssi, iodine-ssi]",
                                    "facts: [ssi-comparison, iodine-ssi]"),
                             "facts[6].facts[0]", "compared with itself"),
    "compared twice": (edited(TRIAL_TEXT, "facts: [chlorhexidine-ssi, iodine-ssi]",
                              "facts: [iodine-ssi, iodine-ssi]"),
                       "facts[6].facts[1]", "compared with itself"),
    "terminal escape": (edited(SEED_TEXT, "  en: Stem cell transplants may give long-term "
                               "benefit to people with MS\n",
                               '  en: "\\e]0;owned\\aStem cells"\n'), "title.en", "U+001B"),
    "bidi override": (edited(SEED_TEXT, "  en: Stem cell transplants may give",
                             "  en: \u202eStem cell transplants may give"), "title.en",
                      "U+202E"),
    "2,000 groups": (edited(SEED_TEXT, "groups:\n", "groups:\n" + "".join(
        f"  - {{id: g{i}, label: {{en: group {i}}}}}\n" for i in range(2_000))), "groups",
        "2,005 items"),
    "blank name": (edited(SEED_TEXT, "name: Matilde Inglese", "name: '   '"),
                   "people[0].name", "blank"),
    "a line break in a title": (edited(SEED_TEXT, "  en: Stem cell transplants may give",
                                       '  en: "Stem cells:\\n\\n    evil.example\\n# x"\n  xx: a'),
                                "title.en", "line break"),
    "lone surrogate": (edited(SEED_TEXT, "  en: Stem cell transplants may give long-term "
                              "benefit to people with MS\n", '  en: "Stem \\ud83d cells"\n'),
                       "title.en", "U+D83D"),
    "base-60 number": (edited(SEED_TEXT, COHORT, "value: " + ":".join(["1"] * 3000) + "\n"),
                       "facts[0].value", "is not of type 'number'"),
    "hexadecimal giant": (edited(SEED_TEXT, COHORT, "value: 0x" + "f" * 2000 + "\n"),
                          "(top)", "not a decimal number"),
    "a line break in a key": (edited(SEED_TEXT, "study:\n", 'study:\n  "a\\nb": 1\n'),
                              "study", "unknown field 'a\\nb'"),
    "self-containing alias": (edited(SEED_TEXT, "design: [retrospective-study]",
                                     "design: &loop [*loop]"), "", "contains itself"),
    # every output would print it, and pass: generate and check refused it no more than
    # lint's exit 2 said (only the review page loads it, to show it escaped)
    "markup in a name": (edited(SEED_TEXT, "name: Matilde Inglese",
                                "name: 'Matilde <b>Inglese</b>'"), "people[0].name",
                         "markup '<b>'"),
    "a script in a label": (edited(SEED_TEXT, "en: {plain: people with MS,",
                                   "en: {plain: 'people <script>alert(1)</script> with MS',"),
                            "groups[0].label.en.plain", "markup '<script>'"),
}


@pytest.mark.parametrize("name", sorted(BAD_SHEETS))
def test_lint_and_generate_agree_on_a_bad_sheet(pm, tmp_path: Path, name: str) -> None:
    text, field, words = BAD_SHEETS[name]
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(text, encoding="utf-8")
    linted = run(pm, "lint", str(sheet))
    assert linted.exit_code == 2
    first = linted.stdout.splitlines()[0]
    where, named, _ = first.split(": ", 2)
    assert where.startswith(f"{sheet}:") and words in first, first
    assert named == (field or "(top)")
    generated = run(pm, "generate", str(sheet), "--lang", "en", "--audience", "patients")
    assert generated.exit_code == 2 and not generated.stdout
    one_error(generated.stderr, f"{where}: {named}: ", words)


def nested(depth: int) -> str:
    return "schema_version: 1\nid: x\ntitle: " + "{a: " * depth + "1" + "}" * depth + "\n"


HUGE = {
    "5,000 nested mappings": (nested(5000), "nested more than"),
    "100,000 brackets": ("title: " + "[" * 100_000 + "\n", "nested more than"),
    "an alias bomb in a field": (
        edited(SEED_TEXT, "title:\n", "title:\n"
               + "".join(f"  _{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9) if i else 'lol'}]\n"
                         for i in range(9))
               + "  xx: [" + ", ".join(["*a8"] * 9) + "]\n"),
        "aliases are expanded"),
    "a 3 MB sheet": (SEED_TEXT + "#" + "x" * 3_000_000 + "\n", "2 MiB"),
}


@pytest.mark.parametrize("name", sorted(HUGE))
@pytest.mark.parametrize("command", ["lint", "generate", "extract --diff"])
def test_a_hostile_document_is_refused_quickly_and_in_little_memory(
        tmp_path: Path, name: str, command: str) -> None:
    text, words = HUGE[name]
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(text, encoding="utf-8")
    release = tmp_path / "release.txt"
    release.write_text("In the study, 71% of 210 people with MS did not get worse.",
                       encoding="utf-8")
    args = {"lint": ["lint", str(sheet)], "generate": ["generate", str(sheet)],
            "extract --diff": ["extract", str(release), "--diff", str(sheet)]}[command]
    started = time.monotonic()
    result = process(*args, timeout=60, preexec=_one_gigabyte)
    assert time.monotonic() - started < 30
    assert result.returncode == 2
    out = (result.stdout + result.stderr).decode()
    assert "Traceback" not in out and words in out, out[-500:]
    assert len(out) < 2000


def _one_gigabyte() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


def test_an_error_never_prints_a_whole_value(pm, tmp_path: Path) -> None:
    big = "[" + ", ".join(f"item {i}" for i in range(20_000)) + "]"
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(edited(SEED_TEXT, "  en: Stem cell transplants may give long-term "
                            "benefit to people with MS\n", f"  en: {big}\n"), encoding="utf-8")
    result = run(pm, "lint", str(sheet))
    assert result.exit_code == 2
    assert len(result.stdout) < 1000 and "title.en" in result.stdout


def test_an_exponent_is_a_number(pm, tmp_path: Path) -> None:
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(edited(SEED_TEXT, COHORT, "value: 2.1e2\n"), encoding="utf-8")
    assert run(pm, "lint", str(sheet)).exit_code == 0


@pytest.mark.parametrize("written", ["010", "0x10", "0b11", "1_000", "-0_5"])
def test_a_figure_yaml_would_read_in_another_base_is_refused_where_it_stands(
        pm, tmp_path: Path, written: str) -> None:
    """YAML 1.1 reads 010 as 8 and 0x10 as 16: the sheet would hold a figure nobody wrote."""
    sheet = tmp_path / "facts.yaml"
    text = edited(SEED_TEXT, COHORT, f"value: {written}\n")
    sheet.write_text(text, encoding="utf-8")
    result = run(pm, "lint", str(sheet))
    assert result.exit_code == 2
    line = next(i for i, row in enumerate(text.splitlines(), 1) if f"value: {written}" in row)
    assert f"facts.yaml:{line}:" in result.stdout and repr(written) in result.stdout
    assert "Traceback" not in result.stdout


@pytest.mark.parametrize("written", ["10", "210", "0", "00.5e3", "2.1e2"])
def test_a_decimal_figure_is_read_as_written(pm, tmp_path: Path, written: str) -> None:
    from plainsum.factsheet.load import parse_yaml

    assert parse_yaml(f"value: {written}\n", "x.yaml").data["value"] == float(written)


def test_review_check_and_generate_refuse_a_sheet_with_markup(pm, tmp_path: Path) -> None:
    """Review refuses the sheet as lint, generate and check do (one located line, nothing
    written): a page of a sheet no other command accepts would look reviewable. A '<'
    that is no tag ('aged <50') is no markup."""
    marked = tmp_path / "marked.yaml"
    marked.write_text(BAD_SHEETS["a script in a label"][0], encoding="utf-8")
    page = tmp_path / "review.html"
    shown = run(pm, "review", str(marked), "--audience", "patients", "-o", str(page))
    assert shown.exit_code == 2
    one_error(shown.stderr, "groups[0].label.en.plain", "markup '<script>'")
    assert not page.exists()
    text = tmp_path / "text.txt"
    text.write_text("Of the 210 people, 71% did not get worse.", encoding="utf-8")
    checked = run(pm, "check", str(marked), str(text), "--lang", "en")
    assert checked.exit_code == 2
    one_error(checked.stderr, "groups[0].label.en.plain", "markup '<script>'")
    plain = tmp_path / "plain.yaml"
    plain.write_text(edited(SEED_TEXT, "en: {plain: people with MS,",
                            "en: {plain: 'people aged <50 with MS',"), encoding="utf-8")
    made = run(pm, "generate", str(plain), "--lang", "en", "--audience", "patients",
               "--generator", "summary")
    assert made.exit_code in (0, 1), made.stderr
    assert "people aged <50 with MS" in made.stdout


@pytest.mark.parametrize("old, new, field, wanted", [
    ("    value: 210\n", "    value:\n", "facts[0].value", "give a number"),
    ("  en: Stem cell transplants may give long-term benefit to people with MS\n",
     "  en: ~\n", "title.en", "give text"),
    ("    key: true\n", "    key: null\n", "facts[0].key", "give true or false"),
])
def test_a_field_left_empty_is_said_in_yaml_words(pm, tmp_path: Path, old, new, field,
                                                  wanted) -> None:
    """``value:`` with nothing after it was "None is not of type 'number'": Python's
    word for YAML's empty value, which the user never wrote."""
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(edited(SEED_TEXT, old, new), encoding="utf-8")
    result = run(pm, "generate", str(sheet), "--lang", "en")
    assert result.exit_code == 2
    line = one_error(result.stderr, f"{field}: no value (empty or null); {wanted}")
    assert "None" not in line
