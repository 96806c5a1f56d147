"""The numbers a text says are read once per run (speed, issue 14): the analysis's
``numbers`` part and every validator calling ``read_numbers`` on the same text share one
reading, so the text's whole-text work (its numbering and addresses, its logistics) is
done once; the reading is the one an unmemoised read gives."""

from __future__ import annotations

import pytest

from tests import corruption as C

TEXTS = {
    "en": "Within 30 days, 23 of 572 women (4.0%) given chlorhexidine had a wound infection, "
          "against 42 of 575 (7.3%) with iodine. Call 020 7946 0321 on Monday at 9:30.",
    "de": "Innerhalb von 30 Tagen hatten 23 von 572 Frauen (4,0 %) mit Chlorhexidin eine "
          "Wundinfektion, gegenüber 42 von 575 (7,3 %) mit Jod.",
    "es": "En 30 días, 23 de 572 mujeres (4,0 %) con clorhexidina tuvieron una infección, "
          "frente a 42 de 575 (7,3 %) con yodo.",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_the_part_and_read_numbers_share_one_reading(lang, monkeypatch):
    from plainsum.analysis import TextAnalysis
    from plainsum.lexicon import Lexicon
    from plainsum_checks import numbers
    from plainsum_checks.analysis import NUMBERS

    text = TEXTS[lang]
    sheet = C.sheet("chlorhexidine-csection-2016")
    pack = C.registry().language(lang)
    expected = numbers.read_numbers(text, pack)  # no memo: read afresh
    lexicon = Lexicon(sheet, pack)
    calls = []
    read = numbers._read_numbers

    def counted(*args):
        calls.append(args[0])
        return read(*args)

    monkeypatch.setattr(numbers, "_read_numbers", counted)
    part = TextAnalysis(text, sheet, pack, lexicon)[NUMBERS]
    again = numbers.read_numbers(text, pack, lexicon)
    assert calls == [text]  # one reading of the text for both
    assert list(part) == again == expected
    assert again is not numbers.read_numbers(text, pack, lexicon)  # callers get their own list
    # another text is read on its own
    numbers.read_numbers(text + " 12 weeks.", pack, lexicon)
    assert len(calls) == 2
