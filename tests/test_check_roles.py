"""Who a text says a person or an organisation is (rule role-changed): a role, an
affiliation or a funder the sheet contradicts is an error, in every language; the same
words that do not tie the role to the person, and what the sheet leaves open, are not."""

from __future__ import annotations

import pytest
from plainsum.pipeline import CheckContext

from . import corruption as C

CHX = "chlorhexidine-csection-2016"  # Tuuli first author, Macones senior author
CT = "ct-heart-scan-2018"  # Newby (study author) at the BHF Centre and Edinburgh; funders CSO, BHF


def _roles(sheet: str, lang: str, text: str) -> list[str]:
    from plainsum_checks.roles import RoleValidator

    reg = C.registry()
    context = CheckContext(C.sheet(sheet), reg.language(lang), None, C.lexicon(sheet, lang))
    return [text[a:b] for f in RoleValidator().validate(text, context)
            for a, b in [f.span] if f.rule == "role-changed"]


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "The first author, Dr George Macones, said it should change practice.",
     "first author"),
    ("en", "Methodius Tuuli, MD, the study's senior author, was cautious.", "senior author"),
    ("es", "«Es un cambio claro», afirmó George Macones, primer autor del estudio.",
     "primer autor"),
    ("fr", "Le premier auteur, le Dr George Macones, l'a souligné.", "premier auteur"),
    ("it", "Lo ha detto l'autore senior Methodius Tuuli.", "autore senior"),
    ("pt", "O primeiro autor, George Macones, sublinhou-o.", "primeiro autor"),
    ("de", "Erstautor George Macones betont das.", "Erstautor"),
])
def test_a_role_the_sheet_gives_another_author_is_an_error(lang, text, said):
    assert _roles(CHX, lang, text) == [said]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The first author, Dr Methodius Tuuli, and the senior author, George Macones, agree."),
    ("en", "Tuuli worked with senior author George Macones of Washington University."),
    ("es", "Methodius Tuuli, primer autor, y George Macones, autor sénior, lo explican."),
    ("fr", "Selon George Macones, auteur senior de l'étude, c'est clair."),
    ("de", "Seniorautor George Macones sagt das. Erstautor Methodius Tuuli auch."),
    ("it", "Il primo autore Methodius Tuuli lavora con George Macones."),
    ("pt", "George Macones, autor sénior, e Methodius Tuuli, primeiro autor."),
])
def test_the_sheets_roles_and_roles_said_of_someone_else_pass(lang, text):
    assert _roles(CHX, lang, text) == []


def test_a_study_author_may_be_called_first_or_lead_but_a_spokesperson_no_author():
    riva = "rivaroxaban-pe-2018"  # Peacock study author, Burton a company spokesperson
    assert _roles(riva, "en", "The study was led by Dr W. Frank Peacock of Baylor College "
                              "of Medicine, said Paul Burton, MD, of Janssen.") == []
    assert _roles(riva, "de", "Studienleiter ist Paul Burton.") == ["Studienleiter"]
    assert _roles(riva, "en", "Lead author Paul Burton explained the design.") == [
        "Lead author"]


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "Professor David Newby of the British Heart Foundation led it.",
     "British Heart Foundation"),
    ("en", "It was funded by the University of Edinburgh.", "University of Edinburgh"),
    ("pt", "Financiamento: Universidade de Edimburgo.", "Universidade de Edimburgo"),
    ("de", "Finanziert wurde die Studie von der Universität Edinburgh.",
     "Universität Edinburgh"),
    ("fr", "L'étude a été financée par l'Université d'Édimbourg.", "Université d'Édimbourg"),
])
def test_an_affiliation_or_a_funder_the_sheet_contradicts_is_an_error(lang, text, said):
    assert _roles(CT, lang, text) == [said]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Professor David Newby of the University of Edinburgh led it. It was funded by "
           "the British Heart Foundation and the Chief Scientist Office."),
    ("en", "David Newby, of the BHF Centre for Cardiovascular Science, said so."),
    ("en", "The study was funded by the British Heart Foundation and published in The New "
           "England Journal of Medicine."),
    ("de", "Finanziert wurde die Studie von der British Heart Foundation."),
    ("es", "Lo financiaron la British Heart Foundation y la Chief Scientist Office; lo dirigió "
           "David Newby, de la Universidad de Edimburgo."),
])
def test_the_sheets_affiliations_and_funders_pass(lang, text):
    assert _roles(CT, lang, text) == []


def test_a_shortened_affiliation_passes():
    """'Washington University' for the sheet's Washington University School of Medicine."""
    assert _roles(CHX, "en", "said George Macones of Washington University in St. Louis") == []


def test_no_faithful_text_of_the_effect_suites_gets_a_role_finding():
    texts = C.effect_texts()
    if not texts:
        pytest.skip("no effect texts")
    flagged = [t.name for t in texts if _roles(t.sheet, t.lang, t.text)]
    assert flagged == []


RIVA_QUOTE = {  # the sheet's key quote, Paul Burton's (a company spokesperson)
    "en": "“We expect that this XARELTO® study will prompt physicians to reconsider how "
          "patients with low-risk PE are managed,” {said}.",
    "fr": "« Nous nous attendons à ce que cette étude sur XARELTO® incite les médecins à "
          "reconsidérer la prise en charge des patients atteints d'EP à faible risque », {said}.",
}


@pytest.mark.parametrize(("lang", "said", "flagged"), [
    ("en", "said W. Frank Peacock, MD", ["Peacock"]),
    ("en", "said Paul Burton, MD, PhD", []),
    ("en", "said the company", []),
    ("fr", "a dit W. Frank Peacock", ["Peacock"]),
    ("fr", "a déclaré Paul Burton", []),
])
def test_a_sheet_quote_given_to_another_person_is_an_error(lang, said, flagged):
    text = RIVA_QUOTE[lang].format(said=said)
    assert _roles("rivaroxaban-pe-2018", lang, text) == flagged


def test_a_quote_introduced_by_its_speaker_and_one_that_is_not_the_sheets():
    riva = "rivaroxaban-pe-2018"
    quote = ("„Wir erwarten, dass diese XARELTO®-Studie Ärzte dazu bringt, die Behandlung von "
             "Patienten mit Lungenembolie mit niedrigem Risiko zu überdenken.“")
    assert _roles(riva, "de", f"Peacock sagte: {quote}") == ["Peacock"]
    assert _roles(riva, "de", f"Burton sagte: {quote}") == []
    assert _roles(riva, "en", "“Patients did well at home,” said W. Frank Peacock.") == []


@pytest.mark.parametrize(("lang", "text", "said"), [
    # the generators' own phrasings, the affiliation in brackets between name and role
    ("en", "said George A. Macones, MD (Washington University School of Medicine in St. "
           "Louis), the study's first author.", "first author"),
    ("fr", "a déclaré Methodius G. Tuuli (Faculté de médecine), qui signe l'étude en dernier.",
     "qui signe l'étude en dernier"),
    ("it", "ha detto Methodius G. Tuuli, ultima firma dello studio.", "ultima firma"),
    ("pt", "afirmou Methodius G. Tuuli, que assina o estudo em último lugar.",
     "que assina o estudo em último lugar"),
])
def test_a_role_after_the_name_and_its_affiliation(lang, text, said):
    assert _roles(CHX, lang, text) == [said]


def test_the_generators_own_role_lines_pass():
    assert _roles(CHX, "en", "said George A. Macones, MD (Washington University School of "
                             "Medicine in St. Louis), the study's senior author.") == []
    assert _roles(CHX, "pt", "afirmou George A. Macones, que assina o estudo em último "
                             "lugar.") == []


@pytest.mark.parametrize(("said", "flagged"), [
    ("said Giovanni Mancardi, MD", ["Giovanni Mancardi"]),
    ("said the American Academy of Neurology", []),
    ("said Janssen Pharmaceutical Companies", []),
])
def test_a_sheet_quote_given_to_someone_the_sheet_does_not_name(said, flagged):
    text = RIVA_QUOTE["en"].format(said=said)
    assert _roles("rivaroxaban-pe-2018", "en", text) == flagged


HSCT_QUOTE = ("“Our study {verb} that intense immunosuppression followed by hematopoietic stem "
              "cell transplants should be considered as a treatment for people with MS, "
              "especially those who don't respond to conventional therapy,” said Matilde Inglese.")


def _quotes_changed(lang: str, text: str) -> list[str]:
    from plainsum_checks.roles import RoleValidator

    reg = C.registry()
    sheet = "hsct-ms-2021"
    context = CheckContext(C.sheet(sheet), reg.language(lang), None, C.lexicon(sheet, lang))
    return [f.found or "" for f in RoleValidator().validate(text, context)
            if f.rule == "quote-altered"]


def test_a_word_changed_in_a_quote_in_its_own_language_is_an_error():
    assert _quotes_changed("en", HSCT_QUOTE.format(verb="demonstrates")) == []
    assert _quotes_changed("en", HSCT_QUOTE.format(verb="proves")) == ["proves"]


def test_a_quote_cut_short_said_in_other_words_or_translated_is_left_alone():
    cut = HSCT_QUOTE.format(verb="demonstrates").replace("as a treatment", "…")
    assert _quotes_changed("en", cut) == []
    reported = ("Inglese said their study proves that intense immunosuppression followed by "
                "hematopoietic stem cell transplants should be considered as a treatment for "
                "people with MS.")
    assert _quotes_changed("en", reported) == []
    spanish = ("«Nuestro estudio prueba que la inmunosupresión intensa seguida de un trasplante "
               "de progenitores hematopoyéticos debería considerarse un tratamiento para las "
               "personas con EM», afirma Matilde Inglese.")
    assert _quotes_changed("es", spanish) == []
