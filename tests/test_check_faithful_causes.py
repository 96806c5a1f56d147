"""Causes of false alarms on faithful texts by writers the checker never saw (issue 14,
item 1), each fixed in general terms and tested on both sides: the faithful form passes,
the same form with another figure (or the other way round) is still caught. The sentences
are written here, on the suite's sheets; none is copied from the suite's texts."""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in, said

CHX = "chlorhexidine-csection-2016"
RIVA = "rivaroxaban-pe-2018"
VITD = "vitamin-d-colorectal-2018"
MS = "hsct-ms-2021"
CT = "ct-heart-scan-2018"


def rules(sheet: str, lang: str, text: str) -> list[str]:
    return [f.rule for f in alarms_in(sheet, lang, text)]


def passes(sheet: str, lang: str, text: str) -> None:
    found = alarms_in(sheet, lang, text)
    assert not found, said(found)


# --- a hedge reaches its figure past a currency sign, onto a length of time, across a
# --- versus word, and past the preposition of a change by a fraction ------------------
@pytest.mark.parametrize("lang, right, wrong", [
    ("en", "The median saving was nearly $2,500 per patient.",
     "The median saving was nearly $3,500 per patient."),
    ("es", "El ahorro mediano fue de casi US$ 2500 por paciente.",
     "El ahorro mediano fue de casi US$ 4500 por paciente."),
])
def test_a_hedge_reaches_an_amount_past_its_currency(lang: str, right: str, wrong: str) -> None:
    passes(RIVA, lang, right)
    assert "unsupported-number" in rules(RIVA, lang, wrong)


@pytest.mark.parametrize("lang, right, wrong", [
    ("en", "Those sent home spent 4.8 hours in hospital for bleeding or clots in the first "
           "30 days, against 33.6 hours for those who stayed in: almost 29 hours less.",
     "Those sent home spent 4.8 hours in hospital for bleeding or clots in the first "
     "30 days, against 33.6 hours for those who stayed in: almost 35 hours less."),
    ("de", "Die früh Entlassenen verbrachten in den ersten 30 Tagen 4,8 Stunden wegen Blutungen "
           "oder Gerinnseln im Krankenhaus, die anderen 33,6 Stunden – fast 29 Stunden weniger.",
     "Die früh Entlassenen verbrachten in den ersten 30 Tagen 4,8 Stunden wegen Blutungen "
     "oder Gerinnseln im Krankenhaus, die anderen 33,6 Stunden – fast 35 Stunden weniger."),
])
def test_a_hedged_length_of_time_rounds_the_sheets(lang: str, right: str, wrong: str) -> None:
    passes(RIVA, lang, right)
    assert "unsupported-number" in rules(RIVA, lang, wrong)


def test_a_hedge_before_two_figures_compared_holds_for_both() -> None:
    from plainsum_checks.numbers import reader

    from tests.corruption import registry

    read = reader(registry().language("it")).read("circa una donna su 25 contro una su 14.")
    assert [(m.kind, m.second, m.hedge) for m in read] == [
        ("frequency", 25.0, "about"), ("frequency", 14.0, "about")]
    lead = ("Nel mese successivo l'infezione della ferita si è verificata in 23 donne su 572 "
            "con la clorexidina (il 4 %) e in 42 su 575 con lo iodio (il 7,3 %): ")
    passes(CHX, "it", lead + "circa una donna su 25 contro una su 14.")
    wrong = lead + "circa una donna su 25 contro una su 40."
    assert "unsupported-number" in rules(CHX, "it", wrong)


@pytest.mark.parametrize("lang, text", [
    ("en", "Cleaning the skin with chlorhexidine cuts the infection rate almost in half "
           "compared with iodine."),
    ("es", "Limpiar la piel con clorhexidina reduce casi a la mitad las infecciones frente "
           "al yodo."),
    ("pt", "Limpar a pele com clorexidina reduz quase para metade as infeções face ao iodo."),
])
def test_a_hedge_before_the_preposition_of_a_halving_is_kept(lang: str, text: str) -> None:
    passes(CHX, lang, text)
    bare = text.replace("almost ", "").replace("casi ", "").replace("quase ", "")
    assert "hedge-dropped" in rules(CHX, lang, bare)


# --- figures worked out from the sheet's own: two shares' gap, the groups compared -----
@pytest.mark.parametrize("lang, right, wrong", [
    ("en", "64.4% of those sent home said their care was no burden, against 54.4% of those "
           "kept in hospital, a gap of about ten percentage points.",
     "64.4% of those sent home said their care was no burden, against 54.4% of those "
     "kept in hospital, a gap of about fifteen percentage points."),
])
def test_two_shares_gap_in_points(lang: str, right: str, wrong: str) -> None:
    passes(RIVA, lang, right)
    assert "unsupported-number" in rules(RIVA, lang, wrong)


@pytest.mark.parametrize("lang, right, wrong", [
    ("en", "23 of 572 women had a wound infection with chlorhexidine and 42 of 575 with "
           "iodine: about 3 fewer infections for every 100 women.",
     "23 of 572 women had a wound infection with chlorhexidine and 42 of 575 with "
     "iodine: about 6 fewer infections for every 100 women."),
    ("es", "Se infectaron 23 de las 572 mujeres con clorhexidina y 42 de las 575 con yodo: "
           "unas tres infecciones menos por cada cien mujeres.",
     "Se infectaron 23 de las 572 mujeres con clorhexidina y 42 de las 575 con yodo: "
     "unas seis infecciones menos por cada cien mujeres."),
])
def test_two_shares_gap_per_hundred(lang: str, right: str, wrong: str) -> None:
    passes(CHX, lang, right)
    assert "unsupported-number" in rules(CHX, lang, wrong)


def test_the_groups_an_effect_compares_are_counted() -> None:
    text = ("More than 4,000 people sent to heart clinics with chest pain took part. They were "
            "split into {} groups: one had the usual tests, the other also had a heart scan.")
    passes(CT, "en", text.format("two"))
    assert "unsupported-number" in rules(CT, "en", text.format("three"))


# --- who a figure is said of --------------------------------------------------------
@pytest.mark.parametrize("lang, text", [
    ("en", "In that study, {} adults were randomly assigned to go home early with rivaroxaban "
           "or to stay in hospital as usual."),
    ("es", "En un ensayo pequeño, {} adultos con un coágulo de bajo riesgo en el pulmón se "
           "repartieron al azar entre volver pronto a casa con rivaroxabán o quedarse "
           "ingresados como de costumbre."),
    ("pt", "Num ensaio pequeno, {} adultos com um coágulo de baixo risco no pulmão foram "
           "distribuídos ao acaso entre ir cedo para casa com rivaroxabano ou ficar internados."),
])
def test_a_count_shared_out_between_alternatives_is_the_whole(lang: str, text: str) -> None:
    passes(RIVA, lang, text.format(114))
    assert rules(RIVA, lang, text.format(99))  # the count of those who completed it


@pytest.mark.parametrize("lang, lead, right, wrong", [
    ("es", "En el mes siguiente se infectó la herida en 23 de las 572 mujeres del grupo de la "
           "clorhexidina (un 4 %) y en 42 de las 575 del grupo del yodo (un 7,3 %).\n\n",
     "Dicho de otro modo, una de cada 25 mujeres frente a una de cada 14, aproximadamente.",
     "Dicho de otro modo, una de cada 25 mujeres frente a una de cada 40, aproximadamente."),
])
def test_two_shares_compared_with_a_loose_word_for_people(lang: str, lead: str, right: str,
                                                          wrong: str) -> None:
    passes(CHX, lang, lead + right)
    assert rules(CHX, lang, lead + wrong)


# --- comparatives that state no direction of the outcome ----------------------------------
@pytest.mark.parametrize("lang, right, wrong", [
    ("es", "En la forma remitente-recurrente, el 86 % seguía sin empeorar a los cinco años y "
           "algo más del 70 % a los diez.",
     "En la forma remitente-recurrente, el 86 % empeoró a los cinco años y algo más del 70 % "
     "a los diez."),
])
def test_more_than_before_a_figure_is_its_bound(lang: str, right: str, wrong: str) -> None:
    passes(MS, lang, right)
    assert "direction-flipped" in rules(MS, lang, wrong)


@pytest.mark.parametrize("lang, text", [
    ("pt", "Quem tinha mais do que o suficiente tinha um risco 22 % {}."),
    ("es", "Quienes tenían más de lo suficiente tenían un riesgo un 22 % {}."),
])
def test_the_standard_of_a_comparative_describes_the_group(lang: str, text: str) -> None:
    lower, higher = {"pt": ("menor", "maior"), "es": ("menor", "mayor")}[lang]
    passes(VITD, lang, text.format(lower))
    assert "sign-flipped" in rules(VITD, lang, text.format(higher))


# --- a one-word name that is an ordinary noun --------------------------------------------
@pytest.mark.parametrize("lang, right, wrong", [
    ("de", "Sprechen Sie mit Ihrer Neurologin oder Ihrem Neurologen.",
     "Die Studie erschien in der Zeitschrift Neurolagy."),
    ("it", "Il reparto di Neurologia ha preparato questa nota.",
     "Lo studio è uscito sulla rivista Neurologi."),
])
def test_a_names_word_in_the_languages_own_form(lang: str, right: str, wrong: str) -> None:
    passes(MS, lang, right)
    assert "name-altered" in rules(MS, lang, wrong)


def test_rounds_fraction_rounds_any_figure_to_its_last_digit() -> None:
    from plainsum_checks.bounds import rounds_fraction

    assert rounds_fraction(2500, "nearly", [-2496]) and rounds_fraction(2500, "about", [2496])
    assert not rounds_fraction(2500, "about", [2396]) and not rounds_fraction(2500, None, [2496])
    assert not rounds_fraction(2000, "less-than", [2496])  # rounded the other way


# --- more forms: a change worked out from two shares, one in so many as an ordinal, a
# --- time left unsaid past a semicolon, a list of another group, a sentence pointed back
def test_a_relative_change_worked_out_from_two_shares() -> None:
    lead = ("Wound infections hit 7.3 percent of women with iodine and 4 percent with "
            "chlorhexidine. ")
    passes(CHX, "en", lead + "That means the chlorhexidine rate was 45 percent lower.")
    assert rules(CHX, "en", lead + "That means the chlorhexidine rate was 60 percent lower.")


def test_every_and_an_ordinal_is_one_in_so_many() -> None:
    text = "Im Laufe des Lebens erkrankt etwa jede {}. Frau und jeder 22. Mann an Darmkrebs."
    passes(VITD, "de", text.format(24))
    assert "unsupported-number" in rules(VITD, "de", text.format(40))


@pytest.mark.parametrize("lang, text", [
    ("es", "A los cinco años, el 80 % no había empeorado; a los diez, {}."),
    ("en", "At five years, 80% had not got worse; at ten, {}."),
])
def test_a_time_left_unsaid_past_a_semicolon(lang: str, text: str) -> None:
    passes(MS, lang, text.format({"es": "dos tercios", "en": "two thirds"}[lang]))
    assert "wrong-context" in rules(MS, lang, text.format("80 %" if lang == "es" else "80%"))


def test_a_list_after_a_comma_and_another_group_is_that_groups() -> None:
    text = ("Bei schubförmig-remittierender MS waren es 86 % nach fünf und gut sieben von zehn "
            "nach zehn Jahren, bei progredienter MS {}.")
    passes(MS, "de", text.format("71 % und 57 %"))
    assert "wrong-context" in rules(MS, "de", text.format("86 % und 57 %"))


def test_a_sentence_that_points_back_holds_for_each_figure() -> None:
    text = ("Mais de metade (122) tinha a forma surto-remissão. Nesse grupo, 86 % não tinham "
            "piorado cinco anos depois do transplante, e pouco mais de sete em cada dez "
            "continuavam sem agravamento ao fim de {} anos.")
    passes(MS, "pt", text.format("dez"))
    assert "wrong-context" in rules(MS, "pt", text.format("cinco"))


def test_a_natural_frequency_of_one_group_beside_anothers_rounded_share() -> None:
    text = "For people with progressive MS, it was seven in ten at {} years."
    passes(MS, "en", text.format("five"))
    assert "wrong-context" in rules(MS, "en", text.format("ten"))


def test_a_fraction_of_the_rate_after_the_two_shares() -> None:
    lead = ("Tiveram infeção 4,0 % das mulheres do grupo da clorexidina, contra 7,3 % no grupo "
            "do iodo. ")
    passes(CHX, "pt", lead + "Quase metade da taxa de infeção, portanto.")
    assert "unsupported-number" in rules(CHX, "pt", lead + "Quase um terço da taxa de infeção.")


def test_the_total_of_a_wholes_counted_parts() -> None:
    text = ("Researchers pooled data on more than {} people: over 5,700 who developed bowel "
            "cancer and over 7,100 who did not.")
    passes(VITD, "en", text.format("12,800"))
    assert "unsupported-number" in rules(VITD, "en", text.format("14,800"))


def test_a_gap_whose_sides_the_sentence_before_gives() -> None:
    lead = ("No primeiro mês, os que foram para casa cedo passaram em média 4,8 horas no "
            "hospital por coágulos ou hemorragias, contra 33,6 horas dos que ficaram internados. ")
    passes(RIVA, "pt", lead + "A diferença, de 28,8 horas, foi significativa.")
    assert "sign-flipped" in rules(
        RIVA, "pt", lead + "Assim, ir para casa cedo acrescentou 28,8 horas.")


def test_a_level_named_with_a_noun_of_its_own_is_a_standard() -> None:
    text = ("Celles qui en avaient plus que le seuil suffisant voyaient leur risque {} de "
            "22 %.")
    passes(VITD, "fr", text.format("baisser"))
    assert "sign-flipped" in rules(VITD, "fr", text.format("augmenter"))


def test_thousands_written_with_a_k_and_none_written_as_zero() -> None:
    passes(RIVA, "en", "Major bleeding: 0 in both arms. Median cost saving ≈$2.5k per patient.")
    assert "unsupported-number" in rules(RIVA, "en", "Median cost saving ≈$3.5k per patient.")
    assert "unsupported-number" in rules(RIVA, "en", "Major bleeding: 5 in both arms.")


# --- what the text says a figure is not, and a finding said by a word for lacking --------
@pytest.mark.parametrize("lang, right, wrong", [
    ("es", "Ojo, es un 40 % relativo, no 40 puntos porcentuales.",
     "Ojo, son 40 puntos porcentuales menos."),
    ("de", "Das ist ein relativer Wert. Er besagt nicht, dass 40 von 100 Menschen ein Infarkt "
           "erspart blieb.",
     "Das heißt, dass 40 von 100 Menschen ein Infarkt erspart blieb."),
])
def test_a_figure_the_text_denies(lang: str, right: str, wrong: str) -> None:
    passes(CT, lang, right)
    assert "relative-as-absolute" in rules(CT, lang, wrong)


def test_a_direction_after_a_word_for_lacking_is_negated() -> None:
    text = "Esiti ({} della disabilità): 80 % a 5 anni, 66 % a 10 anni."
    passes(MS, "it", text.format("assenza di peggioramento"))
    assert "direction-flipped" in rules(MS, "it", text.format("peggioramento"))


def test_a_count_after_two_arms_set_against_each_other_is_the_whole() -> None:
    text = ("Chlorhexidine-alcohol vs iodine-alcohol before caesarean (n={}): wound infection "
            "within 30 days 4.0% vs 7.3%.")
    passes(CHX, "en", text.format("1,147"))
    assert "unsupported-number" in rules(CHX, "en", text.format("1,247"))


@pytest.mark.parametrize("lang, right, wrong", [
    ("en", "The infection rate with iodine was nearly double that with chlorhexidine.",
     "The infection rate with iodine was nearly four times that with chlorhexidine."),
    ("es", "Casi el doble de mujeres del grupo del yodo tuvo una infección.",
     "Casi el triple de mujeres del grupo del yodo tuvo una infección."),
    ("pt", "No grupo do iodo, quase o dobro das mulheres teve uma infeção.",
     "No grupo do iodo, quase o triplo das mulheres teve uma infeção."),
])
def test_a_multiple_of_two_shares_said_with_an_arm(lang: str, right: str, wrong: str) -> None:
    passes(CHX, lang, right)
    assert rules(CHX, lang, wrong)


def test_a_change_worked_out_from_two_shares_said_with_an_arm() -> None:
    passes(CHX, "en", "Chlorhexidine cut the infection rate by about 45%.")
    assert rules(CHX, "en", "Chlorhexidine cut the infection rate by about 65%.")


def test_a_counted_part_said_as_a_fraction() -> None:
    lead = "The study included 1,147 women. "
    passes(CHX, "en", lead + "Roughly half of them had their skin cleaned with chlorhexidine.")
    assert rules(CHX, "en", lead + "Roughly a quarter of them had their skin cleaned with "
                                   "chlorhexidine.")
