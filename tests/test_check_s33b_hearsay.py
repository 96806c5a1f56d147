"""A reader's question about what they heard or read (issue 14): a causal phrase led by a
verb of hearsay ("my sister says", "li que", "j'ai lu que", "he leído que", "ho letto
che", "ich habe gelesen, dass") and followed right away by the reader's question is the
claim the text then answers, not the text's own claim. The same words said by the text,
or by experts the text cites, before a question are still caught. Texts written here in
wording of their own.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import VITD, alarms, caught_at, said


@pytest.mark.parametrize("lang, text", [
    ("en", "My neighbour says I should take vitamin D because a study showed it lowers the "
     "risk of bowel cancer. Should I?"),
    ("pt", "Li que a falta de vitamina D aumenta o risco de cancro do intestino. Devo "
     "começar a tomar um suplemento?"),
    ("fr", "J'ai lu que la vitamine D réduit le risque de cancer colorectal. Dois-je en "
     "prendre ?"),
    ("es", "He leído que la vitamina D reduce el riesgo de cáncer colorrectal. ¿Debo "
     "tomarla?"),
    ("it", "Ho letto che la vitamina D riduce il rischio di cancro del colon-retto. Devo "
     "prenderla?"),
    ("de", "Ich habe gelesen, dass Vitamin D das Darmkrebsrisiko senkt. Soll ich es "
     "nehmen?"),
])
def test_what_the_reader_heard_and_asks_about(lang: str, text: str) -> None:
    assert not [f for f in alarms(VITD, lang, text) if f.rule == "causal-claim"], said(
        alarms(VITD, lang, text))


@pytest.mark.parametrize("lang, text, words", [
    ("en", "Vitamin D lowers the risk of bowel cancer. Should I take it?", "lowers the risk"),
    ("en", "Experts say vitamin D lowers the risk of bowel cancer. Should you take it?",
     "lowers the risk"),
    ("pt", "A vitamina D reduz o risco de cancro do intestino. Devo começar a tomar?",
     "reduz o risco"),
    ("es", "Los expertos dicen que la vitamina D reduce el riesgo de cáncer colorrectal. "
     "¿Hay que tomarla?", "reduce el riesgo"),
    ("it", "La vitamina D riduce il rischio di cancro del colon-retto. Devo prenderla?",
     "riduce il rischio"),
])
def test_the_texts_own_claim_before_a_question_is_still_caught(lang: str, text: str,
                                                               words: str) -> None:
    assert caught_at(VITD, lang, text, "causal-claim", words), said(alarms(VITD, lang, text))
