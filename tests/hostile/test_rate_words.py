"""A rate's denominator said in words ("2,1 pour mille années-personnes", "pro tausend",
"por mil") is a rate like "pour 1 000": no length of time of its own ("mille années"),
and its value, denominator and unit are judged; each faithful form paired with the same
sentence corrupted."""

from __future__ import annotations

import pytest

from tests.test_rate_check import caught_at, errors, said

_FR = "Chez les personnes carencées en vitamine D, le taux était de {} pour {} {}."
_IT = "Con carenza di vitamina D, il tasso era di {} per {} {}."
_DE = "Bei Vitamin-D-Mangel lag die Rate bei {} pro {} {}."
_PT = "Com défice de vitamina D, a taxa foi de {} por {} {}."


@pytest.mark.parametrize("lang, form, faithful, wrong, words", [
    ("fr", _FR, ("2,1", "mille", "années-personnes"), ("3,1", "mille", "années-personnes"),
     "3,1"),
    ("fr", _FR, ("2,1", "mille", "années-personnes"), ("2,1", "mille", "mois-personnes"),
     "2,1"),
    ("it", _IT, ("2,1", "mille", "anni-persona"), ("2,1", "mille", "mesi-persona"), "2,1"),
    ("de", _DE, ("2,1", "tausend", "Personenjahre"), ("2,1", "hundert", "Personenjahre"),
     "2,1"),
    ("pt", _PT, ("2,1", "mil", "pessoas-ano"), ("2,6", "mil", "pessoas-ano"), "2,6"),
])
def test_a_denominator_in_words(lang, form, faithful, wrong, words):
    text = form.format(*faithful)
    assert not errors(lang, text), said(errors(lang, text))
    bad = form.format(*wrong)
    assert caught_at(lang, bad, "unsupported-number", words), said(errors(lang, bad))


_EN = "People with vitamin D deficiency developed colorectal cancer at a rate of {} per {} {}."
_ES = "Con déficit de vitamina D, la tasa fue de {} por {} {}."


@pytest.mark.parametrize("lang, form, faithful, wrong, words, rule", [
    ("en", _EN, ("21", "10,000", "person-years"), ("31", "10,000", "person-years"), "31",
     "unsupported-number"),
    ("en", _EN, ("0.21", "100", "person-years"), ("0.21", "100", "person-months"), "0.21",
     "unsupported-number"),
    ("en", _EN.replace("vitamin D deficiency", "sufficient vitamin D"),
     ("16", "10,000", "person-years"), ("21", "10,000", "person-years"), "21",
     "wrong-context"),
    ("es", _ES, ("21", "10.000", "personas-año"), ("2,1", "10.000", "personas-año"), "2,1",
     "unsupported-number"),
    ("de", _DE, ("21", "10.000", "Personenjahre"), ("12", "10.000", "Personenjahre"), "12",
     "unsupported-number"),
])
def test_the_same_rate_over_another_denominator(lang, form, faithful, wrong, words, rule):
    """ "21 per 10,000" is 2.1 per 1,000 said over ten times the people or time."""
    text = form.format(*faithful)
    assert not errors(lang, text), said(errors(lang, text))
    bad = form.format(*wrong)
    assert caught_at(lang, bad, rule, words), said(errors(lang, bad))
