"""A line that opens a list item ("- ", "• ") or a label ("Confronto: ...") after another
such line starts a sentence of its own, unless the line before ends in a colon or a
comma: the figures of a slide's bullet are not said of the group the next bullet names
(issue 14); a heading before the first item still frames it. The same
lines with a figure changed or a direction turned round are still caught. Texts written
here in wording of their own.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import RIVA, alarms, caught_at, said


@pytest.mark.parametrize("lang, text", [
    ("en", "Design\n- Randomised trial, 114 patients randomised, {n} completed\n"
     "- Early discharge on rivaroxaban vs standard care in hospital"),
    ("es", "Diseño\n- Ensayo aleatorizado, 114 pacientes aleatorizados, {n} lo completaron\n"
     "- Alta precoz con rivaroxaban frente a ingreso habitual en el hospital"),
    ("fr", "Méthode\n- Essai randomisé, 114 patients randomisés, {n} l'ont terminé\n"
     "- Sortie précoce sous rivaroxaban contre hospitalisation standard"),
    ("de", "Design\n- Randomisierte Studie, 114 Patienten randomisiert, {n} bis zum Ende "
     "dabei\n- Frühe Entlassung mit Rivaroxaban gegen stationäre Standardbehandlung"),
    ("it", "Pazienti randomizzati: 114; hanno completato lo studio: {n}\nConfronto: "
     "dimissione precoce con rivaroxaban contro ricovero standard in ospedale"),
    ("pt", "Desenho\n- Ensaio aleatorizado, 114 doentes aleatorizados, {n} terminaram o "
     "estudo\n- Alta precoce com rivaroxabano contra internamento habitual no hospital"),
])
def test_a_list_item_or_label_line_is_a_sentence(lang: str, text: str) -> None:
    faithful = text.format(n=99)
    assert not alarms(RIVA, lang, faithful), said(alarms(RIVA, lang, faithful))
    wrong = text.format(n=79)
    assert caught_at(RIVA, lang, wrong, "unsupported-number", "79"), said(
        alarms(RIVA, lang, wrong))


def test_a_direction_in_one_bullet_is_not_read_against_the_next() -> None:
    text = ("Secondary outcomes (90 days)\n- Median total cost per patient: $2,496 {d} with "
            "rivaroxaban, p < 0.001\n- Not at all burdensome: 64.4% vs 54.4%")
    faithful = text.format(d="lower")
    assert not alarms(RIVA, "en", faithful), said(alarms(RIVA, "en", faithful))
    wrong = text.format(d="higher")
    assert caught_at(RIVA, "en", wrong, "sign-flipped", "2,496"), said(
        alarms(RIVA, "en", wrong))


def test_a_heading_before_the_first_item_still_frames_it() -> None:
    # the heading's time point is the items' time point: a changed one is still caught
    text = ("Primary outcome (first {t} days)\n- Mean hours in hospital for clots or "
            "bleeding: 4.8 h with early discharge vs 33.6 h with standard care\n"
            "- Mean difference 28.8 h shorter with rivaroxaban")
    faithful = text.format(t=30)
    assert not alarms(RIVA, "en", faithful), said(alarms(RIVA, "en", faithful))
    wrong = text.format(t=90)
    assert caught_at(RIVA, "en", wrong, "wrong-context", "90 days"), said(
        alarms(RIVA, "en", wrong))
