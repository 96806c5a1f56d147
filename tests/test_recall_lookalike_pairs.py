"""recall_lookalikes: a look-alike among words the terms of two of the sheet's groups
share names neither arm ("skin cleanser" of "chlorhexidine skin cleanser" and "iodine
skin cleanser"), so it garbles neither; words two terms of one arm's topic share ("stem
cells") are still read ("blood stem calls": test_recall_lookalikes)."""

from __future__ import annotations

from tests import corruption as C


def test_a_look_alike_among_words_two_arms_share_is_no_garble() -> None:
    text = ("If you are having a C-section, you can ask your care team which skin cleaner "
            "they will use.")
    assert C.alarms_in("chlorhexidine-csection-2016", "en", text) == []


def test_a_pair_of_one_terms_own_words_is_still_read() -> None:
    from plainsum.lexicon import Lexicon
    from plainsum.pipeline import CheckContext
    from plainsum_checks.recall_lookalikes import _pairs
    from plainsum_checks.recall_sheet import sheet_words

    sheet = C.sheet("chlorhexidine-csection-2016")
    pack = C.registry().language("en")
    context = CheckContext(sheet, pack, None, Lexicon(sheet, pack))
    pairs = {(p[0], p[1]) for found in _pairs(context, sheet_words(context)).values()
             for p in found}
    assert ("skin", "cleanser") not in pairs and ("cleanser", "skin") not in pairs
    assert pairs  # the sheet's other pairs are kept
