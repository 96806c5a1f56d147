"""Figures said loosely as writers say them: a round figure with a hedge for a count ("more
than 1,100 women", "plus de mille femmes", "rund 1100 Frauen" for 1,147), a share as a
frequency ("one in 24" for 4.2 %), a figure with decimals rounded to a whole number with a
hedge ("about 29 hours" for 28.8)."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from typing import Any


def rounds_to(said: float, hedge: str | None, value: float) -> bool:
    """Whether ``said`` with ``hedge`` is ``value`` rounded the hedge's way (down after
    "more than", up after "nearly", to the nearest after "about") to ``said``'s last
    non-zero digit: "more than 1,100" and "more than a thousand" for 1,147, never "fewer
    than 1,100" or "about 1,200". Only a figure rounder than the count it stands for."""
    if not hedge or said < 10 or said != int(said) or int(said) % 10:
        return False
    if value != int(value) or value <= 0:
        return False
    step = 10 ** (len(str(int(said))) - len(str(int(said)).rstrip("0")))
    if not int(value) % step:
        return False  # as round as the figure: said exactly, or another count
    down: Callable[[int], int] = lambda v: v // step * step  # noqa: E731
    up: Callable[[int], int] = lambda v: -(-v // step) * step  # noqa: E731
    rounded = {"about": lambda v: (v + step // 2) // step * step, "more-than": down,
               "at-least": down, "less-than": up, "up-to": up, "nearly": up}.get(hedge)
    return rounded is not None and rounded(int(value)) == int(said)


def frequency_states(count: float, total: float, value: float) -> bool:
    """Whether "``count`` in ``total``" states the share ``value`` (per cent) as writers
    round a share into a frequency: one in so many to the share's own precision ("one in
    24" for 4.2 %, "one in 22" for 4.5 %, not for 4.0 %), or, over ten people or fewer, as
    the nearest such fraction
    within one and a half points ("two in three" for 66 %, "seven in ten" for 71 %; not
    "three in four" for 66 %, nor "two in three" for 71 %)."""
    if total <= 0 or count < 0 or count > total:
        return False
    share = count / total * 100
    if count == 1 and total > 10:
        # one in so many: as precise as the share is said (a tenth at least below 10 %,
        # where the sheet's "4.0" reads as 4)
        text = f"{value:.6f}".rstrip("0")
        decimals = len(text.split(".")[1]) if "." in text else 0
        step = min(10.0 ** -decimals, 0.1 if value < 10 else 1.0)
        return abs(share - value) <= step / 2 + 1e-9
    return total <= 10 and count == round(value * total / 100) and abs(share - value) <= 1.5


def rounds_fraction(said: float, hedge: str | None, values: Iterable[float]) -> bool:
    """Whether ``said`` with ``hedge`` is one of ``values`` (of either sign: a difference's
    size) rounded the hedge's way, as writers round any figure they give loosely: one with
    decimals to a whole number ("about 29 fewer hours" for 28.8 or −28.8, "more than 28",
    "nearly 29"), or a whole one to the figure's last non-zero digit ("nearly $2,500" for a
    difference of −2,496, as :func:`rounds_to` rounds counts); never "about 30" for 28.8,
    nor a figure with no hedge."""
    if not hedge or said != int(said):
        return False
    how: Callable[[float], int] | None = {
        "about": lambda v: math.floor(v + 0.5), "more-than": math.floor,
        "at-least": math.floor, "nearly": math.ceil, "less-than": math.ceil,
        "up-to": math.ceil}.get(hedge)
    if how is None:
        return False
    return any((abs(v) != int(abs(v)) and how(abs(v)) == said)
               or rounds_to(said, hedge, abs(v)) for v in values)


def turned(hedge: str | None) -> str | None:
    """The bound the other way round from ``hedge`` ("less-than" for "more than", "at
    least"; "more-than" for "nearly", "less than", "up to"), which rounds the other way:
    a figure said with ``hedge`` that the sheet's figure rounds to only with this one is
    the bound turned round ("fewer than 1,100 women" for 1,147); None for "about"."""
    if hedge in ("more-than", "at-least"):
        return "less-than"
    if hedge in ("nearly", "less-than", "up-to"):
        return "more-than"
    return None


# a span of the sheet: its fact, its bounds, its unit and whether it is a period of years
Span = tuple[Any, float, float, str | None, bool]


def sheet_spans(facts: Iterable[Any]) -> list[Span]:
    """Every span of the sheet a text may give by its two bounds: a range fact ("aged 18
    to 45"), a mean's full range ("from 1 to 25 years") and a period of years ("between
    2011 and 2015")."""
    out: list[Span] = []
    for fact in facts:
        kind = getattr(fact, "kind", None)
        if kind == "period" and fact.start is not None and fact.end is not None:
            out.append((fact, float(fact.start), float(fact.end), None, True))
        elif kind == "range":
            out.append((fact, float(fact.low), float(fact.high), getattr(fact, "unit", None),
                        False))
        elif kind in ("mean", "median"):
            spread = getattr(fact, "spread", None)
            if spread is not None and spread.kind == "range" and spread.low is not None and (
                    spread.high is not None):
                out.append((fact, float(spread.low), float(spread.high),
                            getattr(fact, "unit", None), False))
    return out


def bound_changed(ends: tuple[float, float], unit: str | None, spans: Iterable[Span]
                  ) -> Span | None:
    """The sheet's span that a range said in a text keeps one bound of and changes the
    other of ("between 2001 and 2015" for 2011 to 2015, "from 1 to 15 years" for 1 to 25):
    a changed bound, not a figure of its own. A range in another unit than the span's is
    none of it; one with no unit may be ("range 1–5"); a period is said in years."""
    low, high = ends
    years = all(e.is_integer() and 1800 <= e <= 2100 for e in ends)
    for span in spans:
        _, a, b, theirs, calendar = span
        if calendar != years or (calendar and unit):
            continue
        if unit and theirs and unit != theirs:
            continue
        if (abs(low - a) < 1e-9) != (abs(high - b) < 1e-9):
            return span
    return None
