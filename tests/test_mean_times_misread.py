"""A mean age said as a length of follow-up, and a mean follow-up said as the time people
took or were given something (rule wrong-referent): the HSCT sheet's mean age is 35 years,
the vitamin D sheet's mean follow-up 5.5 years. Each error has its faithful twin, where
the same figure is said of what the sheet says it is of, and passes.
"""

from __future__ import annotations

import pytest

from tests import corruption as C

HSCT = "hsct-ms-2021"
VITD = "vitamin-d-colorectal-2018"

# sheet, language, wrong text, the figure flagged, the faithful twin
CASES = [
    (HSCT, "en", "The patients were followed for 35 years on average.", "35 years",
     "The patients were 35 years old on average."),
    (HSCT, "fr", "Les patients ont été suivis en moyenne 35 ans après la greffe.", "35 ans",
     "Les patients avaient en moyenne 35 ans au moment de la greffe."),
    (HSCT, "de", "Die Patienten wurden im Mittel 35 Jahre lang nachbeobachtet.", "35 Jahre",
     "Die Patienten waren im Mittel 35 Jahre alt."),
    (VITD, "en", "On average, participants took vitamin D supplements for 5.5 years.",
     "5.5 years", "On average, participants were followed for 5.5 years."),
    (VITD, "es", "Los participantes recibieron un tratamiento de 5,5 años de media.",
     "5,5 años", "Los participantes tuvieron un seguimiento de 5,5 años de media."),
    (VITD, "it", "In media i partecipanti hanno assunto vitamina D per 5,5 anni.", "5,5 anni",
     "In media i partecipanti sono stati osservati per 5,5 anni."),
    (VITD, "pt", "Em média, os participantes tomaram vitamina D durante 5,5 anos.",
     "5,5 anos", "Em média, os participantes foram acompanhados durante 5,5 anos."),
]


def _wrong_referents(sheet: str, lang: str, text: str) -> list[str]:
    return [text[a:b] for f in C.alarms_in(sheet, lang, text) if f.rule == "wrong-referent"
            for a, b in [f.span]]


@pytest.mark.parametrize(("sheet", "lang", "wrong", "figure", "right"), CASES,
                         ids=[f"{c[1]}-{n}" for n, c in enumerate(CASES)])
def test_a_mean_time_said_of_another_thing(sheet, lang, wrong, figure, right):
    found = _wrong_referents(sheet, lang, wrong)
    assert len(found) == 1 and figure in found[0], found
    assert _wrong_referents(sheet, lang, right) == []


def test_an_intake_word_before_a_follow_up_said_after_passes():
    text = ("Die Teilnehmenden, die Vitamin D nahmen, wurden im Schnitt 5,5 Jahre lang "
            "beobachtet.")
    assert _wrong_referents(VITD, "de", text) == []
