"""A finding the sheet says of some, said of most or all (rule hedge-reversed): a
quantifier of most or all, per language, in the clause that states the finding's outcome in
its direction; "some", "algunas", "einige" pass, and so does a "most" of another clause."""

from __future__ import annotations

import pytest

from . import corruption as C

HSCT = "hsct-ms-2021"  # some had less disability at ten years


def _reversed(lang: str, text: str) -> list[str]:
    return [f.found for f in C.alarms_in(HSCT, lang, text) if f.rule == "hedge-reversed"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Most participants had an improvement in disability at ten years."),
    ("es", "La mayoría de las personas tenían incluso menos discapacidad que antes."),
    ("it", "Tutte avevano addirittura meno disabilità di prima."),
    ("pt", "Todas as pessoas tinham menos incapacidade do que antes."),
    ("de", "Alle waren nach 10 Jahren weniger beeinträchtigt als vorher."),
])
def test_some_said_as_most_or_all_is_an_error(lang, text):
    assert _reversed(lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Some participants had an improvement in disability at ten years."),
    ("es", "Algunas personas tenían incluso menos discapacidad que antes."),
    ("it", "Alcune avevano addirittura meno disabilità di prima."),
    ("pt", "Algumas pessoas tinham menos incapacidade do que antes."),
    ("de", "Einige waren nach 10 Jahren sogar weniger beeinträchtigt als vorher."),
    ("en", "All 210 people were followed for ten years, and some had less disability."),
    ("en", "Most people did not get worse, and some even improved."),
])
def test_some_said_as_some_passes(lang, text):
    assert _reversed(lang, text) == []
