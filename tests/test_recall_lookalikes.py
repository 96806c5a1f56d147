"""A word of a sheet phrase swapped for a look-alike beside its neighbour, and a one-word
term garbled where the text never names it (plugins/plainsum_checks/recall_lookalikes.py)."""

from __future__ import annotations

import pytest

from tests import corruption as C


def _garbled(sheet: str, lang: str, text: str) -> list[str]:
    return [f.found for f in C.alarms_in(sheet, lang, text) if f.rule == "term-corrupted"]


@pytest.mark.parametrize(("sheet", "lang", "text", "word"), [
    # a letter added that is no ending of the language ("cloth" is not a form of "clot")
    ("rivaroxaban-pe-2018", "en", "Each patient had a blood cloth in the lung.", "cloth"),
    # a letter changed inside the word
    ("hsct-ms-2021", "en", "Doctors collected their blood stem calls first.", "calls"),
    ("chlorhexidine-csection-2016", "pt", "Menos mulheres tiveram uma infusão na ferida.",
     "infusão"),
    # most letters and the first three in common, the neighbour in place
    ("vitamin-d-colorectal-2018", "fr", "Le risque de cancer collatéral était plus faible.",
     "collatéral"),
    ("hsct-ms-2021", "es", "Recibieron un transporte de células madre.", "transporte"),
])
def test_a_look_alike_beside_its_neighbour_is_a_garble(sheet: str, lang: str, text: str,
                                                       word: str) -> None:
    assert any(word in found for found in _garbled(sheet, lang, text))


@pytest.mark.parametrize(("sheet", "lang", "text"), [
    # inflections and derived forms of the sheet's words
    ("rivaroxaban-pe-2018", "en", "Both groups had few blood clots in the lungs."),
    ("vitamin-d-colorectal-2018", "fr", "Les cancers colorectaux étaient moins fréquents."),
    ("hsct-ms-2021", "es", "Los pacientes trasplantados con células madre mejoraron."),
    ("hsct-ms-2021", "de", "Es ging um blutbildender Stammzellen Transplantation."),
    # another spelling of the same word (British and American; Brazilian Portuguese)
    ("hsct-ms-2021", "en", "They received hematopoietic stem cells from their own blood."),
    ("chlorhexidine-csection-2016", "pt", "Menos mulheres tiveram uma infecção na ferida."),
    # a verb beside a term's word, with a function word the term does not have
    ("chlorhexidine-csection-2016", "it", "Lo studio è stato condotto in un solo centro."),
])
def test_forms_and_spellings_of_the_sheets_words_are_no_garble(sheet: str, lang: str,
                                                               text: str) -> None:
    assert not _garbled(sheet, lang, text), C.said(C.alarms_in(sheet, lang, text))


def test_a_one_word_term_garbled_where_the_text_never_names_it() -> None:
    text = "People sent for tests because of angira had a heart scan."
    assert any("angira" in f for f in _garbled("ct-heart-scan-2018", "en", text))
    # named correctly elsewhere, a look-alike is another word the text chose
    named = "People with angina had a heart scan; anginal pain was common."
    assert not _garbled("ct-heart-scan-2018", "en", named)


def test_a_long_compound_one_letter_off_is_a_garble_anywhere() -> None:
    text = ("Eine Wundinfektion trat seltener auf: Mit Chlorhexidin trat eine Windinfektion "
            "bei 23 Frauen auf.")
    assert any("Windinfektion" in f for f in _garbled("chlorhexidine-csection-2016", "de",
                                                       text))
