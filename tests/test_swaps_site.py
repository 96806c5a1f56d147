"""term-swapped: another body site's disease of the condition's class, in a sentence
about the study, even where the text names the sheet's condition elsewhere
(plugins/plainsum_checks/swaps.py)."""

from __future__ import annotations

import pytest

from tests import corruption as C

VITD = "vitamin-d-colorectal-2018"  # about colorectal cancer
RIVA = "rivaroxaban-pe-2018"  # about a pulmonary embolism: no cancer at all


def _swapped(sheet: str, lang: str, text: str) -> list[str]:
    return [f.found for f in C.alarms_in(sheet, lang, text) if f.rule == "term-swapped"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Vitamin D and colorectal cancer: over 5,700 people who developed cervical cancer "
           "were compared with over 7,100 who did not."),
    ("pt", "Quem tinha falta de vitamina D tinha um risco 31 % maior de vir a ter cancro do "
           "pâncreas."),
    ("it", "Chi aveva poca vitamina D aveva un rischio del 31 % più alto di tumore della "
           "prostata."),
    ("de", "Bei Vitamin-D-Mangel lag das Risiko für Magenkrebs um 31 % höher."),
])
def test_another_site_of_the_conditions_class(lang: str, text: str) -> None:
    assert _swapped(VITD, lang, text), C.said(C.alarms_in(VITD, lang, text))


@pytest.mark.parametrize(("sheet", "lang", "text"), [
    # the sheet's own condition, in its own words
    (VITD, "en", "Over 5,700 people who developed bowel cancer were compared."),
    # a sheet whose condition is no cancer: a site and a cancer word are context
    (RIVA, "en", "Of the 114 patients, 3 had lung cancer."),
    # said of something else, set apart by a negation
    (VITD, "en", "The colorectal cancer study had 5,700 cases; it did not look at breast "
                 "cancer."),
])
def test_no_swap_for_the_sheets_own_or_unrelated_words(sheet: str, lang: str,
                                                       text: str) -> None:
    assert not _swapped(sheet, lang, text), C.said(C.alarms_in(sheet, lang, text))
