"""A date on a text's opening line, in a short field of a masthead, a title line or a
dateline ("RIVERTOWN, 3 February 2021 – …", "My notebook | 2 February 2021", "Issue 12,
February 2021"), dates the text itself, not the study (issue 14). The same date in the
study's words on that line ("Study published 3 February 2021 …") or in the body stays
judged. Texts written here in wording of their own, six languages.
"""

from __future__ import annotations

import pytest

from tests.test_check_false_alarms_s33_logistics import BODY
from tests.test_check_real_errors import HSCT, alarms, caught_at, said


@pytest.mark.parametrize("lang, head", [
    ("en", "RIVERTOWN, Feb. 3 (Health Desk) - "),
    ("en", "My notebook | 2 February 2021\n\n"),
    ("de", "Gemeindeblatt · Februar 2021 · Ihre Praxis informiert\n\n"),
    ("de", "HAMBURG, 3. Februar 2021 (gp) – "),
    ("fr", "Mon carnet – 2 février 2021\n\n"),
    ("es", "SEVILLA, 3 de febrero de 2021 – "),
    ("it", "«Salute in radio», puntata 9 – trascrizione (2 febbraio 2021)\n\n"),
    ("pt", "Revista «Saúde Hoje» – n.º 12, fevereiro de 2021\n\n"),
    ("pt", "Transcrição – Aula de Neurologia, 3.º ano, 02/02/2021\n\n"),
])
def test_a_masthead_dates_the_text(lang: str, head: str) -> None:
    text = head + BODY[lang]
    assert not alarms(HSCT, lang, text), said(alarms(HSCT, lang, text))


@pytest.mark.parametrize("lang, text, words", [
    ("en", "Study published 3 February 2021 in Neurology: 210 people with MS were followed "
     "after a stem cell transplant.", "3 February 2021"),
    ("en", "My notebook | 2 February 2021\n\nThe study was published on 3 February 2021 in "
     "Neurology.", "3 February 2021"),
    ("de", "Gemeindeblatt · Februar 2021\n\nDie Studie erschien am 3. Februar 2021 in "
     "Neurology.", "3. Februar 2021"),
    ("fr", "Étude publiée le 3 février 2021 dans Neurology : 210 personnes suivies.",
     "3 février 2021"),
    ("es", "Mi diario | 2 de febrero de 2021\n\nEl estudio se publicó el 3 de febrero de "
     "2021 en Neurology.", "3 de febrero de 2021"),
    ("it", "Studio pubblicato il 3 febbraio 2021 su Neurology: 210 persone seguite.",
     "3 febbraio 2021"),
    ("pt", "O meu cantinho – 2 de fevereiro de 2021\n\nO estudo foi publicado a 3 de "
     "fevereiro de 2021 na Neurology.", "3 de fevereiro de 2021"),
])
def test_the_studys_date_stays_judged(lang: str, text: str, words: str) -> None:
    assert caught_at(HSCT, lang, text, "unsupported-number", words), said(
        alarms(HSCT, lang, text))
