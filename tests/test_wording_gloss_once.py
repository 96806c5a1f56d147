"""A term is glossed once: a sheet label that already gives the plain word in brackets
after the term ("embolie pulmonaire à faible risque (caillot dans le poumon)") gets no
second gloss after the term ("embolie pulmonaire (caillot dans le poumon) à faible
risque (caillot dans le poumon)"), held on every sheet's outputs in every language."""

from __future__ import annotations

import re

import pytest

from .test_wording_abbreviations import _outputs
from .test_wording_slips import NAMES

# the same bracketed words twice in one sentence
_TWICE = re.compile(r"(\([^()]{3,}\))[^.!?]*\1")


@pytest.mark.parametrize("name", NAMES)
def test_no_sentence_glosses_a_term_twice(name):
    _, outputs = _outputs(name)
    for out in outputs:
        if out.generator == "summary":
            hit = _TWICE.search(out.text)
            assert hit is None, (out.lang, out.audience, hit and hit.group())


def test_the_twice_check_catches_a_double_gloss():
    assert _TWICE.search("une embolie pulmonaire (caillot dans le poumon) à faible risque "
                         "(caillot dans le poumon) meurt")
    assert not _TWICE.search("une embolie pulmonaire à faible risque (caillot dans le "
                             "poumon) meurt")


def test_a_bracket_still_open_is_a_gloss_already_given():
    from plainsum_summary.gloss import _bracketed

    text = "with low-risk pulmonary embolism (blood clot in the lung) died"
    assert _bracketed(text, text.index("blood"))
    closed = "with pulmonary embolism (PE), a blood clot in the lung, died"
    assert not _bracketed(closed, closed.index("blood"))
    assert not _bracketed("a blood clot in the lung", 2)
