"""The DRAFT line: what every output made from a draft sheet, and every check of a text
against one, carries so that nobody takes it for reviewed.

A sheet is a draft while it has items to settle (:mod:`plainsum.factsheet.unsettled`).
``generate`` and ``check`` refuse one unless told ``--draft``; the outputs they then make
begin with the pack's ``draft.notice`` phrase, in the output's language (English when a
pack has none), and their JSON says ``"draft": true``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from .errors import PlainsumError
from .outputs import Output

PHRASE = "draft.notice"
ENGLISH = "DRAFT: not yet checked by a person. Do not publish."


def notice(pack: Any) -> str:
    """The DRAFT line in the pack's language, or in English when the pack (a third-party
    one written before the line existed) has no such phrase."""
    try:
        if pack is not None and pack.has_phrase(PHRASE):
            text = pack.phrase(PHRASE)
            if isinstance(text, str) and text.strip() and "\n" not in text:
                return text.strip()
    except Exception:  # a pack's phrasebook that fails to read: the line still shows
        pass
    return ENGLISH


def mark(outputs: Iterable[Output], packs: dict[str, Any]) -> None:
    """Put the DRAFT line at the top of each output's text; the findings' spans move with
    the text they point into."""
    for output in outputs:
        line = notice(packs.get(output.lang))
        shift = len(line) + 2
        output.text = f"{line}\n\n{output.text}"
        output.checks.findings = [
            dataclasses.replace(f, span=(f.span[0] + shift, f.span[1] + shift))
            if f.span is not None else f for f in output.checks.findings]
        output.draft = True


def refuse(sheet: Any, name: str, command: str) -> None:
    """Stop ``command`` on a draft sheet, in one line that says what to do. A plugin's
    command that makes outputs from a sheet (``plainsum sms``) calls it too, with a
    ``--draft`` option of its own."""
    from .factsheet.unsettled import summary

    if not sheet.is_draft:
        return
    marked = "the report" if command == "check" else "every output"
    them = "them" if len(sheet.unsettled) != 1 else "it"
    raise PlainsumError(
        f"{name} is a draft, {summary(list(sheet.unsettled))} ('plainsum lint {name}' lists "
        f"{them}); settle {them}, or add --draft to run plainsum {command} on it anyway, "
        f"with {marked} marked DRAFT")
