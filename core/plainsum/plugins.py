"""Build the plugin manager on demand and collect what plugins register.

Plugins come from the ``plainsum`` entry-point group, built-ins included. A plugin that
fails to import is reported on stderr with its distribution name and skipped, so one
broken plugin cannot take the whole tool down; ``PLAINSUM_STRICT_PLUGINS=1`` makes that a
hard error. ``PLAINSUM_LOAD_PLUGINS`` (an allowlist of distributions) and
``PLAINSUM_BLOCK_PLUGINS`` (a blocklist) choose what loads.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from importlib import metadata
from typing import Any

import pluggy

from . import hookspecs
from .errors import PlainsumError

GROUP = "plainsum"


@dataclass
class PluginInfo:
    """What ``plainsum plugins`` shows for one loaded plugin."""

    name: str
    distribution: str | None
    version: str | None
    module: str


def _names(variable: str) -> set[str] | None:
    value = os.environ.get(variable)
    if value is None:
        return None
    return {part.strip().lower() for part in value.split(",") if part.strip()}


def _strict() -> bool:
    return os.environ.get("PLAINSUM_STRICT_PLUGINS", "") not in ("", "0")


def _report(message: str) -> None:
    if _strict():
        raise PlainsumError(message)
    print(f"plainsum: warning: {message}", file=sys.stderr)


def get_plugin_manager(load_entrypoints: bool = True) -> pluggy.PluginManager:
    """A new plugin manager with every installed plugin that is allowed to load."""
    pm = pluggy.PluginManager(GROUP)
    pm.add_hookspecs(hookspecs)
    pm.plugin_info = {}  # type: ignore[attr-defined]
    if load_entrypoints:
        _load_entrypoints(pm)
    return pm


def _load_entrypoints(pm: pluggy.PluginManager) -> None:
    allow = _names("PLAINSUM_LOAD_PLUGINS")
    block = _names("PLAINSUM_BLOCK_PLUGINS") or set()
    seen: set[str] = set()
    for ep in metadata.entry_points(group=GROUP):
        if ep.name in seen:  # the same distribution can be found twice on sys.path
            continue
        seen.add(ep.name)
        dist = ep.dist.name if ep.dist else None
        builtin = dist == "plainsum"
        names = {ep.name.lower(), (dist or "").lower()}
        if names & block:
            pm.set_blocked(ep.name)
            continue
        if allow is not None and not builtin and not names & allow:
            continue
        if pm.has_plugin(ep.name) or pm.is_blocked(ep.name):
            continue
        try:
            plugin = ep.load()
            pm.register(plugin, name=ep.name)
        except Exception as exc:
            _report(f"plugin {ep.name!r} from {dist or 'an unknown distribution'} "
                    f"failed to load and was skipped: {type(exc).__name__}: {exc}")
            continue
        pm.plugin_info[ep.name] = PluginInfo(  # type: ignore[attr-defined]
            ep.name, dist, ep.dist.version if ep.dist else None, ep.value)
    _check(pm)


def _check(pm: pluggy.PluginManager) -> None:
    """A misspelled hook implementation is a hard error, not a silent no-op."""
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as exc:
        raise PlainsumError(f"a plugin implements a hook that does not exist: {exc}") from None


def _tracing() -> bool:
    return os.environ.get("PLAINSUM_TRACE_PLUGINS", "") not in ("", "0")


def _call(impl: Any, hook_name: str, **kwargs: Any) -> bool:
    """Call one plugin's hook implementation: traced on request, failures reported."""
    try:
        result = impl.function(**kwargs)
    except Exception as exc:  # any plugin failure is reported, not fatal
        _report(f"plugin {impl.plugin_name!r} failed in {hook_name} and was skipped: "
                f"{type(exc).__name__}: {exc}")
        return False
    if _tracing():
        added = kwargs.get("register")
        shown = getattr(added, "__self__", result)
        print(f"plainsum: trace: {hook_name} in {impl.plugin_name!r} -> {shown!r}",
              file=sys.stderr)
    return True


@dataclass
class Registry:
    """Everything the plugins registered, by name."""

    generators: dict[str, Any] = field(default_factory=dict)
    validators: dict[str, Any] = field(default_factory=dict)
    readers: dict[str, Any] = field(default_factory=dict)
    languages: dict[str, Any] = field(default_factory=dict)
    audiences: dict[str, Any] = field(default_factory=dict)
    owners: dict[tuple[str, str], str] = field(default_factory=dict)

    def language(self, code: str) -> Any:
        if code not in self.languages:
            known = ", ".join(sorted(self.languages)) or "none"
            raise PlainsumError(f"unknown language {code!r} (installed: {known})")
        return self.languages[code]

    def audience(self, name: str) -> Any:
        if name not in self.audiences:
            raise PlainsumError(
                f"unknown audience {name!r} (known: {', '.join(sorted(self.audiences))})")
        return self.audiences[name]

    def generator(self, name: str) -> Any:
        if name not in self.generators:
            raise PlainsumError(
                f"unknown generator {name!r} (known: {', '.join(sorted(self.generators))})")
        return self.generators[name]

    def known_terms(self) -> set[str]:
        """Every term id some language pack's term bank knows."""
        out: set[str] = set()
        for pack in self.languages.values():
            out |= set(getattr(pack, "terms", {}) or {})
        return out


_KINDS = {
    "register_generators": "generators",
    "register_validators": "validators",
    "register_readers": "readers",
    "register_languages": "languages",
    "register_audiences": "audiences",
}


def collect(pm: pluggy.PluginManager) -> Registry:
    """Call every ``register_*`` hook and gather the results; a failing plugin is skipped."""
    registry = Registry()
    for hook_name, kind in _KINDS.items():
        table = getattr(registry, kind)
        for impl in reversed(getattr(pm.hook, hook_name).get_hookimpls()):
            owner = impl.plugin_name
            items: list[Any] = []
            if not _call(impl, hook_name, register=items.append):
                continue
            for item in items:
                key = _key(item, kind)
                if key is None:
                    _report(f"plugin {owner!r} registered a malformed {kind[:-1]}: {item!r}")
                    continue
                table[key] = item
                registry.owners[(kind, key)] = owner
    return registry


def _key(item: Any, kind: str) -> str | None:
    attr = {"languages": "code", "audiences": "id"}.get(kind, "name")
    key = getattr(item, attr, None)
    return key if isinstance(key, str) and key else None


def register_commands(pm: pluggy.PluginManager, cli: Any) -> None:
    """Let plugins add CLI commands; a failing plugin is reported and skipped."""
    for impl in pm.hook.register_commands.get_hookimpls():
        _call(impl, "register_commands", cli=cli)
