"""A claim a text cites as what goes round ("the slogan going round", "Sui social gira la
frase «…»", "macht die Runde") is the claim weighed, not the text's own: its causal verb
is no causal-claim of the text; the same words said by the text itself still are."""

from __future__ import annotations

import pytest

from tests import corruption as C

SHEET = "vitamin-d-colorectal-2018"  # observational: a causal verb of the text's own is an error

# (the claim cited as what circulates, the same claim said by the text)
CASES = [
    ("en", 'The slogan doing the rounds online, "vitamin D prevents bowel cancer", goes '
           "further than the study.", '"Vitamin D prevents bowel cancer", the study found.'),
    ("en", 'A viral post says "vitamin D prevents bowel cancer". Here is what was found.',
     "Vitamin D prevents bowel cancer. Here is what was found."),
    ("it", 'Sui social gira di nuovo la frase "la vitamina D previene il cancro '
           'all\'intestino". Vediamo che cosa dice lo studio.',
     "La vitamina D previene il cancro all'intestino. Vediamo che cosa dice lo studio."),
    ("de", "Im Netz macht gerade der Satz „Vitamin D verhindert Darmkrebs“ die Runde.",
     "Die Studie zeigt: Vitamin D verhindert Darmkrebs."),
    ("fr", "Sur les réseaux, une phrase fait le tour : « la vitamine D prévient le cancer "
           "colorectal ».", "La vitamine D prévient le cancer colorectal."),
    ("es", "En redes da vueltas la frase «la vitamina D previene el cáncer colorrectal».",
     "La vitamina D previene el cáncer colorrectal."),
    ("pt", "Corre nas redes a frase «a vitamina D previne o cancro colorretal».",
     "A vitamina D previne o cancro colorretal."),
]


def _causal(lang: str, text: str) -> list[str]:
    return [f.rule for f in C.alarms_in(SHEET, lang, text) if f.rule == "causal-claim"]


@pytest.mark.parametrize("lang,cited,said", CASES)
def test_a_claim_cited_as_what_goes_round_is_not_the_texts_own(lang, cited, said):
    assert _causal(lang, cited) == []
    assert _causal(lang, said) == ["causal-claim"]
