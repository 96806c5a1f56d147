"""A span of the sheet said with one bound changed: the study's period ("between 2001 and
2015" for 2011 to 2015) or a mean's full range ("from 1 to 15 years" for 1 to 25) is an
interval whose bound changed (``interval-changed``), in each of the six languages. The
faithful sentence raises nothing; the same sentence with one bound changed is caught at
the range.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import CHX, HSCT, VITD, check_pair


@pytest.mark.parametrize("sheet, lang, faithful, wrong, words", [
    (CHX, "en", "The hospital enrolled the women between 2011 and 2015.",
     "The hospital enrolled the women between 2001 and 2015.", "2001 and 2015"),
    (HSCT, "en", "The records cover people treated from 1997 to 2019.",
     "The records cover people treated from 1997 to 2009.", "1997 to 2009"),
    (CHX, "es", "Las mujeres dieron a luz entre 2011 y 2015 en el mismo hospital.",
     "Las mujeres dieron a luz entre 2011 y 2013 en el mismo hospital.", "2011 y 2013"),
    (HSCT, "fr", "Les patients ont été greffés entre 1997 et 2019.",
     "Les patients ont été greffés entre 2007 et 2019.", "2007 et 2019"),
    (HSCT, "de", "Ausgewertet wurden Menschen, die 1997–2019 transplantiert wurden.",
     "Ausgewertet wurden Menschen, die 1979–2019 transplantiert wurden.", "1979–2019"),
    (CHX, "it", "Le donne hanno partorito tra il 2011 e il 2015.",
     "Le donne hanno partorito tra il 2011 e il 2014.", "2014"),
    (CHX, "pt", "As mulheres fizeram cesariana entre 2011 e 2015.",
     "As mulheres fizeram cesariana entre 2001 e 2015.", "2001 e 2015"),
])
def test_a_period_with_one_bound_changed(sheet, lang, faithful, wrong, words):
    check_pair(sheet, lang, faithful, wrong, "interval-changed", words)


@pytest.mark.parametrize("sheet, lang, faithful, wrong, words", [
    (VITD, "en", "Follow-up lasted 5.5 years on average, from 1 to 25 years.",
     "Follow-up lasted 5.5 years on average, from 1 to 15 years.", "1 to 15"),
    (VITD, "en", "Mean follow-up 5.5 years (range 1–25).",
     "Mean follow-up 5.5 years (range 1–5).", "1–5"),
    (VITD, "es", "El seguimiento medio fue de 5,5 años (entre 1 y 25 años).",
     "El seguimiento medio fue de 5,5 años (entre 5 y 25 años).", "5 y 25"),
    (VITD, "fr", "Le suivi a duré 5,5 ans en moyenne, de 1 à 25 ans selon les personnes.",
     "Le suivi a duré 5,5 ans en moyenne, de 1 à 12 ans selon les personnes.", "1 à 12"),
    (VITD, "de", "Beobachtet wurden sie im Mittel 5,5 Jahre lang (zwischen 1 und 25 Jahren).",
     "Beobachtet wurden sie im Mittel 5,5 Jahre lang (zwischen 1 und 15 Jahren).",
     "1 und 15"),
    (VITD, "it", "Sono stati seguiti in media per 5,5 anni (da 1 a 25 anni).",
     "Sono stati seguiti in media per 5,5 anni (da 1 a 52 anni).", "1 a 52"),
    (VITD, "pt", "O acompanhamento médio foi de 5,5 anos, variando entre 1 e 25 anos.",
     "O acompanhamento médio foi de 5,5 anos, variando entre 1 e 20 anos.", "1 e 20"),
])
def test_a_range_with_one_bound_changed(sheet, lang, faithful, wrong, words):
    check_pair(sheet, lang, faithful, wrong, "interval-changed", words)


def test_a_range_of_its_own_is_no_changed_bound():
    """A range that shares no bound with the sheet's spans is a figure of its own, said as
    such (unsupported), not a changed bound."""
    from tests.test_check_real_errors import caught_at

    text = "Follow-up lasted 5.5 years on average, from 3 to 15 years."
    assert caught_at(VITD, "en", text, "unsupported-number", "3 to 15")
    assert not caught_at(VITD, "en", text, "interval-changed", "3 to 15")
