"""Faithful wording of texts nobody here wrote that the checker read as an error (issue 14,
item 1), each with the error it must still catch in the same place.

Written in wording of their own against the suite's reviewed sheets, in several of the six
languages: each case is a family (a declined name, a question about what a study lacked,
a heading word, a comparison of two groups said the other way round), not one text.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import CHX, CT, HSCT, VITD, alarms, caught_at, said


# --- a declined name followed by a word of another name ---------------------------------
# German declines a name's adjective after an article ("das Nationale Institut" of
# "Nationales Institut"), and the name's acronym may follow later ("der USA, kurz NICHD"):
# the function word after the name is the next phrase, not a word swapped into the name
@pytest.mark.parametrize("faithful, wrong, words", [
    ("Gefördert hat die Studie das Nationale Institut für Kindergesundheit und menschliche "
     "Entwicklung der USA, kurz NICHD.",
     "Gefördert hat die Studie das Nationale Institut für Kindergesundheit und menschliche "
     "Entwickung der USA, kurz NICHD.", "Entwickung"),
    ("Geld kam vom Nationalen Institut für Kindergesundheit und menschliche Entwicklung der "
     "Vereinigten Staaten.",
     "Geld kam vom Nationalen Institut für Kindergesundhiet und menschliche Entwicklung der "
     "Vereinigten Staaten.", "Kindergesundhiet"),
])
def test_a_declined_name_before_a_function_word(faithful: str, wrong: str, words: str) -> None:
    assert not alarms(CHX, "de", faithful), said(alarms(CHX, "de", faithful))
    assert caught_at(CHX, "de", wrong, "name-altered", words), said(alarms(CHX, "de", wrong))


# --- "more" as a connective that adds a point -------------------------------------------
# "In più:", "Per di più,", "De plus,", "Es más,", "What's more,": a heading or connective,
# no direction of the outcome; the same word said of the outcome is still read
@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("it", "- **In più:** alcune persone avevano meno disabilità di prima.",
     "- **In più:** alcune persone avevano più disabilità di prima.", "più disabilità"),
    ("it", "Per di più, alcune persone avevano meno disabilità di prima.",
     "Per di più, alcune persone avevano più disabilità di prima.", "più disabilità"),
    ("fr", "De plus, certaines personnes ont vu leur handicap diminuer.",
     "De plus, certaines personnes ont vu leur handicap augmenter.", "augmenter"),
    ("es", "Es más, algunas personas tenían menos discapacidad que antes.",
     "Es más, algunas personas tenían más discapacidad que antes.", "más discapacidad"),
    ("en", "What's more, some people had less disability than before.",
     "What's more, some people had more disability than before.", "more disability"),
])
def test_more_as_a_connective(lang: str, faithful: str, wrong: str, words: str) -> None:
    assert not alarms(HSCT, lang, faithful), said(alarms(HSCT, lang, faithful))
    assert caught_at(HSCT, lang, wrong, "direction-flipped", words), said(
        alarms(HSCT, lang, wrong))


# --- a relative pronoun after a word for a group is no "than" ----------------------------
# "menor no grupo que fez a TAC", "minore nel gruppo che ha fatto la TAC": the group is
# the subject of the comparative; "menor do que no grupo ..." still sets it against it
@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("pt", "Ao longo de 5 anos, o número de doentes com enfarte foi 40% menor no grupo que "
     "fez a TAC.",
     "Ao longo de 5 anos, o número de doentes com enfarte foi 40% maior no grupo que "
     "fez a TAC.", "maior"),
    ("es", "En cinco años, los infartos fueron un 40 % menos frecuentes en el grupo que se "
     "hizo la TAC.",
     "En cinco años, los infartos fueron un 40 % más frecuentes en el grupo que se "
     "hizo la TAC.", "más"),
])
def test_a_relative_clause_names_the_group(lang: str, faithful: str, wrong: str,
                                           words: str) -> None:
    assert not alarms(CT, lang, faithful), said(alarms(CT, lang, faithful))
    assert caught_at(CT, lang, wrong, "direction-flipped", words), said(alarms(CT, lang, wrong))


# --- a question asks about what the study lacked; it does not say the study had it ------
@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("it", "Domanda per la discussione: che cosa aggiungerebbe un gruppo di controllo?",
     "Domanda per la discussione: lo studio aveva un gruppo di controllo.", "gruppo di controllo"),
    ("en", "For discussion: what would a control group have added?",
     "For discussion: the study had a control group.", "control group"),
    ("es", "Para debatir: ¿qué habría aportado un grupo de control?",
     "Para debatir: el estudio tuvo un grupo de control.", "grupo de control"),
])
def test_a_question_about_a_lacking(lang: str, faithful: str, wrong: str, words: str) -> None:
    assert not alarms(HSCT, lang, faithful), said(alarms(HSCT, lang, faithful))
    assert caught_at(HSCT, lang, wrong, "negation-changed", words), said(
        alarms(HSCT, lang, wrong))


# --- a relative clause that says who the study's people were ----------------------------
# the sheet's limitation says who the lacked group would have been ("persone che non
# avevano fatto il trapianto"); a text that says who the study's people were ("persone ...
# che avevano fatto un trapianto") denies nothing; saying there was a group still is
@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("it", "I ricercatori hanno esaminato le cartelle di 210 persone con sclerosi multipla "
     "(SM), con un'età media di 35 anni, che avevano fatto un trapianto di cellule staminali.",
     "C'era un gruppo di confronto, cioè persone che non avevano fatto il trapianto.",
     "gruppo di confronto"),
    ("en", "The researchers looked at the records of 210 people with MS, average age 35, "
     "who did get the transplant.",
     "There was a group of people who did not get the transplant to compare with.",
     "group"),
])
def test_who_the_study_people_were(lang: str, faithful: str, wrong: str, words: str) -> None:
    assert not alarms(HSCT, lang, faithful), said(alarms(HSCT, lang, faithful))
    found = alarms(HSCT, lang, wrong)
    a = wrong.index(words)
    assert any(f.rule == "negation-changed" and f.span and f.span[0] < a + len(words)
               and a < f.span[1] for f in found), said(found)


# --- a group's level named as a threshold others are past --------------------------------
# "au-delà du seuil suffisant → risque diminué de 22 %": the people above sufficiency, the
# sheet's group; the same change said against the deficient group is still caught
@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("fr", "Résultats : carence → risque augmenté de 31 % ; au-delà du seuil suffisant → "
     "risque diminué de 22 %.",
     "Résultats : carence → risque augmenté de 31 % ; avec un taux suffisant → risque "
     "diminué de 22 % par rapport aux personnes carencées.", "22 %"),
    ("en", "Results: deficient levels, 31 % higher risk; above the sufficient level, a 22 % "
     "lower risk.",
     "Results: deficient levels, 31 % higher risk; people with levels sufficient for bone "
     "health had a 22 % lower risk than deficient people.", "22 %"),
])
def test_a_threshold_level_is_no_subject(lang: str, faithful: str, wrong: str,
                                          words: str) -> None:
    assert not alarms(VITD, lang, faithful), said(alarms(VITD, lang, faithful))
    assert caught_at(VITD, lang, wrong, "wrong-context", words), said(alarms(VITD, lang, wrong))


# --- a look-alike among the words two terms share names neither --------------------------
# "chlorhexidine skin cleanser" and "iodine skin cleanser": "which skin cleaner they will
# use" garbles neither in the term-wide alignment; a look-alike of the word that tells them
# apart still does (the neighbour-pair reading of recall_lookalikes is asked to follow)
def _names_findings(sheet_id: str, lang: str, text: str) -> list:
    from plainsum.pipeline import CheckContext
    from plainsum_checks.names import NameValidator

    from tests.corruption import lexicon, registry, sheet

    context = CheckContext(sheet(sheet_id), registry().language(lang), None,
                           lexicon(sheet_id, lang))
    return [f for f in NameValidator().validate(text, context) if f.rule == "term-corrupted"]


def test_words_two_terms_share() -> None:
    faithful = "If you are having a C-section, you can ask your care team which skin cleaner " \
               "they will use."
    assert not _names_findings(CHX, "en", faithful), said(_names_findings(CHX, "en", faithful))
    wrong = "The women had a chlorhexidine skin cleanser or an iodine skin cleanser; the " \
            "chlorhexidrine skin cleanser worked better."
    found = _names_findings(CHX, "en", wrong)
    at = wrong.index("chlorhexidrine")
    assert any(f.span and f.span[0] <= at < f.span[1] for f in found), said(found)


# --- the claim a fact check quotes to judge it -------------------------------------------
# "L'affirmation : « ... réduit de 40 % le risque de mourir ... »": the claim's words, not
# the text's; the same figure said of dying in the text's own words is still caught
@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("fr", "L'affirmation : « Un scanner du cœur réduit de 40 % le risque de mourir chez "
     "toutes les personnes qui ont mal à la poitrine. » C'est faux.",
     "Verdict : un scanner du cœur réduit de 40 % le risque de mourir.", "mourir"),
    ("en", "CLAIM: \"A heart scan cuts the risk of dying by 40 % for everyone with chest "
     "pain.\" VERDICT: Misleading.",
     "VERDICT: a heart scan cuts the risk of dying by 40 %.", "dying"),
])
def test_a_claim_quoted_to_be_judged(lang: str, faithful: str, wrong: str, words: str) -> None:
    assert not alarms(CT, lang, faithful), said(alarms(CT, lang, faithful))
    assert caught_at(CT, lang, wrong, "wrong-referent", words), said(alarms(CT, lang, wrong))


# --- "più" with an adjective of lowness is "lower" ---------------------------------------
# "più bassa", "più basso", "più corti": lower and shorter in any gender and number, not
# "more"; a share of people not worse that was lower is no worsening
def test_piu_bassa_is_lower() -> None:
    text = "La quota è stata più bassa nella forma progressiva, ma alcune persone avevano " \
           "meno disabilità di prima."
    assert not alarms(HSCT, "it", text), said(alarms(HSCT, "it", text))
    text = "La quota di persone che non sono peggiorate è stata più bassa tra le persone con " \
           "SM progressiva."
    assert not any(f.rule == "direction-flipped" for f in alarms(HSCT, "it", text)), said(
        alarms(HSCT, "it", text))
    wrong = "Alcune persone avevano più disabilità di prima."
    assert caught_at(HSCT, "it", wrong, "direction-flipped", "più"), said(
        alarms(HSCT, "it", wrong))


# --- a change said of the other group in the part that opens the sentence ----------------
# the finding points at the group's words there, where the change was made
@pytest.mark.parametrize("lang, wrong, words", [
    ("en", "Key finding. Among patients who had standard tests only, the number having a heart "
     "attack within five years was 40 percent lower than among those who had standard tests "
     "only.", "Among patients who had standard tests only"),
])
def test_a_swapped_group_in_the_opening_part(lang: str, wrong: str, words: str) -> None:
    faithful = wrong.replace(words, "Among patients who also had CT angiography", 1)
    assert not alarms(CT, lang, faithful), said(alarms(CT, lang, faithful))
    assert caught_at(CT, lang, wrong, "wrong-context", words), said(alarms(CT, lang, wrong))


def test_words_two_terms_of_one_treatment_share_still_name_it() -> None:
    # "stem" and "cells" stand in two terms of the transplant (not of two compared groups):
    # a look-alike among them is still a garble
    wrong = "Then the person's own blood stern cells were given back after the treatment."
    found = _names_findings(HSCT, "en", wrong)
    at = wrong.index("stern")
    assert any(f.span and f.span[0] <= at < f.span[1] for f in found), said(found)
