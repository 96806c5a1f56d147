"""Faithful wordings the word rules once misread, each beside the same sentence corrupted
(still caught):

- "more effective than" is the treatment doing better, not more of the outcome
  (direction-flipped), in the six languages;
- a negated verb of seeing denies the change it takes ("had not seen their disability
  get worse");
- "more" as the degree of a verb in a relative clause ("el dato que más ha llamado la
  atención") is no direction;
- an adjective that says "not enough" or "not possible" by its prefix ("potencia
  insuficiente", "impossibile mantenere") keeps a limitation's negation
  (negation-changed);
- a German organisation's name takes the case of its sentence ("an der Medizinischen
  Fakultät"): no altered name (name-altered).
"""

from __future__ import annotations

import pytest

from tests import corruption as C

CHX = "chlorhexidine-csection-2016"
HSCT = "hsct-ms-2021"
RIVA = "rivaroxaban-pe-2018"


def _rules(sheet: str, lang: str, text: str, *rules: str) -> list[str]:
    return [f.rule for f in C.alarms_in(sheet, lang, text) if f.rule in rules]


EFFECTIVE = {
    "en": ("Chlorhexidine is {} than iodine at preventing surgical site infections.",
           "more effective", "less effective"),
    "es": ("La clorhexidina es {} que el yodo para prevenir las infecciones del sitio "
           "quirúrgico.", "más eficaz", "menos eficaz"),
    "fr": ("La chlorhexidine est {} que l'iode pour prévenir les infections du site "
           "opératoire.", "plus efficace", "moins efficace"),
    "de": ("Chlorhexidin ist {} als Jod, um Wundinfektionen nach dem Kaiserschnitt zu "
           "verhindern.", "wirksamer", "weniger wirksam"),
    "it": ("La clorexidina è {} dello iodio nel prevenire le infezioni del sito chirurgico.",
           "più efficace", "meno efficace"),
    "pt": ("A clorexidina é {} do que o iodo a prevenir as infeções do local cirúrgico.",
           "mais eficaz", "menos eficaz"),
}


@pytest.mark.parametrize("lang", sorted(EFFECTIVE))
def test_more_effective_is_the_treatment_doing_better(lang):
    text, better, worse = EFFECTIVE[lang]
    assert _rules(CHX, lang, text.format(better), "direction-flipped") == []
    assert _rules(CHX, lang, text.format(worse), "direction-flipped") == ["direction-flipped"]


SEEN = {
    "en": "Five years after the transplant, eight in ten had{} seen their level of disability "
          "get worse.",
    "es": "A los cinco años, ocho de cada diez{} habían visto a su discapacidad empeorar.",
    "fr": "Cinq ans après la greffe, huit patients sur dix {}avaient{} vu leur niveau de "
          "handicap s'aggraver.",
    "it": "Cinque anni dopo il trapianto, otto pazienti su dieci{} avevano visto la loro "
          "disabilità peggiorare.",
    "pt": "Cinco anos depois do transplante, oito em cada dez{} tinham visto a incapacidade "
          "agravar-se.",
}
NOT = {"en": (" not",), "es": (" no",), "fr": ("n'", " pas"), "it": (" non",),
       "pt": (" não",)}


@pytest.mark.parametrize("lang", sorted(SEEN))
def test_a_negated_verb_of_seeing_denies_the_change(lang):
    text = SEEN[lang]
    denied = text.format(*NOT[lang])
    seen = text.format(*([""] * len(NOT[lang])))
    rules = ("direction-flipped", "negation-changed")
    assert _rules(HSCT, lang, denied, *rules) == []
    assert sorted(_rules(HSCT, lang, seen, *rules)) == sorted(rules)


RELATIVE = {
    "es": ("El dato que más ha llamado la atención: a los diez años, alrededor del 70 % de "
           "las personas con la forma remitente-recurrente no habían empeorado.",
           "El dato que más discapacidad ha mostrado: a los diez años, alrededor del 70 % de "
           "las personas con la forma remitente-recurrente no habían empeorado."),
    "it": ("Il dato che più ha colpito: a dieci anni, circa il 70 % delle persone con la "
           "forma recidivante-remittente non era peggiorato.",
           "Il dato che più disabilità ha mostrato: a dieci anni, circa il 70 % delle persone "
           "con la forma recidivante-remittente non era peggiorato."),
    "pt": ("O dado que mais chamou a atenção: aos dez anos, cerca de 70 % das pessoas com a "
           "forma surto-remissão não tinham piorado.",
           "O dado que mais incapacidade mostrou: aos dez anos, cerca de 70 % das pessoas com "
           "a forma surto-remissão não tinham piorado."),
}


@pytest.mark.parametrize("lang", sorted(RELATIVE))
def test_more_as_the_degree_of_a_verb_in_a_relative_clause_is_no_direction(lang):
    faithful, corrupted = RELATIVE[lang]
    assert _rules(HSCT, lang, faithful, "direction-flipped") == []
    assert _rules(HSCT, lang, corrupted, "direction-flipped") == ["direction-flipped"]


LACKING = {
    "es": "Limitaciones: menos pacientes de los previstos; potencia {} para comparar las "
          "visitas por sangrado; sin enmascaramiento.",
    "it": "Limiti: arruolati meno pazienti del previsto; {} mantenere i pazienti in cieco "
          "rispetto al ricovero.",
}
LACK_WORDS = {"es": ("insuficiente", "suficiente"), "it": ("impossibile", "possibile")}


@pytest.mark.parametrize("lang", sorted(LACKING))
def test_a_word_for_not_enough_or_not_possible_keeps_the_negation(lang):
    text = LACKING[lang]
    lacking, enough = LACK_WORDS[lang]
    assert _rules(RIVA, lang, text.format(lacking), "negation-changed") == []
    assert _rules(RIVA, lang, text.format(enough), "negation-changed") == ["negation-changed"]


def test_a_german_organisation_name_takes_the_case_of_its_sentence():
    text = ("Die Studie leitete Methodius G. Tuuli von der {} Fakultät der Washington "
            "University in St. Louis.")
    assert _rules(CHX, "de", text.format("Medizinischen"), "name-altered") == []
    assert _rules(CHX, "de", text.format("Medizinishen"), "name-altered") == ["name-altered"]


@pytest.mark.parametrize("lang, text, better, worse", [
    ("en", "Chlorhexidine was {} than iodine against wound infections.",
     "more efficacious", "less efficacious"),
    ("es", "La clorhexidina fue {} que el yodo para prevenir las infecciones de la herida.",
     "más efectiva", "menos efectiva"),
    ("pt", "A clorexidina foi {} do que o iodo a prevenir as infeções da ferida.",
     "mais efetiva", "menos efetiva"),
])
def test_other_words_for_more_effective(lang, text, better, worse):
    assert _rules(CHX, lang, text.format(better), "direction-flipped") == []
    assert _rules(CHX, lang, text.format(worse), "direction-flipped") == ["direction-flipped"]


@pytest.mark.parametrize("link", ["out of every", "per"])
def test_english_frequencies_with_per_and_out_of_every(link):
    text = "With iodine, about {} " + link + " 100 women got a wound infection."
    assert _rules(CHX, "en", text.format(7), "unsupported-number") == []
    assert _rules(CHX, "en", text.format(9), "unsupported-number") == ["unsupported-number"]


@pytest.mark.parametrize("lang, text, better, worse", [
    ("it", "Ciò che più ha colpito i ricercatori è che alcuni pazienti sono addirittura {}.",
     "migliorati", "peggiorati"),
    ("pt", "O que mais surpreendeu foi que alguns doentes até {}.", "melhoraram", "pioraram"),
])
def test_what_struck_most_is_no_direction_of_a_secondary_finding(lang, text, better, worse):
    assert _rules(HSCT, lang, text.format(better), "direction-flipped") == []
    assert _rules(HSCT, lang, text.format(worse), "direction-flipped") == ["direction-flipped"]
