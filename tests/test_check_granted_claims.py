"""A claim a text weighs or asks about is not its own (a fact check's "Is that true?"),
until the text grants it: a question of truth answered yes, or "True:", makes the causal
claim the text's own, in every language."""

from __future__ import annotations

import pytest

from tests import corruption as C

SHEET = "vitamin-d-colorectal-2018"  # an observational cohort: no cause may be claimed


def _causal(lang: str, text: str) -> list[str]:
    return [f.rule for f in C.alarms_in(SHEET, lang, text) if f.rule == "causal-claim"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I read that vitamin D protects against bowel cancer. Is that true? Yes, it is."),
    ("en", "Is it true that vitamin D prevents bowel cancer? The study says yes."),
    ("fr", "Vrai ou faux ? « La vitamine D protège du cancer colorectal. » Vrai : l'étude le "
           "montre."),
    ("de", "Schützt Vitamin D vor Darmkrebs? Die Studie sagt: ja."),
])
def test_a_weighed_or_asked_claim_the_text_grants_is_its_own(lang, text):
    assert _causal(lang, text) == ["causal-claim"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I read that vitamin D protects against bowel cancer. Is that true? Not quite: the "
           "study shows a link."),
    ("en", "Does vitamin D prevent bowel cancer? We cannot say yes."),
    ("fr", "Vrai ou faux ? « La vitamine D protège du cancer colorectal. » Faux : l'étude montre "
           "un lien."),
])
def test_a_weighed_claim_the_text_denies_stays_weighed(lang, text):
    assert _causal(lang, text) == []
