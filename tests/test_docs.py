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
    assert len(HOOKS) == 6


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
