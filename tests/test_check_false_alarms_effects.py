"""False alarms of the effect rules on faithful texts, fixed by their general cause: a
figure denied with the words before a quotation mark ("pas « 22 personnes sur 100 »"),
or in a question the next sentence answers "no"; and a figure inside someone else's
quoted words whose hedge the text's own statement keeps. Sentences written here in
wording of their own; each wrong twin is still caught.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import CT, VITD, check_pair


@pytest.mark.parametrize("sheet, lang, faithful, wrong, words", [
    (VITD, "fr",
     "Le risque était 22 % plus faible. C'est un risque relatif, pas « 22 personnes sur "
     "100 ».",
     "Le risque était 22 % plus faible. C'est un risque absolu : « 22 personnes sur 100 ».",
     "22 personnes sur 100"),
    (CT, "it",
     "Chi ha fatto la TAC ha avuto il 40% di infarti in meno. Vuol dire che 40 persone su "
     "100 hanno evitato l'infarto? No. È una riduzione relativa.",
     "Chi ha fatto la TAC ha avuto il 40% di infarti in meno. Vuol dire che 40 persone su "
     "100 hanno evitato l'infarto. È una riduzione relativa.", "40 persone su 100"),
    (CT, "en",
     "The scan group had 40% fewer heart attacks. Does that mean 40 in 100 people were "
     "spared one? No, it is a relative drop.",
     "The scan group had 40% fewer heart attacks. That means 40 in 100 people were spared "
     "one, a relative drop.", "40 in 100"),
])
def test_a_figure_the_text_says_it_is_not(sheet, lang, faithful, wrong, words):
    check_pair(sheet, lang, faithful, wrong, "relative-as-absolute", words)


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("fr",
     "On lit parfois « un quart des diagnostics changés » : c'est un résultat plus ancien "
     "(environ un quart des patients scannés ont vu leur diagnostic modifié).",
     "On lit parfois « un quart des diagnostics changés » : c'est un résultat plus ancien "
     "(un quart des patients scannés ont vu leur diagnostic modifié).", "un quart des p"),
    ("it",
     "E il dato su «un quarto delle diagnosi cambiate»? Viene da un'analisi precedente: a "
     "circa un quarto di chi ha fatto la TAC era stata cambiata la diagnosi.",
     "E il dato su «un quarto delle diagnosi cambiate»? Viene da un'analisi precedente: a "
     "un quarto di chi ha fatto la TAC era stata cambiata la diagnosi.", "un quarto di"),
])
def test_a_quoted_figure_whose_hedge_the_text_keeps(lang, faithful, wrong, words):
    check_pair(CT, lang, faithful, wrong, "hedge-dropped", words)


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("de",
     "Das Risiko lag um 31 Prozent höher.\n\nSprecherin: Also bekommen 31 von 100 Menschen "
     "mit Mangel Darmkrebs?\n\nSprecher: Nein, das ist ein relativer Unterschied.",
     "Das Risiko lag um 31 Prozent höher.\n\nSprecherin: Also bekommen 31 von 100 Menschen "
     "mit Mangel Darmkrebs?\n\nSprecher: Ja, so ist es.", "Ja"),
    ("it",
     "Il rischio era più alto del 31%.\nD. Allora 31 persone su 100 si ammalano?\nR. No, "
     "è un aumento relativo del rischio.",
     "Il rischio era più alto del 31%.\nD. Allora 31 persone su 100 si ammalano?\nR. Sì, "
     "proprio così.", "Sì"),
])
def test_a_question_a_speaker_answers(lang, faithful, wrong, words):
    # a "no" denies the figure; a "yes" says it, and the finding reaches the answer
    check_pair(VITD, lang, faithful, wrong, "relative-as-absolute", words)
