"""Faster forms of hot code give exactly what the plain forms give (bench/bundle.py)."""

from __future__ import annotations

import regex
from plainsum.language import WORD_RE

# the word pattern as first written: one character per repetition
PLAIN_WORD = regex.compile(r"[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}'’\-]|(?<=\p{N})[.,](?=\p{N}))*")

TEXTS = [
    "It's a well-known fact: 10.5 % of 1,000 people (n = 40,000) had it.",
    "Zahlen: 1.147, 40.000 und 3,5; Ende. ...  !",
    "l'iode, dell'immunosoppressione — «un'infezione» a.b.c. 3.a x.5 5.x 12,",
    "e\u0301te\u0301 cafe\u0301 ٧١٫٥ ½ 2-3-fold x--y 'quoted' ’tis 7’’",
    "", "   ", "...", "1.", ".5", "a.1.2.b",
]


def test_word_pattern_finds_the_same_words_as_the_plain_one() -> None:
    for text in TEXTS:
        assert [m.span() for m in WORD_RE.finditer(text)] == [
            m.span() for m in PLAIN_WORD.finditer(text)], text


def test_sentence_count_is_that_of_sentences_with_words(registry) -> None:
    for pack in registry.languages.values():
        for text in [*TEXTS, " ".join(TEXTS), "\n\n".join(TEXTS), "A. ... B! ? C"]:
            words = pack.words(text)
            worded = [s for s in pack.sentences(text) if pack.words(s)]
            assert pack.counts(text).sentences == max(len(worded), 1 if words else 0), text


def test_the_collector_waits_for_the_run_and_comes_back_as_it_was() -> None:
    import gc

    from plainsum.gcpause import gc_paused

    was = gc.isenabled()
    try:
        gc.enable()
        with gc_paused():
            assert not gc.isenabled()
        assert gc.isenabled()
        gc.disable()  # a caller that turned it off keeps it off
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
        gc.enable()
        try:
            with gc_paused():
                raise KeyError("a failing run")
        except KeyError:
            pass
        assert gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()


def test_a_quote_is_cut_out_as_its_pattern_would_cut_it() -> None:
    import random
    import re

    from plainsum.quotecut import cut

    def pattern(quote: str) -> re.Pattern[str]:  # the pattern scored_text compiled
        body = r"\s+".join(map(re.escape, quote.strip().rstrip(".").split()))
        return re.compile(rf"[«“\"„‘']?{body}[.,]?[»”\"“’']?")

    pieces = ["a", "b", "ab", " ", "  ", "\n", "\u00a0", "\t", ".", ",", "«", "»", "“", "”",
              "\"", "'", "’", "„", "‘", "x"]
    quotes = ["a b", "ab", "a", "“a b", "a. b.", "'a", "ab ab", "a  b.", "« a »", "b a b",
              "\"", "a,"]
    rnd = random.Random(11)
    for quote in quotes:
        words, compiled = quote.strip().rstrip(".").split(), pattern(quote)
        for _ in range(3000):
            text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 14)))
            assert cut(text, words) == compiled.sub("", text), (quote, text)
    said = "Stem cells gave us back years, she said."
    text = f"Results. “{said.replace(' ', '  ')}” The end. {said} Again"
    assert cut(text, said.rstrip(".").split()) == pattern(said).sub("", text) == (
        "Results.  The end.  Again")
