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
