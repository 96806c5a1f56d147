"""What a figure counts decides how it is read, in six languages: the sheet's notes give
17 cohorts, so "17 groups of people followed over time" is supported, while 17 people
(the members the description names) is no count of the sheet; a bare figure that repeats
a share the text gives with its per cent is read as that share only when no word for the
people the shares are of follows it ("71-57 progressive" repeats shares, "had 71
patients" counts people)."""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in as alarms
from tests.corruption import said
from tests.test_check_real_errors import HSCT, VITD, caught_at


@pytest.mark.parametrize("lang, text", [
    ("en", "In the study, 17 people who were followed over time got bowel cancer."),
    ("es", "En el estudio, 17 personas seguidas a lo largo del tiempo tuvieron cáncer."),
    ("fr", "Dans l'étude, 17 personnes suivies dans le temps ont eu un cancer."),
    ("de", "In der Studie bekamen 17 Menschen, die über lange Zeit begleitet wurden, "
     "Darmkrebs."),
    ("it", "Nello studio 17 persone seguite nel tempo hanno avuto un tumore."),
    ("pt", "No estudo, 17 pessoas acompanhadas ao longo do tempo tiveram cancro."),
])
def test_the_members_of_a_cohort_are_no_count_of_cohorts(lang: str, text: str) -> None:
    assert caught_at(VITD, lang, text, "unsupported-number", "17"), said(
        alarms(VITD, lang, text))
    cohorts = text.replace("17", "17 groups of", 1) if lang == "en" else None
    if cohorts:  # the same words, counting the groups the people are in
        assert not caught_at(VITD, lang, cohorts, "unsupported-number", "17"), said(
            alarms(VITD, lang, cohorts))


@pytest.mark.parametrize("lang, shares, count", [
    ("en", "No worsening at 5 and 10 years: 71% and 57% (progressive). Mnemonic: 71-57 "
     "progressive.", "The progressive group had 71 patients."),
    ("es", "Sin empeorar a los 5 y 10 años: 71 % y 57 % (progresiva). Para recordar: 71-57 "
     "progresiva.", "El grupo progresivo tenía 71 pacientes."),
    ("fr", "Pas d'aggravation à 5 et 10 ans : 71 % et 57 % (progressive). Moyen "
     "mnémotechnique : 71-57 progressive.", "Le groupe progressif comptait 71 patients."),
    ("de", "Keine Verschlechterung nach 5 und 10 Jahren: 71 % und 57 % (progredient). "
     "Merkhilfe: 71-57 progredient.", "Die progrediente Gruppe hatte 71 Patienten."),
    ("it", "Nessun peggioramento a 5 e 10 anni: 71% e 57% (progressiva). Promemoria: 71-57 "
     "progressiva.", "Il gruppo progressivo aveva 71 pazienti."),
    ("pt", "Sem agravamento aos 5 e 10 anos: 71% e 57% (progressiva). Para memorizar: "
     "71-57 progressiva.", "O grupo progressivo tinha 71 doentes."),
])
def test_a_repeated_share_and_a_count_of_people(lang: str, shares: str, count: str
                                                ) -> None:
    assert not alarms(HSCT, lang, shares), said(alarms(HSCT, lang, shares))
    wrong = shares.replace("71-57", "71-58")
    assert caught_at(HSCT, lang, wrong, "unsupported-number", "58"), said(
        alarms(HSCT, lang, wrong))
    text = f"{shares} {count}"
    figure = count.index("71") + len(shares) + 1
    assert any(f.rule == "unsupported-number" and f.span and f.span[0] == figure
               for f in alarms(HSCT, lang, text)), said(alarms(HSCT, lang, text))
