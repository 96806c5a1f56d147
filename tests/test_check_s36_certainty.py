"""A hedged finding said for certain (rule hedge-reversed): an adverb or adjective of
certainty per language ("definitely", "con toda seguridad", "à coup sûr", "sicuramente",
"zweifellos") in a sentence that names the study's intervention or condition; the hedge
kept ("may help", "potrebbe") and a denied certainty ("cannot say with certainty") pass."""

from __future__ import annotations

import pytest

from . import corruption as C

HSCT = "hsct-ms-2021"


def _reversed(lang: str, text: str) -> list[str]:
    return [f.found for f in C.alarms_in(HSCT, lang, text) if f.rule == "hedge-reversed"]


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "A stem cell transplant definitely helps people with MS in the long run.",
     "definitely"),
    ("es", "UN TRASPLANTE DE CÉLULAS MADRE BENEFICIA CON TODA SEGURIDAD A LARGO PLAZO A LAS "
           "PERSONAS CON ESCLEROSIS MÚLTIPLE.", "CON TODA SEGURIDAD"),
    ("fr", "Sclérose en plaques : la greffe de cellules souches a un bénéfice garanti à long "
           "terme", "garanti"),
    ("it", "Sclerosi multipla, il trapianto di staminali dà sicuramente benefici duraturi",
     "sicuramente"),
    ("de", "Eine Stammzelltransplantation hilft Menschen mit MS zweifellos auf lange Sicht.",
     "zweifellos"),
])
def test_a_finding_said_for_certain_is_an_error(lang, text, said):
    assert _reversed(lang, text) == [said]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A stem cell transplant may help people with MS in the long run."),
    ("en", "We cannot say with certainty that the transplant caused this."),
    ("it", "Il trapianto di staminali potrebbe dare benefici duraturi alle persone con SM."),
])
def test_a_hedge_kept_passes(lang, text):
    assert _reversed(lang, text) == []
