"""The review page says a rate with its denominator and unit ("2.1 per 1,000 person-years"),
never as a bare value a reviewer could take for a share."""

from __future__ import annotations

from pathlib import Path

from plainsum.factsheet import load_factsheet
from plainsum.lexicon import Lexicon
from plainsum.review.words import fact_words

RATE_SHEET = Path(__file__).parent / "data/sheets/rate-test.yaml"


def test_a_rate_is_said_per_its_denominator(registry) -> None:
    sheet = load_factsheet(str(RATE_SHEET), registry.known_terms())
    lexicon = Lexicon(sheet, registry.language("en"))
    rates = [f for f in sheet.facts.values() if f.kind == "rate"]
    assert rates
    for fact in rates:
        words = dict(fact_words(fact, sheet, lexicon))
        assert words["kind"] == "rate"
        per = registry.language("en").format_number(fact.per)
        assert words["value"].endswith(f" per {per} {fact.unit}".replace("people-a-year",
                                                                       "people a year"))
        assert "%" not in words["value"]
