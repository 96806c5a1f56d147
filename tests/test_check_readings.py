"""How the checker reads constructions a text may use for the new fact kinds, in the six
languages: who a direction word is said of ("A instead of B lowered ..."), which of two
comparisons of the same arms a sentence is about, who a count right before a verb is of,
Spanish hedges with an article between them and the figure, and kin of a term that is no
garble of it. Each faithful sentence passes; the corrupted one is still caught.

The sentences are written here in wording of their own (not the corruption suite's).
The sheets are the suite's: the chlorhexidine test sheet (with effect figures added by
hand) and the reviewed rivaroxaban example.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests import corruption as C

# a count put on the wrong group (wrong-context) or on a thing the sheet never counts
# (wrong-referent): a faithful text raises neither
NUMBER_PLACES = {"wrong-context", "wrong-referent"}

CHX = "chx-effects-test"
OBS = "chx-effects-test@observational"
RIVA = "rivaroxaban-pe-2018"


def findings(sheet: str, lang: str, text: str) -> list[Any]:
    return C.check(C.Faithful(sheet, lang, "test", text), text)


def rules(sheet: str, lang: str, text: str) -> set[str]:
    return {f.rule for f in C.alarms(findings(sheet, lang, text))}


def at(sheet: str, lang: str, text: str, rule: str, word: str) -> bool:
    """Whether an error of ``rule`` points at ``word``."""
    a = text.index(word)
    return any(f.rule == rule and f.span and f.span[0] < a + len(word) and a < f.span[1]
               for f in C.alarms(findings(sheet, lang, text)))


# --- a group put in the other's place: the subject is the first -----------------------
INSTEAD = {
    "en": ("Washing the skin with chlorhexidine rather than iodine before the operation "
           "lowered the number of wound infections.", "lowered"),
    "es": ("Desinfectar la piel con clorhexidina en lugar de yodo antes de operar redujo "
           "las infecciones de la herida.", "redujo"),
    "fr": ("Désinfecter la peau avec la chlorhexidine au lieu de l'iode avant l'opération a "
           "diminué les infections de la plaie.", "diminué"),
    "de": ("Eine Hautreinigung mit Chlorhexidin statt mit Jod senkte vor der Operation die "
           "Zahl der Wundinfektionen.", "senkte"),
    "it": ("Disinfettare la pelle con clorexidina anziché con iodio prima dell'operazione ha "
           "ridotto le infezioni della ferita.", "ridotto"),
    "pt": ("Desinfetar a pele com clorexidina ao invés de iodo antes da operação reduziu as "
           "infeções da ferida.", "reduziu"),
}
SWAP = {"en": ("chlorhexidine", "iodine"), "es": ("clorhexidina", "yodo"),
        "fr": ("la chlorhexidine", "l'iode"), "de": ("Chlorhexidin", "Jod"),
        "it": ("clorexidina", "iodio"), "pt": ("clorexidina", "iodo")}


@pytest.mark.parametrize("lang", sorted(INSTEAD))
def test_a_group_put_in_the_others_place_is_not_the_subject(lang: str) -> None:
    text, _ = INSTEAD[lang]
    assert "direction-flipped" not in rules(CHX, lang, text)


@pytest.mark.parametrize("lang", sorted(INSTEAD))
def test_the_groups_swapped_round_the_substitution_word_is_a_flip(lang: str) -> None:
    text, verb = INSTEAD[lang]
    one, other = SWAP[lang]
    swapped = text.replace(one, "\0").replace(other, one).replace("\0", other)
    assert swapped != text
    assert at(CHX, lang, swapped, "direction-flipped", verb)


# --- two comparisons of the same arms that go opposite ways ----------------------------
LESS_TIME = {
    "en": "Those sent home early on rivaroxaban spent much less time in hospital than "
          "patients kept on usual care.",
    "es": "Quienes se fueron antes a casa con rivaroxabán pasaron bastante menos tiempo en "
          "el hospital que los pacientes con atención habitual.",
    "fr": "Les patients renvoyés tôt chez eux sous rivaroxaban ont passé bien moins de "
          "temps à l'hôpital que ceux pris en charge de façon habituelle.",
    "it": "Chi è tornato presto a casa con rivaroxaban ha passato molto meno tempo in "
          "ospedale rispetto ai pazienti con assistenza abituale.",
    "pt": "Quem foi cedo para casa com rivaroxabano passou muito menos tempo no hospital do "
          "que os doentes com tratamento habitual.",
}


@pytest.mark.parametrize("lang", sorted(LESS_TIME))
def test_a_sentence_about_time_in_hospital_is_not_read_as_the_burden_comparison(
        lang: str) -> None:
    assert "direction-flipped" not in rules(RIVA, lang, LESS_TIME[lang])


def test_the_time_in_hospital_said_the_other_way_is_still_a_flip() -> None:
    text = LESS_TIME["en"].replace("much less", "much more")
    assert at(RIVA, "en", text, "direction-flipped", "more")


# --- a count right before a verb: the cohort, not the group named after the verb ------
COHORT = {
    "en": "A study of 1,147 mothers showed that chlorhexidine was the better skin cleanser.",
    "es": "Un estudio con 1147 madres demostró que la clorhexidina limpia mejor la piel.",
    "fr": "Une étude menée auprès de 1 147 mères a prouvé que la chlorhexidine désinfecte "
          "mieux la peau.",
    "it": "Uno studio su 1.147 madri ha dimostrato che la clorexidina disinfetta meglio.",
    "pt": "Um estudo com 1147 mães provou que a clorexidina desinfeta melhor a pele.",
}


@pytest.mark.parametrize("lang", sorted(COHORT))
def test_a_cohort_count_before_a_verb_is_the_cohorts(lang: str) -> None:
    assert not rules(CHX, lang, COHORT[lang]) & NUMBER_PLACES


def test_a_count_before_a_verb_in_german_is_the_cohorts() -> None:
    text = ("In der Untersuchung mit 114 Patienten verbrachte die Gruppe mit früher "
            "Entlassung weniger Zeit im Krankenhaus.")
    assert not rules(RIVA, "de", text) & NUMBER_PLACES


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "Within 30 days, 4% of the women treated with iodine got a wound infection.", "4%"),
    ("es", "En 30 días, el 4 % de las mujeres tratadas con yodo tuvo una infección en la "
           "herida.", "4 %"),
    ("pt", "Em 30 dias, 4% das mulheres tratadas com iodo tiveram uma infeção na ferida.",
     "4%"),
])
def test_a_share_moved_to_the_other_arm_behind_a_participle_is_still_caught(
        lang: str, text: str, word: str) -> None:
    assert at(CHX, lang, text, "wrong-context", word)


# --- Spanish hedges with an article (and "en") before the figure ----------------------
@pytest.mark.parametrize("text", [
    "En Estados Unidos, la herida se infecta hasta en un 12 % de las cesáreas.",
    "Según los datos nacionales, hasta un 12 % de las cesáreas acaba con infección.",
])
def test_spanish_up_to_with_an_article_keeps_its_hedge(text: str) -> None:
    assert not rules(CHX, "es", text) & {"hedge-dropped", "hedge-reversed"}


@pytest.mark.parametrize(("text", "word"), [
    ("En Estados Unidos, la herida se infecta en más de un 12 % de las cesáreas.", "12 %"),
    ("Las reacciones en la piel afectaron a más de un 3 % de las mujeres.", "3 %"),
])
def test_spanish_more_than_with_an_article_is_a_reversed_hedge(text: str, word: str) -> None:
    assert at(CHX, "es", text, "hedge-reversed", word)


def test_spanish_cerca_de_is_about() -> None:
    text = ("Con clorhexidina el riesgo de infección fue cerca de un 45 % menor que con "
            "yodo.")
    assert not rules(CHX, "es", text) & {"hedge-dropped", "hedge-reversed"}


# --- kin of a term that is no garble ----------------------------------------------------
def test_a_word_of_the_same_family_as_a_minor_term_is_no_garble() -> None:
    text = ("Preoperative skin antisepsis with chlorhexidine-alcohol was compared with "
            "iodine-alcohol in 1,147 women.")
    assert "term-corrupted" not in rules(OBS, "en", text)


def test_a_garbled_key_term_is_still_caught() -> None:
    text = "Within 30 days, 4.0% of the women in the chlorhexidine group got a wound inflection."
    assert at(CHX, "en", text, "term-corrupted", "inflection")


# --- causal wording: verbs of change done to the risk, in each language ----------------
CAUSES = {
    "en": ["Chlorhexidine drove down the hazard of a wound infection.",
           "Iodine pushed the infection rate up, the analysis showed.",
           "Chlorhexidine made wound infections less likely than iodine did."],
    "es": ["La clorhexidina hizo bajar el riesgo de infección de la herida.",
           "El yodo multiplica la tasa de infección de la herida.",
           "Frente al yodo, la clorhexidina lo recortó en un 45 %."],
    "fr": ["La chlorhexidine a fait chuter le risque d'infection de la plaie.",
           "L'iode multiplie le risque d'infection de la plaie.",
           "Par rapport à l'iode, la chlorhexidine le diminue de 45 %."],
    "de": ["Chlorhexidin ließ das Infektionsrisiko deutlich sinken.",
           "Jod trieb das Risiko einer Wundinfektion nach oben.",
           "Die Daten zeigen, dass Chlorhexidin das Risiko einer Wundinfektion sinken lässt."],
    "it": ["La clorexidina ha fatto calare il rischio di infezione della ferita.",
           "Lo iodio moltiplica il rischio di infezione della ferita.",
           "Rispetto allo iodio, la clorexidina lo abbassa del 45%.",
           "Gli antisettici a base di clorexidina prevengono le infezioni della ferita."],
    "pt": ["A clorexidina fez descer o risco de infeção da ferida.",
           "O iodo multiplica o risco de infeção da ferida.",
           "Face ao iodo, a clorexidina reduziu-o em 45%."],
}
LINKS = {
    "en": ["Chlorhexidine was linked to a lower hazard of infection than iodine.",
           "It is not known whether chlorhexidine drove down the hazard of infection.",
           "The study does not show that chlorhexidine pushed the infection rate down."],
    "es": ["La clorhexidina se asoció con un riesgo de infección un 45 % menor.",
           "No se sabe si la clorhexidina hace bajar el riesgo de infección."],
    "fr": ["La chlorhexidine était associée à un risque d'infection 45 % plus faible.",
           "On ne sait pas si la chlorhexidine fait baisser le risque d'infection."],
    "de": ["Chlorhexidin ging mit einem um 45 % geringeren Infektionsrisiko einher.",
           "Ob Chlorhexidin das Infektionsrisiko sinken lässt, ist offen."],
    "it": ["La clorexidina era associata a un rischio di infezione più basso del 45%.",
           "Non si sa se la clorexidina fa calare il rischio di infezione."],
    "pt": ["A clorexidina esteve associada a um risco de infeção 45% mais baixo.",
           "Não se sabe se a clorexidina faz descer o risco de infeção."],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang in CAUSES for t in CAUSES[lang]])
def test_a_verb_of_change_done_to_the_risk_is_a_causal_claim(lang: str, text: str) -> None:
    assert any(f.rule == "causal-claim" and f.severity == "error"
               for f in findings(OBS, lang, text))


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang in LINKS for t in LINKS[lang]])
def test_a_link_or_an_open_question_is_no_causal_claim(lang: str, text: str) -> None:
    assert "causal-claim" not in rules(OBS, lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The study cannot prove cause, and yet chlorhexidine drove down the hazard of "
           "infection."),
    ("de", "Die Studie beweist keine Ursache, und trotzdem ließ Chlorhexidin das "
           "Infektionsrisiko sinken."),
    ("es", "El estudio no demuestra la causa, pero la clorhexidina hizo bajar el riesgo de "
           "infección."),
])
def test_a_negation_does_not_reach_past_a_new_clause(lang: str, text: str) -> None:
    assert "causal-claim" in rules(OBS, lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "La clorhexidina evita la infección de la piel operada, demuestra el estudio."),
    ("fr", "Le manque de chlorhexidine provoque une infection de la cicatrice, selon l'étude."),
])
def test_a_cause_of_the_outcome_in_other_words_is_a_causal_claim(lang: str, text: str) -> None:
    assert "causal-claim" in rules(OBS, lang, text)


def test_a_cause_of_something_the_study_did_not_measure_is_background() -> None:
    text = "Iodine deficiency causes thyroid problems in pregnancy."
    assert "causal-claim" not in rules(OBS, "en", text)


# --- a background figure placed inside the study ---------------------------------------
PLACED = {
    "en": ["Study result: wound infections after up to 12% of caesarean births.",
           "Throughout the trial, up to 12% of caesarean births were followed by an "
           "infection."],
    "es": ["Resultado del ensayo: la herida se infecta hasta en un 12 % de las cesáreas.",
           "A lo largo del ensayo, hasta un 12 % de las cesáreas acabó con infección."],
    "fr": ["Résultat de l'essai : jusqu'à 12 % des césariennes sont suivies d'une infection.",
           "Au cours de l'essai, jusqu'à 12 % des césariennes ont été suivies d'une infection."],
    "de": ["Ergebnis der Studie: Bis zu 12 % der Kaiserschnitte enden mit einer Infektion.",
           "Während der Studie entzündeten sich bis zu 12 % der Kaiserschnittwunden."],
    "it": ["Risultato dello studio: fino al 12% dei cesarei è seguito da un'infezione.",
           "Nel corso dello studio fino al 12% dei cesarei ha avuto un'infezione."],
    "pt": ["Resultado do ensaio: até 12% das cesarianas são seguidas de infeção.",
           "Ao longo do estudo, até 12% das cesarianas tiveram uma infeção."],
}
CONTEXT = {
    "en": "The trial found that chlorhexidine did better than iodine in the women it "
          "studied: in the US as a whole, up to 12% of caesarean births lead to infection.",
    "es": "El ensayo mostró que la clorhexidina funcionó mejor que el yodo en sus "
          "pacientes: en Estados Unidos, hasta un 12 % de las cesáreas acaba con infección.",
    "fr": "L'essai a montré que la chlorhexidine faisait mieux que l'iode chez ses "
          "patientes : aux États-Unis, jusqu'à 12 % des césariennes finissent par s'infecter.",
    "de": "Die Studie zeigte, dass Chlorhexidin bei ihren Patientinnen besser wirkte als "
          "Jod: In den USA enden bis zu 12 % der Kaiserschnitte mit einer Infektion.",
    "it": "Lo studio ha mostrato che la clorexidina funzionava meglio dello iodio nelle sue "
          "pazienti: negli Stati Uniti fino al 12% dei cesarei finisce con un'infezione.",
    "pt": "O ensaio mostrou que a clorexidina funcionou melhor do que o iodo nas suas "
          "doentes: nos Estados Unidos, até 12% das cesarianas acabam com infeção.",
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang in PLACED for t in PLACED[lang]])
def test_a_background_figure_placed_in_the_study_is_said_as_a_result(lang: str,
                                                                    text: str) -> None:
    assert "background-as-result" in rules(CHX, lang, text)


@pytest.mark.parametrize("lang", sorted(CONTEXT))
def test_a_clause_before_a_colon_does_not_make_the_figure_after_it_a_result(lang: str) -> None:
    assert "background-as-result" not in rules(CHX, lang, CONTEXT[lang])


def _with_background_count() -> Any:
    """The chlorhexidine test sheet with a background count given exactly (no hedge)."""
    from plainsum.factsheet.load import parse_yaml
    from plainsum.factsheet.model import FactSheet

    path, _ = C.EFFECT_SHEETS[CHX]
    text = path.read_text(encoding="utf-8").replace(
        "\nquotes:\n", "\n  - id: us-births\n    kind: count\n    value: 1300000\n"
        "    role: background\n    group: us-caesareans\n\nquotes:\n", 1)
    return FactSheet.from_dict(parse_yaml(text, str(path)).data, path=str(path))


@pytest.mark.parametrize(("text", "bad"), [
    ("Each year, the United States counts 1,300,000 such births.", False),
    ("Over the trial, the United States counted 1,300,000 such births.", True),
])
def test_an_exact_background_count_said_as_the_studys_is_an_error(text: str, bad: bool) -> None:
    from plainsum.lexicon import Lexicon
    from plainsum.pipeline import CheckContext, check_text

    sheet = _with_background_count()
    reg = C.registry()
    pack = reg.language("en")
    context = CheckContext(sheet, pack, None, Lexicon(sheet, pack), require="none")
    found = check_text(text, context, reg, with_readability=False).findings
    assert any(f.rule == "background-as-result" for f in found) == bad


# --- "about" reaches as far as a ratio's own precision ---------------------------------
ABOUT_RATIO = {"en": ("about", "0.6", "0.45"), "es": ("alrededor de", "0,6", "0,45"),
               "fr": ("environ", "0,6", "0,45"), "de": ("etwa", "0,6", "0,45"),
               "it": ("circa", "0,6", "0,45"), "pt": ("cerca de", "0,6", "0,45")}


@pytest.mark.parametrize("lang", sorted(ABOUT_RATIO))
def test_a_rounded_ratio_with_about_is_the_ratio(lang: str) -> None:
    about, near, _ = ABOUT_RATIO[lang]
    text = f"Hazard ratio: {about} {near}."
    assert not rules(CHX, lang, text) & {"ratio-as-percent", "unsupported-number"}


@pytest.mark.parametrize("lang", sorted(ABOUT_RATIO))
def test_a_relative_change_said_as_a_ratio_with_about_is_caught(lang: str) -> None:
    about, _, far = ABOUT_RATIO[lang]
    text = f"Hazard ratio: {about} {far}."
    assert at(CHX, lang, text, "ratio-as-percent", far)


# --- a difference said as one group doing better or worse -------------------------------
DID_BETTER = {
    "en": "As for skin reactions, iodine performed worse than chlorhexidine.",
    "es": "En cuanto a las reacciones en la piel, a la clorhexidina le fue mejor que al yodo.",
    "fr": "Pour les réactions de la peau, la chlorhexidine a fait mieux que l'iode.",
    "de": "Bei den Hautreaktionen fuhr man mit Chlorhexidin besser als mit Jod.",
    "it": "Quanto alle reazioni della pelle, la clorexidina ha fatto meglio dello iodio.",
    "pt": "Nas reações na pele, a clorexidina saiu-se melhor do que o iodo.",
}


@pytest.mark.parametrize("lang", sorted(DID_BETTER))
def test_doing_better_where_the_sheet_found_no_difference_is_invented(lang: str) -> None:
    assert "invented-difference" in rules(CHX, lang, DID_BETTER[lang])


def test_more_frequent_in_german_without_als_is_a_difference() -> None:
    text = "Hautreaktionen waren in der Jod-Gruppe häufiger."
    assert "invented-difference" in rules(CHX, "de", text)


# --- a difference said by the arm it favours --------------------------------------------
FAVOUR = {
    "en": ("Infections: a gap of 3.3 percentage points in favour of {}.", "chlorhexidine",
           "iodine", "3.3 percentage points"),
    "es": ("Infecciones: una distancia de 3,3 puntos porcentuales a favor {}.",
           "de la clorhexidina", "del yodo", "3,3 puntos porcentuales"),
    "fr": ("Infections : un écart de 3,3 points en faveur {}.", "de la chlorhexidine",
           "de l'iode", "3,3 points"),
    "de": ("Infektionen: ein Abstand von 3,3 Prozentpunkten zugunsten von {}.", "Chlorhexidin",
           "Jod", "3,3 Prozentpunkten"),
    "it": ("Infezioni: uno scarto di 3,3 punti percentuali a favore {}.", "della clorexidina",
           "dello iodio", "3,3 punti percentuali"),
    "pt": ("Infeções: uma distância de 3,3 pontos percentuais a favor {}.", "da clorexidina",
           "do iodo", "3,3 pontos percentuais"),
}


@pytest.mark.parametrize("lang", sorted(FAVOUR))
def test_a_difference_in_favour_of_the_better_arm_keeps_its_sign(lang: str) -> None:
    text, good, _, _ = FAVOUR[lang]
    assert "sign-flipped" not in rules(CHX, lang, text.format(good))


@pytest.mark.parametrize("lang", sorted(FAVOUR))
def test_a_difference_in_favour_of_the_other_arm_is_flipped(lang: str) -> None:
    text, _, bad, figure = FAVOUR[lang]
    assert at(CHX, lang, text.format(bad), "sign-flipped", figure)


# --- a unit word that ends one duration is not the unit of the next number --------------
@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Mit dem Herz-CT gab es in den nächsten fünf Jahren 40 Herzinfarkte weniger je "
           "100 Menschen."),
    ("en", "With the heart scan there were, over the next five years 40 fewer heart attacks "
           "per 100 people."),
])
def test_a_count_after_a_duration_is_read_as_a_count(lang: str, text: str) -> None:
    assert at("ct-heart-scan-2018", lang, text, "relative-as-absolute", "40")


# --- how often, said without "than" -------------------------------------------------------
MORE_OFTEN = {
    "en": "Skin reactions happened more often with iodine.",
    "es": "Con el yodo hubo reacciones en la piel con mayor frecuencia.",
    "fr": "Les réactions de la peau ont été plus souvent observées avec l'iode.",
    "de": "Mit Jod traten Hautreaktionen öfter auf.",
    "it": "Con lo iodio le reazioni della pelle sono comparse più spesso.",
    "pt": "Com o iodo, as reações na pele surgiram com maior frequência.",
}


@pytest.mark.parametrize("lang", sorted(MORE_OFTEN))
def test_more_often_in_one_arm_is_a_difference(lang: str) -> None:
    assert "invented-difference" in rules(CHX, lang, MORE_OFTEN[lang])


# --- causes said by setting an outcome off, or keeping it away ----------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chlorhexidine wards off wound infections."),
    ("en", "Chlorhexidine keeps wound infections at bay."),
    ("en", "Iodine promotes wound infections, the data suggest strongly."),
    ("es", "El yodo favorece la infección de la herida."),
    ("fr", "L'iode favorise l'infection de la plaie."),
    ("de", "Jod begünstigt Wundinfektionen."),
    ("it", "Lo iodio favorisce l'infezione della ferita."),
    ("pt", "O iodo favorece a infeção da ferida."),
])
def test_setting_off_or_keeping_away_an_outcome_is_a_cause(lang: str, text: str) -> None:
    assert "causal-claim" in rules(OBS, lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Nurses try to ward off infections with careful hygiene."),
    ("es", "Según los autores, el yodo se favorece por su precio."),
])
def test_a_purpose_or_another_subject_is_no_cause(lang: str, text: str) -> None:
    assert "causal-claim" not in rules(OBS, lang, text)


# --- the people studied, said by a participle ------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Of the people enrolled, up to 12% had an infection after the operation."),
    ("es", "De las personas incluidas, hasta un 12 % tuvo infección tras la operación."),
    ("fr", "Parmi les personnes recrutées, jusqu'à 12 % ont eu une infection après "
           "l'opération."),
    ("de", "Von den untersuchten Personen bekamen bis zu 12 % nach der Operation eine "
           "Infektion."),
    ("it", "Tra le persone arruolate, fino al 12% ha avuto un'infezione dopo l'operazione."),
    ("pt", "Das pessoas recrutadas, até 12% tiveram infeção depois da operação."),
])
def test_a_background_share_said_of_the_people_studied_is_a_result(lang: str,
                                                                   text: str) -> None:
    assert "background-as-result" in rules(CHX, lang, text)


# --- the exposure said to be the cause, or to have made the difference ------------------
CAUSE_NOUN = {
    "en": ["The two go together, and chlorhexidine is the cause.",
           "Chlorhexidine caused the lower infection rate.",
           "Chlorhexidine made it possible to cut wound infections.",
           "Iodine pushed the chance of a wound infection up."],
    "es": ["Las dos cosas van de la mano y la clorhexidina es la causa.",
           "La clorhexidina causó la tasa más baja de infección.",
           "La clorhexidina permitió reducir las infecciones de la herida.",
           "La clorhexidina protegía, con menos infecciones."],
    "fr": ["Les deux vont de pair, et la chlorhexidine en est la cause.",
           "La chlorhexidine est à l'origine du taux plus faible d'infection.",
           "La chlorhexidine a permis de limiter les infections de la plaie.",
           "La chlorhexidine protégeait, avec moins d'infections."],
    "de": ["Beides hängt zusammen, und Chlorhexidin ist die Ursache.",
           "Chlorhexidin verursachte die niedrigere Infektionsrate.",
           "Chlorhexidin half, die Zahl der Wundinfektionen zu senken."],
    "it": ["Le due cose vanno insieme e la clorexidina ne è la causa.",
           "La clorexidina ha causato il tasso più basso di infezioni.",
           "La clorexidina ha permesso di ridurre le infezioni della ferita.",
           "La clorexidina proteggeva, con meno infezioni."],
    "pt": ["As duas coisas andam juntas e a clorexidina é a causa.",
           "A clorexidina causou a taxa mais baixa de infeção.",
           "A clorexidina permitiu reduzir as infeções da ferida.",
           "A clorexidina protegia, com menos infeções."],
}
NOT_THE_CAUSE = {
    "en": "Iodine deficiency is a cause of thyroid disease.",
    "es": "La falta de yodo es la causa de problemas de tiroides.",
    "fr": "Le manque d'iode est la cause de problèmes de thyroïde.",
    "de": "Jodmangel ist die Ursache von Schilddrüsenproblemen.",
    "it": "La carenza di iodio è la causa di problemi alla tiroide.",
    "pt": "A falta de iodo é a causa de problemas da tiroide.",
}


@pytest.mark.parametrize(("lang", "text"),
                         [(lang, t) for lang in CAUSE_NOUN for t in CAUSE_NOUN[lang]])
def test_the_exposure_said_to_be_the_cause_is_a_causal_claim(lang: str, text: str) -> None:
    assert any(f.rule == "causal-claim" and f.severity == "error"
               for f in findings(OBS, lang, text))


@pytest.mark.parametrize("lang", sorted(NOT_THE_CAUSE))
def test_the_cause_of_something_else_is_background(lang: str) -> None:
    assert "causal-claim" not in rules(OBS, lang, NOT_THE_CAUSE[lang])


# --- the study's people as a cohort; a context label before the study's own words -------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "In our cohort, up to 12% of caesarean births were followed by an infection."),
    ("es", "En esta cohorte, hasta un 12 % de las cesáreas acabó con infección."),
    ("fr", "Dans cette cohorte, jusqu'à 12 % des césariennes ont été suivies d'une infection."),
    ("de", "In dieser Kohorte folgte bis zu 12 % der Kaiserschnitte eine Infektion."),
    ("it", "In questa coorte fino al 12% dei cesarei è stato seguito da un'infezione."),
    ("pt", "Nesta coorte, até 12% das cesarianas foram seguidas de infeção."),
    ("en", "For context: in the study, up to 12% of caesarean births ended in infection."),
    ("de", "Zur Einordnung: In der Studie endeten bis zu 12 % der Kaiserschnitte mit einer "
           "Infektion."),
])
def test_a_background_share_of_the_cohort_is_said_as_a_result(lang: str, text: str) -> None:
    assert "background-as-result" in rules(CHX, lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "For context: in the United States, up to 12% of caesarean births end in "
           "infection."),
    ("de", "Zur Einordnung: In den USA enden bis zu 12 % der Kaiserschnitte mit einer "
           "Infektion."),
])
def test_a_context_label_keeps_a_background_share_context(lang: str, text: str) -> None:
    assert "background-as-result" not in rules(CHX, lang, text)


# --- a heading that names the study's time point ---------------------------------------
TIMED_HEADING = {
    "en": "Within 30 days: up to 12% of caesarean births were followed by an infection.",
    "es": "A los 30 días: hasta un 12 % de las cesáreas acabó con infección.",
    "fr": "À 30 jours : jusqu'à 12 % des césariennes ont été suivies d'une infection.",
    "de": "Nach 30 Tagen: Bis zu 12 % der Kaiserschnitte endeten mit einer Infektion.",
    "it": "A 30 giorni: fino al 12% dei cesarei è stato seguito da un'infezione.",
    "pt": "Aos 30 dias: até 12% das cesarianas foram seguidas de infeção.",
}


@pytest.mark.parametrize("lang", sorted(TIMED_HEADING))
def test_a_heading_with_the_studys_time_makes_a_background_share_a_result(lang: str) -> None:
    assert "background-as-result" in rules(CHX, lang, TIMED_HEADING[lang])


def test_a_heading_without_a_time_of_the_study_leaves_it_context() -> None:
    text = "In the United States: up to 12% of caesarean births are followed by an infection."
    assert "background-as-result" not in rules(CHX, "en", text)


# --- national figures are context, whoever reports them ----------------------------------
NATIONAL = {
    "en": "National results suggest that up to 12% of caesarean births in the US are "
          "followed by an infection.",
    "es": "Los resultados nacionales indican que hasta un 12 % de las cesáreas en Estados "
          "Unidos acaba con infección.",
    "fr": "Les résultats nationaux indiquent que jusqu'à 12 % des césariennes aux États-Unis "
          "sont suivies d'une infection.",
    "de": "Landesweite Ergebnisse zeigen, dass in den USA bis zu 12 % der Kaiserschnitte eine "
          "Wundinfektion nach sich ziehen.",
    "it": "I risultati nazionali indicano che negli Stati Uniti fino al 12% dei cesarei è "
          "seguito da un'infezione.",
    "pt": "Os resultados nacionais indicam que, nos Estados Unidos, até 12% das cesarianas "
          "são seguidas de infeção.",
}


@pytest.mark.parametrize("lang", sorted(NATIONAL))
def test_national_results_are_context(lang: str) -> None:
    assert "background-as-result" not in rules(CHX, lang, NATIONAL[lang])


# --- the vitamin D example (a cohort design): claims and careful wording ----------------
VITAMIN = "vitamin-d-colorectal-2018"
VITAMIN_CAUSES = {
    "en": ["A vitamin D shortfall sends colorectal cancer risk soaring."],
    "es": ["La vitamina D recorta el riesgo de cáncer colorrectal."],
    "fr": ["La vitamine D fait reculer le cancer colorectal."],
    "de": ["Vitamin D drückt das Darmkrebsrisiko deutlich."],
    "it": ["La vitamina D taglia il rischio di tumore del colon-retto."],
    "pt": ["A vitamina D corta o risco de cancro colorretal."],
}
VITAMIN_CAREFUL = {
    "en": ["Low vitamin D was tied to a higher risk; whether it drove the risk up is unknown.",
           "The study cannot say whether low vitamin D is the cause.",
           "Vitamin D deficiency is a cause for concern in older adults, but this study only "
           "shows a link with colorectal cancer."],
    "es": ["No se sabe si la falta de vitamina D es la causa.",
           "El estudio permitió comparar a más de 5.700 casos con más de 7.100 controles."],
    "fr": ["On ne sait pas si le manque de vitamine D en est la cause.",
           "Un taux bas de vitamine D était associé à un risque de cancer colorectal plus élevé "
           "de 31 %, sans que l'on sache s'il le fait grimper."],
    "de": ["Ob der Vitamin-D-Mangel die Ursache ist, kann die Studie nicht sagen.",
           "Ein niedriger Vitamin-D-Spiegel ging mit einem um 31 % höheren Darmkrebsrisiko "
           "einher; ob er das Risiko steigen lässt, ist offen."],
    "it": ["Non si sa se la carenza di vitamina D ne sia la causa.",
           "Lo studio ha permesso di confrontare oltre 5.700 casi con oltre 7.100 controlli."],
    "pt": ["Não se sabe se a falta de vitamina D é a causa.",
           "Níveis baixos de vitamina D estiveram associados a um risco de cancro colorretal 31% "
           "mais alto; não se sabe se fazem subir o risco."],
}


@pytest.mark.parametrize(("lang", "text"),
                         [(lang, t) for lang in VITAMIN_CAUSES for t in VITAMIN_CAUSES[lang]])
def test_the_vitamin_d_link_said_as_a_cause_is_caught(lang: str, text: str) -> None:
    assert "causal-claim" in rules(VITAMIN, lang, text)


@pytest.mark.parametrize(("lang", "text"),
                         [(lang, t) for lang in VITAMIN_CAREFUL for t in VITAMIN_CAREFUL[lang]])
def test_the_vitamin_d_link_said_carefully_passes(lang: str, text: str) -> None:
    assert "causal-claim" not in rules(VITAMIN, lang, text)


# --- a relative change said as a share of cases ------------------------------------------
CT = "ct-heart-scan-2018"
SHARE_OF_CASES = {
    "en": ("With the heart scan, a heart attack was avoided in 40% of cases over five years.",
           "40%"),
    "es": ("Con el escáner del corazón se evitó un infarto en el 40 % de los casos en cinco "
           "años.", "40 %"),
    "fr": ("Avec le coroscanner, l'infarctus a été évité dans 40 % des cas en cinq ans.",
           "40 %"),
    "de": ("Mit dem Herz-CT blieb in 40 Prozent der Fälle über fünf Jahre ein Herzinfarkt aus.",
           "40 Prozent"),
    "it": ("Con la TAC del cuore l'infarto è stato evitato nel 40% dei casi in cinque anni.",
           "40%"),
    "pt": ("Com a TAC ao coração evitou-se um enfarte em 40% dos casos em cinco anos.", "40%"),
}


@pytest.mark.parametrize("lang", sorted(SHARE_OF_CASES))
def test_a_relative_change_said_as_a_share_of_cases_is_caught(lang: str) -> None:
    text, figure = SHARE_OF_CASES[lang]
    assert at(CT, lang, text, "relative-as-absolute", figure)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Un taux bas de vitamine D donnait 31 % de risque en plus de cancer colorectal."),
    ("en", "With the heart scan, heart attacks were 40% rarer over five years."),
])
def test_a_change_said_with_of_and_a_risk_is_no_share(lang: str, text: str) -> None:
    sheet = VITAMIN if lang == "fr" else CT
    assert "relative-as-absolute" not in rules(sheet, lang, text)
