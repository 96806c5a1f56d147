"""A time point the sheet never gives, said as a time after an event ("in the 3 months
following the caesarean", "3 jours après l'opération") or in the unit of the sheet's own
time points ("within 9 days" where the results are at 30 and 90 days), is the wrong time
of the study's results (wrong-context), as a time point of the sheet said in another unit
is (issue 11, item 3; issue 14, item 2). In the six languages, each faithful form paired
with the same sentence corrupted. Sentences written here in wording of their own.
"""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in as alarms
from tests.corruption import said

CHLOR = "chlorhexidine-csection-2016"


def _found(lang: str, text: str, rule: str, words: str) -> bool:
    a = text.index(words)
    b = a + len(words)
    return any(f.rule == rule and f.span and f.span[0] < b and a < f.span[1]
               for f in alarms(CHLOR, lang, text))


@pytest.mark.parametrize("lang, text, right, wrong", [
    ("en", "Doctors counted wound infections in the {t} following the caesarean.",
     "30 days", "3 months"),
    ("es", "Los médicos contaron las infecciones de la herida en los {t} siguientes a la "
     "cesárea.", "30 días", "3 meses"),
    ("fr", "Les médecins ont compté les infections de la plaie pendant {t} après "
     "l'opération.", "30 jours", "3 jours"),
    ("de", "Die Ärzte zählten die Wundinfektionen {t} nach dem Kaiserschnitt.",
     "30 Tage", "drei Monate"),
    ("it", "I medici hanno contato le infezioni della ferita nei {t} successivi al parto.",
     "30 giorni", "3 mesi"),
    ("pt", "Os médicos contaram as infeções da ferida nos {t} seguintes ao parto.",
     "30 dias", "3 meses"),
])
def test_an_unknown_time_said_after_an_event_is_the_wrong_time(
        lang: str, text: str, right: str, wrong: str) -> None:
    faithful = text.format(t=right)
    assert not alarms(CHLOR, lang, faithful), said(alarms(CHLOR, lang, faithful))
    changed = text.format(t=wrong)
    assert _found(lang, changed, "wrong-context", wrong), said(alarms(CHLOR, lang, changed))


@pytest.mark.parametrize("lang, text, right, wrong", [
    ("en", "No patient had major bleeding within {t}.", "30 days", "9 days"),
    ("es", "Ningún paciente tuvo un sangrado mayor dentro de {t}.", "30 días", "9 días"),
    ("fr", "Aucun patient n'a eu d'hémorragie majeure en {t}.", "30 jours", "9 jours"),
    ("de", "Kein Patient hatte innerhalb von {t} eine schwere Blutung.", "30 Tagen",
     "9 Tagen"),
    ("it", "Nessun paziente ha avuto un sanguinamento maggiore entro {t}.", "30 giorni",
     "9 giorni"),
    ("pt", "Nenhum doente teve hemorragia major em {t}.", "30 dias", "9 dias"),
])
def test_an_unknown_time_in_the_unit_of_the_sheets_time_points_is_the_wrong_time(
        lang: str, text: str, right: str, wrong: str) -> None:
    riva = "rivaroxaban-pe-2018"
    faithful = text.format(t=right)
    assert not alarms(riva, lang, faithful), said(alarms(riva, lang, faithful))
    changed = text.format(t=wrong)
    a = changed.index(wrong)
    assert any(f.rule == "wrong-context" and f.span and f.span[0] <= a < f.span[1]
               for f in alarms(riva, lang, changed)), said(alarms(riva, lang, changed))
