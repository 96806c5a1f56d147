"""A finding the sheet says of no one, said to have happened in one clause of a sentence
whose other clause holds a negation of its own (plugins/plainsum_checks/none_happened.py):
the other clause's negation does not keep the first; and the finding's noun in a shorter
form ("a major bleed")."""

from __future__ import annotations

import pytest

from tests import corruption as C

SHEET = "rivaroxaban-pe-2018"  # no one in either group had major bleeding


def _happened(lang: str, text: str) -> list[str]:
    return [f.found for f in C.alarms_in(SHEET, lang, text) if f.rule == "negation-changed"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Patients in both groups had major bleeding within 90 days, and bleeding-related "
           "visits did not differ between groups."),
    ("en", "Somebody in each arm had a major bleed."),
    ("es", "Hubo hemorragias graves en ambos grupos, pero las visitas por sangrado no "
           "fueron distintas."),
    ("fr", "Des hémorragies graves dans chacun des deux groupes, mais les consultations "
           "n'ont pas différé."),
    ("it", "Alcuni pazienti, in entrambi i gruppi, hanno avuto un sanguinamento grave, ma "
           "le visite non sono cambiate."),
    ("pt", "Alguns doentes, em ambos os grupos, tiveram uma hemorragia grave, mas as "
           "consultas não diferiram."),
])
def test_the_finding_said_to_have_happened_beside_another_negated_clause(
        lang: str, text: str) -> None:
    assert _happened(lang, text), C.said(C.alarms_in(SHEET, lang, text))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "No patient in either group had major bleeding, and visits were similar in both "
           "groups."),
    ("en", "Nobody in either arm had a major bleed; nine in ten went home within a day."),
    ("es", "Ningún paciente de ambos grupos tuvo una hemorragia grave, y las visitas fueron "
           "parecidas."),
    ("fr", "Aucune hémorragie grave dans l'un ou l'autre groupe, et les consultations étaient "
           "semblables dans les deux groupes."),
    ("de", "Schwere Blutungen traten in keiner der beiden Gruppen auf, aber die häufigste "
           "Form war leicht."),
    ("it", "Nessun paziente, in entrambi i gruppi, ha avuto un sanguinamento grave, e le "
           "visite sono state simili."),
])
def test_the_finding_denied_in_its_own_clause_is_no_alarm(lang: str, text: str) -> None:
    assert not _happened(lang, text), C.said(C.alarms_in(SHEET, lang, text))
