"""A length of time in the writer's own story dated by "last year" ("l'anno scorso", "el
año pasado", "letztes Jahr", "no ano passado", "l'an dernier") is no figure of the study,
as one dated by "two years ago" is (issue 14). A length in a sentence about the study,
dated so or not, is still judged. Sentences written here in wording of their own.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import RIVA, alarms, caught_at, said


@pytest.mark.parametrize("lang, text", [
    ("en", "Last year I had a clot in my lung and spent three days in hospital."),
    ("it", "L'anno scorso ho avuto un'embolia e sono rimasta ricoverata tre giorni."),
    ("es", "El año pasado tuve una embolia y pasé tres días ingresada."),
    ("de", "Letztes Jahr hatte ich eine Lungenembolie und lag drei Tage im Krankenhaus."),
    ("pt", "No ano passado tive uma embolia e fiquei três dias internada."),
    ("fr", "L'an dernier, j'ai eu une embolie et je suis restée trois jours à l'hôpital."),
])
def test_a_length_in_last_years_story(lang: str, text: str) -> None:
    assert not alarms(RIVA, lang, text), said(alarms(RIVA, lang, text))


def test_a_length_of_the_study_last_year_is_judged() -> None:
    text = "Last year the trial kept its patients in hospital for 70 days."
    assert caught_at(RIVA, "en", text, "unsupported-number", "70 days"), said(
        alarms(RIVA, "en", text))
