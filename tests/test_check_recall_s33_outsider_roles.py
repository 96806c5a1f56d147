"""An author given an outsider's role (issue 14): a funder ("finanziatrice", "financiador",
"Geldgeberinnen"), an independent commentator or the journal's reviewer, an outside body's
director ("directora del NCI") is caught next to the name; the author's own role there is
silent. Sentences written here in wording of their own.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import CT, HSCT, VITD, alarms, caught_at, said


@pytest.mark.parametrize("sheet, lang, faithful, wrong, words", [
    (VITD, "it", "La ricerca, con prima firmataria Marji L. McCullough, ha unito 17 coorti.",
     "La ricerca, con finanziatrice Marji L. McCullough, ha unito 17 coorti.",
     "finanziatrice"),
    (CT, "pt", "O investigador principal, o professor David Newby, comentou o resultado.",
     "O financiador, o professor David Newby, comentou o resultado.", "financiador"),
    (CT, "de", "Das sei ein wichtiger Schritt, so Studienleiter Professor David Newby.",
     "Das sei ein wichtiger Schritt, so der unabhängige Kommentator Professor David Newby.",
     "Kommentator"),
    (HSCT, "en", "Dr. Matilde Inglese, one of the study authors, thinks it should be "
     "considered.", "Dr. Matilde Inglese, who reviewed the study for the journal, thinks it "
     "should be considered.", "reviewed the study"),
    (VITD, "es", "La primera autora, Marji McCullough, insiste en ello.",
     "La directora del NCI, Marji McCullough, insiste en ello.", "directora del NCI"),
])
def test_an_author_given_an_outsiders_role(sheet: str, lang: str, faithful: str, wrong: str,
                                           words: str) -> None:
    assert not alarms(sheet, lang, faithful), said(alarms(sheet, lang, faithful))
    assert caught_at(sheet, lang, wrong, "role-changed", words), said(
        alarms(sheet, lang, wrong))


@pytest.mark.parametrize("lang, text", [
    ("en", "Funders: the British Heart Foundation. Lead researcher: Prof. David Newby."),
    ("pt", "Financiador: British Heart Foundation. Investigador principal: David Newby."),
])
def test_a_funder_of_its_own_line_is_no_persons_role(lang: str, text: str) -> None:
    assert not alarms(CT, lang, text), said(alarms(CT, lang, text))
