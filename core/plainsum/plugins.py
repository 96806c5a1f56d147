"""Build the plugin manager on demand and collect what plugins register.

Plugins come from the ``plainsum`` entry-point group, built-ins included. A plugin that
fails to import is reported on stderr with its distribution name and skipped, so one
broken plugin cannot take the whole tool down; ``PLAINSUM_STRICT_PLUGINS=1`` makes that a
hard error. ``PLAINSUM_LOAD_PLUGINS`` (an allowlist of distributions) and
``PLAINSUM_BLOCK_PLUGINS`` (a blocklist) choose what loads.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import metadata
from typing import Any

import pluggy

from . import hookspecs, interrupts
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


def _report(problem: str, consequence: str = "skipped") -> None:
    """A plugin's failure: a warning and ``consequence`` (it is skipped), or under strict
    mode an error that stops the command."""
    if _strict():
        raise PluginError(f"{problem} (PLAINSUM_STRICT_PLUGINS is set)")
    print(f"plainsum: warning: {problem}; {consequence}", file=sys.stderr)


class PluginError(PlainsumError):
    """A plugin failed and strict mode is on, or a plugin's failure leaves nothing to run."""


def _time_limit() -> float:
    """Seconds any one call into a third-party plugin may take (0: no limit)."""
    value = os.environ.get("PLAINSUM_PLUGIN_TIMEOUT", "")
    try:
        return max(float(value), 0.0) if value else 60.0
    except ValueError:
        raise PlainsumError(f"PLAINSUM_PLUGIN_TIMEOUT={value!r} is not a number of "
                            "seconds") from None


def get_plugin_manager(load_entrypoints: bool = True) -> pluggy.PluginManager:
    """A new plugin manager with every installed plugin that is allowed to load."""
    pm = pluggy.PluginManager(GROUP)
    pm.add_hookspecs(hookspecs)
    pm.plugin_info = {}  # type: ignore[attr-defined]
    if load_entrypoints:
        _load_entrypoints(pm)
    return pm


def _load_entrypoints(pm: pluggy.PluginManager) -> None:
    """Built-ins first, then third-party plugins by distribution name: the order in which
    a later plugin's language, audience or generator replaces an earlier one's."""
    allow = _names("PLAINSUM_LOAD_PLUGINS")
    block = _names("PLAINSUM_BLOCK_PLUGINS") or set()
    limit = _time_limit()
    seen: set[str] = set()
    found = sorted(metadata.entry_points(group=GROUP),
                   key=lambda ep: (_dist(ep) != "plainsum", (_dist(ep) or "").lower(), ep.name))
    for ep in found:
        if ep.name in seen:  # the same distribution can be found twice on sys.path
            continue
        seen.add(ep.name)
        dist = _dist(ep)
        builtin = dist == "plainsum"
        names = {ep.name.lower(), (dist or "").lower()}
        if names & block:
            pm.set_blocked(ep.name)
            continue
        if allow is not None and not builtin and not names & allow:
            continue
        if pm.has_plugin(ep.name) or pm.is_blocked(ep.name):
            continue
        info = PluginInfo(ep.name, dist, ep.dist.version if ep.dist else None, ep.value)
        where = f"plugin {ep.name!r} from {dist or 'an unknown distribution'}"
        _trace(f"loading {where}")
        try:
            with interrupts.time_limit(0 if builtin else limit):
                plugin = ep.load()
            pm.register(plugin, name=ep.name)
        except (Exception, SystemExit) as exc:  # a plugin may even call sys.exit
            _report(f"{where} failed to load: {_why(exc)}")
            if builtin:  # plainsum without one of its own parts (see :func:`unproven`)
                pm.__dict__.setdefault("broken_builtins", {})[ep.name] = _why(exc)
            continue
        unknown = unknown_hooks(pm, plugin)
        if unknown:
            pm.unregister(plugin)
            hooks = [*sorted([*_KINDS, "register_rules"]), "register_commands"]
            _report(f"{where} implements hooks that do not exist: {', '.join(unknown)} "
                    f"(the hooks are {', '.join(hooks)})")
            continue
        pm.plugin_info[ep.name] = info  # type: ignore[attr-defined]


def unknown_hooks(pm: pluggy.PluginManager, plugin: object) -> list[str]:
    """The hooks ``plugin`` implements that plainsum does not have (a misspelled name
    would otherwise be a silent no-op)."""
    return sorted(c.name for c in pm.get_hookcallers(plugin) or [] if not c.has_spec())


def _dist(ep: metadata.EntryPoint) -> str | None:
    return ep.dist.name if ep.dist else None


def _why(exc: BaseException) -> str:
    if isinstance(exc, SystemExit):
        return f"it called sys.exit({exc.code!r})"
    text = " ".join(str(exc).split())
    text = text if len(text) <= 300 else f"{text[:299]}…"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _tracing() -> bool:
    return os.environ.get("PLAINSUM_TRACE_PLUGINS", "") not in ("", "0")


def tracing_on() -> bool:
    """Whether calls into plugins are traced (``PLAINSUM_TRACE_PLUGINS``): for a caller
    about to make many calls, to ask once (:func:`call_plugin`'s ``tracing``)."""
    return _tracing()


def _trace(message: str) -> None:
    if _tracing():
        print(f"plainsum: trace: {message}", file=sys.stderr, flush=True)


def is_builtin(pm: pluggy.PluginManager, plugin_name: str) -> bool:
    info = getattr(pm, "plugin_info", {}).get(plugin_name)
    return info is not None and info.distribution == "plainsum"


def call_plugin(owner: str, what: str, function: Any, *args: Any, builtin: bool = False,
                tracing: bool | None = None, **kwargs: Any) -> Any:
    """Call into a plugin: traced before and after on request, within the time limit
    (third-party plugins), any failure raised as one :class:`PluginError` naming it.
    ``tracing``: whether tracing is on, when the caller has asked already (a text's
    validators are asked once per text: the environment is slow to read)."""
    if tracing is None:
        tracing = _tracing()  # asked once per call: thousands of calls make a bundle
    if tracing:
        _trace(f"{what} in {owner!r}")
    try:
        if builtin:  # no time limit: called as it is, without a context to enter
            result = function(*args, **kwargs)
        else:
            with interrupts.time_limit(_time_limit()):
                result = function(*args, **kwargs)
    except PlainsumError:  # the plugin's own clear message (wording the sheet lacks)
        raise
    except (Exception, SystemExit) as exc:
        raise PluginError(f"plugin {owner!r} failed in {what}: {_why(exc)}") from None
    if tracing:  # the text of a long list of findings is not made for nothing
        _trace(f"{what} in {owner!r} returned {_short(result)}")
    return result


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 200 else f"{text[:199]}…"


def _call(pm: pluggy.PluginManager, impl: Any, hook_name: str, **kwargs: Any) -> bool:
    """Call one plugin's hook implementation; a failure is reported and the plugin's part
    in that hook skipped (or the command stopped, under strict mode)."""
    try:
        call_plugin(impl.plugin_name, hook_name, impl.function,
                    builtin=is_builtin(pm, impl.plugin_name), **kwargs)
    except PluginError as exc:
        _report(str(exc))
        return False
    return True


@dataclass
class Registry:
    """Everything the plugins registered, by name."""

    generators: dict[str, Any] = field(default_factory=dict)
    readers: dict[str, Any] = field(default_factory=dict)
    languages: dict[str, Any] = field(default_factory=dict)
    audiences: dict[str, Any] = field(default_factory=dict)
    rules: dict[str, Any] = field(default_factory=dict)  # id -> plainsum.rules.Rule
    translators: dict[str, Any] = field(default_factory=dict)  # plainsum translate export
    builtins: set[str] = field(default_factory=set)  # plugins that ship with plainsum
    failed: set[str] = field(default_factory=set)  # failures already reported in this run
    broken: dict[str, str] = field(default_factory=dict)  # built-ins that failed to load: why
    proof_blocked: bool = False  # the built-in checks blocked (PLAINSUM_BLOCK_PLUGINS)
    _validators: dict[str, Any] = field(default_factory=dict, repr=False)
    _owners: dict[tuple[str, str], str] = field(default_factory=dict, repr=False)
    # kinds whose plugins are asked for them on first use (:func:`collect`)
    _pending: list[Callable[[], None]] = field(default_factory=list, repr=False,
                                               compare=False)

    @property
    def validators(self) -> dict[str, Any]:
        self._settle()
        return self._validators

    @validators.setter
    def validators(self, value: dict[str, Any]) -> None:
        self._settle()
        self._validators = value

    @property
    def owners(self) -> dict[tuple[str, str], str]:
        """Who registered each item, by (kind, name): every kind collected first."""
        self._settle()
        return self._owners

    @owners.setter
    def owners(self, value: dict[tuple[str, str], str]) -> None:
        self._settle()
        self._owners = value

    def _settle(self) -> None:
        """Ask the plugins for the kinds left to first use (each once, in order)."""
        while self._pending:
            self._pending.pop(0)()

    def __getstate__(self) -> dict[str, Any]:
        self._settle()  # a copy sent elsewhere holds what was collected, not how to
        return {**self.__dict__, "_pending": []}

    def call(self, kind: str, name: str, method: str, *args: Any) -> Any:
        """Call ``method`` of the registered ``kind`` (``generators``, ...) named ``name``
        as :func:`call_plugin` does: traced, timed, any failure one :class:`PluginError`."""
        owner = self.owners.get((kind, name), name)
        item = getattr(self, kind)[name]
        return call_plugin(owner, f"{kind[:-1]} {name!r}: {method}", getattr(item, method),
                           *args, builtin=owner in self.builtins)

    def report_once(self, error: PluginError, consequence: str) -> None:
        """Report a plugin's failure the first time it happens in this run."""
        if str(error) not in self.failed:
            self.failed.add(str(error))
            _report(str(error), consequence)

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
    "register_translators": "translators",
}


def collect(pm: pluggy.PluginManager) -> Registry:
    """Call every ``register_*`` hook and gather the results. A failing plugin is skipped;
    a name registered twice goes to the plugin registered later, and is reported."""
    registry = Registry()
    registry.builtins = {name for name, _ in pm.list_name_plugin() if is_builtin(pm, name)}
    registry.broken = dict(getattr(pm, "broken_builtins", {}))
    registry.proof_blocked = pm.is_blocked(PROOF)
    for hook_name, kind in _KINDS.items():
        # the plugins of the moment, asked now or, for the validators, on first use:
        # importing them is most of what collecting costs (~0.9 s), and a command that
        # checks no text (lint) never uses them; asking for ``owners`` collects them too
        # (under strict mode a broken plugin stops every command: all are asked now)
        impls = getattr(pm.hook, hook_name).get_hookimpls()
        if kind == "validators" and not _strict():
            registry._pending.append(functools.partial(
                _collect_kind, pm, registry, impls, hook_name, kind))
        else:
            _collect_kind(pm, registry, impls, hook_name, kind)
    _collect_rules(pm, registry)
    return registry


def _collect_kind(pm: pluggy.PluginManager, registry: Registry, impls: list[Any],
                  hook_name: str, kind: str) -> None:
    """What each of ``impls`` registers with ``hook_name``, into ``registry``'s table of
    ``kind``."""
    table = registry._validators if kind == "validators" else getattr(registry, kind)
    owners = registry._owners
    for impl in impls:
        owner = impl.plugin_name
        items: list[Any] = []
        if not _call(pm, impl, hook_name, register=items.append):
            continue
        for item in items:
            try:
                key = _key(item, kind)
            except PlainsumError as exc:
                _report(f"plugin {owner!r} registered a {kind[:-1]} whose {exc}")
                continue
            earlier = owners.get((kind, key))
            if earlier is not None and earlier != owner:
                _conflict(f"{kind[:-1]} {key!r}", owner, earlier)
            table[key] = item
            owners[(kind, key)] = owner


def _collect_rules(pm: pluggy.PluginManager, registry: Registry) -> None:
    """The core's rules, then each plugin's. A rule id is owned by one plugin: a second
    plugin declaring it is that plugin's load error (its rules are not taken), as is a
    malformed rule; between two built-ins it is a bug, and stops the command."""
    from dataclasses import replace

    from .rules import CORE, malformed

    registry.rules = {rule.id: replace(rule, plugin="plainsum") for rule in CORE}
    for impl in pm.hook.register_rules.get_hookimpls():
        owner = impl.plugin_name
        items: list[Any] = []
        if not _call(pm, impl, "register_rules", register=items.append):
            continue
        problem = next((f"declares a rule that {why}" for item in items
                        if (why := malformed(item))), None)
        ids = [item.id for item in items] if problem is None else []
        if twice := next((i for i in ids if ids.count(i) > 1), None):
            problem = f"declares rule {twice!r} twice"
        elif taken := next((i for i in ids if i in registry.rules), None):
            earlier = registry.rules[taken].plugin
            problem = (f"declares rule {taken!r}, which plugin {earlier!r} declares (a rule id "
                       "has one owner)")
            if owner in registry.builtins and earlier in {*registry.builtins, "plainsum"}:
                raise PluginError(f"plugin {owner!r} {problem}")
        if problem is not None:
            _report(f"plugin {owner!r} {problem}", "its rules are not taken")
            continue
        for item in items:
            registry.rules[item.id] = replace(item, plugin=owner)


def _conflict(what: str, owner: str, earlier: str) -> None:
    print(f"plainsum: warning: plugin {owner!r} replaces the {what} of plugin {earlier!r} "
          "(block one of them with PLAINSUM_BLOCK_PLUGINS to choose)", file=sys.stderr)


def _key(item: Any, kind: str) -> str:
    """The name ``item`` is registered by: it names files and folders of the outputs, so
    it must be a safe file name."""
    from .files import path_component

    attr = {"languages": "code", "audiences": "id"}.get(kind, "name")
    return path_component(getattr(item, attr, None), attr)


def register_commands(pm: pluggy.PluginManager, cli: Any, reserved: Iterable[str] = ()) -> None:
    """Let plugins add CLI commands, each on a scratch group of its own so that a name
    already taken (by a built-in command or an earlier plugin) is reported, not lost."""
    import click

    taken: dict[str, str] = {name: "plainsum" for name in reserved}
    for impl in pm.hook.register_commands.get_hookimpls():
        scratch = click.Group()
        if not _call(pm, impl, "register_commands", cli=scratch):
            continue
        for name, command in scratch.commands.items():
            if taken.get(name) == "plainsum":
                print(f"plainsum: warning: plugin {impl.plugin_name!r} adds a command "
                      f"{name!r}, which is built in; the built-in one is kept", file=sys.stderr)
                continue
            if name in taken:
                _conflict(f"command {name!r}", impl.plugin_name, taken[name])
            taken[name] = impl.plugin_name
            cli.add_command(command, name)


# the built-in plugin whose validators prove that a text says the sheet's facts and no other
PROOF = "checks"


def unproven(registry: Registry) -> str | None:
    """Why nothing this run checks could be called proven, or None.

    A built-in plugin that failed to load (a broken install, an edit half made) may be
    the one whose validators prove the outputs; with none registered (blocked with
    ``PLAINSUM_BLOCK_PLUGINS``) every text would pass. ``check`` and ``generate`` refuse
    to run rather than print a verdict nobody reached.
    """
    if registry.broken:
        name, why = next(iter(sorted(registry.broken.items())))
        return (f"plainsum's own plugin {name!r} failed to load ({why}): reinstall "
                "plainsum; no text can be proven without all of its checks")
    if registry.proof_blocked or not registry.validators:
        return (f"the built-in {PROOF!r} plugin is blocked (PLAINSUM_BLOCK_PLUGINS) or no "
                "validator is installed: no text can be proven")
    return None
