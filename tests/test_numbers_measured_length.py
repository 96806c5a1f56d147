"""A length of time the sheet measures (the vitamin-D studies' mean follow-up of 5.5
years) said with its number kept and another unit of time ("5.5 months") is the wrong
time, reported as one (wrong-context) as for the sheet's time points; the length as the
sheet gives it passes. In the six languages."""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import VITD, check_pair

CASES = [
    ("en", "The people in these studies were followed for 5.5 years on average.",
     "The people in these studies were followed for 5.5 months on average.", "5.5 months"),
    ("es", "Se siguió a las personas durante una media de 5,5 años.",
     "Se siguió a las personas durante una media de 5,5 meses.", "5,5 meses"),
    ("fr", "Les personnes ont été suivies en moyenne pendant 5,5 ans.",
     "Les personnes ont été suivies en moyenne pendant 5,5 mois.", "5,5 mois"),
    ("de", "Die Menschen wurden im Schnitt 5,5 Jahre lang beobachtet.",
     "Die Menschen wurden im Schnitt 5,5 Wochen lang beobachtet.", "5,5 Wochen"),
    ("it", "Le persone sono state seguite in media per 5,5 anni.",
     "Le persone sono state seguite in media per 5,5 settimane.", "5,5 settimane"),
    ("pt", "As pessoas foram acompanhadas em média durante 5,5 anos.",
     "As pessoas foram acompanhadas em média durante 5,5 meses.", "5,5 meses"),
]


@pytest.mark.parametrize(("lang", "faithful", "wrong", "words"), CASES,
                         ids=[c[0] for c in CASES])
def test_a_measured_length_in_another_unit_is_the_wrong_time(lang, faithful, wrong, words):
    check_pair(VITD, lang, faithful, wrong, "wrong-context", words)
