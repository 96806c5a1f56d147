"""negation-changed: a negation of a noun followed by a preposition of topic ("no conclusion
on bleeding", "keine Aussage zu Blutungen") denies that noun, not the finding it is about, so
the finding's narrowing word ("serious") is not left out; the same sentence that denies the
bleeding itself without "serious" is still caught."""

from __future__ import annotations

import pytest

from tests import corruption as C

SHEET = "rivaroxaban-pe-2018"

# (a conclusion denied about bleeding, bleeding denied without "serious")
PAIRS = {
    "en": ("The trial was too small, so no conclusion on bleeding can be drawn.",
           "The trial was too small, and no bleeding occurred."),
    "es": ("El ensayo era demasiado pequeño, así que no se puede sacar ninguna conclusión "
           "sobre hemorragias.", "El ensayo era demasiado pequeño, y ningún paciente tuvo "
           "hemorragias."),
    "fr": ("L'essai était trop petit, donc aucune conclusion sur les saignements ne peut être "
           "tirée.", "L'essai était trop petit, et aucun patient n'a eu de saignements."),
    "de": ("Die Studie war zu klein, daher ist keine Aussage zu Blutungen möglich.",
           "Die Studie war zu klein, und kein Patient hatte Blutungen."),
    "it": ("Lo studio era troppo piccolo, quindi nessuna conclusione sul sanguinamento è "
           "possibile.", "Lo studio era troppo piccolo, e nessun paziente ha avuto un "
           "sanguinamento."),
    "pt": ("O ensaio era demasiado pequeno, pelo que nenhuma conclusão sobre hemorragias é "
           "possível.", "O ensaio era demasiado pequeno, e nenhum doente teve hemorragias."),
}


def _negation(lang: str, text: str) -> list[str]:
    return [f.rule for f in C.alarms_in(SHEET, lang, text) if f.rule == "negation-changed"]


@pytest.mark.parametrize("lang", sorted(PAIRS))
def test_a_noun_denied_about_the_finding_is_not_the_finding_denied(lang):
    about, denied = PAIRS[lang]
    assert _negation(lang, about) == []
    assert _negation(lang, denied) == ["negation-changed"]
