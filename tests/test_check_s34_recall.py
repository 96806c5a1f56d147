"""Errors the checker now catches (f354afd, the uncommitted facts.py rule change, b082c77,
bbeaddd, df2a4e6, c75fd48), each beside the faithful sentence that must stay clean:

- a group's label said without its noun for people ("99 were sent home early") names the
  group, except a comparator's label and the sheet's terms; a count put on a group the
  sheet never counts is `wrong-referent`, one moved between counted groups `wrong-context`;
- a term with one long word swapped for a look-alike ("infección de la hierba");
  "575 women: iodine-alcohol" still names its own group;
- causal claims with the result as a pronoun or an adverb in the construction;
- a background figure put at a study time point with "also" is claimed as a result;
- a "no difference" inside a question the study could not answer takes back no
  difference stated before it.

Sentences written here in wording of their own.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import CHX, CT, HSCT, RIVA, VITD, alarms, caught_at, said


def _clean(sheet: str, lang: str, text: str) -> None:
    assert not alarms(sheet, lang, text), said(alarms(sheet, lang, text))


def _caught(sheet: str, lang: str, text: str, rule: str, words: str) -> None:
    assert caught_at(sheet, lang, text, rule, words), said(alarms(sheet, lang, text))


# --- a group's label said as a predicate; wrong-referent vs wrong-context --------------
@pytest.mark.parametrize("lang, faithful, wrong", [
    ("en", "Of the 114 people who took part, 99 stayed in the study to the end.",
     "Of the 114 people who took part, 99 were sent home early."),
    ("es", "El estudio incluyó a 114 personas, de las cuales 99 siguieron en el estudio "
     "hasta el final.",
     "El estudio incluyó a 114 personas, de las cuales 99 recibieron el alta precoz."),
    ("it", "Dei 114 pazienti, 99 sono rimasti nello studio fino alla fine.",
     "Dei 114 pazienti, 99 sono stati dimessi precocemente."),
])
def test_a_count_said_of_an_uncounted_group_by_its_predicate(lang: str, faithful: str,
                                                             wrong: str) -> None:
    # the early-discharge arm has no count on the sheet: the number is put on a thing the
    # sheet never counts (wrong-referent), not moved between counted groups
    _clean(RIVA, lang, faithful)
    _caught(RIVA, lang, wrong, "wrong-referent", "99")
    assert not caught_at(RIVA, lang, wrong, "wrong-context", "99"), said(
        alarms(RIVA, lang, wrong))


@pytest.mark.parametrize("lang, faithful, wrong", [
    ("en", "Of the 1,147 women, 575 had their skin cleaned with iodine.",
     "Of the 1,147 women, 572 had their skin cleaned with iodine."),
    ("es", "De las 1147 mujeres, a 575 se les limpió la piel con yodo y alcohol.",
     "De las 1147 mujeres, a 572 se les limpió la piel con yodo y alcohol."),
])
def test_a_count_moved_between_counted_groups_stays_wrong_context(lang: str, faithful: str,
                                                                  wrong: str) -> None:
    _clean(CHX, lang, faithful)
    _caught(CHX, lang, wrong, "wrong-context", "572")
    assert not caught_at(CHX, lang, wrong, "wrong-referent", "572"), said(
        alarms(CHX, lang, wrong))


@pytest.mark.parametrize("sheet, text", [
    # a comparator's label alone is said of the other arm too
    (CT, "All of the more than 4,000 people had the usual tests, and some of them also had a "
     "heart scan."),
    (CT, "The study took in more than 4,000 people who had only the usual tests or the usual tests "
     "plus a heart scan."),
    # a label whose rest names one of the sheet's terms names the term, not the group
    (VITD, "The study compared more than 5,700 people who got bowel cancer with more than "
     "7,100 people who did not."),
])
def test_a_predicate_that_names_no_group(sheet: str, text: str) -> None:
    _clean(sheet, "en", text)


# --- a term with one long word swapped for a look-alike --------------------------------
@pytest.mark.parametrize("sheet, lang, faithful, wrong, words", [
    (CHX, "es", "Con clorhexidina, la infección de la herida afectó al 4,0 % de las mujeres "
     "en los 30 días siguientes a la cesárea.",
     "Con clorhexidina, la infección de la hierba afectó al 4,0 % de las mujeres en los 30 "
     "días siguientes a la cesárea.", "hierba"),
    (RIVA, "es", "El estudio incluyó a 114 personas con un coágulo en el pulmón.",
     "El estudio incluyó a 114 personas con un coágulo en el pulgar.", "pulgar"),
    (CHX, "en", "With chlorhexidine, a surgical site infection followed in 4.0% of the women "
     "within 30 days.",
     "With chlorhexidine, a surgical seat infection followed in 4.0% of the women within 30 "
     "days.", "seat"),
])
def test_a_look_alike_word_inside_a_term(sheet: str, lang: str, faithful: str, wrong: str,
                                         words: str) -> None:
    _clean(sheet, lang, faithful)
    _caught(sheet, lang, wrong, "term-corrupted", words)


def test_a_group_after_a_colon_with_words_between_is_the_figures_own() -> None:
    _clean(CHX, "en", "Of the 1,147 women, 575 women: iodine-alcohol.")
    _caught(CHX, "en", "Of the 1,147 women, 572 women: iodine-alcohol.", "wrong-context", "572")


# --- causal claims in new shapes -------------------------------------------------------
@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("de", "Ob die Transplantation das bewirkt hat, lässt sich ohne Vergleichsgruppe nicht "
     "sagen.", "Die Ärzte sind überzeugt, dass die Transplantation das bewirkt hat.",
     "das bewirkt hat"),
    ("it", "Senza un gruppo di confronto, non si può dire se il merito sia del trapianto.",
     "Secondo gli autori, il merito è proprio del trapianto.", "merito è proprio del"),
    ("pt", "Sem grupo de comparação, não se pode dizer que estes resultados se devem ao "
     "transplante.", "Estes resultados devem-se claramente ao transplante.",
     "devem-se claramente ao"),
])
def test_a_causal_claim_in_another_shape(lang: str, faithful: str, wrong: str, words: str
                                         ) -> None:
    _clean(HSCT, lang, faithful)
    _caught(HSCT, lang, wrong, "causal-claim", words)


# --- a background figure put at a study time point -------------------------------------
@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("es", "Un análisis anterior del mismo estudio ya había visto que a alrededor de una "
     "cuarta parte de las personas con escáner les cambiaron el diagnóstico.",
     "El análisis a cinco años también vio que a una cuarta parte de las personas con "
     "escáner les cambiaron el diagnóstico.", "una cuarta parte"),
    ("fr", "Une analyse plus ancienne de la même étude avait déjà montré que le diagnostic "
     "avait été revu pour environ un quart des personnes passées au scanner.",
     "Au bout de cinq ans, le diagnostic a aussi été revu pour environ un quart des "
     "personnes passées au scanner.", "un quart"),
    ("en", "Earlier, the same study had shown that about a quarter of the people who had a "
     "heart scan got a different diagnosis.",
     "At five years, the study also found that about a quarter of the people who had a "
     "heart scan got a different diagnosis.", "a quarter"),
])
def test_a_background_figure_put_at_a_time_point(lang: str, faithful: str, wrong: str,
                                                 words: str) -> None:
    _clean(CT, lang, faithful)
    _caught(CT, lang, wrong, "background-as-result", words)


def test_an_italian_background_figure_at_five_years() -> None:
    wrong = ("Anche a cinque anni, circa un quarto delle persone che hanno fatto la TAC ha "
             "avuto una diagnosi diversa.")
    _caught(CT, "it", wrong, "background-as-result", "un quarto")


def test_a_background_figures_own_time_is_no_result() -> None:
    _clean(RIVA, "en", "Among people with a low-risk blood clot in the lung, 30-day mortality "
                       "is below 1%.")


# --- a "no difference" inside a question the study could not answer -------------------
@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("en", "Emergency visits for bleeding were about the same in both groups, but the study "
     "was too small to tell whether going home early is just as safe.",
     "Emergency visits for bleeding were clearly fewer in the early-discharge group, but the "
     "study was too small to tell whether going home early is just as safe.",
     "were clearly fewer"),
    ("es", "Las visitas a urgencias por sangrado fueron parecidas en los dos grupos, pero el "
     "estudio era demasiado pequeño para saber si volver pronto a casa es igual de seguro.",
     "Las visitas a urgencias por sangrado fueron claramente menos en el grupo del alta "
     "precoz, pero el estudio era demasiado pequeño para saber si volver pronto a casa es "
     "igual de seguro.", "claramente menos"),
])
def test_a_question_takes_no_difference_back(lang: str, faithful: str, wrong: str,
                                             words: str) -> None:
    _clean(RIVA, lang, faithful)
    _caught(RIVA, lang, wrong, "invented-difference", words)
