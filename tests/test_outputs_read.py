"""What a native editor found reading every output (issue 13, session of 2026-12-05),
held by tests that read the outputs themselves.

- A post with little room says a comparison of two means in the pack's short form (the
  measure and time as a heading, then the two figures: "Tiempo de ingreso … en 30 días:
  4,8 horas de media …"), so the X and Bluesky posts keep their main figure.
"""

from __future__ import annotations

import pytest
from plainsum.platforms import PLATFORMS
from plainsum_social import posts as P

from .test_posts_fit import _langs, _posts, _wording

MEANS = "rivaroxaban-pe-2018"  # its main result compares two means


def _main_sentence(w, short: bool) -> str:
    main = w.sheet.facts[w.sheet.main_fact]
    said = P.lead_sentences(w, main, "x", terse=True, short_groups=short)
    return " ".join(s.text for s in said)


@pytest.mark.parametrize("audience", ["patients", "press"])
def test_the_short_form_of_two_means_is_shorter_and_keeps_both_figures(audience):
    sheet, _ = _posts(MEANS)
    main = sheet.facts[sheet.main_fact]
    arms = [sheet.facts[f] for f in main.facts]
    for lang in _langs(sheet):
        w = _wording(sheet, lang, audience, "x")
        long, short = _main_sentence(w, False), _main_sentence(w, True)
        assert len(short) < len(long), (lang, short, long)
        for arm in arms:
            assert w.quantity(arm.value, arm.unit) in short, (lang, short)
        # the time is said (in its short form after the measure), never dropped
        assert w.time(arms[0].time, short=True).lower() in short.lower(), (lang, short)


def test_every_patient_and_public_x_post_of_two_means_keeps_its_main_figure():
    """Before: the X posts in es, fr, de, it, pt and nl were the headline and the caveat
    only; the Bluesky posts of the press and clinicians in fr and de too."""
    sheet, outputs = _posts(MEANS)
    missing = [(o.lang, o.audience, o.variant) for o in outputs
               if sheet.main_fact not in o.facts
               and ((o.variant == "x" and o.audience in ("patients", "public"))
                    or o.variant == "bluesky")]
    assert missing == []
    for o in outputs:
        assert PLATFORMS[o.platform].count(o.text) <= PLATFORMS[o.platform].limit


def test_the_short_time_is_used_only_in_a_post_with_no_room():
    sheet, outputs = _posts(MEANS)
    for o in outputs:
        if o.variant != "linkedin":
            continue
        w = _wording(sheet, o.lang, o.audience, "linkedin")
        assert _main_sentence(w, False) in o.text, (o.lang, o.audience)
