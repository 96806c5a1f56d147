"""``plainsum generate``: every output for every audience and language, each checked."""

from __future__ import annotations

from pathlib import Path

import click

from . import app
from .options import split_list


@click.command()
@click.argument("facts", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--lang", "langs", default=None, metavar="CODES",
              help="Comma-separated languages (default: the sheet's own).")
@click.option("--audience", "audiences", default=None, metavar="NAMES",
              help="Comma-separated audiences (default: all).")
@click.option("--generator", "generators", default=None, metavar="NAMES",
              help="Comma-separated generators (default: all).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]),
              default="text", show_default=True, help="Output format.")
@click.option("--out", type=click.Path(file_okay=False), default=None,
              help="Write one file per output and an index.json into this folder.")
@click.option("--force", is_flag=True, help="Overwrite files that already exist in --out.")
def generate(facts: str, langs: str | None, audiences: str | None, generators: str | None,
             fmt: str, out: str | None, force: bool) -> None:
    """Generate checked plain-language outputs from a fact sheet.

    Exits 0 when every output passes its checks, 1 when one does not, 2 on bad input.
    """
    from ..factsheet import load_factsheet
    from ..pipeline import generate as run
    from ..report import generate_json, generate_markdown, generate_text

    registry = app().registry
    sheet = load_factsheet(facts, registry.known_terms())
    outputs = run(sheet, registry,
                  split_list(langs) or [sheet.lang],
                  split_list(audiences) or list(registry.audiences),
                  split_list(generators))
    if out is not None:
        _write(Path(out), facts, outputs, fmt, force)
    elif fmt == "json":
        click.echo(generate_json(facts, outputs))
    elif fmt == "markdown":
        click.echo(generate_markdown(facts, outputs))
    else:
        click.echo(generate_text(outputs), nl=False)
    if not all(o.checks.passed for o in outputs):
        raise SystemExit(1)


def _write(folder: Path, facts: str, outputs: list, fmt: str, force: bool) -> None:
    import json

    from ..files import refuse_overwrite, write_atomic

    suffix = {"json": "json", "markdown": "md"}.get(fmt, "txt")
    planned = {}
    for o in outputs:
        name = f"{o.lang}/{o.audience}/{o.generator}-{o.variant}.{suffix}"
        if fmt == "json":
            body = json.dumps(o.to_json(), indent=2, ensure_ascii=False) + "\n"
        elif fmt == "markdown":
            body = f"# {o.generator} · {o.variant} · {o.audience} · {o.lang}\n\n{o.text}\n"
        else:
            body = o.text.rstrip() + "\n"
        planned[folder / name] = body
    index = folder / "index.json"
    refuse_overwrite([*planned, index], force)
    for path, body in planned.items():
        write_atomic(path, body)
    entries = []
    for (path, _), o in zip(planned.items(), outputs, strict=True):
        data = o.to_json()
        data.pop("text")
        data["file"] = str(path.relative_to(folder))
        entries.append(data)
    write_atomic(index, json.dumps({"factsheet": facts, "outputs": entries}, indent=2,
                                   ensure_ascii=False) + "\n")
    click.echo(f"wrote {len(planned)} outputs and index.json to {folder}", err=True)
