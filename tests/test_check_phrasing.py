"""How the checker reads wording people use for the new fact kinds that our generators do not:
a thread's post numbers, natural frequencies in other constructions, a signed difference
whose direction is said in words, hedges outside the short lists, a large difference said
with "much", and the corruptions of these that must still be caught.

The sentences are written here in wording of their own (not the corruption suite's).
The sheets are the suite's: the chlorhexidine test sheet (with effect figures added by hand)
and the reviewed rivaroxaban and CT example sheets.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests import corruption as C
from tests.corruption import said

CHX = "chx-effects-test"
OBS = "chx-effects-test@observational"
RIVA = "rivaroxaban-pe-2018"
CT = "ct-heart-scan-2018"


def findings(sheet: str, lang: str, text: str) -> list[Any]:
    return C.check(C.Faithful(sheet, lang, "test", text), text)


def alarms(sheet: str, lang: str, text: str) -> list[Any]:
    return C.alarms(findings(sheet, lang, text))


def at(sheet: str, lang: str, text: str, rule: str, word: str) -> bool:
    """Whether an alarm of ``rule`` points at ``word``."""
    a = text.index(word)
    return any(f.rule == rule and f.span and f.span[0] < a + len(word) and a < f.span[1]
               for f in alarms(sheet, lang, text))


# --- a thread's post numbers ------------------------------------------------------------
THREAD = {
    "en": ("1/ A new trial of 1,147 women compared two skin cleansers before a C-section.\n\n"
           "2/ With chlorhexidine, 4% got a wound infection; with iodine, 7.3%.\n\n"
           "3/ That is a hazard ratio of 0.62."),
    "es": ("1/ Un ensayo con 1147 mujeres comparó dos desinfectantes antes de la cesárea.\n\n"
           "2/ Con clorhexidina se infectó la herida en el 4 %; con yodo, en el 7,3 %.\n\n"
           "3/ El cociente de riesgos es de 0,62."),
    "de": ("1/ Eine Studie mit 1.147 Frauen verglich zwei Hautdesinfektionen.\n\n"
           "2/ Mit Chlorhexidin bekamen 4 % eine Wundinfektion, mit Jod 7,3 %.\n\n"
           "3/ Die Hazard Ratio liegt bei 0,62."),
}


@pytest.mark.parametrize("lang", sorted(THREAD))
def test_a_threads_post_numbers_are_no_figures(lang: str) -> None:
    found = alarms(CHX, lang, THREAD[lang])
    assert not [f for f in found if f.rule == "unsupported-number"], said(found)


@pytest.mark.parametrize("lang", sorted(THREAD))
def test_a_changed_figure_in_a_thread_is_still_caught(lang: str) -> None:
    text = THREAD[lang].replace("0,62" if lang != "en" else "0.62",
                                "0,71" if lang != "en" else "0.71")
    assert text != THREAD[lang]
    assert any(f.rule in ("unsupported-number", "number-changed", "ratio-as-percent")
               for f in alarms(CHX, lang, text)), said(alarms(CHX, lang, text))


def test_a_slash_after_a_number_inside_a_line_is_not_a_post_number() -> None:
    text = "Infections: 4/ 100 women with chlorhexidine, and 3/ 9 of them were mild."
    found = alarms(CHX, "en", text)
    assert any(f.rule == "unsupported-number" for f in found), said(found)


# --- the base of a rate after a figure ----------------------------------------------------
RATE_BASE = {
    "en": "With chlorhexidine there were 3.3 fewer wound infections per 100 mothers.",
    "es": "Con clorhexidina hubo 3,3 infecciones de la herida menos por cada 100 madres.",
    "fr": "Avec la chlorhexidine, on compte 3,3 infections de la plaie en moins pour 100 mères.",
    "de": "Mit Chlorhexidin gab es 3,3 Wundinfektionen weniger je 100 Mütter.",
    "it": "Con la clorexidina ci sono state 3,3 infezioni della ferita in meno ogni 100 madri.",
    "pt": "Com clorexidina houve menos 3,3 infeções na ferida a cada 100 mães.",
}


@pytest.mark.parametrize("lang", sorted(RATE_BASE))
def test_the_base_of_a_rate_is_no_figure(lang: str) -> None:
    found = [f for f in alarms(CHX, lang, RATE_BASE[lang]) if f.rule == "unsupported-number"]
    assert not found, said(found)


@pytest.mark.parametrize("lang", sorted(RATE_BASE))
def test_a_changed_figure_before_a_rate_base_is_still_caught(lang: str) -> None:
    text = RATE_BASE[lang].replace("3,3" if lang != "en" else "3.3",
                                   "4,8" if lang != "en" else "4.8")
    assert at(CHX, lang, text, "unsupported-number", "4,8" if lang != "en" else "4.8")


def test_a_hundred_not_after_a_figure_is_still_a_number() -> None:
    text = "Of the women who had a C-section, 100 were treated with chlorhexidine."
    assert at(CHX, "en", text, "unsupported-number", "100")


# --- hedges said in other words -------------------------------------------------------------
# (language, hedge as a person writes it before the relative change the sheet hedges "about")
ABOUT = [
    ("en", "something like"), ("en", "in the region of"), ("en", "more or less"),
    ("es", "más o menos un"), ("es", "algo así como un"), ("es", "aprox. un"),
    ("fr", "grosso modo"), ("fr", "quelque chose comme"), ("fr", "d'env."),
    ("de", "grob"), ("de", "in etwa"), ("de", "etwa um"),
    ("it", "più o meno del"), ("it", "qualcosa come il"), ("it", "grosso modo del"),
    ("pt", "mais ou menos"), ("pt", "algo como"), ("pt", "à volta de"),
]
LOWER_RISK = {
    "en": "Chlorhexidine came with a wound-infection risk {h} 45% lower than iodine.",
    "es": "La clorhexidina se asoció a un riesgo de infección de la herida {h} 45 % menor "
          "que el yodo.",
    "fr": "Avec la chlorhexidine, le risque d'infection de la plaie était {h} 45 % plus "
          "faible qu'avec l'iode.",
    "de": "Mit Chlorhexidin war das Risiko einer Wundinfektion {h} 45 Prozent geringer als "
          "mit Jod.",
    "it": "Con la clorexidina il rischio di infezione della ferita era {h} 45% più basso "
          "che con lo iodio.",
    "pt": "Com a clorexidina, o risco de infeção na ferida foi {h} 45% mais baixo do que "
          "com o iodo.",
}


@pytest.mark.parametrize(("lang", "hedge"), ABOUT)
def test_a_hedge_in_other_words_is_kept(lang: str, hedge: str) -> None:
    text = LOWER_RISK[lang].format(h=hedge)
    found = [f for f in alarms(CHX, lang, text) if f.rule.startswith("hedge")]
    assert not found, said(found)


@pytest.mark.parametrize("lang", sorted(LOWER_RISK))
def test_the_hedge_left_out_still_warns(lang: str) -> None:
    text = " ".join(LOWER_RISK[lang].format(h="").split())
    assert at(CHX, lang, text, "hedge-dropped", "45")


def test_a_fraction_with_its_article_in_the_dative_keeps_its_hedge() -> None:
    text = ("Vor der Studie änderte sich bei rund einem Viertel der Menschen mit Herz-CT die "
            "Diagnose.")
    found = [f for f in alarms(CT, "de", text) if f.rule.startswith("hedge")]
    assert not found, said(found)


# --- a signed difference said with its direction in words -------------------------------
# an interval's two bounds with a minus word each (the diff fact: -3.3, CI -5.5 to -1.1)
MINUS_BOUNDS = {
    "en": "The gap was minus 3.3 points, with a confidence interval from minus 5.5 to minus 1.1.",
    "es": "La diferencia fue de menos 3,3 puntos, con un intervalo de confianza de menos 5,5 "
          "hasta menos 1,1.",
    "fr": "L'écart était de moins 3,3 points, avec un intervalle de confiance allant de moins "
          "5,5 jusqu'à moins 1,1.",
    "de": "Der Unterschied lag bei minus 3,3 Punkten, mit einem Konfidenzintervall von minus "
          "5,5 bis minus 1,1.",
    "it": "La differenza era di meno 3,3 punti, con un intervallo di confidenza da meno 5,5 "
          "fino a meno 1,1.",
}


@pytest.mark.parametrize("lang", sorted(MINUS_BOUNDS))
def test_bounds_each_with_a_minus_word_keep_their_sign(lang: str) -> None:
    found = [f for f in alarms(CHX, lang, MINUS_BOUNDS[lang]) if f.rule == "sign-flipped"]
    assert not found, said(found)


# (French and Italian read "de moins 3,3" of the same sentence as the direction of the bare
# bound too, so a dropped minus there is not caught yet)
# (one bound's minus dropped is a changed interval: it now crosses zero)
@pytest.mark.parametrize("lang", ["de", "en", "es"])
def test_a_bound_whose_minus_word_is_dropped_changes_the_interval(lang: str) -> None:
    word = {"en": "minus", "es": "menos", "fr": "moins", "de": "minus", "it": "meno"}[lang]
    text = MINUS_BOUNDS[lang].replace(f"{word} 5,5" if lang != "en" else f"{word} 5.5",
                                      "5,5" if lang != "en" else "5.5")
    assert text != MINUS_BOUNDS[lang]
    assert at(CHX, lang, text, "interval-changed", "5,5" if lang != "en" else "5.5")


# a saving is a negative cost difference (rivaroxaban sheet: total cost -2496 USD)
SAVING = {
    "en": "Discharging patients early on rivaroxaban saved about $2,496 per patient.",
    "es": "Dar el alta pronto con rivaroxabán supuso un ahorro de 2496 dólares por paciente.",
    "fr": "Renvoyer tôt les patients sous rivaroxaban a fait économiser 2 496 dollars par "
          "patient.",
    "de": "Die frühe Entlassung mit Rivaroxaban sparte pro Patient 2.496 Dollar.",
    "it": "Dimettere presto i pazienti con rivaroxaban ha portato un risparmio di 2.496 "
          "dollari a paziente.",
    "pt": "Dar alta cedo com rivaroxabano trouxe uma poupança de 2496 dólares por doente.",
}
COSTLIER = {
    "en": ("saved about", "cost an extra"), "es": ("un ahorro", "un gasto extra"),
    "fr": ("a fait économiser", "a coûté en plus"), "de": ("sparte", "kostete zusätzlich"),
    "it": ("un risparmio", "un costo aggiuntivo"), "pt": ("uma poupança", "um custo a mais"),
}


@pytest.mark.parametrize("lang", sorted(SAVING))
def test_a_saving_is_a_negative_cost_difference(lang: str) -> None:
    found = [f for f in alarms(RIVA, lang, SAVING[lang]) if f.rule == "sign-flipped"]
    assert not found, said(found)


@pytest.mark.parametrize("lang", sorted(SAVING))
def test_a_saving_said_as_an_extra_cost_is_flipped(lang: str) -> None:
    old, new = COSTLIER[lang]
    text = SAVING[lang].replace(old, new)
    assert text != SAVING[lang]
    figure = {"en": "2,496", "fr": "2 496", "es": "2496", "pt": "2496"}.get(lang, "2.496")
    assert at(RIVA, lang, text, "sign-flipped", figure)


# "in favour of" an arm named in other words, for a measure the sheet gives no polarity
FAVOUR_HOME = {
    "en": "On average the difference was 28.8 hours, in favour of sending people home.",
    "es": "De media, la diferencia fue de 28,8 horas a favor de mandar a la gente a casa.",
    "fr": "En moyenne, l'écart était de 28,8 heures à l'avantage du retour chez soi.",
    "de": "Im Mittel betrug der Unterschied 28,8 Stunden zugunsten der Heimkehr.",
    "it": "In media la differenza è stata di 28,8 ore a vantaggio del rientro a casa.",
    "pt": "Em média, a diferença foi de 28,8 horas a favor do regresso a casa.",
}


@pytest.mark.parametrize("lang", sorted(FAVOUR_HOME))
def test_a_difference_in_favour_of_an_unjudgeable_side_is_no_flip(lang: str) -> None:
    found = [f for f in alarms(RIVA, lang, FAVOUR_HOME[lang]) if f.rule == "sign-flipped"]
    assert not found, said(found)


def test_a_bare_difference_with_no_direction_is_still_flipped() -> None:
    text = "On average the difference in time in hospital was 28.8 hours."
    assert at(RIVA, "en", text, "sign-flipped", "28.8")


# "N more <things>": "more" after a figure is a direction, not a quantity word
MORE_AFTER = {
    "en": ("There were 3.3 more wound infections per 100 women with chlorhexidine, and a "
           "risk about 45% lower.", "3.3"),
    "es": ("Con clorhexidina hubo 3,3 infecciones más por cada 100 mujeres, y un riesgo "
           "alrededor de un 45 % menor.", "3,3"),
    "de": ("Mit Chlorhexidin gab es 3,3 Infektionen mehr je 100 Frauen, bei einem etwa 45 "
           "Prozent geringeren Risiko.", "3,3"),
}


@pytest.mark.parametrize("lang", sorted(MORE_AFTER))
def test_more_right_after_a_figure_is_its_direction(lang: str) -> None:
    text, figure = MORE_AFTER[lang]
    assert at(CHX, lang, text, "sign-flipped", figure)


def test_a_direction_word_inside_a_longer_phrase_is_read_as_the_phrase() -> None:
    text = "O custo mediano foi 2496 dólares mais baixo por doente com rivaroxabano."
    found = [f for f in alarms(RIVA, "pt", text) if f.rule == "sign-flipped"]
    assert not found, said(found)


# --- a name's words are no outcome's words --------------------------------------------------
# the journal "Academic Emergency Medicine" has a word kin to "médico" of the no-difference
# outcome (went to hospital or to a doctor because of bleeding); the sentence is about the
# time in hospital, which did differ
NAMED_JOURNAL = {
    "es": "Quienes volvieron pronto a casa con rivaroxabán estuvieron bastantes menos horas "
          "ingresados que los pacientes hospitalizados, publica Academic Emergency Medicine.",
    "it": "Chi è tornato presto a casa con rivaroxaban è rimasto in ospedale molto meno dei "
          "ricoverati, riporta la rivista Academic Emergency Medicine.",
    "pt": "Quem foi cedo para casa com rivaroxabano esteve muito menos horas no hospital do "
          "que os internados, segundo a revista Academic Emergency Medicine.",
}
VISITS_FEWER = {
    "es": "Las visitas al médico por sangrado fueron menos frecuentes con rivaroxabán que en "
          "los pacientes ingresados, publica Academic Emergency Medicine.",
    "it": "Le visite dal medico per sanguinamento sono state meno frequenti con rivaroxaban "
          "che tra i ricoverati, riporta Academic Emergency Medicine.",
    "pt": "As idas ao médico por hemorragia foram menos frequentes com rivaroxabano do que "
          "nos internados, segundo a Academic Emergency Medicine.",
}


@pytest.mark.parametrize("lang", sorted(NAMED_JOURNAL))
def test_a_journals_name_does_not_name_the_outcome(lang: str) -> None:
    found = [f for f in alarms(RIVA, lang, NAMED_JOURNAL[lang])
             if f.rule == "invented-difference"]
    assert not found, said(found)


@pytest.mark.parametrize("lang", sorted(VISITS_FEWER))
def test_a_difference_in_the_outcome_that_did_not_differ_is_still_invented(lang: str) -> None:
    found = alarms(RIVA, lang, VISITS_FEWER[lang])
    assert any(f.rule == "invented-difference" for f in found), said(found)


# --- the counted noun inside a natural frequency ------------------------------------------
# "3 women in every 100": the noun is the figure's own group word; a generic one yields
# only to a group named in the same clause ("4 femmes sur 100 désinfectées à la ...")
SKIN_ALL = {
    "en": "Under 3 women in every 100 had a skin reaction, and chlorhexidine and iodine did "
          "equally well there.",
    "fr": "Moins de 3 femmes sur 100 ont eu une réaction de la peau, et la chlorhexidine et "
          "l'iode se valent sur ce point.",
    "it": "Meno di 3 donne su 100 hanno avuto una reazione della pelle, e clorexidina e "
          "iodio si equivalgono su questo.",
    "es": "Menos de 3 mujeres de cada 100 tuvieron una reacción en la piel, y la "
          "clorhexidina y el yodo empataron en eso.",
}
ARM_AFTER = {
    "en": ("{n} women in every 100 cleaned with chlorhexidine got a wound infection.", "4"),
    "fr": ("{n} femmes sur 100 désinfectées à la chlorhexidine ont eu une infection de la "
           "plaie.", "4"),
    "it": ("{n} donne su 100 disinfettate con clorexidina hanno avuto un'infezione della "
           "ferita.", "4"),
    "pt": ("{n} mulheres em cada 100 limpas com clorexidina tiveram uma infeção na ferida.",
           "4"),
}


@pytest.mark.parametrize("lang", sorted(SKIN_ALL))
def test_the_counted_noun_is_the_figures_group(lang: str) -> None:
    found = [f for f in alarms(CHX, lang, SKIN_ALL[lang]) if f.rule == "wrong-context"]
    assert not found, said(found)


@pytest.mark.parametrize("lang", sorted(ARM_AFTER))
def test_an_arm_right_after_the_counted_noun_is_the_figures_group(lang: str) -> None:
    text, right = ARM_AFTER[lang]
    faithful = text.format(n=right)
    assert not [f for f in alarms(CHX, lang, faithful) if f.rule == "wrong-context"]
    swapped = text.format(n="7")  # the iodine arm's figure said of chlorhexidine
    assert at(CHX, lang, swapped, "wrong-context", "7")


# --- "vs." inside a sentence; a share's people described after a generic word ---------------
# the arms are named in the sentence before, the shares after them with "vs."
VS_AFTER_ARMS = {
    "es": "Se incluyeron 572 mujeres con clorhexidina y 575 con yodo. Infección de la herida "
          "a 30 días: 4,0 % vs. 7,3 %.",
    "fr": "On a inclus 572 femmes sous chlorhexidine et 575 sous iode. Infection de la plaie "
          "à 30 jours : 4,0 % vs. 7,3 %.",
    "de": "Eingeschlossen: 572 Frauen mit Chlorhexidin und 575 mit Jod. Wundinfektion nach "
          "30 Tagen 4,0 % vs. 7,3 %.",
    "it": "Sono state incluse 572 donne con clorexidina e 575 con iodio. Infezione della "
          "ferita a 30 giorni: 4,0% vs. 7,3%.",
}


@pytest.mark.parametrize("lang", sorted(VS_AFTER_ARMS))
def test_vs_with_a_dot_does_not_end_the_sentence(lang: str) -> None:
    found = [f for f in alarms(CHX, lang, VS_AFTER_ARMS[lang]) if f.rule == "wrong-context"]
    assert not found, said(found)


# a share said of "women", who a phrase or a relative clause then says were in one arm
DESCRIBED = {
    "en": ("Within 30 days, {a} in 100 women whose skin had been cleaned with chlorhexidine "
           "got a wound infection, against {b} in 100 women after a wash with iodine.",
           "4", "7"),
    "de": ("Binnen 30 Tagen bekamen {a} von 100 Frauen, deren Haut mit Chlorhexidin "
           "gereinigt worden war, eine Wundinfektion, gegenüber {b} von 100 Frauen nach "
           "einer Waschung mit Jod.", "4", "7"),
    "fr": ("En 30 jours, {a} femmes sur 100, dont la peau avait été nettoyée à la "
           "chlorhexidine, ont eu une infection de la plaie, contre {b} sur 100 femmes après "
           "un lavage à l'iode.", "4", "7"),
    "es": ("En 30 días, {a} de cada 100 mujeres, cuya piel se había limpiado con "
           "clorhexidina, tuvieron una infección de la herida, frente a {b} de cada 100 "
           "mujeres tras un lavado con yodo.", "4", "7"),
}


@pytest.mark.parametrize("lang", sorted(DESCRIBED))
def test_a_share_of_people_described_after_a_generic_word_is_that_groups(lang: str) -> None:
    text, a, b = DESCRIBED[lang]
    found = [f for f in alarms(CHX, lang, text.format(a=a, b=b)) if f.rule == "wrong-context"]
    assert not found, said(found)


@pytest.mark.parametrize("lang", sorted(DESCRIBED))
def test_the_two_shares_swapped_round_are_caught(lang: str) -> None:
    text, a, b = DESCRIBED[lang]
    swapped = text.format(a=b, b=a)
    found = [f for f in alarms(CHX, lang, swapped) if f.rule == "wrong-context"]
    assert found, swapped


# --- a relative change's per cent said as a ratio, with a hedge ------------------------------
# the sheet: about 45 % lower (so a ratio would be about 0.55), HR 0.62 (CI 0.45 to 0.85)
AS_RATIO = {
    "en": "Put another way, the women had roughly {r} times the infection risk.",
    "es": "Dicho de otro modo, las mujeres tuvieron más o menos {r} veces el riesgo.",
    "de": "Anders gesagt hatten die Frauen ein etwa {r}-mal so hohes Infektionsrisiko.",
    "it": "In altre parole, le donne avevano un rischio di più o meno {r} volte.",
    "pt": "Dito de outra forma, as mulheres tiveram mais ou menos {r} vezes o risco.",
}


@pytest.mark.parametrize("lang", sorted(AS_RATIO))
def test_a_hedged_relative_change_said_as_a_ratio_is_caught(lang: str) -> None:
    text = AS_RATIO[lang].format(r="0.45" if lang == "en" else "0,45")
    assert at(CHX, lang, text, "ratio-as-percent", "0.45" if lang == "en" else "0,45")


@pytest.mark.parametrize("lang", sorted(AS_RATIO))
def test_a_hedged_ratio_near_the_sheets_ratio_is_no_alarm(lang: str) -> None:
    text = AS_RATIO[lang].format(r="0.6" if lang == "en" else "0,6")
    found = [f for f in alarms(CHX, lang, text) if f.rule in ("ratio-as-percent",
                                                              "unsupported-number")]
    assert not found, said(found)


def test_more_or_less_before_a_figure_is_a_hedge_not_a_minus() -> None:
    text = "La diferencia fue de más o menos 3,3 puntos porcentuales, a favor de la clorhexidina."
    found = [f for f in alarms(CHX, "es", text) if f.rule == "sign-flipped"]
    assert not found, said(found)


# --- a German compound whose second part is left to the next one ---------------------------
def test_a_suspended_compound_names_the_outcome() -> None:
    text = ("Arzt- und Krankenhausbesuche wegen Blutungen gab es in der Rivaroxaban-Gruppe "
            "seltener.")
    assert at(RIVA, "de", text, "invented-difference", "seltener")
    same = ("Arzt- und Krankenhausbesuche wegen Blutungen gab es in beiden Gruppen ungefähr "
            "gleich oft.")
    assert not [f for f in alarms(RIVA, "de", same) if f.rule == "invented-difference"]


# --- W11b as development material (C11c): a plus after a figure, a denied share ---------
VITD = "vitamin-d-colorectal-2018"


@pytest.mark.parametrize("lang, text", [
    ("en", "Over 5,700 people with bowel cancer were set against 7,100+ who stayed free of it."),
    ("de", "Verglichen wurden 5.700+ Menschen mit Darmkrebs und über 7.100 ohne Darmkrebs."),
    ("it", "Sono stati confrontati 5.700+ malati di tumore del colon e oltre 7.100 persone sane."),
])
def test_a_plus_after_a_figure_is_more_than(lang: str, text: str) -> None:
    assert not [f for f in alarms(VITD, lang, text) if f.rule == "hedge-dropped"], said(
        alarms(VITD, lang, text))


def test_a_figure_with_no_plus_still_drops_the_hedge() -> None:
    text = "Over 5,700 people with bowel cancer were set against 7,100 who stayed free of it."
    assert at(VITD, "en", text, "hedge-dropped", "7,100")


@pytest.mark.parametrize("lang, text, share", [
    ("en", "The scan meant 40% fewer heart attacks in five years; that is not to say 40 people "
           "in 100 were spared.", "40 people in 100"),
    ("es", "Con el escáner hubo un 40 % menos de infartos en cinco años; no se trata de 40 de "
           "cada 100 pacientes.", "40 de cada 100"),
    ("pt", "Com a TAC houve 40% menos enfartes em cinco anos, e não 40 em cada 100 doentes.",
     "40 em cada 100"),
])
def test_a_share_the_text_denies_is_no_relative_as_absolute(lang: str, text: str,
                                                            share: str) -> None:
    assert not at(CT, lang, text, "relative-as-absolute", share)


@pytest.mark.parametrize("lang, text, share", [
    ("en", "The scan meant that 40 people in 100 were spared a heart attack in five years.",
     "40 people in 100"),
    ("pt", "Com a TAC, 40 em cada 100 doentes escaparam a um enfarte em cinco anos.",
     "40 em cada 100"),
])
def test_a_share_said_plainly_is_still_relative_as_absolute(lang: str, text: str,
                                                            share: str) -> None:
    assert at(CT, lang, text, "relative-as-absolute", share)


@pytest.mark.parametrize("lang, text", [
    ("en", "On average the cohorts tracked everyone for five and a half years."),
    ("es", "De media, las cohortes siguieron a cada persona durante cinco años y medio."),
    ("pt", "Em média, cada pessoa foi seguida ao longo de cinco anos e meio."),
    ("fr", "En moyenne, chaque participant a été suivi pendant cinq ans et demi."),
    ("it", "In media ogni partecipante è stato seguito per cinque anni e mezzo."),
])
def test_a_half_after_a_number_or_its_unit_is_read(lang: str, text: str) -> None:
    assert not alarms(VITD, lang, text), said(alarms(VITD, lang, text))


@pytest.mark.parametrize("lang, text, word", [
    ("en", "On average the cohorts tracked everyone for six and a half years.", "six"),
    ("es", "De media, las cohortes siguieron a cada persona durante seis años y medio.", "seis"),
    ("it", "In media ogni partecipante è stato seguito per sei anni e mezzo.", "sei"),
])
def test_a_wrong_whole_before_the_half_is_still_unsupported(lang: str, text: str,
                                                            word: str) -> None:
    assert at(VITD, lang, text, "unsupported-number", word), said(alarms(VITD, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("it", "Dopo 30 giorni, infezione della ferita: 4,0% contro 7,3%, con una differenza "
           "assoluta di -3,3 punti percentuali (IC 95% da -5,5 a -1,1)."),
    ("es", "A los 30 días, infección de la herida: 4,0 % frente a 7,3 %; diferencia absoluta "
           "de -3,3 puntos porcentuales (IC del 95 %: de -5,5 a -1,1)."),
    ("en", "At 30 days, wound infection: 4.0% against 7.3%, an absolute difference of -3.3 "
           "percentage points (95% CI from -5.5 to -1.1)."),
])
def test_a_signed_bound_after_a_time_is_no_time(lang: str, text: str) -> None:
    assert not alarms(CHX, lang, text), said(alarms(CHX, lang, text))


def test_a_changed_signed_bound_after_a_time_is_still_caught() -> None:
    text = ("Dopo 30 giorni, infezione della ferita: 4,0% contro 7,3%, con una differenza "
            "assoluta di -3,3 punti percentuali (IC 95% da -5,5 a -1,7).")
    assert at(CHX, "it", text, "interval-changed", "-1,7")


@pytest.mark.parametrize("lang, text", [
    ("it", "In un'analisi precedente dello stesso studio, circa un paziente su quattro aveva "
           "ricevuto una diagnosi diversa dopo la TAC."),
    ("en", "An earlier analysis of the same study found that around one patient in four got "
           "a different diagnosis after the scan."),
    ("fr", "Une analyse antérieure de la même étude avait montré qu'environ un patient sur "
           "quatre changeait de diagnostic après le scanner."),
    ("es", "Un análisis anterior del mismo estudio vio que alrededor de un paciente de cada "
           "cuatro cambió de diagnóstico tras el escáner."),
])
def test_one_person_in_a_few_said_in_words_is_a_frequency(lang: str, text: str) -> None:
    assert not alarms(CT, lang, text), said(alarms(CT, lang, text))


@pytest.mark.parametrize("lang, text, rule, word", [
    ("it", "In un'analisi precedente dello stesso studio, circa un paziente su cinque aveva "
           "ricevuto una diagnosi diversa dopo la TAC.", "unsupported-number", "cinque"),
    ("en", "An earlier analysis of the same study found that one patient in four got a "
           "different diagnosis after the scan.", "hedge-dropped", "four"),
])
def test_one_in_a_few_changed_or_unhedged_is_still_caught(lang: str, text: str, rule: str,
                                                          word: str) -> None:
    assert at(CT, lang, text, rule, word), said(alarms(CT, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("es", "Circula por internet que la vitamina D previene el cáncer de colon; el estudio "
           "solo halló una asociación."),
    ("en", "A post doing the rounds says vitamin D prevents bowel cancer; the study only "
           "found a link."),
    ("fr", "Il circule sur les réseaux que la vitamine D prévient le cancer colorectal ; "
           "l'étude n'a trouvé qu'une association."),
    ("it", "Circola sui social che la vitamina D previene il tumore del colon; lo studio ha "
           "trovato solo un'associazione."),
    ("pt", "Circula nas redes que a vitamina D previne o cancro do intestino; o estudo só "
           "encontrou uma associação."),
])
def test_a_causal_rumour_the_text_reports_is_no_causal_claim(lang: str, text: str) -> None:
    assert not [f for f in alarms(VITD, lang, text) if f.rule == "causal-claim"], said(
        alarms(VITD, lang, text))


@pytest.mark.parametrize("lang, text, word", [
    ("es", "El estudio demuestra que la vitamina D previene el cáncer de colon.", "previene"),
    ("pt", "O estudo mostra que a vitamina D previne o cancro do intestino.", "previne"),
    ("en", "The study shows that vitamin D prevents bowel cancer, unlike what circulated "
           "before. It is a myth no more.", "prevents"),
])
def test_a_causal_claim_of_the_texts_own_is_still_caught(lang: str, text: str,
                                                         word: str) -> None:
    assert at(VITD, lang, text, "causal-claim", word), said(alarms(VITD, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("fr", "Une concentration au-dessus du seuil suffisant est associée à un risque diminué "
           "de 22 %."),
    ("en", "Levels above sufficient were linked to a 22% lower risk."),
    ("es", "Los niveles por encima de lo suficiente se asociaron con un riesgo un 22 % menor."),
])
def test_a_group_placed_above_the_comparison_keeps_the_direction(lang: str, text: str) -> None:
    assert not alarms(VITD, lang, text), said(alarms(VITD, lang, text))


@pytest.mark.parametrize("lang, text, word", [
    ("fr", "Une concentration au-dessus du seuil suffisant est associée à un risque augmenté "
           "de 22 %.", "22 %"),
    ("en", "Levels above sufficient were linked to a 22% higher risk.", "22%"),
])
def test_a_group_placed_above_the_comparison_with_the_wrong_direction_is_flipped(
        lang: str, text: str, word: str) -> None:
    assert at(VITD, lang, text, "sign-flipped", word), said(alarms(VITD, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("en", "A randomised study of 114 patients (99 saw it through to the end) compared early "
           "discharge on rivaroxaban with standard hospital care."),
    ("es", "Un ensayo con 114 pacientes (99 lo terminaron) comparó el alta precoz con "
           "rivaroxabán y la atención habitual en el hospital."),
    ("fr", "Un essai sur 114 patients (99 sont allés jusqu'au bout) a comparé la sortie "
           "précoce sous rivaroxaban aux soins habituels à l'hôpital."),
    ("it", "Uno studio su 114 pazienti (99 lo hanno portato a termine) ha confrontato la "
           "dimissione precoce con rivaroxaban e le cure standard."),
])
def test_a_figure_in_an_aside_is_not_of_the_group_after_it(lang: str, text: str) -> None:
    assert not alarms(RIVA, lang, text), said(alarms(RIVA, lang, text))


def test_a_bare_share_in_brackets_is_still_of_the_group_after_it() -> None:
    text = ("Wound infections within 30 days: 23 of 572 women (4.0%) with chlorhexidine and "
            "42 of 575 (4.0%) with iodine.")
    assert at(CHX, "en", text, "wrong-context", "(4.0%) with iodine"), said(
        alarms(CHX, "en", text))


@pytest.mark.parametrize("lang, text, frame", [
    ("en", "After five years, the team also reported that around one patient in four got a "
           "new diagnosis.", "also reported"),
    ("pt", "Ao fim de cinco anos, a equipa concluiu também que cerca de um doente em cada "
           "quatro mudou de diagnóstico.", "concluiu também"),
])
def test_a_background_figure_as_a_result_points_at_the_words_that_present_it(
        lang: str, text: str, frame: str) -> None:
    assert at(CT, lang, text, "background-as-result", frame), said(alarms(CT, lang, text))
