"""A difference inside a question the text says is open ("too small to tell whether bleeding
led more often to visits in one group", "zu klein, um zu sagen, ob … öfter", "pequeno demais
para saber se … mais vezes") is asked, not claimed: no invented difference. The same words
said as the text's own, or after a "but" that ends the question, are still caught."""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import RIVA, check_pair


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("de", "Die Studie war zu klein, um zu sagen, ob Blutungen in einer Gruppe öfter zu Arzt- "
     "oder Klinikbesuchen geführt haben.",
     "Die Studie war klein, aber Blutungen führten in der Rivaroxaban-Gruppe öfter zu Arzt- "
     "oder Klinikbesuchen.", "öfter"),
    ("pt", "O ensaio era pequeno demais para saber se as hemorragias levaram mais vezes a "
     "consultas num dos grupos.",
     "O ensaio era pequeno, mas as hemorragias levaram mais vezes a consultas no grupo do "
     "rivaroxabano.", "mais vezes"),
    ("fr", "L'essai était trop petit pour savoir si les saignements ont conduit plus souvent à "
     "des consultations dans un des groupes.",
     "L'essai était petit, mais les saignements ont conduit plus souvent à des consultations "
     "dans le groupe rivaroxaban.", "plus souvent"),
])
def test_a_difference_asked_is_not_claimed(lang, faithful, wrong, words):
    check_pair(RIVA, lang, faithful, wrong, "invented-difference", words)
