"""Bare figures in a clause after a semicolon that repeats the clause before it with its
verb and unit left out ("86 percent at five years and 71 percent at ten; the progressive
group 71 and then 57") are shares like that clause's, not numbers the sheet never gives
(issue 14). The same sentence with one of them changed is still caught; a bare figure
with a noun after it still counts the noun. Sentences written here in wording of their
own.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import HSCT, alarms, caught_at, said


@pytest.mark.parametrize("lang, text", [
    ("en", "For relapsing-remitting MS, the share with no worsening was 86 percent at five "
     "years and 71 percent at ten; the progressive group 71 and then {n}."),
    ("es", "En la forma remitente-recurrente, el 86 % no empeoró a los cinco años y el 71 % "
     "a los diez; en la progresiva, 71 y luego {n}."),
    ("fr", "Dans la forme rémittente-récurrente, 86 % n'avaient pas empiré à cinq ans et "
     "71 % à dix ans ; dans la forme progressive, 71 et {n}."),
    ("de", "Bei der schubförmig remittierenden Form waren nach fünf Jahren 86 % und nach "
     "zehn Jahren 71 % nicht schlechter; bei der progredienten Form 71 und dann {n}."),
    ("it", "Nella forma recidivante-remittente l'86 % non era peggiorato a cinque anni e il "
     "71 % a dieci; nella forma progressiva 71 e poi {n}."),
    ("pt", "Na forma surto-remissão, 86 % não pioraram aos cinco anos e 71 % aos dez; na "
     "forma progressiva, 71 e depois {n}."),
])
def test_shares_with_their_unit_left_out_after_a_semicolon(lang: str, text: str) -> None:
    faithful = text.format(n=57)
    assert not alarms(HSCT, lang, faithful), said(alarms(HSCT, lang, faithful))
    wrong = text.format(n=75)
    assert caught_at(HSCT, lang, wrong, "unsupported-number", "75"), said(
        alarms(HSCT, lang, wrong))


def test_a_bare_figure_with_a_noun_after_it_counts_the_noun() -> None:
    text = ("For relapsing-remitting MS, the share with no worsening was 86 percent at five "
            "years and 71 percent at ten; the progressive group had 71 patients.")
    assert caught_at(HSCT, "en", text, "unsupported-number", "71 patients"), said(
        alarms(HSCT, "en", text))
