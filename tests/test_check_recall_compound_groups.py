"""A compound of the sheet's own term and a group noun of the pack ("Rivaroxabangruppe",
"Rivaroxabanarm", "Chlorhexidingruppe") names the sheet's own group: no ``term-swapped``.
Each is paired with the same compound of another drug ("Apixabangruppe",
"Octenidingruppe"), still reported as a swapped term."""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in as alarms

RIVA = "rivaroxaban-pe-2018"
CHX = "chlorhexidine-csection-2016"

# (sheet, a German sentence naming the sheet's arm in one compound word, that word, the
# compound of another drug in its place)
CASES = [
    (RIVA, "In der Rivaroxabangruppe fanden 64,4 % ihre Behandlung überhaupt nicht "
           "belastend.", "Rivaroxabangruppe", "Apixabangruppe"),
    (RIVA, "Im Rivaroxabanarm fanden 64,4 % ihre Behandlung überhaupt nicht belastend.",
     "Rivaroxabanarm", "Apixabanarm"),
    (CHX, "In der Chlorhexidingruppe hatten 23 von 572 Frauen eine Wundinfektion.",
     "Chlorhexidingruppe", "Octenidingruppe"),
]


def swapped(sheet: str, text: str) -> list[str]:
    return [f.found for f in alarms(sheet, "de", text) if f.rule == "term-swapped"]


@pytest.mark.parametrize("sheet, text, own, other", CASES)
def test_the_sheets_term_and_a_group_noun_in_one_word(sheet: str, text: str, own: str,
                                                      other: str) -> None:
    assert not swapped(sheet, text), alarms(sheet, "de", text)
    assert swapped(sheet, text.replace(own, other)) == [other]
