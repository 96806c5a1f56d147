"""Who a person is or who paid, changed the way rewrites change it (issue 14, item 2):
a company put in an author's place or among the funders, a funding clause with its verb at
the end or as a heading, a role said across an affiliation set off by commas, a
spokesperson's organisation read on into the name. Each faithful sentence raises nothing;
its changed twin is reported as ``role-changed`` where the change is.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import CHX, CT, HSCT, RIVA, VITD, alarms, caught_at, said

CASES = [
    # a company as an author's affiliation
    (VITD, "en", "Co-senior author Regina Ziegler of the National Cancer Institute worked on "
     "the study.",
     "Co-senior author Regina Ziegler of a vitamin supplement maker worked on the study.",
     "maker"),
    (VITD, "it", "Le autrici senior sono Stephanie Smith-Warner, PhD, della Harvard T.H. Chan "
     "School of Public Health e Regina G. Ziegler, PhD, del National Cancer Institute (NCI).",
     "Le autrici senior sono Stephanie Smith-Warner, PhD, della Harvard T.H. Chan School of "
     "Public Health e Regina G. Ziegler, PhD, di un'azienda di integratori.", "azienda"),
    # a company as funder where the sheet names no funder
    (VITD, "pt", "Um grande estudo internacional, publicado no Journal of the National Cancer "
     "Institute, associa a vitamina D ao risco de cancro colorretal.",
     "Um grande estudo internacional, financiado por um fabricante de suplementos e publicado "
     "no Journal of the National Cancer Institute, associa a vitamina D ao risco de cancro "
     "colorretal.", "fabricante"),
    # German funding clauses: the verb first, or at the clause's end
    (CT, "de", "Bezahlt wurde die Studie von der British Heart Foundation und dem Chief "
     "Scientist Office der schottischen Regierung.",
     "Bezahlt wurde die Studie von einem CT-Hersteller.", "CT-Hersteller"),
    (HSCT, "de", "Die Studie wurde von der Italienischen Multiple-Sklerose-Stiftung bezahlt.",
     "Die Studie wurde von einer Pharma-Firma bezahlt.", "Pharma-Firma"),
    # a funding heading that ends with a full stop
    (CT, "en", "Funding. The Chief Scientist Office of the Scottish Government and the British "
     "Heart Foundation.", "Funding. The manufacturer of the CT scanners.", "manufacturer"),
    # a role said across an affiliation set off by commas
    (CHX, "fr", "Le Dr Methodius G. Tuuli, de la Faculté de médecine de l'Université "
     "Washington à Saint-Louis, est le premier auteur de l'essai.",
     "Le Dr Methodius G. Tuuli, de la Faculté de médecine de l'Université Washington à "
     "Saint-Louis, est l'auteur senior de l'essai.", "auteur senior"),
    # a spokesperson's organisation right before the name
    (RIVA, "it", "Abbiamo rivolto alcune domande al suo autore W. Frank Peacock del Baylor "
     "College of Medicine.",
     "Abbiamo rivolto alcune domande al portavoce di Janssen W. Frank Peacock.", "portavoce"),
    (HSCT, "fr", "Selon l'autrice de l'étude, Matilde Inglese, cette greffe devrait être "
     "envisagée.",
     "Selon la porte-parole de la Fondation italienne pour la sclérose en plaques, Matilde "
     "Inglese, cette greffe devrait être envisagée.", "porte-parole"),
]


@pytest.mark.parametrize("sheet, lang, faithful, wrong, words", CASES)
def test_a_changed_role_or_funder(sheet: str, lang: str, faithful: str, wrong: str,
                                  words: str) -> None:
    assert not alarms(sheet, lang, faithful), said(alarms(sheet, lang, faithful))
    assert caught_at(sheet, lang, wrong, "role-changed", words), said(alarms(sheet, lang, wrong))


@pytest.mark.parametrize("sheet, lang, text", [
    # a company the sheet does give as the person's own, or as the funder
    (RIVA, "en", "Paul Burton of Janssen, the company that makes rivaroxaban, said he hoped "
     "the study would change practice."),
    # "wurde von ... untersucht": no funding verb at the clause's end
    (HSCT, "de", "Die Behinderung wurde von erfahrenen Ärzten untersucht."),
])
def test_no_role_changed_on_faithful_wording(sheet: str, lang: str, text: str) -> None:
    assert not alarms(sheet, lang, text), said(alarms(sheet, lang, text))


def test_a_verb_that_ends_like_a_company_noun() -> None:
    # "afirma" ends as the German "Firma" does; it is a verb after the name
    text = "A própria primeira autora, Marji McCullough, afirma que o estudo mostra uma associação."
    assert not alarms(VITD, "pt", text), said(alarms(VITD, "pt", text))
