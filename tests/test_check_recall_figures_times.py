"""A figure said loosely ("just under 5 hours" for 4.8, "about 19 hours" for 19.2) at
another time point than the sheet gives it for: the hedge rounds the figure, it does not
free it from its time (``wrong-context``), in the six languages. Each faithful sentence
raises nothing; the same sentence at the other time point is caught there.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import RIVA, check_pair


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("en", "In the first 90 days, those sent home early spent about 19 hours in hospital for "
     "any reason.",
     "In the first 30 days, those sent home early spent about 19 hours in hospital for any "
     "reason.", "30 days"),
    ("de", "In den ersten 30 Tagen verbrachten die früh Entlassenen im Schnitt knapp 5 "
     "Stunden wegen Gerinnseln oder Blutungen im Krankenhaus, die Vergleichsgruppe dagegen "
     "gut 33 Stunden.",
     "In den ersten 90 Tagen verbrachten die früh Entlassenen im Schnitt knapp 5 Stunden "
     "wegen Gerinnseln oder Blutungen im Krankenhaus, die Vergleichsgruppe dagegen gut 33 "
     "Stunden.", "90 Tagen"),
    ("fr", "Sur les 30 jours suivants, ceux renvoyés tôt à domicile ont passé en moyenne "
     "moins de 5 heures à l'hôpital pour un caillot ou un saignement.",
     "Sur les 90 jours suivants, ceux renvoyés tôt à domicile ont passé en moyenne moins "
     "de 5 heures à l'hôpital pour un caillot ou un saignement.", "90 jours"),
    ("es", "En los primeros 30 días, los pacientes que se fueron pronto a casa pasaron de "
     "media menos de cinco horas en el hospital por coágulos o sangrados.",
     "En los primeros 90 días, los pacientes que se fueron pronto a casa pasaron de media "
     "menos de cinco horas en el hospital por coágulos o sangrados.", "90 días"),
    ("it", "Nei primi 30 giorni, chi era tornato a casa presto ha passato in media meno di 5 "
     "ore in ospedale per coaguli o sanguinamenti.",
     "Nei primi 90 giorni, chi era tornato a casa presto ha passato in media meno di 5 ore "
     "in ospedale per coaguli o sanguinamenti.", "90 giorni"),
    ("pt", "Nos 30 dias seguintes, os que tiveram alta cedo passaram em média menos de 5 "
     "horas no hospital por coágulos ou hemorragias.",
     "Nos 90 dias seguintes, os que tiveram alta cedo passaram em média menos de 5 horas "
     "no hospital por coágulos ou hemorragias.", "90 dias"),
])
def test_a_hedged_figure_at_another_time_point(lang, faithful, wrong, words):
    check_pair(RIVA, lang, faithful, wrong, "wrong-context", words)
