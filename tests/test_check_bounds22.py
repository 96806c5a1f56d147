"""A count or a length of time said with its bound turned round on the sheet's figure
("fewer than 1,100 women" for 1,147, "over five hours" for a mean of 4.8 hours) is the
hedge reversed, as it is for a share; the same sentence with the bound that holds ("more
than 1,100 women", "under five hours") is faithful. Six languages; the chlorhexidine
sheet (1,147 women) and the rivaroxaban sheet (4.8 hours in hospital with rivaroxaban)."""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in as alarms
from tests.corruption import said

CHLOR = "chlorhexidine-csection-2016"
RIVA = "rivaroxaban-pe-2018"

# (sheet, language, the bound that holds, the same sentence turned, the turned words)
PAIRS = [
    (CHLOR, "en", "More than 1,100 women who had a caesarean took part in the study.",
     "Fewer than 1,100 women who had a caesarean took part in the study.", "Fewer than"),
    (CHLOR, "es", "En el estudio participaron más de 1.100 mujeres con cesárea.",
     "En el estudio participaron menos de 1.100 mujeres con cesárea.", "menos de"),
    (CHLOR, "fr", "Plus de 1 100 femmes ayant eu une césarienne ont participé à l'étude.",
     "Moins de 1 100 femmes ayant eu une césarienne ont participé à l'étude.", "Moins de"),
    (CHLOR, "de", "Über 1.100 Frauen mit Kaiserschnitt nahmen an der Studie teil.",
     "Knapp 1.100 Frauen mit Kaiserschnitt nahmen an der Studie teil.", "Knapp"),
    (CHLOR, "it", "Allo studio hanno partecipato più di 1.100 donne con taglio cesareo.",
     "Allo studio hanno partecipato meno di 1.100 donne con taglio cesareo.", "meno di"),
    (CHLOR, "pt", "Participaram no estudo mais de 1.100 mulheres com cesariana.",
     "Participaram no estudo quase 1.100 mulheres com cesariana.", "quase"),
    (RIVA, "en", "In the first 30 days, those who went home early spent an average of under "
                 "five hours in hospital for clots or bleeding.",
     "In the first 30 days, those who went home early spent an average of over five hours "
     "in hospital for clots or bleeding.", "over"),
    (RIVA, "es", "En los primeros 30 días, los que se fueron pronto a casa pasaron de media "
                 "menos de cinco horas en el hospital por coágulos o hemorragias.",
     "En los primeros 30 días, los que se fueron pronto a casa pasaron de media más de "
     "cinco horas en el hospital por coágulos o hemorragias.", "más de"),
    (RIVA, "fr", "Pendant les 30 premiers jours, les patients rentrés tôt ont passé en "
                 "moyenne moins de 5 heures à l'hôpital pour des caillots ou des saignements.",
     "Pendant les 30 premiers jours, les patients rentrés tôt ont passé en moyenne plus de "
     "5 heures à l'hôpital pour des caillots ou des saignements.", "plus de"),
    (RIVA, "de", "In den ersten 30 Tagen verbrachten die früh Entlassenen im Schnitt knapp "
                 "5 Stunden wegen Gerinnseln oder Blutungen in der Klinik.",
     "In den ersten 30 Tagen verbrachten die früh Entlassenen im Schnitt gut 5 Stunden "
     "wegen Gerinnseln oder Blutungen in der Klinik.", "gut"),
    (RIVA, "it", "Nei primi 30 giorni, chi era tornato a casa presto ha passato in media meno "
                 "di 5 ore in ospedale per coaguli o sanguinamenti.",
     "Nei primi 30 giorni, chi era tornato a casa presto ha passato in media più di 5 ore "
     "in ospedale per coaguli o sanguinamenti.", "più di"),
    (RIVA, "pt", "Nos primeiros 30 dias, quem foi para casa cedo passou em média menos de 5 "
                 "horas no hospital por coágulos ou hemorragias.",
     "Nos primeiros 30 dias, quem foi para casa cedo passou em média mais de 5 horas no "
     "hospital por coágulos ou hemorragias.", "mais de"),
]


@pytest.mark.parametrize("sheet, lang, faithful, turned, words", PAIRS)
def test_the_bound_that_holds_is_accepted(sheet: str, lang: str, faithful: str, turned: str,
                                          words: str) -> None:
    found = [f for f in alarms(sheet, lang, faithful)
             if f.rule in ("hedge-reversed", "unsupported-number")]
    assert not found, said(found)


@pytest.mark.parametrize("sheet, lang, faithful, turned, words", PAIRS)
def test_a_bound_turned_round_is_hedge_reversed(sheet: str, lang: str, faithful: str,
                                                turned: str, words: str) -> None:
    found = alarms(sheet, lang, turned)
    hits = [f for f in found if f.rule == "hedge-reversed"]
    assert hits, said(found)
    start = turned.index(words)
    assert any(f.span and f.span[0] < start + len(words) + 16 and f.span[1] > start
               for f in hits), said(hits)
    assert not [f for f in found if f.rule == "unsupported-number"], said(found)


@pytest.mark.parametrize("said_, rule", [
    ("More than 1,300 women took part in the study.", "unsupported-number"),
    ("More than 1,200 women took part in the study.", "hedge-reversed"),
    ("Fewer than 1,200 women took part in the study.", None),
    ("About 1,100 women took part in the study.", None),
])
def test_only_the_sheet_figure_turned_is_reversed(said_: str, rule: str | None) -> None:
    """1,147 is "fewer than 1,200", so "more than 1,200" is that bound turned round; no
    way of rounding it gives 1,300, so "more than 1,300" is a figure the sheet lacks; a
    bound that holds and a figure rounded to the nearest stay accepted."""
    found = [f for f in alarms(CHLOR, "en", said_)
             if f.rule in ("hedge-reversed", "unsupported-number")]
    assert [f.rule for f in found] == ([rule] if rule else []), said(found)
