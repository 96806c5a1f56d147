"""Issue 12 item 2: a group or outcome label is a noun phrase in its language, never a lone
verb, a function or number word, a generic word or a fragment ending in a function word.
Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from plainsum_extract import extract_draft
from plainsum_extract.labels import check, pair_groups, problem, trimmed

_PT = ("Caminhadas diárias ligadas a menos casos de AVC em idosos\n\n"
       "Lisboa, 3 de março de 2026 – Um estudo de coorte acompanhou 2.400 adultos com mais "
       "de 65 anos durante 8 anos.\n\n"
       "Entre quem caminhava pelo menos 40 minutos por dia, 6,2 % desenvolveram AVC, contra "
       "9,8 % entre quem não caminhava.\n")
_ES = ("Nadar a diario se asocia con menos casos de asma en niños\n\n"
       "Madrid, 3 de marzo de 2026 – Un estudio de cohorte siguió a 1.800 niños de 6 a 12 "
       "años durante 5 años.\n\n"
       "Entre quienes nadaban a diario, el 4,1 % desarrollaron asma, frente al 7,3 % entre "
       "quienes no nadaban.\n")


@pytest.mark.parametrize("lang, release, noun", [("pt", _PT, "AVC"), ("es", _ES, "asma")])
def test_an_outcome_opened_by_a_finite_verb_is_the_noun_phrase_it_governs(lang, release, noun):
    draft = extract_draft(release, source="x.txt", lang=lang, bank={}).data
    labels = [o["label"][lang]["plain"] for o in draft["outcomes"]]
    assert noun in labels
    assert not any(problem(label, lang) for label in labels)


@pytest.mark.parametrize("lang, label, kept", [
    ("it", "Sulle fratture dell'anca", "fratture dell'anca"),
    ("es", "Entre los fumadores", "los fumadores"),
    ("fr", "taux de réadmission à", "taux de réadmission"),
    ("de", "Rate der Stürze bei", "Rate der Stürze"),
    ("en", "of a planned 200 volunteers", "a planned 200 volunteers"),
])
def test_a_leading_preposition_and_a_trailing_function_word_are_dropped(lang, label, kept):
    assert trimmed(label, lang) == kept


@pytest.mark.parametrize("lang, label", [
    ("en", "had a stroke"), ("en", "people aged 75 and over"), ("en", "six children"),
    ("es", "las mujeres"), ("fr", "plus de 70 ans"), ("it", "gli uomini"),
    ("fr", "groupe vitamine D"), ("pt", "grupo vitamina A"),
])
def test_a_good_label_is_kept_as_it_is(lang, label):
    assert trimmed(label, lang) == label and problem(label, lang) is None


@pytest.mark.parametrize("lang, label", [
    ("es", "alcanzó"), ("es", "correspondieron"), ("pt", "chegaram"), ("it", "arrivarono"),
    ("es", "entre"), ("de", "zwischen"), ("fr", "parmi"),
    ("es", "tres"), ("fr", "deux"),
    ("es", "factores"), ("de", "Ergebnisse"), ("en", "results"), ("fr", "fois"),
    ("de", "gestiegen"),
])
def test_a_lone_verb_function_number_or_generic_word_is_no_label(lang, label):
    assert problem(label, lang)


@pytest.mark.parametrize("lang, word", [("it", "dopo"), ("de", "nachher"), ("en", "after")])
def test_the_period_of_a_before_after_study_is_a_label(lang, word):
    assert problem(word, lang) is None


@pytest.mark.parametrize("lang, text, label", [
    ("es", "De los ingresos, el 30 % correspondió a caídas. ", "correspondió"),
    ("pt", "Ao fim de um ano, 38 % chegaram à meta. ", "chegaram"),
])
def test_a_label_that_is_no_noun_phrase_is_asked_about_with_its_sentence(lang, text, label):
    start = text.index(label)
    data = {"groups": [], "outcomes": [{"id": "x", "label": {lang: {
        "plain": label, "technical": label}}, "source_span": [start, start + len(label)]}]}
    check(data, text, lang)
    note = data["outcomes"][0]["review"]
    assert label in note and text.strip() in note


@pytest.mark.parametrize("lang, text, verb, noun", [
    ("es", "Tras un año, la efectividad alcanzó el 41 %. ", "alcanzó", "efectividad"),
    ("pt", "Depois de seis meses, a adesão chegou a 63 %. ", "chegou", "adesão"),
    ("it", "Dopo un anno, la copertura vaccinale arrivò al 58 %. ", "arrivò",
     "copertura vaccinale"),
])
def test_a_verb_label_becomes_what_the_verb_is_said_of(lang, text, verb, noun):
    start = text.index(verb)
    data = {"groups": [], "outcomes": [{"id": "x", "label": {lang: {
        "plain": verb, "technical": verb}}, "source_span": [start, start + len(verb)]}]}
    check(data, text, lang)
    assert data["outcomes"][0]["label"][lang]["plain"] == noun


def test_a_verb_said_of_a_group_is_not_the_outcome():
    text = "No teste, os animais tratados levaram 24 segundos. "
    start = text.index("levaram")
    data = {"groups": [{"id": "t", "label": {"pt": {"plain": "animais tratados"}}}],
            "outcomes": [{"id": "x", "label": {"pt": {"plain": "levaram",
                                                      "technical": "levaram"}},
                          "source_span": [start, start + 7]}]}
    check(data, text, "pt")
    outcome = data["outcomes"][0]
    assert outcome["label"]["pt"]["plain"] == "levaram" and "levaram" in outcome["review"]


def _compared(text: str, first: str, second: str, figures: tuple[str, str]) -> dict:
    start = text.index(first)
    facts = [{"id": "nd", "kind": "no-difference", "group": "g1", "versus": "g2",
              "outcome": "o", "source_span": [start, start + len(first)]}]
    for value in figures:
        at = text.index(value)
        facts.append({"id": value, "kind": "proportion", "value": value, "group": "all",
                      "source_span": [at, at + len(value)]})
    return {"facts": facts}


@pytest.mark.parametrize("text, first, second, figures", [
    ("No se observaron diferencias entre el norte y el sur (12,1 % frente a 12,8 %).",
     "el norte", "el sur", ("12,1 %", "12,8 %")),
    ("Aucune différence entre le milieu rural et le milieu urbain (12,1 % contre 12,8 %).",
     "le milieu rural", "le milieu urbain", ("12,1 %", "12,8 %")),
    ("Kein Unterschied zwischen Stadt und Land (12,1 % gegenüber 12,8 %).",
     "Stadt", "Land", ("12,1 %", "12,8 %")),
])
def test_two_figures_in_brackets_after_a_comparison_are_its_two_groups(text, first, second,
                                                                       figures):
    data = _compared(text, first, second, figures)
    pair_groups(data, text)
    assert [f["group"] for f in data["facts"][1:]] == ["g1", "g2"]
    assert all(f["outcome"] == "o" for f in data["facts"][1:])


def test_figures_in_a_later_sentence_stay_the_whole_samples():
    text = "No differences between north and south. Overall (12.1 % and 12.8 %)."
    data = _compared(text, "north", "south", ("12.1 %", "12.8 %"))
    pair_groups(data, text)
    assert [f["group"] for f in data["facts"][1:]] == ["all", "all"]
