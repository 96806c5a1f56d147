"""logistics' opening hours (``_OPENING``, a pattern that opens with a look-behind and is
tried at every place of a text with a range of numbers) run only over a text that names a
day: a whole day's name or two short ones set as a range, in the six languages. The
gate (``_days_named``) may let a text by for nothing, never keep one out that holds
opening hours."""

from __future__ import annotations

import pytest
from plainsum_checks import logistics

OPENING = [
    "Horario: Mo–Fr 8–12 Uhr", "Öffnungszeiten: Montag bis Freitag 8-16 Uhr",
    "Accueil lun.-ven. 9h-17h", "Aperto lunedì-venerdì 9-13", "Atendimento segunda a sexta 8h-20h",
    "Dias úteis 9-17", "Weekdays 9–5", "MO-FR 8-12", "Sáb-Dom 10-14", "Business days: 9 to 5",
    "DIAS FERIADOS 8-12", "Mié.–Vie. 8:00–14:00", "SAMSTAGS 9–12 Uhr", "giorni feriali 8-13",
    "Sprechstunde: Di–Do 14-18", "Call us Mon-Fri 9-17.",
]
NO_DAY = [
    "Of 1,147 women aged 18-45, 4.0% (95% CI 2.9-5.1) had an infection within 30 days.",
    "El 47,3 % de los 742 adultos de 18 a 65 años redujo sus días de migraña (IC 95 %: 40-55).",
    "Die Patienten (18–65 Jahre) wurden 10 Jahre lang beobachtet; 71 von 100 blieben stabil.",
]


def _gate():  # type: ignore[no-untyped-def]
    gate = getattr(logistics, "_days_named", None)
    if gate is None:
        pytest.skip("logistics has no opening-hours gate")
    return gate


@pytest.mark.parametrize("text", OPENING)
def test_a_text_with_opening_hours_passes_the_gate(text: str) -> None:
    assert list(logistics._OPENING.finditer(text)), text  # the pattern reads them
    assert _gate()(text)


@pytest.mark.parametrize("text", NO_DAY)
def test_a_study_text_with_ranges_and_no_day_skips_the_pattern(text: str) -> None:
    assert logistics._RANGE_GATE.search(text) is not None  # the old gate let it by
    assert not _gate()(text)


def test_a_text_the_re_engine_may_read_otherwise_always_runs_it() -> None:
    gate = _gate()
    for text in ("mercredı 9-12", "İ 9-12", "Ｍｏ–Ｆｒ 8–12", "mo\u0301 9-12"):
        assert gate(text), text
