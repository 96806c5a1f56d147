"""causal-claim: "thanks to" before a piece of the study's own research ("thanks to an
earlier analysis of the same study, we knew that ...") names where a finding is known from,
not what caused it; "thanks to" before the exposure in the same sentence is still a causal
claim (a warning on the CT sheet, whose design is not stated)."""

from __future__ import annotations

import pytest

from tests import corruption as C

SHEET = "ct-heart-scan-2018"

# (known through the research, put down to the scan)
PAIRS = {
    "en": ("We already knew, thanks to an earlier analysis of the same study, that about a "
           "quarter of patients who had the heart scan had their diagnosis changed.",
           "We already knew, thanks to the heart scan, that about a quarter of patients had "
           "their diagnosis changed."),
    "fr": ("On savait déjà, grâce à une analyse antérieure de la même étude, qu'environ un "
           "quart des patients passés au scanner du cœur avaient vu leur diagnostic changer.",
           "On savait déjà, grâce au scanner du cœur, qu'environ un quart des patients "
           "avaient vu leur diagnostic changer."),
    "es": ("Ya se sabía, gracias a un análisis anterior del mismo estudio, que a cerca de una "
           "cuarta parte de los pacientes con escáner del corazón les cambiaron el "
           "diagnóstico.", "Ya se sabía, gracias al escáner del corazón, que a cerca de una "
           "cuarta parte de los pacientes les cambiaron el diagnóstico."),
    "de": ("Dank einer früheren Auswertung derselben Studie wusste man schon, dass bei etwa "
           "einem Viertel der Patienten mit Herz-CT die Diagnose geändert wurde.",
           "Dank dem Herz-CT wurde bei etwa einem Viertel der Patienten die Diagnose "
           "geändert."),
    "it": ("Si sapeva già, grazie a un'analisi precedente dello stesso studio, che a circa un "
           "quarto dei pazienti con la TAC del cuore era stata cambiata la diagnosi.",
           "Si sapeva già, grazie alla TAC del cuore, che a circa un quarto dei pazienti era "
           "stata cambiata la diagnosi."),
}


def _causal(lang: str, text: str) -> list[str]:
    return [f.rule for f in C.alarms_in(SHEET, lang, text) if f.rule == "causal-claim"]


@pytest.mark.parametrize("lang", sorted(PAIRS))
def test_thanks_to_the_research_is_a_source_not_a_cause(lang):
    known, caused = PAIRS[lang]
    assert _causal(lang, known) == []
    assert _causal(lang, caused) == ["causal-claim"]


def test_the_faithful_portuguese_form_is_clean():
    text = ("Já se sabia, graças a uma análise anterior do mesmo estudo, que cerca de um "
            "quarto dos doentes com TAC ao coração tiveram o diagnóstico alterado.")
    assert _causal("pt", text) == []
