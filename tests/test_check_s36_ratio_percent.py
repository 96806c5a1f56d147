"""A relative change said as a ratio in per cent (rule ratio-as-percent): "a hazard ratio
of 31 %" where the sheet has a 31 % higher risk. A ratio is a number (1.31), never a
percentage; a reader takes the change for the ratio. The ratio's name comes from each
language's ratio words, so the rule holds for every kind of ratio and every language;
the change said as a change, or with its ratio as a number, passes."""

from __future__ import annotations

import pytest

from . import corruption as C

VITD = "vitamin-d-colorectal-2018"  # a relative change of 31 % higher, no ratio


def _as_percent(lang: str, text: str) -> list[str]:
    return [f.found for f in C.alarms_in(VITD, lang, text) if f.rule == "ratio-as-percent"]


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "People with low vitamin D had a hazard ratio of 31% for colorectal cancer.", "31%"),
    ("en", "Too little vitamin D went with an odds ratio of about 31 percent for bowel "
           "cancer.", "31 percent"),
    ("es", "Las personas con poca vitamina D tenían un cociente de riesgos del 31 % respecto "
           "a las que tenían suficiente.", "31 %"),
    ("de", "Wenig Vitamin D ging mit einem Risikoverhältnis von 31 Prozent für Darmkrebs "
           "einher.", "31 Prozent"),
    ("fr", "Un faible taux de vitamine D est associé à un rapport de cotes de 31 %.", "31 %"),
    ("fr", "Un faible taux de vitamine D est associé à un rapport de risque de trente et un "
           "pour cent.", "trente et un pour cent"),
    ("it", "La carenza di vitamina D era associata a un hazard ratio del 31% per il tumore.",
     "31%"),
    ("pt", "Pouca vitamina D esteve associada a uma razão de riscos de 31% para cancro "
           "colorretal.", "31%"),
])
def test_a_change_called_a_ratio_in_per_cent_is_an_error(lang, text, said):
    found = _as_percent(lang, text)
    assert len(found) == 1 and said in found[0]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "People with low vitamin D had a 31% higher risk of colorectal cancer."),
    ("en", "The risk ratio was not reported; the risk was 31% higher with low vitamin D."),
    ("pt", "Pouca vitamina D esteve associada a um risco 31% maior de cancro colorretal."),
    ("it", "La carenza di vitamina D era associata a un rischio relativo più alto del 31%."),
    ("de", "Bei wenig Vitamin D lag das Darmkrebsrisiko um 31 Prozent höher."),
])
def test_the_change_said_as_a_change_passes(lang, text):
    assert _as_percent(lang, text) == []
