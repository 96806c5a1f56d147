"""The ``plainsum`` command line: one module per command, loaded when it is used."""

from __future__ import annotations

import contextlib
import errno
import importlib
import io
import os
import sys
from dataclasses import dataclass, field
from typing import Any

import click

from .. import interrupts
from ..errors import PlainsumError
from ..files import printable

# command name -> module under plainsum.cli that defines a click command of that name
BUILTIN = {
    "generate": "generate",
    "check": "check",
    "lint": "lint",
    "schema": "schema",
    "plugins": "plugins",
    "rules": "rules",
    "languages": "languages",
    "extract": "extract",
    "translate": "translate",
    "review": "review",
    "settle": "settle",
}


class InputError(click.ClickException):
    """Bad input: one line on stderr, exit status 2."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(error_line(self.message), err=True)


def error_line(message: str) -> str:
    """An error as the one line it must be: a line break inside it (a name or a value
    read from the user's file) is shown escaped, as other control characters are."""
    return printable(f"plainsum: error: {message}".replace("\n", "\\n"))


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

            gathered = click.Group()
            try:
                register_commands(self.plugin_manager(), gathered, reserved=BUILTIN)
            except PlainsumError as exc:
                raise InputError(str(exc)) from None
            self._commands = dict(gathered.commands)
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
        except OSError as exc:
            if exc.errno == errno.EPIPE:  # past click, which would exit 1 (a failed check)
                raise _ReaderGone from None
            raise

    def main(self, args: Any = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             **extra: Any) -> Any:
        """Run a command; whatever happens, end with one line and a documented status.

        0 passed, 1 a check failed, 2 bad input, usage or an error plainsum could not
        recover from (never a traceback, unless ``PLAINSUM_DEBUG=1``), 130 or 143 when
        interrupted by Ctrl-C or ``kill``.
        """
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        if sys.stdout is None:  # started with standard output closed (>&-)
            sys.stdout = _ClosedOutput()
        with interrupts.handled():
            status = _run(super().main, args, prog_name or "plainsum", complete_var, extra)
            status = interrupts.received() or status
        sys.exit(status)


def _run(run: Any, args: Any, prog_name: str, complete_var: str | None,
         extra: dict[str, Any]) -> int:
    try:
        try:
            status = run(args, prog_name, complete_var, False, **extra)
        finally:
            _flush(sys.stdout)
        return status if isinstance(status, int) else 0
    except SystemExit as exc:
        if isinstance(exc.code, int) or exc.code is None:
            return exc.code or 0
        return _fail(_one_line(exc))
    except click.exceptions.NoArgsIsHelpError as exc:  # "plainsum" alone: its help, as help
        with contextlib.suppress(OSError):
            click.echo(exc.format_message(), err=True)
        return exc.exit_code
    except click.UsageError as exc:  # one line, like every other error
        command = exc.ctx.command_path if exc.ctx is not None else prog_name
        return _fail(f"{exc.format_message()} (see '{command} --help')")
    except click.ClickException as exc:
        with contextlib.suppress(OSError):  # standard error full or gone: the status says it
            exc.show()
        return exc.exit_code
    except (click.Abort, KeyboardInterrupt) as exc:
        cause = exc if isinstance(exc, interrupts.Interrupted) else exc.__context__
        click.echo("plainsum: interrupted", err=True)
        return getattr(cause, "status", 130)
    except _ReaderGone:
        _silence(sys.stdout)
        return 0
    except OSError as exc:
        if exc.errno == errno.EPIPE:  # the reader went away (| head): not an error
            _silence(sys.stdout)
            return 0
        if exc.filename is None:  # a write to standard output failed (a full disk)
            _silence(sys.stdout)
            return _fail(f"cannot write the output: {exc.strerror or exc}")
        return _fail(f"{exc.filename}: {exc.strerror or exc}")
    except RecursionError:
        return _fail("the input is nested too deeply to read")
    except MemoryError:
        return _fail("out of memory")
    except Exception as exc:
        if os.environ.get("PLAINSUM_DEBUG", "") not in ("", "0"):
            raise
        return _fail(f"unexpected {type(exc).__name__}: {_one_line(exc)} (a bug in plainsum "
                     "or a plugin: please report it; PLAINSUM_DEBUG=1 shows where)")


class _ReaderGone(Exception):
    """Standard output's reader went away (``| head``): the command ends quietly, 0."""


class _ClosedOutput(io.TextIOBase):
    """Standard output when the command was started without one: what is written to it
    is an error (exit 2), not silently lost; a command that writes nothing there is fine."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")


def _flush(stream: Any) -> None:
    if stream is not None and not getattr(stream, "closed", False):
        stream.flush()


def _silence(stream: Any) -> None:
    """Point standard output at the null device so Python's own flush at exit is quiet."""
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):
        return
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, fd)
    os.close(null)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= 300 else f"{text[:299]}…"


def _fail(message: str) -> int:
    with contextlib.suppress(OSError):  # standard error itself may be gone
        click.echo(error_line(message), err=True)
    return 2


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
