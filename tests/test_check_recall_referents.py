"""``wrong-referent`` on a sheet's mean said as the mean of another measure ("mean disease
duration" for the mean age), a figure per person said per another thing ("per hospital",
"par jour"), and on counted nouns of other kinds: specialists, pharmacies and
maternity units, and nouns written with a hyphen ("sages-femmes", "recém-nascidos") whose
second half alone ("femmes") would be the sheet's own people. Each corrupted sentence is
paired with its faithful wording, which the rule leaves alone.
"""

from __future__ import annotations

import pytest

from tests.test_check_recall_types import CHX, HSCT, at, clean, found

PAIRS = [
    (CHX, "fr", "L'essai a porté sur 1 147 patientes césarisées.",
     "L'essai a porté sur 1 147 sages-femmes.", "sages-femmes"),
    (CHX, "pt", "O ensaio incluiu 1147 mulheres com cesariana.",
     "O ensaio incluiu 1147 recém-nascidos com cesariana.", "recém-nascidos"),
    (CHX, "fr", "L'essai a porté sur 1 147 femmes.",
     "L'essai a porté sur 1 147 maternités.", "maternités"),
    (CHX, "en", "The trial enrolled 1,147 women having a caesarean.",
     "The trial enrolled 1,147 maternity wards having a caesarean.", "maternity"),
    (CHX, "es", "El ensayo incluyó a 1147 mujeres con cesárea.",
     "El ensayo incluyó a 1147 farmacias con cesárea.", "farmacias"),
    (CHX, "de", "Die Studie umfasste 1.147 Frauen mit Kaiserschnitt.",
     "Die Studie umfasste 1.147 Apotheken mit Kaiserschnitt.", "Apotheken"),
    (HSCT, "it", "Il gruppo ha seguito 210 pazienti con SM.",
     "Il gruppo ha seguito 210 cardiologi con SM.", "cardiologi"),
    (HSCT, "en", "The team followed 210 people with MS.",
     "The team followed 210 cardiologists with MS.", "cardiologists"),
    (HSCT, "pt", "A equipa acompanhou 210 doentes com EM.",
     "A equipa acompanhou 210 farmácias com EM.", "farmácias"),
]


@pytest.mark.parametrize("sheet, lang, faithful, corrupted, phrase", PAIRS)
def test_a_count_of_another_kind_of_thing_is_caught(sheet, lang, faithful, corrupted,
                                                      phrase):
    assert at(sheet, lang, corrupted, "wrong-referent", phrase), found(sheet, lang, corrupted)


@pytest.mark.parametrize("sheet, lang, faithful, corrupted, phrase", PAIRS)
def test_the_faithful_wording_is_left_alone(sheet, lang, faithful, corrupted, phrase):
    assert "wrong-referent" not in {f.rule for f in found(sheet, lang, faithful)}, \
        clean(sheet, lang, faithful)


MEANS = [
    (HSCT, "en", "Their average age was 35.", "Their average disease duration was 35 years.",
     "duration"),
    (HSCT, "en", "Mean age 35.", "Average number of transplants: 35", "number"),
    (HSCT, "de", "Das Durchschnittsalter lag bei 35 Jahren.",
     "Die durchschnittliche Krankheitsdauer lag bei 35 Jahren.", "Krankheitsdauer"),
    (HSCT, "de", "Das mittlere Alter lag bei 35 Jahren.",
     "Die mittlere Krankheitsdauer lag bei 35 Jahren.", "Krankheitsdauer"),
    (HSCT, "es", "La edad media era de 35 años.",
     "La duración media de la enfermedad era de 35 años.", "duración"),
    (HSCT, "fr", "L'âge moyen était de 35 ans.",
     "La durée moyenne de la maladie était de 35 ans.", "durée"),
    (HSCT, "it", "L'età media era di 35 anni.",
     "La durata media della malattia era di 35 anni.", "durata"),
    (HSCT, "pt", "Idade média: 35 anos.", "Duração média do seguimento: 35 anos.",
     "Duração"),
    (HSCT, "pt", "Tinham, em média, 35 anos.", "O número médio de surtos era de 35.",
     "número"),
]


@pytest.mark.parametrize("sheet, lang, faithful, corrupted, phrase", MEANS)
def test_a_mean_of_another_measure_is_caught(sheet, lang, faithful, corrupted, phrase):
    assert at(sheet, lang, corrupted, "wrong-referent", phrase), found(sheet, lang, corrupted)


@pytest.mark.parametrize("sheet, lang, faithful, corrupted, phrase", MEANS)
def test_the_mean_of_the_sheets_measure_is_left_alone(sheet, lang, faithful, corrupted,
                                                       phrase):
    assert "wrong-referent" not in {f.rule for f in found(sheet, lang, faithful)}, \
        clean(sheet, lang, faithful)


RIVA = "rivaroxaban-pe-2018"
PER = [
    (RIVA, "en", "Total cost per patient: $2,496 less.", "Total cost per hospital: $2,496 less.",
     "hospital"),
    (RIVA, "en", "The trial saved 2,496 dollars per patient.",
     "The trial saved 2,496 dollars per hospital.", "hospital"),
    (RIVA, "fr", "Une économie médiane de 2 496 dollars par patient.",
     "Une économie médiane de 2 496 dollars par jour.", "jour"),
    (RIVA, "es", "Un ahorro mediano de 2496 dólares por paciente.",
     "Un ahorro mediano de 2496 dólares por hospital.", "hospital"),
    (RIVA, "de", "Eine Ersparnis von 2.496 US-Dollar pro Patient.",
     "Eine Ersparnis von 2.496 US-Dollar pro Tag.", "Tag"),
    (RIVA, "it", "Un risparmio di 2496 dollari per paziente.",
     "Un risparmio di 2496 dollari per ospedale.", "ospedale"),
    (RIVA, "pt", "Uma poupança de 2496 dólares por doente.",
     "Uma poupança de 2496 dólares por dia.", "dia"),
]


@pytest.mark.parametrize("sheet, lang, faithful, corrupted, phrase", PER)
def test_a_figure_per_person_said_per_another_thing_is_caught(sheet, lang, faithful,
                                                               corrupted, phrase):
    assert at(sheet, lang, corrupted, "wrong-referent", phrase), found(sheet, lang, corrupted)


@pytest.mark.parametrize("sheet, lang, faithful, corrupted, phrase", PER)
def test_a_figure_per_person_is_left_alone(sheet, lang, faithful, corrupted, phrase):
    assert "wrong-referent" not in {f.rule for f in found(sheet, lang, faithful)}, \
        clean(sheet, lang, faithful)
