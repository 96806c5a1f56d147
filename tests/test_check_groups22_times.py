"""A figure moved to another time, in forms translators and editors write: the sheet's
number of days said in hours ("within 30 hours" for 30 days), a time the sheet never
gives in a sentence naming what was measured ("Outcome: ... within 90 days"), and one
year, month or week said in words ("in the first month" is the sheet's 30 days; "within a
year", "l'année qui a suivi", "la primera semana" are not). Each accepted form is paired
with the same sentence corrupted, still caught as the wrong time (``wrong-context``).
"""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in as alarms
from tests.corruption import said

CHX = "chlorhexidine-csection-2016"
RIVA = "rivaroxaban-pe-2018"


def wrong_time(sheet: str, lang: str, text: str, words: str) -> bool:
    at = text.index(words)
    return any(f.rule == "wrong-context" and f.span and f.span[0] < at + len(words)
               and at < f.span[1] for f in alarms(sheet, lang, text))


# (language, the sentence with the sheet's 30 days, the same days said in hours)
UNITS = [
    ("en", "Within 30 days of the operation, 23 of the 572 women in the chlorhexidine group "
           "had a wound infection.", "30 hours"),
    ("de", "In den ersten 30 Tagen nach dem Eingriff hatten 23 von 572 Frauen der "
           "Chlorhexidin-Gruppe eine Wundinfektion.", "30 Stunden"),
    ("fr", "Dans les 30 jours suivant l'intervention, 23 des 572 femmes du groupe "
           "chlorhexidine ont eu une infection de la plaie.", "30 heures"),
    ("it", "Entro 30 giorni dall'intervento hanno avuto un'infezione della ferita 23 donne "
           "su 572 del gruppo clorexidina.", "30 ore"),
    ("es", "En los 30 días siguientes, 23 de las 572 mujeres del grupo de clorhexidina "
           "tuvieron una infección de la herida.", "30 horas"),
    ("pt", "Nos 30 dias seguintes, 23 das 572 mulheres do grupo da clorexidina tiveram "
           "infeção da ferida.", "30 horas"),
]
DAYS = {"en": "30 days", "de": "30 Tagen", "fr": "30 jours", "it": "30 giorni",
        "es": "30 días", "pt": "30 dias"}


@pytest.mark.parametrize("lang, text, hours", UNITS)
def test_the_sheets_days_said_in_hours(lang: str, text: str, hours: str) -> None:
    assert not alarms(CHX, lang, text), said(alarms(CHX, lang, text))
    corrupted = text.replace(DAYS[lang], hours)
    assert wrong_time(CHX, lang, corrupted, hours)


# a time the sheet never gives, where the sentence names what the study measured
MEASURED = [
    ("en", "Outcome: surgical-site infection within 30 days.", "30 days", "90 days"),
    ("en", "What was measured: surgical-site infection within 30 days of delivery.",
     "30 days", "90 days"),
    ("de", "Endpunkt: Wundinfektion innerhalb von 30 Tagen.", "30 Tagen", "90 Tagen"),
    ("fr", "Critère de jugement : infection du site opératoire à 30 jours.", "30 jours",
     "90 jours"),
]


@pytest.mark.parametrize("lang, text, good, bad", MEASURED)
def test_a_time_in_a_sentence_naming_what_was_measured(lang: str, text: str, good: str,
                                                       bad: str) -> None:
    assert not alarms(CHX, lang, text), said(alarms(CHX, lang, text))
    corrupted = text.replace(good, bad)
    assert wrong_time(CHX, lang, corrupted, bad)


# (language, a sentence with "the first month" for the sheet's 30 days, the same one with
# a year or a week in words)
WORDS = [
    ("en", "In the first month after the operation, 4.0% of the women in the "
           "chlorhexidine group had a wound infection.", "first month", "first year"),
    ("en", "Within a month of the birth, about four in every hundred women in the "
           "chlorhexidine group got a wound infection.", "a month", "a year"),
    ("de", "Im ersten Monat nach dem Eingriff hatten 23 von 572 Frauen der "
           "Chlorhexidin-Gruppe eine Wundinfektion.", "ersten Monat", "ersten Jahr"),
    ("fr", "Dans le mois qui a suivi l'opération, 23 des 572 femmes du groupe "
           "chlorhexidine ont eu une infection de la plaie.", "le mois qui a suivi",
     "l'année qui a suivi"),
    ("es", "Durante el primer mes, un 4,0 % de las mujeres que recibieron clorhexidina "
           "tuvo una infección de la herida.", "primer mes", "primer año"),
    ("it", "Nel primo mese dopo l'intervento, 23 donne su 572 del gruppo clorexidina hanno "
           "avuto un'infezione della ferita.", "primo mese", "primo anno"),
    ("pt", "No mês seguinte à operação, 4 em cada 100 mulheres com clorexidina tiveram "
           "infeção da ferida.", "mês seguinte", "ano seguinte"),
    ("fr", "Ce qu'on a observé : dans le premier mois, ceux qui sont rentrés tôt ont passé "
           "en moyenne 4,8 heures à l'hôpital.", "premier mois", "première semaine"),
]


@pytest.mark.parametrize("lang, text, good, bad", WORDS)
def test_one_year_month_or_week_in_words(lang: str, text: str, good: str, bad: str) -> None:
    sheet = RIVA if "4,8" in text else CHX
    assert not alarms(sheet, lang, text), said(alarms(sheet, lang, text))
    corrupted = text.replace(good, bad)
    assert wrong_time(sheet, lang, corrupted, bad)


def test_a_year_in_words_with_no_timed_figure_is_left_alone() -> None:
    text = ("In the first year of the study, the hospital changed nothing else in its care "
            "of women having a caesarean.")
    assert not alarms(CHX, "en", text), said(alarms(CHX, "en", text))


HSCT = "hsct-ms-2021"

# (language, the sheet's time points said as one list, one of them, a time it never gives)
LISTED = [
    ("en", "Check-ups: at 6 months, 5 years and 10 years after the transplant.",
     "10 years", "20 years"),
    ("es", "Evaluaciones: a los 6 meses, a los 5 años y a los 10 años del trasplante.",
     "10 años", "20 años"),
    ("de", "Kontrollen: nach 6 Monaten, 5 Jahren und 10 Jahren.", "10 Jahren", "20 Jahren"),
]


@pytest.mark.parametrize("lang, text, good, bad", LISTED)
def test_a_time_listed_with_the_sheets_time_points(lang: str, text: str, good: str,
                                                   bad: str) -> None:
    assert not alarms(HSCT, lang, text), said(alarms(HSCT, lang, text))
    corrupted = text.replace(good, bad)
    assert wrong_time(HSCT, lang, corrupted, bad)
