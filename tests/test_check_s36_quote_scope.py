"""A quote's "few" or "rarely" turned round: a sentence that keeps most of the meaning
words of a quote's clause that says how rare something is ("There are few circumstances
when a single study should change practice", "Es kommt selten vor ...") and says "many",
"often" (hedge-reversed) or "never" (negation-changed) instead; the rarity kept passes."""

from __future__ import annotations

import pytest

from . import corruption as C

CHX = "chlorhexidine-csection-2016"


def _found(lang: str, text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.found) for f in C.alarms_in(CHX, lang, text)
            if f.rule in ("hedge-reversed", "negation-changed")]


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("de", "DER SENIORAUTOR GEORGE MACONES SAGT: OFT SOLLTE EINE EINZELNE STUDIE DIE PRAXIS "
           "ÄNDERN.", ("hedge-reversed", "OFT")),
    ("en", "Senior author Dr George Macones said that there are many circumstances when a "
           "single study should change practice.", ("hedge-reversed", "many")),
    ("es", "- Macones: nunca un solo estudio debe cambiar la práctica, pero este es uno de "
           "esos casos.", ("negation-changed", "nunca")),
    ("fr", "Macones : il arrive souvent qu'une seule étude doive changer la pratique.",
     ("hedge-reversed", "souvent")),
    ("pt", "Macones: muitas vezes um único estudo deve mudar a prática.",
     ("hedge-reversed", "muitas")),
])
def test_a_quotes_rarity_turned_round_is_an_error(lang, text, said):
    assert _found(lang, text) == [said]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "DER SENIORAUTOR GEORGE MACONES SAGT: NUR SELTEN SOLLTE EINE EINZELNE STUDIE DIE "
           "PRAXIS ÄNDERN."),
    ("en", "Senior author Dr George Macones said that there are few circumstances when a "
           "single study should change practice."),
    ("es", "- Macones: pocas veces un solo estudio debe cambiar la práctica."),
    ("pt", "Macones: raramente um único estudo deve mudar a prática, mas este é um desses "
           "casos."),
])
def test_the_rarity_kept_passes(lang, text):
    assert _found(lang, text) == []
