"""Paths, short names for the fixtures plainsum ships to plugin authors (``plainsum.testing``,
loaded through the ``pytest11`` entry point), and what several test modules share: the
registry collected once per module, the installed registry, skipping without a pack."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = ROOT / "seeds" / "hsct-ms-2021"
SEED_FACTS = SEED / "facts.yaml"
TRIAL_FACTS = ROOT / "examples" / "chlorhexidine-csection-2016" / "facts.yaml"


@pytest.fixture
def pm(plainsum_pm):
    return plainsum_pm


@pytest.fixture
def registry(plainsum_registry):
    """What the plugins of this test's ``pm`` registered, collected afresh for each test, so
    that a plugin one test registers is gone for the next (see ``module_registry``)."""
    return plainsum_registry


@pytest.fixture(scope="module")
def module_registry(request: pytest.FixtureRequest) -> Any:
    """What every installed plugin registered, collected once per test module from a plugin
    manager of its own.

    A module whose tests register no plugin binds ``registry = module_registry`` (imported
    from here): collecting once is cheaper than once a test, and its module-scoped fixtures (a
    fact sheet loaded once) can use it, which the per-test ``registry`` does not allow. One
    fixture rather than a copy in each such module; the module is skipped when a language
    pack named in its ``PACKS`` is not installed. Such a module's tests ask for ``registry``
    only: pytest keeps the imported name ``module_registry`` there as a second fixture of its
    own, collected again if asked for. A module may instead ask for ``module_registry`` by
    name, without importing it (tests/test_generate_kinds.py).
    """
    from plainsum.plugins import collect, get_plugin_manager

    registry = collect(get_plugin_manager())
    skip_without_packs(registry, getattr(request.module, "PACKS", ()))
    return registry


@pytest.fixture
def run_cli(plainsum_cli):
    return plainsum_cli


@pytest.fixture
def cli(pm, register_plugin, run_cli):
    """The CLI with the readers and extract plugins registered (for extract, lint --release
    and the draft gate), whatever the installed entry points are."""
    import importlib

    for module, name in (("plainsum_readers", "readers"), ("plainsum_extract", "extract")):
        if not pm.has_plugin(name):
            register_plugin(importlib.import_module(module), name)
    return run_cli


@pytest.fixture(scope="module")
def bank() -> dict[str, Any]:
    """The English pack's term bank, as extract gets it."""
    registry = installed()
    if "en" not in registry.languages:
        pytest.skip("the English language pack is not installed")
    return dict(registry.languages["en"].terms)


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


@functools.cache
def installed() -> Any:
    """What every installed plugin registered, collected once for the whole run."""
    from plainsum.plugins import collect, get_plugin_manager

    return collect(get_plugin_manager())


def registry_with(codes: list[str] | tuple[str, ...]) -> Any:
    """The installed registry; the test is skipped when one of ``codes`` has no pack."""
    registry = installed()
    skip_without_packs(registry, codes)
    return registry


def skip_without_packs(registry: Any, codes: Iterable[str]) -> None:
    """Skip the test (or module) when one of the language packs ``codes`` is not installed."""
    missing = [code for code in codes if code not in registry.languages]
    if missing:
        pytest.skip(f"language packs not installed: {missing}")


def known_terms() -> frozenset[str]:
    """Every term id the installed language packs know."""
    return frozenset(installed().known_terms())
