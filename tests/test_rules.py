"""Rules as objects: every rule a validator can report is declared by its plugin, listed by
``plainsum rules``, documented in docs/rules.md, and switched by --select/--ignore and the
sheet's ``checks`` setting in one place after validation."""

from __future__ import annotations

import ast
import json
import re

import pytest
from plainsum.hookspecs import hookimpl
from plainsum.outputs import Finding
from plainsum.plugins import collect
from plainsum.rules import ID, Layer, Rule, Selection, matches

from .conftest import ROOT, installed

DOC = ROOT / "docs" / "rules.md"
# where rules are emitted: the built-in plugins, the example plugins and the core
SOURCES = [ROOT / "plugins", ROOT / "examples", ROOT / "core" / "plainsum"]


# --- the rules ---------------------------------------------------------------------------


def test_every_declared_rule_is_complete():
    rules = installed().rules
    assert len(rules) >= 20
    for rule_id, rule in rules.items():
        assert rule.id == rule_id and ID.match(rule_id)
        assert rule.plugin, rule_id
        assert rule.severity in ("error", "warning", "info"), rule_id
        assert rule.summary.strip() and "\n" not in rule.summary, rule_id
        assert rule.example.strip() and rule.reports.strip(), rule_id


def test_every_example_about_the_small_trial_is_reported(plainsum_factsheet, registry):
    """An example without a bracketed note is a text about the small trial of
    ``plainsum.testing``: checked against it, it gets a finding of its rule."""
    from plainsum.lexicon import Lexicon
    from plainsum.pipeline import CheckContext, check_text

    pack = registry.language("en")
    shown = [rule for rule in registry.rules.values() if "(" not in rule.example]
    assert len(shown) >= 5
    for rule in shown:
        context = CheckContext(plainsum_factsheet, pack, None, Lexicon(plainsum_factsheet, pack),
                               require="key")
        found = check_text(rule.example, context, registry, with_readability=False).findings
        assert rule.id in {f.rule for f in found}, (rule.id, rule.example, found)


def _literal_rules() -> dict[str, str]:
    """Every rule id written as a literal where a finding is made: ``Finding("id", ...)``,
    ``Finding(rule="id")`` and the checkers' ``.report("id", ...)``/``.error("id", ...)``
    helpers, in every module of the plugins, the examples and the core."""
    found: dict[str, str] = {}
    for root in SOURCES:
        for path in root.rglob("*.py"):
            if "build" in path.parts or "tests" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if not isinstance(node, ast.Call):
                    continue
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if name not in ("Finding", "report", "error"):
                    continue
                args = [*node.args[:1], *(k.value for k in node.keywords if k.arg == "rule")]
                for arg in args:
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str) \
                            and ID.match(arg.value) and "-" in arg.value:
                        found.setdefault(arg.value, str(path.relative_to(ROOT)))
    return found


def test_every_rule_written_in_the_code_is_declared():
    literal = _literal_rules()
    assert {"unsupported-number", "term-corrupted", "too-long", "sms-too-long"} <= set(literal)
    undeclared = {rule: where for rule, where in literal.items()
                  if rule not in installed().rules}
    assert not undeclared, f"rules reported but not declared (add them to rules.py): {undeclared}"


def test_every_rule_the_checker_reports_on_the_suite_is_declared():
    """The rules found by running the checker over part of the corruption suite (a few
    texts of every kind and language, and the faithful texts): ids made at run time, which
    no literal shows, must be declared too."""
    from tests import corruption as C

    reported: set[str] = set()
    for suite in (C.suite(), C.effects_suite(generated=True)):
        taken: dict[tuple[str, str], int] = {}
        for c in suite.corrupted:
            if taken.setdefault((c.kind, c.lang), 0) < 2:
                taken[c.kind, c.lang] += 1
                reported |= {f.rule for f in C.check(c.source, c.text)}
        for source in suite.faithful[::4]:
            reported |= {f.rule for f in C.check(source, source.text)}
    # every rule the suite counts a catch under is declared, and each kind's catch is seen
    counted = {rule for rules in C.RULES.values() for rule in rules}
    assert counted <= set(installed().rules), sorted(counted - set(installed().rules))
    unseen = {kind for kind, rules in C.RULES.items() if not rules & reported}
    assert not unseen, f"kinds none of whose rules the checker reported: {sorted(unseen)}"
    undeclared = reported - set(installed().rules)
    assert not undeclared, f"rules reported but not declared: {sorted(undeclared)}"


# --- selection ---------------------------------------------------------------------------


def test_an_id_matches_itself_and_the_ids_it_is_a_prefix_of_at_a_hyphen():
    assert matches("hedge", "hedge-dropped") and matches("hedge-dropped", "hedge-dropped")
    assert not matches("hed", "hedge-dropped") and not matches("too-long", "sms-too-long")


@pytest.mark.parametrize(("select", "ignore", "reported"), [
    ((), ("hedge",), {"wrong-context"}),
    (("hedge",), (), {"hedge-dropped", "hedge-reversed"}),
    (("hedge",), ("hedge-dropped",), {"hedge-reversed"}),
    (("hedge-dropped",), ("hedge",), {"hedge-dropped"}),  # the more specific wins
    (("hedge",), ("hedge",), set()),  # a tie: ignore wins
])
def test_the_more_specific_of_select_and_ignore_wins(select, ignore, reported):
    chosen = Selection((Layer(select, ignore),))
    ids = {"hedge-dropped", "hedge-reversed", "wrong-context"}
    assert {rule for rule in ids if chosen.allows(rule)} == reported


def test_the_command_line_comes_after_the_sheet():
    sheet = Layer(select=("hedge",), ignore=("hedge-reversed",))
    assert not Selection((sheet,)).allows("wrong-context")
    assert Selection((sheet, Layer(select=("hedge-reversed",)))).allows("hedge-reversed")
    both = Selection((sheet, Layer(ignore=("hedge-dropped",))))
    assert not both.allows("hedge-dropped") and not both.allows("wrong-context")


# --- the command ---------------------------------------------------------------------------


def test_rules_command_lists_every_rule_with_its_plugin(run_cli):
    result = run_cli("rules", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = {row["id"]: row for row in json.loads(result.stdout)}
    assert rows["term-corrupted"]["plugin"] == "checks"
    assert rows["draft-line"]["plugin"] == "plainsum" and not rows["draft-line"]["switchable"]
    assert set(rows["wrong-context"]) >= {"id", "plugin", "severity", "summary", "example",
                                          "reports"}
    text = run_cli("rules").stdout.splitlines()
    assert len(text) == len(rows)
    assert any(re.match(r"wrong-context\s+checks\s+error\s+A figure", line) for line in text)


def test_plugins_registered_lists_each_plugins_rules(run_cli):
    rows = {row["name"]: row for row in json.loads(run_cli("plugins", "--registered").stdout)}
    assert "term-corrupted" in rows["checks"]["registered"]["rules"]
    assert "rules" not in rows["summary"]["registered"]


def test_rules_command_takes_ids_and_prefixes(run_cli):
    result = run_cli("rules", "hedge", "--format", "json")
    assert [row["id"] for row in json.loads(result.stdout)] == ["hedge-dropped",
                                                                "hedge-reversed"]
    wrong = run_cli("rules", "hedg")
    assert wrong.exit_code == 2 and "did you mean 'hedge'" in wrong.stderr


def _builtin_markdown(monkeypatch) -> str:
    """docs/rules.md is made from the rules of plainsum and its built-in plugins only, so
    it does not change with what else is installed."""
    monkeypatch.setenv("PLAINSUM_LOAD_PLUGINS", "")
    from click.testing import CliRunner
    from plainsum.cli import App, main
    from plainsum.plugins import get_plugin_manager

    result = CliRunner().invoke(main, ["rules", "--format", "markdown"],
                                obj=App(pm=get_plugin_manager()))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_docs_rules_md_is_up_to_date(monkeypatch):
    made = _builtin_markdown(monkeypatch)
    assert "### term-corrupted" in made and "sms-too-long" not in made
    assert DOC.read_text("utf-8") == made, (
        "docs/rules.md is out of date: run PLAINSUM_LOAD_PLUGINS= plainsum rules "
        "--format markdown > docs/rules.md")


# --- switching findings --------------------------------------------------------------------

WRONG = ("In a trial of 400 people, more people who got the new cleanser got an infection "
         "within 30 days (7% against 10%).\n")


def _rules_of(result) -> list[str]:
    assert result.exit_code in (0, 1), result.output
    return [f["rule"] for f in json.loads(result.stdout)["findings"]]


@pytest.fixture
def wrong_text(tmp_path):
    path = tmp_path / "text.txt"
    path.write_text(WRONG, encoding="utf-8")
    return path


def test_check_select_and_ignore(run_cli, plainsum_factsheet_path, wrong_text):
    base = ["check", str(plainsum_factsheet_path), str(wrong_text), "--lang", "en",
            "--require", "none", "--format", "json"]
    every = _rules_of(run_cli(*base))
    assert {"direction-flipped", "unsupported-number"} <= set(every)
    assert "direction-flipped" not in _rules_of(run_cli(*base, "--ignore", "direction"))
    assert set(_rules_of(run_cli(*base, "--select", "unsupported-number"))) == {
        "unsupported-number"}
    nothing = run_cli(*base, "--select", "direction", "--ignore", "direction-flipped")
    assert nothing.exit_code == 0 and _rules_of(nothing) == []
    data = json.loads(nothing.stdout)
    assert {"file", "lang", "audience", "passed", "readability", "findings"} <= set(data)


@pytest.mark.parametrize(("option", "value", "message"), [
    ("--ignore", "directio", "unknown rule 'directio' in --ignore (did you mean 'direction'?"),
    ("--select", "nothing-like-it", "unknown rule 'nothing-like-it' in --select"),
    ("--select", ",", "--select is empty"),
    ("--ignore", "draft-line", "cannot be ignored"),
])
def test_a_rule_that_is_not_declared_is_a_usage_error(run_cli, plainsum_factsheet_path,
                                                      wrong_text, option, value, message):
    result = run_cli("check", str(plainsum_factsheet_path), str(wrong_text), "--lang", "en",
                     option, value)
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_the_sheets_checks_setting_switches_rules(run_cli, plainsum_factsheet_path,
                                                  wrong_text):
    sheet = plainsum_factsheet_path
    sheet.write_text(sheet.read_text("utf-8") + "checks: {ignore: [unsupported]}\n", "utf-8")
    base = ["check", str(sheet), str(wrong_text), "--lang", "en", "--require", "none",
            "--format", "json"]
    found = _rules_of(run_cli(*base))
    assert "unsupported-number" not in found and "direction-flipped" in found
    assert "unsupported-number" in _rules_of(run_cli(*base, "--select", "unsupported"))
    assert run_cli("lint", str(sheet)).exit_code == 0


def test_lint_finds_an_unknown_rule_in_the_sheet(run_cli, plainsum_factsheet_path):
    sheet = plainsum_factsheet_path
    text = sheet.read_text("utf-8") + "checks: {ignore: [wrong-contex]}\n"
    sheet.write_text(text, "utf-8")
    result = run_cli("lint", str(sheet))
    line = len(text.splitlines())
    assert result.exit_code == 2
    assert f"{sheet}:{line}:19: checks.ignore[0]: unknown rule 'wrong-contex'" in result.stdout
    checked = run_cli("check", str(sheet), str(sheet), "--lang", "en")
    assert checked.exit_code == 2 and "checks.ignore" in checked.stderr


# --- a plugin's own rule -------------------------------------------------------------------


class Shouting:
    """A plugin with one validator and the rule it reports."""

    name = "shouting"

    @hookimpl
    def register_rules(self, register):
        register(Rule("shouting-caps", "error", "A word in capitals, as if shouted.",
                      "FEWER infections.", "\"FEWER\" is shouted."))

    @hookimpl
    def register_validators(self, register):
        register(self)

    def validate(self, text, context):
        return [Finding("shouting-caps", "error", f"\"{m.group()}\" is shouted.",
                        found=m.group(), span=m.span())
                for m in re.finditer(r"\b[A-Z]{3,}\b", text)]


def test_a_plugins_own_rule_is_listed_reported_and_switched(register_plugin, run_cli,
                                                            plainsum_factsheet_path, tmp_path):
    register_plugin(Shouting(), "shouting")
    rows = {row["id"]: row for row in json.loads(run_cli("rules", "--format", "json").stdout)}
    assert rows["shouting-caps"]["plugin"] == "shouting"
    assert re.search(r"^shouting-caps\s+shouting\s+error", run_cli("rules").stdout, re.M)
    text = tmp_path / "text.txt"
    text.write_text("In a trial of 400 people, FEWER got an infection.\n", "utf-8")
    base = ["check", str(plainsum_factsheet_path), str(text), "--lang", "en", "--require",
            "none", "--format", "json"]
    assert "shouting-caps" in _rules_of(run_cli(*base))
    assert "shouting-caps" not in _rules_of(run_cli(*base, "--ignore", "shouting"))
    made = run_cli("generate", str(plainsum_factsheet_path), "--lang", "en", "--audience",
                   "press", "--generator", "summary", "--format", "json", "--ignore", "shouting")
    assert made.exit_code in (0, 1), made.output
    for output in json.loads(made.stdout)["outputs"]:
        assert all(f["rule"] != "shouting-caps" for f in output["checks"]["findings"])


def test_two_plugins_cannot_declare_one_rule(register_plugin, pm, capsys):
    class Again:
        @hookimpl
        def register_rules(self, register):
            register(Rule("term-corrupted", "warning", "Mine now."))
            register(Rule("again-mine", "warning", "Never taken."))

    register_plugin(Again(), "again")
    registry = collect(pm)
    assert registry.rules["term-corrupted"].plugin == "checks"
    assert "again-mine" not in registry.rules
    err = capsys.readouterr().err
    assert "plugin 'again' declares rule 'term-corrupted', which plugin 'checks' declares" in err


def test_a_malformed_rule_is_reported(register_plugin, pm, capsys):
    class Sloppy:
        @hookimpl
        def register_rules(self, register):
            register(Rule("Sloppy Rule", "fatal", "x"))

    register_plugin(Sloppy(), "sloppy")
    assert "Sloppy Rule" not in collect(pm).rules
    assert "is not lower-case words joined by hyphens" in capsys.readouterr().err



class ShoutingTwice(Shouting):
    """The same rule from two validators: one sees every shouted word, one only the first."""

    name = "shouting-twice"

    @hookimpl
    def register_validators(self, register):
        register(self)
        register(_FirstShout())


class _FirstShout:
    name = "first-shout"

    def validate(self, text, context):
        m = re.search(r"\b[A-Z]{3,}\b", text)
        return [Finding("shouting-caps", "error", "The first shout.", found=m.group(),
                        span=m.span())] if m else []


def test_one_error_at_one_place_is_reported_once(register_plugin, run_cli,
                                                 plainsum_factsheet_path, tmp_path):
    register_plugin(ShoutingTwice(), "shouting-twice")
    text = tmp_path / "text.txt"
    text.write_text("In a trial of 400 people, FEWER got an infection, MUCH fewer.\n", "utf-8")
    found = json.loads(run_cli("check", str(plainsum_factsheet_path), str(text), "--lang", "en",
                               "--require", "none", "--format", "json").stdout)
    spans = [tuple(f["span"]) for f in found["findings"] if f["rule"] == "shouting-caps"]
    assert sorted(spans) == sorted(set(spans)) and len(spans) == 2
