"""Arms named by a compound, a figure's noun inside a phrase of place, and a length of
time said as an age (issue 14 item 2; issue 11 item 3).

- A German compound whose head says it is a group names the arm its first part names,
  in the sheet's word or another word for the same place of care ("Krankenhausgruppe"
  for the arm "Behandlung in der Klinik"), or by a long opening one arm's words alone
  have ("Standardgruppe", "Standardversorgung" for "Standardtherapie").
- A place phrase between a figure and its noun ("der im Krankenhaus Behandelten") holds
  where, not what the figure counts.
- A sheet's mean follow-up said as the people's age is a wrong referent.

Sentences written here in wording of their own, each faithful one paired with the error.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import RIVA, VITD, alarms, check_pair, said

_BURDEN = "fanden {} ihre Behandlung überhaupt nicht belastend."


@pytest.mark.parametrize("arm", ["In der Krankenhausgruppe", "In der Klinikgruppe",
                                 "In der Standardgruppe", "Unter Standardversorgung"])
def test_an_arm_named_by_a_compound(arm: str) -> None:
    check_pair(RIVA, "de", f"{arm} {_BURDEN.format('54,4 %')}",
               f"{arm} {_BURDEN.format('64,4 %')}", "wrong-context", "64,4 %")


def test_a_compound_of_the_other_arm_keeps_its_figure() -> None:
    text = f"In der Rivaroxabangruppe {_BURDEN.format('64,4 %')}"
    # (term-swapped reads the compound as another term: a request to its owner)
    found = [f for f in alarms(RIVA, "de", text) if f.rule == "wrong-context"]
    assert not found, said(found)


def test_a_place_phrase_before_the_counted_noun() -> None:
    faithful = "Und 54,4 % der im Krankenhaus Behandelten fanden ihre Behandlung nicht belastend."
    assert not alarms(RIVA, "de", faithful), said(alarms(RIVA, "de", faithful))
    wrong = "Und 114 Krankenhäuser nahmen an der Studie teil."
    assert any(f.rule == "wrong-referent" for f in alarms(RIVA, "de", wrong)), said(
        alarms(RIVA, "de", wrong))


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("en", "They were followed for 5.5 years on average.",
     "On average they were 5.5 years old.", "5.5 years old"),
    ("es", "Se les siguió durante 5,5 años de media.",
     "De media tenían 5,5 años de edad.", "5,5 años de edad"),
    ("fr", "Le suivi a duré 5,5 ans en moyenne.",
     "L'âge des participants était de 5,5 ans en moyenne.", "5,5 ans"),
    ("de", "Sie wurden im Schnitt 5,5 Jahre lang beobachtet.",
     "Sie waren im Schnitt 5,5 Jahre alt.", "5,5 Jahre alt"),
    ("it", "Sono stati seguiti in media per 5,5 anni.",
     "Avevano in media 5,5 anni di età.", "5,5 anni di età"),
    ("pt", "Em média, foram acompanhados durante cinco anos e meio.",
     "Em média, tinham cinco anos e meio de idade.", "cinco anos e meio de idade"),
])
def test_a_follow_up_said_as_an_age(lang: str, faithful: str, wrong: str, words: str
                                    ) -> None:
    check_pair(VITD, lang, faithful, wrong, "wrong-referent", words)


@pytest.mark.parametrize("lang, text", [
    ("en", "People aged 40 to 75 were followed for 5.5 years on average."),
    ("en", "The old study followed them for 5.5 years."),
    ("fr", "Des personnes âgées de 40 à 75 ans ont été suivies 5,5 ans en moyenne."),
    ("de", "Menschen im Alter von 40 bis 75 Jahren wurden im Schnitt 5,5 Jahre beobachtet."),
])
def test_an_age_beside_another_figure_is_not_the_follow_ups(lang: str, text: str) -> None:
    assert not [f for f in alarms(VITD, lang, text) if f.rule == "wrong-referent"], said(
        alarms(VITD, lang, text))


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("fr", "Iode + alcool (575 femmes).", "Iode + alcool (575 ml).", "575 ml"),
    ("en", "The iodine group had 575 women.", "The iodine group had 575 ml.", "575 ml"),
    ("de", "In der Jodgruppe waren 575 Frauen.", "In der Jodgruppe waren 575 mg.", "575 mg"),
])
def test_a_count_of_people_said_as_an_amount(lang: str, faithful: str, wrong: str,
                                             words: str) -> None:
    check_pair("chlorhexidine-csection-2016", lang, faithful, wrong, "wrong-referent", words)
