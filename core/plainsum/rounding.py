"""Rounding as people round: 42.5 is 43, never 42 (Python's ``round`` rounds halves to
even). Generators and the checker share it, so what one writes the other accepts."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def round_half_up(value: float, step: float = 1) -> float:
    """``value`` rounded to a multiple of ``step`` the way people round (85.5 → 86)."""
    steps = (Decimal(str(value)) / Decimal(str(step))).quantize(Decimal(1), ROUND_HALF_UP)
    return float(steps * Decimal(str(step)))


def whole(value: float) -> int:
    """``value`` rounded half up to a whole number."""
    return int(round_half_up(value))
