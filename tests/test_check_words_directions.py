"""Direction words read in their construction: a prevention verb's long clause, an adverb
of degree after a verb of change, a negation of going on, a negated correction of degree,
the French expletive "ne", and a comparison with what was planned. Each faithful form
raises nothing; the same sentence with the direction really changed still does."""

from __future__ import annotations

import pytest

from tests import corruption as C

HSCT, CHX, VITD, CT, RIVA = ("hsct-ms-2021", "chlorhexidine-csection-2016",
                             "vitamin-d-colorectal-2018", "ct-heart-scan-2018",
                             "rivaroxaban-pe-2018")

# (sheet, lang, faithful, changed, the rule the change gets)
CASES = [
    (HSCT, "es", "Un trasplante de células madre puede evitar que la discapacidad de las "
     "personas con esclerosis múltiple (EM) empeore durante un largo período.",
     "Un trasplante de células madre puede hacer que la discapacidad de las personas con "
     "esclerosis múltiple (EM) empeore durante un largo período.", "direction-flipped"),
    (CHX, "fr", "Nettoyer la peau avec de la chlorhexidine alcoolique avant une césarienne "
     "réduit davantage les infections du site opératoire que la préparation à l'iode.",
     "Nettoyer la peau avec de la chlorhexidine alcoolique avant une césarienne augmente "
     "davantage les infections du site opératoire que la préparation à l'iode.",
     "direction-flipped"),
    (CHX, "en", "Cleaning the skin with chlorhexidine-alcohol before a caesarean reduces "
     "wound infections more than iodine-alcohol does.",
     "Cleaning the skin with chlorhexidine-alcohol before a caesarean increases wound "
     "infections more than iodine-alcohol does.", "direction-flipped"),
    (VITD, "en", "People with more vitamin D than needed for bone health had a 22% lower "
     "risk, although the risk did not keep falling at the very highest levels.",
     "People with more vitamin D than needed for bone health did not have a 22% lower risk.",
     "negation-changed"),
    (CT, "en", "Heart attacks were 40% lower in those who had the scan. That is a relative "
     "reduction of 40%, not a halving.",
     "Heart attacks were not 40% lower in those who had the scan.", "negation-changed"),
    (VITD, "fr", "Plus de vitamine D qu'il n'en faut pour les os → risque 22 % plus faible.",
     "Plus de vitamine D pour les os → risque 22 % pas plus faible.", "negation-changed"),
]


def _rules(sheet: str, lang: str, text: str) -> list[str]:
    return [f.rule for f in C.alarms_in(sheet, lang, text)]


@pytest.mark.parametrize("sheet,lang,faithful,changed,rule", CASES)
def test_a_direction_read_in_its_construction(sheet, lang, faithful, changed, rule):
    assert _rules(sheet, lang, faithful) == []
    assert rule in _rules(sheet, lang, changed)


@pytest.mark.parametrize("lang,text", [
    ("fr", "La chlorhexidine-alcool prévient-elle mieux les infections du site opératoire "
           "que l'iode-alcool ?"),
    ("de", "Chlorhexidin-Alkohol verhindert Wundinfektionen besser als Jod-Alkohol."),
])
def test_better_after_a_prevention_verb_is_its_degree(lang, text):
    assert _rules(CHX, lang, text) == []


@pytest.mark.parametrize("lang,text", [
    ("es", "Limitaciones: se reclutaron menos pacientes de lo previsto y el ensayo no tenía "
           "potencia suficiente."),
    ("en", "Limitations: fewer patients were recruited than planned."),
])
def test_a_shortfall_against_the_plan_is_no_difference_between_groups(lang, text):
    assert "invented-difference" not in _rules(RIVA, lang, text)


@pytest.mark.parametrize("lang,fewer,more", [
    ("en", "So fewer women had an infection with chlorhexidine.",
     "So more women had an infection with chlorhexidine."),
    ("es", "O sea: menos infecciones con clorhexidina.",
     "O sea: más infecciones con clorhexidina."),
    ("it", "Quindi meno infezioni con la clorexidina.",
     "Quindi più infezioni con la clorexidina."),
])
def test_an_arm_and_a_word_only_its_outcome_has_carry_the_comparison(lang, fewer, more):
    assert _rules(CHX, lang, fewer) == []
    assert "direction-flipped" in _rules(CHX, lang, more)


BLEEDING = ("Within 90 days, the study compared how many people went to hospital or to a "
            "doctor because of bleeding. ")


def test_a_difference_said_as_a_noun_after_the_sentence_naming_its_outcome():
    same = BLEEDING + ("There was no real difference between people sent home early with "
                       "rivaroxaban and people kept in hospital as usual.")
    big = BLEEDING + ("There was a big difference between people sent home early with "
                      "rivaroxaban and people kept in hospital as usual.")
    assert "invented-difference" not in _rules(RIVA, "en", same)
    assert "invented-difference" in _rules(RIVA, "en", big)


def test_a_shortfall_against_the_plan_in_its_inflected_forms():
    text = ("Otras limitaciones: se incluyeron menos pacientes de los previstos y los "
            "pacientes sabían a qué grupo pertenecían.")
    assert "invented-difference" not in _rules(RIVA, "es", text)


@pytest.mark.parametrize("lang,half,double", [
    ("es", "Es decir, con clorhexidina la tasa de infección fue casi la mitad.",
     "Es decir, con clorhexidina la tasa de infección fue casi el doble."),
    ("it", "Con la clorexidina il tasso di infezione è stato quasi la metà.",
     "Con la clorexidina il tasso di infezione è stato quasi il doppio."),
])
def test_a_multiple_of_the_other_groups_figure_is_a_direction(lang, half, double):
    assert "direction-flipped" not in _rules(CHX, lang, half)
    assert "direction-flipped" in _rules(CHX, lang, double)


@pytest.mark.parametrize("lang,text", [
    ("es", "Con clorhexidina, la tasa de infección fue casi la mitad que con yodo."),
    ("en", "With chlorhexidine, infections were half as common as with iodine."),
])
def test_a_multiple_with_its_standard_named_is_no_flip(lang, text):
    assert "direction-flipped" not in _rules(CHX, lang, text)


def test_an_outcome_word_after_di_is_no_than():
    text = ("Il primo autore, Methodius Tuuli, riferisce meno infezioni della ferita con "
            "clorexidina e alcol dopo il cesareo.")
    assert "direction-flipped" not in _rules(CHX, "it", text)
    flipped = text.replace("meno", "più")
    assert "direction-flipped" in _rules(CHX, "it", flipped)
