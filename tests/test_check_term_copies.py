"""A term the text names, with a word of one copy swapped for a body site or a word of its
own ("bone-forming stem cells", "a CT scan of the lung arteries", "angio-RM cerebral", a
compound's head with a site of its own, "Harnwegsinfektion" for "Wundinfektion"), is a
garbled term (``term-corrupted``); the same sentence as the sheet says it is faithful. A
term spelt out with its cognate in another of the sheet's languages ("angiographie
coronaire" beside "angioscanner coronaire") and a verb of a term's adjective ("operar" of
"operatória") are forms of the term, while a garble of the same sentence is still
caught."""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in as alarms
from tests.corruption import said

HSCT = "hsct-ms-2021"
CT = "ct-heart-scan-2018"
CHLOR = "chlorhexidine-csection-2016"

# (sheet, language, faithful sentence, the same sentence corrupted, the corrupted words)
PAIRS = [
    (HSCT, "en", "People with MS had a stem cell transplant using their own blood-forming "
     "stem cells.", "People with MS had a stem cell transplant using their own bone-forming "
     "stem cells.", "bone"),
    (CT, "en", "Everyone had the usual tests, and half also had a heart scan. A CT scan of "
     "the heart arteries shows narrowed vessels.", "Everyone had the usual tests, and half "
     "also had a heart scan. A CT scan of the lung arteries shows narrowed vessels.", "lung"),
    (CHLOR, "de", "Wundinfektionen sind häufig. Die Studie untersuchte, ob die "
     "Hautdesinfektion vor dem Kaiserschnitt eine Wundinfektion verhindert.",
     "Wundinfektionen sind häufig. Die Studie untersuchte, ob die Hautdesinfektion vor dem "
     "Kaiserschnitt eine Harnwegsinfektion verhindert.", "Harnwegsinfektion"),
    (CT, "es", "La mitad de los pacientes se hizo además una angio-TC coronaria.",
     "La mitad de los pacientes se hizo además una angio-TC cerebral.", "cerebral"),
]


@pytest.mark.parametrize(("sheet", "lang", "faithful", "corrupted", "words"), PAIRS,
                         ids=[f"{p[1]}-{p[4]}" for p in PAIRS])
def test_a_word_of_a_named_term_swapped(sheet: str, lang: str, faithful: str,
                                        corrupted: str, words: str) -> None:
    assert not alarms(sheet, lang, faithful), said(alarms(sheet, lang, faithful))
    found = [f for f in alarms(sheet, lang, corrupted) if f.rule == "term-corrupted"]
    at = corrupted.index(words)
    assert any(f.span[0] <= at < f.span[1] for f in found), said(found)


# (sheet, language, faithful sentence, a garble of it, the garbled words)
FORMS = [
    (CT, "fr", "Les patients ont eu un coroscanner (angiographie coronaire par "
     "tomodensitométrie) en plus des examens habituels.", "Les patients ont eu un "
     "coroscanner (angioscooter coronaire) en plus des examens habituels.", "angioscooter"),
    (CHLOR, "pt", "Pode perguntar à equipa que a vai operar qual o desinfetante que vai ser "
     "usado contra a infeção da ferida operatória.", "Pode perguntar à equipa qual o "
     "desinfetante que vai ser usado contra a infeção da ferida operatiça.", "operatiça"),
]


@pytest.mark.parametrize(("sheet", "lang", "faithful", "garbled", "words"), FORMS,
                         ids=[f"{p[1]}-{p[4]}" for p in FORMS])
def test_a_cognate_or_a_verb_of_the_term_is_a_form(sheet: str, lang: str, faithful: str,
                                                   garbled: str, words: str) -> None:
    assert not [f for f in alarms(sheet, lang, faithful) if f.rule.startswith("term-")], said(
        alarms(sheet, lang, faithful))
    found = [f for f in alarms(sheet, lang, garbled) if f.rule == "term-corrupted"]
    at = garbled.index(words)
    assert any(f.span[0] <= at < f.span[1] for f in found), said(found)
