"""Options and helpers shared by several commands."""

from __future__ import annotations

import click

from ..errors import PlainsumError

FORMAT_TEXT_JSON = click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
    help="Output format.")

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
