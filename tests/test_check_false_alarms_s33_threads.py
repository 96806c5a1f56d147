"""A thread's post numbers written into prose ("1/ Les résultats … 2/ Le principe …"), a
run 1, 2, 3 … in order, number the text, not the study (issue 14). A lone "2/" outside
such a run is read as ever. Texts written here in wording of their own.
"""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in as alarms
from tests.corruption import said

CT = "ct-heart-scan-2018"


@pytest.mark.parametrize("lang, text", [
    ("fr", "1/ Les résultats de SCOT-HEART sont parus. 2/ Plus de 4 000 patients adressés "
           "pour une douleur thoracique. 3/ Environ un quart des diagnostics ont changé. 4/ Fin."),
    ("en", "1/ The SCOT-HEART results are out. 2/ More than 4,000 people with chest pain "
           "took part. 3/ About a quarter had their diagnosis changed."),
    ("es", "1/ Ya están los resultados de SCOT-HEART.\n2/ Participaron más de 4000 personas "
           "con dolor torácico.\n3/ A alrededor de una cuarta parte les cambió el diagnóstico."),
])
def test_a_thread_s_post_numbers(lang: str, text: str) -> None:
    assert not alarms(CT, lang, text), said(alarms(CT, lang, text))


def test_a_lone_number_with_a_slash_is_still_read() -> None:
    found = alarms(CT, "en", "The SCOT-HEART results are out: 7/ of them had a scan.")
    assert any(f.rule == "unsupported-number" for f in found), said(found)
