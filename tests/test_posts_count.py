"""A post is fitted with the platform's own count: the shortcut for graphemes (a text
whose every character is a grapheme of its own) gives the count ``\\X`` gives."""

from __future__ import annotations

import random

import pytest
from plainsum.platforms import PLATFORMS, _graphemes
from plainsum_social.posts import _count, _fits

PIECES = ["a", "é", "e\u0301", "ß", "ñ", " ", "\n", "\r\n", "\r", "’", "–", "…", "€", "«",
          "»", "\u00a0", "\u202f", "\u00ad", "👍", "👍🏽", "👩‍⚕️", "🇪🇸", "©", "©\ufe0f",
          "‼", "\u200d", "\u2028", "한", "क्षि", "ก่", "#MS", "https://doi.org/10.1/x"]


def _texts() -> list[str]:
    rng = random.Random(15)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40)))
            for _ in range(1500)] + ["", "plain ASCII text.", "Ça a été ‘très’ « bien »."]


def test_the_grapheme_count_is_that_of_the_pattern() -> None:
    bluesky = PLATFORMS["bluesky"]
    assert bluesky.count is _graphemes
    for text in _texts():
        assert _count(bluesky, text) == _graphemes(text), repr(text)


@pytest.mark.parametrize("platform", sorted(PLATFORMS))
def test_a_text_fits_as_the_platform_counts_it(platform: str) -> None:
    chosen = PLATFORMS[platform]
    rng = random.Random(platform)
    for text in _texts():
        text = text * rng.randint(1, 6)
        for extra in (0, 5, 40):
            assert _fits(chosen, text, extra) == (chosen.count(text) + extra <= chosen.limit)
        assert _fits(chosen, text) == chosen.fits(text)
