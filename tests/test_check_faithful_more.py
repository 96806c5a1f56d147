"""More faithful wording the checker must not call an error, each for a general reason,
beside the corruption of the same wording it must still catch (issue 14, item 1; issue 11,
item 3). The sentences are written here, in several languages, on the suite's sheets."""

from __future__ import annotations

import pytest

from tests import corruption as C
from tests.test_check_faithful import CHX, RIVA, VITD, alarms, rules, said

CT = "ct-heart-scan-2018"


# --- a verb of approximation is a hedge ------------------------------------------------
@pytest.mark.parametrize("lang, text", [
    ("pt", "A redução relativa do risco de infeção da ferida ronda os 45%."),
    ("es", "La reducción relativa del riesgo de infección de la herida rondó el 45 %."),
    ("fr", "La baisse relative du risque d'infection de la plaie avoisine les 45 %."),
    ("it", "La riduzione relativa del rischio di infezione della ferita si aggirava sul 45%."),
])
def test_a_verb_of_approximation_keeps_the_hedge(lang: str, text: str) -> None:
    assert "hedge-dropped" not in rules(CHX, lang, text), said(alarms(CHX, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("pt", "A redução relativa do risco de infeção da ferida foi de 45%."),
    ("es", "La reducción relativa del riesgo de infección de la herida fue del 45 %."),
])
def test_the_same_figure_without_it_drops_the_hedge(lang: str, text: str) -> None:
    found = C.check(C.Faithful(CHX, lang, "test", text), text)
    assert "hedge-dropped" in {f.rule for f in found}, said(found)


# --- the figure's noun, then its direction ---------------------------------------------
@pytest.mark.parametrize("lang, text", [
    ("fr", "Ceux qui en avaient plus que le nécessaire avaient 22 % de risque en moins."),
    ("fr", "Celles qui en avaient davantage avaient 22 % de risque de cancer en moins."),
    ("it", "Chi ne aveva di più aveva il 22% di rischio in meno."),
    ("pt", "Quem tinha mais vitamina D tinha 22% de risco a menos."),
])
def test_a_direction_after_the_figures_noun_is_its_direction(lang: str, text: str) -> None:
    assert "sign-flipped" not in rules(VITD, lang, text), said(alarms(VITD, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("fr", "Celles qui en avaient davantage avaient 22 % de risque de cancer en plus."),
    ("it", "Chi ne aveva di più aveva il 22% di rischio in più."),
])
def test_the_other_direction_after_the_noun_is_flipped(lang: str, text: str) -> None:
    assert "sign-flipped" in rules(VITD, lang, text), said(alarms(VITD, lang, text))


# --- a direction word beside a signed interval -----------------------------------------
@pytest.mark.parametrize("lang, text", [
    ("en", "In absolute terms the infection risk was 3.3 percentage points lower with "
           "chlorhexidine (95% CI −5.5 to −1.1)."),
    ("es", "En términos absolutos, el riesgo de infección fue 3,3 puntos porcentuales menor "
           "con clorhexidina (IC 95 %: −5,5 a −1,1)."),
])
def test_a_direction_word_gives_the_sign_beside_a_signed_interval(lang: str,
                                                                  text: str) -> None:
    assert "sign-flipped" not in rules(CHX, lang, text), said(alarms(CHX, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("en", "In absolute terms the infection risk was 3.3 percentage points higher with "
           "chlorhexidine (95% CI −5.5 to −1.1)."),
    ("en", "The absolute difference was 3.3 percentage points (95% CI −5.5 to −1.1)."),
])
def test_the_other_word_or_no_sign_beside_a_signed_interval_is_flipped(lang: str,
                                                                        text: str) -> None:
    assert "sign-flipped" in rules(CHX, lang, text), said(alarms(CHX, lang, text))


# --- an earlier report of the study's own group ----------------------------------------
@pytest.mark.parametrize("lang, text", [
    ("en", "An earlier paper by the same team had already shown that the scan changed the "
           "diagnosis for around one in four patients."),
    ("es", "Un trabajo anterior del mismo equipo ya había mostrado que la prueba cambiaba el "
           "diagnóstico de alrededor de uno de cada cuatro pacientes."),
    ("pt", "O mesmo grupo já tinha mostrado que o exame mudava o diagnóstico em cerca de um "
           "em cada quatro doentes."),
    ("fr", "La même équipe avait déjà montré que l'examen changeait le diagnostic chez "
           "environ un patient sur quatre."),
    ("it", "Lo stesso gruppo aveva già mostrato che l'esame cambiava la diagnosi in circa un "
           "paziente su quattro."),
    ("de", "Dieselbe Gruppe hatte bereits gezeigt, dass die Untersuchung bei etwa einem von "
           "vier Patienten die Diagnose änderte."),
])
def test_an_earlier_report_of_the_studys_group_is_context(lang: str, text: str) -> None:
    assert "background-as-result" not in rules(CT, lang, text), said(alarms(CT, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("en", "In this study, the scan changed the diagnosis for around one in four patients."),
    ("es", "En este estudio, la prueba cambió el diagnóstico de alrededor de uno de cada "
           "cuatro pacientes."),
])
def test_the_same_figure_given_as_this_studys_is_a_result(lang: str, text: str) -> None:
    assert "background-as-result" in rules(CT, lang, text), said(alarms(CT, lang, text))


# --- a cause said of an outcome only the background has --------------------------------
def test_a_cause_of_an_outcome_only_the_background_gives_is_no_claim() -> None:
    text = ("For context, the team previously reported that CT angiography led to a "
            "reclassified diagnosis in around a quarter of patients.")
    assert "causal-claim" not in rules(CT, "en", text), said(alarms(CT, "en", text))


def test_a_cause_of_a_studied_outcome_is_still_a_claim() -> None:
    # the vitamin D sheet is a cohort study: its outcome is said as an association only
    text = "Higher vitamin D levels led to fewer bowel cancers over the years."
    assert "causal-claim" in rules(VITD, "en", text), said(alarms(VITD, "en", text))


def test_the_cause_the_sheets_own_title_states_is_no_claim() -> None:
    # the CT sheet gives no design, and its reviewed title says the scan cut heart attacks
    text = "CT angiography led to fewer heart attacks over five years."
    assert "causal-claim" not in rules(CT, "en", text), said(alarms(CT, "en", text))


# --- round thousands said in hundreds -----------------------------------------------------
def test_hundreds_said_aloud_are_thousands() -> None:
    text = ("Researchers compared more than fifty-seven hundred people who developed bowel "
            "cancer with more than seventy-one hundred people who did not.")
    assert not alarms(VITD, "en", text), said(alarms(VITD, "en", text))


def test_hundreds_the_sheet_does_not_give_are_still_wrong() -> None:
    text = ("Researchers compared more than sixty-seven hundred people who developed bowel "
            "cancer with more than seventy-one hundred people who did not.")
    assert alarms(VITD, "en", text)


# --- a small number word counting what a colon lists --------------------------------------
@pytest.mark.parametrize("lang, text", [
    ("es", "Un ensayo con 1147 mujeres comparó dos productos: clorhexidina con alcohol y yodo "
           "con alcohol."),
    ("en", "A trial of 1,147 women compared two skin cleansers: chlorhexidine-alcohol and "
           "iodine-alcohol."),
    ("pt", "Um ensaio com 1147 mulheres comparou dois produtos: clorexidina com álcool e iodo "
           "com álcool."),
])
def test_a_number_word_counting_the_arms_a_colon_lists_is_their_number(lang: str,
                                                                       text: str) -> None:
    assert not alarms(CHX, lang, text), said(alarms(CHX, lang, text))


def test_a_wrong_number_of_arms_is_still_unsupported() -> None:
    text = ("Un ensayo con 1147 mujeres comparó cinco productos: clorhexidina con alcohol y "
            "yodo con alcohol.")
    assert "unsupported-number" in rules(CHX, "es", text), said(alarms(CHX, "es", text))


# --- a verb is no form of an outcome's noun ------------------------------------------------
def test_a_verb_sharing_a_nouns_first_letters_names_no_outcome() -> None:
    text = ("Les personnes rentrées tôt sous rivaroxaban passaient beaucoup moins de temps à "
            "l'hôpital que celles hospitalisées : 4,8 heures contre 33,6 heures en moyenne.")
    assert "invented-difference" not in rules(RIVA, "fr", text), said(alarms(RIVA, "fr", text))


def test_the_outcomes_own_noun_still_invents_a_difference() -> None:
    text = ("Les personnes rentrées tôt sous rivaroxaban ont eu beaucoup moins de passages à "
            "l'hôpital pour un saignement que celles hospitalisées.")
    assert "invented-difference" in rules(RIVA, "fr", text), said(alarms(RIVA, "fr", text))


# --- a participle opens the description of an arm ------------------------------------------
@pytest.mark.parametrize("lang, text", [
    ("it", "Quasi due pazienti su tre tornati a casa (64,4%) hanno trovato la terapia per "
           "niente pesante."),
    ("en", "Nearly two in three patients sent home early (64.4%) did not find the treatment "
           "a burden at all."),
])
def test_a_participle_after_the_figure_describes_its_arm(lang: str, text: str) -> None:
    assert not alarms(RIVA, lang, text), said(alarms(RIVA, lang, text))


def test_a_verb_after_the_figure_does_not_describe_the_other_arm() -> None:
    text = ("Tra i pazienti mandati a casa presto, il 64,4% ha trovato la terapia per niente "
            "pesante.")
    assert not alarms(RIVA, "it", text), said(alarms(RIVA, "it", text))


# --- causal wording for an observational study (issue 11, item 3) --------------------------
@pytest.mark.parametrize("lang, text", [
    ("en", "This study shows cause and effect."),
    ("es", "El estudio demuestra una relación de causa y efecto."),
    ("fr", "L'étude montre une vraie relation de cause à effet."),
    ("de", "Die Studie belegt einen Kausalzusammenhang."),
    ("it", "Lo studio dimostra un chiaro rapporto di causa-effetto."),
    ("pt", "O estudo mostra uma relação de causa e efeito."),
])
def test_cause_and_effect_said_of_the_study_is_a_claim(lang: str, text: str) -> None:
    assert "causal-claim" in rules(VITD, lang, text), said(alarms(VITD, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("en", "It shows an association, not cause and effect."),
    ("es", "El estudio no demuestra una relación de causa y efecto."),
    ("fr", "C'est une association observée, pas une preuve de cause à effet."),
    ("de", "Einen Kausalzusammenhang kann die Studie nicht belegen."),
    ("it", "Lo studio non dimostra un rapporto di causa-effetto."),
    ("pt", "O estudo não prova uma relação de causa e efeito."),
])
def test_cause_and_effect_denied_is_no_claim(lang: str, text: str) -> None:
    assert "causal-claim" not in rules(VITD, lang, text), said(alarms(VITD, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("en", "The findings show that vitamin D protects you."),
    ("en", "A lack of vitamin D made people 31% more likely to get bowel cancer."),
    ("en", "So low vitamin D drives bowel cancer."),
    ("fr", "Prendre de la vitamine D protège donc bel et bien."),
    ("fr", "Autrement dit, la vitamine D empêche le cancer du côlon."),
    ("es", "¿Previene la vitamina D el cáncer de colon? Sí: el estudio lo demuestra."),
    ("en", "Does vitamin D prevent bowel cancer? Yes, this study shows it."),
    # a negated heading whose clause is no object of it denies nothing there
    ("es", "Conviene no precipitarse: el estudio demuestra que la vitamina D protege frente "
           "al cáncer de colon."),
])
def test_causal_verb_families_are_claims(lang: str, text: str) -> None:
    assert "causal-claim" in rules(VITD, lang, text), said(alarms(VITD, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("en", "It does not prove that vitamin D protects you."),
    ("en", "People with a deficiency were 31% more likely to get bowel cancer."),
    ("en", "Vitamin D levels were measured; high levels drove nobody's choices down."),
    ("fr", "Ce que cela ne veut pas dire : que la vitamine D empêche le cancer du côlon."),
    ("en", "What this does not show: that vitamin D prevents bowel cancer."),
    ("fr", "Rien n'empêche de penser à d'autres causes."),
    ("es", "¿Previene la vitamina D el cáncer de colon? No: es un estudio observacional."),
    ("en", "Does vitamin D prevent bowel cancer? This study cannot say."),
])
def test_the_same_families_denied_or_asked_are_no_claims(lang: str, text: str) -> None:
    assert "causal-claim" not in rules(VITD, lang, text), said(alarms(VITD, lang, text))


# --- a relative change said as so many per hundred, the hundred in words -------------------
@pytest.mark.parametrize("lang, text", [
    ("en", "Five years on, people who had the scan had forty fewer heart attacks per hundred "
           "people than those who had not."),
    ("es", "A los cinco años, con el escáner hubo cuarenta infartos menos por cada cien "
           "pacientes."),
    ("fr", "Cinq ans plus tard, quarante crises cardiaques en moins pour cent patients avec le "
           "scanner."),
    ("it", "Dopo cinque anni, con la TAC gli infarti sono stati quaranta in meno ogni cento "
           "pazienti."),
    ("pt", "Cinco anos depois, quem fez a TAC teve menos quarenta enfartes por cada cem "
           "doentes."),
])
def test_a_relative_change_per_hundred_in_words_is_said_as_absolute(lang: str,
                                                                    text: str) -> None:
    assert "relative-as-absolute" in rules(CT, lang, text), said(alarms(CT, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("en", "Five years on, people who had the scan had forty per cent fewer heart attacks."),
    ("fr", "Cinq ans plus tard, il y a eu quarante pour cent de crises cardiaques en moins "
           "avec le scanner."),
    ("it", "Dopo cinque anni, con la TAC gli infarti sono stati il quaranta per cento in meno."),
])
def test_the_same_change_in_per_cent_words_is_relative(lang: str, text: str) -> None:
    assert not alarms(CT, lang, text), said(alarms(CT, lang, text))


# --- German "jeder vierte": one in so many ------------------------------------------------
def test_every_fourth_is_one_in_four_with_its_hedge() -> None:
    text = ("Eine frühere Auswertung hatte gezeigt, dass sich bei etwa jedem vierten Patienten "
            "die Diagnose änderte.")
    assert not alarms(CT, "de", text), said(alarms(CT, "de", text))


@pytest.mark.parametrize("text, rule", [
    ("Eine frühere Auswertung hatte gezeigt, dass sich bei jedem vierten Patienten die "
     "Diagnose änderte.", "hedge-dropped"),
    ("Eine frühere Auswertung hatte gezeigt, dass sich bei etwa jedem dritten Patienten die "
     "Diagnose änderte.", "unsupported-number"),
])
def test_every_fourth_without_its_hedge_or_every_third_is_caught(text: str, rule: str) -> None:
    assert rule in rules(CT, "de", text), said(alarms(CT, "de", text))


# --- "more" after a per-cent figure is its direction, not a quantity -------------------------
@pytest.mark.parametrize("lang, text", [
    ("en", "Five years on, people who had the scan had 40% more heart attacks."),
    ("en", "Five years on, people who had the scan had forty per cent more heart attacks."),
    ("es", "A los cinco años, un 40 % más de infartos en el grupo del escáner."),
])
def test_more_after_a_per_cent_figure_flips_a_reduction(lang: str, text: str) -> None:
    assert "sign-flipped" in rules(CT, lang, text), said(alarms(CT, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("en", "Five years on, people who had the scan had 40% fewer heart attacks."),
    ("es", "A los cinco años, un 40 % menos de infartos en el grupo del escáner."),
])
def test_fewer_after_a_per_cent_figure_is_the_reduction(lang: str, text: str) -> None:
    assert not alarms(CT, lang, text), said(alarms(CT, lang, text))
