"""Targeted cases for the checker's recall fixes, one group per cause found by the
corruption suite: comparisons' direction, names aligned token by token, counts that are
also denominators, time points from the figure's own clause, terms with a correctly named
term inside, and faithful wordings that were false alarms.
"""

from __future__ import annotations

import pytest

from tests import corruption as C

HSCT, CHX = "hsct-ms-2021", "chlorhexidine-csection-2016"


def _errors(sheet: str, lang: str, text: str) -> list:
    source = C.Faithful(sheet, lang, "case", text, "none")
    return C.errors(C.check(source, text))


def _rules(sheet: str, lang: str, text: str) -> set[str]:
    return {f.rule for f in _errors(sheet, lang, text)}


def _at(sheet: str, lang: str, text: str, rule: str, word: str) -> bool:
    a = text.index(word)
    b = a + len(word)
    return any(f.rule == rule and f.span and f.span[0] < b and a < f.span[1]
               for f in _errors(sheet, lang, text))


# --- 1. comparisons between arms ------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "Cleaning the skin with chlorhexidine prevents fewer infections than iodine.",
     "fewer"),
    ("es", "Limpiar la piel con clorhexidina evita menos infecciones que el yodo.", "menos"),
    ("fr", "Désinfecter la peau à la chlorhexidine évite moins d'infections que l'iode.",
     "moins"),
    ("de", "Hautreinigung mit Chlorhexidin verhindert weniger Infektionen als Jod.",
     "weniger"),
    ("it", "Disinfettare la pelle con clorexidina previene meno infezioni rispetto allo "
           "iodio.", "meno"),
    ("pt", "Limpar a pele com clorexidina evita menos infeções do que o iodo.", "menos"),
    ("en", "With chlorhexidine there were more wound infections than with iodine.", "more"),
])
def test_a_flipped_comparison_is_found(lang: str, text: str, word: str) -> None:
    assert _at(CHX, lang, text, "direction-flipped", word)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Cleaning the skin with chlorhexidine prevents more infections than iodine."),
    ("en", "Women cleaned with iodine had more wound infections than those cleaned with "
           "chlorhexidine."),
    ("en", "With chlorhexidine there were fewer wound infections than with iodine."),
    ("fr", "Désinfecter la peau à la chlorhexidine évite plus d'infections que l'iode."),
    ("de", "Hautreinigung mit Chlorhexidin verhindert mehr Infektionen als Jod."),
    ("it", "Disinfettare la pelle con clorexidina previene più infezioni rispetto allo "
           "iodio."),
])
def test_a_comparison_the_right_way_round_passes(lang: str, text: str) -> None:
    assert "direction-flipped" not in _rules(CHX, lang, text)


# --- 2. protected names ---------------------------------------------------------------

@pytest.mark.parametrize(("sheet", "lang", "text", "word"), [
    (CHX, "en", "The study was led by Methodius G. Macones.", "Macones"),
    (CHX, "en", "The study was led by Methodius G. Tuulo.", "Tuulo"),
    (CHX, "en", "Led by George A. Tuuli and others.", "Tuuli"),
    (CHX, "en", "Washington University School of Medicine in St. Louos ran it.", "Louos"),
    (HSCT, "de", "Die Studie erschien in der Zeitschrift Neurolagy.", "Neurolagy"),
    (HSCT, "en", "Funding: Italian Multiple Sclerosis Foundatian.", "Foundatian"),
    (HSCT, "it", "Finanziamenti: Fondazione Italiana Sclerosi Multiple.", "Multiple"),
])
def test_an_altered_name_is_found(sheet: str, lang: str, text: str, word: str) -> None:
    assert _at(sheet, lang, text, "name-altered", word)


def test_correct_names_side_by_side_pass() -> None:
    text = ("The study was led by Methodius G. Tuuli and George A. Macones at Washington "
            "University School of Medicine in St. Louis.")
    assert "name-altered" not in _rules(CHX, "en", text)


# --- 3. counts that are also denominators ---------------------------------------------

def test_an_arm_count_said_of_the_whole_trial_is_found() -> None:
    text = "A trial of 572 women gives a clear answer."
    assert _at(CHX, "en", text, "wrong-context", "572")


def test_an_arm_count_as_a_denominator_passes() -> None:
    text = ("In numbers: 23 of the 572 women in the chlorhexidine group and 42 of the 575 "
            "women in the iodine group.")
    assert not _errors(CHX, "en", text)


# --- 4. time points --------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "In people with progressive MS, 71% did not get worse at five years and 57% at "
           "ten."),
    ("es", "En las formas progresivas, las cifras fueron del 71 % a los cinco años y del "
           "57 % a los diez."),
    ("de", "Bei Menschen mit schubförmiger MS waren es nach fünf Jahren 86 Prozent und nach\n"
           "zehn Jahren 71 Prozent."),
    ("en", "Progressive MS responded less well: seventy-one percent had not got worse by "
           "year five, and fifty-seven percent by year ten."),
])
def test_time_points_from_the_figures_own_clause(lang: str, text: str) -> None:
    assert not _errors(HSCT, lang, text)


def test_a_swapped_time_point_is_found() -> None:
    text = "In people with progressive MS, 57% did not get worse at five years and 71% at ten."
    assert _at(HSCT, "en", text, "wrong-context", "57%")


# --- 5. terms with another term inside ------------------------------------------------

@pytest.mark.parametrize(("sheet", "lang", "text", "word"), [
    (CHX, "en", "4% of the women developed a surgical sight infection.", "sight"),
    (HSCT, "en", "Immunosuppression followed by hematopoietic stem cell transmissions.",
     "transmissions"),
    (CHX, "es", "La infección del sitio químico afectó al 4,0 % del grupo de clorhexidina.",
     "químico"),
])
def test_a_corrupted_term_around_a_correct_one_is_found(sheet: str, lang: str, text: str,
                                                        word: str) -> None:
    assert _at(sheet, lang, text, "term-corrupted", word)


# --- 6. faithful wordings --------------------------------------------------------------

@pytest.mark.parametrize(("sheet", "lang", "text"), [
    (CHX, "en", "1,147 women were assigned to one of the two skin cleansers."),
    (CHX, "es", "Las 1147 mujeres se asignaron a uno de los dos desinfectantes."),
    (HSCT, "en", "Of 210 people with MS, 4 in\n5 had no worsening after five years (80%)."),
    (HSCT, "de", "Untersucht wurden 210 Menschen mit MS. Achtzig von hundert waren fünf "
                 "Jahre nach der Behandlung nicht stärker eingeschränkt."),
    (HSCT, "en", "Results were best in relapsing-remitting MS: 86% of these patients did "
                 "not worsen within five years, and 71% were still stable at ten years."),
])
def test_faithful_wording_passes(sheet: str, lang: str, text: str) -> None:
    assert not _errors(sheet, lang, text)


def test_an_invented_small_number_word_is_still_found() -> None:
    text = "1,147 women were assigned to one of the three skin cleansers."
    assert "unsupported-number" in _rules(CHX, "en", text)


# --- 3b. a proportion's count over the wrong group's size -----------------------------

def test_a_count_over_another_groups_size_is_found() -> None:
    text = "Soit 23 femmes sur 1147 d'un côté et 42 sur 575 de l'autre."
    assert _at(CHX, "fr", text, "wrong-context", "1147")


def test_a_count_over_its_own_groups_size_passes() -> None:
    text = "In numbers: 23 women out of 572 in the chlorhexidine group."
    assert not _errors(CHX, "en", text)


# --- 6b. figures after sentences that only give sizes ---------------------------------

def test_a_share_after_a_subgroup_size_is_about_the_cohort() -> None:
    text = ("El equipo siguió a doscientas diez personas con esclerosis múltiple. De ellas, "
            "122 tenían la forma remitente-recurrente. Cinco años después del tratamiento, "
            "ochenta de cada cien no habían empeorado.")
    assert not _errors(HSCT, "es", text)
    swapped = text.replace("ochenta de cada cien", "ochenta y seis de cada cien")
    assert "wrong-context" in {f.rule for f in _errors(HSCT, "es", swapped)}


def test_an_arm_count_said_of_the_cohort_after_a_headline_naming_both_arms() -> None:
    text = ("La chlorhexidine fait mieux que l'iode contre les infections après une "
            "césarienne.\nDans un essai randomisé portant sur 572 patientes, une infection "
            "du site opératoire est survenue dans les 30 jours chez 4,0 % des patientes du "
            "groupe chlorhexidine.")
    assert _at(CHX, "fr", text, "wrong-context", "572")
    assert not _errors(CHX, "fr", text.replace("572", "1 147"))


def test_a_term_with_its_middle_swapped_is_found() -> None:
    text = ("A stem cell transplant helped. Intense immunosuppression followed by "
            "hematopoietic\ngas transmissions should be considered.")
    assert _at(HSCT, "en", text, "term-corrupted", "transmissions")


# --- 7. durations said without a number, large denominators, articles -----------------

def test_a_decade_is_ten_years() -> None:
    text = ("Five years later, 80 percent showed no worsening of their disability; after a "
            "decade, 66 percent still had not gotten worse.")
    assert not _errors(HSCT, "en", text)
    swapped = text.replace("after a decade", "after five years")
    assert _at(HSCT, "en", swapped, "wrong-context", "66 percent")


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Tras una década, 10"), ("fr", "Après une décennie, 10"),
    ("de", "Nach einem Jahrzehnt, 10"), ("it", "Dopo un decennio, 10"),
    ("pt", "Após uma década, 10"),
])
def test_a_decade_is_read_in_every_language(lang: str, text: str) -> None:
    from plainsum_checks.numbers import read_numbers

    found = read_numbers(text, C.registry().language(lang))
    first = found[0]
    assert (first.kind, first.value, first.unit) == ("duration", 10, "year")


def test_a_frequency_over_more_than_a_thousand_is_read() -> None:
    text = "Soit 23 femmes sur 572 d'un côté et 42 sur 1147 de l'autre."
    assert _at(CHX, "fr", text, "wrong-context", "1147")


def test_a_year_after_in_is_not_a_denominator() -> None:
    from plainsum_checks.numbers import read_numbers

    found = read_numbers("5 in 2019", C.registry().language("en"))
    assert [m.kind for m in found] == ["number", "number"]


def test_a_spelled_out_one_before_a_noun_is_an_article() -> None:
    text = "Uno studio su 572 donne dà una risposta chiara."
    assert _at(CHX, "it", text, "wrong-context", "572")
    assert not _errors(CHX, "it", text.replace("572", "1.147"))
