"""Audiences: who reads an output, and how plain it must be for them."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Audience:
    """A reader group.

    ``register`` is the wording level generators use (``plain`` or ``technical``);
    ``level`` names the readability band each language pack maps to a target;
    ``targets`` overrides a pack's target for one language (``{"en": 6}``).
    """

    id: str
    name: str
    description: str
    register: str = "plain"
    level: str | None = None
    natural_frequencies: bool = False
    explain_terms: bool = True
    targets: dict[str, float] = field(default_factory=dict)
