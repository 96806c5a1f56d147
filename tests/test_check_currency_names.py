"""A currency said by its name after an amount ("2496 euros" for a saving of 2,496 US
dollars) is read like its sign: lay outputs name the currency in words, so a translation
that swaps the name must be caught as a swapped sign is. Another country's dollar is that
country's currency ("Canadian dollars" is no US amount), as its sign "C$" is."""

from __future__ import annotations

import pytest

from plugins.plainsum_checks.units import currency_said
from tests.test_check_real_errors import RIVA, check_pair


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("es", "Enviar a casa antes ahorró 2496 dólares estadounidenses por persona en costes totales.",
     "Enviar a casa antes ahorró 2496 libras esterlinas por persona en costes totales.", "2496"),
    ("fr", "Le retour précoce à domicile a fait économiser 2 496 dollars américains par personne.",
     "Le retour précoce à domicile a fait économiser 2 496 euros par personne.", "2 496"),
    ("de", "Die frühe Entlassung sparte pro Person 2.496 US-Dollar an Gesamtkosten.",
     "Die frühe Entlassung sparte pro Person 2.496 Euro an Gesamtkosten.", "2.496"),
    ("it", "Mandare a casa prima i pazienti ha fatto risparmiare 2.496 dollari a persona.",
     "Mandare a casa prima i pazienti ha fatto risparmiare 2.496 sterline a persona.", "2.496"),
    ("pt", "Mandar os doentes para casa mais cedo poupou 2496 dólares por pessoa.",
     "Mandar os doentes para casa mais cedo poupou 2496 euros por pessoa.", "2496"),
    ("en", "Sending people home early saved 2,496 US dollars per person in total costs.",
     "Sending people home early saved 2,496 pounds per person in total costs.", "2,496"),
])
def test_a_currency_name_swapped_is_caught(lang, faithful, wrong, words):
    check_pair(RIVA, lang, faithful, wrong, "unsupported-number", words)


@pytest.mark.parametrize("text, code", [
    ("saved 2,496 US dollars", "USD"), ("ahorró 2 millones de dólares", "USD"),
    ("2.496 Euro gespart", "EUR"), ("2 496 livres sterling", "GBP"),
    ("2496 francs suisses", "CHF"), ("2496 dollars canadiens", "CAD"),
    ("2,496 Canadian dollars", "CAD"), ("2,496 Australian dollars", "AUD"),
    ("2496 personas", None), ("2496 eurodiputados", None),
])
def test_the_name_read_after_an_amount(text, code):
    digits = next(i for i, c in enumerate(text) if c.isdigit())
    end = digits
    while end < len(text) and (text[end].isdigit() or text[end] in ",. "):
        if text[end] == " " and not text[end + 1:end + 2].isdigit():
            break
        end += 1
    assert currency_said(text, digits, end) == code
