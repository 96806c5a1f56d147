"""A Cyrillic or Greek letter drawn like a Latin one, inside a Latin word, is read as the
letter the reader sees: a drug or a disease spelt with one ("аpixaban" with a Cyrillic
"а") is the swap it shows, and the finding quotes the text as the user gave it."""

from __future__ import annotations

import pytest
from plainsum.invisible import shown

from tests import corruption as C

RIVA = "rivaroxaban-pe-2018"


@pytest.mark.parametrize(("text", "word"), [
    ("People sent home early with \u0430pixaban did well.", "\u0430pixaban"),  # Cyrillic a
    ("W\u0430rfarin is a blood thinner.", "W\u0430rfarin"),
    ("People sent home early with ap\u0456xaban did well.", "ap\u0456xaban"),  # Cyrillic i
])
def test_a_swapped_drug_spelt_with_lookalike_letters_is_caught(text, word):
    found = [f for f in C.alarms_in(RIVA, "en", text) if f.rule == "term-swapped"]
    assert [f.found for f in found] == [word]
    assert [text[slice(*f.span)] for f in found] == [word]


def test_the_sheets_own_term_with_a_lookalike_letter_reads_as_itself():
    assert C.alarms_in(RIVA, "en", "Rivaroxab\u0430n is a blood thinner.") == []


@pytest.mark.parametrize("text", [
    "Пациенты получали ривароксабан.",  # a Russian sentence stays Russian
    "TNFα and IFN-γ levels, 5 μg a day.",  # the Greek letters of science stay Greek
])
def test_words_all_in_another_alphabet_are_left_alone(text):
    assert shown(text).text == text


def test_offsets_do_not_move():
    seen = shown("a \u0441hlorhexidine wash\u200b, 4\u200b0 %")
    assert seen.text == "a chlorhexidine wash, 40 %"
    start = seen.text.index("chlorhexidine")
    assert seen.span(start, start + 13) == (2, 15)


def test_a_word_that_mixes_alphabets_gets_a_warning():
    from plainsum.pipeline import mixed

    text = "Matilde Ingl\u0435se led the study; \u041c\u0421 is Russian."
    found = mixed(text)
    assert [(f.rule, f.severity, f.found) for f in found] == [
        ("mixed-script", "warning", "Ingl\u0435se")]
    assert mixed("Matilde Inglese led the study.") == []
