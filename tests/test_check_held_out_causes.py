"""Readings the checker makes of faithful wording people write, each for a general cause
found on held-out texts (issues 11 and 14): sentences written here in several languages,
beside the corruption of the same wording it must still catch."""

from __future__ import annotations

import pytest

from tests.test_check_faithful import alarms, rules, said

# a count put on the wrong group (wrong-context) or on a thing the sheet never counts
# (wrong-referent): a faithful text raises neither
NUMBER_PLACES = {"wrong-context", "wrong-referent"}

CHX = "chlorhexidine-csection-2016"  # 4.0 % against 7.3 %: chlorhexidine lower
HSCT = "hsct-ms-2021"  # no worsening of disability: 86 % (relapsing) and 71 % (progressive)


# --- a fraction word for one arm's rate against the other's --------------------------
@pytest.mark.parametrize("lang, text", [
    ("en", "Wound infections with chlorhexidine ran at close to half the iodine rate."),
    ("es", "Con clorhexidina, las infecciones de la herida se quedaron en casi la mitad."),
    ("it", "Con la clorexidina le infezioni della ferita sono state circa la metà."),
    ("pt", "Com a clorexidina, as infeções da ferida ficaram em cerca de metade."),
    ("de", "Mit Chlorhexidin lag die Rate der Wundinfektionen bei ungefähr halb so viel."),
])
def test_a_fraction_for_the_ratio_of_two_rates_restates_it(lang: str, text: str) -> None:
    assert "unsupported-number" not in rules(CHX, lang, text), said(alarms(CHX, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("en", "Wound infections with chlorhexidine ran at about a fifth of the iodine rate."),
    ("es", "Con clorhexidina, las infecciones de la herida fueron alrededor de un tercio."),
])
def test_a_fraction_far_from_the_ratio_is_still_unsupported(lang: str, text: str) -> None:
    assert "unsupported-number" in rules(CHX, lang, text), said(alarms(CHX, lang, text))


# --- a superlative that picks a kind, and a comparison of the figures themselves -------
@pytest.mark.parametrize("lang, text", [
    ("es", "Entre quienes tenían la forma con brotes, la más habitual, el 86 % no empeoró."),
    ("fr", "Pour la forme à poussées (la plus répandue), 86 % ne se sont pas aggravés."),
    ("it", "Nella forma a ricadute, la più frequente, l'86% non è peggiorato."),
    ("pt", "Na forma com surtos, a mais frequente, 86% não pioraram."),
    ("en", "The relapsing type, the commonest form, did best: 86% did not get worse."),
])
def test_a_superlative_naming_the_commonest_kind_is_no_direction(lang: str,
                                                                 text: str) -> None:
    assert "direction-flipped" not in rules(HSCT, lang, text), said(alarms(HSCT, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("fr", "Pour la forme rémittente, les pourcentages sont plus élevés : 86 % sans "
           "aggravation."),
    ("it", "Nella forma recidivante i valori risultano più alti: l'86% senza peggioramento."),
    ("es", "En la forma remitente las cifras fueron más altas: un 86 % sin empeorar."),
    ("en", "For relapsing MS the figures came out higher: 86% had no worsening."),
])
def test_higher_figures_are_no_rise_of_the_measure(lang: str, text: str) -> None:
    assert "direction-flipped" not in rules(HSCT, lang, text), said(alarms(HSCT, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("fr", "Après la greffe, la plupart ont vu leur handicap s'aggraver."),
    ("it", "Dopo il trapianto la disabilità è peggiorata nella maggior parte dei casi."),
    ("es", "Tras el trasplante, la discapacidad empeoró en la mayoría."),
])
def test_a_worsening_is_still_a_flipped_direction(lang: str, text: str) -> None:
    assert "direction-flipped" in rules(HSCT, lang, text), said(alarms(HSCT, lang, text))


# --- a prevention verb whose object is a clause ----------------------------------------
@pytest.mark.parametrize("lang, text", [
    ("de", "Die Transplantation kann bei vielen verhindern, dass ihre Behinderung "
           "schlimmer wird."),
    ("es", "El trasplante puede evitar, en muchos casos, que la discapacidad empeore."),
    ("it", "Il trapianto può evitare, in molti casi, che la disabilità peggiori."),
])
def test_a_prevented_clause_is_no_worsening(lang: str, text: str) -> None:
    assert "direction-flipped" not in rules(HSCT, lang, text), said(alarms(HSCT, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("es", "La clorhexidina previno más infecciones de la herida que el yodo."),
    ("pt", "A clorexidina preveniu mais infeções da ferida do que o iodo."),
])
def test_preventing_more_infections_is_fewer_infections(lang: str, text: str) -> None:
    assert "direction-flipped" not in rules(CHX, lang, text), said(alarms(CHX, lang, text))


def test_preventing_fewer_infections_is_still_flipped() -> None:
    text = "La clorhexidina previno menos infecciones de la herida que el yodo."
    assert "direction-flipped" in rules(CHX, "es", text), said(alarms(CHX, "es", text))


# --- a round figure with a hedge that holds of a count ---------------------------------
@pytest.mark.parametrize("lang, text", [
    ("fr", "L'essai a porté sur plus de 1 100 femmes opérées par césarienne."),
    ("pt", "O ensaio incluiu mais de mil mulheres submetidas a cesariana."),
    ("en", "The trial enrolled well over 1,000 women having a caesarean."),
    ("de", "An der Studie nahmen mehr als 1100 Frauen mit Kaiserschnitt teil."),
    ("it", "Lo studio ha coinvolto quasi 1200 donne sottoposte a cesareo."),
])
def test_a_round_bound_that_holds_restates_a_count(lang: str, text: str) -> None:
    assert "unsupported-number" not in rules(CHX, lang, text), said(alarms(CHX, lang, text))


@pytest.mark.parametrize("lang, text, rule", [
    # the sheet's 1,147 with its bound turned round: "fewer than 1,100", "more than 1,200"
    ("fr", "L'essai a porté sur moins de 1 100 femmes opérées par césarienne.",
     "hedge-reversed"),
    ("de", "An der Studie nahmen mehr als 1200 Frauen mit Kaiserschnitt teil.",
     "hedge-reversed"),
    # no bound: a figure the sheet does not give
    ("en", "The trial enrolled about 1,200 women having a caesarean.", "unsupported-number"),
])
def test_a_round_bound_that_does_not_hold_is_an_error(lang: str, text: str, rule: str) -> None:
    assert rule in rules(CHX, lang, text), said(alarms(CHX, lang, text))


# --- a difference whose two ends the sentence gives ------------------------------------
@pytest.mark.parametrize("lang, text", [
    ("en", "Time in hospital for clots or bleeding: 4.8 hours at home against 33.6 hours on "
           "the ward, a gap of 28.8 hours."),
    ("es", "Los que se fueron pronto pasaron 4,8 horas en el hospital y los ingresados 33,6 "
           "horas: una diferencia de 28,8 horas."),
    ("fr", "Sortie précoce : 4,8 heures à l'hôpital, contre 33,6 heures pour les autres, soit "
           "un écart de 28,8 heures."),
])
def test_the_size_of_a_gap_between_two_given_figures_has_no_sign(lang: str, text: str) -> None:
    riva = "rivaroxaban-pe-2018"
    assert "sign-flipped" not in rules(riva, lang, text), said(alarms(riva, lang, text))


def test_a_gap_said_as_added_time_still_has_a_sign() -> None:
    riva = "rivaroxaban-pe-2018"
    text = ("Those sent home spent 4.8 hours in hospital and the others 33.6 hours, so going "
            "home early added 28.8 hours.")
    assert "sign-flipped" in rules(riva, "en", text), said(alarms(riva, "en", text))


CT = "ct-heart-scan-2018"  # relative change: 40 % fewer heart attacks with the scan


# --- an aside in brackets does not end the clause ---------------------------------------
@pytest.mark.parametrize("lang, text", [
    ("it", "Aggiungere la TAC (un esame di pochi minuti) agli esami abituali ha ridotto gli "
           "infarti del 40%."),
    ("en", "Adding the scan (a test of a few minutes) to the usual tests lowered heart "
           "attacks by 40%."),
])
def test_an_aside_in_brackets_keeps_the_subject(lang: str, text: str) -> None:
    assert "sign-flipped" not in rules(CT, lang, text), said(alarms(CT, lang, text))


# --- a share in brackets restates the count before it ----------------------------------
@pytest.mark.parametrize("lang, text", [
    ("en", "By day 30, 42 women given iodine had a wound infection (7.3%), so the rate with "
           "chlorhexidine was lower."),
    ("it", "Entro 30 giorni si sono infettate 42 donne su 575 del gruppo iodio (7,3%), una "
           "differenza a favore della clorexidina."),
    ("es", "A los 30 días, 42 mujeres del grupo del yodo tuvieron una infección (7,3 %), de "
           "modo que con la clorhexidina hubo menos."),
])
def test_a_bracketed_share_keeps_the_group_of_its_count(lang: str, text: str) -> None:
    assert not rules(CHX, lang, text) & NUMBER_PLACES, said(alarms(CHX, lang, text))


def test_a_bracketed_share_of_the_wrong_count_is_still_caught() -> None:
    text = ("By day 30, 23 women given chlorhexidine had a wound infection (7.3%), so the rate "
            "with iodine was higher.")
    assert rules(CHX, "en", text) & {"wrong-context", "unsupported-number"}, said(
        alarms(CHX, "en", text))


# --- a count shared out "either to one or to the other" is the whole -------------------
RIVA = "rivaroxaban-pe-2018"


@pytest.mark.parametrize("lang, text", [
    ("it", "Lo studio ha assegnato 114 pazienti alla dimissione precoce con rivaroxaban "
           "oppure alle solite cure."),
    ("es", "El ensayo asignó a 114 pacientes o bien al alta precoz con rivaroxabán o bien a "
           "la atención de siempre."),
    ("en", "The trial randomly sent 114 patients either home early on the blood thinner or "
           "to the ward as usual."),
])
def test_a_count_shared_between_two_options_is_the_whole(lang: str, text: str) -> None:
    assert not rules(RIVA, lang, text) & NUMBER_PLACES, said(alarms(RIVA, lang, text))


# --- another named drug, test or disease beside the sheet's own terms --------------------
@pytest.mark.parametrize("sheet, lang, text", [
    (CHX, "en", "Women cleaned with chlorhexidine got fewer infections than those cleaned "
                "with vancomycin."),
    (CHX, "fr", "La chlorhexidine a été comparée à un antiseptique à base d'hypochlorite."),
    (CHX, "de", "Chlorhexidin wurde mit Chloroxylenol verglichen."),
    (CT, "es", "Unos hicieron las pruebas habituales y otros además una ecocardiografía."),
    (CT, "it", "Oltre agli esami abituali, metà dei pazienti ha fatto una risonanza magnetica."),
    (RIVA, "pt", "Os doentes com embolia pulmonar foram para casa a tomar dabigatrano."),
    (HSCT, "en", "Of 210 people with MS, those with progressive MSA did less well."),
])
def test_a_term_the_sheet_never_names_is_a_swap(sheet: str, lang: str, text: str) -> None:
    assert "term-swapped" in rules(sheet, lang, text), said(alarms(sheet, lang, text))


@pytest.mark.parametrize("sheet, lang, text", [
    ("vitamin-d-colorectal-2018", "de", "Ob Vitamin D vor Krebs schützt, kann die Studie "
                                        "nicht zeigen."),
    ("vitamin-d-colorectal-2018", "es", "Más de 5700 personas desarrollaron el tumor."),
    (HSCT, "en", "Of 210 people with MS, those with SPMS or PPMS did less well."),
])
def test_the_class_of_the_condition_or_its_subtypes_are_no_swap(sheet: str, lang: str,
                                                                 text: str) -> None:
    assert "term-swapped" not in rules(sheet, lang, text), said(alarms(sheet, lang, text))


@pytest.mark.parametrize("sheet, lang, text", [
    (CHX, "fr", "4,0 % d'infections avec la chlorhexidine, 7,3 % avec l'iode ; l'octénidine "
                "n'a pas été testée."),
    (HSCT, "it", "Su 210 persone con SM, l'80% non è peggiorato; la SLA è un'altra malattia."),
    (CHX, "de", "Mit Chlorhexidin 4,0 %, mit Jod 7,3 %; Vancomycin gehörte nicht zur Studie."),
])
def test_another_term_denied_or_set_apart_is_context(sheet: str, lang: str, text: str) -> None:
    assert "term-swapped" not in rules(sheet, lang, text), said(alarms(sheet, lang, text))


# --- a caveat that the result needs confirming, denied ---------------------------------
@pytest.mark.parametrize("lang, text", [
    ("en", "It was one hospital only, so no other hospitals have to confirm the result."),
    ("es", "Se hizo en un solo hospital y no es necesario comprobarlo en otros."),
    ("de", "Nur eine Klinik war beteiligt; eine Überprüfung anderswo braucht es nicht."),
    ("it", "Un solo ospedale, ma i dati non hanno bisogno di essere confermati altrove."),
])
def test_a_denied_need_to_confirm_is_a_negation_change(lang: str, text: str) -> None:
    assert "negation-changed" in rules(CHX, lang, text), said(alarms(CHX, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("en", "It was one hospital only, and the result has not yet been confirmed elsewhere."),
    ("de", "Nur eine Klinik war beteiligt; bestätigt ist das anderswo noch nicht."),
    ("fr", "Un seul hôpital : le résultat n'est pas encore confirmé ailleurs."),
    ("pt", "Foi só num hospital, por isso outros estudos têm de o confirmar."),
])
def test_a_caveat_not_yet_confirmed_is_kept(lang: str, text: str) -> None:
    assert "negation-changed" not in rules(CHX, lang, text), said(alarms(CHX, lang, text))


# --- a finding of no one narrowed to one group, or said of both -----------------------
@pytest.mark.parametrize("lang, text", [
    ("en", "Among those sent home early with rivaroxaban, nobody had major bleeding."),
    ("fr", "Seuls les patients hospitalisés comme d'habitude n'ont eu aucune hémorragie "
           "majeure."),
    ("de", "Eine schwere Blutung hatten beide Gruppen."),
    ("it", "Un sanguinamento grave c'è stato in entrambi i gruppi."),
])
def test_a_finding_of_no_one_narrowed_or_dropped_is_a_negation_change(lang: str,
                                                                      text: str) -> None:
    assert "negation-changed" in rules(RIVA, lang, text), said(alarms(RIVA, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("en", "Bleeding visits were alike with early discharge and in hospital; nobody had "
           "major bleeding."),
    ("de", "In beiden Gruppen gab es keine schwere Blutung."),
    ("es", "Ningún paciente de los dos grupos tuvo una hemorragia mayor."),
])
def test_no_one_in_either_group_is_the_sheets_finding(lang: str, text: str) -> None:
    assert "negation-changed" not in rules(RIVA, lang, text), said(alarms(RIVA, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("es", "Con clorhexidina, las infecciones de la herida se quedaron en la mitad."),
    ("it", "Con la clorexidina le infezioni della ferita sono state la metà."),
    ("pt", "Com a clorexidina, as infeções da ferida ficaram em metade."),
])
def test_a_rounded_ratio_without_its_hedge_gets_a_warning(lang: str, text: str) -> None:
    found = [f for f in alarms(CHX, lang, text) if f.rule == "hedge-dropped"]
    assert found and found[0].severity == "warning", said(alarms(CHX, lang, text))


# --- a sheet's count said of midwives or of study sites ---------------------------------
@pytest.mark.parametrize("lang, text", [
    ("en", "The trial took in 1,147 midwives having a caesarean."),
    ("it", "Lo studio ha coinvolto 1.147 ostetriche sottoposte a cesareo."),
    ("de", "Die Studie schloss 1147 Hebammen mit Kaiserschnitt ein."),
    ("en", "The study enrolled more than 1,100 hospitals."),
])
def test_a_count_of_people_said_of_other_things_is_a_wrong_referent(lang: str,
                                                                    text: str) -> None:
    assert "wrong-referent" in rules(CHX, lang, text), said(alarms(CHX, lang, text))


# --- a time named past a clause mark after the last figure is that clause's -------------
@pytest.mark.parametrize("lang, text", [
    ("de", "Fünf Jahre nach der Transplantation waren 80 Prozent nicht stärker "
           "eingeschränkt, nach zehn Jahren galt das nur noch für etwa zwei Drittel."),
    ("en", "Five years after the transplant 80% had not got worse, and by ten years it was "
           "about two thirds."),
    ("es", "A los cinco años, el 80 % no había empeorado; a los diez años, unos dos "
           "tercios."),
])
def test_a_time_after_the_last_figure_in_a_new_clause_is_not_its(lang: str,
                                                                 text: str) -> None:
    assert not rules(HSCT, lang, text) & NUMBER_PLACES, said(alarms(HSCT, lang, text))


def test_a_time_right_after_the_figure_is_still_its() -> None:
    text = "Five years after the transplant, 80% had not got worse at ten years."
    assert "wrong-context" in rules(HSCT, "en", text), said(alarms(HSCT, "en", text))


# --- "one of two" things: one of the sheet's arms, not a share --------------------------
@pytest.mark.parametrize("lang, text", [
    ("en", "Each of the 1,147 women was randomly given one of two skin cleansers."),
    ("es", "Cada una de las 1147 mujeres recibió al azar uno de dos antisépticos."),
])
def test_one_of_two_arms_is_no_share(lang: str, text: str) -> None:
    assert "unsupported-number" not in rules(CHX, lang, text), said(alarms(CHX, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("en", "One in two women got a wound infection."),
    ("es", "Una de cada dos mujeres tuvo una infección de la herida."),
])
def test_one_in_two_people_is_still_a_share(lang: str, text: str) -> None:
    assert "unsupported-number" in rules(CHX, lang, text), said(alarms(CHX, lang, text))
