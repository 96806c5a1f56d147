"""Meaning changed with the figures intact, each faithful form paired with the same sentence
corrupted: a negation of another predicate before a verb of knowing ("not blinded (knew
...)") and the blinding said outright where the sheet says they knew; a change beyond the
finding negated ("didn't lower it any further"); a statement put to the reader to judge
("True or false: ..."); a prevention verb whose object runs long; a background figure
claimed as this study's result, or asked about in a question; a proof of safety whose
object holds a caveat word ("going home early"); and a limitation's negation said after
an arrow or a "so" in the clause after it; a verb of advising said for the sheet's
"recommend"; a proved cause of the disease in other words, and a causal question
answered yes, reported at its answer."""

from __future__ import annotations

import pytest

from tests import corruption as C

HSCT = "hsct-ms-2021"
RIVA = "rivaroxaban-pe-2018"
VITD = "vitamin-d-colorectal-2018"
CHLX = "chlorhexidine-csection-2016"
CT = "ct-heart-scan-2018"


def _rules(sheet: str, lang: str, text: str) -> list[str]:
    return [f.rule for f in C.alarms_in(sheet, lang, text)]


def _pair(sheet: str, lang: str, faithful: str, corrupted: str, rule: str) -> None:
    assert rule not in _rules(sheet, lang, faithful), faithful
    assert rule in _rules(sheet, lang, corrupted), corrupted


# the assessors were not blinded, in a note that then says what they knew
BLINDED = [
    ("en", "Design: no control group. Assessors not blinded (knew all had been transplanted) "
           "= risk of bias.",
     "Design: no control group. Assessors blinded (knew all had been transplanted) = risk "
     "of bias."),
    ("it", "Valutatori non in cieco: sapevano che tutti erano stati trapiantati, possibile "
           "distorsione.",
     "Valutatori in cieco: sapevano che tutti erano stati trapiantati, possibile "
     "distorsione."),
    ("es", "Evaluadores no cegados: sabían que todos habían recibido el trasplante.",
     "Evaluadores cegados: sabían que todos habían recibido el trasplante."),
    ("pt", "Avaliadores não cegos: sabiam que todos tinham recebido o transplante.",
     "Avaliadores cegos: sabiam que todos tinham recebido o transplante."),
    ("de", "Gutachter nicht verblindet (wussten, dass alle die Transplantation erhalten "
           "hatten).",
     "Gutachter verblindet (wussten, dass alle die Transplantation erhalten hatten)."),
]


@pytest.mark.parametrize(("lang", "faithful", "corrupted"), BLINDED)
def test_not_blinded_before_what_they_knew(lang: str, faithful: str, corrupted: str) -> None:
    _pair(HSCT, lang, faithful, corrupted, "negation-changed")


def test_a_blinding_kept_from_them_by_an_impossibility_is_no_blinding() -> None:
    _pair(RIVA, "it", "Non è stato possibile mantenere i pazienti in cieco rispetto al "
                      "ricovero, possibile fonte di bias.",
          "Si è potuto mantenere i pazienti in cieco rispetto al ricovero, possibile fonte "
          "di bias.", "negation-changed")


def test_knowing_denied_outright_is_still_caught() -> None:
    assert "negation-changed" in _rules(
        HSCT, "en", "The doctors who measured disability did not know that everyone had had "
                    "the transplant.")


# a change beyond the finding negated, and the finding itself negated
FURTHER = [
    ("en", "People with levels above sufficiency had a 22 per cent lower risk, although going "
           "even higher didn't lower it any further.",
     "People with levels above sufficiency had a 22 per cent lower risk, although going "
     "even higher didn't lower it."),
    ("fr", "Au-dessus du seuil suffisant, le risque était inférieur de 22 %, et pas de baisse "
           "supplémentaire aux taux les plus hauts.",
     "Au-dessus du seuil suffisant, le risque était inférieur de 22 %, et pas de baisse "
     "aux taux les plus hauts."),
]


@pytest.mark.parametrize(("lang", "faithful", "corrupted"), FURTHER)
def test_a_further_change_negated_is_not_the_finding_negated(lang: str, faithful: str,
                                                             corrupted: str) -> None:
    _pair(VITD, lang, faithful, corrupted, "negation-changed")


# a statement put to the reader to judge, and the same statement said as the text's own
PUT = [
    ("es", "Verdadero o falso: «Con clorhexidina hubo más infecciones». Respuesta: falso.",
     "Con clorhexidina hubo más infecciones."),
    ("en", "True or false: 'There were more infections with chlorhexidine.' Answer: false.",
     "There were more infections with chlorhexidine."),
    ("fr", "Vrai ou faux : « Il y a eu plus d'infections avec la chlorhexidine. » Réponse : "
           "faux.",
     "Il y a eu plus d'infections avec la chlorhexidine."),
]


@pytest.mark.parametrize(("lang", "faithful", "corrupted"), PUT)
def test_a_statement_put_to_the_reader_is_not_the_text_s_claim(lang: str, faithful: str,
                                                               corrupted: str) -> None:
    _pair(CHLX, lang, faithful, corrupted, "direction-flipped")


def test_a_prevented_change_with_a_long_object() -> None:
    faithful = ('"Até agora, os tratamentos convencionais têm prevenido as pessoas com EM de '
                'experienciar mais ataques e sintomas agravados, mas não no longo prazo", disse '
                "a autora.")
    assert "direction-flipped" not in _rules(HSCT, "pt", faithful)
    assert "direction-flipped" in _rules(
        HSCT, "pt", "Alguns doentes tiveram sintomas agravados, em vez de menos incapacidade.")


# a background figure labelled as context, and the same figure claimed as a result
BACKGROUND = [
    (CT, "en", "An earlier result from the same study: for around a quarter of the scanned "
               "patients, the diagnosis changed.",
     "A new five-year result: for around a quarter of the scanned patients, the diagnosis "
     "changed."),
    (CT, "it", "Circa 1 paziente su 4 aveva ricevuto una diagnosi diversa dopo la TAC "
               "(risultato precedente dello stesso studio).",
     "Circa 1 paziente su 4 aveva ricevuto una diagnosi diversa dopo la TAC (nuovo risultato "
     "a cinque anni)."),
    (CT, "de", "Bereits früher gezeigt: Bei etwa jedem vierten Patienten mit CT wurde die "
               "Diagnose neu eingeordnet. (Früheres Ergebnis, nicht Teil der Fünfjahresdaten.)",
     "Bereits früher gezeigt: Bei etwa jedem vierten Patienten mit CT wurde die Diagnose neu "
     "eingeordnet. (Neues Ergebnis der Fünfjahresdaten.)"),
    (VITD, "pt", "Nos EUA o risco de ter este cancro ao longo da vida é de 4,5% nos homens e de "
                 "4,2% nas mulheres. Isso é um dado geral, não um resultado do estudo.",
     "Nos EUA o risco de ter este cancro ao longo da vida é de 4,5% nos homens e de 4,2% nas "
     "mulheres. Isso foi o que o estudo encontrou."),
    (VITD, "de", "Zur Einordnung: In den USA erkranken im Laufe ihres Lebens 4,2 % der Frauen "
                 "an Darmkrebs. Diese Zahlen stammen nicht aus der Studie.",
     "Zur Einordnung: In den USA erkranken im Laufe ihres Lebens 4,2 % der Frauen an "
     "Darmkrebs. Diese Zahlen stammen aus der Studie."),
    (RIVA, "es", "Contexto (no son resultados del ensayo): cada año unas 900.000 personas tienen "
                 "un coágulo en una vena en Estados Unidos.",
     "Resultados del ensayo: cada año unas 900.000 personas tienen un coágulo en una vena en "
     "Estados Unidos."),
]


@pytest.mark.parametrize(("sheet", "lang", "faithful", "corrupted"), BACKGROUND)
def test_a_background_figure_claimed_as_a_result(sheet: str, lang: str, faithful: str,
                                                 corrupted: str) -> None:
    _pair(sheet, lang, faithful, corrupted, "background-as-result")


def test_a_question_whether_a_background_figure_is_a_result_claims_nothing() -> None:
    asked = ("O número de cerca de 900 mil americanos com tromboembolismo venoso por ano é "
             "resultado do ensaio?")
    _pair(RIVA, "pt", asked, asked[:-1] + ".", "background-as-result")


# a proof of safety whose object names the early-discharge group ("presto", "early")
@pytest.mark.parametrize(("lang", "faithful", "corrupted"), [
    ("it", "Lo studio era troppo piccolo per capire se andare a casa presto sia altrettanto "
           "sicuro.",
     "Lo studio dimostra che andare a casa presto è altrettanto sicuro."),
    ("en", "The study was too small to show whether going home early is just as safe.",
     "The study shows that going home early is just as safe."),
])
def test_a_proof_of_safety_with_a_caveat_word_in_its_object(lang: str, faithful: str,
                                                            corrupted: str) -> None:
    _pair(RIVA, lang, faithful, corrupted, "causal-claim")


def test_a_proof_of_safety_denied_in_its_object_claims_nothing() -> None:
    assert "causal-claim" not in _rules(
        RIVA, "it", "Lo studio dimostra che andare a casa presto non è altrettanto sicuro.")


# a limitation's negation after an arrow: the reason's own negation does not keep it
@pytest.mark.parametrize(("lang", "faithful", "corrupted"), [
    ("it", "Nessun gruppo di controllo → i risultati non si possono attribuire al trapianto "
           "in sé.",
     "Nessun gruppo di controllo → i risultati si possono attribuire al trapianto in sé."),
    ("en", "No control group → the outcomes cannot be attributed to the transplant itself.",
     "No control group → the outcomes can be attributed to the transplant itself."),
])
def test_a_limitation_said_after_an_arrow(lang: str, faithful: str, corrupted: str) -> None:
    _pair(HSCT, lang, faithful, corrupted, "negation-changed")


# the sheet's quote says agencies do not recommend it; a verb of the same meaning
# ("advise", "aconsejar", "conseiller", "raten", "consigliare", "aconselhar") said without
# the negation turns it round, and a verb of advising against keeps it
ADVICE = [
    ("en", "Health agencies do not currently advise taking vitamin D to prevent bowel cancer.",
     "Health agencies currently advise taking vitamin D to prevent bowel cancer."),
    ("es", "Hoy las agencias sanitarias no aconsejan tomar vitamina D para prevenir el cáncer "
           "colorrectal.",
     "Hoy las agencias sanitarias aconsejan tomar vitamina D para prevenir el cáncer "
     "colorrectal."),
    ("fr", "Les autorités sanitaires déconseillent la vitamine D pour prévenir le cancer "
           "colorectal.",
     "Les autorités sanitaires conseillent la vitamine D pour prévenir le cancer colorectal."),
    ("de", "Derzeit raten die Gesundheitsbehörden nicht zu Vitamin D zur Vorbeugung von "
           "Darmkrebs.",
     "Derzeit raten die Gesundheitsbehörden zu Vitamin D zur Vorbeugung von Darmkrebs."),
    ("it", "Oggi le autorità sanitarie non consigliano la vitamina D per la prevenzione del "
           "tumore del colon-retto.",
     "Oggi le autorità sanitarie consigliano la vitamina D per la prevenzione del tumore del "
     "colon-retto."),
    ("pt", "Atualmente, as autoridades de saúde não aconselham a vitamina D para a prevenção do "
           "cancro colorretal.",
     "Atualmente, as autoridades de saúde aconselham a vitamina D para a prevenção do cancro "
     "colorretal."),
]


@pytest.mark.parametrize(("lang", "faithful", "corrupted"), ADVICE)
def test_advice_said_in_another_verb(lang: str, faithful: str, corrupted: str) -> None:
    _pair(VITD, lang, faithful, corrupted, "negation-changed")


def test_advice_against_keeps_the_negation() -> None:
    assert "negation-changed" not in _rules(
        VITD, "en", "Health agencies currently advise against taking vitamin D to prevent "
                    "bowel cancer.")


# a causal verb whose object is the disease in other words ("the disease", "la maladie"),
# governed by a word of proof: what it proves is the study's result
PROVED = [
    ("en", "It shows a link rather than proof that low vitamin D causes the disease.",
     "It proves that low vitamin D causes the disease."),
    ("es", "Es un vínculo, no una prueba de que la falta de vitamina D cause la enfermedad.",
     "El estudio prueba que la falta de vitamina D causa la enfermedad."),
    ("fr", "L'étude n'a pas prouvé qu'un manque de vitamine D provoque la maladie.",
     "L'étude prouve qu'un manque de vitamine D provoque la maladie."),
    ("pt", "O estudo não prova que a falta de vitamina D causa a doença.",
     "O estudo prova que a falta de vitamina D causa a doença."),
]


@pytest.mark.parametrize(("lang", "faithful", "corrupted"), PROVED)
def test_a_proved_cause_of_the_disease_in_other_words(lang: str, faithful: str,
                                                      corrupted: str) -> None:
    _pair(VITD, lang, faithful, corrupted, "causal-claim")


def test_a_question_answered_yes_is_reported_at_its_answer() -> None:
    asked = "Heißt das, die Transplantation wirkt? "
    assert "causal-claim" not in _rules(HSCT, "de", asked + "Das lässt sich so nicht sagen.")
    found = [f for f in C.alarms_in(HSCT, "de", asked + "Ja, das ist damit belegt.")
             if f.rule == "causal-claim"]
    assert found and found[0].span[1] > len(asked)


def test_a_heading_line_is_not_read_with_the_sentence_after_it() -> None:
    heading = ("Come abbiamo fatto\nAbbiamo esaminato cartelle cliniche già esistenti di 210 "
               "persone.")
    assert "negation-changed" not in _rules(HSCT, "it", heading)
    assert "negation-changed" in _rules(
        HSCT, "it", "Limiti\nC'era un gruppo di confronto, cioè persone che avevano fatto il "
                    "trapianto.")


def test_a_wrapped_line_is_read_with_the_next() -> None:
    wrapped = ("Die Forscher weisen selbst darauf hin, dass Gesundheitsbehörden Vitamin D derzeit "
               "nicht zur\nVorbeugung von Darmkrebs empfehlen.")
    _pair(VITD, "de", wrapped, wrapped.replace("nicht zur", "zur"), "negation-changed")


def test_too_little_of_a_thing_keeps_the_sheet_s_lack() -> None:
    _pair(RIVA, "es", "Visitas por sangrado, 90 días | sin diferencia (ensayo con poca potencia "
                      "para verlo)",
          "Visitas por sangrado, 90 días | sin diferencia (ensayo con potencia suficiente para "
          "verlo)", "negation-changed")
