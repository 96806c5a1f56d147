"""causal-claim on the observational vitamin D sheet: a claim a text weighs (the statement a
short question of truth asks about) and a claim a fronted "that" clause denies are not the
text's own; the same claim said outright still is."""

from __future__ import annotations

import pytest

from tests import corruption as C

SHEET = "vitamin-d-colorectal-2018"

# (weighed or denied, said outright): the same causal phrase in both
CASES = {
    "en": [("Q: I read that vitamin D protects against bowel cancer. Is that true?\n"
            "A: Not exactly.", "Vitamin D protects against bowel cancer."),
           ("That vitamin D protects against bowel cancer is not shown by this study.",
            "This study shows vitamin D protects against bowel cancer.")],
    "it": [("D. Ho letto che la vitamina D previene il tumore del colon-retto. È vero?\n"
            "R. Non è dimostrato.", "La vitamina D previene il tumore del colon-retto.")],
    "fr": [("Vrai ou faux ? « La vitamine D protège du cancer colorectal »",
            "« La vitamine D protège du cancer colorectal »")],
    "de": [("Dass Vitamin D selbst vor Darmkrebs schützt, zeigt die Studie nicht.",
            "Die Studie zeigt, dass Vitamin D selbst vor Darmkrebs schützt.")],
    "es": [("He leído que la vitamina D previene el cáncer colorrectal. ¿Es cierto?",
            "La vitamina D previene el cáncer colorrectal.")],
}


def _causal(lang: str, text: str) -> list[str]:
    return [f.rule for f in C.alarms_in(SHEET, lang, text) if f.rule == "causal-claim"]


@pytest.mark.parametrize("lang,weighed,outright",
                         [(lang, w, o) for lang, pairs in CASES.items() for w, o in pairs])
def test_a_weighed_or_denied_claim_is_not_the_texts_own(lang, weighed, outright):
    assert _causal(lang, weighed) == []
    assert _causal(lang, outright) == ["causal-claim"]


def test_a_long_question_after_a_claim_does_not_weigh_it():
    text = ("Vitamin D protects against bowel cancer. Is that true for people who already "
            "take a supplement every day?")
    assert _causal("en", text) == ["causal-claim"]
