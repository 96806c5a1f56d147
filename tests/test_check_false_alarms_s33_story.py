"""A length of time in the writer's own story, dated by a length counted back from the
writer's present ("Há dois anos tive uma embolia e fiquei quatro dias internada", "Two
years ago I had a clot and spent four days in hospital"), is no figure of the study
(issue 14). The same length in a sentence about the study, dated so or not, is still
judged. Sentences written here in wording of their own.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import RIVA, alarms, caught_at, said


@pytest.mark.parametrize("lang, text", [
    ("pt", "Há dois anos tive uma embolia pulmonar e fiquei quatro dias internada."),
    ("en", "Two years ago I had a clot in my lung and spent four days in hospital."),
    ("es", "Hace dos años tuve una embolia y pasé cuatro días ingresada."),
    ("it", "Due anni fa ho avuto un'embolia e sono rimasta ricoverata quattro giorni."),
    ("de", "Vor zwei Jahren hatte ich eine Lungenembolie und lag vier Tage im Krankenhaus."),
    ("fr", "Il y a deux ans, j'ai eu une embolie et je suis restée quatre jours à l'hôpital."),
])
def test_a_length_in_the_writers_story(lang: str, text: str) -> None:
    assert not alarms(RIVA, lang, text), said(alarms(RIVA, lang, text))


@pytest.mark.parametrize("lang, text, words", [
    ("en", "Two years ago the trial followed its patients for 70 days.", "70 days"),
    ("pt", "Há dois anos, o ensaio acompanhou os doentes durante 70 dias.", "70 dias"),
])
def test_a_length_of_the_study_is_judged(lang: str, text: str, words: str) -> None:
    assert caught_at(RIVA, lang, text, "unsupported-number", words), said(
        alarms(RIVA, lang, text))
