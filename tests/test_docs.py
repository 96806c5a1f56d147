"""The plugin docs match the code: every hook documented with its exact signature, every
hook exercised by a test, and the tutorial's plugin really works."""

from __future__ import annotations

import inspect
import re
import textwrap
import types

import pytest
from plainsum import hookspecs
from plainsum.pipeline import generate

from .conftest import ROOT

DOC = (ROOT / "docs" / "plugins.md").read_text("utf-8")
HOOKS = {name: fn for name, fn in vars(hookspecs).items()
         if name.startswith("register_") and callable(fn)}


def test_there_are_hooks():
    assert len(HOOKS) == 8


@pytest.mark.parametrize("name", sorted(HOOKS))
def test_hook_is_documented_with_its_signature(name):
    params = ", ".join(inspect.signature(HOOKS[name]).parameters)
    assert f"### {name}({params})" in DOC


@pytest.mark.parametrize("name", sorted(HOOKS))
def test_hook_has_a_test(name):
    sources = [p.read_text("utf-8") for p in (ROOT / "tests").glob("test_*.py")
               if p.name != "test_docs.py"]
    assert any(re.search(rf"def {name}\(", src) for src in sources), (
        f"no test implements {name}")


def _tutorial_blocks() -> list[str]:
    section = DOC.split("## Writing a plugin", 1)[1].split("## Hook reference", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.S)


def test_the_tutorial_plugin_works(register_plugin, plainsum_pm, plainsum_factsheet_path,
                                   plainsum_cli):
    plugin_code, test_code = _tutorial_blocks()
    module = types.ModuleType("plainsum_headline")
    exec(compile(textwrap.dedent(plugin_code), "docs/plugins.md", "exec"), module.__dict__)
    register_plugin(module, "headline")
    from plainsum.factsheet import load_factsheet
    from plainsum.plugins import collect

    registry = collect(plainsum_pm)
    sheet = load_factsheet(plainsum_factsheet_path, registry.known_terms())
    tests: dict = {}
    exec(compile(test_code, "docs/plugins.md", "exec"), tests)
    tests["test_headline"](registry, sheet)
    tests["test_cli"](plainsum_cli, plainsum_factsheet_path)
    [press] = generate(sheet, registry, ["en"], ["press"], ["headline"])
    assert press.checks.passed and "5%" in press.text


# docs/factsheet.md: every YAML example is a valid piece of a fact sheet, and every fact
# kind, hedge and design the model knows is documented.

FACTSHEET_DOC = (ROOT / "docs" / "factsheet.md").read_text("utf-8")
YAML_BLOCKS = re.findall(r"```yaml\n(.*?)```", FACTSHEET_DOC, flags=re.S)


def _section(title: str) -> str:
    """From the heading ``title`` to the next heading of any level."""
    return FACTSHEET_DOC.split(title, 1)[1].split("\n#", 1)[0]


def _doc_data(block: str) -> dict | None:
    from plainsum.factsheet.load import parse_yaml

    located = parse_yaml(block, "docs/factsheet.md")
    assert not located.duplicates, "a key given twice in a docs example"
    return located.data


def _part_schema(key: str) -> dict:
    """The schema of one top-level field (or of a label), with the definitions it uses."""
    from plainsum.factsheet import schema

    full = schema()
    if key in full["properties"]:
        node = full["properties"][key]
    elif key == "label":
        node = full["properties"]["groups"]["items"]["properties"]["label"]
    else:
        pytest.fail(f"docs example with a field no fact sheet has: {key!r}")
    return {"$defs": full["$defs"], **node}


def _doc_facts() -> list[dict]:
    facts: list[dict] = []
    for block in YAML_BLOCKS:
        if all(line.startswith("#") for line in block.strip().splitlines()):
            continue
        data = _doc_data(block)
        if isinstance(data, dict):
            facts += data.get("facts", [])
    return facts


def test_factsheet_doc_has_yaml_examples():
    assert len(YAML_BLOCKS) >= 15


@pytest.mark.parametrize("block", YAML_BLOCKS, ids=lambda b: b.split("\n", 1)[0][:40])
def test_every_yaml_example_in_the_factsheet_doc_matches_the_schema(block):
    import jsonschema

    if all(line.startswith("#") for line in block.strip().splitlines()):
        return  # the editor's schema comment
    data = _doc_data(block)
    assert isinstance(data, dict)
    for key, value in data.items():
        validator = jsonschema.Draft202012Validator(_part_schema(key))
        errors = [f"{'.'.join(map(str, e.absolute_path))}: {e.message}"
                  for e in validator.iter_errors(value)]
        assert errors == [], f"{key}: {errors}"


def test_no_example_fact_contradicts_itself():
    from plainsum.factsheet import _figure_problems

    found = {f["id"]: list(_figure_problems(f)) for f in _doc_facts()}
    assert {k: v for k, v in found.items() if v} == {}


def test_every_fact_kind_is_in_the_table_and_has_an_example():
    from plainsum.factsheet.model import KINDS

    table = set(re.findall(r"^\| `([a-z-]+)` \|", _section("## facts\n"), flags=re.M))
    assert table == set(KINDS)
    assert {f["kind"] for f in _doc_facts()} == set(KINDS)


def test_every_hedge_and_role_is_documented_with_an_example():
    from plainsum.factsheet.model import HEDGES

    hedge_table = set(re.findall(r"^\| `([a-z-]+)` \|", _section("### count, proportion"),
                                 flags=re.M))
    assert hedge_table == set(HEDGES)
    facts = _doc_facts()
    assert {f["hedge"] for f in facts if "hedge" in f} <= set(HEDGES)
    assert any(f.get("role") == "background" for f in facts)


def test_the_designs_the_doc_lists_are_the_ones_the_model_reads():
    from plainsum.factsheet.model import OBSERVATIONAL_DESIGNS, RANDOMISED_DESIGNS

    section = _section("### What kind of evidence")
    randomised, observational = (item.split("→")[0] for item in section.split("\n- ")[1:3])
    assert set(re.findall(r"`([a-z-]+)`", randomised)) == RANDOMISED_DESIGNS
    assert set(re.findall(r"`([a-z-]+)`", observational)) == OBSERVATIONAL_DESIGNS
    assert "evidence:" in section


def test_the_units_the_doc_lists_are_the_schemas():
    from plainsum.factsheet import schema

    listed = re.search(r"Units a `mean` or `range` can carry: (.*?)\. Anything",
                       " ".join(_section("## facts\n").split()))
    assert listed is not None
    facts = schema()["properties"]["facts"]["items"]["oneOf"]
    enums = {tuple(b["properties"]["unit"]["enum"]) for b in facts
             if b["properties"]["kind"].get("const") in ("mean", "range")}
    assert [set(e) for e in enums] == [set(listed.group(1).split(", "))]
