"""The people a share counts ("42 of 575" for 7.3 %) are a figure of the sheet too: said
of a thing of another category ("42 hospitals"), the right number is on the wrong thing."""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in as alarms

CHX = "chlorhexidine-csection-2016"


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("es", "Se infectó el 7,3 % del grupo de yodo (42 mujeres).",
     "Se infectó el 7,3 % del grupo de yodo (42 hospitales).", "42 hospitales"),
    ("en", "In the iodine group 7.3% got a wound infection (42 women).",
     "In the iodine group 7.3% got a wound infection (42 hospitals).", "42 hospitals"),
])
def test_a_shares_count_on_another_thing(lang, faithful, wrong, words):
    assert not alarms(CHX, lang, faithful)
    found = [f for f in alarms(CHX, lang, wrong) if f.rule == "wrong-referent"]
    assert any(words in (f.found or "") for f in found), found


def test_a_shares_count_with_the_outcomes_words():
    """"23 surgical-site infections": the words after the count name what they had, not
    a thing of another category."""
    assert not alarms(CHX, "en", "With chlorhexidine there were 23 surgical-site "
                                 "infections among 572 women (4.0%).")
