"""Causal claims the blind sets missed, each paired with the faithful sentence it came from:
the exposure said to have caused the study's result ("the transplant caused the result",
"a entraîné ce résultat"), and a proof of safety the sheet's limitations deny ("the trial
showed that going home early is just as safe")."""

from __future__ import annotations

import pytest

from tests import corruption as C

HSCT = "hsct-ms-2021"
RIVA = "rivaroxaban-pe-2018"


def _rules(sheet: str, lang: str, text: str) -> set[str]:
    return {f.rule for f in C.alarms_in(sheet, lang, text)}


# (language, faithful, corrupted): the exposure as the cause of the result itself
RESULT_CAUSED = [
    ("en", "So you can't say the transplant caused any of this.",
     "So you can say the transplant caused all of this."),
    ("en", "There was no comparison group, so it cannot tell us whether the transplant itself "
           "was responsible.",
     "There was no comparison group, which shows that the transplant itself was responsible."),
    ("en", "Nobody went without the transplant, so the outcomes cannot be attributed to the "
           "transplant itself.",
     "Nobody went without the transplant, so the outcomes can be attributed to the transplant "
     "itself."),
    ("es", "No había un grupo sin trasplante para comparar, así que no se puede saber si fue el "
           "trasplante lo que produjo el resultado.",
     "No había un grupo sin trasplante para comparar, así que se demuestra que fue el "
     "trasplante lo que produjo el resultado."),
    ("fr", "Il n'y avait pas de groupe sans greffe : on ne peut donc pas savoir si c'est la "
           "greffe qui a entraîné ce résultat.",
     "Il n'y avait pas de groupe sans greffe : on sait donc que c'est la greffe qui a "
     "entraîné ce résultat."),
    ("fr", "Impossible donc de dire si c'est la greffe elle-même qui explique ces chiffres.",
     "C'est donc bien la greffe elle-même qui explique ces chiffres."),
    ("it", "Mancava un gruppo di confronto: per questo non si può sapere se il trapianto ha "
           "causato il risultato.",
     "Mancava un gruppo di confronto: per questo si può dire che il trapianto ha causato il "
     "risultato."),
    ("pt", "Não houve um grupo sem transplante para comparar, pelo que não se pode saber se foi "
           "o transplante que causou o resultado.",
     "Não houve um grupo sem transplante para comparar, o que prova que foi o transplante "
     "que causou o resultado."),
    ("de", "Ob die Transplantation das Ergebnis verursacht hat, lässt sich deshalb nicht sagen.",
     "Damit ist belegt, dass die Transplantation das Ergebnis verursacht hat."),
    # a negation in a clause of its own before does not reach the claim
    ("es", "Los autores advierten de que no hubo grupo de control, por lo que los resultados "
           "no pueden atribuirse al trasplante en sí.",
     "Los autores advierten de que no hubo grupo de control, aunque los resultados se deben "
     "claramente al trasplante en sí."),
    ("en", "Without people who didn't get a transplant to compare against, we can't say the "
           "transplant caused this.",
     "Without people who didn't get a transplant to compare against, this shows the "
     "transplant caused it."),
]


@pytest.mark.parametrize("lang,faithful,corrupted", RESULT_CAUSED)
def test_exposure_said_to_cause_the_result(lang: str, faithful: str, corrupted: str) -> None:
    assert "causal-claim" not in _rules(HSCT, lang, faithful)
    assert "causal-claim" in _rules(HSCT, lang, corrupted)


# a proof of safety where the sheet says the study was too small to show it
PROVEN_SAFE = [
    ("en", "But the trial was too small to show whether going home early is just as safe.",
     "But the trial showed that going home early is just as safe."),
    ("es", "El ensayo no tenía potencia para detectar diferencias, así que no permite "
           "concluir nada sobre la seguridad.",
     "El ensayo no tenía potencia para detectar diferencias, así que demuestra que el alta "
     "precoz es igual de segura."),
    ("fr", "Elle ne permet donc pas de dire si un retour rapide à domicile est aussi sûr.",
     "Elle prouve donc qu'un retour rapide à domicile est aussi sûr."),
    ("it", "Lo studio era troppo piccolo per rilevarla, quindi non consente conclusioni sulla "
           "sicurezza.",
     "Lo studio era troppo piccolo per rilevarla, quindi dimostra che la dimissione precoce "
     "è sicura."),
    ("pt", "O ensaio não tinha potência suficiente, pelo que não permite tirar conclusões "
           "sobre a segurança.",
     "O ensaio não tinha potência suficiente, o que demonstra que a alta precoce é segura."),
    ("de", "Die Studie war zu klein, um zu sagen, ob die frühe Entlassung genauso sicher ist.",
     "Die Studie zeigt, dass die frühe Entlassung genauso sicher ist."),
]


@pytest.mark.parametrize("lang,faithful,corrupted", PROVEN_SAFE)
def test_proof_of_safety_the_sheet_denies(lang: str, faithful: str, corrupted: str) -> None:
    assert "causal-claim" not in _rules(RIVA, lang, faithful)
    assert "causal-claim" in _rules(RIVA, lang, corrupted)


@pytest.mark.parametrize("lang,text", [
    ("es", "MITO: «Está demostrado que es igual de seguro». REALIDAD: No."),
    ("en", "Larger studies must show that it is just as safe."),
    ("fr", "Des études plus grandes doivent montrer que c'est aussi sûr."),
    ("pt", "Estudos maiores têm de mostrar que é igualmente seguro."),
])
def test_a_proof_owed_or_labelled_a_myth_is_no_claim(lang: str, text: str) -> None:
    assert "causal-claim" not in _rules(RIVA, lang, text)


def test_the_rule_waits_for_a_sheet_that_denies_safety() -> None:
    """The hsct sheet says nothing of safety: a proof of it is another rule's to judge."""
    text = "The study showed that the transplant is just as safe."
    assert not any(f.rule == "causal-claim" and "safe" in f.message
                   for f in C.alarms_in(HSCT, "en", text))


# (language, faithful, corrupted): a mean age said as years of illness
AGE_AS_ILLNESS = [
    ("en", "On average they were 35 years old.", "On average they had been ill for 35 years."),
    ("es", "Con una edad media de 35 años.", "Con una media de 35 años de enfermedad."),
    ("es", "Participaron 210 personas (edad media, 35 años).",
     "Participaron 210 personas (duración media de la enfermedad, 35 años)."),
    ("es", "Participantes: 210 personas con EM; edad media, 35 años.",
     "Participantes: 210 personas con EM; duración media de la enfermedad, 35 años."),
    ("fr", "Elles avaient en moyenne 35 ans.", "Elles étaient malades depuis 35 ans en moyenne."),
    ("de", "Im Schnitt waren die Betroffenen 35 Jahre alt.",
     "Im Schnitt waren die Betroffenen 35 Jahre krank."),
    ("it", "Avevano in media 35 anni.", "Avevano in media 35 anni di malattia."),
    ("pt", "Tinham, em média, 35 anos.", "Tinham, em média, 35 anos de doença."),
]


@pytest.mark.parametrize("lang,faithful,corrupted", AGE_AS_ILLNESS)
def test_a_mean_age_said_as_years_of_illness(lang: str, faithful: str, corrupted: str) -> None:
    assert "wrong-referent" not in _rules(HSCT, lang, faithful)
    assert "wrong-referent" in _rules(HSCT, lang, corrupted)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les 210 personnes atteintes de la maladie avaient en moyenne 35 ans."),
    ("en", "The 210 people with the disease were on average 35 years old."),
    ("es", "Los enfermos tenían 35 años de media."),
])
def test_the_ill_people_s_age_stays_an_age(lang: str, text: str) -> None:
    assert "wrong-referent" not in _rules(HSCT, lang, text)


CT = "ct-heart-scan-2018"
CHX = "chlorhexidine-csection-2016"

# (language, faithful, corrupted): the study's effect said the other way with no figure
EFFECT_TURNED = [
    ("en", "People who had the CT scan had fewer heart attacks.",
     "People who had the CT scan had more heart attacks."),
    ("de", "Herz-CT bei Brustschmerzen: weniger Herzinfarkte über fünf Jahre",
     "Herz-CT bei Brustschmerzen: mehr Herzinfarkte über fünf Jahre"),
    ("es", "Un escáner del corazón dado a pacientes con dolor de pecho ha reducido el número "
           "de los que tuvieron un ataque al corazón.",
     "Un escáner del corazón dado a pacientes con dolor de pecho ha aumentado el número de "
     "los que tuvieron un ataque al corazón."),
]


@pytest.mark.parametrize("lang,faithful,corrupted", EFFECT_TURNED)
def test_the_effect_said_the_other_way_without_a_figure(lang: str, faithful: str,
                                                       corrupted: str) -> None:
    assert "direction-flipped" not in _rules(CT, lang, faithful)
    assert "direction-flipped" in _rules(CT, lang, corrupted)


@pytest.mark.parametrize("lang,text", [
    ("en", "Heart attacks are more common in older people."),
    ("en", "People who only had the usual tests had more heart attacks."),
    ("it", "Una TAC del cuore in più, e cinque anni dopo meno infarti."),
    ("it", "Detto al contrario: senza la TAC, gli infarti sono stati di più."),
    ("es", "Un escáner del corazón ha cortado el número de ataques al corazón, un estudio "
           "mayor ha encontrado."),
])
def test_other_groups_and_other_words_of_more_stay_clean(lang: str, text: str) -> None:
    assert "direction-flipped" not in _rules(CT, lang, text)


# (language, faithful, corrupted): one hospital said to be many
ONE_PLACE = [
    ("en", "Limitations: the trial ran in only one hospital.",
     "Limitations: the trial ran in more than one hospital."),
    ("en", "Limitations: this was a single-centre trial.",
     "Limitations: this was a multi-centre trial."),
    ("de", "Die Studie fand nur in einer Klinik statt.",
     "Die Studie fand in mehreren Kliniken statt."),
    ("fr", "Un seul centre : résultat à confirmer.", "Plusieurs centres : résultat confirmé."),
    ("it", "Lo studio è stato fatto in un solo ospedale.",
     "Lo studio è stato fatto in molti ospedali."),
    ("es", "El estudio se hizo en un solo hospital.", "El estudio se hizo en varios hospitales."),
    ("pt", "O estudo foi feito num só hospital.", "O estudo foi feito em vários hospitais."),
    # the caveat's later clause kept: it asks for other hospitals, not these
    ("en", "The trial ran in only one hospital, so the findings still need confirmation "
           "elsewhere.",
     "The trial ran in more than one hospital, so the findings still need confirmation "
     "elsewhere."),
    ("de", "Aber Vorsicht: Es war nur eine Klinik. Das Ergebnis muss sich noch in anderen "
           "Kliniken zeigen.",
     "Aber Vorsicht: Es waren viele Kliniken. Das Ergebnis muss sich noch in anderen "
     "Kliniken zeigen."),
    ("fr", "Vignette 5 – Attention Un seul centre : résultat à confirmer dans d'autres hôpitaux.",
     "Vignette 5 – Attention Plusieurs centres : résultat confirmé dans d'autres hôpitaux."),
]


@pytest.mark.parametrize("lang,faithful,corrupted", ONE_PLACE)
def test_one_hospital_said_to_be_many(lang: str, faithful: str, corrupted: str) -> None:
    assert "negation-changed" not in _rules(CHX, lang, faithful)
    assert "negation-changed" in _rules(CHX, lang, corrupted)


@pytest.mark.parametrize("lang,text", [
    ("en", "The result needs checking in several other hospitals."),
    ("en", "Infection after a caesarean is a common problem in many hospitals around the world."),
    ("de", "Das Ergebnis muss sich noch in mehreren Kliniken zeigen."),
    ("en", "Future multi-centre trials must confirm it."),
])
def test_other_hospitals_to_come_are_the_caveat(lang: str, text: str) -> None:
    assert "negation-changed" not in _rules(CHX, lang, text)


# (sheet, language, faithful, corrupted): a body site put in the place of a word of a
# long form of the term, whatever its first letter
SITE_IN_TERM = [
    (CT, "es", "La mitad se hizo además una angio-TC coronaria.",
     "La mitad se hizo además una angio-TC cerebral."),
    (CT, "it", "Metà ha fatto anche un'angio-TC coronarica.",
     "Metà ha fatto anche un'angio-TC polmonare."),
    (CT, "en", "The trial tested CT coronary angiography. Half the patients also had CT "
               "coronary angiography.",
     "The trial tested CT coronary angiography. Half the patients also had CT pulmonary "
     "angiography."),
    (HSCT, "it", "Hanno ricevuto un trapianto di cellule staminali ematopoietiche.",
     "Hanno ricevuto un trapianto di cellule staminali epatiche."),
    # a form of two words, the other kept
    (RIVA, "it", "Lo studio riguarda l'embolia polmonare a basso rischio. In generale, con "
                 "un'embolia polmonare a basso rischio muore meno dell'1%.",
     "Lo studio riguarda l'embolia polmonare a basso rischio. In generale, con un'embolia "
     "cerebrale a basso rischio muore meno dell'1%."),
]


@pytest.mark.parametrize("sheet,lang,faithful,corrupted", SITE_IN_TERM)
def test_a_body_site_in_the_place_of_a_word_of_the_term(sheet: str, lang: str, faithful: str,
                                                         corrupted: str) -> None:
    assert "term-corrupted" not in _rules(sheet, lang, faithful)
    assert "term-corrupted" in _rules(sheet, lang, corrupted)


def test_another_disease_in_the_sheet_s_place_is_reported_once_as_a_swap() -> None:
    found = C.alarms_in("vitamin-d-colorectal-2018", "en",
                        "Vitamin D and breast cancer: low levels were linked to a higher risk.")
    assert [f.rule for f in found if f.rule.startswith("term-")] == ["term-swapped"]
