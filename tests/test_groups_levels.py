"""A change of groups set apart by one thing's level (too little, enough, more than enough
vitamin D) said of, or set against, another level by the words of its level: each faithful
sentence raises no alarm, and the same sentence with the level swapped is reported."""

from __future__ import annotations

import pytest

from tests import corruption as C

SHEET = "vitamin-d-colorectal-2018"

# (language, faithful sentence, the part swapped, what it is swapped for)
CASES = [
    ("en", "People with too little vitamin D had a 31% higher risk of bowel cancer than those "
     "with enough for healthy bones. Those above sufficiency had a 22% lower risk.",
     "People with too little vitamin D", "People with high vitamin D"),
    ("es", "Quienes tenían poca vitamina D tuvieron un riesgo un 31 % mayor que quienes tenían "
     "niveles suficientes. Quienes superaban los niveles suficientes, un 22 % menor.",
     "Quienes tenían poca vitamina D", "Quienes tenían más de lo suficiente"),
    ("fr", "Les personnes ayant trop peu de vitamine D avaient un risque plus élevé de 31 % que "
     "celles ayant assez de vitamine D. Au-dessus du seuil suffisant, le risque était plus "
     "faible de 22 %.",
     "Au-dessus du seuil suffisant", "En dessous du seuil suffisant"),
    ("de", "Menschen mit zu wenig Vitamin D hatten ein um 31 % höheres Risiko als Menschen mit "
     "ausreichendem Spiegel. Bei Werten oberhalb des ausreichenden Bereichs lag das Risiko "
     "um 22 % niedriger.",
     "Menschen mit zu wenig Vitamin D", "Menschen mit hohem Vitamin-D-Spiegel"),
    ("it", "Chi aveva poca vitamina D aveva un rischio più alto del 31% rispetto a chi ne aveva "
     "abbastanza. Chi stava sopra il livello sufficiente aveva un rischio più basso del 22%.",
     "rispetto a chi ne aveva abbastanza", "rispetto a chi aveva livelli più alti"),
    ("pt", "Quem tinha pouca vitamina D teve um risco 31% maior do que quem tinha a suficiente. "
     "Quem tinha valores acima do suficiente teve um risco 22% menor.",
     "Quem tinha valores acima do suficiente", "Quem tinha valores abaixo do suficiente"),
]


@pytest.mark.parametrize(("lang", "text", "old", "new"), CASES, ids=[c[0] for c in CASES])
def test_level_words_of_the_right_group_raise_no_alarm(lang: str, text: str, old: str,
                                                       new: str) -> None:
    found = C.alarms_in(SHEET, lang, text)
    assert not found, C.said(found)


@pytest.mark.parametrize(("lang", "text", "old", "new"), CASES, ids=[c[0] for c in CASES])
def test_level_words_of_another_group_are_reported(lang: str, text: str, old: str,
                                                   new: str) -> None:
    assert text.count(old) == 1
    swapped = text.replace(old, new)
    start = swapped.index(new)
    found = [f for f in C.errors(C.check(C.Faithful(SHEET, lang, "test", swapped), swapped))
             if f.rule == "wrong-context" and f.span
             and f.span[0] < start + len(new) and start < f.span[1]]
    assert found, f"not reported: {swapped!r}"
