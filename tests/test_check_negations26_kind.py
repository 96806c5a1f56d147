"""negation-changed and a negation of the kind of a change: "a relative, not an absolute,
reduction" contrasts two kinds of the same reduction and affirms it (engineer B's
request, CT sheet); a negation of the reduction itself is still a denied finding."""

from __future__ import annotations

import pytest

from tests import corruption as C

CT = "ct-heart-scan-2018"
FOUND = {
    "en": "Five years on, people who had the scan had 40% fewer heart attacks than those "
          "who had the usual tests alone. ",
    "pt": "Cinco anos depois, as pessoas que também fizeram uma TAC ao coração tiveram 40 % "
          "menos ataques cardíacos. ",
    "es": "Cinco años después, las personas a las que además se les hizo un escáner del "
          "corazón tuvieron un 40 % menos de infartos. ",
    "fr": "Cinq ans plus tard, les personnes qui ont eu en plus un scanner du cœur ont fait "
          "40 % de crises cardiaques en moins. ",
    "de": "Nach fünf Jahren hatten Menschen mit Herz-CT 40 % weniger Herzinfarkte. ",
    "it": "Dopo cinque anni, le persone che hanno fatto anche una TAC del cuore hanno "
          "avuto il 40 % di infarti in meno. ",
}


def _negation(lang: str, text: str) -> list[str]:
    return [f.found for f in C.alarms_in(CT, lang, text) if f.rule == "negation-changed"]


@pytest.mark.parametrize("lang,kind", [
    ("en", "The 40% is a relative, not an absolute, reduction."),
    ("en", "The 40% is a relative reduction and not an absolute reduction."),
    ("en", "It is an absolute, not a relative, reduction of 40%."),
    ("pt", "Os 40 % são uma redução relativa e não uma redução absoluta."),
    ("es", "El 40 % es una reducción relativa, no absoluta. Es una reducción relativa y no "
           "una reducción absoluta del 40 %."),
    ("fr", "Les 40 % sont une réduction relative et non absolue. C'est une baisse relative, "
           "et non une baisse absolue, de 40 %."),
    ("de", "Die 40 % sind eine relative, nicht absolute Senkung."),
    ("it", "Il 40 % è una riduzione relativa, non assoluta. È una riduzione relativa e non "
           "una riduzione assoluta del 40 %."),
])
def test_a_negated_kind_of_reduction_affirms_it(lang, kind):
    assert _negation(lang, FOUND[lang] + kind) == []


@pytest.mark.parametrize("lang,denied", [
    ("en", "Five years on, people who had the scan did not have 40% fewer heart attacks "
           "than those who had the usual tests alone."),
    ("en", FOUND["en"] + "The 40% is not a reduction."),
    ("en", FOUND["en"] + "The 40% is an absolute risk that did not show a reduction."),
    ("pt", FOUND["pt"] + "Os 40 % não são uma redução."),
    ("de", FOUND["de"] + "Die 40 % sind keine Senkung."),
])
def test_a_negated_reduction_is_still_caught(lang, denied):
    assert _negation(lang, denied) != []
