"""The cheap test that rules most word pairs out before the look-alike comparison
(plugins/plainsum_checks/recall_lookalikes.py ``_may_look_alike``) never rules out a pair
the full comparison finds alike."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st
from plainsum_checks.recall_lookalikes import (
    ENDINGS,
    _looks_alike,
    _may_look_alike,
    look_alike,
)

LANGS = (*ENDINGS, "xx")
WORDS = ("clot", "cloth", "blood", "stem", "cells", "calls", "infusão", "infecção", "infeção",
         "colorectal", "collatéral", "transplante", "transporte", "wundinfektion",
         "windinfektion", "angor", "angora", "angina", "angira", "durante", "durata",
         "hematopoietic", "haematopoietic", "riesgo", "riego", "peito", "peixe")


def _mutated(rng: random.Random, word: str) -> str:
    """``word`` with up to three letters changed, dropped, added or swapped."""
    letters = list(word)
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(letters) + 1)
        kind = rng.randrange(4)
        if kind == 0 and i < len(letters):
            letters[i] = rng.choice("aeiostrnlc")
        elif kind == 1 and i < len(letters) and len(letters) > 1:
            del letters[i]
        elif kind == 2:
            letters.insert(i, rng.choice("aeiostrnlc"))
        elif i + 1 < len(letters):
            letters[i], letters[i + 1] = letters[i + 1], letters[i]
    return "".join(letters)


def _agree(a: str, b: str) -> None:
    if min(len(a), len(b)) < 4 or _may_look_alike(a, b):
        return
    for lang in LANGS:
        assert not _looks_alike(a, b, lang), (a, b, lang)


def test_near_copies_of_real_words_ruled_out_only_when_no_look_alike() -> None:
    rng = random.Random(7)
    kept = 0
    for _ in range(4000):
        word = rng.choice(WORDS)
        other = _mutated(rng, word)
        _agree(other, word)
        _agree(word, other)
        kept += _may_look_alike(other, word)
    assert kept > 500  # the test reaches pairs the prefilter lets through


@settings(max_examples=400, deadline=None)
@given(st.text("abcdeilnorst", min_size=4, max_size=12),
       st.text("abcdeilnorst", min_size=4, max_size=12))
def test_any_two_words_ruled_out_only_when_no_look_alike(a: str, b: str) -> None:
    _agree(a, b)


def test_look_alikes_still_found() -> None:
    assert look_alike("cloth", "clot", "en")
    assert look_alike("calls", "cells", "en")
    assert look_alike("windinfektion", "wundinfektion", "de")
    assert not look_alike("clots", "clot", "en")
    assert not look_alike("durata", "durante", "it")
