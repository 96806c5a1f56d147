"""Whether a paragraph says a phrase again (the CCI's action and uncertainty items): the
count of the phrase's words the paragraph holds stops as soon as the answer is known,
and the answer is that of counting them all."""

from __future__ import annotations

import random

import pytest
from plainsum_checks.cci_page import _by_start, _content, _wanted
from plainsum_checks.text import same_word


def _said_by_counting(text: str, phrase: str, stop: frozenset[str], share: float) -> bool:
    wanted = _content(phrase, stop)
    if not wanted:
        return False
    have = _by_start(text)
    hits = sum(1 for w in wanted if w in have.get(w[:4], ()) or any(
        same_word(w, h) for h in have.get(w[:4], ())))
    return hits / len(wanted) >= share and hits >= min(len(wanted), 3)


@pytest.mark.parametrize("share", [0.0, 0.5, 0.6, 0.8, 1.0, 1.2])
def test_the_words_needed_are_the_fewest_that_pass(share: float) -> None:
    rng = random.Random(int(share * 10))
    for n in range(1, 40):
        phrase = " ".join(f"word{k}x{rng.randint(0, 9)}" for k in range(n))
        wanted, need = _wanted(phrase, frozenset(), share)
        assert len(wanted) == n
        passing = [h for h in range(n + 1) if h / n >= share and h >= min(n, 3)]
        assert need == (passing[0] if passing else n + 1)


def test_a_paragraph_says_a_phrase_as_counting_every_word_finds() -> None:
    from plainsum_checks.cci_page import Page

    rng = random.Random(11)
    words = ["transplant", "transplants", "treatment", "treated", "people", "study",
             "studies", "small", "retrospective", "group", "groups", "control", "cause",
             "caused", "link", "doctor", "doctors", "talk", "with", "your", "the", "a"]
    stop = frozenset({"the", "a", "with", "your"})

    class Bare(Page):
        def __init__(self) -> None:  # only what echoes reads: no audience, no pack
            self.stop, self.audience = stop, None

    page = Bare()
    for _ in range(3000):
        phrase = " ".join(rng.choice(words) for _ in range(rng.randint(0, 9)))
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 20)))
        for share in (0.6, 0.8):
            assert page.echoes(text, phrase, share) == _said_by_counting(
                text, phrase, stop, share), (text, phrase, share)
