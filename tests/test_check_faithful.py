"""Faithful wording the checker must not call an error, each for a general reason, and the
corruptions of the same wording it must still catch (issue 14, item 1).

The sentences are written here in wording of their own (not the corruption suite's), in
several languages. The sheets are the suite's: the chlorhexidine test sheet and the
reviewed rivaroxaban, vitamin D and CT example sheets.
"""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in as alarms
from tests.corruption import said

# a count put on the wrong group (wrong-context) or on a thing the sheet never counts
# (wrong-referent): a faithful text raises neither
NUMBER_PLACES = {"wrong-context", "wrong-referent"}

CHX = "chx-effects-test"
RIVA = "rivaroxaban-pe-2018"
VITD = "vitamin-d-colorectal-2018"


def rules(sheet: str, lang: str, text: str) -> set[str]:
    return {f.rule for f in alarms(sheet, lang, text)}


# --- a finding word the text denies labels the figure as context ------------------------
@pytest.mark.parametrize("lang, text", [
    ("en", "Background: in the US up to 12% of caesareans are followed by a wound infection "
           "(this is not a result of the trial)."),
    ("es", "Contexto: en EE. UU. hasta el 12 % de las cesáreas acaban en infección de la "
           "herida; no es un resultado del estudio."),
    ("fr", "Pour situer : aux États-Unis, jusqu'à 12 % des césariennes se compliquent d'une "
           "infection de la plaie (ce n'est pas un résultat de l'essai)."),
    ("de", "In den USA folgt auf bis zu 12 % der Kaiserschnitte eine Wundinfektion – kein "
           "Ergebnis der Studie."),
    ("it", "Negli Stati Uniti fino al 12% dei cesarei è seguito da un'infezione della ferita "
           "(non è un risultato dello studio)."),
    ("pt", "Nos EUA, até 12% das cesarianas são seguidas de infeção na ferida (não é um "
           "resultado do estudo)."),
])
def test_a_denied_finding_word_keeps_a_background_figure_context(lang: str, text: str) -> None:
    assert "background-as-result" not in rules(CHX, lang, text), said(alarms(CHX, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("en", "A result of the trial: up to 12% of caesareans were followed by a wound "
           "infection."),
    ("es", "Resultado del estudio: hasta el 12 % de las cesáreas acabó en infección de la "
           "herida."),
    ("de", "Ergebnis der Studie: Auf bis zu 12 % der Kaiserschnitte folgte eine "
           "Wundinfektion."),
])
def test_an_affirmed_finding_word_still_makes_it_a_result(lang: str, text: str) -> None:
    assert "background-as-result" in rules(CHX, lang, text), said(alarms(CHX, lang, text))


# --- an arm described in words of its own labels ------------------------------------------
ARMS = {
    "en": ("Among those sent home early, 64.4% did not find their treatment a burden at all; "
           "of the people kept on the ward, 54.4% said the same."),
    "de": ("Von den früh nach Hause Entlassenen fanden 64,4 % die Behandlung gar nicht "
           "belastend; in der Klinikgruppe waren es 54,4 %."),
    "fr": ("Parmi les malades rentrés chez eux, 64,4 % n'ont pas du tout trouvé le traitement "
           "pesant ; chez les hospitalisés, 54,4 %."),
    "it": ("Tra chi è tornato a casa, il 64,4% non ha trovato la terapia per nulla gravosa; "
           "tra i ricoverati, il 54,4%."),
    "pt": ("Entre os que voltaram cedo para casa, 64,4% não acharam o tratamento nada pesado; "
           "entre os internados, 54,4%."),
}


@pytest.mark.parametrize("lang", sorted(ARMS))
def test_an_arm_described_in_its_labels_words_keeps_its_share(lang: str) -> None:
    assert not rules(RIVA, lang, ARMS[lang]) & NUMBER_PLACES, said(
        alarms(RIVA, lang, ARMS[lang]))


@pytest.mark.parametrize("lang", sorted(ARMS))
def test_shares_of_described_arms_swapped_are_still_wrong(lang: str) -> None:
    text = ARMS[lang].replace("64.4", "§").replace("64,4", "§")
    text = text.replace("54.4", "64.4" if lang == "en" else "x").replace(
        "54,4", "64,4").replace("§", "54.4" if lang == "en" else "54,4")
    assert text != ARMS[lang]
    assert "wrong-context" in rules(RIVA, lang, text), said(alarms(RIVA, lang, text))


# --- a share restated with its own count over its total -----------------------------------
@pytest.mark.parametrize("lang, text", [
    ("es", "Se asignaron 572 mujeres a clorhexidina y 575 a yodo. Infección a los 30 días: "
           "4,0 % (23/572) frente a 7,3 % (42/575)."),
    ("en", "572 women were given chlorhexidine and 575 iodine. Wound infection by day 30: "
           "4.0% (23/572) versus 7.3% (42/575)."),
    ("it", "A 572 donne è toccata la clorexidina, a 575 lo iodio. Infezione entro 30 giorni: "
           "4,0% (23/572) contro 7,3% (42/575)."),
])
def test_a_share_with_its_count_over_its_total_is_that_proportion(lang: str,
                                                                  text: str) -> None:
    assert not rules(CHX, lang, text) & NUMBER_PLACES, said(alarms(CHX, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("es", "Se asignaron 572 mujeres a clorhexidina y 575 a yodo. Infección a los 30 días: "
           "7,3 % (23/572) frente a 4,0 % (42/575)."),
    ("en", "572 women were given chlorhexidine and 575 iodine. Wound infection by day 30: "
           "7.3% (23/572) versus 4.0% (42/575)."),
])
def test_a_share_that_its_count_over_total_contradicts_is_still_wrong(lang: str,
                                                                      text: str) -> None:
    assert rules(CHX, lang, text) & {"wrong-context", "unsupported-number"}, said(
        alarms(CHX, lang, text))


# --- "about <fraction>" restates a figure the fraction word is nearest to -----------------
@pytest.mark.parametrize("lang, text", [
    ("en", "Those low in vitamin D had a risk of bowel cancer roughly a third higher; those "
           "above the healthy range, about a fifth lower."),
    ("es", "Con poca vitamina D el riesgo de cáncer colorrectal fue alrededor de un tercio "
           "mayor; por encima de lo suficiente, aproximadamente un quinto menor."),
    ("de", "Bei Vitamin-D-Mangel lag das Darmkrebsrisiko um etwa ein Drittel höher, oberhalb "
           "des ausreichenden Spiegels um rund ein Fünftel niedriger."),
])
def test_about_the_nearest_fraction_restates_a_relative_change(lang: str, text: str) -> None:
    assert "unsupported-number" not in rules(VITD, lang, text), said(alarms(VITD, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("en", "Those low in vitamin D had a risk of bowel cancer roughly a quarter higher."),
    ("es", "Con poca vitamina D el riesgo de cáncer colorrectal fue alrededor de la mitad "
           "mayor."),
])
def test_about_a_fraction_another_is_nearer_to_is_still_unsupported(lang: str,
                                                                    text: str) -> None:
    assert "unsupported-number" in rules(VITD, lang, text), said(alarms(VITD, lang, text))


# --- a derived form of a term's word, and a shorter form followed by the sentence ---------
def terms(sheet: str, lang: str, text: str) -> list[str]:
    return [f.found for f in alarms(sheet, lang, text) if f.rule == "term-corrupted"]


@pytest.mark.parametrize("sheet, lang, text", [
    (RIVA, "en", "You may go home with a blood-thinning tablet instead of staying in."),
    (RIVA, "es", "El boletín para pacientes anticoagulados resume un ensayo con rivaroxabán."),
    (CHX, "en", "Skin cleansing before a caesarean: chlorhexidine against iodine."),
    (CHX, "pt", "Nos EUA, a infeção da ferida atinge até 12% das cesarianas."),
    (CHX, "es", "En EE. UU., la infección de la herida afecta hasta al 12 % de las cesáreas."),
])
def test_derived_and_shorter_forms_of_a_term_are_no_garble(sheet: str, lang: str,
                                                            text: str) -> None:
    assert not terms(sheet, lang, text), said(alarms(sheet, lang, text))


@pytest.mark.parametrize("sheet, lang, text, garble", [
    (RIVA, "en", "You may go home with a blood thinker tablet instead of staying in.",
     "thinker"),
    (RIVA, "es", "Se fueron a casa con un anticoagulente oral en lugar de quedarse.",
     "anticoagulente"),
    (CHX, "pt", "Nos EUA, a infeção da ferida operativa atinge até 12% das cesarianas.",
     "operativa"),
    (CHX, "pt", "Nos EUA, a infeção da fenda operatória atinge até 12% das cesarianas.",
     "fenda"),
])
def test_look_alikes_of_a_terms_word_are_still_garbles(sheet: str, lang: str, text: str,
                                                      garble: str) -> None:
    assert any(garble in found for found in terms(sheet, lang, text)), said(
        alarms(sheet, lang, text))


@pytest.mark.parametrize("text, garble", [
    ("Essai randomisé : 1 147 femmes césarisées entre 2011 et 2015.", None),
    ("Essai randomisé : 1 147 femmes avec une césarianne entre 2011 et 2015.", "césarianne"),
])
def test_a_long_words_derivative_is_no_garble_but_a_swapped_vowel_is(text: str,
                                                                     garble: str | None) -> None:
    found = terms(CHX, "fr", text)
    assert (garble in found) if garble else not found, said(alarms(CHX, "fr", text))


# --- a generic word for the cohort said of a part's count ---------------------------------
@pytest.mark.parametrize("lang, text", [
    ("es", "Un ensayo con 114 pacientes comparó dos caminos. Terminaron el estudio 99 personas."),
    ("en", "A trial of 114 patients compared two paths. 99 people saw the study through."),
    ("it", "Uno studio su 114 pazienti ha confrontato due percorsi. Lo hanno concluso 99 "
           "persone."),
])
def test_a_generic_word_is_true_of_a_parts_count(lang: str, text: str) -> None:
    assert not rules(RIVA, lang, text) & NUMBER_PLACES, said(alarms(RIVA, lang, text))


def test_a_parts_count_said_of_another_named_part_is_still_wrong() -> None:
    text = "Of the 114 patients, 99 were given rivaroxaban and sent home early."
    # the sheet counts no early-discharge arm: the completers' 99 put on a thing it never
    # counts (wrong-referent), as a count moved to another counted group is wrong-context
    assert rules(RIVA, "en", text) & {"wrong-context", "wrong-referent",
                                      "unsupported-number"}, said(
        alarms(RIVA, "en", text))


# --- a time point said in another unit; a gain said "in their favour" ---------------------
@pytest.mark.parametrize("lang, text", [
    ("en", "Counting hospital time for any reason over three months, it was 19.2 hours "
           "against 43.2."),
    ("es", "Contando cualquier ingreso durante tres meses, fueron 19,2 horas frente a 43,2."),
    ("de", "Über drei Monate gerechnet waren es 19,2 gegenüber 43,2 Stunden im Krankenhaus."),
])
def test_a_time_point_in_another_unit_is_the_same_time(lang: str, text: str) -> None:
    assert "unsupported-number" not in rules(RIVA, lang, text), said(alarms(RIVA, lang, text))


def test_a_time_point_no_unit_makes_whole_is_still_unsupported() -> None:
    # four months is no 90 days: the 90-day figure said at it is the wrong time
    text = "Counting hospital time for any reason over four months, it was 19.2 hours."
    assert "wrong-context" in rules(RIVA, "en", text), said(alarms(RIVA, "en", text))


@pytest.mark.parametrize("lang, text", [
    ("en", "The early-home group spent 4.8 hours in hospital against 33.6 for those admitted: "
           "a gap of 28.8 hours in their favour."),
    ("es", "Los que se fueron pronto a casa pasaron 4,8 horas en el hospital frente a 33,6: "
           "una diferencia de 28,8 horas a su favor."),
    ("it", "Chi è tornato a casa ha passato 4,8 ore in ospedale contro 33,6: 28,8 ore a loro "
           "vantaggio."),
])
def test_a_gain_said_in_the_subjects_favour_is_no_flipped_sign(lang: str, text: str) -> None:
    assert "sign-flipped" not in rules(RIVA, lang, text), said(alarms(RIVA, lang, text))


# --- a difference invented for arms described in words of their labels --------------------
@pytest.mark.parametrize("lang, text", [
    ("en", "Visits to a doctor because of bleeding were rarer among those who went home "
           "early."),
    ("fr", "Les consultations chez le médecin pour un saignement ont été plus rares chez les "
           "malades rentrés tôt."),
    ("it", "Le visite dal medico per sanguinamento sono state più rare nel gruppo tornato a "
           "casa."),
    ("pt", "As idas ao médico por hemorragia foram mais raras entre quem foi para casa."),
])
def test_a_difference_for_a_described_arm_is_invented(lang: str, text: str) -> None:
    assert "invented-difference" in rules(RIVA, lang, text), said(alarms(RIVA, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("en", "Visits to a doctor because of bleeding were about as common among those who went "
           "home early as among those kept in hospital."),
    ("es", "El ensayo era demasiado pequeño para detectar diferencias en las hospitalizaciones "
           "o consultas por hemorragia, e incluyó menos pacientes de lo previsto."),
    ("de", "Die Studie war zu klein, um zu erkennen, ob Blutungen in einer Gruppe häufiger zu "
           "Klinik- oder Arztbesuchen führten."),
])
def test_no_difference_for_described_arms_or_the_outcomes_own_words(lang: str,
                                                                     text: str) -> None:
    assert "invented-difference" not in rules(RIVA, lang, text), said(
        alarms(RIVA, lang, text))


# --- an outcome named by a synonym of its label's word; a multiple as a difference; the
# outcome a question heading names, carried into its answer ---------------------------------
@pytest.mark.parametrize("lang, text", [
    ("es", "Las visitas al médico por sangrado fueron menos frecuentes con rivaroxabán."),
    ("it", "Le consultazioni per sanguinamento sono state meno frequenti con rivaroxaban."),
    ("en", "Bleeding-related appointments were less frequent with rivaroxaban than with usual "
           "care."),
    ("pt", "As consultas por hemorragia foram duas vezes mais frequentes no grupo internado."),
    ("es", "Las consultas por sangrado fueron el doble entre los hospitalizados."),
])
def test_a_synonym_or_a_multiple_still_invents_a_difference(lang: str, text: str) -> None:
    assert "invented-difference" in rules(RIVA, lang, text), said(alarms(RIVA, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("en", "Q: Skin reactions? A: fewer with chlorhexidine than with iodine."),
    ("fr", "Q : Réactions cutanées ? R : moins fréquentes sous chlorhexidine que sous iode."),
    ("de", "F: Hautreaktionen? A: seltener mit Chlorhexidin als mit Jod."),
])
def test_an_answer_is_about_the_outcome_its_question_names(lang: str, text: str) -> None:
    assert "invented-difference" in rules(CHX, lang, text), said(alarms(CHX, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("en", "Q: Skin reactions? A: about the same with chlorhexidine as with iodine."),
    ("es", "Las visitas al médico por sangrado fueron igual de frecuentes con rivaroxabán que "
           "con la atención habitual."),
    ("en", "Twice as many people were asked to take part as the trial could enrol."),
])
def test_no_difference_said_with_a_synonym_or_a_question_is_none(lang: str,
                                                                 text: str) -> None:
    sheet = CHX if "Skin" in text else RIVA
    assert "invented-difference" not in rules(sheet, lang, text), said(
        alarms(sheet, lang, text))


# --- a context word of another clause gives way to a finding word in the figure's own ------
@pytest.mark.parametrize("lang, text", [
    ("en", "For perspective, about 900,000 Americans get a clot in a vein every year, and "
           "fewer than 1 in 100 of the trial patients died within 30 days."),
    ("es", "Para situarnos, cada año unas 900.000 personas sufren un coágulo en una vena, y "
           "menos del 1 % de los pacientes del ensayo murió en 30 días."),
    ("it", "Per dare un'idea, ogni anno circa 900.000 persone hanno un coagulo in una vena, e "
           "meno dell'1% dei pazienti dello studio è morto entro 30 giorni."),
])
def test_a_background_figure_given_as_the_trials_in_its_own_clause_is_a_result(
        lang: str, text: str) -> None:
    assert "background-as-result" in rules(RIVA, lang, text), said(alarms(RIVA, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("en", "For perspective, fewer than 1 in 100 patients with a low-risk clot die within 30 "
           "days, whatever their treatment."),
    ("en", "An earlier look at the same study found that fewer than 1 in 100 patients with a "
           "low-risk clot die within 30 days."),
    ("es", "Para situarnos: en general, menos del 1 % de los pacientes con un coágulo de bajo "
           "riesgo muere en 30 días."),
])
def test_a_context_word_in_the_figures_own_clause_keeps_it_context(lang: str,
                                                                   text: str) -> None:
    assert "background-as-result" not in rules(RIVA, lang, text), said(
        alarms(RIVA, lang, text))


# --- the arm a difference is said to favour, with or without a sign -----------------------
@pytest.mark.parametrize("lang, text, ok", [
    ("de", "Absolute Differenz: −3,3 Prozentpunkte (95-%-KI −5,5 bis −1,1) zugunsten von "
           "Chlorhexidin.", True),
    ("de", "Absolute Differenz: −3,3 Prozentpunkte (95-%-KI −5,5 bis −1,1) zugunsten von "
           "Jod.", False),
    ("es", "Diferencia absoluta: −3,3 puntos porcentuales (IC del 95 %: −5,5 a −1,1), a favor "
           "del yodo.", False),
    ("fr", "Différence absolue : +3,3 points de pourcentage (IC à 95 % : −5,5 à −1,1) en "
           "faveur de la chlorhexidine.", False),
    ("en", "Absolute difference: −3.3 percentage points (95% CI −5.5 to −1.1) in favour of "
           "chlorhexidine.", True),
])
def test_the_favoured_arm_and_the_sign_must_both_be_the_sheets(lang: str, text: str,
                                                               ok: bool) -> None:
    assert ("sign-flipped" not in rules(CHX, lang, text)) is ok, said(alarms(CHX, lang, text))
