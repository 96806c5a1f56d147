"""A measure's polarity (less time in hospital is better): a difference said "in favour of"
the arm that did better raises no alarm, and the same difference said in favour of the
other arm is reported as a flipped sign; a sheet whose measure has no polarity leaves the
phrase unjudged (the example sheet sets it on its hours and its cost)."""

from __future__ import annotations

import pytest

from tests import corruption as C

SHEET = "rivaroxaban-pe-2018"

# (language, the difference in favour of going home early, the arm swapped in)
CASES = [
    ("en", "Over 30 days, people sent home early spent 4.8 hours in hospital for clots or "
     "bleeding and people kept in hospital 33.6 hours: a mean difference of 28.8 hours in "
     "favour of early discharge.", "early discharge", "usual care"),
    ("fr", "Sur 30 jours, les patients renvoyés tôt chez eux ont passé 4,8 heures à l'hôpital "
     "pour caillot ou saignement, contre 33,6 heures pour les autres : une différence moyenne "
     "de 28,8 heures en faveur de la sortie précoce.", "la sortie précoce",
     "la prise en charge habituelle"),
]


def _flips(lang: str, text: str) -> list[object]:
    source = C.Faithful(SHEET, lang, "test", text)
    return [f for f in C.errors(C.check(source, text)) if f.rule == "sign-flipped"]


@pytest.mark.parametrize(("lang", "text", "old", "new"), CASES, ids=[c[0] for c in CASES])
def test_difference_in_favour_of_the_better_arm_raises_no_alarm(lang: str, text: str,
                                                                 old: str, new: str) -> None:
    found = C.alarms_in(SHEET, lang, text)
    assert not found, C.said(found)


@pytest.mark.parametrize(("lang", "text", "old", "new"), CASES, ids=[c[0] for c in CASES])
def test_difference_in_favour_of_the_other_arm_is_reported(lang: str, text: str, old: str,
                                                           new: str) -> None:
    assert text.count(old) == 1
    swapped = text.replace(old, new)
    start = swapped.index(new)
    found = [f for f in _flips(lang, swapped)
             if f.span and f.span[0] < start + len(new) and start < f.span[1]]
    assert found, f"not reported: {swapped!r}"

