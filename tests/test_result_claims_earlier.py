"""A background figure said as an earlier report of the same study stays background when
the words that name it earlier stand in the bracketed aside around the result word; the
same figure with no word for an earlier report is still a background figure said as a
result."""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in as alarms

CT = "ct-heart-scan-2018"

# (language, faithful text, the same text claiming the figure as this study's result)
PAIRS = [
    ("fr", "Rappel (résultat antérieur de la même étude, hors résultats à cinq ans) : "
     "reclassement du diagnostic chez environ 25 % des patients ayant eu le coroscanner.",
     "Rappel (résultats à cinq ans) : reclassement du diagnostic chez environ 25 % des "
     "patients ayant eu le coroscanner."),
]


@pytest.mark.parametrize(("lang", "faithful", "claimed"), PAIRS, ids=[p[0] for p in PAIRS])
def test_an_earlier_report_named_beside_the_figure(lang: str, faithful: str,
                                                   claimed: str) -> None:
    assert not [f for f in alarms(CT, lang, faithful) if f.rule == "background-as-result"]
    assert [f for f in alarms(CT, lang, claimed) if f.rule == "background-as-result"]
