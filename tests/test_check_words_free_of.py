"""direction-flipped and negation-changed: "free of worsening" says the sheet's negated
finding (no worsening) in other words, as "absence of" does, in six languages; the same
sentence with the worsening had is still flipped."""

from __future__ import annotations

import pytest

from tests import corruption as C

SHEET = "hsct-ms-2021"

# (free of the change, had the change)
PAIRS = {
    "en": ("Among those with relapsing-remitting MS, 86% were free of worsening at five years.",
           "Among those with relapsing-remitting MS, 86% had worsening at five years."),
    "es": ("Entre las personas con EM remitente-recurrente, el 86 % estaban libres de "
           "empeoramiento a los cinco años.", "Entre las personas con EM remitente-recurrente, "
           "el 86 % tuvieron empeoramiento a los cinco años."),
    "fr": ("Chez les personnes atteintes de SEP récurrente-rémittente, 86 % étaient exemptes "
           "d'aggravation à cinq ans.", "Chez les personnes atteintes de SEP "
           "récurrente-rémittente, 86 % ont eu une aggravation à cinq ans."),
    "de": ("Bei schubförmiger MS waren 86 % nach fünf Jahren frei von Verschlechterung.",
           "Bei schubförmiger MS hatten 86 % nach fünf Jahren eine Verschlechterung."),
    "it": ("Tra le persone con SM recidivante-remittente, l'86% era libero da peggioramento a "
           "cinque anni.", "Tra le persone con SM recidivante-remittente, l'86% ha avuto un "
           "peggioramento a cinque anni."),
    "pt": ("Entre as pessoas com EM surto-remissão, 86% estavam livres de agravamento aos "
           "cinco anos.", "Entre as pessoas com EM surto-remissão, 86% tiveram agravamento "
           "aos cinco anos."),
}


def _rules(lang: str, text: str) -> set[str]:
    return {f.rule for f in C.alarms_in(SHEET, lang, text)}


@pytest.mark.parametrize("lang", sorted(PAIRS))
def test_free_of_the_change_is_its_negation(lang):
    free, had = PAIRS[lang]
    assert _rules(lang, free) == set()
    assert "direction-flipped" in _rules(lang, had)
