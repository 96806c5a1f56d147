"""Pytest fixtures for plainsum and its plugins, loaded through the ``pytest11`` entry point.

Plugin authors get them for free once plainsum is installed::

    def test_my_generator(plainsum_registry, plainsum_factsheet):
        outputs = generate(plainsum_factsheet, plainsum_registry, ["en"], ["patients"], ["sms"])

``plainsum_pm`` is a fresh plugin manager with every installed plugin;
``register_plugin(obj, name)`` adds one for a single test and removes it afterwards;
``plainsum_cli(*args)`` runs the command line in-process against that manager.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

EXAMPLE = """\
schema_version: 1
id: example-trial
title: {en: A small example trial}
study: {condition: infection, intervention: antiseptic, design: [randomised-trial],
        main_fact: fewer-infections}
groups:
  - id: all
    label: {en: {plain: people in the trial, technical: participants}}
  - id: treated
    label: {en: {plain: people who got the new cleanser, technical: intervention group}}
  - id: control
    label: {en: {plain: people who got the usual cleanser, technical: control group}}
times:
  - {id: 30d, value: 30, unit: day, relation: within}
outcomes:
  - id: infected
    polarity: higher-is-worse
    label: {en: {plain: got an infection, technical: developed an infection}}
facts:
  - {id: cohort, kind: count, value: 400, group: all, key: true}
  - {id: treated-rate, kind: proportion, value: 5, group: treated, outcome: infected,
     time: 30d, key: true}
  - {id: control-rate, kind: proportion, value: 10, group: control, outcome: infected,
     time: 30d, key: true}
  - {id: fewer-infections, kind: comparison, facts: [treated-rate, control-rate],
     direction: lower, key: true}
hashtags: ["#Example"]
terms:
  - {id: infection, key: true}
  - {id: antiseptic}
  - {id: randomised-trial}
"""


@pytest.fixture
def plainsum_pm() -> Any:
    """A fresh plugin manager with every installed plugin."""
    from plainsum.plugins import get_plugin_manager

    return get_plugin_manager()


@pytest.fixture
def plainsum_registry(plainsum_pm: Any) -> Any:
    """What the plugins of ``plainsum_pm`` registered (languages, generators, ...)."""
    from plainsum.plugins import collect

    return collect(plainsum_pm)


@pytest.fixture
def register_plugin(plainsum_pm: Any) -> Iterator[Callable[[object, str], None]]:
    """Register a plugin object for one test; it is unregistered afterwards."""
    added: list[str] = []

    def register(plugin: object, name: str) -> None:
        plainsum_pm.register(plugin, name=name)
        added.append(name)

    yield register
    for name in added:
        if plainsum_pm.has_plugin(name):
            plainsum_pm.unregister(name=name)


@pytest.fixture
def plainsum_cli(plainsum_pm: Any) -> Callable[..., Any]:
    """Run ``plainsum ARGS`` in-process with the test's plugin manager; returns the result
    of :meth:`click.testing.CliRunner.invoke` (``exit_code``, ``stdout``, ``stderr``)."""
    from click.testing import CliRunner

    from plainsum.cli import App, main

    def run(*args: str, input: str | None = None) -> Any:
        return CliRunner().invoke(main, list(args), obj=App(pm=plainsum_pm), input=input)

    return run


@pytest.fixture
def plainsum_factsheet_path(tmp_path: Path) -> Path:
    """A small, valid English fact sheet (a two-arm trial) written to a temporary file."""
    path = tmp_path / "facts.yaml"
    path.write_text(EXAMPLE, encoding="utf-8")
    return path


@pytest.fixture
def plainsum_factsheet(plainsum_factsheet_path: Path, plainsum_registry: Any) -> Any:
    """The small fact sheet, loaded."""
    from plainsum.factsheet import load_factsheet

    return load_factsheet(plainsum_factsheet_path, plainsum_registry.known_terms())
