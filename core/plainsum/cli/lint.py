"""``plainsum lint``: every problem in a fact sheet, one line each, like a compiler."""

from __future__ import annotations

import click

from ..files import printable
from . import app


@click.command()
@click.argument("facts", type=click.Path(dir_okay=False, allow_dash=True))
def lint(facts: str) -> None:
    """Check a fact sheet against the schema and its own references.

    Prints FILE:LINE:COLUMN: FIELD: MESSAGE for each problem; exits 2 if there is one.
    """
    from ..factsheet import lint as lint_sheet

    problems = lint_sheet(facts, app().registry.known_terms())
    for problem in problems:
        click.echo(str(problem))
    if problems:
        raise SystemExit(2)
    click.echo(printable(f"{facts}: ok"), err=True)
