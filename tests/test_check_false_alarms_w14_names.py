"""A name spelt in another variety of its language ("Sociedade Americana do Câncer" in
Brazilian Portuguese for the sheet's "Sociedade Americana do Cancro") is the same name:
the term bank and the sheet give both spellings of the word as forms of one term
("câncer colorretal", "cancro colorretal"). A letter changed in the name is still caught;
an ending that inflects a word is no variety spelling (issue 14).
"""

from __future__ import annotations

import importlib

import pytest
from plainsum_checks.names import _bank, _variants

from tests.test_check_real_errors import VITD, alarms, caught_at, said

TEXT = ("Pesquisadores da Sociedade Americana do {a}, de Harvard e do Instituto Nacional do "
        "{b} dos EUA juntaram dados de mais de 5.700 pessoas que tiveram câncer colorretal.")


def test_a_name_in_the_brazilian_spelling() -> None:
    faithful = TEXT.format(a="Câncer", b="Câncer")
    assert not alarms(VITD, "pt", faithful), said(alarms(VITD, "pt", faithful))
    wrong = TEXT.format(a="Câncer", b="Cancra")
    assert caught_at(VITD, "pt", wrong, "name-altered", "Instituto Nacional do Cancra"), said(
        alarms(VITD, "pt", wrong))
    wrong = TEXT.format(a="Cancre", b="Cancro")
    assert caught_at(VITD, "pt", wrong, "name-altered", "Sociedade Americana do Cancre"), said(
        alarms(VITD, "pt", wrong))


class _Context:
    def __init__(self, lang: str):
        self.pack = importlib.import_module(f"plainsum_lang_{lang}.pack").build()


@pytest.mark.parametrize("lang, variety, inflected", [
    ("en", ("randomised", "randomized"), ("significant", "significantly")),
    ("pt", ("retrospectiva", "retrospetiva"), ("significativa", "significativo")),
    ("it", ("ematopoietica", "emopoietica"), ("gruppo", "gruppi")),
    ("fr", None, ("significatif", "significative")),
    ("de", None, ("autologen", "autologer")),
    ("es", None, ("de", "del")),
])
def test_variety_spellings_not_inflections(lang: str, variety: tuple[str, str] | None,
                                           inflected: tuple[str, str]) -> None:
    pairs = _variants(_bank(_Context(lang)))  # type: ignore[arg-type]
    if variety is not None:
        assert variety in pairs and variety[::-1] in pairs
    assert inflected not in pairs and inflected[::-1] not in pairs
