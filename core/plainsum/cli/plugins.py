"""``plainsum plugins``: what is installed, as JSON."""

from __future__ import annotations

import json

import click

from . import app


@click.command()
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="json",
              show_default=True, help="Output format.")
@click.option("--registered", is_flag=True,
              help="Also list what each plugin registers and wins (calls every plugin).")
def plugins(fmt: str, registered: bool) -> None:
    """List the loaded plugins: name, distribution, version and hooks."""
    pm = app().plugin_manager()
    info = getattr(pm, "plugin_info", {})
    owned: dict[str, dict[str, list[str]]] = {}
    if registered:
        for (kind, key), owner in sorted(app().registry.owners.items()):
            owned.setdefault(owner, {}).setdefault(kind, []).append(key)
        for rule_id, rule in sorted(app().registry.rules.items()):
            owned.setdefault(rule.plugin, {}).setdefault("rules", []).append(rule_id)
    rows = []
    for name, plugin in sorted(pm.list_name_plugin(), key=lambda item: item[0]):
        if plugin is None:  # blocked
            continue
        hooks = sorted(caller.name for caller in pm.get_hookcallers(plugin) or [])
        meta = info.get(name)
        rows.append({
            "name": name,
            "distribution": meta.distribution if meta else None,
            "version": meta.version if meta else None,
            "module": meta.module if meta else getattr(plugin, "__name__", repr(plugin)),
            "hooks": hooks,
        })
        if registered:
            rows[-1]["registered"] = owned.get(name, {})
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2))
    else:
        for row in rows:
            click.echo(f"{row['name']} ({row['distribution']} {row['version']}): "
                       f"{', '.join(row['hooks'])}")
            for kind, keys in row.get("registered", {}).items():
                click.echo(f"    {kind}: {', '.join(keys)}")
