"""Options and helpers shared by several commands."""

from __future__ import annotations

import click

FORMAT_TEXT_JSON = click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
    help="Output format.")


def split_list(value: str | None) -> list[str] | None:
    """``"en,es"`` as ``["en", "es"]``; empty items dropped."""
    if value is None:
        return None
    return [part.strip() for part in value.split(",") if part.strip()]
