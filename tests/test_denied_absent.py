"""negation-changed: the sheet's limitation says the study lacked something (hsct: no
control group), and a text says it had it (plugins/plainsum_checks/denied_caveats.py)."""

from __future__ import annotations

import pytest

from tests import corruption as C

HSCT = "hsct-ms-2021"


def _present(lang: str, text: str) -> list[str]:
    return [f.found for f in C.alarms_in(HSCT, lang, text)
            if f.rule == "negation-changed" and "limitation" in f.message]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The doctors compared the results with a comparison group of untreated people."),
    ("de", "Es gab eine Vergleichsgruppe ohne Transplantation."),
    ("it", "Studio retrospettivo. Con gruppo di controllo."),
    ("es", "Los resultados se compararon con un grupo de control."),
])
def test_a_lacked_control_group_said_as_present(lang: str, text: str) -> None:
    assert _present(lang, text), C.said(C.alarms_in(HSCT, lang, text))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "There was no control group."),
    ("en", "The study lacked a comparison group."),
    ("en", "A control group would be needed to tell."),
    ("fr", "Aucun groupe témoin ne permettait la comparaison."),
    ("pt", "Os autores sublinham, porém, que não houve grupo de controlo."),
    ("de", "Eine Kontrollgruppe gab es nicht."),
    ("it", "Senza gruppo di controllo non si può dire."),
    # a glossary explains the term: its headword and its other name are no claim
    ("en", "**control group** (comparison group) — A group of people in a study who do "
           "not get the treatment."),
])
def test_the_lack_said_or_the_term_explained(lang: str, text: str) -> None:
    assert not _present(lang, text), C.said(C.alarms_in(HSCT, lang, text))
