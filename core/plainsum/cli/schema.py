"""``plainsum schema``: print the fact sheet JSON Schema, for editors and CI."""

from __future__ import annotations

import json

import click


@click.command()
def schema() -> None:
    """Print the fact sheet JSON Schema."""
    from ..factsheet import schema as load_schema

    click.echo(json.dumps(load_schema(), indent=2, ensure_ascii=False))
