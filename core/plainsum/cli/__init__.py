"""The ``plainsum`` command line: one module per command, loaded when it is used."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any

import click

from ..errors import PlainsumError

# command name -> module under plainsum.cli that defines a click command of that name
BUILTIN = {
    "generate": "generate",
    "check": "check",
    "lint": "lint",
    "schema": "schema",
    "plugins": "plugins",
    "languages": "languages",
    "extract": "extract",
}


class InputError(click.ClickException):
    """Bad input: one line on stderr, exit status 2."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"plainsum: error: {self.message}", err=True)


@dataclass
class App:
    """Per-invocation state, built lazily so ``--help`` loads no plugin."""

    pm: Any = None
    _registry: Any = field(default=None, repr=False)
    _commands: dict[str, click.Command] | None = field(default=None, repr=False)

    def plugin_manager(self) -> Any:
        if self.pm is None:
            from ..plugins import get_plugin_manager

            self.pm = get_plugin_manager()
        return self.pm

    @property
    def registry(self) -> Any:
        if self._registry is None:
            from ..plugins import collect

            self._registry = collect(self.plugin_manager())
        return self._registry

    def plugin_commands(self) -> dict[str, click.Command]:
        """Commands plugins add, gathered on a scratch group for this invocation only."""
        if self._commands is None:
            from ..plugins import register_commands

            scratch = click.Group()
            try:
                register_commands(self.plugin_manager(), scratch)
            except PlainsumError as exc:
                raise InputError(str(exc)) from None
            self._commands = {n: c for n, c in scratch.commands.items() if n not in BUILTIN}
        return self._commands


class PlainsumGroup(click.Group):
    """Built-in commands import on demand; plugin commands load only when asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*BUILTIN, *_app(ctx).plugin_commands()})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in BUILTIN:
            module = importlib.import_module(f"{__name__}.{BUILTIN[name]}")
            return getattr(module, name.replace("-", "_"))
        return _app(ctx).plugin_commands().get(name)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except PlainsumError as exc:
            raise InputError(str(exc)) from None


def _app(ctx: click.Context) -> App:
    root = ctx.find_root()
    if not isinstance(root.obj, App):
        root.obj = App()
    return root.obj


def app() -> App:
    """The current invocation's state (plugin manager, registry)."""
    return _app(click.get_current_context())


@click.group(cls=PlainsumGroup)
@click.version_option(package_name="plainsum")
def main() -> None:
    """Plain-language summaries, social posts and glossaries of health studies,
    each checked for readability and for facts lost, changed or invented.

    \b
    plainsum lint facts.yaml                  check a fact sheet
    plainsum generate facts.yaml --lang en,es every output, checked
    plainsum check facts.yaml text.txt        check any text against the sheet
    """
