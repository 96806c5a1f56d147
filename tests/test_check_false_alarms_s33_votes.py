"""A body's vote recorded as a sentence of its own ("Approved unanimously.", "Aprovado por
unanimidade.", "Aprobado por mayoría.") closes a meeting's item and claims no approval of
the treatment (issue 14). A sentence that names the treatment as approved, by a vote or
not, is still caught. Texts written here in wording of their own.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import CT, alarms, caught_at, said


@pytest.mark.parametrize("lang, text", [
    ("en", "The committee decided to run no screening programme. Approved unanimously."),
    ("en", "The council will not fund heart scans for everyone. Approved by a majority."),
    ("pt", "A comissão decidiu não criar qualquer programa de rastreio. Aprovado por "
     "unanimidade."),
    ("it", "La commissione decide di non avviare un programma di screening. Approvato "
     "all'unanimità."),
    ("es", "La comisión decide no crear un programa de cribado. Aprobado por mayoría."),
])
def test_a_vote_of_the_meeting(lang: str, text: str) -> None:
    assert not alarms(CT, lang, text), said(alarms(CT, lang, text))


@pytest.mark.parametrize("lang, text, words", [
    ("en", "The heart scan was unanimously approved by the regulator's panel.", "approved"),
    ("pt", "A angio-TC coronária foi aprovada por unanimidade pela agência do medicamento.",
     "aprovada"),
    ("it", "La TC del cuore è stata approvata all'unanimità dall'agenzia.", "approvata"),
    ("es", "El escáner cardíaco fue aprobado por mayoría por la agencia reguladora.",
     "aprobado"),
])
def test_the_treatment_approved_by_a_vote_is_still_a_claim(lang: str, text: str, words: str
                                                         ) -> None:
    assert caught_at(CT, lang, text, "safety-invented", words), said(alarms(CT, lang, text))
