"""A round figure with a hedge, as writers say a count loosely: "more than 1,100 women",
"plus de mille femmes", "rund 1100 Frauen" for 1,147."""

from __future__ import annotations

from collections.abc import Callable


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
