"""``plainsum settle``: settle a draft's review notes, item by item, without editing YAML."""

from __future__ import annotations

import click


@click.command()
@click.argument("facts", type=click.Path(dir_okay=False, allow_dash=False))
@click.argument("items", nargs=-1, metavar="[ITEM]...")
@click.option("--keep", is_flag=True,
              help="Keep each settled note as a remark: delete only its word TODO.")
@click.option("--done", is_flag=True,
              help="Delete the draft field too (refused while anything is left to settle).")
def settle(facts: str, items: tuple[str, ...], keep: bool, done: bool) -> None:
    """Settle the review notes of the items you have checked against the release: each
    ITEM is an id (cohort: every item with that id), a section and id as the review page
    shows it (outcomes[migraine]), or review for the sheet's own notes. Their TODO lines
    are deleted (--keep: only the word TODO), the sheet's other lines, comments and layout
    kept. Placeholders are not settled here: write the release's words in.

    With --done, and nothing else left to settle, the draft field goes and the sheet is
    ready for lint, translate and generate. The review page writes this command for the
    items you tick. Exits 0 when the sheet is written, 2 on an item it does not have.
    """
    from pathlib import Path

    from ..errors import PlainsumError
    from ..factsheet.load import parse_yaml
    from ..factsheet.settle import settle as settle_items
    from ..factsheet.unsettled import summary, unsettled
    from ..files import display_name, read_text, write_files
    from ..translate import sheetedit

    if not items and not done:
        raise PlainsumError("name the items to settle (their ids, as the review page and "
                            "lint show them), or give --done to end the draft")
    text, name = read_text(facts)
    parse_yaml(text, name)  # malformed, or nested or aliased beyond a sheet: one line
    doc = sheetedit.load(text)
    if not isinstance(doc, dict):
        raise PlainsumError(f"{name}: not a fact sheet")
    did = settle_items(doc, list(items), keep=keep, done=done)
    if not did.notes and not did.undrafted:
        click.echo(f"{display_name(facts)}: nothing to settle on "
                   f"{', '.join(did.clean)}; the sheet is unchanged", err=True)
        return
    new, _ = sheetedit.dump(doc, text)
    write_files({Path(facts): new})
    left = unsettled(sheetedit.load(new))
    said = []
    if did.notes:
        said.append(f"settled {did.notes} TODO note{'s' if did.notes != 1 else ''} of "
                    f"{_names(did.items)}")
    if did.clean:
        said.append(f"nothing to settle on {_names(did.clean)}")
    if did.undrafted:
        said.append("deleted the draft field")
    shown = display_name(facts)
    if not left:
        nxt = f"next: plainsum lint {shown}"
    elif [u.kind for u in left] == ["draft"]:
        nxt = f"only the draft field is left: plainsum settle {shown} --done"
    else:
        nxt = f"{summary(left)} ('plainsum lint {shown}' lists them)"
    click.echo(f"{shown}: {'; '.join(said)}; {nxt}", err=True)


def _names(names: list[str], shown: int = 6) -> str:
    """``a, b, c`` or, for many, the first few and how many more (one line stays one)."""
    if len(names) <= shown:
        return ", ".join(names)
    return f"{', '.join(names[:shown])} and {len(names) - shown} more items"
