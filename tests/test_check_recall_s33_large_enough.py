"""A study the sheet says was too small to tell (its limitation: "The study was too small
to tell …"), said to be large enough, turns the caveat round (issue 14): "large enough
to know", "lo bastante grande", "assez grande", "groß genug", "un numero di pazienti più
che sufficiente", "grande o suficiente". The caveat kept (a negation before the phrase, a
question, a study still to come) stays silent. Sentences written here in wording of
their own, six languages.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import RIVA, alarms, caught_at, said


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("en", "Sadly the trial was not large enough to say whether bleeding sent more people "
     "to a doctor.", "Happily the trial was large enough to say whether bleeding sent more "
     "people to a doctor.", "large enough"),
    ("es", "El ensayo no era lo bastante grande para decir si hubo más consultas por "
     "sangrado.", "El ensayo era lo bastante grande para decir si hubo más consultas por "
     "sangrado.", "bastante grande"),
    ("fr", "L'essai n'était pas assez grand pour dire s'il y a eu plus de consultations.",
     "L'essai était assez grand pour dire s'il y a eu plus de consultations.", "assez grand"),
    ("de", "Die Untersuchung war nicht groß genug, um mehr Arztbesuche zu erkennen.",
     "Die Untersuchung war groß genug, um mehr Arztbesuche zu erkennen.", "groß genug"),
    ("it", "La ricerca non contava un numero di pazienti sufficiente per dirlo.",
     "La ricerca contava un numero di pazienti più che sufficiente per dirlo.",
     "sufficiente"),
    ("pt", "O ensaio não era grande o suficiente para o dizer.",
     "O ensaio era grande o suficiente para o dizer.", "grande o suficiente"),
])
def test_a_small_study_said_large_enough(lang: str, faithful: str, wrong: str, words: str
                                         ) -> None:
    assert not alarms(RIVA, lang, faithful), said(alarms(RIVA, lang, faithful))
    assert caught_at(RIVA, lang, wrong, "negation-changed", words), said(
        alarms(RIVA, lang, wrong))


@pytest.mark.parametrize("lang, text", [
    ("en", "Was the trial large enough to say? No, it was not."),
    ("en", "A trial large enough to say would be needed."),
    ("es", "Haría falta un ensayo lo bastante grande para decirlo en el futuro."),
])
def test_the_caveat_kept(lang: str, text: str) -> None:
    assert not alarms(RIVA, lang, text), said(alarms(RIVA, lang, text))
