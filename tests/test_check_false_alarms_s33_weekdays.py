"""A day of the month named with its weekday and nothing after it in its clause is a
calendar day of the text's own (the next meeting of a group, an appointment), no figure of
the study: "Próxima sesión: jueves 28.", "Next meeting: Thursday 28th." (issue 14). A number
after a weekday that goes on ("On Thursday 28 patients …") is still read as a figure.
Texts written here in wording of their own.
"""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in as alarms
from tests.corruption import said

HSCT = "hsct-ms-2021"


@pytest.mark.parametrize("lang, text", [
    ("es", "Hablamos del estudio sobre el trasplante de células madre en la esclerosis "
           "múltiple.\n\nPróxima sesión: jueves 28."),
    ("en", "We talked about the stem cell transplant study in multiple sclerosis.\n\n"
           "Next meeting: Thursday 28th."),
    ("de", "Wir haben über die Studie zur Stammzelltransplantation bei Multipler Sklerose "
           "gesprochen.\n\nNächstes Treffen: Donnerstag, 28."),
    ("fr", "Nous avons parlé de l'étude sur la greffe de cellules souches dans la sclérose "
           "en plaques.\n\nProchaine séance : jeudi 28."),
    ("it", "Abbiamo parlato dello studio sul trapianto di cellule staminali nella sclerosi "
           "multipla.\n\nProssimo incontro: giovedì 28."),
    ("pt", "Falámos do estudo sobre o transplante de células estaminais na esclerose "
           "múltipla.\n\nPróxima sessão: quinta-feira, 28."),
])
def test_a_weekday_s_day_of_the_month(lang: str, text: str) -> None:
    assert not alarms(HSCT, lang, text), said(alarms(HSCT, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("en", "On Thursday 28 patients had the transplant."),
    ("es", "El jueves 28 pacientes recibieron el trasplante."),
])
def test_a_figure_after_a_weekday_is_still_read(lang: str, text: str) -> None:
    found = alarms(HSCT, lang, text)
    assert any(f.rule == "unsupported-number" for f in found), said(found)
