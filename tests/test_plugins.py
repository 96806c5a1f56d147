"""The plugin system: built-ins load through entry points, and plugins can't break the tool."""

from __future__ import annotations

import json

import pytest
from plainsum.audience import Audience
from plainsum.errors import PlainsumError
from plainsum.hookspecs import hookimpl
from plainsum.outputs import Output
from plainsum.pipeline import generate
from plainsum.plugins import collect, get_plugin_manager

from .conftest import SEED_FACTS

BUILTINS = {"lang_en", "lang_es", "lang_fr", "lang_de", "lang_it", "lang_pt", "audiences",
            "summary", "social", "glossary", "checks", "readers", "extract"}


def test_builtins_are_ordinary_entry_point_plugins(pm):
    assert {name for name, _ in pm.list_name_plugin()} >= BUILTINS
    info = pm.plugin_info
    assert all(info[name].distribution == "plainsum" for name in BUILTINS)


def test_registry_has_each_kind(registry):
    assert {"en", "es"} <= set(registry.languages)
    assert {"patients", "public", "press", "clinicians"} <= set(registry.audiences)
    assert {"summary", "social", "glossary"} <= set(registry.generators)
    assert registry.validators


def test_plugins_command_prints_json(run_cli):
    result = run_cli("plugins")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    by_name = {row["name"]: row for row in rows}
    assert by_name["summary"]["hooks"] == ["register_generators"]
    assert by_name["lang_es"]["version"]
    assert set(rows[0]) == {"name", "distribution", "version", "module", "hooks"}


def test_a_registered_audience_is_used_for_one_test(register_plugin, pm):
    class Teens:
        @hookimpl
        def register_audiences(self, register):
            register(Audience(id="teens", name="Teenagers", description="Ages 13-17",
                              level="patients", targets={"en": 5}))

    register_plugin(Teens(), "teens")
    registry = collect(pm)
    assert registry.audiences["teens"].targets == {"en": 5}


def test_audience_is_gone_after_the_test(registry):
    assert "teens" not in registry.audiences


def test_a_hook_that_raises_is_reported_and_skipped(register_plugin, pm, capsys):
    class Broken:
        @hookimpl
        def register_generators(self, register):
            raise RuntimeError("boom")

    register_plugin(Broken(), "broken-gen")
    registry = collect(pm)
    assert "summary" in registry.generators
    err = capsys.readouterr().err
    assert err.count("broken-gen") == 1 and "boom" in err


def test_strict_mode_turns_a_broken_plugin_into_an_error(register_plugin, pm, monkeypatch):
    class Broken:
        @hookimpl
        def register_validators(self, register):
            raise RuntimeError("boom")

    register_plugin(Broken(), "broken-val")
    monkeypatch.setenv("PLAINSUM_STRICT_PLUGINS", "1")
    with pytest.raises(PlainsumError, match="broken-val"):
        collect(pm)


def test_a_generator_returning_garbage_is_left_out_by_name(register_plugin, pm, capsys,
                                                          monkeypatch):
    from plainsum.factsheet import load_factsheet

    class Garbage:
        name = "garbage"
        description = "returns a string"
        order = 0

        def variants(self, factsheet, audience):
            return ["only"]

        def generate(self, request):
            return "not an output"

    class Plugin:
        @hookimpl
        def register_generators(self, register):
            register(Garbage())

    register_plugin(Plugin(), "garbage-plugin")
    registry = collect(pm)
    sheet = load_factsheet(SEED_FACTS)
    outputs = generate(sheet, registry, ["en"], ["public"], ["garbage", "summary"])
    assert [o.generator for o in outputs] == ["summary"]
    assert "'garbage-plugin' failed in generator 'garbage'" in capsys.readouterr().err
    monkeypatch.setenv("PLAINSUM_STRICT_PLUGINS", "1")
    with pytest.raises(PlainsumError, match=r"garbage-plugin.*garbage.*not an Output"):
        generate(sheet, collect(pm), ["en"], ["public"], ["garbage"])


def test_blocking_a_builtin(monkeypatch):
    monkeypatch.setenv("PLAINSUM_BLOCK_PLUGINS", "social")
    registry = collect(get_plugin_manager())
    assert "social" not in registry.generators and "summary" in registry.generators


def test_a_misspelled_hook_is_found():
    from plainsum.plugins import unknown_hooks

    pm = get_plugin_manager(load_entrypoints=False)

    class Typo:
        @hookimpl
        def register_generatorz(self, register):
            pass

        @hookimpl
        def register_audiences(self, register):
            pass

    typo = Typo()
    pm.register(typo, name="typo")
    assert unknown_hooks(pm, typo) == ["register_generatorz"]


def test_a_plugin_can_add_a_command(register_plugin, run_cli):
    import click

    class Commands:
        @hookimpl
        def register_commands(self, cli):
            @cli.command()
            def hello():
                """Say hello."""
                click.echo("hello from a plugin")

    register_plugin(Commands(), "commands")
    result = run_cli("hello")
    assert result.exit_code == 0 and "hello from a plugin" in result.stdout


def test_output_type_is_the_contract():
    out = Output("g", "v", "patients", "en", "text")
    assert set(out.to_json()) == {"generator", "variant", "audience", "lang", "text",
                                  "facts", "limitations", "terms", "platform", "checks",
                                  "draft"}
    assert out.to_json()["limitations"] == []  # the ids of the limitations it states


def test_a_reader_is_registered_by_name(register_plugin, pm):
    class UpperReader:
        name = "shout"
        suffixes = (".shout",)

        def read(self, data: bytes) -> str:
            return data.decode("utf-8").lower()

    class Plugin:
        @hookimpl
        def register_readers(self, register):
            register(UpperReader())
            register(object())  # no name: malformed, reported and skipped

    register_plugin(Plugin(), "shout-reader")
    registry = collect(pm)
    assert registry.readers["shout"].read(b"HELLO") == "hello"
    assert registry.owners[("readers", "shout")] == "shout-reader"
    assert not [r for r in registry.readers.values() if type(r) is object]
