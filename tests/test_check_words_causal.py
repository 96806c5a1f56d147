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


HSCT = "hsct-ms-2021"
# a cause said after a clause that only states an absence, put down to the exposure
# ("because of", "devem-se ... ao"), called by a treatment's noun, said as the exposure
# working, or as what a study proves: (sheet, lang, claim, careful wording of the same)
CLAIMS = [
    (HSCT, "en", "There was no comparison group, which shows that the transplant itself "
     "caused these results.", "There was no comparison group, so it cannot show that the "
     "transplant itself caused these results."),
    (HSCT, "pt", "MAS: sem grupo de comparação, fica provado que o resultado se deve ao "
     "transplante.", "MAS: sem grupo de comparação, não se sabe se o resultado se deve ao "
     "transplante."),
    (HSCT, "pt", "Os resultados devem-se, por isso, ao transplante em si.",
     "Os resultados não podem, por isso, ser atribuídos ao transplante em si."),
    (HSCT, "fr", "Les résultats sont donc bien dus à la greffe elle-même.",
     "Les résultats ne peuvent donc pas être attribués à la greffe elle-même."),
    (HSCT, "en", "Because of the transplant, 80% had no worsening of disability.",
     "Five years after the transplant, 80% had no worsening of disability."),
    (HSCT, "de", "Keine Vergleichsgruppe. Die Behandlung war eindeutig die Ursache.",
     "Keine Vergleichsgruppe. Ob die Behandlung die Ursache war, bleibt offen."),
    (HSCT, "de", "Damit ist belegt, dass die Transplantation wirkt.",
     "Damit ist nicht belegt, dass die Transplantation wirkt."),
    (HSCT, "en", "So it's clear the transplant caused this.",
     "So we can't say the transplant caused this."),
    (SHEET, "de", "Eine solche Studie zeigt die Ursache.",
     "Eine solche Studie zeigt keine Ursache."),
    (SHEET, "it", "Uno studio di questo tipo mostra le cause.",
     "Uno studio di questo tipo non mostra le cause."),
    (SHEET, "it", "Attenzione: la vitamina D riduce direttamente il rischio.",
     "Attenzione: si tratta di un'associazione."),
    (SHEET, "fr", "La relation de cause est démontrée.",
     "L'association est observée, non une relation de cause."),
]


@pytest.mark.parametrize("sheet,lang,claim,careful", CLAIMS)
def test_a_cause_in_more_constructions(sheet, lang, claim, careful):
    def causal(text: str) -> list[str]:
        return [f.rule for f in C.alarms_in(sheet, lang, text) if f.rule == "causal-claim"]

    assert causal(claim) == ["causal-claim"]
    assert causal(careful) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "This is how the transplant works: the immune system is wiped out and rebuilt."),
    ("en", "People who were admitted because of bleeding were counted."),
])
def test_working_and_because_of_said_of_something_else(lang, text):
    assert [f.rule for f in C.alarms_in(HSCT, lang, text) if f.rule == "causal-claim"] == []
