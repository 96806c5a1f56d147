"""A randomised study's allocation said not to be random (issue 14): "nicht nach dem
Zufallsprinzip", "nicht per Zufall, sondern nach Wunsch … zugeteilt", "not randomly
assigned", "no fueron asignadas al azar", "n'ont pas été tirées au sort", "non sono state
assegnate a caso", "não foram sorteadas" turn the design round (negation-changed). The
allocation said as random, and a chance idiom of coincidence ("nicht per Zufall
entstanden", "not by chance that"), stay silent. Sentences written here in wording of
their own, six languages.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import CHX, alarms, caught_at, said


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("de", "Die Mütter kamen nach dem Zufallsprinzip in eine der beiden Gruppen.",
     "Die Mütter kamen nicht nach dem Zufallsprinzip in eine der beiden Gruppen.",
     "Zufallsprinzip"),
    ("de", "Per Zufall wurden die Mütter einer Gruppe zugeteilt.",
     "Nicht per Zufall, sondern nach Wunsch wurden die Mütter einer Gruppe zugeteilt.",
     "per Zufall"),
    ("en", "The mothers were randomly assigned to one of two cleansers.",
     "The mothers were not randomly assigned to one of two cleansers.", "randomly"),
    ("es", "Las madres fueron asignadas al azar a uno de los dos antisépticos.",
     "Las madres no fueron asignadas al azar a uno de los dos antisépticos.", "al azar"),
    ("fr", "Les mères ont été tirées au sort entre les deux antiseptiques.",
     "Les mères n'ont pas été tirées au sort entre les deux antiseptiques.", "au sort"),
    ("it", "Le madri sono state assegnate a caso a uno dei due antisettici.",
     "Le madri non sono state assegnate a caso a uno dei due antisettici.", "a caso"),
    ("pt", "As mães foram sorteadas para um dos dois antissépticos.",
     "As mães não foram sorteadas para um dos dois antissépticos.", "sorteadas"),
])
def test_a_randomised_allocation_denied(lang: str, faithful: str, wrong: str, words: str
                                        ) -> None:
    assert not alarms(CHX, lang, faithful), said(alarms(CHX, lang, faithful))
    assert caught_at(CHX, lang, wrong, "negation-changed", words), said(
        alarms(CHX, lang, wrong))


@pytest.mark.parametrize("lang, text", [
    ("de", "Dass es weniger Infektionen gab, ist nicht zufällig passiert."),
    ("en", "It is not by chance that there were fewer infections."),
])
def test_a_chance_idiom_is_no_allocation(lang: str, text: str) -> None:
    assert not alarms(CHX, lang, text), said(alarms(CHX, lang, text))
