"""A share said with its bound turned round ("less than half" for the sheet's 57 %) is the
hedge reversed, not a figure the sheet lacks; the same sentence with the bound that holds
("more than half") is faithful. Six languages, the MS transplant sheet (57 % of people
with progressive MS had not got worse after ten years)."""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in as alarms
from tests.corruption import said

MS = "hsct-ms-2021"

# (language, the bound that holds, the same sentence with the bound turned round)
PAIRS = [
    ("en", "After ten years, more than half of the people with progressive MS had not got "
           "worse.",
     "After ten years, less than half of the people with progressive MS had not got worse."),
    ("es", "A los diez años, más de la mitad de las personas con EM progresiva no había "
           "empeorado.",
     "A los diez años, menos de la mitad de las personas con EM progresiva no había "
     "empeorado."),
    ("fr", "Après dix ans, plus de la moitié des personnes atteintes de SEP progressive ne "
           "s'étaient pas aggravées.",
     "Après dix ans, moins de la moitié des personnes atteintes de SEP progressive ne "
     "s'étaient pas aggravées."),
    ("de", "Nach zehn Jahren hatte sich bei mehr als der Hälfte der Menschen mit "
           "progredienter MS nichts verschlechtert.",
     "Nach zehn Jahren hatte sich bei weniger als der Hälfte der Menschen mit "
     "progredienter MS nichts verschlechtert."),
    ("it", "Dopo dieci anni, più della metà delle persone con SM progressiva non era "
           "peggiorata.",
     "Dopo dieci anni, meno della metà delle persone con SM progressiva non era "
     "peggiorata."),
    ("pt", "Após dez anos, mais de metade das pessoas com EM progressiva não tinha piorado.",
     "Após dez anos, menos de metade das pessoas com EM progressiva não tinha piorado."),
]


@pytest.mark.parametrize("lang, faithful, turned", PAIRS)
def test_the_bound_that_holds_is_accepted(lang: str, faithful: str, turned: str) -> None:
    found = [f for f in alarms(MS, lang, faithful)
             if f.rule in ("hedge-reversed", "unsupported-number")]
    assert not found, said(found)


@pytest.mark.parametrize("lang, faithful, turned", PAIRS)
def test_a_bound_turned_round_is_hedge_reversed(lang: str, faithful: str,
                                                turned: str) -> None:
    found = alarms(MS, lang, turned)
    hits = [f for f in found if f.rule == "hedge-reversed"]
    assert hits, said(found)
    word = {"en": "less", "es": "menos", "fr": "moins", "de": "weniger", "it": "meno",
            "pt": "menos"}[lang]
    start = turned.index(word)
    assert any(f.span and f.span[0] < start + len(word) + 12 and f.span[1] > start
               for f in hits), said(hits)
