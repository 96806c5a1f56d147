"""Options and helpers shared by several commands."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from ..errors import PlainsumError

if TYPE_CHECKING:
    from ..factsheet.model import FactSheet
    from ..plugins import Registry
    from ..rules import Selection

FORMAT_TEXT_JSON = click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
    help="Output format.")

def lang_case(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Language codes are case-insensitive (BCP 47): ``--lang EN`` or ``--lang en,ES`` name
    the installed ``en`` and ``es`` packs, as the sheet's own ``lang: EN`` does."""
    return value.lower() if value else value


DRAFT = click.option(
    "--draft", is_flag=True,
    help="Accept a draft sheet (one with items to settle); every output says DRAFT.")


def split_list(value: str | None, option: str) -> list[str] | None:
    """``"en,es"`` as ``["en", "es"]``, each once; empty items dropped, and an option given
    with nothing in it is an error rather than the default."""
    if value is None:
        return None
    parts = list(dict.fromkeys(part.strip() for part in value.split(",") if part.strip()))
    if not parts:
        raise PlainsumError(f"{option} is empty; give one or more names, comma-separated")
    return parts


def rule_options(command: click.Command) -> click.Command:
    """``--select`` and ``--ignore``: rule ids, or prefixes of ids, as flake8 takes them."""
    command = click.option(
        "--ignore", default=None, metavar="RULES",
        help="Comma-separated rules (ids or prefixes: 'hedge') whose findings are left out.",
    )(command)
    return click.option(
        "--select", default=None, metavar="RULES",
        help="Comma-separated rules (ids or prefixes) to report; the rest are left out.",
    )(command)


def rule_selection(registry: Registry, sheet: FactSheet, select: str | None,
                   ignore: str | None) -> Selection:
    """The command line's --select/--ignore as a layer after the sheet's ``checks``; an id
    or prefix that names no declared rule, on either, is a usage error."""
    from ..rules import Layer, Selection, sheet_layer, split

    for option, value in (("--select", select), ("--ignore", ignore)):
        if value is not None and not split(value):
            raise PlainsumError(f"{option} is empty; give one or more rules, comma-separated")
    command_line = Layer(split(select), split(ignore))
    Selection((sheet_layer(sheet.checks, sheet.path), command_line)).check(registry.rules)
    return Selection((command_line,))


def silenced(registry: Registry, sheet: FactSheet) -> list[str]:
    """The error rules the sheet's own ``checks`` setting switches off: a verdict of
    "passed" says nothing of them, so every report names them."""
    from ..rules import Selection, sheet_layer

    if not sheet.checks:
        return []
    selection = Selection((sheet_layer(sheet.checks, sheet.path),))
    return sorted(rule_id for rule_id, rule in registry.rules.items()
                  if rule.switchable and rule.severity == "error"
                  and not selection.allows(rule_id))


def silenced_line(registry: Registry, sheet: FactSheet) -> str | None:
    off = silenced(registry, sheet)
    if not off:
        return None
    shown = ", ".join(off[:8]) + (f" and {len(off) - 8} more" if len(off) > 8 else "")
    return (f"the fact sheet switches off {len(off)} error rule{'s' if len(off) != 1 else ''} "
            f"(its checks setting): {shown}")


def proven_or_refuse(registry: Registry) -> None:
    """Stop a command that gives verdicts when its checks are not all there (a built-in
    plugin failed to load, or no validator is installed): exit 2, never "passed"."""
    from ..plugins import unproven

    why = unproven(registry)
    if why is not None:
        raise PlainsumError(why)
