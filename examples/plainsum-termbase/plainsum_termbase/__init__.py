"""An example plainsum plugin: a translator that suggests a health term's usual form in
Spanish, French or German from a small term base, for ``plainsum translate export``.

A term base only knows terms, so it suggests only for an item that is one of its terms
as a whole (a term's technical or plain form, a short label), never for a sentence.
plainsum marks every suggestion fuzzy: a translator checks it before it is imported.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from importlib import resources
from typing import Any

from plainsum.hookspecs import hookimpl


@cache
def termbase() -> Mapping[str, Mapping[str, str]]:
    """English form (case-folded) -> language -> form, from ``termbase.yaml``."""
    import yaml

    text = resources.files(__name__).joinpath("termbase.yaml").read_text(encoding="utf-8")
    table: dict[str, dict[str, str]] = {}
    for entry in yaml.safe_load(text):
        targets = {lang: form for lang, form in entry.items() if lang != "en"}
        for form in entry["en"]:
            table[form.casefold()] = targets
    return table


class TermBase:
    """The translator plainsum calls: ``suggest(text, source, target, kind)``."""

    name = "termbase"

    def suggest(self, text: str, source: str, target: str, kind: str) -> str | None:
        if source != "en":
            return None
        return termbase().get(text.strip().casefold(), {}).get(target)


@hookimpl
def register_translators(register: Callable[[Any], None]) -> None:
    register(TermBase())
