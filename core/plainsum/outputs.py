"""What flows out of generators and validators: outputs, findings and their checks."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem (or note) a validator found in a text.

    ``span`` is ``[start, end)`` in the checked text, or ``None`` for an omission;
    ``expected`` is the fact's value as text.
    """

    rule: str
    severity: str  # error | warning | info
    message: str
    fact: str | None = None
    expected: str | None = None
    found: str | None = None
    span: tuple[int, int] | None = None

    def to_json(self) -> dict[str, Any]:
        return {"rule": self.rule, "severity": self.severity, "message": self.message,
                "fact": self.fact, "expected": self.expected, "found": self.found,
                "span": list(self.span) if self.span is not None else None}


@dataclass
class Readability:
    """A readability verdict: the language's own formula against the audience's target."""

    formula: str
    score: float
    target: float | None
    passed: bool
    higher_is_easier: bool = True
    band: str | None = None

    @property
    def scored(self) -> bool:
        """False for a text with no words to score (the formula gives no number)."""
        return math.isfinite(self.score)

    def to_json(self) -> dict[str, Any]:
        return {"formula": self.formula, "score": round(self.score, 1) if self.scored else None,
                "target": self.target, "passed": self.passed, "band": self.band}


@dataclass
class Checks:
    """Everything the validators said about one text."""

    readability: Readability | None = None
    findings: list[Finding] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        readable = self.readability is None or self.readability.passed
        return readable and not any(f.severity == "error" for f in self.findings)

    def to_json(self) -> dict[str, Any]:
        return {
            "passed": self.passed,
            "readability": self.readability.to_json() if self.readability else None,
            "findings": [f.to_json() for f in self.findings],
        }


@dataclass
class Output:
    """One generated text and the ids of the facts it says it states.

    ``platform`` is set for texts with a length rule (social posts);
    ``terms`` lists the term ids the text uses, for the glossary;
    ``readable_text`` is the part readability is scored on when that is not the whole
    text (a glossary's definitions, without the technical headwords they explain);
    ``draft`` is set on outputs of a draft sheet, whose text begins with the DRAFT line.
    """

    generator: str
    variant: str
    audience: str
    lang: str
    text: str
    facts: list[str] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)
    platform: str | None = None
    readable_text: str | None = None
    checks: Checks = field(default_factory=Checks)
    draft: bool = False  # made from a draft sheet: the text begins with the DRAFT line

    def to_json(self) -> dict[str, Any]:
        return {
            "generator": self.generator, "variant": self.variant,
            "audience": self.audience, "lang": self.lang, "text": self.text,
            "facts": self.facts, "terms": self.terms, "platform": self.platform,
            "checks": self.checks.to_json(), "draft": self.draft,
        }
