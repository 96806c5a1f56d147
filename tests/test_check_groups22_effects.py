"""A relative change said of the comparison group (the group the sheet measures it
against), in forms translators use: the comparison group named before the figure with no
group after it, or only "the other group" ("nel gruppo che aveva fatto solo gli esami
standard ... inferiore del 40% rispetto all'altro gruppo", "inférieur de 40 % dans le
groupe examens habituels"); words another group's name shares ("the usual tests" of "the
scan on top of the usual tests") name the group after a word for "only" or a group noun.
The same sentences with the sheet's own group pass; a comparison whose base is named
("Compared with the usual tests alone, ...") is no swap.
"""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in as alarms
from tests.corruption import said

CT = "ct-heart-scan-2018"

# (language, the faithful sentence, its group's words, the comparison group's words)
SWAPS = [
    ("en", "Within five years, the number of heart attacks in the group that also had the "
           "scan was 40% lower than in the other group.", "also had the scan",
     "only had the usual tests"),
    ("it", "Entro cinque anni, nel gruppo che aveva fatto anche la TAC il numero di infarti "
           "è risultato inferiore del 40% rispetto all'altro gruppo.", "anche la TAC",
     "solo gli esami standard"),
    ("fr", "Résultat : à cinq ans, le nombre de patients victimes d'un infarctus du "
           "myocarde était inférieur de 40 % dans le groupe coroscanner.",
     "groupe coroscanner", "groupe examens habituels"),
    ("es", "En cinco años, en el grupo del escáner hubo un 40 % menos de infartos que en el "
           "otro grupo.", "grupo del escáner", "grupo de las pruebas habituales"),
    ("pt", "Em cinco anos, no grupo com TAC houve menos 40% de enfartes do que no outro "
           "grupo.", "grupo com TAC", "grupo só com os exames habituais"),
    ("de", "Innerhalb von fünf Jahren gab es in der CT-Gruppe 40 Prozent weniger "
           "Herzinfarkte als in der anderen Gruppe.", "CT-Gruppe",
     "Gruppe mit nur der Standarddiagnostik"),
]


@pytest.mark.parametrize("lang, text, own, other", SWAPS)
def test_a_relative_change_said_of_the_comparison_group(lang: str, text: str, own: str,
                                                        other: str) -> None:
    assert not alarms(CT, lang, text), said(alarms(CT, lang, text))
    swapped = text.replace(own, other)
    assert any(f.rule == "wrong-context" for f in alarms(CT, lang, swapped)), said(
        alarms(CT, lang, swapped))


@pytest.mark.parametrize("text", [
    "Compared with the usual tests alone, there were 40% fewer heart attacks within five "
    "years.",
    "Among people who also had the scan, heart attacks were 40% less common than among "
    "those who had only the usual tests.",
])
def test_a_comparison_with_its_base_named_is_no_swap(text: str) -> None:
    assert not alarms(CT, "en", text), said(alarms(CT, "en", text))
    assert any(f.rule in ("wrong-context", "unsupported-number")
               for f in alarms(CT, "en", text.replace("40%", "30%")))
