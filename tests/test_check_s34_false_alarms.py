"""False alarms the checker stopped raising on faithful text this round (f9ca313, 19068bc,
and the newsletter half of bbeaddd), each beside a corrupted copy that must still be caught
at the edit:

- German "wegen" after a word of asking is "about", not a cause;
- "impossible to attribute" (and, by the commit, "difficult to attribute") hedges a
  causal phrase;
- an aside "donc"/"por tanto"/"therefore" set off by commas does not cut a negation's
  clause;
- a time point in brackets right after a figure labels that figure only;
- a colon right after the last figure of a list opens a conclusion, not that figure's
  group words;
- English "not far off"/"not far from" hedges a figure as "about" does;
- "Journal-…" opening a hyphenated compound is a newsletter, no journal's name.

Sentences written here in wording of their own.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import CHX, HSCT, alarms, caught_at, said


def _clean(sheet: str, lang: str, text: str) -> None:
    assert not alarms(sheet, lang, text), said(alarms(sheet, lang, text))


def _caught(sheet: str, lang: str, text: str, rule: str, words: str) -> None:
    assert caught_at(sheet, lang, text, rule, words), said(alarms(sheet, lang, text))


# --- German "wegen" after a word of asking ---------------------------------------------
def test_wegen_after_a_question_is_about() -> None:
    faithful = ("Zu Ihrer Anfrage wegen der Stammzelltransplantation: Nach fünf Jahren hatte "
                "sich die Behinderung bei 80 Prozent der Menschen mit MS nicht verschlechtert.")
    wrong = ("Wegen der Stammzelltransplantation hatte sich die Behinderung nach fünf Jahren "
             "bei 80 Prozent der Menschen mit MS nicht verschlechtert.")
    _clean(HSCT, "de", faithful)
    _caught(HSCT, "de", wrong, "causal-claim", "Wegen")


# --- "impossible to attribute" hedges a causal phrase ----------------------------------
@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("en", "After five years, 80% of people with MS had no worsening of disability, but it is "
     "impossible to attribute this to the transplant, as there was no comparison group.",
     "After five years, 80% of people with MS had no worsening of disability, and this is due "
     "to the transplant.", "is due to"),
    ("es", "A los cinco años, el 80 % de las personas con EM no empeoraron, pero es imposible "
     "atribuir este resultado al trasplante, porque no hubo grupo de comparación.",
     "A los cinco años, el 80 % de las personas con EM no empeoraron, y este resultado se "
     "debe al trasplante.", "se debe al"),
    ("pt", "Após cinco anos, 80 % das pessoas com EM não pioraram, mas é impossível atribuir "
     "este resultado ao transplante, pois não houve grupo de comparação.",
     "Após cinco anos, 80 % das pessoas com EM não pioraram, e este resultado deve-se ao "
     "transplante.", "deve-se ao"),
    ("fr", "Après cinq ans, 80 % des personnes atteintes de SEP n'ont pas connu d'aggravation, "
     "mais il est impossible d'attribuer ce résultat à la greffe.",
     "Après cinq ans, 80 % des personnes atteintes de SEP n'ont pas connu d'aggravation, "
     "et la greffe a causé ce résultat.", "a causé ce résultat"),
    ("it", "Dopo cinque anni, l'80% delle persone con SM non è peggiorata, ma è impossibile "
     "attribuire questo risultato al trapianto.",
     "Dopo cinque anni, l'80% delle persone con SM non è peggiorata, e il trapianto ha "
     "causato questo risultato.", "ha causato questo risultato"),
    ("de", "Nach fünf Jahren hatte sich die Behinderung bei 80 Prozent der Menschen mit MS "
     "nicht verschlechtert; es ist aber unmöglich, das auf die Transplantation "
     "zurückzuführen.",
     "Nach fünf Jahren hatte sich die Behinderung bei 80 Prozent der Menschen mit MS nicht "
     "verschlechtert; das ist auf die Transplantation zurückzuführen.",
     "auf die Transplantation zurückzuführen"),
])
def test_impossible_to_attribute_hedges_the_cause(lang: str, faithful: str, wrong: str,
                                                 words: str) -> None:
    _clean(HSCT, lang, faithful)
    _caught(HSCT, lang, wrong, "causal-claim", words)


@pytest.mark.xfail(strict=True, reason=(
    "f9ca313 says 'difficult to attribute' hedges a causal phrase, but the 'difficult/"
    "difficile ... attribuer/attribuire' hedge overlaps the causal phrase it should hedge "
    "and causal-claim is still raised (fr also negation-changed); only 'impossible' works"))
@pytest.mark.parametrize("lang, faithful", [
    ("en", "After five years, 80% of people with MS had no worsening of disability, but it is "
     "difficult to attribute this to the transplant."),
    ("fr", "Après cinq ans, 80 % des personnes atteintes de SEP n'ont pas connu d'aggravation, "
     "mais il est difficile d'attribuer ce résultat à la greffe, faute de groupe de "
     "comparaison."),
    ("it", "Dopo cinque anni, l'80% delle persone con SM non è peggiorata, ma è difficile "
     "attribuire questo risultato al trapianto, perché mancava un gruppo di confronto."),
])
def test_difficult_to_attribute_hedges_the_cause(lang: str, faithful: str) -> None:
    _clean(HSCT, lang, faithful)


# --- an aside "so/therefore" set off by commas -----------------------------------------
@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("es", "No se puede, por tanto, atribuir este resultado al trasplante.",
     "Se puede, por tanto, atribuir este resultado al trasplante.", "atribuir"),
    ("it", "Non si può, quindi, attribuire questo risultato al trapianto.",
     "Si può, quindi, attribuire questo risultato al trapianto.", "attribuire"),
    ("fr", "On ne peut, donc, pas attribuer ces résultats à la greffe.",
     "On peut, donc, attribuer ces résultats à la greffe.", "attribuer"),
])
def test_an_aside_keeps_the_negation(lang: str, faithful: str, wrong: str, words: str) -> None:
    _clean(HSCT, lang, faithful)
    _caught(HSCT, lang, wrong, "negation-changed", words)


def test_an_english_aside_keeps_the_negation() -> None:
    """The aside holds the first word of the sheet's "therefore cannot be attributed"."""
    _clean(HSCT, "en", "The results cannot, therefore, be attributed to the transplant.")
    # the negation taken out: the cause is claimed (which the negation's own rule may say)
    _caught(HSCT, "en", "The results can, therefore, be attributed to the transplant.",
            "causal-claim", "attributed")


# --- a time point in brackets right after a figure -------------------------------------
@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("en", "Among people with progressive MS, the share with no worsening was 71% (five "
     "years) and 57% (ten years).",
     "Among people with progressive MS, the share with no worsening was 71% (five "
     "years) and 57% (five years).", "57%"),
    ("de", "Bei Menschen mit fortschreitender MS blieb die Behinderung bei 71 Prozent (nach "
     "fünf Jahren) und 57 Prozent (nach zehn Jahren) stabil.",
     "Bei Menschen mit fortschreitender MS blieb die Behinderung bei 71 Prozent (nach "
     "fünf Jahren) und 57 Prozent (nach fünf Jahren) stabil.", "57 Prozent"),
])
def test_a_bracketed_time_point_labels_its_own_figure(lang: str, faithful: str, wrong: str,
                                                      words: str) -> None:
    _clean(HSCT, lang, faithful)
    _caught(HSCT, lang, wrong, "wrong-context", words)


# --- a colon closing a list of figures opens a conclusion ------------------------------
@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("es", "Se infectó la herida de un 4,0 % en el grupo de la clorhexidina y en el grupo del "
     "yodo de un 7,3 %: con clorhexidina, por tanto, menos infecciones.",
     "Se infectó la herida de un 4,0 % en el grupo de la clorhexidina y en el grupo del "
     "yodo de un 4,0 %: con clorhexidina, por tanto, menos infecciones.", "yodo de un 4,0 %"),
    ("en", "Within 30 days the wound became infected in 4.0% of the chlorhexidine group and "
     "in 7.3% of the iodine group: so, with chlorhexidine, fewer infections.",
     "Within 30 days the wound became infected in 4.0% of the chlorhexidine group and "
     "in 7.3%: so, with chlorhexidine, fewer infections.", "7.3%"),
])
def test_a_colon_after_the_last_figure_opens_a_conclusion(lang: str, faithful: str,
                                                          wrong: str, words: str) -> None:
    _clean(CHX, lang, faithful)
    _caught(CHX, lang, wrong, "wrong-context", words)


# --- English "not far off" hedges a figure ---------------------------------------------
@pytest.mark.parametrize("hedge", ["not far off", "not far from"])
def test_not_far_off_hedges_a_ratio(hedge: str) -> None:
    faithful = f"The infection rate with chlorhexidine was {hedge} half the rate with iodine."
    wrong = "The infection rate with chlorhexidine was half the rate with iodine."
    _clean(CHX, "en", faithful)
    _caught(CHX, "en", wrong, "hedge-dropped", "half")


# --- "Journal-" opening a compound is a newsletter -------------------------------------
@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("de", "Intranet Neurologie – Journal-Telegramm\n\nEine Studie in Neurology hat 210 "
     "Menschen mit MS nach einer Stammzelltransplantation begleitet.",
     "Intranet Neurologie – Journal Telegramm\n\nEine Studie in Neurology hat 210 "
     "Menschen mit MS nach einer Stammzelltransplantation begleitet.", "Journal Telegramm"),
    ("en", "Ward bulletin – Journal-Digest\n\nA study in Neurology followed 210 people with MS "
     "after a stem cell transplant.",
     "Ward bulletin – Journal Digest\n\nA study in Neurology followed 210 people with MS "
     "after a stem cell transplant.", "Journal Digest"),
])
def test_a_journal_compound_is_no_journal(lang: str, faithful: str, wrong: str, words: str
                                          ) -> None:
    _clean(HSCT, lang, faithful)
    _caught(HSCT, lang, wrong, "term-swapped", words)
