"""The CCI's main-message items read a paragraph's opening, not all of it: a main finding
first stated in the fifth sentence of the opening paragraph is not "first" (and a text of
one huge paragraph costs no more than its opening: bench/scaling.py)."""

from __future__ import annotations

import pytest

from .test_cci import SEED_FACTS, context, items, paragraphs, sheet, summary


@pytest.mark.parametrize("code", ["en", "de"])
def test_a_main_finding_after_four_sentences_of_filler_is_not_first(code):
    facts = sheet(SEED_FACTS)
    ctx = context(facts, code)
    parts = paragraphs(summary(facts, code))
    filler = " ".join(parts[0].rstrip(".") + "." for _ in range(4))  # the title, four times
    late = "\n\n".join([parts[0], filler + " " + parts[1], *parts[2:]])
    assert items("\n\n".join(parts), ctx)["main-message-first"].passed is True
    assert items(late, ctx)["main-message-first"].passed is False
    assert items(late, ctx)["main-message-set-apart"].passed is False

