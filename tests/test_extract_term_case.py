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


def test_a_word_seen_only_at_the_start_of_a_headline_or_sentence_is_lowered():
    """No evidence it is a name: "Scans" never written again, or only opening a sentence
    or in a title-case heading."""
    text = "Scans find hidden heart disease\n\nThe study followed 4,000 people."
    assert lower_common("Scans", text) == "scans"
    text = ("Brisk Walking Program Cuts Falls\n\nBrisk walkers fell less. The study "
            "followed 4,000 people.")
    assert lower_common("Brisk Walking Program", text) == "brisk walking program"
    text = "Scans find hidden disease\n\nThe study followed 4,000 people. Scans were read twice."
    assert lower_common("Scans", text) == "scans"


def test_a_word_the_release_capitalises_mid_sentence_or_that_looks_like_a_name_is_kept():
    """The paired cases: an eponym, a name written with a capital in running text, inner
    capitals and all capitals keep their capitals."""
    text = "Parkinson's risk falls\n\nPeople with Parkinson's walked."
    assert lower_common("Parkinson's", text) == "Parkinson's"
    text = "Ozempic cuts weight\n\nPeople taking Ozempic lost 15% of their weight."
    assert lower_common("Ozempic", text) == "Ozempic"
    text = "HbA1c falls with MiniMed pump\n\nThe study followed 400 people."
    assert lower_common("MiniMed", text) == "MiniMed"
    assert lower_common("HbA1c", text) == "HbA1c"
    assert lower_common("COVID", "COVID cases fell\n\nThe study followed 400 people.") == "COVID"
