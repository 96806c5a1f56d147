"""Amounts of money for lay readers (issue 13): the currency by the name a reader of the
language reads ("2496 dólares estadounidenses", "2 496 dollars américains", "2.496
Dollar"), not CLDR's code or sign ("2496 US$", "2.496 USD", "2 496 $US"), which stays for
journalists and clinicians. The checker still reads the amount as the sheet's."""

from __future__ import annotations

import re

import pytest

from .test_posts_fit import _wording
from .test_wording_slips import _outputs

NAMED = {"es": "dólares estadounidenses", "fr": "dollars américains", "de": "Dollar",
         "it": "dollari statunitensi", "pt": "dólares", "nl": "Amerikaanse dollar"}
CODES = re.compile(r"US\$|\$US|\bUSD\b|\d[\d.\u00a0\u202f ]* \$")


def _cost(text: str) -> list[str]:
    flat = text.replace("\u00a0", " ").replace("\u202f", " ")
    return [s for s in re.split(r"(?<=[.!?])\s+", flat)
            if re.search(r"2[., ]?496", s)]


@pytest.mark.parametrize("lang", sorted(NAMED))
def test_lay_readers_get_the_currency_by_name_and_experts_its_sign(lang):
    _, outputs = _outputs("rivaroxaban-pe-2018")
    seen = set()
    for out in outputs:
        if out.lang != lang or out.generator != "summary":
            continue
        said = _cost(out.text)
        assert said, (lang, out.audience)
        for sentence in said:
            if out.audience in ("patients", "public"):
                assert NAMED[lang] in sentence and not CODES.search(sentence), sentence
            else:
                assert NAMED[lang] not in sentence and CODES.search(sentence), sentence
        seen.add(out.audience)
    assert {"patients", "public", "clinicians"} <= seen


def test_english_keeps_the_dollar_sign_lay_readers_read():
    """"$2,496" is what an English-speaking reader reads: no name added."""
    sheet, _ = _outputs("rivaroxaban-pe-2018")
    assert _wording(sheet, "en", "patients", "x").money(2496, "USD") == "$2,496"


@pytest.mark.parametrize(("lang", "one", "many"), [
    ("es", "1 dólar estadounidense", "3 dólares estadounidenses"),
    ("fr", "1 dollar américain", "3 dollars américains"),
    ("it", "1 dollaro statunitense", "3 dollari statunitensi"),
    ("pt", "1 dólar", "3 dólares")])
def test_the_currency_name_agrees_with_the_amount(lang, one, many):
    sheet, _ = _outputs("rivaroxaban-pe-2018")
    w = _wording(sheet, lang, "patients", "x")
    assert w.money(1, "USD") == one
    assert w.money(3, "USD") == many
    # a currency the pack does not name keeps CLDR's form
    assert w.money(3, "CHF") and "CHF" in w.money(3, "CHF")


def test_a_portuguese_amount_compared_plainly_is_read_and_its_flip_caught():
    """"foi menor em 2496 dólares do que …" (not "… inferior ao observado …"): the
    checker reads the saving, and catches it turned round ("maior em")."""
    from .test_wording_press import _findings

    _, outputs = _outputs("rivaroxaban-pe-2018")
    said = [s for o in outputs if o.lang == "pt" and o.generator == "summary"
            and o.audience == "patients" for s in _cost(o.text)]
    sentence = next(s for s in said if " menor em " in s)
    assert "inferior ao observado" not in sentence
    assert not _findings("rivaroxaban-pe-2018", "pt", sentence)
    assert {"direction-flipped", "sign-flipped"} & set(
        _findings("rivaroxaban-pe-2018", "pt", sentence.replace(" menor em ", " maior em ")))


@pytest.mark.parametrize(("lang", "said", "flipped"), [
    ("fr", " était inférieur de ", " était supérieur de "),
    ("pt", " foi menor em ", " foi maior em ")])
def test_an_untimed_difference_opens_with_its_measure(lang, said, flipped):
    """"Le coût total des soins par personne était inférieur de … chez … à celui des …", not
    a third sentence in a row opening "Chez les personnes …"; read by the checker, and
    its flip caught."""
    from .test_wording_press import _findings

    _, outputs = _outputs("rivaroxaban-pe-2018")
    for out in outputs:
        if out.lang != lang or out.generator != "summary":
            continue
        sentence = next(s for s in _cost(out.text) if said in s)
        assert not sentence.startswith(("Chez", "Nas", "Nos")), sentence
        assert not _findings("rivaroxaban-pe-2018", lang, sentence), sentence
        assert {"direction-flipped", "sign-flipped"} & set(
            _findings("rivaroxaban-pe-2018", lang, sentence.replace(said, flipped)))
