"""The translations a translator's file brings back, whatever its format (PO or XLIFF)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    """One translation read from a file; ``line``: where its entry starts; ``fuzzy``: a
    suggestion nobody has settled (PO's fuzzy flag, XLIFF's state ``initial``)."""

    context: str
    source: str
    text: str
    fuzzy: bool
    line: int
    plural: bool = False  # PO's msgid_plural: a translation tool's plural forms
    # XLIFF: the sources of the unit's segments, when a tool split it into several
    segments: tuple[str, ...] = ()


@dataclass(frozen=True)
class Catalog:
    language: str | None
    sheet_id: str | None
    entries: list[Entry]
