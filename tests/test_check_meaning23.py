"""Meaning changed with the figures intact, each faithful form paired with the same sentence
corrupted: a negation of another predicate before a verb of knowing ("not blinded (knew
...)") and the blinding said outright where the sheet says they knew; a change beyond the
finding negated ("didn't lower it any further"); a statement put to the reader to judge
("True or false: ..."); a prevention verb whose object runs long; a background figure
claimed as this study's result, or asked about in a question; a proof of safety whose
object holds a caveat word ("going home early"); and a limitation's negation said after
an arrow or a "so" in the clause after it."""

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
