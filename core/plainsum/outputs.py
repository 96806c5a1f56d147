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


@dataclass(frozen=True, slots=True)
class ScoreItem:
    """One item of a score: ``passed`` is None for an item that does not apply (n/a)."""

    item: str
    passed: bool | None
    note: str

    def to_json(self) -> dict[str, Any]:
        return {"item": self.item, "passed": self.passed, "note": self.note}


@dataclass
class Score:
    """A score a validator gives a text beside its findings (the Clear Communication
    Index): the percent of the judged items passed. It is no verdict: a text passes or
    fails on its findings (a validator that holds a text to a minimum adds an error)."""

    title: str
    items: list[ScoreItem] = field(default_factory=list)

    @property
    def judged(self) -> list[ScoreItem]:
        return [i for i in self.items if i.passed is not None]

    @property
    def score(self) -> float | None:
        """Percent of judged items passed, one decimal; None when no item applies."""
        judged = self.judged
        if not judged:
            return None
        return round(100 * sum(bool(i.passed) for i in judged) / len(judged), 1)

    def to_json(self) -> dict[str, Any]:
        return {"score": self.score, "items": [i.to_json() for i in self.items]}

    def line(self) -> str:
        """``Clear Communication Index 66.7 (4 of 6 items; not passed: action, jargon)``."""
        judged = self.judged
        if not judged:
            return f"{self.title}: no item applies"
        passed = sum(bool(i.passed) for i in judged)
        failed = [i.item for i in judged if not i.passed]
        tail = f"; not passed: {', '.join(failed)}" if failed else ""
        return f"{self.title} {self.score:g} ({passed} of {len(judged)} items{tail})"


# keys of a checks object a score may not take
RESERVED_SCORE_NAMES = frozenset({"passed", "readability", "findings"})


@dataclass
class Checks:
    """Everything the validators said about one text; ``scores`` by validator name."""

    readability: Readability | None = None
    findings: list[Finding] = field(default_factory=list)
    scores: dict[str, Score] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        readable = self.readability is None or self.readability.passed
        return readable and not any(f.severity == "error" for f in self.findings)

    def to_json(self) -> dict[str, Any]:
        return {
            "passed": self.passed,
            "readability": self.readability.to_json() if self.readability else None,
            "findings": [f.to_json() for f in self.findings],
            **self.scores_json(),
        }

    def scores_json(self) -> dict[str, Any]:
        """Each score under its validator's name (``"cci": {score, items}``)."""
        return {name: score.to_json() for name, score in self.scores.items()
                if name not in RESERVED_SCORE_NAMES}


@dataclass
class Output:
    """One generated text and the ids of the facts it says it states.

    ``platform`` is set for texts with a length rule (social posts);
    ``terms`` lists the term ids the text uses, for the glossary;
    ``readable_text`` is the part readability is scored on when that is not the whole
    text (a glossary's definitions, without the technical headwords they explain);
    ``draft`` is set on outputs of a draft sheet, whose text begins with the DRAFT line;
    ``limitations`` lists the ids of the sheet's limitations the text states (the checker
    reports one the text does not say).
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
    limitations: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "generator": self.generator, "variant": self.variant,
            "audience": self.audience, "lang": self.lang, "text": self.text,
            "facts": self.facts, "limitations": self.limitations, "terms": self.terms,
            "platform": self.platform,
            "checks": self.checks.to_json(), "draft": self.draft,
        }
