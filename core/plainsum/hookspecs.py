"""The hooks a plugin can implement. Each hands its additions to a ``register`` callback;
the host, not the plugin, decides what to do with duplicates."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pluggy

hookspec = pluggy.HookspecMarker("plainsum")
hookimpl = pluggy.HookimplMarker("plainsum")


@hookspec
def register_generators(register: Callable[[Any], None]) -> None:
    """Register output generators: ``register(generator)`` for each.

    :param register: call with an object that has ``name``, ``description``,
        ``variants(factsheet, audience)`` and ``generate(request)``.
    """


@hookspec
def register_validators(register: Callable[[Any], None]) -> None:
    """Register validators: ``register(validator)`` for each.

    :param register: call with an object that has ``name`` and
        ``validate(text, context) -> list[Finding]``.
    """


@hookspec
def register_rules(register: Callable[[Any], None]) -> None:
    """Declare the rules your validators report: ``register(rule)`` for each.

    :param register: call with a :class:`plainsum.rules.Rule` (id, severity, summary,
        example); two plugins declaring one id is a load error.
    """


@hookspec
def register_readers(register: Callable[[Any], None]) -> None:
    """Register readers of press releases: ``register(reader)`` for each.

    :param register: call with an object that has ``name``, ``suffixes`` and ``read(data)``.
    """


@hookspec
def register_languages(register: Callable[[Any], None]) -> None:
    """Register language packs: ``register(pack)`` for each.

    :param register: call with a :class:`plainsum.language.LanguagePack`.
    """


@hookspec
def register_audiences(register: Callable[[Any], None]) -> None:
    """Register audiences: ``register(audience)`` for each.

    :param register: call with a :class:`plainsum.audience.Audience`.
    """


@hookspec
def register_translators(register: Callable[[Any], None]) -> None:
    """Register translators that suggest wording for ``plainsum translate export``:
    ``register(translator)`` for each. A suggestion is always marked fuzzy for review.

    :param register: call with an object that has ``name`` and
        ``suggest(text, source, target, kind) -> str | None``.
    """


@hookspec
def register_commands(cli: Any) -> None:
    """Add commands to the ``plainsum`` command-line group.

    :param cli: the :class:`click.Group`; decorate functions with ``@cli.command()``.
    """
