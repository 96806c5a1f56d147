"""A phrase that holds a grouped number ("personas que caminaban al menos 7.000 pasos al
día") is found in a text however the text groups the digits: its tokens are the groups
("7", "000"), and the separator between them (a stop, a comma, a no-break or thin space,
an apostrophe) joins them as a space does. A decimal ("7,5") or a list ("7, 000") does not."""

from __future__ import annotations

import pytest
from plainsum_checks.text import PhraseIndex, joined, tokens

CASES = [
    ("personas que caminaban al menos 7.000 pasos al día",
     "El 3,1 % de las personas que caminaban al menos 7.000 pasos al día tuvo un infarto."),
    ("people who walked at least 7,000 steps a day",
     "Of people who walked at least 7,000 steps a day, 3.1% had a heart attack."),
    ("personnes qui marchaient au moins 7 000 pas par jour",
     "Chez les personnes qui marchaient au moins 7\u202f000 pas par jour, 3,1 % ont eu "
     "un infarctus."),
    ("Menschen mit mindestens 7.000 Schritten am Tag",
     "Bei Menschen mit mindestens 7'000 Schritten am Tag waren es 3,1 %."),
    ("persone che camminavano almeno 7.000 passi al giorno",
     "Tra le persone che camminavano almeno 7\u00a0000 passi al giorno il 3,1 % ebbe un infarto."),
    ("adultos com mais de 48.210 registos",
     "Nos adultos com mais de 48,210 registos, o risco foi menor."),
]


@pytest.mark.parametrize(("label", "text"), CASES)
def test_a_label_with_a_grouped_number_is_found(label: str, text: str) -> None:
    found = list(PhraseIndex([(label, "group")]).find(text, tokens(text)))
    assert [m.item for m in found] == ["group"], text


@pytest.mark.parametrize("text", ["Of people who walked at least 7,5 steps a day.",
                                  "Of people who walked at least 7, 000 steps a day.",
                                  "Of people who walked at least 7.0000 steps a day."])
def test_a_decimal_or_a_list_is_no_grouped_number(text: str) -> None:
    index = PhraseIndex([("people who walked at least 7,000 steps a day", "group")])
    assert list(index.find(text, tokens(text))) == []


def test_joined_agrees() -> None:
    text = "7.000 pasos, 7,5 pasos"
    toks = tokens(text)
    assert joined(text, toks[0], toks[1])  # 7 . 000
    assert not joined(text, toks[3], toks[4])  # 7 , 5
