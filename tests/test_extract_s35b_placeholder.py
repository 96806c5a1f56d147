"""A non-English draft's whole sample, when the release names its people no other way, is
named in the release's language: an Italian draft said 'participants'."""

from __future__ import annotations

import pytest
from plainsum_extract import extract_draft

_ES = ("Crece el melanoma entre adultos jóvenes en Aragón\n\n"
       "Zaragoza, 5 de marzo de 2026 – Un estudio de registro de base poblacional analizó los "
       "nuevos casos de melanoma de 2005 a 2024.\n\n"
       "La incidencia pasó de 11,2 casos por 100.000 habitantes al año en el periodo "
       "2005-2009 a 16,4 casos por 100.000 en el periodo 2020-2024, un aumento relativo "
       "del 46%.\n")
_PT = ("Cresce o melanoma entre adultos jovens no Paraná\n\n"
       "Curitiba, 5 de março de 2026 – Um estudo de registro de base populacional analisou os "
       "novos casos de melanoma de 2005 a 2024.\n\n"
       "A incidência passou de 11,2 casos por 100.000 habitantes por ano no período "
       "2005-2009 para 16,4 casos por 100.000 no período 2020-2024, um aumento relativo "
       "de 46%.\n")


@pytest.mark.parametrize("lang, release, word", [("es", _ES, "participantes"),
                                                 ("pt", _PT, "participantes")])
def test_the_whole_sample_is_named_in_the_releases_language(lang, release, word):
    draft = extract_draft(release, source="x.txt", lang=lang, bank={}).data
    labels = {g["id"]: g["label"][lang]["plain"] for g in draft["groups"]}
    assert labels["all"] == word
