"""Built-in validators (plugin ``checks``): fact preservation, directions, claims the
study cannot carry (causes, differences), terms and names, platform rules. Each reads
the text's language pack, so a new language needs only a pack."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from plainsum.hookspecs import hookimpl


@hookimpl
def register_validators(register: Callable[[Any], None]) -> None:
    from .cci import CCIValidator
    from .claims import ClaimValidator
    from .crossed import CrossedPairValidator
    from .design import DesignValidator
    from .directions import DirectionValidator
    from .facts import FactValidator
    from .limitations import LimitationValidator
    from .names import NameValidator
    from .overstated import OverstatementValidator
    from .platform import PlatformValidator
    from .population import PopulationValidator
    from .recall import RecallValidator
    from .roles import RoleValidator
    from .safety import SafetyValidator
    from .slight import SlightDifferenceValidator
    from .verdicts import VerdictValidator

    for validator in (FactValidator(), DirectionValidator(), ClaimValidator(),
                      NameValidator(), PlatformValidator(), CCIValidator(),
                      LimitationValidator(), RecallValidator(), RoleValidator(),
                      OverstatementValidator(), VerdictValidator(), DesignValidator(),
                      SafetyValidator(), PopulationValidator(),
                      SlightDifferenceValidator(), CrossedPairValidator()):
        register(validator)


@hookimpl
def register_rules(register: Callable[[Any], None]) -> None:
    from .rules import RULES

    for rule in RULES:
        register(rule)
