"""The facts judge asks :mod:`plainsum_checks.logistics` about lone times of day and dates
(C1's request to S1): a time outside a sentence that says embargo, and a date in another
year than the publication's in a sentence that names neither publication nor study, are
the text's own. Paired: the embargo's time and the publication date, said wrong, are
still caught at the change."""

from __future__ import annotations

import pytest

from tests import corruption as C

SHEET = "chlorhexidine-csection-2016"  # published 4 February 2016
HSCT = "hsct-ms-2021"  # published 20 January 2021, embargo 16:00


def _alarms_at(sheet: str, lang: str, text: str, said: str) -> list:
    at = text.index(said)
    return [f for f in C.alarms_in(sheet, lang, text)
            if f.span and f.span[0] <= at < f.span[1]]


OWN = [
    ("en", "We talk it over at 19:40 tonight. Within 30 days, 4.0% of women given "
           "chlorhexidine had a wound infection.", "19:40"),
    ("it", "Ci vediamo alle 19:40 in reparto. Entro 30 giorni il 4,0 % delle donne con "
           "clorexidina ha avuto un'infezione della ferita.", "19:40"),
    ("en", "Anna wrote to me on 3 May 2024 about it. Within 30 days, 4.0% of women given "
           "chlorhexidine had a wound infection.", "3 May 2024"),
    ("fr", "Anna m'en a parlé le 3 mai 2024. En 30 jours, 4,0 % des femmes sous "
           "chlorhexidine ont eu une infection de la plaie.", "3 mai 2024"),
    ("es", "Ana me lo contó el 3 de mayo de 2024. En 30 días, el 4,0 % de las mujeres con "
           "clorhexidina tuvo una infección de la herida.", "3 de mayo de 2024"),
]


@pytest.mark.parametrize(("lang", "text", "said"), OWN,
                         ids=[f"{c[0]}-{n}" for n, c in enumerate(OWN)])
def test_a_texts_own_time_or_date_is_not_judged(lang, text, said):
    assert _alarms_at(SHEET, lang, text, said) == []


STUDYS = [
    ("en", "HSCT", "Embargoed until 17:00 (UTC-05:00) on January 20, 2021.", "17:00"),
    ("en", "SHEET", "The trial was published in the NEJM on 4 May 2016.", "4 May 2016"),
    ("fr", "SHEET", "L'étude a été publiée dans le NEJM le 4 mai 2016.", "4 mai 2016"),
]


@pytest.mark.parametrize(("lang", "which", "text", "said"), STUDYS,
                         ids=[f"{c[0]}-{n}" for n, c in enumerate(STUDYS)])
def test_the_studys_time_or_date_said_wrong_is_still_caught(lang, which, text, said):
    sheet = HSCT if which == "HSCT" else SHEET
    assert _alarms_at(sheet, lang, text, said), C.said(C.alarms_in(sheet, lang, text))
