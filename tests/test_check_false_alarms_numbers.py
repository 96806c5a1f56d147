"""False alarms of the figures a sheet gives outside its facts, fixed by their general
cause: a number the sheet's review notes give as a count of one of its terms ("a pooling
project of 17 cohorts") is supported where a text says it of that term in its own
language, and a wrong referent where it counts a thing of another category ("17
countries"). Sentences written here in wording of their own.
"""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in as alarms
from tests.test_check_real_errors import VITD, check_pair


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("en", "The analysis pooled 17 prospective cohorts from several continents.",
     "The analysis pooled 17 countries from several continents.", "17 countries"),
    ("en", "The data came from 17 groups of people followed for years (cohort studies).",
     "The data came from 17 countries followed for years (cohort studies).",
     "17 countries"),
    ("de", "Ausgewertet wurden 17 Kohortenstudien aus mehreren Ländern.",
     "Ausgewertet wurden 17 Länder aus mehreren Kontinenten.", "17 Länder"),
    ("es", "El trabajo reunió 17 estudios que siguen a personas durante años.",
     "El trabajo reunió 17 países durante años.", "17 países"),
    ("fr", "Les chercheurs ont regroupé les données de 17 cohortes.",
     "Les chercheurs ont regroupé les données de 17 pays.", "17 pays"),
    ("it", "Sono stati analizzati insieme 17 studi di coorte.",
     "Sono stati analizzati insieme 17 paesi.", "17 paesi"),
    ("pt", "A análise juntou dados de 17 coortes prospetivas.",
     "A análise juntou dados de 17 países.", "17 países"),
])
def test_a_number_of_the_sheets_notes(lang, faithful, wrong, words):
    check_pair(VITD, lang, faithful, wrong, "wrong-referent", words)


@pytest.mark.parametrize("lang, text", [
    ("en", "The analysis pooled 17 hospitals from several continents."),
    ("en", "Researchers followed 18 cohorts for years."),
    ("de", "17 Menschen in der Studie bekamen Darmkrebs."),
])
def test_the_same_number_of_something_else_is_still_flagged(lang, text):
    assert alarms(VITD, lang, text)


# --- numbers that are no figure of the study, and figures said with their base first ----
def test_the_studys_doi_is_no_figure():
    said = "Publicado en el Journal of the National Cancer Institute (doi 10.1093/jnci/djy087)."
    assert not alarms(VITD, "es", said)
    wrong = said.replace("djy087", "djy088")
    found = alarms(VITD, "es", wrong)
    assert [f.rule for f in found] == ["unsupported-number"], found


def test_a_titles_own_number():
    # a course's week in the text's title; the same words in its body are a time point
    title = "Journal club, week 6\n\nPeople sent home early spent 4.8 hours in hospital."
    assert not alarms("rivaroxaban-pe-2018", "en", title)
    body = "Journal club\n\nAt week 6, people sent home early spent 4.8 hours in hospital."
    assert alarms("rivaroxaban-pe-2018", "en", body)


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("de",
     "In den 30 Tagen nach der Operation bekamen von 100 Frauen mit Chlorhexidin etwa 4 "
     "eine Wundinfektion, mit Jod etwa 7.",
     "In den 30 Tagen nach der Operation bekamen von 100 Frauen mit Chlorhexidin etwa 7 "
     "eine Wundinfektion, mit Jod etwa 4.", "7"),
    ("en",
     "Within 30 days, out of every 100 women given chlorhexidine about 4 got a wound "
     "infection; with iodine about 7.",
     "Within 30 days, out of every 100 women given chlorhexidine about 7 got a wound "
     "infection; with iodine about 4.", "7"),
])
def test_a_natural_frequency_with_its_base_first(lang, faithful, wrong, words):
    check_pair("chlorhexidine-csection-2016", lang, faithful, wrong, "wrong-context", words)


def test_a_threads_post_number_after_a_symbol():
    text = ("🧵 1/ New in Neurology: 210 people with MS were followed after a stem cell "
            "transplant.")
    assert not alarms("hsct-ms-2021", "en", text)
    assert alarms("hsct-ms-2021", "en", text.replace("210 people", "211 people"))


def test_a_date_in_figures():
    said = "Erschienen am 20.01.2021 in Neurology."
    assert not alarms("hsct-ms-2021", "de", said)
    assert alarms("hsct-ms-2021", "de", said.replace("20.01", "21.01"))


@pytest.mark.parametrize("lang, text", [
    ("es", "GUION · Salud en la onda (90 segundos)\n\nSe revisaron 210 historiales."),
    ("fr", "CHRONIQUE RADIO · « Le point santé » (1 min 30)\n\nL'étude a suivi 210 patients."),
])
def test_a_scripts_running_time_in_its_title(lang, text):
    assert not alarms("hsct-ms-2021", lang, text)
    assert alarms("hsct-ms-2021", lang, text.replace("210", "211"))


def test_a_partitive_clause_counts_the_people_before_it():
    text = ("114 Patienten mit Lungenembolie, von denen 99 die Studie abschlossen, wurden "
            "per Los verteilt.")
    assert not alarms("rivaroxaban-pe-2018", "de", text)
    wrong = text.replace("99 die Studie", "99 Kliniken die Studie")
    assert any(f.rule == "wrong-referent" for f in alarms("rivaroxaban-pe-2018", "de", wrong))
