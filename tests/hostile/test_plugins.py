"""Hostile and broken plugins: each failure is named once, the rest of plainsum goes on,
strict mode stops with one line, and no plugin writes outside ``--out``."""

from __future__ import annotations

import dataclasses
import json
import time
from pathlib import Path

import pytest
from plainsum.audience import Audience
from plainsum.hookspecs import hookimpl
from plainsum.outputs import Output

from ..conftest import SEED_FACTS
from ..test_plugin_isolation import install, plainsum
from .helpers import one_error, run, snapshot

SUMMARY = ["generate", str(SEED_FACTS), "--lang", "en", "--audience", "patients",
           "--generator", "summary"]


class Generator:
    """A generator whose ``variants`` and ``generate`` behave as told."""

    description = "hostile"
    order = 0

    def __init__(self, name: str, variants=("only",), generate=None):
        self.name, self._variants, self._generate = name, variants, generate

    def variants(self, factsheet, audience):
        return self._variants(factsheet, audience) if callable(self._variants) \
            else self._variants

    def generate(self, request):
        if self._generate is not None:
            return self._generate(request)
        return Output(self.name, request.variant, request.audience.id, request.pack.code,
                      "A text.")


def registering(kind: str, *items):
    class Plugin:
        pass

    def register_all(register):
        for item in items:
            register(item)

    setattr(Plugin, f"register_{kind}", staticmethod(hookimpl(register_all)))
    return Plugin()


def boom(*args):
    raise RuntimeError("the model server is not running")


@pytest.mark.parametrize("generator", [
    Generator("raising", generate=boom),
    Generator("garbage", generate=lambda request: "not an output"),
    Generator("no-variants", variants=None),
    Generator("raising-variants", variants=boom),
])
def test_a_failing_generator_is_named_and_left_out(pm, register_plugin, monkeypatch,
                                                   generator):
    register_plugin(registering("generators", generator), "hostile")
    result = run(pm, *SUMMARY[:-1], f"summary,{generator.name}")
    assert result.exit_code == 0, result.output
    assert "summary/summary" in result.stdout and f"{generator.name}/" not in result.stdout
    warnings = [line for line in result.stderr.splitlines() if "warning" in line]
    assert len(warnings) == 1 and "'hostile'" in warnings[0] and generator.name in warnings[0]
    monkeypatch.setenv("PLAINSUM_STRICT_PLUGINS", "1")
    strict = run(pm, *SUMMARY[:-1], f"summary,{generator.name}")
    assert strict.exit_code == 2 and not strict.stdout
    line = one_error(strict.stderr, "'hostile'", generator.name, "PLAINSUM_STRICT_PLUGINS")
    assert "skipped" not in line and "left out" not in line


class RaisingValidator:
    name = "raising-validator"

    def validate(self, text, context):
        raise ValueError("cannot parse")


def test_a_failing_validator_fails_the_texts_it_should_check(pm, register_plugin,
                                                             monkeypatch):
    register_plugin(registering("validators", RaisingValidator()), "hostile")
    result = run(pm, *SUMMARY, "--format", "json")
    assert result.exit_code == 1
    [output] = json.loads(result.stdout)["outputs"]
    assert not output["checks"]["passed"]
    assert [f["rule"] for f in output["checks"]["findings"]] == ["validator-failed"]
    assert result.stderr.count("raising-validator") == 1
    monkeypatch.setenv("PLAINSUM_STRICT_PLUGINS", "1")
    strict = run(pm, *SUMMARY)
    assert strict.exit_code == 2
    one_error(strict.stderr, "'hostile'", "raising-validator", "cannot parse")


def test_a_plugin_replacing_a_language_is_reported_and_wins(pm, register_plugin,
                                                            registry):
    english = dataclasses.replace(registry.languages["en"], name="English (house style)")
    register_plugin(registering("languages", english), "house-style")
    result = run(pm, "languages", "--format", "json")
    assert result.exit_code == 0
    [row] = [row for row in json.loads(result.stdout) if row["code"] == "en"]
    assert row["plugin"] == "house-style" and row["name"] == "English (house style)"
    assert "'house-style' replaces the language 'en' of plugin 'lang_en'" in result.stderr
    listing = run(pm, "plugins", "--registered")
    owns = {row["name"]: row["registered"] for row in json.loads(listing.stdout)}
    assert owns["house-style"] == {"languages": ["en"]} and owns["lang_en"] == {}
    assert owns["lang_es"] == {"languages": ["es"]}


def test_a_plugin_command_named_like_a_built_in_is_not_taken(pm, register_plugin):
    import click

    class Commands:
        @hookimpl
        def register_commands(self, cli):
            @cli.command(name="lint")
            def hijack():
                click.echo("hijacked")

    register_plugin(Commands(), "hijacker")
    result = run(pm, "lint", str(SEED_FACTS))
    assert result.exit_code == 0 and "hijacked" not in result.output
    listing = run(pm, "--help")  # plugin commands are gathered when commands are listed
    assert "'hijacker' adds a command 'lint', which is built in" in listing.stderr


@pytest.mark.parametrize("kind, make, words", [
    ("generators", lambda en: Generator("escape", variants=["../../../../outside"]),
     ["'escaper'", "'escape'", "not a list of names that can name files"]),
    ("audiences", lambda en: Audience(id="../outside", name="x", description="x",
                                      register="plain", level="public"),
     ["'escaper'", "audience whose id '../outside' cannot be a file name"]),
    ("languages", lambda en: dataclasses.replace(en, code="/tmp/outside"),
     ["'escaper'", "language whose code '/tmp/outside' cannot be a file name"]),
])
def test_plugin_names_never_reach_outside_the_folder(pm, register_plugin, registry,
                                                     tmp_path: Path, kind, make, words):
    """A name that cannot be a file name is refused where the plugin hands it over (with a
    warning; the rest of the run goes on); nothing is written outside ``--out``."""
    item = make(registry.languages["en"])
    register_plugin(registering(kind, item), "escaper")
    out = tmp_path / "deep" / "er" / "out"
    out.parent.mkdir(parents=True)
    (out.parent / "mine.txt").write_text("the user's file", encoding="utf-8")
    args = {"generators": ["--generator", "summary,escape", "--lang", "en"],
            "audiences": ["--audience", "patients,../outside", "--lang", "en"],
            "languages": ["--lang", "en,/tmp/outside"]}[kind]
    before = snapshot(tmp_path)
    result = run(pm, "generate", str(SEED_FACTS), *args, "--out", str(out), "--force")
    [warning] = [line for line in result.stderr.splitlines() if "warning" in line]
    assert all(word in warning for word in words), warning
    after = snapshot(tmp_path)
    assert {k: v for k, v in after.items() if not k.startswith("deep/er/out/")} == before
    assert not Path("/tmp/outside").exists()
    if kind == "generators":
        assert result.exit_code == 0 and "deep/er/out/en/patients/summary-summary.txt" in after
    else:
        assert result.exit_code == 2 and not (out / "index.json").exists()
        one_error(result.stderr, "unknown", "outside")


def test_a_plugin_that_exits_at_import_is_skipped(tmp_path: Path):
    install(tmp_path, "plainsum-exits", "plainsum_exits", "import sys\nsys.exit(3)\n")
    result = plainsum(tmp_path, *SUMMARY)
    assert result.returncode == 0, result.stderr
    assert "plainsum_exits" in result.stderr and "sys.exit(3)" in result.stderr
    strict = plainsum(tmp_path, "plugins", PLAINSUM_STRICT_PLUGINS="1")
    assert strict.returncode == 2 and "sys.exit(3)" in strict.stderr


def test_a_plugin_that_hangs_is_stopped_and_named(tmp_path: Path):
    install(tmp_path, "plainsum-hangs", "plainsum_hangs",
            "import time\nfrom plainsum.hookspecs import hookimpl\n\n"
            "@hookimpl\ndef register_generators(register):\n    time.sleep(600)\n")
    started = time.monotonic()
    result = plainsum(tmp_path, *SUMMARY, PLAINSUM_PLUGIN_TIMEOUT="1",
                      PLAINSUM_TRACE_PLUGINS="1")
    assert time.monotonic() - started < 60
    assert result.returncode == 0, result.stderr
    assert "plainsum: trace: register_generators in 'plainsum_hangs'" in result.stderr
    assert "'plainsum_hangs' failed in register_generators: TimedOut: took longer than 1 s" \
        in result.stderr
    assert "summary/summary" in result.stdout


@pytest.mark.parametrize("limit", ["inf", "1e999", "1e300", "nan"])
def test_a_time_limit_too_long_to_set_is_no_limit(tmp_path: Path, limit: str):
    """``PLAINSUM_PLUGIN_TIMEOUT=inf`` (no limit, as a user would say it): the timer cannot
    be set that far, which made every third-party plugin "fail to load"."""
    install(tmp_path, "plainsum-fine", "plainsum_fine",
            "from plainsum.hookspecs import hookimpl\n\n"
            "@hookimpl\ndef register_generators(register):\n    pass\n")
    result = plainsum(tmp_path, "plugins", PLAINSUM_PLUGIN_TIMEOUT=limit)
    assert result.returncode == 0, result.stderr
    assert "failed" not in result.stderr, result.stderr
    assert "plainsum_fine" in result.stdout
