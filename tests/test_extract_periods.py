"""What a study's calendar period dates (``plainsum extract``, figures stage): the event
is read from the verb of the period's clause, never left blank when the clause says it.
Every text here is made up for the test; none comes from a release."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract.facts import find  # noqa: E402
from plainsum_extract.quantities import period_event  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402


@pytest.mark.parametrize("sentence, event", [
    ("We studied 800 children who were treated for asthma at two city clinics between 2004 "
     "and 2012.", "treated for asthma"),
    ("Volunteers were enrolled from 31 gyms in Leeds, York and Hull from 2016 to 2018.",
     "enrolled"),
    ("It looked at 2,000 retirees who took part in a regional diet survey between 2009 and "
     "2014.", "took part in a regional diet survey"),
    # the verb's object after the years
    ("The team included men who were diagnosed between 1990 and 2000 with gout.",
     "diagnosed with gout"),
])
def test_the_event_of_a_period_is_its_clause_verb(sentence, event):
    at = sentence.index(next(w for w in ("between", "from 2") if w in sentence))
    found = period_event(sentence, at, at + 21)
    assert found is not None and found[0] == event
    assert sentence[found[1]:found[2]].startswith(event.split()[0])


def test_no_event_without_a_verb():
    sentence = "Data: 2001-2004."
    assert period_event(sentence, 6, 15) is None


def test_the_drafted_period_names_its_event_as_a_term():
    text = ("Gout registry\n\nResearchers followed 4,100 adults who were diagnosed with gout at "
            "a rheumatology clinic between 2005 and 2015. Walkers had fewer flares.")
    found = find(repair(text), {})
    (period,) = [f for f in found.facts if f["kind"] == "period"]
    assert (period["start"], period["end"]) == (2005, 2015)
    term = found.terms[period["event"]]
    assert term["en"]["technical"] == "diagnosed with gout"
    assert "check" in term["review"]
