"""A subtitle file (SubRip, WebVTT) numbers its cues and times them ("2" /
"00:00:04,600 --> 00:00:09,800"): those numbers say where the text is shown, not figures
of the study. An infographic's panel heading may describe the panel in brackets before its
colon ("Panel 1 (icon of a crowd):"). A figure said inside a cue is still the text's."""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in as alarms
from tests.corruption import said
from tests.test_check_real_errors import CT, caught_at

SRT = """1
00:00:01,000 --> 00:00:04,500
A heart scan for chest pain: what did the study find?

2
00:00:04,600 --> 00:00:09,800
More than 4,000 people with chest pain took part.

3
00:00:09,900 --> 00:00:15,250
Those who also had the heart scan had 40% fewer heart attacks within five years.
"""

VTT = "WEBVTT\n\n" + SRT.replace(",", ".").replace("4.000", "4,000")


@pytest.mark.parametrize("text", [SRT, VTT])
def test_cue_numbers_and_timings_are_no_figures(text):
    assert not alarms(CT, "en", text), said(alarms(CT, "en", text))
    wrong = text.replace("40% fewer", "60% fewer")
    assert caught_at(CT, "en", wrong, "unsupported-number", "60%")


def test_a_panel_heading_may_describe_the_panel():
    text = ("Panel 1 (icon of a crowd): More than 4,000 people with chest pain took part.\n"
            "Panel 2 (two paths): usual tests alone, or usual tests and a heart scan.\n"
            "Panel 3 (bar chart): 40% fewer heart attacks within five years with the scan.\n")
    assert not alarms(CT, "en", text), said(alarms(CT, "en", text))
    wrong = text.replace("Panel 3 (bar chart): 40%", "Panel 3 (bar chart): 30%")
    assert caught_at(CT, "en", wrong, "unsupported-number", "30%")


# A script of numbered cues with no timing lines (a video's captions as a press office
# sends them for translation): each number alone on its line, the cue's text under it.
BARE_CUES = {
    "en": ("1\nA study of people with chest pain\n2\nMore than 4,000 people took part.\n"
           "3\nSome had a heart scan\nas well as the usual tests.\n"
           "4\nWithin five years, those with the scan\nhad 40% fewer heart attacks.\n"),
    "de": ("1\nEine Studie mit Menschen mit Brustschmerzen\n2\nMehr als 4.000 Menschen "
           "nahmen teil.\n3\nEinige bekamen zusätzlich\nein Herz-CT.\n4\nInnerhalb von fünf "
           "Jahren hatten sie\n40 % weniger Herzinfarkte.\n"),
}


@pytest.mark.parametrize("lang", sorted(BARE_CUES))
def test_numbered_cues_without_timings_are_no_figures(lang):
    text = BARE_CUES[lang]
    assert not alarms(CT, lang, text), said(alarms(CT, lang, text))
    wrong = text.replace("40", "60")
    assert caught_at(CT, lang, wrong, "unsupported-number", "60")


def test_a_lone_number_on_its_line_out_of_a_run_is_still_a_figure():
    # one number alone on a line is no cue: a line break may have cut it off its words
    text = ("Within five years, people who had the scan had\n7\nfewer heart attacks in "
            "every 100 than those who had the usual tests.\n")
    assert "7" in said(alarms(CT, "en", text))
