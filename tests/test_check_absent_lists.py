"""A term the sheet's limitation says the study lacked, named where the text does not say
the study had it (plugins/plainsum_checks/denied_caveats.py): after "faute de" (for lack
of), or in a line of other entries to read ("See also: ...; control group"). Said as part
of the study it is still caught."""

from __future__ import annotations

import pytest

from tests import corruption as C

SHEET = "hsct-ms-2021"  # no control group


def _present(lang: str, text: str) -> list[str]:
    return [f.found for f in C.alarms_in(SHEET, lang, text) if f.rule == "negation-changed"]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Limites. Faute de groupe témoin, les résultats ne peuvent pas être attribués à "
           "la greffe."),
    ("fr", "Voir aussi : sclérose en plaques ; immunosuppression ; groupe témoin."),
    ("en", "See also: multiple sclerosis; immunosuppression; control group."),
    ("de", "Siehe auch: Multiple Sklerose; Kontrollgruppe."),
    ("es", "Véase también: esclerosis múltiple; grupo de control."),
])
def test_a_lacked_term_not_said_of_the_study_is_no_alarm(lang: str, text: str) -> None:
    assert not _present(lang, text), C.said(C.alarms_in(SHEET, lang, text))


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Grâce à un groupe témoin, on a pu comparer les résultats."),
    ("en", "The study had a control group."),
    ("es", "El estudio tuvo un grupo de control."),
])
def test_a_lacked_term_said_of_the_study_is_still_caught(lang: str, text: str) -> None:
    assert _present(lang, text), C.said(C.alarms_in(SHEET, lang, text))
