"""Suggested wording for items to translate: the language packs' term banks first, then
each registered translator (``register_translators``). A suggestion is only a draft: the
PO file marks it fuzzy, and ``translate import`` refuses fuzzy entries unless told."""

from __future__ import annotations

from dataclasses import dataclass

from ..files import CONTROLS
from ..plugins import PluginError, Registry
from .items import Item

PACKS = "term banks"  # how the packs' suggestions are credited


@dataclass(frozen=True)
class Suggestion:
    text: str
    by: str  # the translator's name, or PACKS


def suggestions(items: list[Item], registry: Registry, source: str,
                target: str) -> dict[str, Suggestion]:
    """A suggestion for each item some term bank or translator can fill, by context."""
    out: dict[str, Suggestion] = {}
    bank = _bank_pairs(registry, source, target)
    for item in items:
        text = _from_packs(item, registry, target) or bank.get(item.source.casefold())
        if text:
            out[item.context] = Suggestion(text, PACKS)
    for name in registry.translators:
        for item in items:
            if item.context in out:
                continue
            try:
                text = registry.call("translators", name, "suggest", item.source, source,
                                     target, item.kind)
            except PluginError as exc:
                registry.report_once(exc, "its suggestions are left out")
                break
            # a text no sheet may hold (a control character, a noncharacter) is no
            # suggestion: an XLIFF file cannot even hold U+FFFE or most controls
            if isinstance(text, str) and text.strip() and not CONTROLS.search(text.strip()):
                out[item.context] = Suggestion(text.strip(), name)
    return out


def _from_packs(item: Item, registry: Registry, target: str) -> str | None:
    """A term's field from the target pack's term bank, by the term's id."""
    if item.term is None or target not in registry.languages:
        return None
    forms = (getattr(registry.languages[target], "terms", None) or {}).get(item.term)
    field_ = item.kind.removeprefix("term-")
    return getattr(forms, field_, None) if forms is not None else None


def _bank_pairs(registry: Registry, source: str, target: str) -> dict[str, str]:
    """Source form -> target form for every term both packs' banks hold, by id and level:
    a group labelled with a term's plain words gets the target's plain words."""
    packs = registry.languages
    if source not in packs or target not in packs:
        return {}
    ours = getattr(packs[source], "terms", None) or {}
    theirs = getattr(packs[target], "terms", None) or {}
    pairs: dict[str, str] = {}
    for term_id, forms in ours.items():
        other = theirs.get(term_id)
        if other is None:
            continue
        for level in ("technical", "plain"):
            said, wanted = getattr(forms, level, None), getattr(other, level, None)
            if said and wanted:
                pairs.setdefault(said.casefold(), wanted)
    return pairs
