"""A share said of everyone in the study ("Across everyone it was 80% and 66%", "Über alle
hinweg waren es …", "Tous patients confondus, …") is the whole cohort's, whatever group the
sentence before named (issue 14). A group's share said of everyone is still caught.
Sentences written here in wording of their own.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import HSCT, alarms, caught_at, said


@pytest.mark.parametrize("lang, text, whole, wrong", [
    ("en", "In the relapsing-remitting form 86% were no worse at five years and 71% at ten. "
     "Across everyone it was 80% and 66%.", "80%", "86%"),
    ("en", "In the relapsing-remitting form 86% were no worse at five years and 71% at ten. "
     "Among all the patients, 80% and 66%.", "80%", "86%"),
    ("de", "Bei der schubförmigen Form waren nach fünf Jahren 86 % nicht schlechter, nach "
     "zehn Jahren 71 %. Über alle hinweg waren es 80 % und 66 %.", "80 %", "86 %"),
    ("es", "En la forma remitente, el 86 % no había empeorado a los cinco años y el 71 % a "
     "los diez. En todos los pacientes, el 80 % y el 66 %.", "80 %", "86 %"),
    # the study's whole group
    ("en", "In the relapsing-remitting form 86% were no worse at five years and 71% at ten. "
     "Across the whole group the figures were 80% at five years and 66% at ten.", "80%",
     "86%"),
    ("de", "Bei der schubförmigen Form waren nach fünf Jahren 86 % nicht schlechter, nach "
     "zehn Jahren 71 %. In der gesamten Gruppe waren es 80 % und 66 %.", "80 %", "86 %"),
    ("it", "Nella forma recidivante-remittente l'86% non era peggiorato a cinque anni e il "
     "71% a dieci. Nell'intero gruppo, l'80% e il 66%.", "80%", "86%"),
    ("pt", "Na forma surto-remissão, 86% não tinham piorado aos cinco anos e 71% aos dez. Em "
     "todo o grupo, 80% e 66%.", "80%", "86%"),
])
def test_a_share_of_everyone(lang: str, text: str, whole: str, wrong: str) -> None:
    assert not alarms(HSCT, lang, text), said(alarms(HSCT, lang, text))
    head, tail = text.rsplit(whole, 1)
    bad = head + wrong + tail
    assert caught_at(HSCT, lang, bad, "wrong-context", wrong + tail[:4]), said(
        alarms(HSCT, lang, bad))


def test_a_share_of_everyone_in_french() -> None:
    text = ("Pour la forme rémittente, 86 % n'avaient pas empiré à cinq ans et 71 % à dix "
            "ans. Tous patients confondus, c'était 80 % et 66 %.")
    assert not alarms(HSCT, "fr", text), said(alarms(HSCT, "fr", text))
