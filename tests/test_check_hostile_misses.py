"""Edits a hostile tester found the checker passed, caught by their general cause (the
seeds are in tests/data/effects/en.hostile.yaml): a figure tied to the wrong unit, the
wrong group's mean, or an outcome the sheet never counts. Each case changes one thing of
a faithful sentence written here in wording of its own, and the faithful sentence itself
must raise nothing.
"""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in as alarms
from tests.corruption import said
from tests.test_check_real_errors import CHX, HSCT, RIVA, VITD, check_pair


# --- a sheet's figure kept, its unit changed ---------------------------------------------
# (a length of time the sheet measures said in another unit of time is the wrong time:
# tests/test_numbers_measured_length.py)
@pytest.mark.parametrize("sheet, lang, faithful, wrong, words", [
    (RIVA, "en",
     "Over 90 days, people sent home early spent 19.2 hours in hospital on average.",
     "Over 90 days, people sent home early spent 19.2 minutes in hospital on average.",
     "19.2 minutes"),
    (RIVA, "de",
     "In 90 Tagen verbrachten die früh Entlassenen im Schnitt 19,2 Stunden im Krankenhaus.",
     "In 90 Tagen verbrachten die früh Entlassenen im Schnitt 19,2 Minuten im Krankenhaus.",
     "19,2 Minuten"),
    (RIVA, "en",
     "Sending people home early saved $2,496 per person in total costs.",
     "Sending people home early saved €2,496 per person in total costs.", "€2,496"),
    (RIVA, "es",
     "Enviar a los pacientes a casa antes ahorró 2496 US$ por persona en costes totales.",
     "Enviar a los pacientes a casa antes ahorró 2496 € por persona en costes totales.",
     "2496"),
])
def test_a_unit_changed_with_the_number_kept(sheet, lang, faithful, wrong, words):
    check_pair(sheet, lang, faithful, wrong, "unsupported-number", words)


# --- one group's mean said of the other group -------------------------------------------
@pytest.mark.parametrize("sheet, lang, faithful, wrong, words", [
    (RIVA, "en",
     "In the first 30 days the mean hospital time for clots or bleeding was 4.8 hours in "
     "people sent home early with rivaroxaban and 33.6 hours in people kept in hospital as "
     "usual.",
     "In the first 30 days the mean hospital time for clots or bleeding was 33.6 hours in "
     "people sent home early with rivaroxaban and 4.8 hours in people kept in hospital as "
     "usual.", "33.6 hours"),
    (RIVA, "it",
     "Nei primi 30 giorni il tempo in ospedale per coaguli o sanguinamenti è stato in media "
     "di 4,8 ore con rivaroxaban, 33,6 ore con le cure abituali.",
     "Nei primi 30 giorni il tempo in ospedale per coaguli o sanguinamenti è stato in media "
     "di 33,6 ore con rivaroxaban, 4,8 ore con le cure abituali.", "33,6 ore"),
])
def test_a_mean_of_the_other_group(sheet, lang, faithful, wrong, words):
    check_pair(sheet, lang, faithful, wrong, "wrong-context", words)


# --- a result figure said of dying, where the sheet counts no deaths --------------------
@pytest.mark.parametrize("sheet, lang, faithful, wrong, words", [
    (CHX, "en",
     "With chlorhexidine, 4.0% of the mothers had an infected wound, against 7.3% with "
     "iodine.",
     "With chlorhexidine, 4.0% of the mothers died, against 7.3% with iodine.", "died"),
    (CHX, "fr",
     "Avec la chlorhexidine, 4,0 % des mères ont eu une infection de la plaie, contre "
     "7,3 % avec l'iode.",
     "Avec la chlorhexidine, 4,0 % des mères sont mortes, contre 7,3 % avec l'iode.",
     "mortes"),
    (HSCT, "es",
     "Diez años después del trasplante, el 71 % de las personas con EM remitente-recurrente "
     "no empeoraron.",
     "Diez años después del trasplante, el 71 % de las personas con EM remitente-recurrente "
     "no murieron.", "murieron"),
])
def test_an_outcome_replaced_by_death(sheet, lang, faithful, wrong, words):
    check_pair(sheet, lang, faithful, wrong, "wrong-referent", words)


def test_a_sheet_about_deaths_keeps_its_word():
    """The rivaroxaban sheet's background counts deaths: the word is its own there."""
    text = ("Less than 1% of people with a low-risk blood clot in the lung die within "
            "30 days.")
    assert not [f for f in alarms(RIVA, "en", text) if f.rule == "wrong-referent"], said(
        alarms(RIVA, "en", text))


# --- a sheet's figure of another kind on a group or a measure ---------------------------
@pytest.mark.parametrize("sheet, lang, faithful, wrong, words", [
    (HSCT, "en", "Two people with primary progressive MS also had the transplant.",
     "35 people with primary progressive MS also had the transplant.", "35"),
    (HSCT, "en", "On average, the people with MS were 35 years old; their age was 35 years.",
     "On average, the people with MS were 35 years old; their age was 10 years.",
     "10 years"),
    (HSCT, "es", "La edad media de las personas con EM era de 35 años.",
     "La edad media de las personas con EM era de 10 años.", "10 años"),
])
def test_a_figure_of_another_kind(sheet, lang, faithful, wrong, words):
    check_pair(sheet, lang, faithful, wrong, "wrong-context", words)


# --- a relative change in per cent said as a multiple ----------------------------------
@pytest.mark.parametrize("sheet, lang, faithful, wrong, words", [
    (VITD, "en",
     "Compared with people who had enough vitamin D, people with too little got bowel "
     "cancer 31% more often.",
     "Compared with people who had enough vitamin D, people with too little got bowel "
     "cancer 31 times more often.", "31"),
    (VITD, "de",
     "Verglichen mit Menschen mit genug Vitamin D bekamen Menschen mit zu wenig Vitamin D "
     "31 Prozent häufiger Darmkrebs.",
     "Verglichen mit Menschen mit genug Vitamin D bekamen Menschen mit zu wenig Vitamin D "
     "31-mal häufiger Darmkrebs.", "31"),
])
def test_a_percent_said_as_times(sheet, lang, faithful, wrong, words):
    check_pair(sheet, lang, faithful, wrong, "unsupported-number", words)


# --- a time point of the sheet said before what it follows ------------------------------
@pytest.mark.parametrize("sheet, lang, faithful, wrong, words", [
    (HSCT, "en",
     "Five years after the transplant, 80 out of 100 people with MS had not gotten worse.",
     "5 years before the transplant, 80 out of 100 people with MS had not gotten worse.",
     "5 years"),
    (HSCT, "it",
     "Cinque anni dopo il trapianto, 80 persone su 100 con SM non erano peggiorate.",
     "Cinque anni prima del trapianto, 80 persone su 100 con SM non erano peggiorate.",
     "Cinque anni"),
])
def test_a_time_point_said_before(sheet, lang, faithful, wrong, words):
    check_pair(sheet, lang, faithful, wrong, "wrong-context", words)


# --- the study's period with one end changed --------------------------------------------
@pytest.mark.parametrize("sheet, lang, faithful, wrong, words", [
    (CHX, "en", "The women were enrolled from 2011 to 2015 in one hospital.",
     "The women were enrolled from 2011 to 2016 in one hospital.", "2016"),
    (HSCT, "fr", "De 1997 à 2019, 210 personnes atteintes de SEP ont reçu une greffe.",
     "De 1997 à 2021, 210 personnes atteintes de SEP ont reçu une greffe.", "2021"),
])
def test_a_period_with_one_end_changed(sheet, lang, faithful, wrong, words):
    check_pair(sheet, lang, faithful, wrong, "interval-changed", words)
