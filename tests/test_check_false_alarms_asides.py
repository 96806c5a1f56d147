"""False alarms of the direction of a change when an aside between commas interrupts the
phrase of what was added (issue 11): "Adding a heart scan, an X-ray of its vessels, to
the usual tests cut heart attacks by 40 %" says the scan cut them, not the usual tests.
Each faithful sentence is paired with the same sentence with the direction flipped,
still caught. Sentences written here in wording of their own.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import CT, alarms, caught_at, said


@pytest.mark.parametrize("lang, faithful, wrong", [
    ("en", "Adding a heart CT scan, an X-ray of the heart's blood vessels, to the usual tests "
     "cut heart attacks by 40 % over five years.", "increased"),
    ("es", "Añadir un escáner del corazón, una prueba que muestra sus vasos, a las pruebas "
     "habituales redujo un 40 % los infartos en cinco años.", "aumentó"),
    ("fr", "Ajouter un scanner du cœur, un examen qui montre ses vaisseaux, aux examens "
     "habituels a réduit de 40 % les infarctus en cinq ans.", "a augmenté"),
    ("de", "Die Zugabe eines Herz-CT, einer Aufnahme der Herzgefäße, zu den üblichen "
     "Untersuchungen senkte die Herzinfarkte in fünf Jahren um 40 %.", "erhöhte"),
    ("it", "Aggiungere una TAC del cuore, un esame che mostra i vasi, agli esami abituali ha "
     "ridotto del 40 % gli infarti in cinque anni.", "ha aumentato"),
    ("pt", "Juntar uma TAC ao coração, um exame que mostra os vasos, aos exames habituais "
     "reduziu em 40 % os enfartes em cinco anos.", "aumentou"),
])
def test_an_aside_between_commas_in_what_was_added(lang, faithful, wrong):
    assert not alarms(CT, lang, faithful), said(alarms(CT, lang, faithful))
    verb = {"en": "cut", "es": "redujo", "fr": "a réduit", "de": "senkte", "it": "ha ridotto",
            "pt": "reduziu"}[lang]
    flipped = faithful.replace(verb, wrong, 1)
    assert caught_at(CT, lang, flipped, "sign-flipped", "40 %"), said(alarms(CT, lang, flipped))


def test_a_part_a_conjunction_opens_is_no_aside():
    # "..., y tener más de la suficiente, a un riesgo ...": a clause of its own, with its
    # own subject; the change after it is that subject's
    from tests.test_check_real_errors import VITD
    text = ("Tener poca vitamina D se asocia a un riesgo un 31 % mayor, y tener más de la "
            "suficiente, a un riesgo un {x} menor.")
    faithful = text.format(x="22 %")
    assert not alarms(VITD, "es", faithful), said(alarms(VITD, "es", faithful))
    wrong = text.replace("menor", "mayor").format(x="22 %")
    assert caught_at(VITD, "es", wrong, "sign-flipped", "22 %"), said(alarms(VITD, "es", wrong))
