"""``plainsum review``: one HTML page to review a study (see :mod:`plainsum.review`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from . import app
from .options import lang_case, split_list


@click.command()
@click.argument("facts", type=click.Path(dir_okay=False, allow_dash=False))
@click.option("--release", type=click.Path(dir_okay=False, allow_dash=False), default=None,
              metavar="FILE", help="The release the sheet was drafted from: shown repaired, "
              "with each fact's source span highlighted.")
@click.option("--reader", "reader_name", default=None, metavar="NAME",
              help="Reader for --release (default: chosen by the file's suffix).")
@click.option("--lang", "langs", default=None, metavar="CODES", callback=lang_case,
              help="Comma-separated languages of the outputs shown (default: the sheet's "
                   "own; the sheet's language is always shown beside the others).")
@click.option("--audience", "audiences", default=None, metavar="NAMES",
              help="Comma-separated audiences (default: all).")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="The HTML file to write (- for standard output).")
@click.option("--force", is_flag=True, help="Overwrite the HTML file if it exists.")
def review(facts: str, release: str | None, reader_name: str | None, langs: str | None,
           audiences: str | None, output: str, force: bool) -> None:
    """Write one self-contained HTML page to review a fact sheet: the release with each
    fact highlighted where it came from (and what the repair changed or flagged), the
    sheet as a checklist with each fact in words and its review notes, and every output,
    made and checked as 'plainsum generate' does, with its findings marked in place and a
    filter to show only what fails. A draft sheet is welcome: that is what one reviews;
    a sheet lint refuses (markup in its wording, a broken reference) is refused.

    The page needs no network and runs no script but its own. Exits 0 when it is written
    (whatever the outputs' checks say: the page shows them), 2 on bad input.
    """
    from ..errors import PlainsumError
    from ..factsheet import load_factsheet
    from ..files import (
        STDIN,
        display_name,
        is_stdout,
        names_folder,
        printable,
        refuse_inputs,
        refuse_overwrite,
        write_files,
    )
    from ..review import build, render

    if not output.strip():
        raise PlainsumError("-o is empty; give the HTML file to write")
    if reader_name is not None and release is None:
        raise PlainsumError("--reader only applies with --release")
    target = Path(output)
    if names_folder(output):
        raise PlainsumError(f"{output}: is a folder; -o takes the page's file name")
    refuse_inputs([target], {facts: "fact sheet", **({release: "release"} if release else {})})
    refuse_overwrite([target], force)
    langs_ = split_list(langs, "--lang")
    audiences_ = split_list(audiences, "--audience")
    registry = app().registry
    # a sheet lint, generate and check refuse (markup in its wording) is refused here too:
    # the page would show outputs no other command makes
    sheet = load_factsheet(facts, registry.known_terms())
    for code in langs_ or []:
        registry.language(code)  # an unknown language: one line, before any work
    text = _release(release, reader_name, sheet.lang) if release else None
    page = build(sheet, registry, langs_ or [sheet.lang], audiences_ or list(registry.audiences),
                 text)
    write_files({target: render(page)})
    fails = page.failing
    shown = STDIN if release == "-" else display_name(release or "")  # read as extract does
    placed = f", {page.spanned} items placed in {shown}" if release else ""
    if page.mismatched:
        spans = "its span" if page.mismatched == 1 else "their spans"
        placed += (f" ({page.mismatched} not written at {spans}: plainsum lint --release "
                   "lists them)")
    click.echo(printable(
        f"wrote {'the page to standard output' if is_stdout(output) else display_name(output)}: "
        f"{len(page.entries)} checklist items, {len(page.outputs)} outputs "
        f"({fails} fail{'s' if fails == 1 else ''})" + placed), err=True)


def _release(path: str, reader_name: str | None, lang: str) -> Any:
    """The release as ``plainsum extract`` reads and repairs it, with the repair's notes."""
    from ..errors import PlainsumError
    from ..review import Release
    from ..review.model import Note
    from .extract import _extractor, read_release

    text, name = read_release(path, reader_name, refuse_empty=True)
    module = _extractor()
    try:
        if hasattr(module, "repaired"):
            fixed = module.repaired(text, lang)
            notes = [Note(str(n.kind), str(n.message), n.start, n.end)
                     for n in (*fixed.repairs, *fixed.flags)]
            return Release(name, fixed.text, notes)
        if hasattr(module, "repaired_text"):
            return Release(name, module.repaired_text(text, lang))
    except PlainsumError as exc:
        raise PlainsumError(f"{name}: {exc}") from None
    raise PlainsumError("the 'extract' plugin cannot repair a release's text; --release "
                        "needs it")
