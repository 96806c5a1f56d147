"""Settle a draft's review notes by naming the items a person has checked, keeping the
sheet's comments, order and layout (a round trip through ruamel.yaml, as ``translate
import`` writes): the step between reading the review page and ``plainsum lint``.

An item is named by its id (``cohort``: every item of the sheet with that id), or by its
section and id as the review page and ``translate`` write it (``outcomes[migrana]``), or
``review`` for the sheet's own top-level notes. Settling an item deletes the lines of its
review note that start with ``TODO`` (a note with nothing else left goes), or, with
``keep``, only the word ``TODO``, so the note stays as a remark. The ``draft`` field goes
only when nothing else is left to settle (:func:`plainsum.factsheet.unsettled.unsettled`).
Placeholders are never settled here: they need the release's words written in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import PlainsumError
from .unsettled import _TODO, _TODO_WORD, DRAFT_FIELD, _starts_a_sentence, _visible, unsettled

# the sections whose items have an id and may carry a review note
SECTIONS = ("people", "organisations", "groups", "measures", "outcomes", "times", "facts",
            "comparisons", "limitations", "quotes", "terms")
_NAMED = re.compile(r"(?P<section>[a-z_]+)\[(?P<id>[^\]]+)\]")


@dataclass
class Settled:
    """What :func:`settle` did: the items whose notes it settled, those it found nothing
    to settle on, and whether it deleted the draft field."""

    items: list[str] = field(default_factory=list)
    clean: list[str] = field(default_factory=list)
    notes: int = 0
    undrafted: bool = False


def settle(doc: Any, names: list[str], keep: bool = False, done: bool = False) -> Settled:
    """Settle the items ``names`` in ``doc`` (a round-trip document, changed in place);
    with ``done``, delete the draft field too, refused while anything else is unsettled.
    Raises :class:`PlainsumError` on a name the sheet does not have."""
    out = Settled()
    for name in dict.fromkeys(names):
        found = _items(doc, name)
        if not found:
            raise PlainsumError(f"{name!r}: no such item in the sheet ({_known(doc)})")
        settled = 0
        for node in found:
            settled += _settle_note(node, keep)
        (out.items if settled else out.clean).append(name)
        out.notes += settled
    if done:
        left = [u for u in unsettled(doc) if u.kind != "draft"]
        if left:
            raise PlainsumError(
                f"{len(left)} item{'s are' if len(left) != 1 else ' is'} still to settle, so "
                "the sheet stays a draft (plainsum lint lists them)")
        if DRAFT_FIELD in doc:
            del doc[DRAFT_FIELD]
            out.undrafted = True
    return out


def _items(doc: Any, name: str) -> list[Any]:
    """The mappings ``name`` stands for: ``review`` (the sheet itself), ``section[id]``, or
    an id in any section."""
    if name == "review":
        return [doc]
    match = _NAMED.fullmatch(name)
    sections = (match["section"],) if match else SECTIONS
    wanted = match["id"] if match else name
    return [item for section in sections for item in (doc.get(section) or [])
            if isinstance(item, dict) and str(item.get("id")) == wanted]


def _known(doc: Any) -> str:
    todo = sorted({str(item.get("id")) for section in SECTIONS
                   for item in (doc.get(section) or []) if isinstance(item, dict)
                   and _has_todo(item.get("review"))})
    if isinstance(doc.get("review"), str) and _has_todo(doc["review"]):
        todo.insert(0, "review")
    if not todo:
        return "no item has a TODO note left"
    shown = ", ".join(todo[:12]) + (f" and {len(todo) - 12} more" if len(todo) > 12 else "")
    return f"items with a TODO note: {shown}"


def _has_todo(note: Any) -> bool:
    return isinstance(note, str) and any(_is_todo(line) for line in note.splitlines())


def _is_todo(line: str) -> bool:
    seen = _visible(line)
    return bool(_TODO.match(seen) or _starts_a_sentence(seen))


def _settle_note(node: Any, keep: bool) -> int:
    """Settle the TODO lines of ``node``'s review note; how many it settled."""
    note = node.get("review")
    if not isinstance(note, str):
        return 0
    lines = note.splitlines()
    todo = [line for line in lines if _is_todo(line)]
    if not todo:
        return 0
    if keep:
        kept = [_TODO_WORD.sub("", line, count=1).replace("  ", " ").strip()
                if _is_todo(line) else line for line in lines]
    else:
        kept = [line for line in lines if not _is_todo(line)]
    kept = [line for line in kept if line.strip()]
    if not kept:
        del node["review"]
    else:
        node["review"] = _like(note, "\n".join(kept))
    return len(todo)


def _like(old: Any, text: str) -> Any:
    """``text`` in the style ``old`` was written in (a literal block stays one)."""
    from ruamel.yaml.scalarstring import LiteralScalarString

    if isinstance(old, LiteralScalarString) or "\n" in text:
        return LiteralScalarString(text)
    return text
