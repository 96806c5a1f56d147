"""Words the term rules know as other body sites, diseases and tests: a stroke's acronym
("AVC", "ACV") in place of a heart attack, an MRI written "RM" in place of a CT scan, the
neck in place of the heart are another term, while the sheet's own term in the same
sentence is faithful."""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in as alarms

CT = "ct-heart-scan-2018"

# (language, faithful sentence, the same sentence with another term, the other term)
PAIRS = [
    ("en", "Half of the patients also had a CT scan of the heart arteries.",
     "Half of the patients also had a CT scan of the neck arteries.", "neck"),
    ("fr", "Au bout de 5 ans, moins de personnes du groupe scanner avaient eu un infarctus.",
     "Au bout de 5 ans, moins de personnes du groupe scanner avaient eu un AVC.", "AVC"),
    ("pt", "Ao fim de 5 anos, menos pessoas do grupo da TAC tiveram um enfarte.",
     "Ao fim de 5 anos, menos pessoas do grupo da TAC tiveram um AVC.", "AVC"),
    ("it", "Metà dei pazienti ha fatto anche una TAC delle coronarie.",
     "Metà dei pazienti ha fatto anche una RM delle coronarie.", "RM"),
]


@pytest.mark.parametrize(("lang", "faithful", "corrupted", "word"), PAIRS,
                         ids=[f"{p[0]}-{p[3]}" for p in PAIRS])
def test_another_term_in_the_sheet_terms_place(lang: str, faithful: str, corrupted: str,
                                                word: str) -> None:
    assert alarms(CT, lang, faithful) == []
    found = [f for f in alarms(CT, lang, corrupted)
             if f.rule in ("term-swapped", "term-corrupted")]
    assert found, corrupted
    assert any(word in corrupted[f.span[0]:f.span[1]] for f in found if f.span)


def test_the_condition_a_test_looks_for_is_no_garbled_test() -> None:
    """"Koronare Herzkrankheit" beside the sheet's "CT-Koronarangiografie" names the
    disease the scan looks for; the scan swapped for another in the same text is caught."""
    faithful = ("Die koronare Herzkrankheit ist eine häufige Ursache von Brustschmerzen. "
                "Die Hälfte bekam zusätzlich eine CT-Koronarangiografie.")
    assert alarms(CT, "de", faithful) == []
    assert alarms(CT, "de", "Siehe auch: Koronare Herzkrankheit; Computertomographie") == []
    swapped = faithful.replace("CT-Koronarangiografie", "MRT-Koronarangiografie")
    assert [f for f in alarms(CT, "de", swapped)
            if f.rule in ("term-swapped", "term-corrupted")]
