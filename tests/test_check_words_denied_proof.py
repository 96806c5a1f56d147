"""causal-claim: "no proof, that X protects" denies the claim its "that" clause states; the
comma before the clause (German's, or any text's) does not end the absence there, as it does
after "no comparison group, it is proven that ...". The same clause after "and proof" is a
claim."""

from __future__ import annotations

import pytest

from tests import corruption as C

SHEET = "vitamin-d-colorectal-2018"

# (denied, asserted): the same causal clause after "no proof," and after "and proof,"
PAIRS = {
    "de": ("Sie zeigt einen Zusammenhang, aber keinen Beweis, dass Vitamin D vor Darmkrebs "
           "schützt.", "Sie zeigt einen Zusammenhang und einen Beweis, dass Vitamin D vor "
           "Darmkrebs schützt."),
    "en": ("It shows a link, but no proof, that vitamin D protects against bowel cancer.",
           "It shows a link, and proof, that vitamin D protects against bowel cancer."),
    "es": ("Muestra una relación, pero ninguna prueba, de que la vitamina D protege contra el "
           "cáncer colorrectal.", "Muestra una relación, y una prueba, de que la vitamina D "
           "protege contra el cáncer colorrectal."),
    "fr": ("Elle montre un lien, mais aucune preuve, que la vitamine D protège du cancer "
           "colorectal.", "Elle montre un lien, et une preuve, que la vitamine D protège du "
           "cancer colorectal."),
    "it": ("Mostra un legame, ma nessuna prova, che la vitamina D protegge dal tumore del "
           "colon-retto.", "Mostra un legame, e una prova, che la vitamina D protegge dal "
           "tumore del colon-retto."),
    "pt": ("Mostra uma relação, mas nenhuma prova, de que a vitamina D protege contra o cancro "
           "colorretal.", "Mostra uma relação, e uma prova, de que a vitamina D protege "
           "contra o cancro colorretal."),
}


def _causal(lang: str, text: str) -> list[str]:
    return [f.rule for f in C.alarms_in(SHEET, lang, text) if f.rule == "causal-claim"]


@pytest.mark.parametrize("lang", sorted(PAIRS))
def test_no_proof_that_denies_the_clause_it_opens(lang):
    denied, asserted = PAIRS[lang]
    assert _causal(lang, denied) == []
    assert _causal(lang, asserted) == ["causal-claim"]


def test_an_absence_before_a_comma_still_ends_there():
    text = ("MAS: sem grupo de comparação, fica provado que o resultado se deve ao "
            "transplante.")
    found = [f.rule for f in C.alarms_in("hsct-ms-2021", "pt", text)]
    assert "causal-claim" in found


def test_a_that_clause_after_an_absence_and_a_verb_is_still_said():
    text = "Ohne Vergleichsgruppe ist klar, dass die Transplantation die Ursache war."
    found = [f.rule for f in C.alarms_in("hsct-ms-2021", "de", text)]
    assert "causal-claim" in found
