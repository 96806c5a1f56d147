"""Each fact of a sheet in words, for a reviewer who should not have to read the YAML.

The words are the sheet's own (its labels in its language) and the language pack's way of
writing numbers; an id is shown beside each label so the reviewer can find it in the sheet.
"""

from __future__ import annotations

from typing import Any

from ..factsheet.model import Fact, FactSheet
from ..lexicon import Lexicon

KIND_NAMES = {
    "count": "count", "proportion": "percentage", "mean": "average", "period": "period",
    "timepoints": "time points", "comparison": "comparison", "claim": "finding without a "
    "number", "ratio": "ratio", "relative-change": "relative change", "difference":
    "difference", "range": "range", "no-difference": "no difference", "rate": "rate",
}


def fact_words(fact: Fact, sheet: FactSheet, lexicon: Lexicon) -> list[tuple[str, str]]:
    """``(what, words)`` pairs: the value first, then who, what and when it is about."""
    pack = lexicon.pack
    out = [("kind", KIND_NAMES.get(fact.kind, fact.kind)), ("value", _value(fact, lexicon))]
    hedge = fact.hedged
    if hedge:
        out.append(("hedge", hedge.replace("-", " ")))
    for field, look in (("group", "groups"), ("versus", "groups"), ("of", "groups"),
                        ("total", None), ("outcome", "outcomes"), ("measure", "measures"),
                        ("time", "times")):
        value = getattr(fact, field, None)
        if value is None or (field == "total" and fact.kind != "proportion"):
            continue
        if field == "total":
            if isinstance(value, str):
                out.append(("of", _named(lexicon, "groups", value)))
            continue
        out.append((field, _named(lexicon, look, value) if look else str(value)))
    ci = getattr(fact, "ci", None)
    if ci is not None:
        out.append(("confidence interval", f"{ci.level:g}% "
                    f"{pack.format_number(ci.low)} to {pack.format_number(ci.high)}"))
    p = getattr(fact, "p", None)
    if p is not None:
        out.append(("p", f"{getattr(fact, 'p_relation', '=')} {p:g}"))
    out.append(("role", "background (context, not a finding)" if fact.background
                else "result of this study"))
    return out


def _value(fact: Fact, lexicon: Lexicon) -> str:
    pack = lexicon.pack
    value = getattr(fact, "value", None)
    number = pack.format_number(value) if isinstance(value, int | float) else None
    kind = fact.kind
    if kind == "proportion" and number is not None:
        said = pack.format_percent(value)  # type: ignore[arg-type]
        count, total = getattr(fact, "count", None), getattr(fact, "total", None)
        if count is not None and isinstance(total, int | float):
            said += f" ({pack.format_number(count)} of {pack.format_number(total)})"
        return said
    if kind == "mean" and number is not None:
        said = f"{getattr(fact, 'statistic', 'mean')} {_amount(value, fact, pack)}"
        baseline = getattr(fact, "baseline", None)
        if baseline is not None:
            said += f" (from {pack.format_number(baseline)})"
        spread = getattr(fact, "spread", None)
        if spread is not None:
            parts = [pack.format_number(n) for n in spread.numbers]
            said += f", {spread.kind} {' to '.join(parts)}"
        return said
    if kind == "ratio" and number is not None:
        return f"{getattr(fact, 'ratio', 'hazard')} ratio {number}"
    if kind == "relative-change" and number is not None:
        unit = getattr(fact, "unit", "percent")
        amount = pack.format_percent(value) if unit == "percent" else f"{number}-fold"  # type: ignore[arg-type]
        return f"{amount} {getattr(fact, 'direction', 'lower')}"
    if kind == "rate" and number is not None:  # "2.1 per 1,000 person-years"
        per = pack.format_number(getattr(fact, "per", 1000))
        unit = str(getattr(fact, "unit", "person-years"))
        unit = unit if unit.endswith("-years") or unit.endswith("-months") else unit.replace(
            "-", " ")  # "people a year", "live births"; "person-years" keeps its hyphen
        return f"{number} per {per} {unit}"
    if kind == "difference" and number is not None:
        return _amount(value, fact, pack).replace("-points", " points")
    if kind == "range":
        unit = getattr(fact, "unit", None)
        return (f"{pack.format_number(fact.low)} to "  # type: ignore[attr-defined]
                f"{pack.format_number(fact.high)}{f' {unit}' if unit else ''}")  # type: ignore[attr-defined]
    if kind == "period":
        event = getattr(fact, "event", None)
        if event:  # the term's plain words, else its id (a lookup never guesses)
            forms = lexicon.term(event)
            shown = forms.plain or forms.technical
            event = shown if shown and not shown.startswith("⟦") else event
        return f"{fact.start}–{fact.end}" + (f" ({event})" if event else "")  # type: ignore[attr-defined]
    if kind == "timepoints":
        return ", ".join(_named(lexicon, "times", t) for t in getattr(fact, "times", ()))
    if kind == "comparison":
        facts = list(getattr(fact, "facts", ()))
        direction = getattr(fact, "direction", None)
        between = {"similar": "similar to", None: "compared with"}.get(
            direction, f"{direction} than")
        said = f" {between} ".join(facts) if len(facts) == 2 else ", ".join(facts)
        if number is not None:
            said += f" (by {number}{' ' + fact.unit if getattr(fact, 'unit', None) else ''})"  # type: ignore[attr-defined]
        return said
    if kind == "no-difference":
        return "no difference found"
    if kind == "claim":
        quantifier = getattr(fact, "quantifier", None)
        return quantifier.replace("-", " ") if quantifier else "stated without a number"
    return number if number is not None else "no number"


def _amount(value: Any, fact: Fact, pack: Any) -> str:
    """A number with its unit: a duration as the language says it ("35 years")."""
    unit = getattr(fact, "unit", None)
    if not unit:
        return pack.format_number(value)
    try:
        return pack.format_duration(value, unit)
    except Exception:  # not a unit of time: the number and the unit as the sheet has it
        return f"{pack.format_number(value)} {unit}"


def _named(lexicon: Lexicon, section: str, item_id: str) -> str:
    """The sheet's plain label of an item in the sheet's language, with its id."""
    sheet = lexicon.factsheet
    if section == "times" and item_id in sheet.times:
        return f"{lexicon.time(item_id)} ({item_id})"
    items: dict[str, Any] = getattr(sheet, section)
    item = items.get(item_id)
    label = getattr(item, "label", None)
    text = label.get(lexicon.lang, "plain") if label is not None else None
    return f"{text} ({item_id})" if text and text != item_id else item_id
