"""A saving in US dollars said in another country's dollars ("2,496 Canadian dollars",
"2496 dólares canadienses") is another currency, as "C$2,496" is: caught."""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import RIVA, check_pair


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("en", "Sending people home early saved 2,496 US dollars per person in total costs.",
     "Sending people home early saved 2,496 Canadian dollars per person in total costs.",
     "2,496"),
    ("fr", "Le retour précoce à domicile a fait économiser 2 496 dollars américains par personne.",
     "Le retour précoce à domicile a fait économiser 2 496 dollars canadiens par personne.",
     "2 496"),
    ("es", "Enviar a casa antes ahorró 2496 dólares estadounidenses por persona.",
     "Enviar a casa antes ahorró 2496 dólares australianos por persona.", "2496"),
    ("de", "Die frühe Entlassung sparte pro Person 2.496 US-Dollar an Gesamtkosten.",
     "Die frühe Entlassung sparte pro Person 2.496 kanadische Dollar an Gesamtkosten.",
     "2.496"),
])
def test_another_countrys_dollar_is_caught(lang, faithful, wrong, words):
    check_pair(RIVA, lang, faithful, wrong, "unsupported-number", words)
