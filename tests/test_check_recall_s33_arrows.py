"""An arrow set before a figure says its change's direction, as notes and flashcards write
it ("MI ↓ 40%", "Herzinfarkte ↑ 40 %"): the arrow turned against the sheet's relative
change is reported as "up 40%" is (issue 14); the sheet's own direction stays silent.
Sentences written here in wording of their own.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import CT, alarms, caught_at, said


@pytest.mark.parametrize("lang, faithful, wrong", [
    ("en", "Card 3 - MI ↓ 40% (relative) with the CT scan, 5 yrs.",
     "Card 3 - MI ↑ 40% (relative) with the CT scan, 5 yrs."),
    ("de", "Merkzettel: Herzinfarkte ↓ 40 % mit Herz-CT nach fünf Jahren.",
     "Merkzettel: Herzinfarkte ↑ 40 % mit Herz-CT nach fünf Jahren."),
    ("es", "Resumen: infartos ↓ 40 % con el TAC del corazón a los cinco años.",
     "Resumen: infartos ↑ 40 % con el TAC del corazón a los cinco años."),
])
def test_an_arrow_before_a_change(lang: str, faithful: str, wrong: str) -> None:
    assert not alarms(CT, lang, faithful), said(alarms(CT, lang, faithful))
    assert caught_at(CT, lang, wrong, "sign-flipped", "40"), said(alarms(CT, lang, wrong))
