"""Shared fixtures: the real plugin manager, a registry, and a CLI runner bound to them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from plainsum.cli import App, main
from plainsum.plugins import Registry, collect, get_plugin_manager

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = ROOT / "seeds" / "hsct-ms-2021"
SEED_FACTS = SEED / "facts.yaml"


@pytest.fixture
def pm():
    """A fresh plugin manager with every installed plugin."""
    return get_plugin_manager()


@pytest.fixture
def registry(pm) -> Registry:
    return collect(pm)


@pytest.fixture
def register_plugin(pm) -> Iterator:
    """Register a plugin object for one test; it is unregistered afterwards."""
    added: list[str] = []

    def register(plugin: object, name: str) -> None:
        pm.register(plugin, name=name)
        added.append(name)

    yield register
    for name in added:
        pm.unregister(name=name)


@pytest.fixture
def run_cli(pm):
    """Invoke ``plainsum`` in-process with the test's plugin manager."""

    def run(*args: str, input: str | None = None) -> Result:
        return CliRunner().invoke(main, list(args), obj=App(pm=pm), input=input)

    return run


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED
