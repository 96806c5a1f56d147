"""A weak label noun's number before a title in brackets is in a heading's place, as before
a colon: "punto 4 (prevenzione oncologica)" numbers an item of the text, no figure. A
bracket that holds a figure or a count ("(12 %)", "(n = 40)") leaves the number a figure."""

from __future__ import annotations

import pytest
from plainsum_checks import numbering


def _addressed(text: str) -> list[str]:
    return [text[a:b] for a, b, *_ in numbering.addresses(text)]


@pytest.mark.parametrize(("text", "number"), [
    ("Relazione al Consiglio di Amministrazione – estratto, punto 4 (prevenzione oncologica)", "4"),
    ("Relatório ao Conselho, ponto 3 (prevenção)", "3"),
    ("Compte rendu du conseil, point 2 (budget) adopté", "2"),
    ("Im Protokoll, Punkt 5 (Finanzen), stand", "5"),
    ("Informe de la junta, punto 4 (prevención)", "4"),
    ("The board discussed item 6 ( safety ) first.", "6"),
])
def test_a_weak_nouns_number_before_a_title_is_an_address(text: str, number: str) -> None:
    assert _addressed(text) == [number]


@pytest.mark.parametrize("text", ["In arm 2 (n = 40) the rate was lower.",
                                  "Side effects of grade 3 (12%) were rare.",
                                  "The level 2 (40 %) group improved."])
def test_a_bracket_with_a_figure_leaves_the_number_a_figure(text: str) -> None:
    assert _addressed(text) == []
