"""A share restated in another form as an aside ("71%, roughly seven in ten, had not got
worse ten years after") is one figure said twice: the words after the aside are the
first form's too (issue 14, item 1). Each faithful sentence is paired with the same
sentence at a time point the sheet never gives, caught on the figure and the time, in the
six languages. Sentences
written here in wording of their own.
"""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in as alarms
from tests.corruption import said
from tests.test_check_real_errors import HSCT


@pytest.mark.parametrize("lang, text, ten, seven", [
    ("en", "Of the 122 people with relapsing-remitting MS, 86% had not got worse five years "
     "after the transplant, and 71%, roughly seven in ten, had not got worse {t} years "
     "after it.", "ten", "seven"),
    ("es", "De las 122 personas con EM remitente-recurrente, el 86 % no había empeorado a los "
     "cinco años, y el 71 %, unas siete de cada diez, no había empeorado a los {t} años.",
     "diez", "siete"),
    ("fr", "Sur les 122 personnes atteintes de SEP rémittente-récurrente, 86 % ne s'étaient "
     "pas aggravées au bout de cinq ans, et 71 %, soit environ sept sur dix, ne s'étaient "
     "pas aggravées au bout de {t} ans.", "dix", "sept"),
    ("de", "Von den 122 Menschen mit schubförmiger MS waren 86 % nach fünf Jahren nicht "
     "schlechter, und 71 % – etwa sieben von zehn – waren nach {t} Jahren nicht schlechter.",
     "zehn", "sieben"),
    ("it", "Delle 122 persone con SM recidivante-remittente, l'86% non era peggiorato dopo "
     "cinque anni, e il 71% (circa sette su dieci) non era peggiorato dopo {t} anni.",
     "dieci", "sette"),
    ("pt", "Das 122 pessoas com EM surto-remissão, 86 % não tinham piorado ao fim de cinco "
     "anos, e 71 %, cerca de sete em cada dez, não tinham piorado ao fim de {t} anos.",
     "dez", "sete"),
])
def test_a_share_restated_as_an_aside_keeps_the_words_after_it(
        lang: str, text: str, ten: str, seven: str) -> None:
    faithful = text.format(t=ten)
    assert not alarms(HSCT, lang, faithful), said(alarms(HSCT, lang, faithful))
    wrong = text.format(t=seven)  # a time point the sheet never gives
    a = wrong.index("71")
    b = wrong.rindex(seven)  # the time said wrong is in the finding's span too
    assert any(f.rule == "wrong-context" and f.span and f.span[0] <= a < f.span[1]
               and f.span[0] <= b < f.span[1]
               for f in alarms(HSCT, lang, wrong)), said(alarms(HSCT, lang, wrong))
