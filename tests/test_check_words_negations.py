"""negation-changed on a finding the sheet says of no one (major bleeding in the rivaroxaban
trial) said of some or all, however long the group named between them; "none of all" and
"not all" keep their negation."""

from __future__ import annotations

import pytest

from tests import corruption as C

RIVA = "rivaroxaban-pe-2018"


def _negation(lang: str, text: str) -> list[str]:
    return [f.rule for f in C.alarms_in(RIVA, lang, text) if f.rule == "negation-changed"]


@pytest.mark.parametrize("lang,none,some", [
    ("en", "Within 90 days, none of the people with a low-risk blood clot in the lung in the "
           "study had serious bleeding.",
     "Within 90 days, some of the people with a low-risk blood clot in the lung in the "
     "study had serious bleeding."),
    ("en", "Nobody in either group had serious bleeding.",
     "Several people in each group had serious bleeding."),
    ("es", "En ninguno de los dos grupos nadie tuvo un sangrado grave.",
     "En los dos grupos casi todos tuvieron un sangrado grave."),
])
def test_some_or_all_for_the_sheets_no_one(lang, none, some):
    assert _negation(lang, none) == []
    assert _negation(lang, some) == ["negation-changed"]


def test_a_negation_before_all_keeps_it():
    assert _negation("en", "None of all the 114 patients had serious bleeding.") == []


CHX = "chlorhexidine-csection-2016"
FIGURES = {"en": "Within 30 days, 23 of 572 women (4.0%) with chlorhexidine and 42 of 575 "
                 "(7.3%) with iodine got a wound infection. ",
           "it": "Entro 30 giorni l'infezione della ferita ha colpito 23 donne su 572 (4,0%) "
                 "con la clorexidina e 42 su 575 (7,3%) con lo iodio. ",
           "de": "Innerhalb von 30 Tagen bekamen 23 von 572 Frauen (4,0 %) mit Chlorhexidin "
                 "und 42 von 575 (7,3 %) mit Jod eine Wundinfektion. "}
SAID = {"en": ("The difference was statistically significant.",
               "The difference was not statistically significant."),
        "it": ("Differenza significativa.", "Differenza non significativa."),
        "de": ("Das ist ein signifikanter Unterschied.",
               "Das ist kein signifikanter Unterschied.")}


@pytest.mark.parametrize("lang", sorted(SAID))
def test_a_difference_clear_of_chance_said_not_to_be_significant(lang):
    significant, not_significant = SAID[lang]
    rules = [f.rule for f in C.alarms_in(CHX, lang, FIGURES[lang] + significant)]
    assert "negation-changed" not in rules
    rules = [f.rule for f in C.alarms_in(CHX, lang, FIGURES[lang] + not_significant)]
    assert "negation-changed" in rules


def test_not_significant_said_of_nothing_the_sheet_counts_is_left_alone():
    text = "The study was small. Its other findings were not statistically significant."
    assert [f.rule for f in C.alarms_in(CHX, "en", text) if f.rule == "negation-changed"] == []
