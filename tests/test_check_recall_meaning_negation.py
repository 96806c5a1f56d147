"""Meaning turned round around a figure or a finding, the numbers intact, in six languages:
each faithful sentence is paired with the same sentence changed, and only the changed one
is reported.

- A finding the sheet says of no one ("no major bleeding in either group") said to have
  happened: "in both groups", "in each group", or the people after the finding
  ("schwere Blutungen hatten mehrere").
- The sheet's negated finding ("80 % did not get worse") with its negation left out, in
  any word for the direction the sheet denies ("verschlechtert" for "nicht stärker
  eingeschränkt"), a natural frequency included ("dos de cada tres").
- An effect of one arm against another the sheet gives only as a relative change ("40 %
  fewer heart attacks with the scan") said the other way round of the arm named alone.
- A control group the study lacked said to be there, before a clause with its own
  negation ("..., so the results cannot be put down to the transplant").
- A limitation measured against the plan ("fewer took part than planned") turned round,
  and one of what the assessors knew said unknown ("didn't know", "wussten nichts").
"""

from __future__ import annotations

import pytest

from tests import corruption as C

RIVA = "rivaroxaban-pe-2018"
HSCT = "hsct-ms-2021"
CT = "ct-heart-scan-2018"


def _rules(sheet: str, lang: str, text: str, rule: str) -> list[str]:
    return [f.rule for f in C.alarms_in(sheet, lang, text) if f.rule == rule]


# (faithful, changed): the finding of no one said to have happened
NONE_HAPPENED = [
    ("en", "In neither group did anyone have major bleeding within 90 days.",
     "In both groups, patients had major bleeding within 90 days."),
    ("en", "Major bleeding: none in either group.",
     "Major bleeding: one patient in each group."),
    ("es", "En ninguno de los dos grupos hubo hemorragias graves.",
     "En los dos grupos hubo hemorragias graves."),
    ("es", "Ningún paciente de ningún grupo presentó una hemorragia mayor.",
     "Algún paciente de cada grupo presentó una hemorragia mayor."),
    ("fr", "Aucune hémorragie majeure n'a été observée, dans aucun des deux groupes.",
     "Des hémorragies majeures ont été observées dans chacun des deux groupes."),
    ("de", "Schwere Blutungen hatte in keiner der beiden Gruppen jemand.",
     "Schwere Blutungen hatten in beiden Gruppen mehrere Menschen."),
    ("de", "Schwere Blutungen traten bei niemandem auf.",
     "Schwere Blutungen traten bei einigen auf."),
    ("it", "Nessuno dei pazienti, in nessuno dei due gruppi, ha avuto sanguinamenti gravi.",
     "Qualcuno dei pazienti, in entrambi i gruppi, ha avuto sanguinamenti gravi."),
    ("pt", "Em nenhum dos grupos houve hemorragias graves.",
     "Em ambos os grupos houve hemorragias graves."),
]


@pytest.mark.parametrize("lang,faithful,changed", NONE_HAPPENED)
def test_a_finding_of_no_one_said_to_have_happened(lang, faithful, changed):
    assert _rules(RIVA, lang, faithful, "negation-changed") == []
    assert "negation-changed" in _rules(RIVA, lang, changed, "negation-changed")


@pytest.mark.parametrize("lang,text", [
    ("en", "Was major bleeding seen in each group? No."),
    ("en", "Visits for bleeding were as frequent in both groups; major bleeding occurred "
           "in no one."),
    ("de", "Besuche wegen Blutungen waren in beiden Gruppen gleich häufig; schwere Blutungen "
           "traten bei niemandem auf."),
    ("fr", "Pas de différence pour les consultations, et aucune hémorragie majeure\ndans "
           "les deux bras."),
])
def test_a_question_or_a_denial_in_the_clause_is_no_finding_said(lang, text):
    assert _rules(RIVA, lang, text, "negation-changed") == []


# (faithful, changed): the sheet's "did not get worse" with the negation left out
DROPPED = [
    ("en", "After five years, 80% of all patients had not got worse.",
     "After five years, 80% of all patients had got worse."),
    ("es", "Diez años después, unos dos de cada tres no habían empeorado.",
     "Diez años después, unos dos de cada tres habían empeorado."),
    ("fr", "Après cinq ans, 80 % des patients ne s'étaient pas aggravés.",
     "Après cinq ans, 80 % des patients s'étaient aggravés."),
    ("de", "Nach fünf Jahren hatte sich die Behinderung bei 80 % nicht verschlechtert.",
     "Nach fünf Jahren hatte sich die Behinderung bei 80 % verschlechtert."),
    ("it", "Dopo cinque anni, l'80% dei pazienti non ha avuto un peggioramento.",
     "Dopo cinque anni, l'80% dei pazienti ha avuto un peggioramento."),
    ("pt", "Ao fim de cinco anos, 80 % dos doentes não tinham piorado.",
     "Ao fim de cinco anos, 80 % dos doentes tinham piorado."),
]


@pytest.mark.parametrize("lang,faithful,changed", DROPPED)
def test_a_negated_finding_with_its_negation_left_out(lang, faithful, changed):
    assert _rules(HSCT, lang, faithful, "negation-changed") == []
    assert "negation-changed" in _rules(HSCT, lang, changed, "negation-changed")


# (faithful, changed): the relative change of one arm against the other, said of one arm
EFFECT = [
    ("en", "People who also had a heart scan had fewer heart attacks over five years.",
     "People who also had a heart scan had more heart attacks over five years."),
    ("es", "Las personas a las que se hizo el escáner del corazón tuvieron menos infartos.",
     "Las personas a las que se hizo el escáner del corazón tuvieron más infartos."),
    ("fr", "Les patients ayant eu un coroscanner ont eu moins d'infarctus à cinq ans.",
     "Les patients ayant eu un coroscanner ont eu plus d'infarctus à cinq ans."),
    ("de", "Menschen mit Herz-CT hatten seltener einen Herzinfarkt.",
     "Menschen mit Herz-CT hatten häufiger einen Herzinfarkt."),
    ("it", "Le persone che hanno fatto anche una TAC del cuore hanno avuto meno infarti.",
     "Le persone che hanno fatto anche una TAC del cuore hanno avuto più infarti."),
    ("pt", "Quem fez a TAC ao coração teve menos enfartes em cinco anos.",
     "Quem fez a TAC ao coração teve mais enfartes em cinco anos."),
]


@pytest.mark.parametrize("lang,faithful,changed", EFFECT)
def test_an_effect_of_one_arm_said_the_other_way(lang, faithful, changed):
    assert _rules(CT, lang, faithful, "direction-flipped") == []
    assert _rules(CT, lang, changed, "direction-flipped") == ["direction-flipped"]


@pytest.mark.parametrize("lang,text", [
    # the other arm named alone, said the other way: the same finding
    ("fr", "Les infarctus ont été plus fréquents chez les patients n'ayant eu que les "
           "examens habituels."),
    ("pt", "O número de enfartes foi 40 % menor entre os que fizeram a TAC."),
    ("es", "El número de infartos fue un 40 % menor entre los que se hicieron el escáner."),
    # an added test ("in più") is no direction of the outcome
    ("it", "Una TAC del cuore in più, e cinque anni dopo meno infarti."),
])
def test_those_who_and_only_are_no_than(lang, text):
    assert _rules(CT, lang, text, "direction-flipped") == []


# (faithful, changed): the study's lack of a control group said as its presence, the next
# clause's own negation ("so the results cannot be put down to ...") no denial of it
CONTROL = [
    ("en", "The study had no control group, so the results cannot be put down to the "
           "transplant.",
     "The study had a control group, so the results cannot be put down to the transplant."),
    ("es", "El estudio no tuvo grupo de control, así que los resultados no pueden "
           "atribuirse al trasplante.",
     "El estudio tuvo grupo de control, así que los resultados no pueden atribuirse al "
     "trasplante."),
    ("fr", "L'étude n'avait pas de groupe témoin, donc les résultats ne peuvent pas être "
           "attribués à la greffe.",
     "L'étude avait un groupe témoin, donc les résultats ne peuvent pas être attribués à "
     "la greffe."),
    ("de", "Die Studie hatte keine Kontrollgruppe, daher lässt sich das Ergebnis nicht der "
           "Transplantation zuschreiben.",
     "Die Studie hatte eine Kontrollgruppe, daher lässt sich das Ergebnis nicht der "
     "Transplantation zuschreiben."),
    ("it", "Mancava un gruppo di controllo, quindi i risultati non possono essere attribuiti "
           "al trapianto.",
     "C'era un gruppo di controllo, quindi i risultati non possono essere attribuiti al "
     "trapianto."),
    ("pt", "Não havia grupo de controlo, por isso os resultados não podem ser atribuídos ao "
           "transplante.",
     "Havia um grupo de controlo, por isso os resultados não podem ser atribuídos ao "
     "transplante."),
]


@pytest.mark.parametrize("lang,faithful,changed", CONTROL)
def test_a_lacked_control_group_said_present_before_a_denying_clause(lang, faithful, changed):
    assert _rules(HSCT, lang, faithful, "negation-changed") == []
    assert "negation-changed" in _rules(HSCT, lang, changed, "negation-changed")


# (faithful, changed): fewer took part than planned (a limitation) said the other way
PLANNED = [
    ("en", "In the end, fewer patients took part than planned.",
     "In the end, more patients took part than planned."),
    ("es", "Al final participaron menos pacientes de los previstos.",
     "Al final participaron más pacientes de los previstos."),
    ("fr", "Au final, moins de patients que prévu ont participé.",
     "Au final, plus de patients que prévu ont participé."),
    ("de", "Am Ende nahmen weniger Patienten teil als geplant.",
     "Am Ende nahmen mehr Patienten teil als geplant."),
    ("it", "Alla fine hanno partecipato meno pazienti del previsto.",
     "Alla fine hanno partecipato più pazienti del previsto."),
    ("pt", "No fim participaram menos doentes do que o previsto.",
     "No fim participaram mais doentes do que o previsto."),
]


@pytest.mark.parametrize("lang,faithful,changed", PLANNED)
def test_fewer_than_planned_said_the_other_way(lang, faithful, changed):
    assert _rules(RIVA, lang, faithful, "direction-flipped") == []
    assert _rules(RIVA, lang, changed, "direction-flipped") == ["direction-flipped"]


def test_a_plan_denied_or_on_a_sheet_without_one_is_left_alone():
    assert _rules(RIVA, "en", "No more patients took part than planned.",
                  "direction-flipped") == []
    assert _rules(CT, "en", "More patients took part than planned.", "direction-flipped") == []


# (faithful, changed): the assessors knew who was treated (a limitation), said they did not
KNEW = [
    ("en", "The doctors who assessed disability knew who had the transplant.",
     "The doctors who assessed disability didn't know who had the transplant."),
    ("es", "Los médicos que evaluaron la discapacidad sabían quién se había trasplantado.",
     "Los médicos que evaluaron la discapacidad no sabían quién se había trasplantado."),
    ("fr", "Les médecins qui ont évalué le handicap savaient qui avait été greffé.",
     "Les médecins qui ont évalué le handicap ne savaient pas qui avait été greffé."),
    ("de", "Die Ärzte, die die Behinderung beurteilten, wussten von der Transplantation.",
     "Die Ärzte, die die Behinderung beurteilten, wussten nichts von der Transplantation."),
    ("it", "I medici che hanno valutato la disabilità sapevano chi era stato trapiantato.",
     "I medici che hanno valutato la disabilità non sapevano chi era stato trapiantato."),
    ("pt", "Os médicos que avaliaram a incapacidade sabiam quem tinha feito o transplante.",
     "Os médicos que avaliaram a incapacidade não sabiam quem tinha feito o transplante."),
]


@pytest.mark.parametrize("lang,faithful,changed", KNEW)
def test_what_the_assessors_knew_said_unknown(lang, faithful, changed):
    assert _rules(HSCT, lang, faithful, "negation-changed") == []
    assert _rules(HSCT, lang, changed, "negation-changed") == ["negation-changed"]


@pytest.mark.parametrize("lang,text", [
    ("en", "We do not know whether the transplant caused this."),
    ("es", "No se sabe si el trasplante fue la causa."),
    ("it", "Non si sa se il merito sia del trapianto."),
])
def test_not_knowing_the_cause_is_another_limitation(lang, text):
    assert _rules(HSCT, lang, text, "negation-changed") == []
