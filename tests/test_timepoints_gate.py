"""The gate before the one-year/month/week pattern (``timepoints.says_one_unit``) answers
exactly as the full pattern does: a cheaper search for a unit word, folded as the pattern
folds case, lets through every text the pattern has a hit in (speed only, never a finding
less). Paired with real texts: one year, month or week said in words where the sheet has
no such time point is still caught, in capitals and with look-alike letters too.
"""

from __future__ import annotations

import pytest
from plainsum_checks.timepoints import _ONE_UNIT, says_one_unit

from tests.corruption import alarms_in as alarms
from tests.test_check_groups22_times import CHX, wrong_time

# texts that test the edges of the gate: case folding as the pattern does it (a Turkish
# dotted capital I, the Kelvin sign, a long s), a unit word right after a digit or a
# mark, an inflected unit ("Jahres"), unit words inside longer words ("times", "piano",
# "messages") and texts with no unit word at all
EDGES = [
    "Within a year of the birth, 4 in 100 women had an infection.",
    "WITHIN A YEAR OF THE BIRTH, 4 IN 100 WOMEN HAD AN INFECTION.",
    "Nella prima settİmana, 23 donne su 572.",
    "In the first weeK after the operation, 4.0% of the women.",
    "In the first week after the operation, 4.0% of the women.",
    "Dans le premier moiſ, 23 des 572 femmes.",
    "Im ersten Jahres-Rückblick, 23 von 572 Frauen.",
    "5month next, 23 of 572 women.",
    "year\u0301 next, 23 of 572 women.",
    "Sometimes the piano messages came in the next years.",
    "At 30 days, 23 of 572 women had a wound infection.",
    "",
    "No mês seguinte à operação, 4 em cada 100 mulheres.",
    "Durante el primer mes, un 4,0 % de las mujeres.",
    "Nel primo anno dopo l'intervento.",
    "Dans l'année qui a suivi l'opération.",
]


@pytest.mark.parametrize("text", EDGES)
def test_the_gate_answers_as_the_pattern(text: str) -> None:
    assert says_one_unit(text) == (_ONE_UNIT.search(text) is not None)


def test_the_gate_lets_through_what_the_pattern_finds() -> None:
    found = [t for t in EDGES if _ONE_UNIT.search(t)]
    assert len(found) >= 8  # the list holds hits of each form, not only texts without one
    assert not says_one_unit("At 30 days, 23 of 572 women had a wound infection.")


@pytest.mark.parametrize("text, words", [
    ("WITHIN A YEAR OF THE BIRTH, about four in every hundred women in the chlorhexidine "
     "group got a wound infection.", "A YEAR"),
    ("Nel primo anno dopo l'intervento, 23 donne su 572 del gruppo clorexidina hanno "
     "avuto un'infezione della ferita.", "primo anno"),
])
def test_a_year_in_words_is_still_caught(text: str, words: str) -> None:
    lang = "it" if "donne" in text else "en"
    assert wrong_time(CHX, lang, text, words), alarms(CHX, lang, text)


def test_the_sheets_month_in_capitals_is_no_alarm() -> None:
    text = ("WITHIN A MONTH OF THE BIRTH, about four in every hundred women in the "
            "chlorhexidine group got a wound infection.")
    assert not any(f.rule == "wrong-context" for f in alarms(CHX, "en", text))
