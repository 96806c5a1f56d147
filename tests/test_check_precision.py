"""The checker's precision on wording people write (issue 14, item 1; issue 11, item 5):
each general reading the checker makes, on sentences written here in several languages,
beside the corruption of the same wording it must still catch. Also hostile input
(invisible characters, superscript powers) and everyday English synonyms of a sheet term."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import corruption as C
from tests.test_check_faithful import CHX, RIVA, VITD, alarms, rules, said

# a count put on the wrong group (wrong-context) or on a thing the sheet never counts
# (wrong-referent): a faithful text raises neither
NUMBER_PLACES = {"wrong-context", "wrong-referent"}


def found(sheet: str, lang: str, text: str, require: str = "claimed") -> list:
    return C.check(C.Faithful(sheet, lang, "test", text, require), text)


# --- a term's own word glued to another noun is a compound, not a garble ----------------
@pytest.mark.parametrize("text", [
    "In den USA entzünden sich bis zu 12 Prozent der Kaiserschnittwunden.",
    "Die Kaiserschnittnarbe heilte bei den meisten Frauen gut.",
])
def test_a_compound_of_the_terms_word_and_another_noun_is_no_garble(text: str) -> None:
    assert "term-corrupted" not in {f.rule for f in found(CHX, "de", text)}


@pytest.mark.parametrize("text", [
    "Nach der Kaiserschnittentbingung bekamen 4,0 Prozent eine Wundinfektion.",
    "Nach der Kaiserschnittentbindnug bekamen 4,0 Prozent eine Wundinfektion.",
])
def test_a_garbled_end_of_the_longer_form_is_still_a_garble(text: str) -> None:
    assert "term-corrupted" in {f.rule for f in found(CHX, "de", text)}


# --- thousands spelled out with the hundreds after them are one number ---------------
@pytest.mark.parametrize("lang, text", [
    ("es", "El estudio juntó a más de cinco mil setecientas personas con cáncer colorrectal "
           "y a más de siete mil cien que no lo tenían."),
    ("en", "The study pooled more than five thousand seven hundred people with bowel cancer "
           "and more than seven thousand one hundred people without it."),
    ("pt", "O estudo juntou mais de cinco mil e setecentas pessoas com cancro do intestino."),
])
def test_spelled_out_thousands_and_hundreds_are_one_figure(lang: str, text: str) -> None:
    assert "unsupported-number" not in rules(VITD, lang, text), said(alarms(VITD, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("es", "El estudio juntó a más de cinco mil seiscientas personas con cáncer colorrectal."),
    ("en", "The study pooled more than five thousand six hundred people with bowel cancer."),
])
def test_a_changed_hundreds_word_after_the_thousands_is_caught(lang: str, text: str) -> None:
    assert "unsupported-number" in rules(VITD, lang, text), said(alarms(VITD, lang, text))


# --- invisible characters and superscript powers ---------------------------------------
ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
MARKS = ("\u200e", "\u200f")


@pytest.mark.parametrize("mark", ZERO_WIDTH)
def test_a_zero_width_character_inside_a_figure_does_not_split_it(mark: str) -> None:
    text = f"Of the women cleaned with iodine, 7{mark}.3% got a wound infection."
    assert not rules(CHX, "en", text) & {"unsupported-number", "wrong-context"}, said(
        alarms(CHX, "en", text))
    wrong = f"Of the women cleaned with iodine, 4{mark}0 % got a wound infection."
    hits = [f for f in found(CHX, "en", wrong) if f.rule == "unsupported-number"]
    assert hits and wrong[hits[0].span[0]:hits[0].span[1]] == f"4{mark}0 %"


@pytest.mark.parametrize("mark", MARKS)
def test_a_direction_mark_beside_a_figure_adds_no_finding(mark: str) -> None:
    text = f"Of the women cleaned with iodine, {mark}7.3%{mark} got a wound infection."
    assert not alarms(CHX, "en", text) or not rules(CHX, "en", text) & {
        "unsupported-number", "wrong-context"}, said(alarms(CHX, "en", text))


def test_spans_point_into_the_text_as_given() -> None:
    from plainsum.invisible import shown

    text = "a 4\u200b0 % b 10⁵ c\u200f d"
    seen = shown(text)
    assert seen.text == "a 40 % b 100000 c d"
    assert text[slice(*seen.span(2, 6))] == "4\u200b0 %"
    assert text[slice(*seen.span(9, 15))] == "10⁵"
    assert text[slice(*seen.span(16, 19))] == "c\u200f d"
    assert shown("plain text").text == "plain text"
    edged = shown("\u200bAs\u200b")  # nothing at the edges of a span is invisible
    assert edged.text == "As" and edged.span(0, 2) == (1, 3)


def test_a_superscript_power_of_ten_is_read_as_its_value() -> None:
    from plainsum.invisible import shown

    assert shown("about 10⁶ cases").text == "about 1000000 cases"
    assert shown("2 cm² of skin").text == "2 cm² of skin"  # a unit's power stays
    assert shown("1.10⁵").text == "1.10⁵"  # not a power of ten by itself


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_invisible_characters_added_anywhere_add_no_finding(data) -> None:
    texts = [f for f in C.effect_texts() if f.split == "dev"]
    source = data.draw(st.sampled_from(texts))
    before = {(f.rule, f.found) for f in C.check(source, source.text)}
    text = source.text
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(0, len(text)))
        mark = data.draw(st.sampled_from(ZERO_WIDTH + MARKS))
        text = text[:at] + mark + text[at:]
    after = C.check(source, text)
    assert {f.rule for f in after} <= {rule for rule, _ in before}, said(after)
    for f in after:
        if f.span:
            assert 0 <= f.span[0] <= f.span[1] <= len(text)


# --- each share with its count, compared: "23 women (4.0%) versus 42 (7.3%)" --------------
ARMS = {
    "en": "1,147 women were assigned to chlorhexidine-alcohol (572) or iodine-alcohol (575). "
          "Wound infection within 30 days occurred in 23 women ({a}) versus 42 ({b}).",
    "es": "Se incluyó a 1147 mujeres: 572 con clorhexidina alcohólica y 575 con yodo "
          "alcohólico. A los 30 días, la infección de la herida afectó al {a} (23 mujeres) "
          "frente al {b} (42).",
    "fr": "1 147 femmes ont reçu la chlorhexidine-alcool (572) ou l'iode-alcool (575). À "
          "30 jours, l'infection de la plaie a touché 23 femmes ({a}) contre 42 ({b}).",
}


@pytest.mark.parametrize("lang", sorted(ARMS))
def test_two_shares_each_with_its_count_compared_are_the_arms(lang: str) -> None:
    a, b = ("4,0 %", "7,3 %") if lang != "en" else ("4.0%", "7.3%")
    text = ARMS[lang].format(a=a, b=b)
    assert not rules(CHX, lang, text) & NUMBER_PLACES, said(alarms(CHX, lang, text))


@pytest.mark.parametrize("lang", sorted(ARMS))
def test_the_same_shares_swapped_are_caught(lang: str) -> None:
    a, b = ("7,3 %", "4,0 %") if lang != "en" else ("7.3%", "4.0%")
    text = ARMS[lang].format(a=a, b=b)
    assert "wrong-context" in rules(CHX, lang, text), said(alarms(CHX, lang, text))


# --- one unit said once for two figures compared ----------------------------------------
@pytest.mark.parametrize("lang, text", [
    ("de", "Mit Chlorhexidin oder mit Jod: Die Wundinfektionsrate lag bei 4,0 gegenüber "
           "7,3 Prozent."),
    ("en", "With chlorhexidine or with iodine, the wound infection rate was 4.0 vs 7.3%."),
    ("fr", "Avec la chlorhexidine ou avec l'iode, le taux d'infection de la plaie était de "
           "4,0 contre 7,3 %."),
])
def test_a_figure_before_a_versus_word_shares_the_unit_of_the_next(lang: str,
                                                                    text: str) -> None:
    from plainsum_checks.numbers import read_numbers

    pack = C.registry().language(lang)
    kinds = [m.kind for m in read_numbers(text, pack) if m.value in (4.0, 7.3)]
    assert kinds == ["percent", "percent"]
    assert not rules(CHX, lang, text) & NUMBER_PLACES, said(alarms(CHX, lang, text))


def test_a_figure_before_a_versus_word_and_a_count_stays_a_count() -> None:
    from plainsum_checks.numbers import read_numbers

    pack = C.registry().language("en")
    found_ = read_numbers("Of 572 vs 575 women, 4.0% and 7.3% got an infection.", pack)
    assert [m.kind for m in found_][:2] == ["number", "number"]


# --- a finite verb ends a noun phrase ---------------------------------------------------
@pytest.mark.parametrize("lang, text", [
    ("de", "Eine randomisierte Studie mit 1147 Frauen hat Chlorhexidin mit Jod verglichen."),
    ("es", "Un ensayo con 1147 mujeres ha comparado la clorhexidina con el yodo."),
    ("it", "Uno studio con 1147 donne ha confrontato la clorexidina con lo iodio."),
])
def test_a_count_before_a_finite_verb_is_not_the_arm_named_after_it(lang: str,
                                                                    text: str) -> None:
    assert not rules(CHX, lang, text) & NUMBER_PLACES, said(alarms(CHX, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("de", "Eine Studie mit 1147 Frauen der Chlorhexidin-Gruppe hat Jod nie verwendet."),
    ("en", "Of 1147 women in the chlorhexidine group, most were well."),
])
def test_a_count_said_of_an_arm_in_its_own_phrase_is_still_caught(lang: str,
                                                                  text: str) -> None:
    assert "wrong-context" in rules(CHX, lang, text), said(alarms(CHX, lang, text))


# --- the next figure's clause keeps its own group words ----------------------------------
@pytest.mark.parametrize("lang, text", [
    ("de", "Zufriedenheit: 64,4 % der ambulant Behandelten fanden die Therapie überhaupt "
           "nicht belastend, bei den stationär Behandelten waren es 54,4 %."),
    ("pt", "Mais de seis em cada dez dos que foram tratados em casa disseram que o "
           "tratamento não era peso nenhum, contra 54,4% dos internados."),
    ("en", "Of those treated at home, 64.4% did not find the treatment a burden at all, "
           "while among the in-patient group it was 54.4%."),
])
def test_a_group_in_the_next_figures_clause_is_not_this_figures(lang: str,
                                                                 text: str) -> None:
    assert not rules(RIVA, lang, text) & NUMBER_PLACES, said(alarms(RIVA, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("de", "Zufriedenheit: 64,4 % der Patienten mit Standardtherapie fanden die Therapie "
           "nicht belastend, bei den anderen waren es 54,4 %."),
    ("en", "In the usual care group, 64.4% did not find the treatment a burden at all, "
           "while among the others it was 54.4%."),
])
def test_a_group_in_the_figures_own_clause_still_counts(lang: str, text: str) -> None:
    assert "wrong-context" in rules(RIVA, lang, text), said(alarms(RIVA, lang, text))


# --- a partitive relative clause is an aside --------------------------------------------
@pytest.mark.parametrize("lang, text", [
    ("en", "A trial of 114 patients, 99 of whom completed follow-up, compared early "
           "discharge on rivaroxaban with usual care."),
    ("fr", "Un essai chez 114 patients, dont 99 ont terminé l'étude, a comparé la sortie "
           "précoce sous rivaroxaban aux soins habituels."),
    ("de", "Eine Studie mit 114 Patienten, von denen 99 die Studie abschlossen, verglich "
           "die frühe Entlassung mit Rivaroxaban mit der Standardtherapie."),
    ("es", "Un ensayo con 114 pacientes, de los cuales 99 terminaron el estudio, comparó el "
           "alta precoz con rivaroxabán con la atención habitual."),
])
def test_a_count_in_a_partitive_aside_is_not_the_arm_after_it(lang: str, text: str) -> None:
    assert not rules(RIVA, lang, text) & {"wrong-context", "wrong-referent"}, said(
        alarms(RIVA, lang, text))


def test_a_count_said_of_the_arm_in_its_own_clause_is_still_caught() -> None:
    text = "A trial of 114 patients found that 99 patients on rivaroxaban went home early."
    # the sheet counts no early-discharge arm: the completers' 99 is put on a thing it
    # never counts (wrong-referent); a count moved between counted groups is wrong-context
    assert "wrong-referent" in rules(RIVA, "en", text), said(alarms(RIVA, "en", text))


# --- "X ..., against Y of the other group" ----------------------------------------------
@pytest.mark.parametrize("lang, text", [
    ("fr", "Près des deux tiers des patients soignés à domicile (64,4 %) ne le trouvaient pas "
           "contraignant du tout, contre 54,4 % des patients hospitalisés."),
    ("es", "El 64,4 % de los pacientes tratados en casa no lo encontró nada pesado, frente al "
           "54,4 % de los hospitalizados."),
    ("en", "64.4% of the patients treated at home did not find it a burden, against 54.4% of "
           "the in-patient group."),
])
def test_a_share_then_a_versus_word_and_the_other_arms_share(lang: str, text: str) -> None:
    assert not rules(RIVA, lang, text) & NUMBER_PLACES, said(alarms(RIVA, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("fr", "Près des deux tiers des patients soignés à domicile (54,4 %) ne le trouvaient pas "
           "contraignant du tout, contre 64,4 % des patients hospitalisés."),
    ("en", "54.4% of the patients treated at home did not find it a burden, against 64.4% of "
           "the in-patient group."),
])
def test_the_same_shares_swapped_between_the_arms_are_caught(lang: str, text: str) -> None:
    assert "wrong-context" in rules(RIVA, lang, text), said(alarms(RIVA, lang, text))


# --- "about" said after the figure ----------------------------------------------------
@pytest.mark.parametrize("lang, text", [
    ("es", "Resultados anteriores ya habían mostrado que a uno de cada cuatro pacientes, "
           "aproximadamente, le cambiaron el diagnóstico tras el escáner."),
    ("en", "Earlier results had already shown that the scan changed the diagnosis for one in "
           "four patients or so."),
    ("fr", "Des résultats antérieurs avaient déjà montré que le diagnostic changeait pour 25 % "
           "environ des patients."),
    ("it", "Risultati precedenti avevano già mostrato che la diagnosi cambiava per il 25% "
           "circa dei pazienti."),
])
def test_about_said_after_the_figure_keeps_the_hedge(lang: str, text: str) -> None:
    ct = "ct-heart-scan-2018"
    assert "hedge-dropped" not in rules(ct, lang, text), said(alarms(ct, lang, text))


def test_about_before_the_next_figure_is_that_ones() -> None:
    from plainsum_checks.numbers import read_numbers

    pack = C.registry().language("fr")
    found_ = read_numbers("Le taux passe de 25 %, environ 30 % ensuite.", pack)
    assert [m.hedge for m in found_] == [None, "about"]


# --- everyday English words for a sheet term (CDC Plain Language Thesaurus) -------------
@pytest.mark.parametrize("text", [
    "People with a low-risk lung embolism were sent home early with rivaroxaban.",
    "People with a low-risk pulmonary blood clot were sent home early with rivaroxaban.",
])
def test_an_everyday_word_for_a_term_names_it(text: str) -> None:
    rules_ = {(f.rule, f.fact) for f in found(RIVA, "en", text, "key")}
    assert ("term-missing", "pulmonary-embolism") not in rules_
    assert not {r for r, _ in rules_} & {"term-corrupted"}


@pytest.mark.parametrize("text", [
    "People with a low-risk lung problem were sent home early with rivaroxaban.",
    "People with a low-risk pulmonary clot were sent home early with rivaroxaban.",
])
def test_a_word_the_thesaurus_does_not_give_still_leaves_the_term_missing(text: str) -> None:
    assert ("term-missing", "pulmonary-embolism") in {
        (f.rule, f.fact) for f in found(RIVA, "en", text, "key")}


def test_the_thesaurus_is_read_only_for_a_term_in_question() -> None:
    from plainsum_checks import everyday

    everyday.table.cache_clear()
    found(RIVA, "en", "People with a low-risk pulmonary embolism were sent home early "
                      "with rivaroxaban (Xarelto) in a randomized trial.", "key")
    found(RIVA, "es", "Personas con un coágulo fueron a casa con rivaroxabán.", "key")
    assert everyday.table.cache_info().currsize == 0
    found(RIVA, "en", "People with a low-risk lung embolism were sent home early.", "key")
    assert everyday.table.cache_info().currsize == 1


def test_the_thesaurus_gives_short_everyday_alternatives() -> None:
    from plainsum_checks.everyday import DATA, compact, everyday_keys, table

    words = table()
    assert ("high", "blood", "pressure") in words[("hypertension",)]
    assert ("lungs",) in words[("pulmonary",)]  # "related to the lungs"
    assert all(len(alt.split()) <= 4 for line in DATA.read_text(encoding="utf-8").splitlines()
               if not line.startswith("#") for alt in line.split("\t")[1].split("|"))
    assert ("lungs", "embolism") in everyday_keys([("pulmonary", "embolism")])
    # a short common head keeps its word ("attack" has other senses); jargon does not
    assert not any(k[-1] != "attack" and k[0] == "heart"
                   for k in everyday_keys([("heart", "attack")]))
    assert ("pulmonary", "blood", "clot") in everyday_keys([("pulmonary", "embolism")])
    sample = [{"term": "Abdomen", "plain_alternative": "stomach, belly (informal); the area "
               "inside your body between the chest and the hips"},
              {"term": "renal", "plain_alternative": "related to the kidney"}]
    assert compact(sample).splitlines()[2:] == ["abdomen\tstomach|belly", "renal\tkidney"]


def test_the_packaged_thesaurus_is_the_compact_form_of_the_source(shared) -> None:
    import json

    from plainsum_checks.everyday import DATA, compact

    source = shared / "data" / "cdc-plain-language-thesaurus.json"
    if not source.exists():
        pytest.skip("../shared has no CDC thesaurus source")
    entries = json.loads(source.read_text(encoding="utf-8"))
    assert DATA.read_text(encoding="utf-8") == compact(entries)


# --- "the ... arm" names one of the two compared groups ---------------------------------
@pytest.mark.parametrize("lang, text", [
    ("en", "Bleeding-related visits were less frequent in the outpatient arm."),
    ("es", "La proporción de pacientes que acudió al médico por sangrado fue claramente "
           "menor en el grupo ambulatorio."),
    ("fr", "Les consultations liées à un saignement ont été moins nombreuses dans le groupe "
           "traité à domicile."),
])
def test_a_difference_in_an_arm_named_in_own_words_is_invented(lang: str, text: str) -> None:
    assert "invented-difference" in rules(RIVA, lang, text), said(alarms(RIVA, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("it", "Lo studio era troppo piccolo per capire se i sanguinamenti abbiano portato più "
           "spesso dal medico in uno dei due gruppi."),
    ("en", "The trial was too small to tell whether bleeding visits were more frequent in "
           "one of the groups."),
    ("en", "Bleeding-related visits did not differ between the outpatient arm and the "
           "inpatient arm."),
])
def test_the_groups_unnamed_or_no_difference_is_no_invented_one(lang: str, text: str) -> None:
    assert "invented-difference" not in rules(RIVA, lang, text), said(
        alarms(RIVA, lang, text))


# --- a claim quoted to be weighed is not the text's own ---------------------------------
CT = "ct-heart-scan-2018"


@pytest.mark.parametrize("lang, text", [
    ("de", "Behauptung: „Vitamin D halbiert das Darmkrebsrisiko.“ Bewertung: falsch."),
    ("en", "Headlines claimed that \"vitamin D prevents bowel cancer\". That is not what the "
           "study found."),
    ("es", "En redes circula que «la vitamina D previene el cáncer de colon». Es falso."),
])
def test_a_causal_claim_quoted_to_be_weighed_is_not_the_texts(lang: str, text: str) -> None:
    assert "causal-claim" not in rules(VITD, lang, text), said(alarms(VITD, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("de", "Vitamin D halbiert das Darmkrebsrisiko."),
    ("en", "Our verdict: vitamin D prevents bowel cancer."),
    ("es", "Es cierto: la vitamina D previene el cáncer de colon."),
])
def test_the_same_claim_said_by_the_text_is_caught(lang: str, text: str) -> None:
    assert "causal-claim" in rules(VITD, lang, text), said(alarms(VITD, lang, text))


def test_a_figure_of_a_rejected_quoted_claim_is_not_the_texts() -> None:
    text = ("Sur les réseaux sociaux, on lit que « le scanner réduit les infarctus de 60 % ». "
            "Ce n'est pas ce que dit l'étude : la baisse était de 40 %.")
    assert "unsupported-number" not in rules(CT, "fr", text), said(alarms(CT, "fr", text))


def test_a_figure_of_a_quoted_claim_the_text_only_cites_is_still_read() -> None:
    text = ("Le chiffre qui circule : « le scanner réduit les infarctus de 60 % ». La baisse "
            "était de 40 %.")
    assert "unsupported-number" in rules(CT, "fr", text), said(alarms(CT, "fr", text))


def test_reported_spans_need_an_intro_or_a_verdict() -> None:
    from plainsum_checks.reported import reported_spans

    def spans(lang: str, text: str, rejected: bool = False) -> list[str]:
        pack = C.registry().language(lang)
        return [text[a:b] for a, b in reported_spans(text, pack.sentence_spans(text), pack,
                                                     rejected)]

    said_ = "Newby said: \"This relatively simple heart scan ensures the right treatment.\""
    assert spans("en", said_) == []
    claimed = "Posts claim \"the scan halves heart attacks\". It cut them by 40%."
    assert spans("en", claimed) == ["\"the scan halves heart attacks\""]
    assert spans("en", claimed, rejected=True) == []
    assert spans("en", claimed.replace("It cut", "False: it cut"), rejected=True) == [
        "\"the scan halves heart attacks\""]


# --- "in this (new) analysis", "according to this analysis" say the study's result ------
@pytest.mark.parametrize("lang, text", [
    ("de", "Zudem wurde in der aktuellen Analyse bei rund 25 Prozent der Patienten mit CT "
           "die Diagnose neu eingeordnet."),
    ("it", "Secondo questa nuova analisi, in circa un paziente su quattro la diagnosi è stata "
           "modificata dopo la TAC."),
    ("pt", "Segundo resultado desta análise: cerca de 25% dos doentes submetidos à TAC viram "
           "o diagnóstico reclassificado."),
    ("fr", "Second résultat de cette analyse : le diagnostic a été reclassé chez environ un "
           "quart des patients ayant eu le scanner."),
])
def test_an_earlier_figure_said_of_this_analysis_is_background_as_result(
        lang: str, text: str) -> None:
    assert "background-as-result" in rules(CT, lang, text), said(alarms(CT, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("it", "Secondo un'analisi precedente dello stesso gruppo, la diagnosi era cambiata in "
           "circa un paziente su quattro."),
    ("pt", "Segundo uma análise anterior da mesma equipa, cerca de 25% dos doentes viram o "
           "diagnóstico reclassificado."),
    ("de", "Laut einer früheren Auswertung derselben Studie änderte sich bei etwa jedem "
           "vierten Patienten die Diagnose."),
])
def test_the_same_figure_said_of_an_earlier_report_is_context(lang: str, text: str) -> None:
    assert "background-as-result" not in rules(CT, lang, text), said(alarms(CT, lang, text))


# --- a direction word where a compared group is named is a difference, "than" or not ----
@pytest.mark.parametrize("lang, text", [
    ("de", "Arztbesuche wegen Blutungen waren in der Rivaroxaban-Gruppe seltener."),
    ("es", "Las visitas por sangrado fueron menos frecuentes con rivaroxabán."),
    ("en", "Visits for bleeding were less frequent with rivaroxaban."),
])
def test_a_bare_comparative_beside_an_arm_is_a_difference(lang: str, text: str) -> None:
    assert "invented-difference" in rules(RIVA, lang, text), said(alarms(RIVA, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("es", "Las reacciones en la piel afectaron a menos del 3 % de las mujeres, con "
           "clorhexidina o con yodo por igual."),
    ("fr", "Les réactions cutanées ont touché moins de 3 % des femmes sous chlorhexidine "
           "comme sous iode."),
    ("en", "Skin reactions affected fewer than 3 in 100 women given chlorhexidine or iodine."),
])
def test_a_direction_word_before_a_figure_is_its_hedge(lang: str, text: str) -> None:
    assert "invented-difference" not in rules(CHX, lang, text), said(alarms(CHX, lang, text))


# --- two groups' means said the other way round -----------------------------------------
SWAPPED = {
    "en": "Patients sent home early with rivaroxaban spent {a} hours in hospital on average, "
          "against {b} hours for those kept in.",
    "it": "Chi è stato dimesso subito con il rivaroxaban ha trascorso in ospedale in media "
          "{a} ore nel primo mese, contro le {b} di chi è stato ricoverato.",
}


@pytest.mark.parametrize("lang", sorted(SWAPPED))
def test_two_groups_means_in_their_order_pass(lang: str) -> None:
    a, b = ("4.8", "33.6") if lang == "en" else ("4,8", "33,6")
    text = SWAPPED[lang].format(a=a, b=b)
    assert "sign-flipped" not in rules(RIVA, lang, text), said(alarms(RIVA, lang, text))


@pytest.mark.parametrize("lang", sorted(SWAPPED))
def test_two_groups_means_the_other_way_round_are_flipped(lang: str) -> None:
    a, b = ("33.6", "4.8") if lang == "en" else ("33,6", "4,8")
    text = SWAPPED[lang].format(a=a, b=b)
    assert "sign-flipped" in rules(RIVA, lang, text), said(alarms(RIVA, lang, text))


def test_a_group_named_after_the_second_mean_is_its_own() -> None:
    text = ("Within 30 days, mean hospital time was 4.8 hours in patients discharged early vs "
            "33.6 hours in the standard-care group.")
    assert "sign-flipped" not in rules(RIVA, "en", text), said(alarms(RIVA, "en", text))


def test_the_same_change_in_both_arms_is_no_difference() -> None:
    text = ("Visits for bleeding fell with rivaroxaban and fell with usual care, by the same "
            "amount.")
    assert "invented-difference" not in rules(RIVA, "en", text), said(alarms(RIVA, "en", text))
