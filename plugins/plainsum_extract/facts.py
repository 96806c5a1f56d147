"""Find the facts of an English release in its repaired text, stage by stage.

Patterns, not a model: every value found keeps its ``[start, end]`` span in the repaired
text, and whatever is inferred rather than read (a group carried over from the previous
sentence, a year taken from the embargo line) gets a review note saying so. Boilerplate
and quotations are never mined for numbers: they are not study results.

The stages, in the order :func:`find` runs them, share one :class:`.state.State`:
:mod:`.segment` (sentences, body, quotations), :mod:`.classify` (a label per sentence),
:mod:`.frame` with :mod:`.people` and :mod:`.terms` (title, journal, design, people ...),
:mod:`.groups` and :mod:`.attach` (the study's groups; group, outcome and time of a
figure; :mod:`.follow_up` gives results said without a time the study's one follow-up
time), :mod:`.quantities` (the figures; :mod:`.money` leaves sums of money out with a
note). :mod:`.draft` then assembles the sheet.
"""

from __future__ import annotations

from typing import Any

from . import attach, frame, groups, money, people, quantities, rates, tables, terms
from .classify import classify
from .difference_signs import sign_differences
from .repair import Repaired
from .segment import segment
from .state import Found, Group, State, Time

__all__ = ["Found", "Group", "State", "Time", "find"]


def find(repaired: Repaired, bank: dict[str, Any]) -> Found:
    """Everything extract finds in one repaired release (``bank``: term id -> forms)."""
    st = State(repaired, bank)
    segment(st)
    classify(st)
    people.find_quotes(st)
    frame.find_header(st)
    frame.find_publication(st)
    frame.find_design(st)
    groups.find_groups(st)
    frame.find_condition_and_intervention(st)
    quantities.find_counts(st)
    quantities.find_means(st)
    money.note_money(st)  # sums of money: left out, each sentence quoted in a note
    quantities.find_periods(st)
    quantities.find_timepoints(st)
    quantities.find_proportions(st)
    quantities.find_figures(st)
    rates.find_rates(st)  # "1.42 per 1,000 person-years": a rate, never a share
    tables.find_tables(st)  # rows of a table: what the sentence readers made of them goes
    quantities.find_claims(st)
    quantities.find_fractions(st)  # after the claims: "more than half ... improved" is one
    frame.find_limitations(st)
    frame.find_funding(st)
    frame.find_hashtags(st)
    terms.find_jargon(st)
    attach.settle(st)  # roles, unplaceable figures left out, the main fact
    sign_differences(st)  # "a difference of 3.2 points" between 8.1% and 11.3%: -3.2
    return st.found

