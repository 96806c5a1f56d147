"""``plainsum generate``: every output for every audience and language, each checked."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import click

from ..errors import PlainsumError
from . import app
from .options import (
    DRAFT,
    lang_case,
    proven_or_refuse,
    rule_options,
    rule_selection,
    silenced_line,
    split_list,
)


@click.command()
@click.argument("sheets", metavar="FACTS...", nargs=-1, required=True,
                type=click.Path(allow_dash=True))
@click.option("--lang", "langs", default=None, metavar="CODES", callback=lang_case,
              help="Comma-separated languages (default: the sheet's own).")
@click.option("--audience", "audiences", default=None, metavar="NAMES",
              help="Comma-separated audiences (default: all).")
@click.option("--generator", "generators", default=None, metavar="NAMES",
              help="Comma-separated generators (default: all).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]),
              default="text", show_default=True, help="Output format.")
@click.option("-o", "--out", type=click.Path(file_okay=False), default=None,
              help="Write one file per output and an index.json into this folder.")
@click.option("--force", is_flag=True, help="Overwrite files that already exist in --out.")
@click.option("--jobs", type=click.IntRange(min=1), default=None, metavar="N",
              help="Processes to work in (default: one per CPU; 1: this one only).")
@rule_options
@DRAFT
def generate(sheets: tuple[str, ...], langs: str | None, audiences: str | None,
             generators: str | None, fmt: str, out: str | None, force: bool, draft: bool,
             select: str | None = None, ignore: str | None = None,
             jobs: int | None = None) -> None:
    """Generate checked plain-language outputs from a fact sheet, or from several sheets
    (files, or folders holding facts.yaml or *.yaml sheets) into --out DIR.

    A draft sheet (one 'plainsum lint' finds items to settle in) is refused unless
    --draft is given; every output made from it then begins with a DRAFT line.
    Exits 0 when every output passes its checks, 1 when one does not, 2 on bad input.
    """
    from ..batch import bundle
    from ..draft import refuse
    from ..factsheet import load_factsheet
    from ..files import printable, refuse_stdout_folder
    from ..report import generate_json, generate_markdown, generate_text

    if force and out is None:
        raise PlainsumError("--force only applies with --out (nothing else is written)")
    if out is not None and not out.strip():  # an unset shell variable: not "this folder"
        raise PlainsumError("--out is empty; give the folder to write the outputs into")
    refuse_stdout_folder(out, "--out")
    langs_, audiences_, generators_ = (split_list(langs, "--lang"),
                                       split_list(audiences, "--audience"),
                                       split_list(generators, "--generator"))
    proven_or_refuse(app().registry)
    if len(sheets) > 1 or Path(sheets[0]).is_dir():
        from .generate_many import generate_many

        generate_many(sheets, langs_, audiences_, generators_, fmt, out, force, draft,
                      select, ignore, jobs)
        return
    facts = sheets[0]  # one sheet: files and index.json as they always were
    registry = app().registry
    sheet = load_factsheet(facts, registry.known_terms())
    rules = rule_selection(registry, sheet, select, ignore)
    if not draft:
        refuse(sheet, facts, "generate")
    off = silenced_line(registry, sheet)
    if off:  # "[passed]" below says nothing of these
        click.echo(f"plainsum: warning: {facts}: {off}", err=True)
    for said in _wording(sheet, registry, langs_ or [sheet.lang]):
        click.echo(printable(f"plainsum: warning: {facts}: {said}"), err=True)
    if not langs_ and sheet.lang not in registry.languages:  # name the sheet's field
        raise PlainsumError(f"{facts}: lang: {sheet.lang!r} is no installed language "
                            f"(installed: {', '.join(sorted(registry.languages))}); give "
                            "--lang")
    outputs = bundle(facts, sheet, rules, registry, langs_ or [sheet.lang],
                     audiences_ or list(registry.audiences), generators_, jobs)
    if not outputs:  # every generator asked for failed or has nothing for this selection
        why = ("a plugin failed: see the warning above" if getattr(registry, "failed", None)
               else "the generators make nothing for these audiences")
        raise PlainsumError(f"no output was made for this selection ({why})")
    if out is not None:
        _write(Path(out), facts, outputs, fmt, force, registry.owners, sheet.is_draft)
    elif fmt == "json":
        click.echo(generate_json(facts, outputs, sheet.is_draft))
    elif fmt == "markdown":
        click.echo(generate_markdown(facts, outputs))
    else:
        click.echo(generate_text(outputs), nl=False)
    if not all(o.checks.passed for o in outputs):
        raise SystemExit(1)


def _wording(sheet: Any, registry: Any, langs: list[str]) -> list[str]:
    """The outcome labels a language's sentences cannot carry, as ``plainsum lint`` warns
    of them ('sind gestürzt' after the German pack's 'waren'): the checks pass such an
    output ('... waren 7,4 % sind gestürzt'), so "[passed]" alone would hide it."""
    out = []
    for lang in langs:
        problem = getattr(registry.languages.get(lang), "outcome_label_problem", None)
        if problem is None:
            continue
        for outcome in sheet.outcomes.values():
            wording = outcome.label.by_lang.get(lang)
            forms = wording.items() if isinstance(wording, dict) else [(None, wording)]
            for level, text in forms:
                said = problem(text) if isinstance(text, str) else None
                if said:
                    where = ".".join(["outcomes", f"[{outcome.id}]", "label", lang,
                                      *([level] if level else [])]).replace(".[", "[")
                    out.append(f"{where}: {said}")
    return out


def _write(folder: Path, facts: str, outputs: list, fmt: str, force: bool,
           owners: dict[tuple[str, str], str], draft: bool = False) -> None:
    """The whole set and its ``index.json``, or nothing; with ``--force``, the files of the
    earlier set in the folder that this one does not make again are removed."""
    from ..files import display_name, writing_into

    if folder.exists() and not folder.is_dir():
        raise PlainsumError(f"{folder}: is a file, not a folder (--out takes a folder)")
    planned: dict[Path, str] = {}
    names = _files(folder, outputs, fmt, owners, planned)
    with writing_into(folder):
        _write_set(folder, facts, outputs, names, planned, force, draft)
    count = f"{len(outputs)} output{'s' if len(outputs) != 1 else ''}"
    click.echo(f"wrote {count} and index.json to {display_name(folder)}", err=True)
    failing = failing_line(outputs, names)
    if failing:
        click.echo(failing, err=True)


# how many failing outputs the line after "wrote ..." names before "and N more"
_NAMED_FAILURES = 5


def failing_line(outputs: list, names: list[str]) -> str:
    """The outputs written to ``--out`` that fail their checks, by file and why
    ("es/patients/summary-summary.txt: readability, missing-fact"), or "" when all pass.
    The files hold the text only, so a run that exits 1 after "wrote 62 outputs" left a
    press officer no way but index.json to tell which of them not to publish."""
    from ..files import display_name

    failed = [(name, o) for name, o in zip(names, outputs, strict=True)
              if not o.checks.passed]
    if not failed:
        return ""
    said = []
    for name, output in failed[:_NAMED_FAILURES]:
        checks = output.checks
        why = ([] if checks.readability is None or checks.readability.passed
               else ["readability"])
        why += dict.fromkeys(f.rule for f in checks.findings if f.severity == "error")
        said.append(f"{display_name(name)} ({', '.join(why)})")
    more = len(failed) - len(said)
    tail = f"; and {more} more" if more else ""
    return (f"plainsum: {len(failed)} of {len(outputs)} outputs fail their checks (do not "
            f"publish them; index.json has each finding): {'; '.join(said)}{tail}")


def _files(folder: Path, outputs: list, fmt: str, owners: dict[tuple[str, str], str],
           planned: dict[Path, str], under: str = "") -> list[str]:
    """Each output's file name in ``folder`` (``LANG/AUDIENCE/GENERATOR-VARIANT.txt``,
    below the folder ``under`` when given), its body added to ``planned``."""
    from ..files import path_component

    suffix = {"json": "json", "markdown": "md"}.get(fmt, "txt")
    names: list[str] = []
    for o in outputs:
        parts = [path_component(o.lang, _whose("language code", owners, "languages", o.lang)),
                 path_component(o.audience,
                                _whose("audience id", owners, "audiences", o.audience)),
                 path_component(f"{o.generator}-{o.variant}.{suffix}",
                                _whose("output name", owners, "generators", o.generator))]
        name = "/".join([under, *parts] if under else parts)
        if folder / name in planned:
            raise PlainsumError(f"two outputs would both be written to {folder / name}")
        planned[folder / name] = _body(o, fmt)
        names.append(name)
    return names


def _write_set(folder: Path, facts: str, outputs: list, names: list[str],
               planned: dict[Path, str], force: bool, draft: bool = False) -> None:
    from ..files import refuse_inputs, refuse_overwrite, write_files

    index = folder / "index.json"
    refuse_inputs([*planned, index, *(_earlier_set(folder) if force else [])],
                  {facts: "fact sheet"})
    refuse_overwrite([*planned, index], force)
    entries = []
    for name, o in zip(names, outputs, strict=True):
        data = o.to_json()
        data.pop("text")
        data["file"] = name
        entries.append(data)
    planned[index] = json.dumps({"factsheet": facts, "draft": draft, "outputs": entries},
                                indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    stale = [p for p in _earlier_set(folder) if p not in planned] if force else []
    _inside(folder, [*planned, *stale])
    write_files(planned, stale)
    _prune(folder, stale)


def _inside(folder: Path, paths: list[Path]) -> None:
    """Refuse a symbolic link in ``folder`` that would take a write or a removal out of it."""
    from ..files import real

    root = real(folder)
    for path in paths:
        if not real(path).is_relative_to(root):
            raise PlainsumError(f"{path}: a symbolic link leads outside {folder}; remove it "
                                "or write elsewhere")


def _whose(what: str, owners: dict[tuple[str, str], str], kind: str, key: str) -> str:
    owner = owners.get((kind, key))
    return f"{what} from plugin {owner!r}" if owner else what


def _body(output: Any, fmt: str) -> str:
    from ..report import markdown_text

    if fmt == "json":
        return json.dumps(output.to_json(), indent=2, ensure_ascii=False,
                          allow_nan=False) + "\n"
    if fmt == "markdown":
        title = markdown_text(f"{output.generator} · {output.variant} · {output.audience} · "
                              f"{output.lang}" + (" · DRAFT" if output.draft else ""))
        return f"# {title}\n\n{markdown_text(output.text)}\n"
    return output.text.rstrip() + "\n"


def _earlier_set(folder: Path) -> list[Path]:
    """The files an earlier run listed in the folder's ``index.json``: only those, only
    inside the folder and only named as outputs are (``LANG/AUDIENCE/GENERATOR-VARIANT.txt``,
    below a sheet's folder for several sheets), are plainsum's to remove. An edited index
    that lists a user's own file or folder never gets it deleted."""
    from ..files import is_component

    try:
        index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
        names = [entry["file"] for entry in index["outputs"]]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    out = []
    for name in names:
        parts = name.split("/") if isinstance(name, str) else []
        if (len(parts) in (3, 4) and all(map(is_component, parts))
                and _OUTPUT_FILE.fullmatch(parts[-1])):
            path = folder.joinpath(*parts)
            if not path.is_dir():
                out.append(path)
    return out


# the last part of an output's file name: GENERATOR-VARIANT.txt|json|md (see _files)
_OUTPUT_FILE = re.compile(r"[^/]+-[^/]+\.(?:txt|json|md)")


def _prune(folder: Path, removed: list[Path]) -> None:
    """Remove the folders that removing an earlier set's files left empty."""
    for path in removed:
        parent = path.parent
        while parent != folder and folder in parent.parents:
            try:
                parent.rmdir()
            except OSError:
                break
            parent = parent.parent
