"""Roles and places said right (issue 14): a role word set before a name with its title
("…, Seniorautor Dr. George A. Macones") is that name's, not the name's before it; a post
in the person's own institution named by its better-known part ("Leiter der Klinik für
Frauenheilkunde der Washington University") places them right; a German institution's
name ends at its institution word ("von der Amerikanischen Krebsgesellschaft haben Daten
…"). The same sentences with another role or another institution are still caught.
Sentences written here in wording of their own.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import CHX, VITD, alarms, caught_at, said


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("de", "Wer leitete? Erstautor ist Dr. Methodius G. Tuuli, Seniorautor Dr. George A. "
     "Macones.", "Wer leitete? Erstautor ist Dr. Methodius G. Tuuli, Erstautor Dr. George A. "
     "Macones.", "Erstautor Dr. George"),
    ("en", "Who led it? First author is Dr. Methodius G. Tuuli, senior author Dr. George A. "
     "Macones.", "Who led it? First author is Dr. Methodius G. Tuuli, first author Dr. George "
     "A. Macones.", "first author Dr. George"),
])
def test_a_role_before_a_titled_name(lang: str, faithful: str, wrong: str, words: str
                                     ) -> None:
    assert not alarms(CHX, lang, faithful), said(alarms(CHX, lang, faithful))
    found = [f for f in alarms(CHX, lang, wrong) if f.rule == "role-changed"]
    start = wrong.index(words)
    assert any(f.span[0] >= start for f in found), said(found)


def test_a_post_in_the_persons_own_institution() -> None:
    faithful = ("Dr. George A. Macones, Leiter der Klinik für Frauenheilkunde und "
                "Geburtshilfe der Washington University, hat 1.147 Frauen untersucht.")
    wrong = faithful.replace("Washington University", "Harvard University")
    assert not alarms(CHX, "de", faithful), said(alarms(CHX, "de", faithful))
    assert caught_at(CHX, "de", wrong, "role-changed", "Harvard University"), said(
        alarms(CHX, "de", wrong))


def test_a_german_name_ends_at_its_institution_word() -> None:
    faithful = ("Forschende um Marji L. McCullough von der Amerikanischen "
                "Krebsgesellschaft haben Daten aus 17 Kohorten ausgewertet.")
    wrong = faithful.replace("Amerikanischen", "Deutschen")
    assert not alarms(VITD, "de", faithful), said(alarms(VITD, "de", faithful))
    assert caught_at(VITD, "de", wrong, "role-changed", "Deutschen Krebsgesellschaft"), said(
        alarms(VITD, "de", wrong))
