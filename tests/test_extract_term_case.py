"""A new term taken from a headline or a sentence's first word keeps its capital only
where the release never writes the word in lower case: "Scans" from "Scans find …" is
"scans" when the release says "the scans" later (outputs then read "after the scans",
not "after the Scans"); a name the release always capitalises ("Parkinson's") keeps it."""

from __future__ import annotations

from plainsum_extract.terms import lower_common


def test_a_word_the_release_writes_in_lower_case_is_lowered():
    text = "Scans find hidden heart disease\n\nDoctors looked at the scans of 4,000 people."
    assert lower_common("Scans", text) == "scans"
    assert lower_common("Heart Scans", text) == "heart scans"


def test_a_name_the_release_always_capitalises_keeps_its_capital():
    text = "Parkinson's risk falls with exercise\n\nPeople with Parkinson's disease walked."
    assert lower_common("Parkinson's Disease", text) == "Parkinson's disease"


def test_without_the_release_the_old_reading_holds():
    assert lower_common("Scans") == "Scans"
