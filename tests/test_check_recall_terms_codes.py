"""The code of a lettered term changed (``term-swapped``): "vitamin B12" where the sheet
speaks of vitamin D. Each faithful sentence raises nothing; the same sentence with
another code is caught there; the sheet's own code in another form, or the other named
beside the sheet's own, is left alone.

Sentences written here, in the six languages, against the vitamin D example sheet.
"""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in as alarms
from tests.corruption import said
from tests.test_check_real_errors import VITD, check_pair


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("en", "The study measured vitamin D in the blood of each person.",
     "The study measured vitamin B12 in the blood of each person.", "vitamin B12"),
    ("es", "El estudio midió la vitamina D en la sangre de cada persona.",
     "El estudio midió la vitamina K en la sangre de cada persona.", "vitamina K"),
    ("fr", "L'étude a mesuré la vitamine D dans le sang de chaque personne.",
     "L'étude a mesuré la vitamine C dans le sang de chaque personne.", "vitamine C"),
    ("de", "Die Studie hat das Vitamin D im Blut jeder Person gemessen.",
     "Die Studie hat das Vitamin B12 im Blut jeder Person gemessen.", "Vitamin B12"),
    ("it", "Lo studio ha misurato la vitamina D nel sangue di ogni persona.",
     "Lo studio ha misurato la vitamina B6 nel sangue di ogni persona.", "vitamina B6"),
    ("pt", "O estudo mediu a vitamina D no sangue de cada pessoa.",
     "O estudo mediu a vitamina E no sangue de cada pessoa.", "vitamina E"),
])
def test_another_vitamin(lang, faithful, wrong, words):
    check_pair(VITD, lang, faithful, wrong, "term-swapped", words)


@pytest.mark.parametrize("lang, text", [
    ("en", "Vitamin D is made in the skin. The study measured vitamin D3 in the blood."),
    ("en", "The study measured vitamin D, not vitamin B12, in the blood."),
    ("es", "La vitamina D se forma en la piel. El estudio no midió la vitamina B12."),
    ("de", "Vitamin-D-Spiegel im Blut wurden gemessen."),
])
def test_the_sheets_own_code_or_another_set_apart(lang, text):
    found = [f for f in alarms(VITD, lang, text) if f.rule == "term-swapped"]
    assert not found, said(found)
