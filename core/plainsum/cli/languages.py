"""``plainsum languages``: the installed language packs, their formula and targets."""

from __future__ import annotations

import json

import click

from . import app
from .options import FORMAT_TEXT_JSON


@click.command()
@FORMAT_TEXT_JSON
def languages(fmt: str) -> None:
    """List installed language packs with their readability formula and targets."""
    registry = app().registry
    rows = []
    for code, pack in sorted(registry.languages.items()):
        targets = {}
        for audience in registry.audiences.values():
            target = audience.targets.get(code, pack.target(audience.level))
            targets[audience.id] = target
        rows.append({
            "code": code, "name": pack.name, "locale": pack.locale,
            "formula": pack.formula.name,
            "direction": "higher is easier" if pack.formula.higher_is_easier
            else "lower is easier",
            "source": pack.formula.source, "targets": targets,
            "plugin": registry.owners.get(("languages", code)),
        })
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    for row in rows:
        goals = ", ".join(f"{k} {_fmt(v, row['direction'])}" for k, v in row["targets"].items())
        click.echo(f"{row['code']}  {row['name']:<12} {row['formula']} ({row['direction']}): "
                   f"{goals}")


def _fmt(target: float | None, direction: str) -> str:
    if target is None:
        return "no cap"
    return f"{'≥' if direction.startswith('higher') else '≤'} {target:g}"
