"""The scorer's kinds for a rate: a draft's ``rate`` ("1.42 per 1,000 person-years") is
the figure a gold written before the sheet had the kind calls a proportion (held-out sets
5 to 9 map rates to proportions), and a rate's denominator (``per``) is no figure the
gold lists; any other kind, or a share drafted for a rate, still is what it was."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import gold_score as gs  # noqa: E402


def _score(kind: str, value: float) -> gs.FigureScore:
    fact = {"id": "r", "kind": kind, "value": value, "group": "users", "outcome": "stroke"}
    if kind == "rate":
        fact.update({"per": 1000, "unit": "person-years"})
    draft = {"groups": [{"id": "users", "label": {"en": {"plain": "women with the condition"}}}],
             "outcomes": [{"id": "stroke", "label": {"en": {"plain": "stroke"}}}],
             "facts": [fact]}
    gold = gs.GoldFigure(id="f1", value=1.42, kind="proportion", role="result",
                         group=("condition",), outcome=("stroke",), time=None, hedge=None,
                         decimals=2)
    return gs.score_figure(gold, gs.DraftView(draft).carriers())


def test_a_drafted_rate_is_the_golds_proportion():
    assert _score("rate", 1.42).right


def test_a_rate_of_another_value_or_a_ratio_is_not():
    assert not _score("rate", 1.24).right
    assert _score("ratio", 1.42).why[0].startswith("kind")


def test_a_rates_denominator_is_no_figure():
    fact = {"id": "r", "kind": "rate", "value": 1.42, "per": 1000, "unit": "person-years",
            "group": "users", "outcome": "stroke"}
    numbers = [c.number for c in gs.DraftView({"facts": [fact]}).carriers()]
    assert numbers == [1.42]


def _background(kind: str, value: float) -> gs.FigureScore:
    fact = {"id": "x", "kind": kind, "group": "users", "outcome": "stroke"}
    fact.update({"low": value, "high": -5.4} if kind == "range" else {"value": value})
    draft = {"groups": [{"id": "users", "label": {"en": {"plain": "people"}}}],
             "facts": [fact]}
    gold = gs.GoldFigure(id="f1", value=20, kind="proportion", role="background",
                         group=("people",), outcome=("aldosterone",))
    return gs.score_figure(gold, gs.DraftView(draft).carriers())


def test_a_background_figure_is_drafted_as_a_result_only_by_a_figure_that_carries_it():
    assert _background("proportion", 20).drafted_as_result  # the share itself, as a result
    assert _background("ratio", 20).drafted_as_result  # the very number, another kind
    assert not _background("range", -20.1).drafted_as_result  # a bound that rounds to it
