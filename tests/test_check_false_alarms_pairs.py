"""False alarms of the context rules on two shares each followed by its time, then a
pair of shares of another group ("86 % at five years and 71 % at ten, against 71 % and
57 % in progressive MS", issue 11): the time right after the first share is that share's
own, and the second share takes the time after it. Each faithful sentence is paired with
the same sentence with the two shares swapped, still caught.
Sentences written here in wording of their own.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import HSCT, alarms, caught_at, said


@pytest.mark.parametrize("lang, sentence", [
    ("en", "In relapsing-remitting MS, {x} were no worse at five years and {y} at ten years, "
     "against 71 % and 57 % in progressive MS."),
    ("fr", "Chez les patients atteints de SEP rémittente-récurrente, ces proportions "
     "atteignaient {x} à cinq ans et {y} à dix ans, contre 71 % et 57 % dans les formes "
     "progressives."),
    ("es", "En la EM remitente-recurrente, estas cifras llegaban al {x} a los cinco años y al "
     "{y} a los diez años, frente al 71 % y al 57 % en las formas progresivas."),
    ("de", "Bei schubförmiger MS lagen diese Anteile bei {x} nach fünf Jahren und bei {y} "
     "nach zehn Jahren, gegenüber 71 % und 57 % bei progredienter MS."),
    ("it", "Nella SM recidivante-remittente queste quote erano {x} a cinque anni e {y} a "
     "dieci anni, contro il 71 % e il 57 % nelle forme progressive."),
    ("pt", "Na EM surto-remissão, estas proporções chegavam a {x} aos cinco anos e a {y} aos "
     "dez anos, contra 71 % e 57 % nas formas progressivas."),
])
def test_a_share_takes_the_time_right_after_it(lang, sentence):
    faithful = sentence.format(x="86 %", y="71 %")
    assert not alarms(HSCT, lang, faithful), said(alarms(HSCT, lang, faithful))
    wrong = sentence.format(x="71 %", y="86 %")  # the two times swapped
    assert caught_at(HSCT, lang, wrong, "wrong-context", "86 %"), said(alarms(HSCT, lang, wrong))
