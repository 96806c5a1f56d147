"""A kind of treatment ("chemotherapy", "quimioterapia") named in a sentence that names the
sheet's own intervention is a step or part of it ("in a stem cell transplant, strong
chemotherapy first wipes out the immune system"), not another treatment; the same kind
of treatment standing in the intervention's place, in a sentence that never names it
("80% had not got worse 5 years after chemotherapy"), is still ``term-swapped``.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests import corruption as C

HSCT = "hsct-ms-2021"


def found(lang: str, text: str) -> list[Any]:
    return C.alarms(C.check(C.Faithful(HSCT, lang, "test", text, "none"), text))


# language, faithful sentence (a step of the transplant), the same study with the
# treatment kind in the transplant's place
PAIRS = [
    ("en", "In 210 people with MS, the stem cell transplant began with strong chemotherapy "
           "that wiped out the immune system.",
     "In 210 people with MS, 80% had not got worse 5 years after chemotherapy.",
     "chemotherapy"),
    ("es", "En 210 personas con EM, el trasplante de células madre empezó con una "
           "quimioterapia intensa.",
     "En 210 personas con EM, el 80 % no había empeorado 5 años después de una "
     "quimioterapia.", "quimioterapia"),
    ("fr", "Chez 210 personnes atteintes de SEP, la greffe de cellules souches a commencé "
           "par une chimiothérapie intense.",
     "Chez 210 personnes atteintes de SEP, 80 % ne s'étaient pas aggravées 5 ans après "
     "une chimiothérapie.",
     "chimiothérapie"),
]


@pytest.mark.parametrize("lang, faithful, swapped, word", PAIRS)
def test_a_kind_of_treatment_beside_the_intervention_is_part_of_it(
        lang: str, faithful: str, swapped: str, word: str) -> None:
    assert not [f for f in found(lang, faithful) if f.rule == "term-swapped"], \
        found(lang, faithful)
    a = swapped.index(word)
    assert any(f.rule == "term-swapped" and f.span and f.span[0] < a + len(word)
               and a < f.span[1] for f in found(lang, swapped)), found(lang, swapped)
