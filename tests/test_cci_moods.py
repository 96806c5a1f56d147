"""The CCI's uncertainty item reads a cause denied in any mood, as a native writer puts
it: the subjunctive after "whether" ("se il trapianto abbia causato", "si el trasplante
haya causado", "qu'elle ait entraîné"), the infinitive of a cleft ("se sia stato il
trapianto a causare") and a result said to be due to it ("se il risultato sia dovuto al
trapianto", "si se debe al trasplante", "soit dû à"). Each is paired with the same words
with no negation, which state a cause and say no caveat."""

from __future__ import annotations

import pytest

from .conftest import SEED_FACTS
from .test_cci import context, passed, sheet, summary, without_meaning

# (language, the caveat, the same words claiming the cause)
SAID = [
    ("it", "Per questo non si può sapere se il trapianto abbia causato il risultato.",
     "Per questo si può dire che il trapianto abbia causato il risultato."),
    ("it", "Non si sa se sia stato il trapianto a causare il miglioramento.",
     "È stato il trapianto a causare il miglioramento."),
    ("it", "Per questo non si può sapere se il risultato sia dovuto al trapianto.",
     "Per questo il risultato è dovuto al trapianto."),
    ("es", "No se puede saber si el trasplante haya causado esta mejoría.",
     "Se puede decir que el trasplante ha causado esta mejoría."),
    ("es", "Por eso no sabemos si el resultado se debe al trasplante.",
     "Por eso sabemos que el resultado se debe al trasplante."),
    ("fr", "On ne sait pas si c'est la greffe qui a entraîné ce résultat.",
     "On sait que c'est la greffe qui a entraîné ce résultat."),
    ("fr", "Rien ne permet de dire que ce résultat soit dû à la greffe.",
     "Ce résultat est dû à la greffe."),
    ("pt", "Não se pode saber se o transplante tenha causado o resultado.",
     "Pode-se dizer que o transplante tenha causado o resultado."),
    ("en", "We do not know whether the result is due to the transplant.",
     "We know the result is due to the transplant."),
]


@pytest.mark.parametrize(("code", "caveat", "claim"), SAID)
def test_a_cause_denied_in_any_mood_is_the_caveat(code, caveat, claim):
    facts = sheet(SEED_FACTS)
    ctx = context(facts, code)
    text = without_meaning(summary(facts, code), ctx)
    assert passed(text, ctx, "uncertainty") is False
    assert passed(f"{text.rstrip()}\n\n{caveat}\n", ctx, "uncertainty") is True
    assert passed(f"{text.rstrip()}\n\n{claim}\n", ctx, "uncertainty") is False
