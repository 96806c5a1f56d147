"""A relative change called absolute ("el 40 % es una reducción absoluta", "Une réduction
absolue de 40 %", "Il s'agit d'une baisse absolue.") is the relative-as-absolute error
(issue 11 item 3): the words that call it so are read by their grammar, in the figure's
clause or in a short sentence of their own right after it. The faithful explanations that
deny it ("relativa, no absoluta", "not an absolute reduction") or speak of other absolute
quantities ("absolute Zahlen nennt sie nicht") raise nothing. Sentences written here in
wording of their own, against the CT scan example (a 40 % lower rate of heart attacks).
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import CT, alarms, check_pair, said

BASE = {
    "en": "Five years on, people who had the scan had 40% fewer heart attacks than those "
          "who had the usual tests alone.",
    "es": "A los cinco años, quienes se hicieron el escáner tuvieron un 40 % menos de "
          "infartos que quienes solo se hicieron las pruebas habituales.",
    "fr": "Après cinq ans, les patients qui ont eu le scanner ont eu 40 % d'infarctus en "
          "moins que ceux qui n'ont eu que les examens habituels.",
    "de": "Nach fünf Jahren hatten Menschen mit dem Scan 40 % weniger Herzinfarkte als "
          "jene, die nur die üblichen Untersuchungen bekamen.",
    "it": "Dopo cinque anni, chi aveva fatto la TAC ha avuto il 40% di infarti in meno "
          "rispetto a chi aveva fatto solo gli esami abituali.",
    "pt": "Ao fim de cinco anos, quem fez a TAC teve menos 40 % de enfartes do que quem "
          "fez apenas os exames habituais.",
}

# the same sentence, then a short sentence that says what kind of change it is
@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("en", "It is a relative reduction.", "It is an absolute reduction.", "absolute"),
    ("es", "Es una reducción relativa.", "Es una reducción absoluta.", "absoluta"),
    ("fr", "Il s'agit d'une baisse relative.", "Il s'agit d'une baisse absolue.", "absolue"),
    ("de", "Das ist eine relative Senkung.", "Das ist eine absolute Senkung.", "absolute"),
    ("it", "Si tratta di una riduzione relativa.", "Si tratta di una riduzione assoluta.",
     "assoluta"),
    ("pt", "Trata-se de uma redução relativa.", "Trata-se de uma redução absoluta.",
     "absoluta"),
])
def test_a_sentence_that_calls_the_change_absolute(lang: str, faithful: str, wrong: str,
                                                    words: str) -> None:
    check_pair(CT, lang, f"{BASE[lang]} {faithful}", f"{BASE[lang]} {wrong}",
               "relative-as-absolute", words)


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("en", "The scan was followed by a relative reduction of 40% in heart attacks.",
     "The scan was followed by an absolute reduction of 40% in heart attacks.",
     "absolute reduction"),
    ("es", "Los medios subrayaron que el 40 % es una reducción relativa.",
     "Los medios subrayaron que el 40 % es una reducción absoluta.", "reducción absoluta"),
    ("fr", "Le scanner a permis une réduction relative de 40 % des infarctus.",
     "Le scanner a permis une réduction absolue de 40 % des infarctus.",
     "réduction absolue"),
    ("de", "Der Scan brachte eine relative Senkung der Herzinfarkte um 40 %.",
     "Der Scan brachte eine absolute Senkung der Herzinfarkte um 40 %.", "absolute Senkung"),
    ("it", "La TAC ha portato a una riduzione relativa del 40% degli infarti.",
     "La TAC ha portato a una riduzione assoluta del 40% degli infarti.",
     "riduzione assoluta"),
    ("pt", "A TAC levou a uma redução relativa de 40 % dos enfartes.",
     "A TAC levou a uma redução absoluta de 40 % dos enfartes.", "redução absoluta"),
])
def test_the_figures_own_clause_calls_it_absolute(lang: str, faithful: str, wrong: str,
                                                  words: str) -> None:
    check_pair(CT, lang, faithful, wrong, "relative-as-absolute", words)


@pytest.mark.parametrize("lang, text", [
    ("en", "The 40% is a relative reduction, not an absolute one."),
    ("en", "That is a relative reduction; the absolute reduction was not reported."),
    ("es", "El 40 % es una reducción relativa, no absoluta, y no se publicaron las cifras "
           "absolutas de cada grupo."),
    ("fr", "Il s'agit d'une baisse relative et non d'une baisse absolue."),
    ("de", "Die 40 % sind eine relative Senkung; absolute Zahlen pro Gruppe nennt die "
           "Mitteilung nicht."),
    ("it", "Il 40% è una riduzione relativa, non assoluta."),
    ("pt", "Os 40 % são uma redução relativa, não absoluta."),
])
def test_a_denied_absolute_stays_faithful(lang: str, text: str) -> None:
    full = f"{BASE[lang]} {text}"
    assert not alarms(CT, lang, full), said(alarms(CT, lang, full))
