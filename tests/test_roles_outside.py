"""Roles, affiliations and funders the sheet never names (rule role-changed): an author
called an outside expert, a spokesperson, an editor or the funder; an author placed at an
organisation the sheet holds under none of its names; a funder the sheet does not list,
named as an institution or as a company. Each error has its faithful twin that passes:
the sheet's own role, organisation (in any of its languages, declined, or with a part
of it before it) or funder.
"""

from __future__ import annotations

import pytest
from plainsum.pipeline import CheckContext

from . import corruption as C

CHX = "chlorhexidine-csection-2016"  # Tuuli, Macones (WashU); funders NICHD, WashU OB/GYN
CT = "ct-heart-scan-2018"  # Newby, study author (BHF Centre, Edinburgh); funders CSO, BHF
HSCT = "hsct-ms-2021"  # Inglese, study author (Genoa, AAN); funders FISM, Elena Pecci fund
VITD = "vitamin-d-colorectal-2018"  # McCullough (ACS), Smith-Warner (Harvard Chan)


def _roles(sheet: str, lang: str, text: str) -> list[str]:
    from plainsum_checks.roles import RoleValidator

    reg = C.registry()
    context = CheckContext(C.sheet(sheet), reg.language(lang), None, C.lexicon(sheet, lang))
    return [text[a:b] for f in RoleValidator().validate(text, context)
            for a, b in [f.span] if f.rule == "role-changed"]


# sheet, language, wrong text, what is flagged, the faithful twin
CASES = [
    # an author given a role outside the study
    (CT, "en", "Professor David Newby, an independent expert, welcomed the trial.",
     "independent expert", "Professor David Newby, who led the trial, welcomed it."),
    (CT, "es", "La portavoz de la British Heart Foundation, David Newby, lo celebró.",
     "portavoz de la British Heart Foundation",
     "El autor del estudio, David Newby, lo celebró."),
    (CHX, "fr", "Selon George Macones, qui a financé l'étude, le résultat est net.",
     "qui a financé l'étude", "Selon George Macones, qui a dirigé l'étude, le résultat est net."),
    (HSCT, "it", "Matilde Inglese, esperta indipendente, commenta i dati.",
     "esperta indipendente", "Matilde Inglese, autrice dello studio, commenta i dati."),
    (CT, "pt", "O porta-voz da British Heart Foundation, David Newby, comentou.",
     "porta-voz da British Heart Foundation", "O autor do estudo, David Newby, comentou."),
    (CHX, "de", "Der unabhängige Gutachter Methodius Tuuli lobt die Studie.",
     "unabhängige Gutachter", "Der Erstautor Methodius Tuuli lobt die Studie."),
    # an author placed at an organisation the sheet does not hold
    (HSCT, "en", "Matilde Inglese of the University of Turin led the work.",
     "University of Turin", "Matilde Inglese of the University of Genoa led the work."),
    (HSCT, "de", "Studienautorin Matilde Inglese von der Universität Padua erklärt es.",
     "Universität Padua", "Studienautorin Matilde Inglese von der Universität Genua erklärt es."),
    (CHX, "es", "George Macones, de la Universidad de Chicago, lo explica.",
     "Universidad de Chicago",
     "George Macones, de la Universidad Washington en San Luis, lo explica."),
    (VITD, "it", "Lo dice Marji McCullough, di Harvard, in un'intervista.", "Harvard",
     "Lo dice Marji McCullough, della Società americana per la lotta contro il cancro, in "
     "un'intervista."),
    (CHX, "fr", "Methodius Tuuli (Université de Montréal) présente l'essai.",
     "Université de Montréal",
     "Methodius Tuuli (Université Washington à Saint-Louis) présente l'essai."),
    (CT, "pt", "David Newby — Universidade de Glasgow", "Universidade de Glasgow",
     "David Newby — Universidade de Edimburgo"),
    # a funder the sheet does not list: an institution, or a company
    (CT, "en", "The work was funded by the American Heart Association.",
     "American Heart Association",
     "The work was funded by the British Heart Foundation and the Chief Scientist Office."),
    (HSCT, "it", "Lo studio è stato finanziato da un'azienda farmaceutica.", "azienda",
     "Lo studio è stato finanziato dalla Fondazione Italiana Sclerosi Multipla."),
    (CT, "es", "Financiación: un fabricante de escáneres.", "fabricante",
     "Financiación: la British Heart Foundation."),
    (HSCT, "de", "Gefördert wurde die Studie von der Deutschen Hirnstiftung.",
     "Deutschen Hirnstiftung",
     "Gefördert wurde die Studie von der Italienischen Multiple-Sklerose-Stiftung."),
    (CHX, "pt", "O estudo foi financiado por uma empresa de antissépticos.", "empresa",
     "O estudo foi financiado pelos Institutos Nacionais de Saúde."),
]


@pytest.mark.parametrize(("sheet", "lang", "wrong", "said", "right"), CASES,
                         ids=[f"{c[1]}-{n}" for n, c in enumerate(CASES)])
def test_a_role_an_organisation_or_a_funder_the_sheet_never_gives(sheet, lang, wrong, said,
                                                                  right):
    assert _roles(sheet, lang, wrong) == [said]
    assert _roles(sheet, lang, right) == []


@pytest.mark.parametrize(("sheet", "lang", "text"), [
    # a department the sheet does not name, before the person's own university
    (HSCT, "en", "Matilde Inglese, of the Department of Neuroscience at the University of "
                 "Genoa, led it."),
    # a spokesperson who is one in the sheet
    ("rivaroxaban-pe-2018", "en", "Paul Burton, a spokesperson for Janssen, commented."),
    # a company named as no funder: a negation before it
    (CT, "en", "The work was funded by the British Heart Foundation, not by a scanner maker."),
    # an Italian hospital trust is no company
    (HSCT, "it", "Lo studio è stato finanziato dalla Fondazione Italiana Sclerosi Multipla e "
                 "dal Fondo di Ricerca Elena Pecci."),
])
def test_what_the_sheet_allows_passes(sheet, lang, text):
    assert _roles(sheet, lang, text) == []
