"""Two forms of one verb in a term's place are no garble of it: "qui pourrait venir du
cœur" for the sheet's "venant du cœur"; a word that is no form of it still is."""

from __future__ import annotations

from tests import corruption as C

CT = "ct-heart-scan-2018"  # fr: "douleur dans la poitrine venant du cœur"


def _garbles(text: str) -> list[str]:
    return [f.found for f in C.alarms_in(CT, "fr", text) if f.rule == "term-corrupted"]


def test_another_form_of_the_terms_verb_is_no_garble() -> None:
    assert _garbles("Ils avaient une douleur dans la poitrine qui pourrait venir du cœur.") == []


def test_a_word_that_is_no_form_of_it_is_still_a_garble() -> None:
    assert _garbles("Ils avaient une douleur dans la poitrine vexant du cœur.")
