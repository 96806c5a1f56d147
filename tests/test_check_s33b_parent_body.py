"""The body an organisation belongs to, named with it (issue 14): a possessive before
the sheet's name ("the NIH's Eunice Kennedy Shriver National Institute of Child Health
and Human Development") or a joining word after it ("… Eunice Kennedy Shriver del
Departamento de Salud", "… do Departamento de Saúde", "… du Département de la Santé")
leaves the name as the sheet gives it: no changed name. A word changed inside the
name is still caught, possessive or not. Texts written here in wording of their own.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import CHX, alarms, said


@pytest.mark.parametrize("lang, text", [
    ("en", "The work was funded by the NIH's Eunice Kennedy Shriver National Institute of "
     "Child Health and Human Development."),
    ("en", "The work was funded by the NIH’s Eunice Kennedy Shriver National Institute of "
     "Child Health and Human Development."),
    ("es", "El trabajo fue financiado por el Instituto Nacional de Salud Infantil y "
     "Desarrollo Humano Eunice Kennedy Shriver del Departamento de Salud y Servicios "
     "Sociales."),
    ("pt", "O trabalho foi financiado pelo Instituto Nacional de Saúde Infantil e "
     "Desenvolvimento Humano Eunice Kennedy Shriver do Departamento de Saúde e Serviços "
     "Sociais."),
    ("fr", "Le travail a été financé par l'Institut national de la santé de l'enfant et du "
     "développement humain Eunice Kennedy Shriver du Département de la Santé et des "
     "Services sociaux."),
])
def test_the_parent_body_named_with_the_name(lang: str, text: str) -> None:
    found = [f for f in alarms(CHX, lang, text) if f.rule == "term-swapped"]
    assert not found, said(found)


@pytest.mark.parametrize("lang, text, words", [
    ("en", "The work was funded by the NIH's Eunice Kennedy Shriver National Institute of "
     "Child Wealth and Human Development.", "Wealth"),
    ("es", "El trabajo fue financiado por el Instituto Nacional de Riqueza Infantil y "
     "Desarrollo Humano Eunice Kennedy Shriver del Departamento de Salud.", "Riqueza"),
])
def test_a_word_changed_in_the_name_is_still_caught(lang: str, text: str, words: str
                                                    ) -> None:
    found = [f for f in alarms(CHX, lang, text) if f.rule in ("term-swapped",
                                                              "term-corrupted")]
    a = text.index(words)
    assert any(f.span and f.span[0] <= a < f.span[1] for f in found), said(
        alarms(CHX, lang, text))


def test_a_body_listed_after_a_comma_is_no_parent() -> None:
    """"da Sociedade Americana do Cancro, da Escola de Medicina de Harvard": a list of
    bodies, the second judged on its own (the sheet has a school of public health)."""
    from tests.test_check_real_errors import VITD

    text = ("Os autores são da Sociedade Americana do Cancro, da Escola de Medicina de "
            "Harvard e do Instituto Nacional do Cancro dos EUA.")
    found = [f for f in alarms(VITD, "pt", text) if f.rule == "term-swapped"]
    a = text.index("Escola de Medicina")
    assert any(f.span and f.span[0] <= a < f.span[1] for f in found), said(
        alarms(VITD, "pt", text))
