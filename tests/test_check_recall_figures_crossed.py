"""Two groups' figures said the other way round: a pair of the sheet's figures that
differ only in their group, each said beside a word naming its group, in the other order
("4.2 % for men, 4.5 % for women" for 4.2 % in women and 4.5 % in men), is a figure moved
to another group (``wrong-context``), whichever side of the figure the word stands, in
the six languages. Each faithful sentence raises nothing; the same sentence with the
groups swapped is caught across the pair.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import CHX, VITD, check_pair


@pytest.mark.parametrize("sheet, lang, faithful, wrong, words", [
    (VITD, "en", "In the United States, the lifetime risk of colorectal cancer is 4.5% for "
     "men and 4.2% for women.",
     "In the United States, the lifetime risk of colorectal cancer is 4.5% for women and "
     "4.2% for men.", "for women"),
    (VITD, "en", "In women, 4.2% get bowel cancer at some point in their lives; in men, 4.5%.",
     "In women, 4.5% get bowel cancer at some point in their lives; in men, 4.2%.",
     "in men"),
    (VITD, "es", "Como contexto, el riesgo a lo largo de la vida ronda el 4,2 % en mujeres y "
     "el 4,5 % en hombres.",
     "Como contexto, el riesgo a lo largo de la vida ronda el 4,2 % en hombres y el 4,5 % "
     "en mujeres.", "hombres"),
    (VITD, "fr", "Pour situer, le risque sur la vie est de 4,2 % pour les Américaines et de "
     "4,5 % pour les Américains.",
     "Pour situer, le risque sur la vie est de 4,5 % pour les Américaines et de 4,2 % pour "
     "les Américains.", "Américaines"),
    (VITD, "de", "Allgemein erkranken im Laufe ihres Lebens 4,2 % der Frauen und 4,5 % der "
     "Männer daran.",
     "Allgemein erkranken im Laufe ihres Lebens 4,2 % der Männer und 4,5 % der Frauen "
     "daran.", "Männer"),
    (CHX, "de", "Die Frauen wurden entweder mit Chlorhexidin-Alkohol (572) oder mit "
     "Jod-Alkohol (575) desinfiziert.",
     "Die Frauen wurden entweder mit Chlorhexidin-Alkohol (575) oder mit Jod-Alkohol (572) "
     "desinfiziert.", "575"),
    (VITD, "it", "Come termine di paragone, il rischio nell'arco della vita è del 4,2% nelle "
     "donne e del 4,5% negli uomini.",
     "Come termine di paragone, il rischio nell'arco della vita è del 4,5% nelle donne e "
     "del 4,2% negli uomini.", "donne"),
    (VITD, "pt", "Para contexto, o risco ao longo da vida é de 4,2% nas mulheres e de 4,5% "
     "nos homens.",
     "Para contexto, o risco ao longo da vida é de 4,2% nos homens e de 4,5% nas mulheres.",
     "homens"),
])
def test_a_pair_said_the_other_way_round(sheet, lang, faithful, wrong, words):
    check_pair(sheet, lang, faithful, wrong, "wrong-context", words)


def test_a_word_near_both_figures_takes_no_side():
    """"4.2% for women, 4.5% for men": "women" stands right after one figure and right
    before the other; read after the figures (the only reading that names both), the
    pair is parallel, not crossed."""
    from tests.corruption import alarms_in

    text = "The lifetime risk is 4.2% for women, 4.5% for men."
    assert not [f for f in alarms_in(VITD, "en", text) if f.rule == "wrong-context"]
