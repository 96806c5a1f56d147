"""A keyword or label that writes two words with a hyphen ("in-patient") is one compound:
it matches the hyphenated form and the words written as one ("inpatient"), never the two
words with a space, which are other words of a sentence ("in patients discharged early"
names the other group of the rivaroxaban sheet, not its in-patient usual care)."""

from __future__ import annotations

import pytest
from plainsum_checks.sheet import SheetIndex
from plainsum_checks.text import PhraseIndex, tight_gaps, tokens

from tests import corruption as C


def _found(index: PhraseIndex[str], text: str) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.item) for m in index.find(text, tokens(text))]


@pytest.mark.parametrize("phrase, compound, spaced", [
    ("in-patient", "The in-patient group stayed.", "Outcomes in patients were good."),
    ("in-patient", "Inpatients stayed longer.", "Those in patient care stayed."),
    ("non-fumeurs", "Les non-fumeurs ont moins toussé.", "Ils ne sont non fumeurs que depuis."),
    ("Kontroll-Gruppe", "Die Kontrollgruppe blieb gleich.", "Die Kontroll Gruppe blieb."),
])
def test_a_hyphenated_phrase_matches_only_as_one_word(phrase: str, compound: str,
                                                      spaced: str) -> None:
    index = PhraseIndex([(phrase, "g")])
    assert [item for _, item in _found(index, compound)] == ["g"]
    assert _found(index, spaced) == []


@pytest.mark.parametrize("phrase, text", [
    ("usual care", "The usual-care group stayed."),  # a space in the phrase: either
    ("usual care", "The usual care group stayed."),
    ("COVID-19", "Patients with COVID 19 took part."),  # a figure, not two words
])
def test_other_phrases_match_as_before(phrase: str, text: str) -> None:
    assert [item for _, item in _found(PhraseIndex([(phrase, "g")]), text)] == ["g"]


def test_a_spaced_form_of_the_same_phrase_keeps_the_space() -> None:
    index = PhraseIndex([("in-patient", "g"), ("in patient", "g")])
    assert [item for _, item in _found(index, "Outcomes in patients were good.")] == ["g"]
    assert tight_gaps("in-patient") == (0,) and tight_gaps("COVID-19") == ()


def test_the_other_group_is_no_cue_of_the_in_patient_group() -> None:
    sheet = "rivaroxaban-pe-2018"
    index = SheetIndex(C.sheet(sheet), C.lexicon(sheet, "en"))
    text = "Outcomes in patients discharged early were good; the in-patient group stayed."
    found = [(text[m.start:m.end], m.item[0]) for m in index.groups.find(text, tokens(text))]
    assert ("in-patient", "usual-care-arm") in found
    assert all(not said.lower().startswith("in patients") for said, _ in found), found
    assert any(gid == "rivaroxaban-arm" and said.startswith("patients discharged")
               for said, gid in found), found
