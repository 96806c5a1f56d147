"""A figure of one level of an exposure said of people with another level
(plugins/plainsum_checks/level_groups.py): the vitamin D sheet gives 31 % more risk for
too little vitamin D against enough, and 22 % less for more than enough."""

from __future__ import annotations

import pytest

from tests import corruption as C

SHEET = "vitamin-d-colorectal-2018"


def _swapped(lang: str, text: str) -> list[str]:
    return [f.found for f in C.alarms_in(SHEET, lang, text) if f.rule == "wrong-context"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "People with plenty of vitamin D in their blood had a 31% higher risk of bowel "
           "cancer."),
    ("es", "Quienes tenían mucha vitamina D tuvieron un riesgo un 31 % mayor."),
    ("fr", "Les personnes ayant beaucoup de vitamine D avaient un risque 31 % plus élevé."),
    ("de", "Teilnehmer mit einem Überschuss an Vitamin D hatten ein um 31 % höheres Risiko."),
    ("it", "Chi aveva molta vitamina D ha avuto un rischio più alto del 31%."),
    ("pt", "Pessoas com muita vitamina D no sangue tiveram um risco 31 % maior."),
    ("es", "Las personas con poca vitamina D tuvieron un riesgo un 22 % menor."),
])
def test_a_level_figure_said_of_another_level_is_caught(lang: str, text: str) -> None:
    assert _swapped(lang, text), C.said(C.alarms_in(SHEET, lang, text))


@pytest.mark.parametrize(("lang", "text"), [
    # the figure's own level, or the level it is compared with as the base
    ("en", "People with too little vitamin D had a 31% higher risk than those with enough "
           "vitamin D; those with more vitamin D than bones need had a 22% lower risk."),
    ("es", "Con poca vitamina D, el riesgo fue un 31 % más alto que con vitamina D "
           "suficiente."),
    ("fr", "Les personnes carencées en vitamine D avaient 31 % de risque en plus."),
    ("de", "Wer zu wenig Vitamin D hatte, hatte ein um 31 % höheres Risiko; wer mehr Vitamin "
           "D hatte, ein um 22 % niedrigeres."),
    ("it", "Poca vitamina D = rischio più alto del 31%; più vitamina D del necessario = "
           "rischio più basso del 22%."),
    # each level word said of the figure that follows it in its clause
    ("de", "Wenig Vitamin D im Blut treibt das Risiko um 31 % in die Höhe, viel Vitamin D "
           "mit einem um 22 % geringeren."),
    ("de", "Wenig Vitamin D hängt mit einem um 31 % erhöhten Risiko zusammen, viel Vitamin D "
           "mit einem um 22 Prozentpunkte geringeren."),
    ("en", "Risk was 31% higher with too little vitamin D, and 22% lower with more vitamin D "
           "than bones need."),
    ("pt", "Pessoas com pouca vitamina D tiveram um risco 31 % maior, o mais comum dos "
           "resultados; 9 em cada 10 tinham vitamina D suficiente."),
])
def test_a_level_figure_said_of_its_own_levels_is_no_alarm(lang: str, text: str) -> None:
    assert not _swapped(lang, text), C.said(C.alarms_in(SHEET, lang, text))
