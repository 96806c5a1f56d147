"""A range with its unit said on the first bound only ("follow-up ranging from one year to
25", "de un año a 25", "von einem Jahr bis 25") is one range: its first bound is no
duration of its own said of the wrong thing (issue 14). The same range with a bound
changed is still caught as a changed interval. Sentences written here in wording of
their own.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import VITD, alarms, caught_at, said


@pytest.mark.parametrize("lang, text, bound", [
    ("en", "Participants were followed for 5.5 years on average, with follow-up ranging "
     "from one year to {n}.", "from one year to"),
    ("es", "Los participantes fueron seguidos 5,5 años de media, con un seguimiento de un "
     "año a {n}.", "de un año a"),
    ("fr", "Le suivi a duré 5,5 ans en moyenne, de 1 an à {n}.", "de 1 an à"),
    ("de", "Die Teilnehmenden wurden im Mittel 5,5 Jahre beobachtet, von einem Jahr bis "
     "{n}.", "von einem Jahr bis"),
    ("it", "I partecipanti sono stati seguiti in media per 5,5 anni, da un anno a {n}.",
     "da un anno a"),
    ("pt", "Os participantes foram acompanhados em média 5,5 anos, de um ano a {n}.",
     "de um ano a"),
])
def test_a_range_with_its_unit_on_the_first_bound(lang: str, text: str, bound: str) -> None:
    faithful = text.format(n=25)
    assert not alarms(VITD, lang, faithful), said(alarms(VITD, lang, faithful))
    wrong = text.format(n=15)
    assert caught_at(VITD, lang, wrong, "interval-changed", bound), said(
        alarms(VITD, lang, wrong))
