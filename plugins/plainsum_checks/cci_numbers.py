"""The Clear Communication Index's ``numbers`` item (:mod:`.cci`): numbers a reader can
use. One denominator for natural frequencies and percentages, shares of groups with one
precision, and for plain readers no ratio said only as a figure or an abbreviation."""

from __future__ import annotations

from typing import Any

from plainsum.factsheet.model import FactSheet
from plainsum.outputs import ScoreItem

from .cci_page import Page, compiled_words, item, na
from .numbers import Mention, read_numbers
from .sheet import allowed_values, matches

_EFFECT_KINDS = ("ratio", "relative-change", "difference")


def numbers(page: Page) -> ScoreItem:
    name = "numbers"
    said = [m for m in read_numbers(page.text, page.pack, page.lexicon)
            if m.kind in ("percent", "frequency", "ratio")]
    if not said:
        return na(name, "no shares, frequencies or ratios")
    problems = [p for p in (denominators(page, said), precision(page, said),
                            bare_ratios(page, said)) if p]
    if problems:
        return item(name, False, "; ".join(problems))
    ratios = page.plain and any(m.kind == "ratio" for m in said)
    return item(name, True, "one denominator, one precision"
                + (", ratios in words" if ratios else ""))


def effect_values(sheet: FactSheet) -> set[float]:
    """Figures of ratios and changes: a percentage that is one is no share of a group."""
    return {v for f in sheet.facts_of(*_EFFECT_KINDS) for v in allowed_values(f)}


def share_values(sheet: FactSheet) -> set[float]:
    return {v for f in sheet.facts.values() if f.kind not in _EFFECT_KINDS
            for v in allowed_values(f)}


def shares(page: Page, said: list[Mention]) -> list[Mention]:
    """The percentages that are shares of a group: not a ratio's or a change's figure
    (a percentage the sheet gives both ways counts as a share)."""
    effects, plain_shares = effect_values(page.sheet), share_values(page.sheet)
    return [m for m in said if m.kind == "percent"
            and (not matches(m.value, effects) or matches(m.value, plain_shares))]


def denominators(page: Page, said: list[Mention]) -> str | None:
    """Natural frequencies and percentages (per 100) with different denominators."""
    seen: dict[float, str] = {}
    for m in said:
        if m.kind == "frequency" and m.second:
            seen.setdefault(m.second, m.text)
    share = next(iter(shares(page, said)), None)
    if share is not None and seen:
        seen.setdefault(100.0, share.text)
    if len(seen) < 2:
        return None
    return "different denominators: " + ", ".join(f"“{t}”" for t in seen.values())


def precision(page: Page, said: list[Mention]) -> str | None:
    """Shares written with different numbers of decimals ("4 %" beside "7.3 %"); a
    hedged bound ("less than 1 %") has no precision to keep."""
    first: dict[int, str] = {}
    for m in shares(page, said):
        if m.hedge is None:
            first.setdefault(m.decimals, m.text)
    if len(first) < 2:
        return None
    return "shares with different precision: " + " beside ".join(
        f"“{first[d]}”" for d in sorted(first))


def bare_ratios(page: Page, said: list[Mention]) -> str | None:
    """For plain readers, a ratio said only as a figure or an abbreviation ("HR 0.62")."""
    if not page.plain:
        return None
    words = ratio_words(page.pack)
    for m in said:
        if m.kind != "ratio":
            continue
        before = page.text[max(0, page.text.rfind("\n", 0, m.start) + 1, m.start - 60):m.start]
        if words is None or not words.search(before):
            return f"a ratio without words: “{before[-12:].lstrip()}{m.text}”"
    return None


def ratio_words(pack: Any) -> Any:
    forms = tuple(f for fs in (getattr(pack, "ratio_words", None) or {}).values() for f in fs)
    return compiled_words(forms)

