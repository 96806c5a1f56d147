"""A limitation the sheet words with a negation, said in its own words without it
(plugins/plainsum_checks/denied_wording.py), and the faithful ways of saying it (the
negation kept, moved, or said with other words) that must raise no alarm."""

from __future__ import annotations

import pytest

from tests import corruption as C

SHEET = "hsct-ms-2021"  # its limitation: no group without the transplant to compare with


def _denied(lang: str, text: str) -> list[str]:
    return [f.found for f in C.alarms_in(SHEET, lang, text) if f.rule == "negation-changed"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "There was a group of people who did not get the transplant to compare with."),
    ("es", "Hubo un grupo de personas sin trasplante con el que comparar."),
    ("fr", "Il y avait un groupe de personnes sans greffe pour comparer les résultats."),
    ("de", "Es gab eine Gruppe ohne diese Behandlung, mit der man vergleichen konnte."),
    ("pt", "Houve um grupo de pessoas sem transplante para comparar."),
    ("it", "C'era un gruppo di confronto, cioè persone che non avevano fatto il trapianto."),
])
def test_the_limitation_said_without_its_negation_is_caught(lang: str, text: str) -> None:
    assert _denied(lang, text), C.said(C.alarms_in(SHEET, lang, text))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "There was no group of people who had not had the transplant to compare with."),
    ("en", "It is impossible to tell whether the transplant caused these results."),
    ("es", "Faltó un grupo de personas sin trasplante para comparar, así que no se sabe si "
           "fue el trasplante."),
    ("es", "No hubo un grupo de personas sin trasplante con el que comparar."),
    ("fr", "Aucun groupe de personnes sans greffe ne permettait de comparer les résultats."),
    ("de", "Eine Gruppe ohne diese Behandlung, mit der man vergleichen konnte, gab es nicht."),
    ("pt", "Não existiu nenhum grupo de pessoas sem transplante para comparar."),
    ("it", "Mancava un gruppo di confronto, cioè persone che non avevano fatto il trapianto."),
    # other statements with some of the limitation's words: a result of most people, a
    # superlative of kinds, a natural frequency
    ("en", "Eight in ten people who had the transplant did not get worse; the most common "
           "form was relapsing-remitting MS."),
    ("es", "Ocho de cada diez personas con trasplante no empeoraron en cinco años."),
    # a glossary's entry defines the term with the limitation's words
    ("en", "**control group** (comparison group) — A group of people in a study who do not "
           "get the treatment, to compare with."),
    ("it", "**gruppo di controllo** (gruppo di confronto) — Le persone di uno studio che non "
           "ricevono il trattamento, per fare un confronto."),
])
def test_the_limitation_kept_or_said_otherwise_is_no_alarm(lang: str, text: str) -> None:
    assert not _denied(lang, text), C.said(C.alarms_in(SHEET, lang, text))
