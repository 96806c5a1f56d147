"""``plainsum generate`` on several sheets or a folder: every bundle into --out DIR, one run.

A press office keeps a folder of reviewed sheets and regenerates them all when a pack or
a rule changes. Each sheet's outputs go to a folder of its own inside DIR (named after the
sheet's file, or after its folder for a ``facts.yaml``), and one ``index.json`` at the top
lists every output with its sheet. The run is one set, as a one-sheet run is: every file
and the index are written when every sheet is made, or, on a bad sheet, an error or
Ctrl-C, none of them (a partial set would look like a complete one to whoever publishes
from DIR, and the last good set stays as it was).
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import click

from ..errors import PlainsumError

SHEET_SUFFIXES = (".yaml", ".yml")


def sheets_in(arguments: tuple[str, ...]) -> list[Path]:
    """The sheets the arguments name: a file as given (a missing one is reported with the
    others), a folder's ``*.yaml`` sheets and the ``facts.yaml`` of its subfolders at any
    depth, in name order; hidden files and folders are passed over; each sheet once."""
    from ..files import real

    found: list[Path] = []
    seen: set[Path] = set()
    for argument in arguments:
        if argument == "-":
            raise PlainsumError("standard input (-) cannot be one of several sheets; give "
                                "file names")
        if not argument:  # Path('') is the current folder: "$SHEET" with SHEET unset
            raise PlainsumError("'': no such file (an empty file name was given)")
        path = Path(argument)
        candidates = _in_folder(path) if path.is_dir() else [path]
        for candidate in candidates:
            key = real(candidate)
            if key not in seen:
                seen.add(key)
                found.append(candidate)
    return found


def _in_folder(folder: Path) -> list[Path]:
    """A folder's ``*.yaml`` sheets, then the ``facts.yaml`` of its subfolders at any depth
    (not through a link to a folder: one that leads back up would never end)."""
    found = [p for p in sorted(folder.iterdir()) if not p.name.startswith(".")
             and p.suffix.lower() in SHEET_SUFFIXES and p.is_file()]
    deeper = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        if Path(root) != folder and "facts.yaml" in files:
            deeper.append(Path(root) / "facts.yaml")
    return found + sorted(deeper)


def folder_name(sheet: Path) -> str:
    """The folder a sheet's outputs go to: the file's name without ``.yaml``, or the name
    of the folder it is in for a ``facts.yaml`` (``examples/trial/facts.yaml`` → ``trial``)."""
    from ..files import real, safe_name

    base = sheet.stem
    if base.lower() == "facts":
        base = real(sheet).parent.name or base
    return safe_name(base, "sheet")


def folders(sheets: list[Path], out: Path) -> list[str]:
    """Each sheet's folder name; two sheets that would share one are a usage error."""
    from ..files import printable

    taken: dict[str, Path] = {}
    for sheet in sheets:
        name = folder_name(sheet)
        if name.lower() == "index.json":
            raise PlainsumError(printable(f"{sheet}: its outputs would be written over "
                                          f"{out / 'index.json'}; rename the sheet"))
        if name.casefold() in taken:
            raise PlainsumError(printable(
                f"{taken[name.casefold()]} and {sheet} would both be written to {out / name}; "
                "rename one or run them apart"))
        taken[name.casefold()] = sheet
    return [folder_name(sheet) for sheet in sheets]


def generate_many(arguments: tuple[str, ...], langs: list[str] | None,
                  audiences: list[str] | None, generators: list[str] | None, fmt: str,
                  out: str | None, force: bool, draft: bool, select: str | None,
                  ignore: str | None, jobs: int | None) -> None:
    """Generate every sheet the arguments name into ``out``; exit 1 when an output fails
    its checks, 2 (nothing written) when a sheet cannot be generated."""
    from .. import batch
    from ..files import display_name, printable
    from . import app
    from .generate import failing_line
    from .options import rule_selection

    if out is None:
        raise PlainsumError("several sheets (or a folder) need --out DIR: each sheet's "
                            "outputs go to a folder of their own in it")
    folder = Path(out)
    if folder.exists() and not folder.is_dir():
        raise PlainsumError(f"{folder}: is a file, not a folder (--out takes a folder)")
    registry = app().registry
    audiences = audiences or list(registry.audiences)
    batch.check_names(registry, langs, audiences, generators)
    # the command line's rules once, not once per sheet (a sheet's own setting: per sheet)
    rule_selection(registry, SimpleNamespace(checks=None, path=None), select, ignore)
    sheets = sheets_in(arguments)
    if not sheets:
        raise PlainsumError(printable(f"no fact sheets in {', '.join(arguments)} (a folder's "
                                      "*.yaml files and its subfolders' facts.yaml)"))
    names = folders(sheets, folder)
    paths = [str(sheet) for sheet in sheets]
    if not force and (folder / "index.json").exists():  # before any work, not after it
        raise PlainsumError(f"{folder / 'index.json'} exists; use --force to overwrite")
    job = batch.Job(paths, registry, audiences, generators,
                    batch.plan(len(paths), langs, jobs), select, ignore, draft)
    with _progress(len(job.units)) as tick:
        done = batch.run(job, jobs, tick)
    batch.settle(done, registry)
    made = _by_sheet(done, paths, registry)
    outputs = [o for sheet_outputs, _ in made for o in sheet_outputs]
    files = _write(folder, paths, names, made, fmt, force, registry.owners)
    total = f"{len(outputs)} output{'s' if len(outputs) != 1 else ''}"
    click.echo(printable(f"wrote {total} of {len(sheets)} sheet{'s' if len(sheets) != 1 else ''}"
                         f" and index.json to {display_name(folder)}"), err=True)
    failing = failing_line(outputs, files)
    if failing:
        click.echo(failing, err=True)
    if not all(o.checks.passed for o in outputs):
        raise SystemExit(1)


def _by_sheet(done: list[Any], paths: list[str],
              registry: Any) -> list[tuple[list[Any], bool]]:
    """Each sheet's outputs (in the order of its languages) and whether it is a draft; a
    sheet that failed is reported in one line, and any failure stops the run here."""
    from .. import batch
    from ..files import printable

    count = len(paths)
    made: list[tuple[list[Any], bool]] = [([], False) for _ in range(count)]
    errors: dict[int, str] = {}
    for each in done:
        index = each.unit.sheet
        if index in errors:
            continue
        if each.error is not None:
            if each.unexpected is not None:
                batch.raise_error(each)  # a bug: reported as one, whatever the others did
            # among several sheets an error must say whose it is ('no es wording for ...')
            named = each.error.startswith(paths[index])
            errors[index] = each.error if named else f"{paths[index]}: {each.error}"
            continue
        made[index][0].extend(each.outputs)
        made[index] = (made[index][0], made[index][1] or each.draft)
    for index, (outputs, _) in enumerate(made):
        if index not in errors and not outputs:
            why = ("a plugin failed: see the warning above" if getattr(registry, "failed", None)
                   else "the generators make nothing for these audiences")
            errors[index] = f"{paths[index]}: no output was made ({why})"
    if not errors:
        return made
    messages = list(dict.fromkeys(errors[i] for i in sorted(errors)))
    if len(errors) == 1:
        raise PlainsumError(f"{messages[0]} (nothing was written)")
    for message in messages:
        click.echo(printable(f"plainsum: error: {message}"), err=True)
    raise PlainsumError(f"{len(errors)} of {count} sheets could not be generated; nothing "
                        "was written")


@contextlib.contextmanager
def _progress(total: int) -> Any:
    """A progress bar on stderr when a person watches it (a terminal), else nothing."""
    from .extract_many import stderr_is_terminal

    if total < 2 or not stderr_is_terminal():
        yield None
        return
    with click.progressbar(length=total, label="generating", file=sys.stderr,
                           show_pos=True) as bar:
        yield lambda done: bar.update(1)


def _write(folder: Path, paths: list[str], names: list[str],
           made: list[tuple[list[Any], bool]], fmt: str, force: bool,
           owners: dict[tuple[str, str], str]) -> list[str]:
    """Every sheet's files, each in its folder, and one ``index.json``: all or none. The
    outputs' file names in the folder come back, in the outputs' order."""
    from ..files import refuse_inputs, refuse_overwrite, write_files, writing_into
    from .generate import _earlier_set, _files, _inside, _prune

    planned: dict[Path, str] = {}
    entries: list[dict[str, Any]] = []
    written: list[str] = []
    for path, name, (outputs, _) in zip(paths, names, made, strict=True):
        files = _files(folder, outputs, fmt, owners, planned, under=name)
        written.extend(files)
        for file, output in zip(files, outputs, strict=True):
            data = output.to_json()
            data.pop("text")
            data["file"] = file
            data["factsheet"] = path
            entries.append(data)
    index = folder / "index.json"
    sheets = [{"factsheet": path, "folder": name, "draft": draft}
              for path, name, (_, draft) in zip(paths, names, made, strict=True)]
    with writing_into(folder):
        refuse_inputs([*planned, index, *(_earlier_set(folder) if force else [])],
                      {path: "fact sheet" for path in paths})
        refuse_overwrite([*planned, index], force)
        planned[index] = json.dumps(
            {"factsheets": sheets, "draft": any(s["draft"] for s in sheets),
             "outputs": entries}, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
        stale = [p for p in _earlier_set(folder) if p not in planned] if force else []
        _inside(folder, [*planned, *stale])
        write_files(planned, stale)
        _prune(folder, stale)
    return written
