"""'Controlled' names a design only beside a study noun ("uno studio controllato"); the
same verb said of people ("le persone sono state controllate a 6 mesi": checked, followed
up) names none. Every language's adjective is one alternative of the pattern, whatever
forms it lists."""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import HSCT, check_pair


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("it", "Le persone sono state controllate a 6 mesi, a 5 anni e a 10 anni dal trapianto.",
     "In questo studio controllato, le persone sono state seguite a 6 mesi, a 5 anni e a "
     "10 anni dal trapianto.", "studio controllato"),
    ("it", "Dopo il trapianto, tutti sono stati controllati ogni anno dal neurologo.",
     "Lo studio era controllato: tutti sono stati seguiti ogni anno dal neurologo.",
     "controllato"),
    ("es", "Las personas fueron controladas a los 6 meses, 5 años y 10 años del trasplante.",
     "En este estudio controlado, las personas fueron seguidas a los 6 meses, 5 años y "
     "10 años del trasplante.", "estudio controlado"),
])
def test_controlled_said_of_people_names_no_design(lang, faithful, wrong, words):
    check_pair(HSCT, lang, faithful, wrong, "design-changed", words)
