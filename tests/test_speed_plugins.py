"""Collecting the plugins asks for their validators only when something uses them: lint
and other commands that never check a text do not import every validator."""

from __future__ import annotations

import pickle

import pytest
from plainsum.hookspecs import hookimpl
from plainsum.plugins import collect


class _Counted:
    name = "counted"
    reads = ()

    def validate(self, text, context):
        return []


class _Plugin:
    def __init__(self):
        self.asked = 0

    @hookimpl
    def register_validators(self, register):
        self.asked += 1
        register(_Counted())


@pytest.fixture
def plugin(register_plugin, monkeypatch):
    monkeypatch.delenv("PLAINSUM_STRICT_PLUGINS", raising=False)
    made = _Plugin()
    register_plugin(made, "speed-counted")
    return made


def test_validators_are_asked_for_on_first_use_once(plugin, plainsum_pm):
    registry = collect(plainsum_pm)
    assert "en" in registry.languages and registry.known_terms()
    assert plugin.asked == 0
    assert "counted" in registry.validators and "facts" in registry.validators
    assert registry.validators is registry.validators
    assert plugin.asked == 1


def test_owners_name_the_validators_owners(plugin, plainsum_pm):
    registry = collect(plainsum_pm)
    assert registry.owners[("validators", "counted")] == "speed-counted"
    assert plugin.asked == 1


def test_the_plugins_of_the_moment_of_collecting_are_asked(plugin, plainsum_pm):
    registry = collect(plainsum_pm)
    plainsum_pm.unregister(name="speed-counted")
    assert "counted" in registry.validators


def test_a_copy_holds_what_was_collected(plugin, plainsum_pm):
    registry = collect(plainsum_pm)
    registry.languages = {}  # (the packs' own modules need not pickle)
    copy = pickle.loads(pickle.dumps(registry))
    assert "counted" in copy.validators and plugin.asked == 1


def test_strict_mode_asks_at_once(plugin, plainsum_pm, monkeypatch):
    monkeypatch.setenv("PLAINSUM_STRICT_PLUGINS", "1")
    collect(plainsum_pm)
    assert plugin.asked == 1
