"""Who ran the study and who paid (rule role-changed), read by the relation a text gives
each organisation: a funder of the sheet said to have run, led or carried out the study is
an error in every language; scripts in capitals and funders' names in translation are read
as the sheet's names, not as funders it does not list."""

from __future__ import annotations

import pytest
from plainsum.pipeline import CheckContext

from . import corruption as C

CT = "ct-heart-scan-2018"  # funders CSO and BHF; Newby at the BHF Centre and Edinburgh
CHX = "chlorhexidine-csection-2016"  # Tuuli first author, Macones senior author
HSCT = "hsct-ms-2021"  # Inglese study author at Genoa; funders the Italian MS Foundation ...


def _roles(sheet: str, lang: str, text: str) -> list[str]:
    from plainsum_checks.roles import RoleValidator

    reg = C.registry()
    context = CheckContext(C.sheet(sheet), reg.language(lang), None, C.lexicon(sheet, lang))
    return [text[a:b] for f in RoleValidator().validate(text, context)
            for a, b in [f.span] if f.rule == "role-changed"]


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "The study was conducted by the British Heart Foundation.", "British Heart Foundation"),
    ("en", "THE WORK WAS RUN BY THE BRITISH HEART FOUNDATION AND THE SCOTTISH GOVERNMENT'S "
           "CHIEF SCIENTIST OFFICE.", "BRITISH HEART FOUNDATION"),
    ("es", "El estudio fue llevado a cabo por la British Heart Foundation.",
     "British Heart Foundation"),
    ("fr", "L'étude a été menée par la British Heart Foundation.", "British Heart Foundation"),
    ("de", "Die Studie wurde von der British Heart Foundation durchgeführt.",
     "British Heart Foundation"),
    ("de", "Durchgeführt wurde sie von der British Heart Foundation.", "British Heart Foundation"),
    ("it", "Lo studio è stato condotto dalla British Heart Foundation.",
     "British Heart Foundation"),
    ("pt", "O estudo foi realizado pela British Heart Foundation.", "British Heart Foundation"),
    ("pt", "Investigador principal: British Heart Foundation.", "British Heart Foundation"),
])
def test_a_funder_said_to_have_run_the_study_is_an_error(lang, text, said):
    assert _roles(CT, lang, text) == [said]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The study was funded by the British Heart Foundation and carried out at the "
           "University of Edinburgh."),
    ("fr", "L'étude, financée par la British Heart Foundation, a été menée par l'Université "
           "d'Édimbourg."),
    ("de", "Gefördert von der British Heart Foundation; durchgeführt von der Universität "
           "Edinburgh."),
    ("en", "THE WORK WAS FUNDED BY THE BRITISH HEART FOUNDATION AND THE SCOTTISH GOVERNMENT'S "
           "CHIEF SCIENTIST OFFICE."),
    ("es", "La investigación fue financiada por la Oficina del Científico Jefe del Gobierno "
           "Escocés y la Fundación Británica del Corazón."),
    ("it", "Finanziato dalla Fondazione Britannica per il Cuore e dal Chief Scientist Office."),
])
def test_funders_as_funders_in_capitals_or_in_translation_pass(lang, text):
    assert _roles(CT, lang, text) == []


def test_a_funder_in_translation_is_no_licence_for_another_body():
    assert _roles(CT, "es", "Financiado por la Fundación Americana del Corazón.") == [
        "Fundación Americana del Corazón"]
    assert _roles(CT, "en", "Funded by the American Heart Association.") == [
        "American Heart Association"]


@pytest.mark.parametrize(("sheet", "lang", "text", "said"), [
    (HSCT, "es", "LA FINANCIADORA, MATILDE INGLESE, DE LA UNIVERSIDAD DE GÉNOVA, CREE QUE "
                 "DEBERÍA CONSIDERARSE.", "FINANCIADORA"),
    (CHX, "de", "DER KLINIKDIREKTOR GEORGE MACONES SAGT: NUR SELTEN.", "KLINIKDIREKTOR"),
    (CHX, "en", "SENIOR AUTHOR METHODIUS TUULI SAID IT WAS CLEAR.", "SENIOR AUTHOR"),
])
def test_a_wrong_role_in_a_script_in_capitals_is_an_error(sheet, lang, text, said):
    assert _roles(sheet, lang, text) == [said]


def test_the_right_role_in_capitals_passes():
    assert _roles(CHX, "de", "DER SENIORAUTOR GEORGE MACONES SAGT: NUR SELTEN.") == []
    assert _roles(HSCT, "es", "LA AUTORA PRINCIPAL, MATILDE INGLESE, DE LA UNIVERSIDAD DE "
                              "GÉNOVA, LO EXPLICA.") == []


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("fr", "L'étude a été réalisée par le Chief Scientist Office du gouvernement écossais et la "
           "British Heart Foundation.", "Chief Scientist Office"),
    ("pt", "O estudo foi conduzido pelo Chief Scientist Office do governo escocês e pela "
           "British Heart Foundation.", "Chief Scientist Office"),
    ("es", "La investigación fue dirigida por la Oficina del Científico Jefe del Gobierno "
           "Escocés.", "Oficina del Científico Jefe del Gobierno Escocés"),
    ("en", "THE WORK WAS RUN BY THE BRITISH HEART FOUNDATION'S CHARITY SHOPS.",
     "BRITISH HEART FOUNDATION'S"),
])
def test_a_funder_named_in_words_of_several_languages_said_to_have_run_it(lang, text, said):
    assert _roles(CT, lang, text) == [said]


def test_a_university_that_ran_it_and_a_funder_that_paid_pass():
    assert _roles(CT, "pt", "O estudo foi conduzido pela Universidade de Edimburgo e "
                            "financiado pelo Chief Scientist Office do governo escocês.") == []


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("fr", "Le chercheur David Newby (British Heart Foundation, financeur) dit que ce scanner "
           "aide.", "financeur"),
    ("en", "David Newby (University of Edinburgh, spokesperson) said it helps.", "spokesperson"),
])
def test_a_role_after_an_organisation_in_an_open_bracket_is_tied_to_the_name(lang, text, said):
    assert _roles(CT, lang, text) == [said]


def test_an_affiliation_in_brackets_alone_passes():
    assert _roles(CT, "fr", "Le chercheur David Newby (BHF Centre for Cardiovascular Science, "
                            "Université d'Édimbourg) dit que ce scanner aide.") == []
